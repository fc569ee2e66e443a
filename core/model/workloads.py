"""Workloads: what a guest asks of its host, as a demand profile over time.

A workload has two parts:

* ``weights`` — how native execution time splits over eight classes of work.
  The stack's efficiency for each class (``efficiency.py``) then decides how
  much slower the guest runs: relative speed = 1 / sum(w / efficiency).
* demands — how much of the host it wants: busy fraction of its vCPUs, disk
  MB/s and IOPS, network Mb/s, and the fraction of its memory it touches.

Demand levels are modelling assumptions chosen to be typical of each kind of
program; the *costs* of running them virtualized are the calibrated part.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The classes of work whose virtualization cost differs (overhead-figures.md).
CLASSES = ("cpu", "os", "mmu", "mem", "disk_seq", "disk_rand", "net_tput", "net_lat")
COMPUTE_CLASSES = ("cpu", "os", "mmu", "mem")


@dataclass(frozen=True)
class Workload:
    id: str
    weights: dict[str, float]  # share of native time per class; sums to 1
    busy: float  # fraction of the guest's vCPUs kept busy
    disk_mbs: float = 0.0
    disk_iops: float = 0.0
    net_mbps: float = 0.0
    mem_touch: float = 0.5  # fraction of the guest's memory in active use
    swing: float = 0.15  # relative amplitude of the slow demand oscillation
    period_s: float = 60.0
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def weight_vector(self) -> tuple[float, ...]:
        total = sum(self.weights.values())
        return tuple(self.weights.get(c, 0.0) / total for c in CLASSES)


def _w(**kw: float) -> dict[str, float]:
    return kw


WORKLOADS: dict[str, Workload] = {
    w.id: w
    for w in (
        Workload("idle", _w(cpu=1.0), busy=0.03, mem_touch=0.25, swing=0.5),
        Workload("cpu", _w(cpu=1.0), busy=0.95, mem_touch=0.4, swing=0.03),
        Workload("os-heavy", _w(os=0.8, cpu=0.2), busy=0.8, disk_iops=200, mem_touch=0.6),
        Workload("mmu-heavy", _w(mmu=0.8, cpu=0.2), busy=0.8, mem_touch=0.8),
        Workload("memory-bandwidth", _w(mem=0.9, cpu=0.1), busy=0.6, mem_touch=0.9),
        Workload("disk-seq", _w(disk_seq=0.9, cpu=0.1), busy=0.15, disk_mbs=400.0),
        Workload("disk-rand", _w(disk_rand=0.9, cpu=0.1), busy=0.2, disk_iops=40_000.0),
        Workload("net-throughput", _w(net_tput=0.9, cpu=0.1), busy=0.25, net_mbps=9_000.0),
        Workload("net-latency", _w(net_lat=0.8, cpu=0.2), busy=0.15, net_mbps=50.0),
        Workload(
            "web-server",
            _w(os=0.35, cpu=0.25, net_lat=0.25, disk_rand=0.15),
            busy=0.35,
            disk_iops=400.0,
            net_mbps=200.0,
            mem_touch=0.5,
            swing=0.4,
        ),
        Workload(
            "database",
            _w(cpu=0.3, os=0.2, mmu=0.1, disk_rand=0.3, net_lat=0.1),
            busy=0.45,
            disk_iops=6_000.0,
            disk_mbs=40.0,
            net_mbps=80.0,
            mem_touch=0.85,
            swing=0.25,
        ),
    )
}

# What a guest does while it boots or starts: mostly reading its disk.
BOOT = Workload("boot", _w(os=0.5, disk_seq=0.5), busy=0.7, disk_mbs=120.0, mem_touch=0.3, swing=0)
