"""Live migration: a running VM moves to another host (hardware independence).

Iterative pre-copy, as Clark et al. built it for Xen and vMotion and KVM do it
[Clark2005]: the VM keeps running on its source while its memory is copied over
the network (round 1); each later round resends the pages the VM dirtied
during the previous one.  When what is left is small, or rounds stop making
progress, the VM pauses (stop-and-copy), the last dirty pages and the device
state go over, and it resumes on the target.  So:

* a VM that dirties memory fast needs more rounds, and its pause (downtime)
  grows with its dirty rate, up to its writable working set [Clark2005] (in
  small steps saw-toothed, since the last round ends wherever the threshold
  falls); a VM that dirties faster than the link sends stops making progress
  and is stopped with its whole writable working set still to send;
* without shared storage the virtual disk is copied first (block migration),
  which usually takes longer than the memory;
* a VM cannot move live between Intel and AMD CPUs: their instruction sets and
  virtualization extensions differ, and a running guest cannot lose CPU
  features it has seen (vMotion's EVC and KVM's CPU models mask features
  within one vendor only) [VMwareEVC].

Constants that no source pins down say "assumption".  The world keeps one
``Migration`` per moving guest; ``advance`` is called from ``World.step``.  The
guest's ``host_id`` changes only at switch-over.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.model.kinds import ACTIVE_STATES
from core.model.layers import host_layers
from core.model.objects import VmConfig
from core.model.workloads import WORKLOADS
from core.sim import rules, storage

if TYPE_CHECKING:
    from core.sim.world import World

# Assumption: migration traffic gets half of the slower NIC, leaving the rest to
# the guests (CloudSim Plus's default ``bandwidthPercentForMigration`` [CloudSimPlus];
# Xen rate-limits its pre-copy for the same reason [Clark2005]).
BANDWIDTH_SHARE = 0.5
# Assumption: sending or receiving a Gb/s of pages costs the copying layer as
# much CPU as a paravirtual NIC moving a Gb/s (core.sim.efficiency's I/O cost).
CPU_PER_GBPS = 0.15
# Assumption: a busy vCPU dirties 25 MB/s of memory in proportion to how much of
# its memory the workload touches ([Clark2005] measured rates of this order).
DIRTY_MBS_PER_BUSY_VCPU = 25.0
# Assumption: the writable working set, the pages rewritten again and again, is a
# quarter of the memory the workload touches [Clark2005]: no round resends more.
WWS_FRACTION = 0.25
# Stop-and-copy when at most this much is left to send [Clark2005] (assumption on
# the size), or after MAX_ROUNDS rounds (Xen's limit is of this order).
STOP_MB = 4.0
MAX_ROUNDS = 30
SWITCH_S = 0.05  # assumption: device state and the ARP announcement at switch-over
# Assumption: the hosts of a lab share one datastore (a SAN, as in a vSphere
# cluster), so only memory moves unless a plan says otherwise.
SHARED_STORAGE = True


@dataclass
class Migration:
    guest_id: str
    source: str
    target: str
    precopy_s: float  # disk copy (if any) and every pre-copy round: the VM keeps running
    pause_s: float  # stop-and-copy: the VM runs nowhere
    elapsed: float = 0.0
    rounds: int = 1  # pre-copy rounds
    disk_s: float = 0.0  # part of precopy_s spent copying the disk (no shared storage)
    sent_mb: float = 0.0  # memory sent, all rounds and the final copy together
    bandwidth_mbs: float = 0.0

    @property
    def total_s(self) -> float:
        return self.precopy_s + self.pause_s

    @property
    def paused(self) -> bool:
        """In the stop-and-copy phase: the VM runs nowhere."""
        return self.elapsed >= self.precopy_s

    @property
    def progress(self) -> float:
        return min(1.0, self.elapsed / self.total_s) if self.total_s > 0 else 1.0


def bandwidth_mbs(world: World, source: str, target: str) -> float:
    """MB/s available to migration: the slower NIC of the two, times the share."""
    gbps = min(world.hosts[source].hardware.nic.gbps, world.hosts[target].hardware.nic.gbps)
    return gbps * 1000.0 / 8.0 * BANDWIDTH_SHARE


def dirty_rate_mbs(world: World, guest_id: str) -> float:
    """How fast the guest's workload rewrites its memory (MB/s)."""
    g = world.guests[guest_id]
    wl = WORKLOADS[g.workload]
    return g.config.vcpus * wl.busy * wl.mem_touch * DIRTY_MBS_PER_BUSY_VCPU


def precopy(memory_mb: float, dirty_mbs: float, bw_mbs: float, wws_mb: float) -> tuple[int, float, float]:
    """Rounds, seconds of pre-copy, and MB left for the stop-and-copy [Clark2005]."""
    to_send, seconds, rounds = float(memory_mb), 0.0, 0
    while True:
        t = to_send / bw_mbs
        seconds += t
        rounds += 1
        # Pages dirtied while this round was sent; never more than the writable working set.
        dirtied = min(dirty_mbs * t, wws_mb, memory_mb)
        if dirtied <= STOP_MB or rounds >= MAX_ROUNDS or dirtied >= to_send:
            return rounds, seconds, dirtied
        to_send = dirtied


def plan(world: World, guest_id: str, target: str, shared_storage: bool | None = None,
         dirty_mbs: float | None = None) -> Migration:
    """How moving ``guest_id`` to ``target`` will go.  ``shared_storage`` and
    ``dirty_mbs`` default to the lab's storage and the workload's dirty rate."""
    g = world.guests[guest_id]
    bw = bandwidth_mbs(world, g.host_id, target)
    cfg = g.config
    wl = WORKLOADS[g.workload]
    dirty = dirty_rate_mbs(world, guest_id) if dirty_mbs is None else dirty_mbs
    wws = cfg.memory_mb * wl.mem_touch * WWS_FRACTION
    rounds, seconds, left = precopy(cfg.memory_mb, dirty, bw, wws)
    shared = SHARED_STORAGE if shared_storage is None else shared_storage
    disk_s = 0.0 if shared else storage.disk_used_gb(cfg) * 1024 / bw
    sent = seconds * bw + left
    return Migration(guest_id, g.host_id, target, disk_s + seconds, left / bw + SWITCH_S,
                     rounds=rounds, disk_s=disk_s, sent_mb=sent, bandwidth_mbs=bw)


_VENDORS = {"intel": "Intel", "amd": "AMD"}


def free_memory_mb(world: World, host_id: str) -> float:
    """RAM not promised to layers or active guests (what a migrating VM can land in)."""
    host = world.hosts[host_id]
    containers = any(not g.is_vm and g.in_vm is None for g in world.guests_on(host_id))
    used = sum(s.memory_mb for s in host_layers(host.mode, host.product, host.host_os, containers))
    for g in world.guests_on(host_id):
        if g.state in ACTIVE_STATES and g.in_vm is None:  # nested containers live in their VM's memory
            used += g.config.memory_mb if isinstance(g.config, VmConfig) else g.config.memory_limit_mb
    used += sum(world.guests[m.guest_id].config.memory_mb
                for m in world.migrations.values() if m.target == host_id)
    return host.hardware.memory_mb - used


def check_migrate(world: World, guest_id: str, target: str) -> rules.Verdict:
    """World-level checks on top of ``rules.check_move`` for a running VM."""
    g = world.guests[guest_id]
    if guest_id in world.migrations:
        return rules.refuse("already_migrating", "{guest} is already being migrated.", guest=g.name)
    src, dst = world.hosts[g.host_id].hardware.cpu, world.hosts[target].hardware.cpu
    if src.vendor != dst.vendor:
        return rules.refuse(
            "migration_across_cpu_vendors",
            "{guest} runs on an {source} CPU and {host} has an {target} CPU: a running VM cannot move "
            "between CPU vendors. Power it off and move it, or pick a host with an {source} CPU.",
            guest=g.name, host=world.hosts[target].name, source=_VENDORS.get(src.vendor, src.vendor),
            target=_VENDORS.get(dst.vendor, dst.vendor),
        )
    free = free_memory_mb(world, target)
    if g.config.memory_mb > free:
        return rules.refuse(
            "migration_target_full",
            "{host} has only {free} MB of memory free; {guest} needs {memory} MB to arrive running.",
            host=world.hosts[target].name, free=int(max(free, 0)), guest=g.name, memory=g.config.memory_mb,
        )
    return rules.OK


def advance(world: World, dt: float) -> None:
    """Move every migration on by ``dt``; pause and switch over when due."""
    for gid in sorted(world.migrations):
        m = world.migrations[gid]
        was_paused = m.paused
        m.elapsed += dt
        if m.elapsed >= m.total_s - 1e-9:
            del world.migrations[gid]
            world.guests[gid].host_id = m.target
            world.notify("guest_moved", gid)
            world.follow_vm(gid)  # its containers travel inside it
            world.notify("guest_state", gid)
            world.notify("migration_done", gid, m.source)
        elif m.paused and not was_paused:
            world.notify("guest_state", gid)  # the VM stops running for the switch-over


def cpu_overhead(world: World) -> dict[str, float]:
    """Cores per host spent sending and receiving pages of migrations in progress."""
    out: dict[str, float] = {}
    for m in world.migrations.values():
        bw = m.bandwidth_mbs or bandwidth_mbs(world, m.source, m.target)
        cores = 0.0 if m.paused else CPU_PER_GBPS * bw * 8 / 1000.0
        for hid in (m.source, m.target):
            out[hid] = out.get(hid, 0.0) + cores
    return out
