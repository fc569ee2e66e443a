"""Metric samples and their bounded history.

A ``Sample`` holds one tick's figures as numpy arrays (one row per host, layer
and active guest) plus the index that maps ids to rows.  Building dicts for
every guest each tick would dominate the tick's cost, so lookups build them on
demand.  History is a ring buffer of samples (``collections.deque`` with a
``maxlen``): memory stays flat however long the simulation runs.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

GUEST_METRICS = (
    "cpu_pct",  # busy share of the guest's own vCPUs (or CPU limit)
    "ready_pct",  # share of its CPU demand left waiting for a physical core
    "mem_alloc_mb",
    "mem_used_mb",
    "disk_iops",
    "disk_mbs",
    "net_mbps",
    "perf",  # achieved speed relative to the same work on native hardware
)
HOST_METRICS = (
    "cpu_pct",
    "mem_alloc_mb",  # what guests and layers were promised (may exceed RAM: overcommit)
    "mem_used_mb",  # what is resident in RAM
    "mem_pct",
    "shared_mb",  # reclaimed by page sharing
    "balloon_mb",  # reclaimed by ballooning
    "swap_mb",  # pushed out to disk
    "disk_iops",
    "disk_mbs",
    "disk_pct",
    "net_mbps",
    "net_pct",
    "overhead_pct",  # CPU used by the virtualization layers, % of the host's cores
)
LAYER_METRICS = ("cpu_pct", "mem_mb")

GUEST_COL = {m: i for i, m in enumerate(GUEST_METRICS)}
HOST_COL = {m: i for i, m in enumerate(HOST_METRICS)}
LAYER_COL = {m: i for i, m in enumerate(LAYER_METRICS)}


@dataclass(frozen=True)
class Index:
    """Row numbers of hosts, layers and active guests in a sample's arrays."""

    hosts: dict[str, int]
    layers: dict[str, int]
    guests: dict[str, int]


@dataclass(frozen=True)
class Sample:
    time: float
    index: Index
    hosts: np.ndarray  # (n_hosts, len(HOST_METRICS))
    layers: np.ndarray  # (n_layers, len(LAYER_METRICS))
    guests: np.ndarray  # (n_active_guests, len(GUEST_METRICS))

    def host(self, host_id: str) -> dict[str, float] | None:
        return _row(self.hosts, self.index.hosts.get(host_id), HOST_METRICS)

    def layer(self, layer_id: str) -> dict[str, float] | None:
        return _row(self.layers, self.index.layers.get(layer_id), LAYER_METRICS)

    def guest(self, guest_id: str) -> dict[str, float] | None:
        return _row(self.guests, self.index.guests.get(guest_id), GUEST_METRICS)


def _row(arr: np.ndarray, i: int | None, names: tuple[str, ...]) -> dict[str, float] | None:
    if i is None:
        return None
    return dict(zip(names, arr[i].tolist(), strict=True))


_TABLES = {
    "host": ("hosts", HOST_COL),
    "layer": ("layers", LAYER_COL),
    "guest": ("guests", GUEST_COL),
}


class History:
    """The last ``maxlen`` samples."""

    def __init__(self, maxlen: int = 240):
        self._samples: deque[Sample] = deque(maxlen=maxlen)

    def append(self, sample: Sample) -> None:
        self._samples.append(sample)

    def clear(self) -> None:
        self._samples.clear()

    @property
    def maxlen(self) -> int:
        return self._samples.maxlen or 0

    def __len__(self) -> int:
        return len(self._samples)

    def __iter__(self) -> Iterator[Sample]:
        return iter(self._samples)

    @property
    def latest(self) -> Sample | None:
        return self._samples[-1] if self._samples else None

    def series(self, table: str, obj_id: str, metric: str, last: int | None = None) -> list[float]:
        """Values of one metric over time; 0.0 where the object was not active."""
        attr, cols = _TABLES[table]
        col = cols[metric]
        samples = list(self._samples)[-last:] if last else self._samples
        out = []
        for s in samples:
            i = getattr(s.index, attr).get(obj_id)
            out.append(0.0 if i is None else float(getattr(s, attr)[i, col]))
        return out
