"""Time one simulation tick at 100, 1,000 and 10,000 running guests.

Prints, for each world size: compile time, then median and p95 milliseconds
per ``world.step()`` and microseconds per guest.  Target: <= 10 ms per tick
at 10,000 guests.  A script that prints figures, not a test (a slow or busy
machine must not fail the suite).

    .venv/bin/python bench/bench_tick.py [--ticks 200] [--sizes 10:100,100:1000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.model.hardware import HOST_TEMPLATES  # noqa: E402
from core.model.kinds import GuestState, IoPath, Mode, Network, Product, Technique  # noqa: E402
from core.model.objects import ContainerConfig, Guest, Host, VmConfig  # noqa: E402
from core.sim.world import World  # noqa: E402

# Mixed stacks, cycled over hosts: every mode that runs guests.
STACKS = (
    (Mode.HYBRID, Product.KVM),
    (Mode.BARE_METAL, Product.ESXI),
    (Mode.BARE_METAL, Product.XEN),
    (Mode.HOSTED, Product.VMWARE_WORKSTATION),
    (Mode.CONTAINER, Product.DOCKER),
)
WORKLOADS = ("cpu", "os-heavy", "mmu-heavy", "memory-bandwidth", "disk-seq", "disk-rand",
             "net-throughput", "net-latency", "idle", "web-server", "database")
OSES = ("ubuntu-24.04", "debian-12", "rocky-9", "alpine-3")
IMAGES = ("nginx", "redis", "mysql", "python", "busybox")


def build_world(n_hosts: int, n_guests: int, seed: int = 1) -> World:
    """Rack-server hosts in mixed modes, guests spread evenly, all running."""
    w = World(seed=seed)
    hw = HOST_TEMPLATES["rack-server"]
    for i in range(n_hosts):
        mode, product = STACKS[i % len(STACKS)]
        w.add_host(Host(f"h{i}", f"host-{i}", hw, mode, product))
    for k in range(n_guests):
        host = w.hosts[f"h{k % n_hosts}"]
        wl = WORKLOADS[k % len(WORKLOADS)]
        if host.mode is Mode.CONTAINER:
            cfg = ContainerConfig(IMAGES[k % len(IMAGES)], cpu_limit=1.0, memory_limit_mb=512)
        else:
            tech = Technique.PARA if host.product is Product.XEN else Technique.HARDWARE
            io = (IoPath.PARAVIRTUAL, IoPath.EMULATED, IoPath.PASSTHROUGH)[k % 3]
            if host.mode is Mode.HOSTED and io is IoPath.PASSTHROUGH:
                io = IoPath.PARAVIRTUAL
            cfg = VmConfig(OSES[k % len(OSES)], vcpus=2, memory_mb=2048, technique=tech, io=io,
                           network=(Network.NAT, Network.BRIDGED)[k % 2])
        w.add_guest(Guest(f"g{k}", f"guest-{k}", host.id, cfg, wl))
    for gid in w.guests:
        w.restore_state(gid, GuestState.RUNNING)
    return w


def bench(n_hosts: int, n_guests: int, ticks: int) -> dict:
    w = build_world(n_hosts, n_guests)
    t0 = time.perf_counter()
    w.step()  # compiles the world once
    compile_ms = (time.perf_counter() - t0) * 1000
    times = []
    for _ in range(ticks):
        t0 = time.perf_counter()
        w.step()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    med = statistics.median(times)
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    return {"hosts": n_hosts, "guests": n_guests, "compile_ms": compile_ms,
            "median_ms": med, "p95_ms": p95, "us_per_guest": med * 1000 / n_guests}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ticks", type=int, default=200)
    ap.add_argument("--sizes", default="10:100,100:1000,1000:10000",
                    help="comma-separated hosts:guests pairs")
    args = ap.parse_args(argv)
    print(f"{'hosts':>6} {'guests':>7} {'compile ms':>11} {'median ms':>10} {'p95 ms':>8} {'us/guest':>9}")
    for pair in args.sizes.split(","):
        nh, ng = (int(x) for x in pair.split(":"))
        r = bench(nh, ng, args.ticks)
        print(f"{r['hosts']:>6} {r['guests']:>7} {r['compile_ms']:>11.1f} {r['median_ms']:>10.3f} "
              f"{r['p95_ms']:>8.3f} {r['us_per_guest']:>9.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
