"""Frame cost: one simulation step plus every live view's update and repaint.

A "frame" is ``document.step()`` (which emits ``ticked``: every view writes
its new values) followed by ``QApplication.processEvents()``, which runs the
paint events those updates queued.  Two settings are measured:

* views alone: the layer graph, a host tab and a guest tab, each its own
  window at 1200x800 (the graph once fitted, once at 100 %);
* the main window (``gui.shell.main_window.MainWindow`` with every feature and
  dock: library, palette, layer graph, event log, Learn and Lab) at 1440x900,
  with a host tab and a guest tab open: the real frame of the app.  It is
  measured with the guest tab in front, then with the host tab in front.

Target: 16 ms median (60 frames a second).  Settings go to a temporary file,
never the user's.

    .venv/bin/python bench/bench_frame.py [hosts] [guests] [--frames N]
    .venv/bin/python bench/bench_frame.py 500 20000 --frames 30   # the biggest lab virtlab-sim takes

Each main-window row also prints its ratio to a bare PySide6 window measured
at the start of the same run (``bare_window``), and the main window's build
time on the world against the bare window's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget  # noqa: E402

from core.model.hardware import HOST_TEMPLATES  # noqa: E402
from core.model.kinds import Mode, Product  # noqa: E402
from core.model.objects import ContainerConfig, Guest, Host, VmConfig  # noqa: E402
from core.sim.world import World  # noqa: E402

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


def ratio(xs: list[float], bare: tuple[float, float]) -> str:
    return f"  ({statistics.median(xs) / bare[1]:.1f}x a bare window's frame)"


def row(name: str, xs: list[float]) -> str:
    return f"{name:34} median {statistics.median(xs):6.2f} ms  p95 {percentile(xs, 0.95):6.2f} ms"


def bare_window(app, n: int = 30) -> tuple[float, float]:
    """A bare PySide6 window measured in the same run, to divide by: (open s, frame ms).

    Open: a ``QMainWindow`` of the main window's size with a tree and a text view,
    built, shown and painted.  Frame: one repaint of it (``update()`` +
    ``processEvents()``), the least any frame costs on this machine at this moment.
    """
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QSplitter, QTreeView

    t = time.perf_counter()
    win = QMainWindow()
    split = QSplitter(win)
    tree = QTreeView(split)
    tree.setModel(QStandardItemModel(tree))
    QPlainTextEdit("bare", split)
    win.setCentralWidget(split)
    win.resize(1440, 900)
    win.show()
    app.processEvents()
    open_s = time.perf_counter() - t

    def frame():
        win.update()
        split.widget(1).viewport().update()
        app.processEvents()

    measure(frame, 5)
    frame_ms = statistics.median(measure(frame, n))
    win.close()
    win.deleteLater()
    app.processEvents()
    return open_s, frame_ms


def frames(app, doc, n: int) -> list[float]:
    def frame():
        doc.step()
        app.processEvents()

    measure(frame, 10)  # warm caches
    return measure(frame, n)


def views_alone(app, world: World, n: int) -> list[str]:
    from gui.document.document import Document
    from gui.graph.view import GraphView
    from gui.tabs.guest_tab import GuestTab
    from gui.tabs.host_tab import HostTab

    doc = Document(world)
    t = time.perf_counter()
    graph = GraphView(doc)
    build_ms = (time.perf_counter() - t) * 1000
    views = [graph, HostTab(doc, "h2"), GuestTab(doc, "g2")]
    for v in views:
        v.resize(1200, 800)
        v.show()
    app.processEvents()
    out = [f"graph: {len(graph.items)} nodes built in {build_ms:.0f} ms; fitted at {graph.zoom():.0%}"]
    out.append(row("views alone, graph fitted", frames(app, doc, n)))
    graph.view.resetTransform()  # 100 %: every node is drawn with text and meters
    graph.view.centerOn(graph.items["h2/hw"])
    app.processEvents()
    out.append(row("views alone, graph at 100 %", frames(app, doc, n)))
    for v in views:
        v.close()
        v.deleteLater()
    doc.deleteLater()
    app.processEvents()
    return out


def main_window(app, world: World, n: int, settings_dir: str, bare: tuple[float, float]) -> list[str]:
    from gui.document.document import Document
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    t = time.perf_counter()
    doc = Document(world)
    win = MainWindow(doc, Settings(Path(settings_dir) / "bench.ini"))
    win.resize(1440, 900)
    win.show()
    app.processEvents()
    open_s = time.perf_counter() - t  # the world is built: this is the window's share of opening a lab
    for dock in win.findChildren(QDockWidget):
        dock.show()  # every dock, the Lab dock too (it hides itself for labs without goals)
    win.open_tab("h2")
    win.open_tab("g2")
    app.processEvents()
    graph = win.graph
    out = [f"main window {win.width()}x{win.height()}, graph dock {graph.view.viewport().width()}x"
           f"{graph.view.viewport().height()} at {graph.zoom():.0%}"]
    out.append(f"main window built and painted on the world: {open_s:.2f} s, {open_s / bare[0]:.1f}x the bare window")
    guest_front = frames(app, doc, n)
    out.append(row("main window, guest tab in front", guest_front) + ratio(guest_front, bare))
    win.set_current("h2")
    app.processEvents()
    host_front = frames(app, doc, n)
    out.append(row("main window, host tab in front", host_front) + ratio(host_front, bare))
    win.doc.set_running(False)
    win.files.close_event = lambda event: True  # nothing to save: close without asking
    win.close()
    win.deleteLater()
    app.processEvents()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("hosts", nargs="?", type=int, default=20)
    ap.add_argument("guests", nargs="?", type=int, default=400)
    ap.add_argument("--frames", type=int, default=100, help="frames measured per row (default 100)")
    args = ap.parse_args()
    QStandardPaths.setTestModeEnabled(True)  # never the user's settings or autosave folder
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")

    window = bare_window(app)
    print(f"bare PySide6 window (same run): opened in {window[0]:.3f} s, frame median {window[1]:.2f} ms")
    world = build_world(args.hosts, args.guests)
    bare = measure(lambda: world.step(0.25), 50)
    print(f"world: {args.hosts} hosts, {args.guests} guests")
    print(row("world.step alone", bare))
    for line in views_alone(app, world, args.frames):
        print(line)
    with tempfile.TemporaryDirectory() as d:
        for line in main_window(app, build_world(args.hosts, args.guests), args.frames, d, window):
            print(line)


if __name__ == "__main__":
    main()
