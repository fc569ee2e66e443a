"""Limits: how big a lab the window handles smoothly, measured.

For each size (hosts/guests, all guests running) a lab file is written and
then: loaded headless (``load_scenario``), opened in the real main window
(``files.open``: load plus every view built), one frame timed as
``document.step()`` + processing the repaint (host and guest tab open, graph
fitted), and structural changes (a guest added by the document, then undone, each
until painted; ``--changes`` of each, the median printed: the layer graph
redoes the changed host's band only).  Prints a table and the largest size whose
median frame stays under the smooth-frame budget (50 ms) and whose open
stays under ``OPEN_BUDGET_S``.  ``--front host`` times with h2's host tab in front
(its guest cards updated by every frame and change) instead of g2's guest tab.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/limits.py [--sizes 10/100,50/500,...] [--front host]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FRAME_BUDGET_MS = 50.0  # a frame under this keeps the window responsive (brief's "smooth")
OPEN_BUDGET_S = 5.0  # assumption: longer than this and a student thinks the window froze
SIZES = "20/400,200/2000,500/5000,500/20000"  # the last: virtlab-sim's limit (core.files.scenario)
STACKS = (("hosted", "vmware-workstation"), ("bare-metal", "esxi"), ("hybrid", "kvm"),
          ("container", "docker"), ("bare-metal", "xen"))


def lab(n_hosts: int, n_guests: int) -> dict:
    hosts = [{"id": f"h{i}", "name": f"Server {i + 1}", "template": "rack-server",
              "mode": STACKS[i % 5][0], "product": STACKS[i % 5][1]} for i in range(n_hosts)]
    guests = []
    for k in range(n_guests):
        i = k % n_hosts
        common = {"id": f"g{k}", "name": f"guest {k + 1}", "host": f"h{i}", "state": "running"}
        if STACKS[i % 5][0] == "container":
            guests.append({"kind": "container", "image": "nginx", **common})
        else:
            guests.append({"kind": "vm", "os": "ubuntu-24.04", "memory_mb": 4096, "workload": "web-server",
                           **common, **({"technique": "para"} if STACKS[i % 5][1] == "xen" else {})})
    return {"format": "virtlab-scenario", "version": 2, "title": f"{n_hosts}/{n_guests}",
            "hosts": hosts, "guests": guests}


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=SIZES, help="comma-separated hosts/guests")
    ap.add_argument("--frames", type=int, default=15)
    ap.add_argument("--changes", type=int, default=7, help="guests added and undone per size")
    ap.add_argument("--front", choices=("guest", "host"), default="guest",
                    help="the tab in front while timing: g2's (default) or its host h2's, whose guest cards then live")
    args = ap.parse_args(argv)

    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([])
    from core.files.scenario import load_scenario
    from core.model.catalog import VM_TEMPLATES

    template = next(iter(VM_TEMPLATES))
    from bench.bench_frame import bare_window
    from tests.gui.random_actions import make_window

    bare_open, bare_frame = bare_window(app)
    print(f"bare PySide6 window (same run): opened in {bare_open:.3f} s, frame median {bare_frame:.2f} ms; "
          f"'x' columns are ratios to these")
    tmp = Path(tempfile.mkdtemp(prefix="virtlab-limits-"))
    win = make_window(None, tmp)
    win.resize(1440, 900)
    doc = win.doc
    print(f"{'hosts/guests':>13} {'file MB':>8} {'load s':>7} {'open s':>7} {'x':>5} {'frame ms':>9} {'x':>5} "
          f"{'p95 ms':>7} {'change ms':>10} {'nodes':>6}")
    smooth = None
    for size in args.sizes.split(","):
        n_hosts, n_guests = map(int, size.split("/"))
        path = tmp / f"lab-{n_hosts}-{n_guests}.vlab"
        path.write_text(json.dumps(lab(n_hosts, n_guests)))
        mb = path.stat().st_size / 2**20
        load_s = timed(lambda p=path: load_scenario(p))
        open_s = timed(lambda p=path: (win.files.open(p), app.processEvents()))
        win.set_current("h2")
        win.set_current("g2")
        if args.front == "host":
            win.set_current("h2")
        app.processEvents()

        def frame():
            doc.step()
            app.processEvents()

        for _ in range(3):
            frame()
        frames = sorted(timed(frame) * 1000 for _ in range(args.frames))
        median, p95 = statistics.median(frames), frames[int(0.95 * (len(frames) - 1))]

        # A structure change as a student makes it: one guest dropped on a host (the
        # document's edit), then undone, each until its repaint is done.
        def add():
            doc.add_guest_from_template("h2", "vm", template)
            app.processEvents()

        def undo():
            win.actions.undo.trigger()
            app.processEvents()

        changes = []
        for _ in range(args.changes):
            changes += [timed(add) * 1000, timed(undo) * 1000]
        change_ms = statistics.median(changes)
        nodes = len(win.graph.items)
        print(f"{size:>13} {mb:8.2f} {load_s:7.2f} {open_s:7.2f} {open_s / bare_open:5.0f} {median:9.1f} "
              f"{median / bare_frame:5.1f} {p95:7.1f} {change_ms:10.1f} {nodes:6d}", flush=True)
        if median < FRAME_BUDGET_MS and open_s < OPEN_BUDGET_S:
            smooth = size
    print(f"largest smooth size (median frame < {FRAME_BUDGET_MS:.0f} ms, open < {OPEN_BUDGET_S:.0f} s): {smooth}")
    win.doc.set_running(False)
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
