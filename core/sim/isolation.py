"""What isolates a container while it shares one kernel: namespaces and cgroups.

A container is an ordinary group of processes on the host kernel.  Namespaces
give it its own view (process ids, network stack, mounts, host name, IPC,
user ids) [LinuxNamespaces]; a cgroup bounds what it may use: a CPU quota per
period and a memory limit [LinuxCgroupV2].  When its processes need more memory
than the limit, the kernel's OOM killer ends them [LinuxCgroupV2]; when they
use the whole CPU quota in a period, the scheduler throttles them until the next
period [CFSBandwidth].  A VM has none of this: its boundary is the hypervisor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.model.catalog import IMAGES
from core.model.kinds import GuestState
from core.model.objects import ContainerConfig

if TYPE_CHECKING:
    from core.sim.metrics import Sample
    from core.sim.world import World

# Each namespace and what the container sees of its own through it [LinuxNamespaces].
NAMESPACES = (
    ("pid", "its own process ids: its first process is PID 1"),
    ("net", "its own network interfaces, addresses and ports"),
    ("mnt", "its own mounts: the image's layers as its root file system"),
    ("uts", "its own host name"),
    ("ipc", "its own shared memory and message queues"),
    ("user", "its own user ids: root inside is not root on the host"),
)
CFS_PERIOD_US = 100_000  # cpu.max's default period, 100 ms [LinuxCgroupV2]
# Assumption: a container using 97 % or more of its quota is counted as
# throttled (the meters are averages over a second of many periods).
THROTTLE_AT = 97.0


@dataclass(frozen=True)
class Limits:
    cpu_quota_us: int  # per CFS_PERIOD_US, as written to cpu.max
    cpu_cores: float
    memory_max_mb: int
    memory_need_mb: int  # what its processes hold (the image's typical resident set)

    @property
    def cpu_max(self) -> str:
        """The line the container engine writes to the cgroup's cpu.max file."""
        return f"{self.cpu_quota_us} {CFS_PERIOD_US}"

    @property
    def fits(self) -> bool:
        return self.memory_need_mb <= self.memory_max_mb


def limits(cfg: ContainerConfig) -> Limits:
    return Limits(round(cfg.cpu_limit * CFS_PERIOD_US), cfg.cpu_limit, cfg.memory_limit_mb,
                  IMAGES[cfg.image].memory_mb if cfg.image in IMAGES else 0)


def over_memory_limit(config) -> bool:
    """A container whose processes need more memory than its cgroup allows: the kernel's OOM
    killer ends it as soon as it runs."""
    return isinstance(config, ContainerConfig) and not limits(config).fits


def needs_oom_kill(world: World, guest_id: str) -> bool:
    """A running container whose processes need more memory than its cgroup allows."""
    g = world.guests[guest_id]
    return (isinstance(g.config, ContainerConfig) and g.state is GuestState.RUNNING
            and not limits(g.config).fits)


def oom_kill(world: World) -> list[str]:
    """Kill every container over its memory limit, as the kernel's OOM killer does; return their ids."""
    killed = [gid for gid in sorted(world.guests) if needs_oom_kill(world, gid)]
    for gid in killed:
        world.restore_state(gid, GuestState.CRASHED)
        world.oom_killed.add(gid)
        world.notify("oom_killed", gid)
    return killed


def throttled(sample: Sample | None, world: World, guest_id: str) -> float | None:
    """Share of the CPU quota the container used in the last sample, or None when it is not
    running; at ``THROTTLE_AT`` or more it waits for the next period (see ``is_throttled``)."""
    g = world.guests.get(guest_id)
    if sample is None or g is None or g.is_vm:
        return None
    row = sample.index.guests.get(guest_id)
    if row is None:
        return None
    # cpu_pct is the guest's own use as a share of its vCPUs, which for a
    # container is its quota in cores (core.sim.engine).
    return float(sample.guests[row, 0])


def is_throttled(used_pct: float | None) -> bool:
    return used_pct is not None and used_pct >= THROTTLE_AT
