"""The course, stack by stack: Xen's Dom0, KVM's QEMU, Docker's pull, techniques, isolation."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.course import capacity
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import GuestState, IoPath, Mode, Product, Technique
from core.sim import faults
from core.sim.graph import build_layer_graph
from core.sim.power import REGISTRY_MBS
from core.sim.world import World

from .helpers import make_container, make_host, make_vm, set_running, step_until


@pytest.fixture
def world():
    return World(seed=3)


def test_xen_dom0_is_a_layer_that_serves_domu_io_and_pays_for_it(world):
    h = make_host(world, "x", "rack-server", mode=Mode.BARE_METAL, product=Product.XEN)
    make_vm(world, "pv", h.id, os="xen-pv-linux", technique=Technique.PARA, workload="idle")
    make_vm(world, "hvm", h.id, technique=Technique.HARDWARE, workload="idle")
    g = build_layer_graph(world)
    assert g.nodes["x/mgmt"]["label"] == "Dom0"
    assert g.has_edge("x/mgmt", "pv/os") and g.has_edge("x/mgmt", "hvm/os")
    assert g.nodes["pv/os"]["privileged"] == "hypercall" and g.nodes["hvm/os"]["privileged"] == "vtx"
    set_running(world)
    idle = world.run(5).layer("x/mgmt")["cpu_pct"]
    world.update_guest("pv", workload="disk-rand")
    busy = world.run(5).layer("x/mgmt")["cpu_pct"]
    assert busy > idle * 3  # the split-driver backend in Dom0 moves DomU's I/O


def test_kvm_has_one_qemu_per_vm_and_random_iops_about_half_native(world):
    k = make_host(world, "k", "rack-server", mode=Mode.HYBRID)
    n = make_host(world, "n", "rack-server", mode=Mode.CONTAINER)  # ~native disk path
    make_vm(world, "a", k.id, workload="disk-rand", io=IoPath.PARAVIRTUAL)
    make_vm(world, "b", k.id, workload="idle")
    make_container(world, "c", n.id, workload="disk-rand")
    g = build_layer_graph(world)
    assert {"a/qemu", "b/qemu", "k/kvm"} <= set(g.nodes)
    assert g.has_edge("k/kvm", "a/qemu") and g.has_edge("a/qemu", "a/os")
    set_running(world)
    s = world.run(3)
    ratio = s.guest("a")["perf"] / s.guest("c")["perf"]
    assert 0.4 < ratio < 0.65  # [Felter2014]: every I/O goes through QEMU
    assert s.layer("a/qemu")["cpu_pct"] > s.layer("b/qemu")["cpu_pct"]


def test_docker_pull_progress_and_layers_cached_and_shared(world):
    h = make_host(world, "d", mode=Mode.CONTAINER)
    make_container(world, "c1", h.id, image="nginx")
    make_container(world, "c2", h.id, image="nginx")
    world.power_on("c1")
    c1 = world.guests["c1"]
    assert c1.state is GuestState.PULLING and c1.progress == 0.0
    assert c1.timer_total == pytest.approx(190 / REGISTRY_MBS)
    world.step(1.0)
    assert 0.3 < c1.progress < 0.5
    world.power_on("c2")  # same image on its way: shares the download
    c2 = world.guests["c2"]
    assert c2.timer == pytest.approx(c1.timer) and c2.progress == pytest.approx(c1.progress)
    step_until(world, lambda: c1.state is GuestState.STARTING, dt=0.5)
    assert {"debian-slim", "nginx"} <= world.hosts["d"].image_cache
    started = world.time
    step_until(world, lambda: c1.state is GuestState.RUNNING, dt=0.1)
    assert world.time - started < 1.0  # well under a second, no OS to boot
    world.power_off("c1")
    world.power_on("c1")
    assert c1.state is GuestState.STARTING  # cached: no second pull


def test_vm_boots_in_seconds(world):
    h = make_host(world, "k", mode=Mode.HYBRID)
    make_vm(world, "v", h.id)
    world.power_on("v")
    steps = step_until(world, lambda: world.guests["v"].state is GuestState.RUNNING, dt=1.0)
    assert steps >= 10


def test_vms_and_containers_side_by_side():
    vm, ctr = capacity.side_by_side(HOST_TEMPLATES["lab-pc"], "ubuntu", "nginx")
    assert vm.start_s > 10 * ctr.start_s
    assert vm.memory_mb > 20 * ctr.memory_mb
    assert ctr.fits > 20 * vm.fits and vm.fits >= 2
    assert vm.own_kernel and not ctr.own_kernel
    assert (vm.boundary, ctr.boundary) == ("hypervisor", "kernel")
    assert ctr.ship_mb == 190 and vm.ship_mb > 50 * ctr.ship_mb  # build once, ship a small image


def test_techniques_show_who_handles_privileged_instructions_and_what_it_costs(world):
    h = make_host(world, "h", mode=Mode.BARE_METAL, product=Product.ESXI)
    # ESXi's paravirtual CPU interface (VMI) was retired in 2011 [VMI2011]: the PV guest runs on Xen.
    xen = make_host(world, "x", mode=Mode.BARE_METAL, product=Product.XEN)
    make_vm(world, "bt", h.id, technique=Technique.FULL, workload="os-heavy")
    make_vm(world, "pv", xen.id, os="debian-12", technique=Technique.PARA, workload="os-heavy")
    make_vm(world, "hw", h.id, technique=Technique.HARDWARE, workload="os-heavy")
    g = build_layer_graph(world)
    assert [g.nodes[f"{v}/os"]["privileged"] for v in ("bt", "pv", "hw")] == ["bt", "hypercall", "vtx"]
    set_running(world)
    s = world.run(3)
    perf = {v: s.guest(v)["perf"] for v in ("bt", "pv", "hw")}
    assert perf["bt"] < perf["hw"] < perf["pv"]  # [Adams2006], [VMwareEPT2009], [Barham2003]


def test_cpu_overcommit_shows_ready_time(world):
    h = make_host(world, "h", mode=Mode.HYBRID)  # 8 cores
    for k in range(6):
        make_vm(world, f"v{k}", h.id, workload="cpu", vcpus=4, memory_mb=1024)
    set_running(world)
    assert world.run(3).guest("v0")["ready_pct"] > 20


def test_crash_in_a_vm_leaves_the_others_running(world):
    h = make_host(world, "h", mode=Mode.HYBRID)
    make_vm(world, "a", h.id)
    make_vm(world, "b", h.id)
    set_running(world)
    saved = faults.crash(world, "a")
    assert world.guests["a"].state is GuestState.CRASHED
    assert world.guests["b"].state is GuestState.RUNNING
    faults.restore(world, saved)
    assert world.guests["a"].state is GuestState.RUNNING


def test_a_kernel_panic_under_containers_takes_them_all_down(world):
    h = make_host(world, "d", mode=Mode.CONTAINER)
    for k in range(3):
        make_container(world, f"c{k}", h.id)
    set_running(world)
    saved = faults.crash(world, "c1")
    assert {g.state for g in world.guests.values()} == {GuestState.CRASHED}
    assert len(saved) == 3
    v = faults.check_crash(world, "c0")
    assert not v and v.code == "crash_needs_running" and "C0" in v.message
    faults.restore(world, saved)
    assert faults.panic_host(world, "d") and world.guests["c2"].state is GuestState.CRASHED


def test_graph_cli_prints_the_layer_graph(capsys, tmp_path):
    from core.files.locations import demo_lab

    assert main(["graph", str(demo_lab())]) == 0
    out = capsys.readouterr().out
    assert "[mgmt] Dom0" in out and "[qemu] QEMU" in out and "registry" in out
    assert main(["graph", str(demo_lab()), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = {n["kind"] for n in data["nodes"]}
    assert {"kvm", "qemu", "mgmt", "daemon", "client", "registry", "image"} <= kinds
    assert {n.get("privileged") for n in data["nodes"] if n["kind"] == "guestos"} >= {"vtx", "hypercall"}
