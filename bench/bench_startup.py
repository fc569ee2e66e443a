"""Start-up to first paint: VirtLab on its demo lab vs a bare PySide6 window.

Both run as fresh processes, alternately, so they share the machine's state:

* baseline — a QMainWindow with one qtawesome icon, quitting right after its
  first paint;
* VirtLab  — ``python -m gui.shell.app --quit-after 0``: the window with every
  dock, which then opens the demo lab right after its first paint;
* VirtLab until the demo lab is drawn — the same with ``--screenshot``, which
  opens the lab before taking the picture: what a student waits for in all.

Prints the median and spread of each and the ratios (target for the first
paint: at most 1.5x the bare window).

    .venv/bin/python bench/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import os, sys
os.environ.setdefault("QT_API", "pyside6")
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar
import qtawesome as qta

class QuitOnPaint(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
w = QMainWindow()
bar = QToolBar(w)
bar.addAction(qta.icon("mdi6.server"), "host")
w.addToolBar(bar)
w.resize(1440, 900)
f = QuitOnPaint()
w.installEventFilter(f)
w.show()
app.exec()
"""


def timed(cmd: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # Measure as installed copies run: with compiled bytecode (main() compiles
    # it first).  Some machines set PYTHONDONTWRITEBYTECODE, which would make
    # every run recompile VirtLab's own sources and the bare window none.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", "core", "gui"], cwd=ROOT, check=True)
    bare_cmd = [sys.executable, "-c", BARE]
    app_cmd = [sys.executable, "-m", "gui.shell.app", "--quit-after", "0"]
    shot = Path(tempfile.mkdtemp()) / "startup.png"
    lab_cmd = [*app_cmd, "--screenshot", str(shot)]
    timed(bare_cmd), timed(app_cmd), timed(lab_cmd)  # warm the file cache for all
    bare, app, lab = [], [], []
    for _ in range(args.runs):
        bare.append(timed(bare_cmd))
        app.append(timed(app_cmd))
        lab.append(timed(lab_cmd))
    mb, ma, ml = statistics.median(bare), statistics.median(app), statistics.median(lab)
    print(f"runs each: {args.runs} (process start to exit after the first paint)")
    print(f"bare PySide6 window + 1 qtawesome icon: median {mb * 1000:7.0f} ms  "
          f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"VirtLab on the demo lab:               median {ma * 1000:7.0f} ms  "
          f"(min {min(app) * 1000:.0f}, max {max(app) * 1000:.0f})")
    print(f"VirtLab until the demo lab is drawn:    median {ml * 1000:7.0f} ms  "
          f"(min {min(lab) * 1000:.0f}, max {max(lab) * 1000:.0f})")
    print(f"ratio first paint / bare: {ma / mb:.2f}x  (target <= 1.5x)")
    print(f"ratio lab drawn / bare:   {ml / mb:.2f}x")


if __name__ == "__main__":
    main()
