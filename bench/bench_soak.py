"""Soak: run a demo-like world for 100,000 ticks and check memory stays flat.

Prints the resident set size (VmRSS) before and after, the growth, ticks per
second, and whether the metric history stayed bounded at its ``maxlen``.
Every tick is checked: no NaN or infinity in any meter, no negative value, no
percentage over 100 (the lowest and highest value of each percentage meter
are printed).  ``--ticks 1000000`` is the one-million-tick soak of
docs/robustness.md.
Uses the bundled demo lab when ``core.files.scenario`` can load it, else an
equivalent world built in code.

    .venv/bin/python bench/bench_soak.py [--ticks 100000]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.files.locations import demo_lab  # noqa: E402
from core.model.hardware import HOST_TEMPLATES  # noqa: E402
from core.model.kinds import GuestState, IoPath, Mode, Network, Product, Technique  # noqa: E402
from core.model.objects import ContainerConfig, Guest, Host, VmConfig  # noqa: E402
from core.sim.world import World  # noqa: E402


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; peak RSS elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def built_demo() -> World:
    """A classroom-sized world: one host per stack, a few guests on each."""
    w = World(seed=7)
    hosts = (
        ("pc1", "lab-pc", Mode.HOSTED, Product.VMWARE_WORKSTATION),
        ("esx", "rack-server", Mode.BARE_METAL, Product.ESXI),
        ("xen", "rack-server", Mode.BARE_METAL, Product.XEN),
        ("kvm", "rack-server", Mode.HYBRID, Product.KVM),
        ("dock", "lab-pc", Mode.CONTAINER, Product.DOCKER),
        ("bare", "lab-pc", Mode.NATIVE, None),
    )
    for hid, tpl, mode, product in hosts:
        w.add_host(Host(hid, hid, HOST_TEMPLATES[tpl], mode, product))
    vms = (
        ("pc1", "win10", "windows-10", Technique.HARDWARE, IoPath.EMULATED, "os-heavy"),
        ("pc1", "ubu", "ubuntu-24.04", Technique.FULL, IoPath.PARAVIRTUAL, "web-server"),
        ("esx", "db", "rocky-9", Technique.HARDWARE, IoPath.PASSTHROUGH, "database"),
        ("esx", "web", "ubuntu-24.04", Technique.HARDWARE, IoPath.PARAVIRTUAL, "web-server"),
        ("xen", "pv", "xen-pv-linux", Technique.PARA, IoPath.PARAVIRTUAL, "os-heavy"),
        ("kvm", "k1", "debian-12", Technique.HARDWARE, IoPath.PARAVIRTUAL, "disk-rand"),
        ("kvm", "k2", "debian-12", Technique.HARDWARE, IoPath.EMULATED, "net-throughput"),
    )
    for hid, gid, os, tech, io, wl in vms:
        cfg = VmConfig(os, vcpus=2, memory_mb=4096, technique=tech, io=io, network=Network.NAT)
        w.add_guest(Guest(gid, gid, hid, cfg, wl))
    for k, image in enumerate(("nginx", "redis", "mysql", "busybox")):
        cfg = ContainerConfig(image, network=(Network.NAT, Network.HOST)[k % 2])
        w.add_guest(Guest(f"c{k}", image, "dock", cfg, "web-server" if k == 0 else "idle"))
    for gid in w.guests:
        w.restore_state(gid, GuestState.RUNNING)
    return w


def load_demo() -> tuple[World, str]:
    path = demo_lab()
    try:
        from core.files import scenario  # written by another helper; may not exist yet
    except ImportError:
        return built_demo(), "built in code (core.files.scenario not available)"
    if not path.exists() or not hasattr(scenario, "load_scenario"):
        return built_demo(), "built in code (no demo lab or loader)"
    world = scenario.load_scenario(path).world
    for gid, g in world.guests.items():  # a soak measures running guests
        if g.state is GuestState.OFF and world.check_power_on(gid):
            world.power_on(gid)
    return world, str(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ticks", type=int, default=100_000)
    ap.add_argument("--progress", type=int, default=0, help="print RSS every N ticks")
    args = ap.parse_args(argv)
    world, origin = load_demo()
    print(f"world: {origin}: {len(world.hosts)} hosts, {len(world.guests)} guests")
    for _ in range(1000):  # warm up: fill the history, compile, settle any boots
        world.step()
    before = rss_mb()
    ranges = MeterRanges()
    t0 = time.perf_counter()
    for i in range(args.ticks):
        ranges.add(world.step())
        if args.progress and (i + 1) % args.progress == 0:
            print(f"  {i + 1:,} ticks, RSS {rss_mb():.1f} MB, {(i + 1) / (time.perf_counter() - t0):,.0f} ticks/s",
                  flush=True)
    elapsed = time.perf_counter() - t0
    after = rss_mb()
    bounded = len(world.history) == world.history.maxlen
    print(f"ticks: {args.ticks} in {elapsed:.1f} s = {args.ticks / elapsed:,.0f} ticks/s")
    print(f"RSS before: {before:.1f} MB, after: {after:.1f} MB, growth: {after - before:+.1f} MB")
    print(f"history bounded: {bounded} (len {len(world.history)}, maxlen {world.history.maxlen})")
    ranges.report()
    return 0 if bounded and ranges.ok else 1


class MeterRanges:
    """Lowest and highest value of every percentage meter, and any NaN or negative value seen."""

    def __init__(self):
        from core.sim.metrics import GUEST_METRICS, HOST_METRICS, LAYER_METRICS

        self.tables = {name: [i for i, m in enumerate(ms) if m.endswith("_pct")]
                       for name, ms in (("hosts", HOST_METRICS), ("layers", LAYER_METRICS), ("guests", GUEST_METRICS))}
        self.names = {"hosts": HOST_METRICS, "layers": LAYER_METRICS, "guests": GUEST_METRICS}
        self.lo: dict[str, float] = {}
        self.hi: dict[str, float] = {}
        self.bad: list[str] = []

    def add(self, sample) -> None:
        for table, cols in self.tables.items():
            arr = getattr(sample, table)
            if not arr.size:
                continue
            if not np.isfinite(arr).all():
                self._bad(f"t={sample.time:g}: NaN or infinity in {table}")
            elif arr.min() < -1e-9:
                self._bad(f"t={sample.time:g}: negative value in {table}")
            pct = arr[:, cols]
            lo, hi = pct.min(axis=0), pct.max(axis=0)
            for k, c in enumerate(cols):
                key = f"{table[:-1]}.{self.names[table][c]}"
                self.lo[key] = min(self.lo.get(key, np.inf), float(lo[k]))
                self.hi[key] = max(self.hi.get(key, -np.inf), float(hi[k]))
                if hi[k] > 100 + 1e-9:
                    self._bad(f"t={sample.time:g}: {key} = {hi[k]:.3f} % (over 100 %)")

    def _bad(self, text: str) -> None:
        if len(self.bad) < 10:
            self.bad.append(text)

    @property
    def ok(self) -> bool:
        return not self.bad

    def report(self) -> None:
        print("percentage meters (min .. max over every tick):")
        for key in sorted(self.lo):
            print(f"  {key:22s} {self.lo[key]:7.2f} .. {self.hi[key]:7.2f} %")
        print("NaN / negative / over 100 %: " + ("none" if self.ok else "; ".join(self.bad)))


if __name__ == "__main__":
    sys.exit(main())
