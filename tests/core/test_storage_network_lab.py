"""Lab 10, storage and network virtualization (issue 15): its goals need the steps of the sheet."""

from __future__ import annotations

from dataclasses import replace

from core import edits
from core.course.goals import GoalTracker
from core.files import locations
from core.files.scenario import load_scenario
from core.sim import infra, rules, storage
from core.sim.graph import build_layer_graph


def _lab():
    return load_scenario(locations.labs_dir() / "storage-and-network.vlab")


def solve(w) -> None:
    """The sheet's steps through the world's methods (a recording ``Student`` offers the same ones)."""
    # Step 1: the thick disk does not fit; made thin, it does.
    assert w.check_move("build", "pc").code == "datastore_full"
    w.update_guest("build", replace(w.guests["build"].config, thin_disk=True))
    w.move_guest("build", "pc")
    w.power_on("build")
    w.run(90)
    # Step 2: all three from one datastore, which now promises more than it has.
    for g in ("files", "backup"):
        w.power_on(g)
    # Step 4: a packet from the NAT VM, then one from the host-only VM, each to its last hop.
    from tests.core.test_labs import _do

    for guest in ("build", "backup"):
        _do(w, edits.WatchPath(guest, "io", "net-packet"))


def test_the_lab_is_completed_by_its_steps_in_order():
    s = _lab()
    tracker = GoalTracker(s.world, s.goals)
    solve(s.world)
    s.world.run(90, s.tick_seconds)
    assert tracker.all_met
    assert tracker.when[0] <= tracker.when[1]
    u = storage.usage(s.world, "pc")
    assert u.provisioned_gb > u.capacity_gb > u.used_gb  # thin provisioning overcommits the datastore


def test_powering_on_without_the_thin_disk_step_meets_nothing():
    s = _lab()
    tracker = GoalTracker(s.world, s.goals)
    for g in ("files", "backup", "build"):
        edits.perform(s.world, edits.Power(g, "power_on"))
    s.world.run(120, s.tick_seconds)
    assert not any(tracker.met)
    try:
        edits.perform(s.world, edits.MoveGuest("build", "pc"))
    except rules.RuleError as e:
        assert "thin disk" in str(e)


def test_the_three_networks_are_what_the_sheet_says():
    w = _lab().world
    assert infra.address(w, "build") == "10.0.2.15" and not infra.reachable_from_lan(w, "build")
    assert infra.address(w, "backup").startswith("192.168.56.") and not infra.reaches_outside(w, "backup")
    assert infra.address(w, "files").startswith("192.168.1.") and infra.reachable_from_lan(w, "files")
    g = build_layer_graph(w)
    sw = infra.switch_id("pc")
    assert g.edges[sw, "backup/os"]["network"] == "host-only"
    assert g.edges["pc/hw", sw]["network"] == "bridged"  # the file server's traffic leaves the host
    w.remove_guest("files")
    assert not build_layer_graph(w).has_edge("pc/hw", sw)  # host-only alone never reaches the NIC


def test_the_packet_goals_need_both_packets_in_the_sheets_order():
    s = _lab()
    tracker = GoalTracker(s.world, s.goals)
    edits.perform(s.world, edits.WatchPath("backup", "io", "net-packet"))  # before the storage steps
    edits.perform(s.world, edits.WatchPath("build", "io", "net-packet"))
    s.world.run(10, s.tick_seconds)
    assert not any(tracker.met)  # watching comes after the storage step (``after``)
    edits.perform(s.world, edits.WatchPath("files", "io", "net-packet"))  # the bridged VM is not asked for
    assert not any(tracker.met)
