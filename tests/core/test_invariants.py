"""Properties every sample must have, over random worlds (hypothesis).

Random hosts (template, host OS, mode, product), random guests that the rules
accept, random power states and random steps: whatever the student builds, no
meter shows NaN, a percentage outside 0-100, or a resource above capacity.
"""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.model.catalog import GUEST_OSES, IMAGES
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import (
    CONTAINER_NETWORKS,
    PRODUCTS_BY_MODE,
    VM_NETWORKS,
    GuestState,
    IoPath,
    Mode,
    Technique,
)
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.model.workloads import WORKLOADS
from core.sim.metrics import (
    GUEST_COL,
    GUEST_METRICS,
    HOST_COL,
    HOST_METRICS,
    LAYER_COL,
    LAYER_METRICS,
    Sample,
)
from core.sim.world import World

STACKS = [(m, p) for m, ps in PRODUCTS_BY_MODE.items() for p in (ps or (None,))]
STACKS += [s for s in STACKS if s[0] in (Mode.HYBRID, Mode.CONTAINER)] * 2  # one product each: even out
EPS = 1e-6

hosts_st = st.lists(
    st.tuples(st.sampled_from(sorted(HOST_TEMPLATES)), st.sampled_from(["linux", "linux", "windows"]),
              st.sampled_from(STACKS)),
    min_size=1, max_size=4,
)
vm_st = st.builds(
    VmConfig,
    os=st.sampled_from(sorted(GUEST_OSES)),
    vcpus=st.integers(1, 4),
    memory_mb=st.sampled_from([512, 2048, 4096, 8192, 65536]),
    # Weighted towards what most hosts accept, so that most guests get placed.
    technique=st.sampled_from([Technique.HARDWARE, Technique.HARDWARE, Technique.FULL, Technique.PARA]),
    ept=st.booleans(),
    io=st.sampled_from([IoPath.PARAVIRTUAL, IoPath.PARAVIRTUAL, IoPath.EMULATED, IoPath.PASSTHROUGH]),
    network=st.sampled_from(VM_NETWORKS),
)
ctr_st = st.builds(
    ContainerConfig,
    image=st.sampled_from(sorted(IMAGES)),
    cpu_limit=st.sampled_from([0.1, 0.5, 1.0, 2.0, 8.0]),
    memory_limit_mb=st.sampled_from([4, 64, 512, 4096]),
    network=st.sampled_from(CONTAINER_NETWORKS),
)
guests_st = st.lists(
    st.tuples(st.integers(0, 3), st.one_of(vm_st, ctr_st), st.sampled_from(sorted(WORKLOADS)),
              st.sampled_from(["off", "on", "running", "suspend"])),
    max_size=14,
)
# Between steps: toggle a guest's power, or not.
actions_st = st.lists(
    st.tuples(st.sampled_from([0.1, 0.5, 1.0, 3.0, 30.0]), st.none() | st.integers(0, 13)),
    min_size=1, max_size=12,
)


def build(seed, host_specs, guest_specs) -> World:
    w = World(seed=seed)
    for i, (tpl, host_os, (mode, product)) in enumerate(host_specs):
        w.add_host(Host(f"h{i}", f"H{i}", HOST_TEMPLATES[tpl], host_os=host_os))
        if w.check_mode(f"h{i}", mode, product):
            w.set_mode(f"h{i}", mode, product)
    for k, (hi, cfg, workload, power) in enumerate(guest_specs):
        # The first host from ``hi`` on that accepts it (most random configs fit somewhere).
        order = [f"h{(hi + j) % len(host_specs)}" for j in range(len(host_specs))]
        hid = next((h for h in order if w.check_add_guest(h, cfg)), None)
        if hid is None:
            continue
        gid = f"g{k}"
        w.add_guest(Guest(gid, gid, hid, cfg, workload))
        if power == "on":
            w.power_on(gid)
        elif power == "running":
            w.restore_state(gid, GuestState.RUNNING)
        elif power == "suspend" and cfg.__class__ is VmConfig:
            w.restore_state(gid, GuestState.RUNNING)
            w.suspend(gid)
    return w


def check_sample(w: World, s: Sample) -> None:
    for arr in (s.hosts, s.layers, s.guests):
        assert np.isfinite(arr).all()
        assert (arr >= -EPS).all()  # every metric is a non-negative quantity
    for table, names, cols in ((s.hosts, HOST_METRICS, HOST_COL), (s.layers, LAYER_METRICS, LAYER_COL),
                               (s.guests, GUEST_METRICS, GUEST_COL)):
        for name in names:
            if name.endswith("_pct"):
                assert (table[:, cols[name]] <= 100.0 + EPS).all(), name
    perf = s.guests[:, GUEST_COL["perf"]]
    assert ((perf > 0) & (perf <= 1.0001)).all()
    assert (s.guests[:, GUEST_COL["mem_used_mb"]] <= s.guests[:, GUEST_COL["mem_alloc_mb"]] + EPS).all()

    for hid, hrow in s.index.hosts.items():
        hw = w.hosts[hid].hardware
        h = dict(zip(HOST_METRICS, s.hosts[hrow], strict=True))
        rows = [r for gid, r in s.index.guests.items() if w.guests[gid].host_id == hid]
        g = s.guests[rows]
        # CPU: guests' useful work plus every layer's CPU fits on the cores.
        limits = np.array([_vcpus(w.guests[gid]) for gid, r in s.index.guests.items() if r in rows])
        useful = (g[:, GUEST_COL["cpu_pct"]] / 100 * limits).sum() if rows else 0.0
        lrows = [r for lid, r in s.index.layers.items() if _layer_host(w, lid) == hid]
        layers = (s.layers[lrows, LAYER_COL["cpu_pct"]] / 100 * hw.cpu.cores).sum()
        assert useful + layers <= hw.cpu.cores * (1 + EPS) + EPS
        # Devices: the host's totals and the sum over its guests stay within capacity.
        assert h["disk_iops"] <= hw.disk.iops * (1 + EPS)
        assert h["disk_mbs"] <= hw.disk.seq_mbs * (1 + EPS)
        assert h["net_mbps"] <= hw.nic.gbps * 1000 * (1 + EPS)
        assert g[:, GUEST_COL["disk_iops"]].sum() <= hw.disk.iops * (1 + EPS)
        assert g[:, GUEST_COL["net_mbps"]].sum() <= hw.nic.gbps * 1000 * (1 + EPS)
        # Memory: what is resident fits in RAM; the rest is shared, ballooned or swapped.
        assert h["mem_used_mb"] <= hw.memory_mb * (1 + EPS)
        covered = h["mem_used_mb"] + h["shared_mb"] + h["balloon_mb"] + h["swap_mb"]
        assert covered >= h["mem_alloc_mb"] * (1 - EPS) - EPS


def _vcpus(g: Guest) -> float:
    return g.config.vcpus if isinstance(g.config, VmConfig) else g.config.cpu_limit


def _layer_host(w: World, layer_id: str) -> str:
    owner = layer_id.split("/", 1)[0]
    return owner if owner in w.hosts else w.guests[owner].host_id


@settings(max_examples=100, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(seed=st.integers(0, 2**32 - 1), host_specs=hosts_st, guest_specs=guests_st, actions=actions_st)
def test_samples_stay_physical(seed, host_specs, guest_specs, actions):
    w = build(seed, host_specs, guest_specs)
    gids = sorted(w.guests)
    for dt, toggle in actions:
        if toggle is not None and gids:
            gid = gids[toggle % len(gids)]
            if w.guests[gid].state is GuestState.OFF:
                if w.check_power_on(gid):
                    w.power_on(gid)
            else:
                w.power_off(gid)
        s = w.step(dt)
        assert s.time == w.time
        assert set(s.index.guests) == {gid for gid, g in w.guests.items()
                                       if g.state in (GuestState.STARTING, GuestState.RUNNING)}
        check_sample(w, s)


def test_crowded_hosts_stay_physical():
    """Heavy CPU, memory and I/O overcommit on every stack at once."""
    w = World(seed=9)
    stacks = [s for s in dict.fromkeys(STACKS) if s[0] is not Mode.NATIVE]
    for i, (mode, product) in enumerate(stacks):
        w.add_host(Host(f"h{i}", f"H{i}", HOST_TEMPLATES["lab-pc"], mode, product))
        for k, workload in enumerate(sorted(WORKLOADS) * 3):
            if mode is Mode.CONTAINER:
                cfg = ContainerConfig(sorted(IMAGES)[k % len(IMAGES)], cpu_limit=4.0, memory_limit_mb=4096)
            else:
                tech = Technique.PARA if product.value in ("xen", "hyper-v") else Technique.HARDWARE
                cfg = VmConfig("debian-12", vcpus=4, memory_mb=4096, technique=tech,
                               io=(IoPath.EMULATED, IoPath.PARAVIRTUAL)[k % 2])
            w.add_guest(Guest(f"h{i}g{k}", "g", f"h{i}", cfg, workload))
            w.restore_state(f"h{i}g{k}", GuestState.RUNNING)
    for _ in range(30):
        check_sample(w, w.step())
    s = w.latest
    assert s.hosts[:, HOST_COL["swap_mb"]].max() > 0  # the world really is overcommitted
    assert s.guests[:, GUEST_COL["ready_pct"]].max() > 50
