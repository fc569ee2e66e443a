"""The host tab alone: frame and structural-change cost with many guests on one host.

``limits.py`` times the whole window, where the layer graph's share hides the
host tab's.  Here one ``HostTab`` (``--host``, h2 by default: in ``limits.lab`` a
KVM host) is shown
at 1366x768 with nothing else, and timed: a frame (``document.step()`` and
its repaint), a change (a guest added by the document, then undone, each
until painted), and a scroll to the middle and back (cards rebound), each a
median.  Also prints how many guest cards exist.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_host_tab.py [--sizes 5/2000,20/400] [--frames N]
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_host_tab.py --sizes 1/4000 --host h0   # 4,000 containers

A size of one host makes it a Docker host of running containers (a rack server's
datastore holds some 700 of ``limits.lab``'s VMs, not thousands).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def median_ms(fn, n: int) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def time_size(app, size: str, host: str, n: int) -> str:
    """One table row: the host tab of ``host`` in a ``limits.lab`` of ``size`` (hosts/guests)."""
    from bench.limits import lab
    from core.files.scenario import loads_scenario
    from core.model.catalog import VM_TEMPLATES
    from core.model.kinds import Mode
    from gui.document.document import Document
    from gui.tabs.guest_cards import GuestCard
    from gui.tabs.host_tab import HostTab

    n_hosts, n_guests = map(int, size.split("/"))
    spec = lab(n_hosts, n_guests)
    if n_hosts == 1:
        spec["hosts"][0].update(mode="container", product="docker")
        spec["guests"] = [{"kind": "container", "image": "nginx", "id": g["id"], "name": g["name"], "host": "h0",
                           "state": "running"} for g in spec["guests"]]
    doc = Document(loads_scenario(json.dumps(spec)).world)
    # What the host takes: a container host refuses VMs (and a refused add has nothing to undo).
    if doc.world.hosts[host].mode is Mode.CONTAINER:
        kind, template = "container", "nginx"
    else:
        kind, template = "vm", next(iter(VM_TEMPLATES))
    t = time.perf_counter()
    tab = HostTab(doc, host)
    tab.resize(1366, 768)
    tab.show()
    app.processEvents()
    open_ms = (time.perf_counter() - t) * 1000
    cards = len(tab.findChildren(GuestCard))
    bar = tab.scroll.verticalScrollBar()

    def frame():
        doc.step()
        app.processEvents()

    def change():
        verdict, _gid = doc.add_guest_from_template(host, kind, template)
        assert verdict.ok, verdict
        app.processEvents()
        doc.undo_stack.undo()
        app.processEvents()

    def scroll():
        bar.setValue(bar.maximum() // 2)
        app.processEvents()
        bar.setValue(0)
        app.processEvents()

    frame()
    frame_ms = median_ms(frame, n)
    change_ms = median_ms(change, n) / 2  # one change: half of an add and its undo
    scroll_ms = median_ms(scroll, n) / 2
    on_host = len(doc.world.guests_on(host))
    doc.set_running(False)
    tab.close()
    tab.deleteLater()
    app.processEvents()
    return f"{size:>13} {on_host:>6} {open_ms:8.0f} {cards:>6} {frame_ms:9.1f} {change_ms:10.1f} {scroll_ms:10.1f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="5/2000,20/400", help="comma-separated hosts/guests (limits.lab)")
    ap.add_argument("--frames", type=int, default=15, help="frames, changes and scrolls timed per size")
    ap.add_argument("--host", default="h2", help="the host whose tab is timed")
    args = ap.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    print(f"{'hosts/guests':>13} {'on ' + args.host:>6} {'open ms':>8} {'cards':>6} {'frame ms':>9} "
          f"{'change ms':>10} {'scroll ms':>10}")
    for size in args.sizes.split(","):
        print(time_size(app, size, args.host, args.frames), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
