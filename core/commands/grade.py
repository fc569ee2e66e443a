"""``virtlab-sim grade LAB.vlab SUBMISSION…``: grade a class by replaying each record.

Each submission is replayed from LAB (``core.course.grading``) in a pool of
processes (``--workers``, default: every core); a bad submission is a row with
its reason and never stops the run.  Prints a table (or ``--json``), and
writes ``--csv FILE`` and ``--html FILE``.  A folder among the submissions
stands for the ``.vlab`` files in it.  Progress goes to stderr on long runs.
A lab that cannot be used, or a report that cannot be written, is one line on
stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from core.commands import grade_report
from core.course.grading import Lab, grade_file, student_of

# A run this long prints progress (it takes seconds: a student's record replays in a fraction of one).
PROGRESS_FROM = 20


def _workers(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text[:80]!r}") from None
    if not 1 <= n <= 256:
        raise argparse.ArgumentTypeError("must be between 1 and 256")
    return n


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("grade", help="grade students' saved labs by replaying what they did")
    p.add_argument("lab", metavar="LAB", help="the .vlab file handed out")
    p.add_argument("submissions", nargs="+", metavar="SUBMISSION", help="students' .vlab files, or folders of them")
    p.add_argument("--csv", metavar="FILE", help="also write one row per student to FILE")
    p.add_argument("--html", metavar="FILE", help="also write a printable report to FILE")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--workers", metavar="N", type=_workers, default=None,
                   help="processes grading at once (default: every core; 1 grades in this process)")
    p.set_defaults(func=run)


def _files(items: list[str]) -> list[Path]:
    out: list[Path] = []
    for item in items:
        p = Path(item)
        out.extend(sorted(p.glob("*.vlab")) if p.is_dir() else [p])
    return out


def _safe(path: Path, lab: Lab) -> dict:
    """``grade_file`` that turns even a grader bug into a row: one file never stops the class."""
    try:
        return grade_file(path, lab)
    except Exception as e:  # noqa: BLE001 -- reported in the row, the run goes on
        return _failed(path, lab, f"could not be graded ({type(e).__name__}: {str(e)[:80]})")


def grade_all(lab: Lab, files: list[Path], workers: int | None = None, progress=None) -> list[dict]:
    """Rows in the order of ``files``; ``progress(done, total)`` is told as they finish."""
    workers = workers or os.cpu_count() or 1
    rows: list[dict | None] = [None] * len(files)
    if workers == 1 or len(files) < 2:
        for i, f in enumerate(files):
            rows[i] = _safe(f, lab)
            if progress:
                progress(i + 1, len(files))
        return rows
    with ProcessPoolExecutor(max_workers=min(workers, len(files))) as pool:
        futures = {pool.submit(_safe, f, lab): i for i, f in enumerate(files)}
        for done, future in enumerate(as_completed(futures), 1):
            i = futures[future]
            try:
                rows[i] = future.result()
            except Exception as e:  # noqa: BLE001 -- a worker that died (out of memory): that file's row says so
                rows[i] = _failed(files[i], lab, f"the grading process failed ({type(e).__name__})")
            if progress:
                progress(done, len(files))
    return rows


def _failed(path: Path, lab: Lab, reason: str) -> dict:
    return {"file": str(path), "student": student_of(path), "status": "rejected", "reason": reason,
            "goals": [None] * len(lab.goals), "met": 0, "actions": 0, "undos": 0, "sim_time": 0.0,
            "sessions": 0, "flags": [], "timeline": []}


def _progress(done: int, total: int) -> None:
    if total >= PROGRESS_FROM and (done == total or done % max(1, total // 20) == 0):
        print(f"graded {done}/{total}", file=sys.stderr, flush=True)


def run(args) -> int:
    lab = Lab.read(args.lab)  # a ScenarioError here is the CLI's exit 2
    rows = grade_all(lab, _files(args.submissions), args.workers, _progress)
    for option, write in (("csv", lambda: grade_report.as_csv(rows, lab)),
                          ("html", lambda: grade_report.as_html(rows, lab, args.lab))):
        target = getattr(args, option)
        if target:
            try:
                Path(target).write_text(write(), encoding="utf-8", newline="")
            except OSError as e:
                print(f"virtlab-sim: error: {target}: cannot write the {option.upper()} report: {e.strerror or e}",
                      file=sys.stderr)
                return 2
    sys.stdout.write(grade_report.as_json(rows, lab, args.lab) if args.json else grade_report.text(rows, lab))
    return 0
