"""Start-up to first paint: VirtLab on its demo lab vs a bare PySide6 window.

Both run as fresh processes, alternately, so they share the machine's state:

* baseline — a QMainWindow with one qtawesome icon, quitting right after its
  first paint;
* VirtLab  — ``python -m gui.shell.app --quit-after 0``: the window with every
  dock, which then opens the demo lab right after its first paint;
* VirtLab until the demo lab is drawn — the same with ``--screenshot``, which
  opens the lab before taking the picture: what a student waits for in all;
* VirtLab with the demo lab running — ``--quit-after 2 --screenshot``: the
  lab open and ticking for two seconds (the engine and numpy loaded, meters
  moving), for the peak resident set a student's session reaches at start.

Every run starts with an empty settings folder (``XDG_CONFIG_HOME``): a first
start, the same each time.  Prints the median and spread of each, the ratios
(target: the lab drawn at most 1.5x the bare window; the first paint is
printed too) and each run's peak resident set (target with the demo lab
running: at most 130 MiB).

    .venv/bin/python bench/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
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


def timed(cmd: list[str], config: str) -> tuple[float, float, float]:
    """Seconds from process start to its exit, its peak resident set in MiB, and its CPU seconds.

    CPU time (user + system) is printed beside the wall-clock time: on a
    machine shared with other jobs it shows the work done with less noise.

    ``config``: an empty folder for the user's settings, the same for every run: a
    first start, not whatever window layout another session saved last.
    """
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), XDG_CONFIG_HOME=config)
    # Measure as installed copies run: with compiled bytecode (main() compiles
    # it first).  Some machines set PYTHONDONTWRITEBYTECODE, which would make
    # every run recompile VirtLab's own sources and the bare window none.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # wait4 gives this child's own rusage: its peak RSS (Linux: KiB), not the
    # largest of all children so far as RUSAGE_CHILDREN would.
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:3])} failed with exit status {proc.returncode}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", "core", "gui"], cwd=ROOT, check=True)
    bare_cmd = [sys.executable, "-c", BARE]
    app_cmd = [sys.executable, "-m", "gui.shell.app", "--quit-after", "0"]
    scratch = Path(tempfile.mkdtemp())
    shot = scratch / "startup.png"
    lab_cmd = [*app_cmd, "--screenshot", str(shot)]
    live_cmd = [sys.executable, "-m", "gui.shell.app", "--quit-after", "2", "--screenshot", str(shot)]
    config = scratch / "config"
    runs: dict[str, list[tuple[float, float, float]]] = {"bare": [], "app": [], "lab": [], "live": []}
    for i in range(args.runs + 1):  # the first round warms the file cache for all
        for name, cmd in (("bare", bare_cmd), ("app", app_cmd), ("lab", lab_cmd), ("live", live_cmd)):
            shutil.rmtree(config, ignore_errors=True)  # the window saves its layout on closing
            config.mkdir()
            t = timed(cmd, str(config))
            if i:
                runs[name].append(t)
    med = {k: statistics.median(t for t, _, _ in v) for k, v in runs.items()}
    rss = {k: statistics.median(r for _, r, _ in v) for k, v in runs.items()}
    cpu = {k: statistics.median(c for _, _, c in v) for k, v in runs.items()}
    print(f"runs each: {args.runs} (process start to exit; load average {os.getloadavg()[0]:.2f} at the end)")
    for key, title in (("bare", "bare PySide6 window + 1 qtawesome icon"), ("app", "VirtLab, first paint"),
                       ("lab", "VirtLab until the demo lab is drawn"), ("live", "VirtLab, demo lab running 2 s")):
        times = [t for t, _, _ in runs[key]]
        print(f"{title:<40} median {med[key] * 1000:6.0f} ms (min {min(times) * 1000:.0f}, "
              f"max {max(times) * 1000:.0f}; CPU {cpu[key] * 1000:.0f} ms)  peak RSS {rss[key]:5.0f} MiB")
    print(f"ratio first paint / bare: {med['app'] / med['bare']:.2f}x (CPU time {cpu['app'] / cpu['bare']:.2f}x)")
    print(f"ratio lab drawn / bare:   {med['lab'] / med['bare']:.2f}x (CPU time {cpu['lab'] / cpu['bare']:.2f}x)  "
          "(target <= 1.5x)")
    print(f"peak RSS with the demo lab running: {rss['live']:.0f} MiB (target <= 130; drawn, before the first tick: "
          f"{rss['lab']:.0f}), bare window {rss['bare']:.0f} MiB")

if __name__ == "__main__":
    main()
