"""Live GUI soak: the real window runs the demo lab on its own clock for a long time.

The document's timer ticks at 30 Hz at 16x speed (the fastest a student can
set); every few seconds the selection moves to another host or guest so the
tabs, library and graph keep being redrawn.  Prints RSS at the start (after a
warm-up), every ``--report`` seconds and at the end, the ticks and simulated
time reached, and the lowest and highest value of every percentage meter
(any NaN, negative or over-100 % value is reported and makes the exit code 1).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/soak_gui.py [--seconds 600]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_soak import MeterRanges, rss_mb  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=600.0, help="wall-clock seconds to run")
    ap.add_argument("--warmup", type=float, default=10.0)
    ap.add_argument("--report", type=float, default=60.0, help="print RSS every N seconds")
    args = ap.parse_args(argv)

    from PySide6.QtCore import QEventLoop, QStandardPaths, QTimer
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([])
    from tests.gui.random_actions import make_window

    win = make_window(None, Path(tempfile.mkdtemp(prefix="virtlab-soak-")))
    doc = win.doc
    for gid in list(doc.world.guests):  # a soak measures running guests
        if doc.world.check_power_on(gid):
            doc.power_on(gid)
    doc.undo_stack.clear()
    ranges = MeterRanges()
    doc.ticked.connect(lambda: ranges.add(doc.world.latest))
    ids = sorted(doc.world.hosts) + sorted(doc.world.guests)
    turn = {"i": 0}

    def next_selection() -> None:
        win.set_current(ids[turn["i"] % len(ids)])
        turn["i"] += 1

    chooser = QTimer(interval=3000, timeout=next_selection)
    chooser.start()
    doc.set_tick_rate(30)
    doc.set_speed(16.0)
    doc.set_running(True)

    def run_for(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    run_for(args.warmup)
    start_rss, start_ticks, t0 = rss_mb(), doc.world.time, time.perf_counter()
    print(f"demo lab, {len(doc.world.hosts)} hosts, {len(doc.world.guests)} guests; 30 Hz at 16x")
    print(f"after {args.warmup:.0f} s warm-up: RSS {start_rss:.1f} MB")
    left = args.seconds
    while left > 0:
        chunk = min(args.report, left)
        run_for(chunk)
        left -= chunk
        print(f"  {time.perf_counter() - t0:6.0f} s: RSS {rss_mb():.1f} MB, simulated t={doc.world.time:,.0f} s",
              flush=True)
    doc.set_running(False)
    chooser.stop()
    end_rss = rss_mb()
    wall = time.perf_counter() - t0
    ticks = (doc.world.time - start_ticks) / (doc.speed / doc.tick_hz)
    print(f"ran {wall:.0f} s: {ticks:,.0f} ticks ({ticks / wall:.1f} per second), "
          f"simulated {doc.world.time - start_ticks:,.0f} s")
    print(f"RSS start {start_rss:.1f} MB, end {end_rss:.1f} MB, growth {end_rss - start_rss:+.1f} MB")
    print(f"event log lines: {len(win.event_log.lines())} (bounded)")
    ranges.report()
    win.close()
    app.processEvents()
    return 0 if ranges.ok else 1


if __name__ == "__main__":
    sys.exit(main())
