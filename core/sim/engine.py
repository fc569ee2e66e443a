"""One simulated time step, for every guest at once.

The world is "compiled" into numpy arrays (one row per active guest) whenever
its structure changes; each tick is then a fixed sequence of vectorized steps:

1. demand: each guest's workload at time t (slow oscillation + seeded noise);
2. efficiency: the stack turns guest demand into physical demand, and the
   difference is overhead charged to the layer that causes it;
3. sharing: each host's CPU, disk and NIC are shared in proportion to demand
   (like CloudSim Plus's time-shared scheduler [CloudSimPlus]); what is left
   waiting is CPU ready time;
4. memory: allocation beyond RAM is covered by page sharing, then ballooning,
   then swapping, and swapping slows the host's guests;
5. metrics: per host, per layer, per guest, including achieved speed relative
   to native.

Nested stacks (``core.sim.nesting``): a container inside a VM runs at its own
efficiency times its VM's, draws on the VM's vCPUs (the VM and its containers
share them) and on the VM's memory (not the host's), and its I/O takes the
VM's path; a Docker engine layer appears inside each VM that has containers.

Compiling costs Python time per guest, a tick only numpy time, which is what
keeps 10,000 guests under 10 ms per tick (``bench/bench_tick.py``).
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

import numpy as np

from core.model.catalog import GUEST_OSES, IMAGES
from core.model.kinds import ACTIVE_STATES, GuestState
from core.model.layers import (
    PAGE_SHARING_FRACTION,
    PAGE_SHARING_PRODUCTS,
    SWAP_PENALTY,
    compute_overhead_layer,
    host_layers,
    io_overhead_layer,
    layer_id,
    nested_layers,
    vm_layers,
)
from core.model.objects import VmConfig
from core.model.workloads import BOOT, CLASSES, WORKLOADS
from core.sim.efficiency import efficiency, io_cpu_cost
from core.sim.metrics import GUEST_METRICS, HOST_METRICS, LAYER_METRICS, Index, Sample
from core.sim.migration import cpu_overhead as migration_cpu_overhead

if TYPE_CHECKING:
    from core.sim.world import World

NOISE_SD = 0.03  # assumption: run-to-run jitter of demand, 3 %
_NC = len(CLASSES)


class Compiled:
    """The world's structure as arrays; rebuilt only when the world changes."""

    def __init__(self, world: World):
        hosts = list(world.hosts.values())
        self.host_ids = [h.id for h in hosts]
        hidx = {h.id: i for i, h in enumerate(hosts)}
        nh = len(hosts)
        hw = [h.hardware for h in hosts]
        self.cores = np.array([x.cpu.cores for x in hw], float)
        self.mem = np.array([x.memory_mb for x in hw], float)
        self.iops = np.array([x.disk.iops for x in hw], float)
        self.seq = np.array([x.disk.seq_mbs for x in hw], float)
        self.nic = np.array([x.nic.gbps * 1000 for x in hw], float)

        layer_ids: list[str] = []
        layer_host: list[int] = []
        layer_mem: list[float] = []
        layer_cpu: list[float] = []
        layer_nested: list[bool] = []  # layers inside a VM: their memory is the VM's, not the host's
        host_layer_row: dict[tuple[int, str], int] = {}
        per_vm_mem = np.zeros(nh)
        with_containers = {g.host_id for g in world.guests.values() if not g.is_vm and g.in_vm is None}
        for i, h in enumerate(hosts):
            for spec in host_layers(h.mode, h.product, h.host_os, h.id in with_containers):
                host_layer_row[(i, spec.key)] = len(layer_ids)
                layer_ids.append(layer_id(h.id, spec.key))
                layer_host.append(i)
                layer_mem.append(spec.memory_mb)
                layer_cpu.append(spec.base_cpu)
                layer_nested.append(False)
                per_vm_mem[i] += spec.per_vm_memory_mb

        # A migrating VM in its stop-and-copy pause runs nowhere (core.sim.migration).
        paused = {m.guest_id for m in world.migrations.values() if m.paused}
        running = {g.id for g in world.guests.values() if g.state in ACTIVE_STATES and g.id not in paused}
        # A container inside a VM runs only while its VM does (it is paused with it).
        active = [g for g in world.guests.values() if g.id in running and (g.in_vm is None or g.in_vm in running)]
        hosting = {g.in_vm for g in active if g.in_vm is not None}
        row_of = {g.id: r for r, g in enumerate(active)}
        n = len(active)
        self.guest_ids = [g.id for g in active]
        self.host_idx = np.zeros(n, np.intp)
        self.vcpus = np.zeros(n)
        self.weights = np.zeros((n, _NC))
        self.eff = np.ones((n, _NC))
        self.busy = np.zeros(n)
        self.swing = np.zeros(n)
        self.period = np.ones(n)
        self.phase = np.zeros(n)
        self.disk_mbs = np.zeros(n)
        self.disk_iops = np.zeros(n)
        self.net_mbps = np.zeros(n)
        self.mem_alloc = np.zeros(n)
        self.mem_touch = np.zeros(n)
        self.is_vm = np.zeros(n, bool)
        self.cpu_per_gbps = np.zeros(n)
        self.cpu_per_10k_iops = np.zeros(n)
        self.share_group = np.zeros(n, np.intp)  # (host, OS) groups for page sharing
        self.can_share = np.zeros(n, bool)
        self.group = np.arange(n, dtype=np.intp)  # whose vCPUs a guest runs on: its own, or its VM's
        self.host_mem = np.ones(n)  # 0: memory inside a VM, already counted as the VM's
        cpu_layer = np.full(n, -1, np.intp)
        io_layer = np.full(n, -1, np.intp)
        net_layer = np.full(n, -1, np.intp)
        os_codes = {o: k for k, o in enumerate(GUEST_OSES)}

        for r, g in enumerate(active):
            h = world.hosts[g.host_id]
            i = hidx[h.id]
            cfg = g.config
            stack = g.stack(h)
            wl = BOOT if g.state is GuestState.STARTING else WORKLOADS[g.workload]
            self.host_idx[r] = i
            self.weights[r] = wl.weight_vector()
            self.eff[r] = efficiency(stack)
            self.cpu_per_gbps[r], self.cpu_per_10k_iops[r] = io_cpu_cost(stack)
            if g.in_vm is not None:  # the container pays its VM's overheads on top of its own
                vm = world.guests[g.in_vm]
                vm_stack = vm.stack(h)
                self.eff[r] *= np.array(efficiency(vm_stack))
                self.cpu_per_gbps[r], self.cpu_per_10k_iops[r] = (
                    a + b for a, b in zip(io_cpu_cost(stack), io_cpu_cost(vm_stack), strict=True))
                self.group[r] = row_of[vm.id]
                self.host_mem[r] = 0.0
            self.busy[r] = wl.busy
            self.swing[r] = wl.swing
            self.period[r] = wl.period_s
            # A stable per-guest phase so that guests do not all peak together.
            self.phase[r] = (zlib.crc32(g.id.encode()) % 6283) / 1000.0
            self.disk_mbs[r] = wl.disk_mbs
            self.disk_iops[r] = wl.disk_iops
            self.net_mbps[r] = wl.net_mbps
            self.mem_touch[r] = wl.mem_touch
            if isinstance(cfg, VmConfig):
                self.is_vm[r] = True
                self.vcpus[r] = cfg.vcpus
                self.mem_alloc[r] = cfg.memory_mb + per_vm_mem[i]
                self.share_group[r] = i * len(os_codes) + os_codes[cfg.os]
                self.can_share[r] = h.page_sharing and h.product in PAGE_SHARING_PRODUCTS
                nested = nested_layers() if g.id in hosting else []
                for spec in vm_layers(h.mode, GUEST_OSES[cfg.os].micro) + nested:
                    host_layer_row[(i, f"{g.id}/{spec.key}")] = len(layer_ids)
                    layer_ids.append(layer_id(g.id, spec.key))
                    layer_host.append(i)
                    layer_mem.append(spec.memory_mb)
                    layer_cpu.append(spec.base_cpu)
                    layer_nested.append(spec in nested)
            else:
                self.vcpus[r] = cfg.cpu_limit
                # A container holds only what its processes touch, up to its limit.
                self.mem_alloc[r] = min(cfg.memory_limit_mb, IMAGES[cfg.image].memory_mb * 1.5)
                self.mem_touch[r] = min(1.0, IMAGES[cfg.image].memory_mb / self.mem_alloc[r])
                self.share_group[r] = -1
            # The guest's own stack, not the host's mode: a container on a KVM
            # host is served by the host kernel, not by KVM or QEMU.
            # A container in a VM: its traps and I/O go through the VM's layers.
            owner = world.guests[g.in_vm] if g.in_vm is not None else g
            own_stack = owner.stack(h)
            key = compute_overhead_layer(own_stack.mode)
            cpu_layer[r] = host_layer_row.get((i, key), -1) if key else -1
            for rows, net in ((io_layer, False), (net_layer, True)):
                key = io_overhead_layer(own_stack.mode, h.product, getattr(owner.config, "io", None), net)
                if key == "qemu":
                    rows[r] = host_layer_row[(i, f"{owner.id}/qemu")]
                elif key:
                    rows[r] = host_layer_row.get((i, key), -1)

        # What a migration in progress costs each host (core.sim.migration): charged
        # to the layer that does the copying (the hypervisor / VMM / KVM).
        for hid, cores in migration_cpu_overhead(world).items():
            h = world.hosts[hid]
            key = compute_overhead_layer(h.mode)
            row = host_layer_row.get((hidx[hid], key)) if key else None
            if row is not None:
                layer_cpu[row] += cores

        self.layer_ids = layer_ids
        self.layer_host = np.array(layer_host, np.intp)
        self.layer_mem = np.array(layer_mem, float)
        self.layer_base_cpu = np.array(layer_cpu, float)
        self.host_base_cpu = np.bincount(self.layer_host, self.layer_base_cpu, nh)
        self.host_layer_mem = np.bincount(self.layer_host, self.layer_mem * ~np.array(layer_nested, bool), nh)
        # Guests with no layer to charge (native) get a dummy row past the end.
        nl = len(layer_ids)
        self.cpu_layer = np.where(cpu_layer < 0, nl, cpu_layer)
        self.io_layer = np.where(io_layer < 0, nl, io_layer)
        self.net_layer = np.where(net_layer < 0, nl, net_layer)
        self.compute_w = self.weights[:, :4]
        cw = self.compute_w.sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            ce = cw / (self.compute_w / self.eff[:, :4]).sum(axis=1)
        self.eff_compute = np.where(cw > 0, ce, 1.0)
        # Page sharing: count VMs per (host, OS) group.
        groups = np.where(self.can_share, self.share_group, -1)
        self.share_frac = np.zeros(n)
        if n:
            valid = groups >= 0
            counts = np.bincount(groups[valid], minlength=1) if valid.any() else np.zeros(1)
            k = np.where(valid, counts[np.where(valid, groups, 0)], 1)
            self.share_frac = PAGE_SHARING_FRACTION * (k - 1) / np.maximum(k, 1)
        self.index = Index(
            hosts=hidx,
            layers={lid: j for j, lid in enumerate(layer_ids)},
            guests={gid: r for r, gid in enumerate(self.guest_ids)},
        )


def _share(want: np.ndarray, host_idx: np.ndarray, capacity: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Proportional sharing of one host resource: returns (granted, host total)."""
    nh = len(capacity)
    total = np.bincount(host_idx, want, nh)
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.where(total > capacity, capacity / total, 1.0)
    return want * scale[host_idx], np.minimum(total, capacity)


def _ratio(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(b > 0, a / b, 1.0)


def tick(c: Compiled, t: float, rng: np.random.Generator) -> Sample:
    n, nh, nl = len(c.guest_ids), len(c.host_ids), len(c.layer_ids)
    h = c.host_idx

    # 1. demand
    level = 1.0 + c.swing * np.sin(2 * np.pi * t / c.period + c.phase)
    level = np.clip(level + rng.normal(0.0, NOISE_SD, n), 0.0, 2.0)
    cpu_want = c.vcpus * np.clip(c.busy * level, 0.0, 1.0)
    iops_want, mbs_want, net_want = c.disk_iops * level, c.disk_mbs * level, c.net_mbps * level

    # 2-3. I/O: each path caps what one guest can get; the device is shared.
    iops_cap = np.minimum(iops_want, c.iops[h] * c.eff[:, 5])
    mbs_cap = np.minimum(mbs_want, c.seq[h] * c.eff[:, 4])
    net_cap = np.minimum(net_want, c.nic[h] * c.eff[:, 6])
    iops_got, host_iops = _share(iops_cap, h, c.iops)
    mbs_got, host_mbs = _share(mbs_cap, h, c.seq)
    net_got, host_net = _share(net_cap, h, c.nic)
    net_cpu = net_got / 1000.0 * c.cpu_per_gbps
    disk_cpu = iops_got / 10_000.0 * c.cpu_per_10k_iops
    io_cpu = net_cpu + disk_cpu

    # 2-3. CPU: work at reduced efficiency needs more physical CPU, but a vCPU
    # is one thread on one core, and traps are handled in that thread's time:
    # a VM can never burn more cores than it has vCPUs; past that it runs slower.
    phys = np.minimum(cpu_want / c.eff_compute, c.vcpus)
    # A VM and the containers inside it share the VM's vCPUs (no-op for the others).
    group_phys = np.bincount(c.group, phys, n)
    vm_share = np.minimum(1.0, _ratio(c.vcpus, group_phys))[c.group] if n else np.ones(0)
    phys = phys * vm_share
    useful = phys * c.eff_compute
    want = phys + io_cpu
    demand = np.bincount(h, want, nh)
    avail = np.maximum(c.cores - c.host_base_cpu, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        cpu_scale = np.where(demand > avail, avail / demand, 1.0)
    g_cpu = cpu_scale[h]
    granted = want * g_cpu

    # 4. memory: overcommit is covered by sharing, then ballooning, then swap.
    touched = c.mem_alloc * np.clip(c.mem_touch * level, 0.0, 1.0)
    shared = touched * c.share_frac
    alloc_h = np.bincount(h, c.mem_alloc * c.host_mem, nh) + c.host_layer_mem
    shared_h = np.bincount(h, shared, nh)
    idle_h = np.bincount(h, (c.mem_alloc - touched) * c.host_mem, nh)
    excess = np.maximum(alloc_h - shared_h - c.mem, 0.0)
    balloon_h = np.minimum(excess, idle_h)
    swap_h = excess - balloon_h
    touched_h = np.bincount(h, touched * c.host_mem, nh)
    used_h = np.minimum(alloc_h - shared_h - balloon_h, c.mem)
    slow = 1.0 / (1.0 + SWAP_PENALTY * _ratio(swap_h, touched_h + 1e-9))
    slow = np.where(swap_h > 0, slow, 1.0)

    # 5. achieved speed: harmonic mix of each class's efficiency x service.
    serve = np.empty((n, _NC))
    serve[:, :4] = (g_cpu * slow[h] * vm_share)[:, None]
    serve[:, 4] = _ratio(mbs_got, mbs_cap)
    serve[:, 5] = _ratio(iops_got, iops_cap)
    serve[:, 6] = _ratio(net_got, net_cap)
    serve[:, 7] = serve[:, 6]
    perf = 1.0 / (c.weights / (c.eff * np.maximum(serve, 1e-9))).sum(axis=1) if n else np.zeros(0)

    # Overhead charged to layers (dummy row nl for guests with none).
    overhead = np.bincount(c.cpu_layer, (phys - useful) * g_cpu, nl + 1)
    overhead += np.bincount(c.io_layer, disk_cpu * g_cpu, nl + 1)
    overhead += np.bincount(c.net_layer, net_cpu * g_cpu, nl + 1)
    layer_cpu = c.layer_base_cpu + overhead[:nl]
    layers = np.empty((nl, len(LAYER_METRICS)))
    layers[:, 0] = 100.0 * _ratio(layer_cpu, c.cores[c.layer_host]) if nl else 0
    layers[:, 1] = c.layer_mem

    guests = np.empty((n, len(GUEST_METRICS)))
    # The guest's own work; time spent in traps is the layer's (so guest +
    # layer CPU add up to what the host spends).
    guests[:, 0] = 100.0 * _ratio(useful * g_cpu, c.vcpus)
    guests[:, 1] = 100.0 * (1.0 - g_cpu) * (cpu_want > 0)
    guests[:, 2] = c.mem_alloc
    guests[:, 3] = touched - shared
    guests[:, 4] = iops_got
    guests[:, 5] = mbs_got
    guests[:, 6] = net_got
    guests[:, 7] = perf

    used_cpu = np.bincount(h, granted, nh) + c.host_base_cpu
    hosts = np.empty((nh, len(HOST_METRICS)))
    hosts[:, 0] = 100.0 * np.minimum(used_cpu / c.cores, 1.0)
    hosts[:, 1] = alloc_h
    hosts[:, 2] = used_h
    hosts[:, 3] = 100.0 * used_h / c.mem
    hosts[:, 4] = shared_h
    hosts[:, 5] = balloon_h
    hosts[:, 6] = swap_h
    hosts[:, 7] = host_iops
    hosts[:, 8] = host_mbs
    hosts[:, 9] = 100.0 * np.maximum(host_iops / c.iops, host_mbs / c.seq)
    hosts[:, 10] = host_net
    hosts[:, 11] = 100.0 * host_net / c.nic
    ovh = np.bincount(c.layer_host, layer_cpu, nh) if nl else np.zeros(nh)
    hosts[:, 12] = 100.0 * np.minimum(ovh / c.cores, 1.0)
    return Sample(t, c.index, hosts, layers, guests)
