"""Step-through paths: every stack has one for every kind and operation, on its own nodes,
with sourced costs, and the memory and I/O totals are the engine's figures."""

from __future__ import annotations

import math

import pytest

from core.course.mechanisms import EXPLANATIONS, KINDS, OPS, PathError, native_path, path_for
from core.course.mechanisms_base import NATIVE_PAGE_FAULT
from core.course.mechanisms_catalog import every_stack
from core.course.mechanisms_io import native_total
from core.model.kinds import PRODUCTS_BY_MODE, IoPath, Mode, Network, Product, Technique
from core.model.objects import VmConfig
from core.model.sources import SOURCES
from core.model.workloads import CLASSES
from core.sim.efficiency import efficiency
from core.sim.graph import build_layer_graph
from core.sim.world import World
from tests.core.helpers import make_container, make_host, make_vm

VM_MODES = (Mode.HOSTED, Mode.BARE_METAL, Mode.HYBRID)


def vm_stacks():
    """Every (product, technique, ept, io, sriov, network) a VM may have on a rack server."""
    for st in every_stack():
        if st.vm:
            c = st.cfg
            yield c.mode, c.product, dict(technique=c.technique, ept=c.ept, io=c.io, sriov=c.sriov,
                                          network=c.network)


def world_with_vm(mode, product, cfg) -> World:
    w = World()
    make_host(w, "h", "rack-server", mode, product)
    os = "xen-pv-linux" if cfg["technique"] is Technique.PARA else "ubuntu-24.04"
    if product is Product.VIRTUALBOX and cfg["technique"] is Technique.FULL:
        os = "debian-12-i386"  # VirtualBox translates 32-bit guests only [VirtualBoxManual]
    config = VmConfig(os, **cfg)
    assert w.check_add_guest("h", config), (mode, product, cfg)  # a stack a student can build
    make_vm(w, "g", "h", os=os, **cfg)
    return w


VM_CASES = list(vm_stacks())


def check_path(p, graph, guest: str) -> None:
    assert p.hops, (p.kind, p.op)
    assert p.unit == ("us" if p.kind == "io" else "cycles")
    for h in p.hops:
        assert h.node in graph, (p.kind, p.op, h.node)
        assert graph.nodes[h.node]["kind"] == h.layer or h.layer == "hostos" and h.node.endswith("/hostos")
        assert h.source == "assumption" or h.source in SOURCES, h.source
        assert h.cost >= 0 and math.isfinite(h.cost) and h.unit == p.unit
        assert h.action.strip()
    assert p.total > 0
    mine = {n for n, d in graph.nodes(data=True) if d["guest"] == guest}
    if guest:
        assert any(h.node in mine for h in p.hops)  # the path starts on the guest's own nodes


@pytest.mark.parametrize(("mode", "product", "cfg"), VM_CASES,
                         ids=[f"{m}-{p}-{c['technique']}-{'ept' if c['ept'] else 'shadow'}-{c['io']}"
                              f"{'-sriov' if c['sriov'] else ''}-{c['network']}" for m, p, c in VM_CASES])
def test_every_vm_stack_has_every_path_on_its_own_nodes(mode, product, cfg):
    w = world_with_vm(mode, product, cfg)
    g = build_layer_graph(w)
    for kind in KINDS:
        for op in OPS[kind]:
            check_path(path_for(w, "g", kind, op), g, "g")


@pytest.mark.parametrize("network", [Network.NAT, Network.HOST])
def test_containers_and_native_have_every_path(network):
    w = World()
    make_host(w, "c", "lab-pc", Mode.CONTAINER)
    make_host(w, "n", "lab-pc", Mode.NATIVE)
    make_container(w, "k", "c", network=network)
    g = build_layer_graph(w)
    for kind in KINDS:
        for op in OPS[kind]:
            p = path_for(w, "k", kind, op)
            check_path(p, g, "k")
            # A container's work never passes a hypervisor, VMM or emulator.
            assert {h.layer for h in p.hops} <= {"app", "container", "image", "hostos", "hardware"}
            check_path(native_path("n", kind, op), g, "")


def test_every_technique_io_path_and_stack_is_covered():
    seen = {(m, c["technique"], c["io"], c["ept"]) for m, _p, c in VM_CASES}
    for mode in VM_MODES:
        assert {t for m, t, _i, _e in seen if m is mode} >= {Technique.HARDWARE}
    assert {t for _m, t, _i, _e in seen} == set(Technique)
    assert {i for _m, _t, i, _e in seen} == set(IoPath)
    assert {p for _m, p, _c in VM_CASES} == {p for m in VM_MODES for p in PRODUCTS_BY_MODE[m]}


@pytest.mark.parametrize(("mode", "product", "cfg"), VM_CASES[::7])
def test_memory_and_io_totals_are_the_engines_figures(mode, product, cfg):
    w = world_with_vm(mode, product, cfg)
    eff = efficiency(w.guests["g"].stack(w.hosts["h"]))
    pf = path_for(w, "g", "memory", "page-fault")
    assert pf.total == pytest.approx(NATIVE_PAGE_FAULT / eff[CLASSES.index("mmu")])
    assert pf.engine["efficiency"] == pytest.approx(eff[CLASSES.index("mmu")], abs=1e-4)
    for op, cls in (("disk-write", "disk_rand"), ("net-packet", "net_lat")):
        p = path_for(w, "g", "io", op)
        assert p.total == pytest.approx(native_total(op) / eff[CLASSES.index(cls)])
        assert p.engine["class"] == cls


def _path(mode, product, kind, op, **cfg):
    base = dict(technique=Technique.HARDWARE, ept=True, io=IoPath.PARAVIRTUAL, sriov=False,
                network=Network.BRIDGED)
    w = world_with_vm(mode, product, {**base, **cfg})
    return path_for(w, "g", kind, op)


def test_nested_walk_needs_24_references_and_large_pages_fewer():
    assert _path(Mode.HYBRID, Product.KVM, "memory", "tlb-miss").count("refs") == 24
    assert _path(Mode.HYBRID, Product.KVM, "memory", "tlb-miss-large").count("refs") == 15
    assert _path(Mode.HYBRID, Product.KVM, "memory", "tlb-miss", ept=False).count("refs") == 4  # shadow: one walk


def test_page_table_update_traps_with_shadow_paging_but_not_with_ept():
    shadow = _path(Mode.HYBRID, Product.KVM, "instruction", "page-table", ept=False)
    ept = _path(Mode.HYBRID, Product.KVM, "instruction", "page-table")
    assert shadow.count("exits") == 1 and ept.count("exits") == 0
    assert shadow.total > 10 * ept.total
    assert any(h.source == "Adams2006" for h in shadow.hops)


def test_xen_pv_page_table_update_is_a_hypercall_into_xen():
    p = _path(Mode.BARE_METAL, Product.XEN, "instruction", "page-table", technique=Technique.PARA)
    assert [h.node for h in p.hops] == ["g/os", "h/hypervisor", "g/os"]
    assert "hypercall" in p.hops[1].action and "hypercall" in p.explanations


def test_binary_translation_costs_a_system_call_2000_cycles_and_vtx_none():
    bt = _path(Mode.BARE_METAL, Product.ESXI, "instruction", "syscall", technique=Technique.FULL)
    vtx = _path(Mode.BARE_METAL, Product.ESXI, "instruction", "syscall")
    assert bt.total - vtx.total == pytest.approx(2000)
    assert "binary-translation" in bt.explanations and "popek-goldberg" in bt.explanations
    assert vtx.count("exits") == 0


def test_cpuid_exits_under_vtx_and_kvm_hands_port_io_to_qemu():
    assert _path(Mode.HYBRID, Product.KVM, "instruction", "cpuid").count("exits") == 1
    io = _path(Mode.HYBRID, Product.KVM, "instruction", "io-port")
    assert [h.layer for h in io.hops] == ["guestos", "hardware", "kvm", "qemu", "guestos"]


def test_io_paths_differ_in_exits_copies_and_nodes():
    emulated = _path(Mode.HYBRID, Product.KVM, "io", "disk-write", io=IoPath.EMULATED)
    virtio = _path(Mode.HYBRID, Product.KVM, "io", "disk-write")
    direct = _path(Mode.HYBRID, Product.KVM, "io", "disk-write", io=IoPath.PASSTHROUGH)
    assert emulated.count("exits") > virtio.count("exits") > 0
    assert emulated.total > virtio.total > direct.total
    assert "g/qemu" in [h.node for h in virtio.hops] and "g/qemu" not in [h.node for h in direct.hops]
    assert direct.count("copies") < virtio.count("copies")
    vhost = _path(Mode.HYBRID, Product.KVM, "io", "net-packet")
    assert "g/qemu" not in [h.node for h in vhost.hops]  # vhost-net skips QEMU
    xen = _path(Mode.BARE_METAL, Product.XEN, "io", "disk-write", technique=Technique.PARA)
    assert "h/mgmt" in [h.node for h in xen.hops] and "split-drivers" in xen.explanations


def test_explanations_of_the_mechanisms_exist():
    for key, word in (("popek-goldberg", "Popek"), ("binary-translation", "translation cache"),
                      ("hypercall", "hypercall"), ("vtx-root", "non-root"), ("ept", "24")):
        assert word in EXPLANATIONS[key]


def test_bad_guest_kind_or_op_is_one_clear_error():
    w = world_with_vm(Mode.HYBRID, Product.KVM, dict(technique=Technique.HARDWARE))
    for args, word in ((("nope", "io"), "unknown guest"), (("g", "disk"), "unknown kind"),
                       (("g", "io", "x" * 500), "unknown io operation")):
        with pytest.raises(PathError) as e:
            path_for(w, *args)
        assert word in str(e.value) and "\n" not in str(e.value) and len(str(e.value)) < 200


@pytest.mark.parametrize(("mode", "product"), [(Mode.HOSTED, Product.VMWARE_WORKSTATION), (Mode.HYBRID, Product.KVM),
                                               (Mode.BARE_METAL, Product.ESXI)])
def test_a_host_only_packet_never_reaches_the_physical_nic(mode, product):
    # The layer graph draws no edge from a host-only VM to the NIC; the packet's path agrees.
    bridged = _path(mode, product, "io", "net-packet")
    host_only = _path(mode, product, "io", "net-packet", network=Network.HOST_ONLY)
    assert "hardware" in [h.layer for h in bridged.hops]
    assert "hardware" not in [h.layer for h in host_only.hops]
    assert any("host-only" in h.action.lower() for h in host_only.hops)
    assert host_only.total == pytest.approx(bridged.total)  # the engine charges both alike
