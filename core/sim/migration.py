"""Live migration: a running VM moves to another host (hardware independence).

Pre-copy, as vMotion and KVM do: the VM keeps running on its source while its
memory is copied over the network; then it pauses briefly while the pages it
dirtied in the meantime are sent, and resumes on the target.

* pre-copy time = memory / migration bandwidth [CloudSimPlus]; CloudSim Plus
  gives migration half of the link's bandwidth by default (its
  ``bandwidthPercentForMigration`` of 0.5) [CloudSimPlus];
* during migration both hosts spend 10 % of the VM's CPU on it [CloudSimPlus];
* the pause (stop-and-copy) is a modelling assumption: it sends
  ``DIRTY_FRACTION`` of the memory again.

The world keeps one ``Migration`` per moving guest; ``advance`` is called
from ``World.step``.  The guest's ``host_id`` changes only at switch-over.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.model.kinds import ACTIVE_STATES
from core.model.layers import host_layers
from core.model.objects import VmConfig
from core.sim import rules

if TYPE_CHECKING:
    from core.sim.world import World

BANDWIDTH_SHARE = 0.5  # [CloudSimPlus] share of the link used for migration
CPU_OVERHEAD = 0.10  # [CloudSimPlus] of the VM's CPU, on source and target
# Assumption: pages dirtied during the last pre-copy round, re-sent while paused.
DIRTY_FRACTION = 0.02
MIN_PAUSE_S = 0.1  # assumption: the switch-over itself (device state, ARP) takes a moment


@dataclass
class Migration:
    guest_id: str
    source: str
    target: str
    precopy_s: float
    pause_s: float
    elapsed: float = 0.0

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


def plan(world: World, guest_id: str, target: str) -> Migration:
    g = world.guests[guest_id]
    bw = bandwidth_mbs(world, g.host_id, target)
    mem = g.config.memory_mb
    return Migration(guest_id, g.host_id, target, mem / bw, max(MIN_PAUSE_S, mem * DIRTY_FRACTION / bw))


def free_memory_mb(world: World, host_id: str) -> float:
    """RAM not promised to layers or active guests (what a migrating VM can land in)."""
    host = world.hosts[host_id]
    used = sum(s.memory_mb for s in host_layers(host.mode, host.product, host.host_os))
    for g in world.guests_on(host_id):
        if g.state in ACTIVE_STATES:
            used += g.config.memory_mb if isinstance(g.config, VmConfig) else g.config.memory_limit_mb
    used += sum(world.guests[m.guest_id].config.memory_mb
                for m in world.migrations.values() if m.target == host_id)
    return host.hardware.memory_mb - used


def check_migrate(world: World, guest_id: str, target: str) -> rules.Verdict:
    """World-level checks on top of ``rules.check_move`` for a running VM."""
    g = world.guests[guest_id]
    if guest_id in world.migrations:
        return rules.refuse("already_migrating", "{guest} is already being migrated.", guest=g.name)
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
            world.notify("guest_state", gid)
            world.notify("migration_done", gid, m.source)
        elif m.paused and not was_paused:
            world.notify("guest_state", gid)  # the VM stops running for the switch-over


def cpu_overhead(world: World) -> dict[str, float]:
    """Cores per host spent on migrations in progress [CloudSimPlus]."""
    out: dict[str, float] = {}
    for m in world.migrations.values():
        cores = CPU_OVERHEAD * world.guests[m.guest_id].config.vcpus
        for hid in (m.source, m.target):
            out[hid] = out.get(hid, 0.0) + cores
    return out
