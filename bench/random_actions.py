"""The long random-action run: a seeded monkey drives the real window for 20,000 actions.

The same actions and invariant checks as ``tests/gui/test_random_actions.py``
(``tests/gui/random_actions.py``), for longer.  Prints every action with
``--verbose``, a progress line every 1,000 actions (world size, undo depth,
RSS, actions per second), and at the end: how often each action ran, and the
result of undoing everything (must give back the starting world exactly),
redoing everything and undoing everything again.  After every action (every
``--check-every``) the layer graph the window keeps band by band must equal
``build_layer_graph(world)``.  Each save-and-reopen first
undoes and redoes the segment it ends, so undo is checked over the whole run.
The undo stack is bounded by the "undo_limit" preference (1,000 steps); the
run fails if RSS at the end is over twice RSS at the start.  The start is read
once the window is on screen with the demo lab open and drawn (``make_window``
shows it and lets Qt paint); the lab's record, which keeps every step the
monkey takes, is the one thing meant to grow (its item count is printed).
Exits 1 on the first broken invariant, printing the last actions.  On
SIGUSR1 (``kill -USR1 PID``) it stops after the current action and finishes
as if that were the last one (undo all, redo all, undo all, figures): a run
too long for the time at hand still ends with its checks.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/random_actions.py [--actions 20000] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_soak import rss_mb  # noqa: E402


class _Stop(Exception):
    """Raised from the progress callback after SIGUSR1: end the run early, checks still done."""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--actions", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check-every", type=int, default=1, help="check the invariants every N actions")
    ap.add_argument("--verbose", action="store_true", help="print every action")
    args = ap.parse_args(argv)

    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([])  # noqa: F841 (keeps the application alive)
    import networkx as nx

    from core.sim.graph import build_layer_graph
    from gui.document.heap import keep_big_blocks_apart
    from tests.gui.random_actions import Monkey, make_window

    tmp = Path(tempfile.mkdtemp(prefix="virtlab-monkey-"))
    keep_big_blocks_apart()  # as gui.shell.app.main does before the window is made
    win = make_window(None, tmp)
    monkey = Monkey(win, args.seed, tmp)
    start_rss, t0 = rss_mb(), time.perf_counter()
    print(f"seed {args.seed}, {args.actions} actions, demo lab: {len(win.doc.world.hosts)} hosts, "
          f"{len(win.doc.world.guests)} guests; undo limit {win.doc.undo_stack.undoLimit()}; "
          f"RSS {start_rss:.0f} MB", flush=True)

    stop = []
    signal.signal(signal.SIGUSR1, lambda *_: stop.append(True))
    done, graph_checks = [0], [0]

    def progress(i: int, what: str) -> None:
        done[0] = i + 1
        if i % args.check_every == 0:
            # The layer graph the window keeps host band by host band is the one built from
            # scratch: same nodes, edges and attributes (issue 17).
            live = win.graph.live.graph if win.graph.live is not None else nx.DiGraph()
            fresh = build_layer_graph(win.doc.world)
            assert dict(live.nodes(data=True)) == dict(fresh.nodes(data=True)) and nx.utils.graphs_equal(
                live, fresh), f"incremental layer graph differs from build_layer_graph after action {i} ({what})"
            graph_checks[0] += 1
        if stop:
            print(f"SIGUSR1: stopping after {i + 1} actions", flush=True)
            raise _Stop
        if args.verbose:
            print(f"{i:6d} {what}")
        if (i + 1) % 1000 == 0:
            w, st = win.doc.world, win.doc.undo_stack
            rate = (i + 1) / (time.perf_counter() - t0)
            record = win.files.meta.record
            print(f"{i + 1:6d} actions: {len(w.hosts)} hosts, {len(w.guests)} guests, undo {st.index()}/"
                  f"{st.count()}, t={w.time:.0f} s simulated, record {len(record.items) if record else 0} items, "
                  f"RSS {rss_mb():.0f} MB, {rate:.0f} actions/s", flush=True)

    try:
        try:
            monkey.run(args.actions, args.check_every, progress)
        except _Stop:
            pass
        exact_before = monkey.segments_checked
        undone = monkey.undo_all()
        redone = monkey.redo_all()
        again = monkey.undo_all()
        # Beyond the undo limit, index 0 is only the oldest step kept: nothing to compare exactly.
        result = "equal" if monkey.segments_checked == exact_before + 2 else "not compared (beyond the undo limit)"
    except AssertionError as e:
        print("\nFAILED:", e)
        print("last actions:\n  " + "\n  ".join(monkey.log[-15:]))
        return 1
    elapsed, end_rss = time.perf_counter() - t0, rss_mb()
    print("\nactions run:", ", ".join(f"{k} {v}" for k, v in monkey.counts.most_common()))
    print(f"undo all: {undone} steps back to the start, {result}; redo all: {redone} steps; "
          f"undo all again: {again} steps, {result}")
    print(f"segments undone back to their start and compared exactly: {monkey.segments_checked}; "
          f"longer than the undo limit (undone to the oldest kept step): {monkey.beyond_limit}")
    print(f"actions done: {done[0]} of {args.actions}; incremental layer graph equal to build_layer_graph "
          f"after each of {graph_checks[0]} checked actions")
    print(f"time: {elapsed:.0f} s ({done[0] / elapsed:.1f} actions/s); "
          f"RSS start {start_rss:.0f} MB, end {end_rss:.0f} MB ({end_rss / start_rss:.2f}x)")
    if end_rss > 2 * start_rss:
        print("FAILED: RSS at the end is over twice RSS at the start")
        return 1
    win.doc.set_running(False)
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
