"""Grade 300 submissions of the bundled labs: seconds per submission, and the speed-up with workers.

The submissions are generated as the grader's tests make them
(``tests/core/students.py``): for each bundled lab with a solution in
``tests/core/test_labs.py``, a student who finishes it, one who stops after
one edit and one who does nothing, each lingering 60 simulated seconds, cycled
until there are ``--count`` files.  Each lab's class is then graded with
``virtlab-sim grade``'s own code, once in one process and once with a pool of
``--workers`` processes (default: every core).  Prints figures; not a test.

    .venv/bin/python bench/bench_grade.py [--count 300] [--workers N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.commands.grade import grade_all  # noqa: E402
from core.course.grading import Lab  # noqa: E402
from tests.core.students import lab_path, work  # noqa: E402
from tests.core.test_labs import SOLUTIONS  # noqa: E402

VARIANTS = (None, 1, 0)  # edits before the student stops: all, one, none


def make_class(folder: Path, count: int) -> dict[str, list[Path]]:
    """``count`` submission files over the labs, by lab name."""
    made: dict[str, list[Path]] = {}
    originals = {}
    for name in sorted(SOLUTIONS):
        for v in VARIANTS:
            originals[(name, v)] = work(name, SOLUTIONS[name], stop_after=v, linger=60).text()
    keys = list(originals)
    for i in range(count):
        name, v = keys[i % len(keys)]
        path = folder / f"student{i:03d} - {name}.vlab"
        path.write_text(originals[(name, v)], encoding="utf-8")
        made.setdefault(name, []).append(path)
    return made


def grade_class(made: dict[str, list[Path]], workers: int) -> tuple[float, int]:
    start, graded = time.perf_counter(), 0
    for name, files in made.items():
        rows = grade_all(Lab.read(lab_path(name)), files, workers)
        graded += sum(r["status"] == "graded" for r in rows)
    return time.perf_counter() - start, graded


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=300)
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = p.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="virtlab-grade-"))
    try:
        made = make_class(folder, args.count)
        n = sum(len(f) for f in made.values())
        one, graded = grade_class(made, 1)
        many, _ = grade_class(made, args.workers)
        print(f"{n} submissions of {len(made)} labs ({graded} graded, {n - graded} rejected)")
        print(f"1 process:   {one:7.2f} s  {one / n:.3f} s per submission")
        print(f"{args.workers} processes: {many:7.2f} s  {many / n:.3f} s per submission  "
              f"speed-up {one / many:.2f}x on {os.cpu_count()} cores")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
