"""The comparison reproduces the order of stacks that the measurements show.

See shared/reference/overhead-figures.md, "What a faithful simulation
reproduces": containers ~ native; CPU-bound work costs little in any VM;
OS-heavy and I/O-heavy work is where hosted stacks and emulated devices pay
most; paravirtual devices and hardware assist with EPT close most of the gap;
containers start orders of magnitude faster than VMs.
"""

from __future__ import annotations

import math

import pytest

from core.course.compare import MEASURES, WORKLOAD_NAMES, Result, compare, compare_json

IO_WORKLOADS = ("disk-seq", "disk-rand", "net-throughput", "net-latency")


def results(workload: str) -> list[Result]:
    return compare(workload)[1]


def pick(workload: str, mode: str, technique=None, ept=None, io=None, network=None) -> Result:
    """The one result matching the given fields (None = any, for VM-only fields)."""
    found = [r for r in results(workload) if r.mode == mode
             and (technique is None or r.technique == technique)
             and (ept is None or r.ept == ept)
             and (io is None or r.io == io)
             and (network is None or r.network == network)]
    assert found, (workload, mode, technique, ept, io, network)
    return found[0]


def vms(workload: str) -> list[Result]:
    return [r for r in results(workload) if r.mode not in ("native", "container")]


@pytest.mark.parametrize("workload", WORKLOAD_NAMES)
def test_native_is_the_baseline(workload):
    native = [r for r in results(workload) if r.mode == "native"]
    assert len(native) == 1 and native[0].relative == 1.0
    assert native[0].value == pytest.approx(MEASURES[workload].native)


@pytest.mark.parametrize("workload", WORKLOAD_NAMES)
def test_value_follows_relative(workload):
    m = MEASURES[workload]
    for r in results(workload):
        assert 0 < r.relative <= 1.0
        if workload != "startup":
            expect = m.native * r.relative if m.higher_is_better else m.native / r.relative
            assert r.value == pytest.approx(expect, rel=1e-3)


@pytest.mark.parametrize("workload", [w for w in WORKLOAD_NAMES if w != "startup"])
def test_containers_run_like_native(workload):
    for r in results(workload):
        if r.mode != "container":
            continue
        if workload == "net-latency" and r.network == "nat":
            assert r.relative == pytest.approx(0.5)  # [Felter2014] NAT doubles latency
        else:
            assert r.relative >= 0.99


@pytest.mark.parametrize("workload", ["cpu", "memory-bandwidth"])
def test_cpu_and_memory_bound_work_costs_little_in_any_vm(workload):
    assert vms(workload) and all(r.relative >= 0.95 for r in vms(workload))


@pytest.mark.parametrize("mode", ["bare-metal", "hosted", "hybrid"])
def test_os_heavy_order_of_techniques(mode):
    def rel(tech, ept=None):
        return pick("os-heavy", mode, tech, ept).relative

    order = []
    if mode == "bare-metal":
        order.append(rel("para"))
    order.append(rel("hardware", True))
    if mode != "hybrid":  # KVM offers no binary translation
        order.append(rel("full"))
    order.append(rel("hardware", False))
    assert order == sorted(order, reverse=True) and len(set(order)) == len(order)
    # All of them cost something on OS-heavy work, unlike CPU-bound work.
    assert max(order) < 0.99


@pytest.mark.parametrize("workload", ["os-heavy", "mmu-heavy"])
def test_ept_beats_binary_translation_beats_first_generation_vtx(workload):
    ept = pick(workload, "bare-metal", "hardware", True).relative
    bt = pick(workload, "bare-metal", "full").relative
    no_ept = pick(workload, "bare-metal", "hardware", False).relative
    assert ept > bt > no_ept


@pytest.mark.parametrize("workload", ["os-heavy", "mmu-heavy"])
@pytest.mark.parametrize("tech,ept", [("full", None), ("hardware", True), ("hardware", False)])
def test_hosted_below_bare_metal_for_same_technique(workload, tech, ept):
    hosted = pick(workload, "hosted", tech, ept, io="paravirtual").relative
    bare = pick(workload, "bare-metal", tech, ept, io="paravirtual").relative
    assert hosted < bare


@pytest.mark.parametrize("workload", IO_WORKLOADS)
def test_hosted_io_below_bare_metal(workload):
    for io in ("emulated", "paravirtual"):
        hosted = pick(workload, "hosted", "hardware", True, io).relative
        bare = pick(workload, "bare-metal", "hardware", True, io).relative
        assert hosted < bare


@pytest.mark.parametrize("workload", IO_WORKLOADS)
@pytest.mark.parametrize("mode", ["hosted", "bare-metal", "hybrid"])
def test_emulated_io_below_paravirtual(workload, mode):
    emu = pick(workload, mode, "hardware", True, "emulated").relative
    pv = pick(workload, mode, "hardware", True, "paravirtual").relative
    assert emu < pv


@pytest.mark.parametrize("workload", IO_WORKLOADS)
def test_passthrough_near_native(workload):
    for mode in ("bare-metal", "hybrid"):
        assert pick(workload, mode, "hardware", True, "passthrough").relative >= 0.97  # [Gordon2012]
    assert not [r for r in results(workload) if r.mode == "hosted" and r.io == "passthrough"]


def test_disk_random_kvm_half_of_native():
    assert pick("disk-rand", "hybrid", "hardware", True, "paravirtual").relative == pytest.approx(0.5)
    assert pick("disk-rand", "container", network="host").relative == 1.0  # [Felter2014]


def test_sequential_disk_and_bulk_network_near_native_with_virtio():
    for workload in ("disk-seq", "net-throughput"):
        assert pick(workload, "hybrid", "hardware", True, "paravirtual").relative >= 0.97  # [Felter2014]


def test_network_latency():
    assert pick("net-latency", "container", network="nat").relative == pytest.approx(0.5)
    assert pick("net-latency", "container", network="host").relative == 1.0
    kvm = pick("net-latency", "hybrid", "hardware", True, "paravirtual")
    assert kvm.relative == pytest.approx(1 / 1.8, abs=1e-3)
    # [Felter2014] ~+30 us per transaction under KVM.
    assert kvm.value - MEASURES["net-latency"].native == pytest.approx(30.0, rel=0.01)


def test_containers_start_orders_of_magnitude_faster_than_vms():
    container = max(r.value for r in results("startup") if r.mode == "container")
    vm = min(r.value for r in vms("startup"))
    assert container < 1.0  # [Manco2017] well under a second
    assert math.log10(vm / container) >= 1.5
    assert pick("startup", "native").value < container


def test_every_variant_is_a_valid_stack():
    rows = results("cpu")
    assert len({(r.mode, r.technique, r.ept, r.io, r.network) for r in rows}) == len(rows)
    assert not [r for r in rows if r.mode == "hybrid" and r.technique != "hardware"]  # KVM needs VT-x
    assert {r.mode for r in rows} == {"native", "container", "hosted", "bare-metal", "hybrid"}


def test_compare_json_and_unknown_workload():
    doc = compare_json("disk-rand")
    assert doc["workload"] == "disk-rand" and doc["unit"] == "IOPS" and doc["higher_is_better"]
    assert len(doc["results"]) == len(results("disk-rand"))
    assert {"mode", "technique", "ept", "io", "network", "value", "relative"} <= set(doc["results"][0])
    with pytest.raises(KeyError):
        compare("nosuch")
