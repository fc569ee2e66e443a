"""World.twin: a copy to try edits on, which neither changes the lab nor tells its observers."""

from __future__ import annotations

from core import edits
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import GuestState, Mode, Product
from core.model.objects import Guest, Host, VmConfig
from core.sim.restore import fingerprint
from core.sim.world import World


def test_edits_on_the_twin_leave_the_world_and_its_observers_alone():
    w = World(seed=4)
    for hid in ("a", "b"):
        w.add_host(Host(hid, hid, HOST_TEMPLATES["lab-pc"], Mode.HOSTED, Product.VMWARE_WORKSTATION))
    w.add_guest(Guest("g", "g", "a", VmConfig("alpine-3"), "idle"))
    heard = []
    w.subscribe(heard.append)
    before = fingerprint(w)
    twin = w.twin()
    assert fingerprint(twin) == before
    edits.perform(twin, edits.MoveGuest("g", "b"))
    assert twin.guests["g"].host_id == "b"
    assert w.guests["g"].host_id == "a" and fingerprint(w) == before
    assert heard == []  # the twin has no observers of its own, nor the world's


def _two_hosts_and_vms(memory_mb: int, n: int) -> World:
    w = World(seed=5)
    w.add_host(Host("a", "a", HOST_TEMPLATES["rack-server"], Mode.HYBRID, Product.KVM))
    w.add_host(Host("b", "b", HOST_TEMPLATES["lab-pc"], Mode.HYBRID, Product.KVM))
    for i in range(n):
        w.add_guest(Guest(f"g{i}", f"g{i}", "a", VmConfig("alpine-3", memory_mb=memory_mb), "idle"))
        w.restore_state(f"g{i}", GuestState.RUNNING)  # a running VM moves live: it needs the memory there
    return w


def test_moves_that_fit_one_by_one_but_not_together_are_refused_naming_the_guest():
    free = HOST_TEMPLATES["lab-pc"].memory_mb
    w = _two_hosts_and_vms(int(free * 0.4), 3)  # each fits on b alone; all three do not
    for gid in w.guests:
        assert edits.MoveGuest(gid, "b").check(w)
    batch = edits.move_guests(w, list(w.guests), "b")
    assert isinstance(batch, edits.Batch) and len(batch.edits) == 3
    before = fingerprint(w)
    part, verdict = edits.first_refusal(w, batch)
    assert not verdict and part in batch.edits and part.guest_id != "g0"
    assert fingerprint(w) == before  # asked on a copy: nothing moved


def test_a_move_of_several_leaves_those_already_there():
    w = _two_hosts_and_vms(512, 2)
    edits.perform(w, edits.MoveGuest("g1", "b"))
    w.run(60)  # the live migration arrives
    assert w.guests["g1"].host_id == "b"
    assert edits.move_guests(w, ["g0", "g1"], "b") == edits.MoveGuest("g0", "b")
    assert edits.move_guests(w, ["g1"], "b") == edits.MoveGuest("g1", "b")  # its check says it is there
    assert edits.move_guests(w, ["gone"], "b") is None
    part, verdict = edits.first_refusal(w, edits.move_guests(w, ["g1"], "b"))
    assert not verdict and verdict.code
