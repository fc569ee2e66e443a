"""Fuzz the lab readers: thousands of mutated labs through ``virtlab-sim run`` and the window.

Writes ``--cli`` mutated labs (``bench/fuzz_mutators.py``: byte flips,
truncation, type swaps, extreme numbers, deep nesting, huge strings,
invisible and RTL characters, duplicated ids and keys, BOMs and UTF-16/32,
FIFOs, sockets, folders, devices) made from the bundled labs, and runs each
through ``virtlab-sim run FILE --seconds 5`` in its own process
(``bench/fuzz_cli.py``: ``--mode exec`` starts ``python -m core``, ``--mode
fork`` forks the entry point from an imported parent, ten times faster).  Allowed:
exit 0, or exit 2 with exactly one line under 300 characters starting
"virtlab-sim: error: ".  A failure: a traceback, any other exit status, a
run over ``--timeout`` seconds (a hang), or a peak RSS over 1 GB.

Then ``--window`` other files (special files and the biggest first) are
opened in one offscreen main window with ``MainWindow.open_lab``: it must
return, never raise (in the call or in a Qt slot), and a refusal must show
the error box with a short message holding no raw invisible character.

Prints counts per mutator and per outcome, the slowest runs, and every
failure (its file is kept in ``--keep``).  Exit status 1 if anything failed.

    nice -n 10 .venv/bin/python bench/fuzz_labs.py --cli 10000 --window 1000 --jobs 2 --mode fork
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import random
import shutil
import socket
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.fuzz_cli import GOOD, HIDDEN, fuzz_cli  # noqa: E402
from bench.fuzz_mutators import Special, mutate  # noqa: E402


def seeds() -> list[tuple[dict, str]]:
    labs = sorted((ROOT / "resources" / "labs").glob("*.vlab"))
    return [(json.loads(p.read_text(encoding="utf-8")), p.read_text(encoding="utf-8")) for p in labs]


def write_case(folder: Path, i: int, content, keep_alive: list) -> Path:
    """The i-th file; a socket is kept open in ``keep_alive`` until the run ends."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"lab{i:05d}.vlab"
    if not isinstance(content, Special):
        path.write_bytes(content)
    elif content.kind == "fifo":
        os.mkfifo(path)
    elif content.kind == "socket":
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.bind(str(path))
        keep_alive.append(s)
    elif content.kind == "folder":
        path.mkdir()
    elif content.kind == "device":
        path.symlink_to("/dev/zero")
    elif content.kind == "dangling":
        path.symlink_to(folder / "nowhere")
    else:
        path.write_bytes(b"")
    return path


def iter_cases(n: int, seed: int, folder: Path, keep_alive: list):
    """(mutator name, path) of n mutated labs, each written when it is asked for."""
    rng = random.Random(seed)
    labs = seeds()
    for i in range(n):
        name, content = mutate(rng, labs)
        yield name, write_case(folder, i, content, keep_alive)


def make_cases(n: int, seed: int, folder: Path, keep_alive: list) -> list[tuple[str, Path]]:
    return list(iter_cases(n, seed, folder, keep_alive))


# --- the CLI ----------------------------------------------------------------------------

# --- the window ------------------------------------------------------------------------

def open_in_window(window, path: Path, timeout: float) -> dict:
    """``window.open_lab(path)``: what happened, how long until the refusal was shown."""
    from PySide6.QtWidgets import QApplication

    errors: list[str] = []
    old_hook = sys.excepthook
    sys.excepthook = lambda t, e, tb: errors.append(f"{t.__name__}: {e}"[:300])  # raised in a Qt slot
    faulthandler.dump_traceback_later(timeout, exit=True)  # a hang ends the run with every stack printed
    window.error_box = None
    start = time.perf_counter()
    try:
        loaded = window.open_lab(path)
        QApplication.processEvents()
    except Exception as e:  # noqa: BLE001 -- counted as a failure, not a crash of the fuzzer
        errors.append(f"{type(e).__name__}: {e}"[:300])
        loaded = False
    finally:
        faulthandler.cancel_dump_traceback_later()
        sys.excepthook = old_hook
    seconds = time.perf_counter() - start
    box = window.error_box
    text = box.informativeText() if box is not None else ""
    if errors:
        verdict = "exception: " + errors[0]
    elif loaded:
        verdict = "ok"
    elif box is None or not box.isVisible():
        verdict = "refusal not shown"
    elif len(text) > 1000 or HIDDEN & set(text):
        verdict = "message too long or not escaped"
    else:
        verdict = "refused"
    if box is not None:
        box.close()
        box.deleteLater()
    window.error_box = None
    return {"verdict": verdict, "seconds": seconds, "message_chars": len(text)}


def window_cases(cases: list, n: int) -> list:
    """The nastiest first: special files, then the biggest files, then the rest in order."""
    def size(p: Path) -> int:
        try:
            return p.lstat().st_size if p.is_file() and not p.is_symlink() else -1
        except OSError:
            return -1
    special = [c for c in cases if size(c[1]) < 0]
    rest = sorted((c for c in cases if size(c[1]) >= 0), key=lambda c: -size(c[1]))
    big, others = rest[: n // 4], rest[n // 4:]
    return (special + big + others)[:n]


def fuzz_window(cases, timeout: float, progress: int = 100) -> list[dict]:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([])  # noqa: F841 (keeps the application alive)
    from gui.document.document import Document
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("VIRTLAB_DATA_DIR", tmp)
        window = MainWindow(Document(), Settings(Path(tmp) / "settings.ini"))
        window.files.answers["unsavedBox"] = "discard"
        window.show()
        results = []
        for i, (name, path) in enumerate(cases):
            r = open_in_window(window, path, timeout)
            r.update(mutator=name, path=path)
            results.append(r)
            if r["verdict"] == "ok":
                window.files.new()  # back to a small lab: the next open does not pay for this one
            if progress and (i + 1) % progress == 0:
                print(f"  window {i + 1}/{len(cases)}", flush=True)
        window.doc.set_running(False)
        window.close()
        window.deleteLater()
    return results


# --- report -----------------------------------------------------------------------------


def report(title: str, results: list[dict], keep: Path | None) -> int:
    verdicts = Counter(r["verdict"] for r in results)
    bad = [r for r in results if r["verdict"] not in GOOD]
    print(f"\n{title}: {len(results)} files, " + ", ".join(f"{k} {v}" for k, v in verdicts.most_common()))
    by = Counter((r["mutator"], r["verdict"] if r["verdict"] in GOOD else "FAIL") for r in results)
    for m in sorted({r["mutator"] for r in results}):
        print(f"  {m:20} ok {by[(m, 'ok')]:5}  refused {by[(m, 'refused')]:5}  failed {by[(m, 'FAIL')]:3}")
    if results:
        times = sorted(r["seconds"] for r in results)
        print(f"  seconds per file: median {times[len(times) // 2]:.2f}, p99 {times[len(times) * 99 // 100]:.2f}")
        for r in sorted(results, key=lambda r: -r["seconds"])[:3]:
            size = r.get("bytes", r["path"].stat().st_size if r["path"].is_file() else -1)
            print(f"  slow: {r['seconds']:.2f} s {r['path'].name} ({r['mutator']}, {r['verdict']}, {size} bytes)")
        if "rss_kb" in results[0]:
            print(f"  peak RSS: {max(r['rss_kb'] for r in results) / 1024:.0f} MB")
        if "message_chars" in results[0]:
            print(f"  longest message shown: {max(r['message_chars'] for r in results)} characters")
    for r in bad:
        kept = ""
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            if r["path"].is_file():
                shutil.copy(r["path"], keep / r["path"].name)
                kept = f" (kept as {keep / r['path'].name})"
        print(f"  FAILED {r['path'].name} [{r['mutator']}]: {r['verdict']}{kept}")
        if r.get("err"):
            print("    " + r["err"][-600:].replace("\n", "\n    "))
    print(f"  failures: {len(bad)}")
    return len(bad)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", type=int, default=200, help="mutated labs run through virtlab-sim (default 200)")
    ap.add_argument("--window", type=int, default=50, help="of those, how many the window opens (default 50)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2, help="virtlab-sim processes at a time")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds before a run counts as a hang")
    ap.add_argument("--keep", type=Path, help="copy the files that failed here")
    ap.add_argument("--mode", choices=("exec", "fork"), default="exec",
                    help="exec: python -m core per file; fork: the same entry point in a forked child, faster")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    keep_alive: list = []
    with tempfile.TemporaryDirectory(prefix="virtlab-fuzz-") as tmp:
        failures = 0
        if args.cli:
            start = time.perf_counter()
            cases = iter_cases(args.cli, args.seed, Path(tmp) / "cli", keep_alive)
            results = fuzz_cli(cases, args.cli, args.timeout, args.jobs, args.mode)
            failures += report(f"virtlab-sim run ({args.mode}), seed {args.seed} ({time.perf_counter() - start:.0f} s)",
                               results, args.keep)
        if args.window:
            start = time.perf_counter()
            # Other files than the CLI's (seed + 1): the nastiest of a larger set.
            cases = make_cases(args.window * 2, args.seed + 1, Path(tmp) / "window", keep_alive)
            results = fuzz_window(window_cases(cases, args.window), args.timeout)
            failures += report(f"window open ({time.perf_counter() - start:.0f} s)", results, args.keep)
        for s in keep_alive:
            s.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
