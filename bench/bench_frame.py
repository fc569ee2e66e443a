"""Frame cost: one simulation step plus every live view's update and repaint.

A "frame" is ``document.step()`` (which emits ``ticked``: the graph, a host tab
and a guest tab update their values) followed by processing the paint events
of those three widgets, shown offscreen at 1200x800.  Target: 16 ms median
(60 frames a second leaves room for the rest of the window).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_frame.py [hosts] [guests]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from core.hardware import HOST_TEMPLATES  # noqa: E402
from core.kinds import Mode, Product  # noqa: E402
from core.model import ContainerConfig, Guest, Host, VmConfig  # noqa: E402
from core.world import World  # noqa: E402

STACKS = (
    (Mode.HOSTED, Product.VMWARE_WORKSTATION),
    (Mode.BARE_METAL, Product.ESXI),
    (Mode.HYBRID, Product.KVM),
    (Mode.CONTAINER, Product.DOCKER),
    (Mode.BARE_METAL, Product.XEN),
)
WORKLOADS = ("web-server", "database", "cpu", "os-heavy", "net-throughput")


def build_world(n_hosts: int, n_guests: int) -> World:
    """Hosts of every mode, guests spread evenly, all running."""
    w = World(seed=7)
    for i in range(n_hosts):
        mode, product = STACKS[i % len(STACKS)]
        w.add_host(Host(f"h{i}", f"Server {i + 1}", HOST_TEMPLATES["rack-server"], mode, product))
    for k in range(n_guests):
        host = w.hosts[f"h{k % n_hosts}"]
        cfg = ContainerConfig("nginx") if host.mode is Mode.CONTAINER else VmConfig("ubuntu-24.04", memory_mb=4096)
        w.add_guest(Guest(f"g{k}", f"guest {k + 1}", host.id, cfg, WORKLOADS[k % len(WORKLOADS)]))
        w.power_on(f"g{k}")
    w.run(120, 1.0)  # past every boot, so the frame measures steady state
    return w


def percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def measure(fn, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    n_hosts = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    n_guests = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    app = QApplication.instance() or QApplication([])
    from gui.document import Document
    from gui.graph_view import GraphView
    from gui.guest_tab import GuestTab
    from gui.host_tab import HostTab

    world = build_world(n_hosts, n_guests)
    bare = measure(lambda: world.step(0.25), 50)
    doc = Document(world)
    t = time.perf_counter()
    graph = GraphView(doc)
    build_ms = (time.perf_counter() - t) * 1000
    views = [graph, HostTab(doc, "h2"), GuestTab(doc, "g2")]
    for v in views:
        v.resize(1200, 800)
        v.show()
    app.processEvents()

    def frame():
        doc.step()
        app.processEvents()

    measure(frame, 10)  # warm caches
    fitted = measure(frame, 100)
    graph.view.resetTransform()  # 100 %: every node is drawn with text and meters
    graph.view.centerOn(graph.items["h2/hw"])
    app.processEvents()
    close = measure(frame, 100)
    nodes = len(graph.items)
    print(f"world: {n_hosts} hosts, {n_guests} guests, {nodes} graph nodes; graph built in {build_ms:.0f} ms")
    print(f"world.step alone       median {statistics.median(bare):6.2f} ms  p95 {percentile(bare, 0.95):6.2f} ms")
    for name, xs in (("frame, graph fitted", fitted), ("frame, graph at 100 %", close)):
        print(f"{name:22} median {statistics.median(xs):6.2f} ms  p95 {percentile(xs, 0.95):6.2f} ms")
    for v in views:
        v.close()


if __name__ == "__main__":
    main()
