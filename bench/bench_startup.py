"""Start-up until the demo lab is drawn: VirtLab against a bare PySide6 window.

Each runs as a fresh process, in turn, so they share the machine's state:

* bare — a QMainWindow with one qtawesome icon, at 1440x900;
* VirtLab, the demo lab drawn — ``gui.shell.app --quit-after 0``: the lab
  opens before the window's first paint, so the first picture is the lab
  (library, tabs, layer graph, Learn) and that paint is what a student waits
  for;
* VirtLab with a screenshot — ``--quit-after 0 --screenshot FILE``: the same
  plus a second rendering into a pixmap and a PNG file (how earlier versions
  of this script timed "until the lab is drawn", to exit);
* VirtLab with the demo lab running — ``--quit-after 2``: two seconds of
  ticks (the engine and numpy loaded, meters moving), for the peak resident
  set a student's session reaches at start (no screenshot: its pixmap and PNG
  encoder would add some 3 MiB a student's session does not have);
* the libraries' floor — the bare window after importing what the start-up
  lab cannot be drawn without (DESIGN.md): networkx (the layer graph is a
  ``networkx.DiGraph``) and pydantic with one model (the lab file's schema),
  imported before PySide6 with the garbage collector off, as VirtLab does;
  and the same with numpy (the engine of a running lab).  No VirtLab code
  runs in them: their ratio and resident set are the least any start-up
  with these libraries can reach on this machine.

The bare window and VirtLab's first paint each print a line the moment their
first paint is done (the event loop's next turn; for VirtLab through a small
wrapper around ``gui.shell.app``); the time is taken when that line arrives,
so closing down (VirtLab saves its window layout) is not counted.  The other
runs are timed to their exit.  Every run starts with an empty settings folder
(``XDG_CONFIG_HOME``): a first start, the same each time.  All run on the
offscreen platform with a 1440x900 screen (``SCREEN``), the bare window's
size, so VirtLab's window is as big as the bare one.

Prints the median and spread of each, with its CPU time (user + system, less
disturbed than wall time on a machine shared with other jobs), the ratio to
the bare window (target: the lab drawn at most 1.5x) and the peak resident
sets (target with the demo lab running: at most 130 MiB).

    .venv/bin/python bench/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
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
import os, sys, time
os.environ.setdefault("QT_API", "pyside6")
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar
import qtawesome as qta

def drawn():
    print("drawn", time.process_time(), flush=True)
    app.quit()

class QuitOnPaint(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, drawn)
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

# What the start-up lab needs before it can be drawn, without any of VirtLab: the libraries' floor.
LIBRARIES = r"""
import gc
gc.disable()
import networkx
import pydantic
class Lab(pydantic.BaseModel):
    title: str
"""

# gui.shell.app as ``python -m gui.shell.app --quit-after 0`` runs it, saying when its first paint is done.
APP = r"""
import sys, time
import gui.shell.app as app

def drawn(window):
    print("drawn", time.process_time(), flush=True)

sys.exit(app.main(["--quit-after", "0"], on_first_paint=drawn))
"""


# The offscreen platform's own screen is 800x800: VirtLab fits its window to the screen, the bare
# window does not.  Both get a 1440x900 screen (the bare window's size), so both paint as much.
SCREEN = {"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96,
                       "logicalBaseDpi": 96, "dpr": 1}]}


def platform(scratch: Path) -> str:
    """Qt's platform for the runs: offscreen on a 1440x900 screen, unless QT_QPA_PLATFORM names another."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if chosen != "offscreen":
        return chosen
    config = scratch / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    return f"offscreen:configfile={config}"


def timed(cmd: list[str], config: str, qpa: str) -> tuple[float, float, float]:
    """Seconds from process start until it says it has drawn (else until it exits), its CPU
    seconds until then, and its peak resident set in MiB.

    ``config``: an empty folder for the user's settings, the same for every run: a
    first start, not whatever window layout another session saved last.
    """
    env = dict(os.environ, QT_QPA_PLATFORM=qpa, XDG_CONFIG_HOME=config)
    # Measure as installed copies run: with compiled bytecode (main() compiles
    # it first).  Some machines set PYTHONDONTWRITEBYTECODE, which would make
    # every run recompile VirtLab's own sources and the bare window none.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline().split()  # "drawn CPU-SECONDS", or nothing at exit
    elapsed = time.perf_counter() - t0
    proc.stdout.read()
    # wait4 gives this child's own rusage: its peak RSS (Linux: KiB), not the
    # largest of all children so far as RUSAGE_CHILDREN would.
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if line[:1] == ["drawn"]:
        cpu = float(line[1])
    else:
        elapsed, cpu = time.perf_counter() - t0, usage.ru_utime + usage.ru_stime
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:3])} failed with exit status {proc.returncode}")
    return elapsed, cpu, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", "core", "gui"], cwd=ROOT, check=True)
    scratch = Path(tempfile.mkdtemp())
    shot, config, qpa = scratch / "startup.png", scratch / "config", platform(scratch)
    commands = {
        "bare": ("bare PySide6 window + 1 qtawesome icon", [sys.executable, "-c", BARE]),
        "lab": ("VirtLab, the demo lab drawn", [sys.executable, "-c", APP]),
        "shot": ("  the same + screenshot, to exit", [sys.executable, "-m", "gui.shell.app", "--quit-after", "0",
                                                      "--screenshot", str(shot)]),
        "live": ("VirtLab, demo lab running 2 s", [sys.executable, "-m", "gui.shell.app", "--quit-after", "2"]),
        "floor": ("floor: bare + networkx, pydantic", [sys.executable, "-c", LIBRARIES + BARE]),
        "floor_np": ("  the same + numpy (a running lab)", [sys.executable, "-c", LIBRARIES + "import numpy\n" + BARE]),
    }
    runs: dict[str, list[tuple[float, float, float]]] = {k: [] for k in commands}
    for i in range(args.runs + 1):  # the first round warms the file cache for all
        for key, (_title, cmd) in commands.items():
            shutil.rmtree(config, ignore_errors=True)  # the window saves its layout on closing
            config.mkdir()
            t = timed(cmd, str(config), qpa)
            if i:
                runs[key].append(t)
    med = {k: statistics.median(t for t, _, _ in v) for k, v in runs.items()}
    cpu = {k: statistics.median(c for _, c, _ in v) for k, v in runs.items()}
    rss = {k: statistics.median(r for _, _, r in v) for k, v in runs.items()}
    screen = ", 1440x900 screen" if ":configfile=" in qpa else ""
    print(f"runs each: {args.runs} (platform {qpa.split(':')[0]}{screen}; load average {os.getloadavg()[0]:.2f} "
          "at the end)")
    for key, (title, _cmd) in commands.items():
        times = [t for t, _, _ in runs[key]]
        print(f"{title:<40} median {med[key] * 1000:5.0f} ms (min {min(times) * 1000:.0f}, "
              f"max {max(times) * 1000:.0f}; CPU {cpu[key] * 1000:.0f} ms)  peak RSS {rss[key]:4.0f} MiB")
    print(f"ratio lab drawn (its first paint) / bare: {med['lab'] / med['bare']:.2f}x "
          f"(CPU time {cpu['lab'] / cpu['bare']:.2f}x)  (target <= 1.5x)")
    print(f"peak RSS with the demo lab running: {rss['live']:.0f} MiB (target <= 130; drawn: {rss['lab']:.0f}), "
          f"bare window {rss['bare']:.0f} MiB")
    print(f"the libraries' floor (no VirtLab code): {med['floor'] / med['bare']:.2f}x the bare window "
          f"(CPU time {cpu['floor'] / cpu['bare']:.2f}x), {rss['floor']:.0f} MiB; with numpy {rss['floor_np']:.0f} MiB")


if __name__ == "__main__":
    main()
