"""Scenario files keep what a student builds: snapshot trees, linked and full clones, SR-IOV NICs."""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.files import locations
from core.files.scenario import ScenarioError, load_scenario, loads_scenario, save_scenario, world_to_dict
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import GuestState, IoPath, Mode, Product, Technique
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.sim import snapshots, storage
from core.sim.world import World


def settle(w: World) -> None:
    """Run until no guest is booting or pulling, so states compare exactly."""
    for _ in range(300):
        if all(g.state in (GuestState.OFF, GuestState.RUNNING, GuestState.SUSPENDED) for g in w.guests.values()):
            return
        w.step(1.0)
    raise AssertionError("guests never settled")


def course_world() -> World:
    w = World(seed=5)
    w.add_host(Host("srv", "Rack server", HOST_TEMPLATES["rack-server"], Mode.HYBRID, Product.KVM))
    w.add_host(Host("srv2", "Second server", HOST_TEMPLATES["rack-server"], Mode.HYBRID, Product.KVM))
    w.add_host(Host("dock", "Docker PC", HOST_TEMPLATES["lab-pc"], Mode.CONTAINER, Product.DOCKER))
    base = VmConfig("ubuntu-24.04", vcpus=2, memory_mb=2048, disk_gb=30, technique=Technique.HARDWARE)
    w.add_guest(Guest("base", "Base VM", "srv", base, "idle"))
    w.step(1.0)
    s1 = w.new_id("snap")
    snapshots.take(w, "base", s1, "Clean install")  # off
    w.update_guest("base", workload="web-server")
    w.power_on("base")
    settle(w)
    s2 = w.new_id("snap")
    snapshots.take(w, "base", s2, "Web server running")  # running: memory saved
    snapshots.revert(w, "base", s1)
    w.update_guest("base", VmConfig("ubuntu-24.04", vcpus=4, memory_mb=4096, disk_gb=30))
    s3 = w.new_id("snap")
    snapshots.take(w, "base", s3, "")  # a second child of s1; names may be empty in scripts
    w.step(2.0)
    snapshots.take(w, "base", w.new_id("snap"), "Four vCPUs")  # child of s3
    snapshots.revert(w, "base", s1)  # current is s1: not a leaf
    snapshots.make_clone(w, "base", "linked", "Linked clone", True, s2)
    snapshots.make_clone(w, "base", "full", "Full clone", False, None)
    nic = VmConfig("rocky-9", vcpus=2, memory_mb=2048, io=IoPath.PASSTHROUGH, sriov=True)
    w.add_guest(Guest("nic", "SR-IOV VM", "srv", nic, "net-throughput"))
    snapshots.take(w, "linked", w.new_id("snap"), "Clone's own")  # a linked clone has snapshots too
    w.power_on("nic")
    w.power_on("linked")
    w.add_guest(Guest("web", "nginx", "dock", ContainerConfig("nginx"), "web-server"))
    w.power_on("web")
    settle(w)
    return w


def persisted(w: World):
    """Every attribute a .vlab file keeps."""
    hosts = [(h.id, h.name, h.hardware, h.mode, h.product, h.host_os, sorted(h.image_cache))
             for h in w.hosts.values()]
    trees = {gid: (t.snaps, t.current) for gid, t in w.snapshots.items() if t.snaps and gid in w.guests}
    links = {c: base for c, base in w.links.items() if c in w.guests}
    return hosts, list(w.guests.values()), trees, links, w.seed


def round_trip(w: World, tmp_path) -> World:
    path = tmp_path / "lab.vlab"
    save_scenario(w, path, "Course lab")
    return load_scenario(path).world


# --- round trips ---------------------------------------------------------------------------

def test_course_world_round_trips(tmp_path):
    w = course_world()
    t = w.snapshots["base"]
    assert len(t.snaps) == 4 and t.current == "snap1" and snapshots.tree(w, "base").children("snap1")
    loaded = round_trip(w, tmp_path)
    assert persisted(loaded) == persisted(w)
    assert loaded.guests["nic"].config.sriov and loaded.links == {"linked": ("base", "snap2")}
    assert "full" not in loaded.links
    # the saved form is stable
    assert world_to_dict(loaded, "Course lab") == json.loads((tmp_path / "lab.vlab").read_text("utf-8"))


def test_linked_clone_is_charged_as_a_delta_after_loading(tmp_path):
    w = course_world()
    loaded = round_trip(w, tmp_path)
    for hid in w.hosts:
        assert storage.usage(loaded, hid) == storage.usage(w, hid)
    assert storage.guest_files_gb(loaded, "linked") < storage.guest_files_gb(loaded, "full")
    refused = snapshots.check_delete(loaded, "base", "snap2")
    assert not refused and refused.code == "snapshot_has_linked_clones"
    assert not loaded.check_move("linked", "srv2")


def test_loaded_world_reverts_like_the_original(tmp_path):
    w = course_world()
    loaded = round_trip(w, tmp_path)
    for world in (w, loaded):
        snapshots.revert(world, "base", "snap2")  # running snapshot: VM runs at once
    assert persisted(loaded) == persisted(w)
    assert loaded.guests["base"].state is GuestState.RUNNING
    assert loaded.guests["base"].workload == "web-server" and loaded.guests["base"].config.vcpus == 2
    for world in (w, loaded):
        world.power_off("base")
        snapshots.revert(world, "base", "snap3")
    assert persisted(loaded) == persisted(w) and loaded.snapshots["base"].current == "snap3"


def test_new_ids_after_loading_do_not_reuse_snapshot_ids(tmp_path):
    loaded = round_trip(course_world(), tmp_path)
    before = dict(loaded.snapshots["base"].snaps)
    snapshots.take(loaded, "base", loaded.new_id("snap"), "After loading")
    assert len(loaded.snapshots["base"].snaps) == len(before) + 1
    assert all(loaded.snapshots["base"].snaps[sid] == s for sid, s in before.items())


def test_linked_clone_that_fits_only_as_a_delta(tmp_path):
    # 45 GB: two thick 20 GB disks fit only if the linked clone takes its delta (1 GB), not 20 GB.
    w = World()
    w.add_host(Host("pc", "PC", replace(HOST_TEMPLATES["lab-pc"], datastore_gb=45), Mode.HYBRID, Product.KVM))
    thick = VmConfig("debian-12", thin_disk=False)
    w.add_guest(Guest("vm", "VM", "pc", thick, "idle"))
    snapshots.take(w, "vm", "s", "base")
    snapshots.make_clone(w, "vm", "lc", "Linked", True, "s")
    w.add_guest(Guest("other", "Other", "pc", thick, "idle"))
    assert storage.usage(w, "pc").free_gb < 20  # a full clone would not have fitted before "other"
    assert persisted(round_trip(w, tmp_path)) == persisted(w)


def test_migrating_vm_is_saved_running_on_its_source(tmp_path):
    w = course_world()
    w.power_on("full")
    settle(w)
    w.move_guest("full", "srv2")
    w.step(0.1)
    assert "full" in w.migrations
    loaded = round_trip(w, tmp_path)
    g = loaded.guests["full"]
    assert (g.host_id, g.state, loaded.migrations) == ("srv", GuestState.RUNNING, {})


def test_dangling_link_is_saved_as_a_plain_vm(tmp_path):
    w = course_world()
    w.remove_guest("base")  # the GUI allows it; the file must still load
    loaded = round_trip(w, tmp_path)
    assert "linked" in loaded.guests and loaded.links == {}


def test_version_2_file_without_course_fields_still_loads():
    w = course_world()
    d = world_to_dict(w)
    for g in d["guests"]:
        for key in ("snapshots", "linked_to", "sriov"):
            g.pop(key, None)
    d["guests"] = [g for g in d["guests"] if g["id"] != "nic"]  # needs sriov to pass (passthrough NIC)
    loaded = loads_scenario(json.dumps(d)).world
    assert loaded.snapshots == {} and loaded.links == {}
    assert not any(g.config.sriov for g in loaded.guests.values() if g.is_vm)


# --- errors name the field ---------------------------------------------------------------------

def course_doc() -> dict:
    return world_to_dict(course_world())


DOC = course_doc()


def gi(d: dict, gid: str) -> int:
    return next(i for i, g in enumerate(d["guests"]) if g["id"] == gid)


def load_error(d: dict) -> ScenarioError:
    with pytest.raises(ScenarioError) as info:
        loads_scenario(json.dumps(d), source="c.vlab")
    return info.value


def _items(d):
    return d["guests"][gi(d, "base")]["snapshots"]["items"]


def _link(d):
    return d["guests"][gi(d, "linked")]["linked_to"]


@pytest.mark.parametrize(
    ("mutate", "field", "words"),
    [
        (lambda d: _items(d)[1].__setitem__("id", "snap1"), "base.snapshots.items[1].id",
         "duplicate snapshot id 'snap1' (also used by items[0])"),
        (lambda d: _items(d)[1].__setitem__("parent", "gone"), "base.snapshots.items[1].parent",
         "no snapshot with the id 'gone'"),
        (lambda d: _items(d)[0].__setitem__("parent", "snap4"), "base.snapshots.items[0].parent", "cycle"),
        (lambda d: _items(d)[0].__setitem__("parent", "snap1"), "base.snapshots.items[0].parent",
         "cycle (snap1 → snap1)"),
        (lambda d: d["guests"][gi(d, "base")]["snapshots"].__setitem__("current", "x"), "base.snapshots.current",
         "no snapshot with the id 'x'"),
        (lambda d: _items(d)[0]["config"].__setitem__("vcpus", 0), "base.snapshots.items[0].config.vcpus",
         "vcpus must be between"),
        (lambda d: _items(d)[0]["config"].__setitem__("network", "host"), "base.snapshots.items[0].config.network",
         "not 'host'"),
        (lambda d: _items(d)[0]["config"].__setitem__("os", "beos"), "base.snapshots.items[0].config.os",
         "unknown guest OS"),
        (lambda d: _items(d)[0].__setitem__("state", "suspended"), "base.snapshots.items[0].state", "'off'"),
        (lambda d: _items(d)[0].__setitem__("colour", 1), "base.snapshots.items[0].colour", "unknown field"),
        (lambda d: _items(d)[0].__setitem__("time", -1), "base.snapshots.items[0].time", "greater than or equal"),
        (lambda d: _link(d).__setitem__("guest", "mars"), "linked.linked_to.guest", "no guest has the id 'mars'"),
        (lambda d: _link(d).__setitem__("guest", "web"), "linked.linked_to.guest", "is a container"),
        (lambda d: _link(d).__setitem__("snapshot", "snap9"), "linked.linked_to.snapshot",
         "guest 'base' has no snapshot with the id 'snap9'"),
        (lambda d: _link(d).__setitem__("snapshot", None), "linked.linked_to.snapshot", "valid string"),
        (lambda d: _link(d).update(guest="linked", snapshot="snap5"), "linked.linked_to.guest",
         "cycle (linked → linked)"),
        (lambda d: d["guests"][gi(d, "nic")].__setitem__("sriov", "yes"), "nic.sriov", "valid boolean"),
        (lambda d: d["guests"][gi(d, "nic")].__setitem__("host", "dock"), "nic.host",
         "container_host_runs_no_vms"),
    ],
)
def test_errors_name_the_field(mutate, field, words):
    d = copy.deepcopy(DOC)
    mutate(d)
    gid, rest = field.split(".", 1)
    e = load_error(d)
    assert (e.path, e.field) == ("c.vlab", f"guests[{gi(d, gid)}].{rest}"), e
    assert words in e.problem


def test_linked_clones_in_a_loop_are_refused():
    d = copy.deepcopy(DOC)
    d["guests"][gi(d, "base")]["linked_to"] = {"guest": "linked", "snapshot": "snap5"}
    e = load_error(d)
    assert e.field.endswith(".linked_to.guest") and "linked clones form a cycle" in e.problem


def test_sriov_on_a_host_without_an_sriov_nic_names_the_field():
    d = copy.deepcopy(DOC)
    d["hosts"][0]["hardware"] = {"nic": {"sriov": False}}
    e = load_error(d)
    assert e.field == f"guests[{gi(d, 'nic')}].sriov" and "[sriov_needs_nic]" in e.problem


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_course_files_load_or_raise_scenario_error(data):
    d = copy.deepcopy(DOC)
    targets = [("base", "snapshots"), ("linked", "linked_to"), ("linked", "snapshots"), ("nic", "sriov")]
    gid, key = data.draw(st.sampled_from(targets))
    value = data.draw(st.one_of(st.none(), st.booleans(), st.text(max_size=6), st.integers(-3, 3),
                                st.sampled_from(["snap1", "snap2", "base", "linked", "web"]),
                                st.fixed_dictionaries({"guest": st.sampled_from(["base", "linked", "nic", "x"]),
                                                       "snapshot": st.sampled_from(["snap1", "snap5", "x"])})))
    g = d["guests"][gi(d, gid)]
    if key == "snapshots" and g.get(key) and data.draw(st.booleans()):
        item = data.draw(st.sampled_from(g[key]["items"]))
        item[data.draw(st.sampled_from(["id", "parent", "state", "time", "config"]))] = value
    else:
        g[key] = value
    try:
        loads_scenario(json.dumps(d), source="m.vlab")
    except ScenarioError as e:
        assert e.path == "m.vlab" and e.problem


def test_the_documented_snapshot_and_clone_examples_load():
    text = (locations.resources_dir().parent / "docs" / "scenario-format.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in text.split("```json\n")[1:]]
    lab = json.loads(blocks[0])
    guests = [json.loads(b) for b in blocks if '"snapshots"' in b or '"linked_to"' in b]
    assert len(guests) == 2
    lab["guests"] += guests
    w = loads_scenario(json.dumps(lab), source="docs").world
    assert w.snapshots["web"].current == "s1" and w.snapshots["web"].snaps["s2"].state is GuestState.RUNNING
    assert w.links == {"web-clone": ("web", "s2")}


def test_an_overlong_snapshot_name_is_cut_so_the_file_loads(tmp_path):
    w = course_world()
    snapshots.take(w, "full", "long", "x" * 500)  # the scripting API does not limit names
    assert round_trip(w, tmp_path).snapshots["full"].snaps["long"].name == "x" * 200
