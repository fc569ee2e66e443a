"""Storage virtualization: virtual disks are files on the host's datastore.

A *thick* (preallocated) disk takes its full size when it is created; a
*thin* one grows as the guest writes, so a datastore can promise more than it
has (like memory overcommit).  Snapshots add delta files, a snapshot of a
running VM also a memory file, a suspended VM its saved memory; a linked clone
only its delta; container image layers are stored once per host.

How much a thin disk holds is a modelling assumption (no source measures
"a typical install"): the OS install plus a tenth of the rest of the disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.model.catalog import GUEST_OSES, IMAGES
from core.model.kinds import GuestState
from core.model.objects import VmConfig
from core.sim import rules

if TYPE_CHECKING:
    from core.sim.world import World

# Assumptions: installed size of a distribution, and how much a guest writes.
OS_INSTALL_GB = {"linux": 4.0, "windows": 20.0}
WRITTEN_FRACTION = 0.1  # of the disk beyond the OS install
SNAPSHOT_DELTA_FRACTION = 0.05  # of the disk, per snapshot (changes since it was taken)


@dataclass(frozen=True)
class Usage:
    capacity_gb: float
    provisioned_gb: float  # what all the virtual disks could grow to
    used_gb: float  # what the files take now

    @property
    def free_gb(self) -> float:
        return self.capacity_gb - self.used_gb

    @property
    def fill(self) -> float:
        return self.used_gb / self.capacity_gb if self.capacity_gb else 1.0


def disk_used_gb(cfg: VmConfig, linked: bool = False) -> float:
    """Space the VM's own disk file takes now."""
    if linked:  # only the clone's delta: everything else is read from the base
        return cfg.disk_gb * SNAPSHOT_DELTA_FRACTION
    if not cfg.thin_disk:
        return float(cfg.disk_gb)
    os = GUEST_OSES.get(cfg.os)
    install = OS_INSTALL_GB.get(os.family if os else "linux", 4.0)
    return min(float(cfg.disk_gb), install + WRITTEN_FRACTION * max(0.0, cfg.disk_gb - install))


def guest_files_gb(world: World, guest_id: str) -> float:
    """Disk, snapshot deltas and memory files of one VM."""
    g = world.guests[guest_id]
    if not isinstance(g.config, VmConfig):
        return 0.0
    total = disk_used_gb(g.config, guest_id in world.links)
    t = world.snapshots.get(guest_id)
    for snap in (t.snaps.values() if t else ()):
        total += snap.config.disk_gb * SNAPSHOT_DELTA_FRACTION
        if snap.state is GuestState.RUNNING:
            total += snap.config.memory_mb / 1024
    if g.state is GuestState.SUSPENDED:
        total += g.config.memory_mb / 1024
    return total


def images_gb(world: World, host_id: str) -> float:
    """Image layers cached on the host, each layer counted once."""
    sizes: dict[str, float] = {}
    for img in IMAGES.values():
        for layer in img.layers:
            sizes.setdefault(layer, img.size_mb / len(img.layers))
    for _host, built, _dockerfile in world.built_images.values():  # the layers a build added
        for layer in built.layers:
            sizes.setdefault(layer.digest, layer.size_mb)
    return sum(sizes.get(lay, 0.0) for lay in world.hosts[host_id].image_cache) / 1024


def usage(world: World, host_id: str) -> Usage:
    host = world.hosts[host_id]
    used = images_gb(world, host_id)
    provisioned = used
    for g in world.guests_on(host_id):
        if isinstance(g.config, VmConfig):
            files = guest_files_gb(world, g.id)
            used += files
            provisioned += files - disk_used_gb(g.config, g.id in world.links) + g.config.disk_gb
    return Usage(float(host.hardware.datastore_gb), provisioned, used)


def check_fits(world: World, host_id: str, cfg: VmConfig, linked: bool = False) -> rules.Verdict:
    """Is there room on ``host_id``'s datastore for a new disk file like ``cfg``'s?"""
    need = disk_used_gb(cfg, linked)
    u = usage(world, host_id)
    if need > u.free_gb + 1e-9:
        return rules.refuse(
            "datastore_full",
            "{host}'s datastore has {free} GB free, and this VM's disk needs {needed} GB now. "
            "Use a thin disk, a smaller disk, or free some space.",
            host=world.hosts[host_id].name, free=round(max(u.free_gb, 0.0), 1), needed=round(need, 1),
        )
    return rules.OK
