"""Containers inside VMs (issue 15): costs compound, rules refuse with reasons,
moves, snapshots and power carry the containers, undo gives everything back."""

from __future__ import annotations

import pytest

from core import edits
from core.course.compare import compare_json
from core.files.scenario import ScenarioError, loads_scenario, scenario_bytes
from core.model.kinds import GuestState, Mode, Product
from core.model.objects import ContainerConfig, Guest, VmConfig
from core.sim import rules
from core.sim.graph import build_layer_graph
from core.sim.restore import fingerprint
from core.sim.world import World

from .helpers import make_container, make_host, make_vm, set_running


def nested_world(mode=Mode.HYBRID, workload="cpu", vm_workload="idle", os="debian-12", **vm) -> World:
    """A host with a running Linux VM holding one running container, and a container host beside it."""
    w = World(seed=3)
    make_host(w, "h1", "rack-server", mode=mode)
    make_host(w, "h2", "rack-server", mode=Mode.CONTAINER)
    make_vm(w, "vm", "h1", os=os, workload=vm_workload, **vm)
    set_running(w, "vm")
    w.add_guest(Guest("c", "C", "h1", ContainerConfig("python"), workload, in_vm="vm"))
    make_container(w, "bare", "h2", image="python", workload=workload)
    set_running(w, "c", "bare")
    return w


def perf(w: World, gid: str) -> float:
    return w.latest.guest(gid)["perf"]


# --- costs compound -------------------------------------------------------------------

@pytest.mark.parametrize("workload", ["cpu", "os-heavy", "mmu-heavy", "disk-rand", "net-latency", "web-server"])
@pytest.mark.parametrize("mode", [Mode.HYBRID, Mode.BARE_METAL, Mode.HOSTED])
def test_a_container_in_a_vm_is_never_faster_than_on_the_bare_host(mode, workload):
    w = nested_world(mode, workload)
    w.run(10)
    assert perf(w, "c") <= perf(w, "bare") + 1e-9


@pytest.mark.parametrize("mode", [Mode.HYBRID, Mode.BARE_METAL, Mode.HOSTED])
def test_a_container_in_a_vm_is_never_faster_than_the_vm_on_cpu_bound_work(mode):
    w = nested_world(mode, "cpu", vm_workload="cpu")
    w.run(10)
    assert perf(w, "c") <= perf(w, "vm") + 1e-9
    # The VM's cost shows: on OS-heavy work the nested container is measurably slower than on bare metal.
    w2 = nested_world(mode, "os-heavy")
    w2.run(10)
    assert perf(w2, "c") < 0.99 * perf(w2, "bare")


def test_containers_draw_on_their_vms_vcpus_and_memory_not_the_hosts():
    w = nested_world(workload="cpu", vm_workload="cpu", vcpus=1)
    w.run(10)
    # One vCPU for a busy VM and a busy container: they share it, neither runs at full speed.
    assert perf(w, "vm") < 0.7 and perf(w, "c") < 0.7
    alone = nested_world(workload="cpu", vm_workload="idle", vcpus=1)
    alone.run(10)
    assert perf(alone, "c") > 0.9
    # The container's memory is inside the VM's: the host's allocation does not grow with it.
    before = World(seed=3)
    make_host(before, "h1", "rack-server", mode=Mode.HYBRID)
    make_vm(before, "vm", "h1", os="debian-12")
    set_running(before, "vm")
    before.run(2)
    w.run(1)
    assert w.latest.host("h1")["mem_alloc_mb"] == pytest.approx(before.latest.host("h1")["mem_alloc_mb"])
    assert w.latest.layer("vm/daemon")["mem_mb"] > 0  # the VM's engine is there, in the VM's memory


def test_compare_agrees_with_a_running_nested_container():
    rows = [r for r in compare_json("os-heavy")["results"] if r.get("in_vm") == "kvm"]
    assert len(rows) == 1
    w = nested_world(Mode.HYBRID, "os-heavy", technique=rules.Technique.HARDWARE)
    w.run(10)
    assert perf(w, "c") == pytest.approx(rows[0]["relative"], abs=2e-3)
    bare = [r for r in compare_json("os-heavy")["results"] if r["mode"] == "container" and not r.get("in_vm")]
    assert rows[0]["relative"] < min(r["relative"] for r in bare)


def test_micro_vm_rows_carry_mode_and_product():
    for workload in ("cpu", "startup"):
        rows = [r for r in compare_json(workload)["results"] if r.get("product") == "firecracker"]
        assert len(rows) == 1 and rows[0]["mode"] == "hybrid"
    start = [r for r in compare_json("startup")["results"] if r.get("product") == "firecracker"][0]
    assert start["startup_s"] == pytest.approx(0.125)  # [Agache2020]


def test_micro_vm_runs_only_on_kvm_with_virtio():
    w = World()
    make_host(w, "esx", mode=Mode.BARE_METAL, product=Product.ESXI)
    make_host(w, "kvm", mode=Mode.HYBRID)
    v = w.check_add_guest("esx", VmConfig("firecracker-linux", vcpus=1, memory_mb=256))
    assert v.code == "microvm_needs_kvm"
    v = w.check_add_guest("kvm", VmConfig("firecracker-linux", vcpus=1, memory_mb=256, io=rules.IoPath.EMULATED))
    assert v.code == "microvm_virtio_only"
    edit = edits.guest_from_template(w, "kvm", "vm", "microvm")
    edits.perform(w, edit)
    w.power_on(edit.guest.id)
    w.run(1)
    assert w.guests[edit.guest.id].state is GuestState.RUNNING  # booted within a second
    assert w.latest.layer(f"{edit.guest.id}/qemu")["mem_mb"] <= 5  # [Agache2020]
    assert build_layer_graph(w).nodes[f"{edit.guest.id}/qemu"]["label"] == "Firecracker"


# --- rules ----------------------------------------------------------------------------

def test_windows_and_stopped_vms_refuse_with_reasons():
    w = World()
    make_host(w, "h", "rack-server", mode=Mode.BARE_METAL)
    make_vm(w, "win", "h", os="windows-11", memory_mb=4096)
    make_vm(w, "lin", "h", os="debian-12")
    set_running(w, "win")
    v = edits.guest_from_template(w, "win", "container", "nginx").check(w)
    assert v.code == "container_needs_linux_vm" and "Windows 11" in v.message
    add = edits.guest_from_template(w, "lin", "container", "nginx")
    assert add.check(w).ok  # the VM is off: the container may be put there, not started
    edits.perform(w, add)
    v = w.check_power_on(add.guest.id)
    assert v.code == "vm_not_running"
    set_running(w, "lin")
    assert w.check_power_on(add.guest.id).ok
    big = ContainerConfig("nginx", cpu_limit=3.0)
    assert w.check_add_guest("h", big, in_vm="lin").code == "cpu_limit_exceeds_vcpus"
    huge = ContainerConfig("nginx", memory_limit_mb=8192)
    assert w.check_add_guest("h", huge, in_vm="lin").code == "memory_limit_exceeds_vm"
    assert w.check_add_guest("h", VmConfig("debian-12"), in_vm="lin").code == "nested_vm_unsupported"
    assert w.check_add_guest("h", ContainerConfig("nginx"), in_vm=add.guest.id).code == "container_in_container"
    make_host(w, "other", mode=Mode.HYBRID)
    assert w.check_add_guest("other", ContainerConfig("nginx"), in_vm="lin").code == "container_moves_with_vm"
    assert w.check_add_guest("h", ContainerConfig("nginx"), in_vm="gone").code == "no_such_object"


def test_the_bare_metal_refusal_offers_the_running_linux_vm():
    w = World()
    make_host(w, "h", "rack-server", mode=Mode.BARE_METAL)
    make_vm(w, "lin", "h", os="debian-12")
    set_running(w, "lin")
    v = rules.check_place(w.hosts["h"], ContainerConfig("nginx"), w.guests_on("h"))
    assert v.code == "container_needs_linux_kernel" and v.fixes == (("into_vm", "lin"),)
    assert "Drop it onto LIN" in v.message
    assert w.check_add_guest("h", ContainerConfig("nginx"), in_vm="lin").ok


def test_a_nested_container_does_not_block_the_hosts_mode_rules():
    w = nested_world(Mode.HYBRID)
    w.power_off("vm")
    assert w.guests["c"].state is GuestState.OFF  # its kernel went away
    # The host's containers are only those on its own kernel: switching to ESXi is allowed
    # once the VM is off (the container goes along inside it).
    assert w.check_mode("h1", Mode.BARE_METAL, Product.ESXI).ok
    c = w.guests["c"]
    assert w.check_move("c", "h2").code == "container_moves_with_vm"
    assert c.in_vm == "vm"


# --- carried along, and undone ----------------------------------------------------------

def test_power_off_stops_the_containers_and_undo_restarts_them():
    w = nested_world()
    start = fingerprint(w)
    undo = edits.perform(w, edits.Power("vm", "power_off"))
    assert w.guests["c"].state is GuestState.OFF
    undo.apply(w)
    assert fingerprint(w) == start and w.guests["c"].state is GuestState.RUNNING


def test_a_crashed_vm_takes_its_containers_and_undo_brings_them_back():
    w = nested_world()
    start = fingerprint(w)
    undo = edits.perform(w, edits.Crash("vm"))
    assert w.guests["c"].state is GuestState.CRASHED and w.guests["bare"].state is GuestState.RUNNING
    undo.apply(w)
    assert fingerprint(w) == start


def test_deleting_a_vm_with_containers_asks_and_undo_puts_all_back():
    w = nested_world()
    start = fingerprint(w)
    v = edits.RemoveGuest("vm").check(w)
    assert v.code == "vm_has_containers" and v.params["count"] == 1
    undo = edits.perform(w, edits.RemoveGuest("vm", with_containers=True))
    assert "vm" not in w.guests and "c" not in w.guests
    redo = undo.apply(w)
    assert fingerprint(w) == start
    redo.apply(w)
    assert "c" not in w.guests


def test_migrating_or_moving_a_vm_carries_its_containers():
    w = nested_world()
    make_host(w, "h3", "rack-server", mode=Mode.HYBRID)
    start = fingerprint(w)
    undo = edits.perform(w, edits.MoveGuest("vm", "h3"))
    w.run(120)
    assert w.guests["vm"].host_id == "h3" and w.guests["c"].host_id == "h3"
    assert w.guests["c"].state is GuestState.RUNNING
    undo.apply(w)
    assert w.guests["c"].host_id == "h1"
    w.power_off("vm")
    edits.perform(w, edits.MoveGuest("vm", "h3"))
    assert w.guests["c"].host_id == "h3"
    assert start["guests"]["c"][1] == "h1"


def test_a_snapshot_of_a_vm_holds_its_containers():
    w = nested_world()
    edits.perform(w, edits.TakeSnapshot("vm", "s1", "with container"))
    w.power_off("c")
    before = fingerprint(w)
    undo = edits.perform(w, edits.RevertSnapshot("vm", "s1"))
    assert w.guests["c"].state is GuestState.RUNNING  # the snapshot saw it running
    undo.apply(w)
    assert fingerprint(w) == before


def test_drop_target_may_be_a_vm():
    w = nested_world()
    edit = edits.guest_from_template(w, "vm", "container", "nginx")
    assert edit.guest.in_vm == "vm" and edit.guest.host_id == "h1"
    edits.perform(w, edit)
    edits.perform(w, edits.Power(edit.guest.id, "power_on"))
    w.run(10)
    assert w.guests[edit.guest.id].state is GuestState.RUNNING
    # Its image was pulled into the VM, not onto the host's own cache.
    assert "vm/nginx" in w.hosts["h1"].image_cache and "nginx" not in w.hosts["h1"].image_cache
    g = build_layer_graph(w)
    assert list(g.predecessors(f"{edit.guest.id}/ctr")) and g.has_edge("vm/os", "vm/daemon")
    assert g.has_edge("vm/daemon", f"{edit.guest.id}/ctr")


# --- files ----------------------------------------------------------------------------

def test_a_lab_saves_and_loads_nested_guests():
    w = nested_world()
    edits.perform(w, edits.TakeSnapshot("vm", "s1", "snap"))
    loaded = loads_scenario(scenario_bytes(w, "nested").decode()).world
    assert loaded.guests["c"].in_vm == "vm" and loaded.guests["c"].state is GuestState.RUNNING
    assert loaded.snapshots["vm"].snaps["s1"].containers == (("c", GuestState.RUNNING),)


def test_format_3_files_migrate_and_bad_nesting_is_named():
    doc = {"format": "virtlab-scenario", "version": 3, "title": "old",
           "hosts": [{"id": "h", "name": "h", "template": "lab-pc", "mode": "container"}],
           "guests": [{"kind": "container", "id": "c", "name": "c", "host": "h", "image": "nginx"}]}
    import json
    assert loads_scenario(json.dumps(doc)).world.guests["c"].in_vm is None
    doc["guests"][0]["in_vm"] = "vm"
    with pytest.raises(ScenarioError) as e:
        loads_scenario(json.dumps(doc))
    assert e.value.field == "guests[0].in_vm" and "version 4" in e.value.problem
    doc["version"] = 4
    with pytest.raises(ScenarioError) as e:
        loads_scenario(json.dumps(doc))
    assert e.value.field == "guests[0].in_vm" and "'vm'" in e.value.problem


# --- the bundled lab ----------------------------------------------------------------------

def test_the_containers_in_vms_lab_needs_its_steps():
    from core.course.goals import GoalTracker
    from core.files.locations import labs_dir
    from core.files.scenario import load_scenario

    lab = load_scenario(labs_dir() / "containers-in-vms.vlab")
    w = lab.world
    tracker = GoalTracker(w, lab.goals)
    refused = edits.guest_from_template(w, "esx", "container", "nginx").check(w)
    assert refused.code == "container_needs_linux_kernel" and refused.fixes[0] == ("linux_vm",)
    assert edits.guest_from_template(w, "win-vm", "container", "nginx").check(w).code == "container_needs_linux_vm"
    w.run(2)
    assert tracker.met == [False, False, False]
    edits.perform(w, edits.Power("linux-vm", "power_on"))
    w.run(30)
    assert tracker.met == [True, False, False]
    add = edits.guest_from_template(w, "linux-vm", "container", "nginx")
    edits.perform(w, add)
    edits.perform(w, edits.Power(add.guest.id, "power_on"))
    w.run(10)
    assert tracker.met == [True, True, False]
    assert w.latest.guest(add.guest.id)["perf"] < w.latest.guest("bare-web")["perf"]  # the VM's cost
    edits.perform(w, edits.Power("linux-vm", "power_off"))
    w.run(2)
    assert tracker.met == [True, True, True]
    assert w.guests[add.guest.id].state is GuestState.OFF


def test_virtlab_sim_graph_and_run_show_nested_guests(tmp_path, capsys):
    from core.cli import main

    w = nested_world()
    lab = tmp_path / "nested.vlab"
    lab.write_bytes(scenario_bytes(w, "nested"))
    assert main(["graph", str(lab)]) == 0
    out = capsys.readouterr().out
    # hardware -> KVM host -> guest kernel -> Docker -> container, one level deeper each
    chain = ["[guestos] VM", "[daemon] Docker daemon", "[container] C (python)"]
    lines = out.splitlines()
    depth = [next(len(x) - len(x.lstrip()) for x in lines if x.strip().startswith(c)) for c in chain]
    assert depth == sorted(depth) and len(set(depth)) == 3
    assert main(["run", str(lab), "--seconds", "3"]) == 0
    assert any(line.startswith("c ") and "running" in line for line in capsys.readouterr().out.splitlines())


def test_the_step_through_path_of_a_nested_container_is_its_vms_and_agrees_with_the_engine():
    from core.course.mechanisms import path_for

    w = nested_world(Mode.HYBRID, "net-latency")
    for kind, op in (("instruction", None), ("memory", "page-fault"), ("io", "net-packet")):
        nested, vm = path_for(w, "c", kind, op), path_for(w, "vm", kind, op)
        assert [h.layer for h in nested.hops] == [h.layer for h in vm.hops]  # syscall into the guest kernel, then the VM's way
        assert nested.hops[0].node == "c/app" and any(h.node == "vm/os" for h in nested.hops)
        graph = build_layer_graph(w)
        assert all(h.node in graph for h in nested.hops)
    packet = path_for(w, "c", "io", "net-packet").engine
    w.run(10)
    # The nested container's figure compounds its NAT with the VM's path: below the VM's own.
    assert packet["efficiency"] < path_for(w, "vm", "io", "net-packet").engine["efficiency"]
    assert packet["speed"] == pytest.approx(perf(w, "c"), abs=0.02)


def test_learn_figures_for_a_container_in_a_vm_are_the_engines():
    from core.course.concepts import CONCEPTS

    figs = {f.what: f for f in CONCEPTS["container-in-vm"].figures}
    w = nested_world(Mode.HYBRID, "os-heavy", technique=rules.Technique.HARDWARE)
    w.run(10)
    # os-heavy work is mostly the "os" class: the Learn figure is the engine's per-class speed.
    assert figs["speed:os"].value < 1.0 and figs["speed:os"].value <= CONCEPTS["mode:hybrid"].figures[0].value
    assert perf(w, "c") <= figs["speed:os"].value + 0.05


# --- suspend freezes, resume thaws ------------------------------------------------------

def test_suspending_a_vm_freezes_its_containers_and_resuming_brings_them_back():
    # A suspended VM's memory, its containers' processes included, is saved and restored
    # as it was; unlike power off, nothing has to be started again.
    w = nested_world()
    start = fingerprint(w)
    undo = edits.perform(w, edits.Power("vm", "suspend"))
    assert w.guests["c"].state is GuestState.SUSPENDED and w.guests["bare"].state is GuestState.RUNNING
    undo.apply(w)
    assert fingerprint(w) == start
    edits.perform(w, edits.Power("vm", "suspend"))
    edits.perform(w, edits.Power("vm", "power_on"))
    assert w.guests["vm"].state is GuestState.STARTING
    assert w.guests["c"].state is GuestState.SUSPENDED  # still frozen while the VM's memory comes back
    w.run(5)
    assert w.guests["vm"].state is GuestState.RUNNING and w.guests["c"].state is GuestState.RUNNING
    assert perf(w, "c") > 0


def test_a_frozen_container_cannot_be_started_alone_and_power_off_ends_it():
    w = nested_world()
    w.suspend("vm")
    v = w.check_power_on("c")
    assert not v and v.code == "vm_not_running"
    w.power_on("vm")
    w.power_off("vm")  # off while resuming: the saved memory is thrown away
    assert w.guests["c"].state is GuestState.OFF


def test_a_suspended_vm_saves_and_loads_with_its_frozen_containers():
    w = nested_world()
    w.suspend("vm")
    loaded = loads_scenario(scenario_bytes(w, "nested").decode()).world
    assert loaded.guests["vm"].state is GuestState.SUSPENDED
    assert loaded.guests["c"].state is GuestState.SUSPENDED
    loaded.power_on("vm")
    loaded.run(5)
    assert loaded.guests["c"].state is GuestState.RUNNING


@pytest.mark.parametrize("vm_suspended", [False, True])
def test_a_suspended_container_needs_a_suspended_vm_around_it(vm_suspended):
    w = nested_world()
    if vm_suspended:
        w.suspend("vm")
    text = scenario_bytes(w, "nested").decode()
    import json
    doc = json.loads(text)
    bare = next(g for g in doc["guests"] if g["id"] == "bare")
    bare["state"] = "suspended"  # a container on a host's own kernel never is
    with pytest.raises(ScenarioError) as e:
        loads_scenario(json.dumps(doc))
    assert e.value.field.endswith(".state") and "suspended VM" in e.value.problem
    bare["state"] = "running"
    inner = next(g for g in doc["guests"] if g["id"] == "c")
    inner["state"] = "suspended"
    if vm_suspended:
        assert loads_scenario(json.dumps(doc)).world.guests["c"].state is GuestState.SUSPENDED
    else:
        with pytest.raises(ScenarioError) as e:
            loads_scenario(json.dumps(doc))
        assert "only with its VM" in e.value.problem
