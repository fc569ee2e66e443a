"""Running ``virtlab-sim run FILE`` on many files, each in its own process, for ``bench/fuzz_labs.py``.

Two ways to start each process:

- ``exec``: ``python -m core run FILE --seconds 5``, exactly what a user or a
  script runs (about 0.3 s each, most of it starting Python and importing);
- ``fork``: a child forked from this already-imported process calls the same
  entry point, ``core.cli.main(["run", FILE, "--seconds", "5"])``, with its
  own stdout, stderr and exit status (``os._exit``): the same code on the same
  input, ten times faster, for the 10,000-file run.  An exception that
  escapes ``main`` is printed as a traceback and exits 1, as Python would.

Either way the parent waits with ``os.wait4`` (the child's peak RSS), kills a
child that runs over the timeout (a hang), and judges what it printed.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--seconds", "5"]
MAX_RSS_KB = 1024 * 1024  # 1 GB
MAX_LINE = 300
PREFIX = "virtlab-sim: error: "
# Characters that must never reach a message raw (they are escaped as \\u....).
HIDDEN = {"\u200b", "\u202e", "\u2066", "\x00", "\x1b", "\x85", "\u2028", "\ufeff"}
GOOD = ("ok", "refused")


def prepare_fork() -> None:
    """Import the CLI once, before any fork; one BLAS thread, so no lock is copied held into a child."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    import core.cli  # noqa: F401


def _start_fork(path: Path, out: int, err: int) -> int:
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:  # the child: never returns
        os.dup2(out, 1)
        os.dup2(err, 2)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        from core.cli import main

        try:
            code = main(["run", str(path), *ARGS])
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
        except BaseException:  # noqa: BLE001 -- what the interpreter would print
            traceback.print_exc()
            code = 1
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code if isinstance(code, int) else 1)


def _start_exec(path: Path, out: int, err: int) -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
               (os.POSIX_SPAWN_DUP2, out, 1), (os.POSIX_SPAWN_DUP2, err, 2)]
    return os.posix_spawn(sys.executable, [sys.executable, "-m", "core", "run", str(path), *ARGS], env,
                          file_actions=actions)


def judge(r: dict) -> str:
    """'ok', 'refused', or what went wrong."""
    if r["hung"]:
        return "hang"
    if r["rss_kb"] > MAX_RSS_KB:
        return "over 1 GB"
    if "Traceback" in r["err"]:
        return "traceback"
    if r["code"] == 0:
        return "ok" if r["out"] and not r["err"] else "exit 0 without a report"
    if r["code"] != 2:
        return f"exit {r['code']}"
    err = r["err"]
    if not (err.startswith(PREFIX) and err.endswith("\n") and err.count("\n") == 1):
        return "not one error line"
    if len(err) - 1 >= MAX_LINE:  # the line itself, without its newline
        return "error line too long"
    if HIDDEN & set(err):
        return "raw invisible character"
    return "refused"


def _remove(path: Path) -> None:
    """A file that passed is not needed any more (10,000 of them would fill gigabytes)."""
    try:
        path.rmdir() if path.is_dir() and not path.is_symlink() else path.unlink()
    except OSError:
        pass


def _finish(job: dict, status: int, usage, hung: bool) -> dict:
    out, err = job["out"], job["err"]
    out.seek(0)
    err.seek(0)
    r = {"code": os.waitstatus_to_exitcode(status), "out": out.read(4096),
         "err": err.read(1 << 20).decode("utf-8", "replace"), "seconds": time.perf_counter() - job["start"],
         "rss_kb": usage.ru_maxrss, "hung": hung, "mutator": job["case"][0], "path": job["case"][1]}
    out.close()
    err.close()
    r["verdict"] = judge(r)
    path = r["path"]
    r["bytes"] = path.stat().st_size if path.is_file() and not path.is_symlink() else -1
    if r["verdict"] in GOOD:
        _remove(r["path"])
    return r


def fuzz_cli(cases, total: int, timeout: float, jobs: int, mode: str = "exec", progress: int = 500) -> list[dict]:
    """Run each (name, path) of the iterator ``cases``, ``jobs`` at a time; the files that pass are removed."""
    start_one = _start_fork if mode == "fork" else _start_exec
    if mode == "fork":
        prepare_fork()
    running: dict[int, dict] = {}
    results: list[dict] = []
    more = True
    while True:
        while more and len(running) < max(1, jobs):
            case = next(cases, None)
            if case is None:
                more = False
                break
            out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
            pid = start_one(case[1], out.fileno(), err.fileno())
            running[pid] = {"case": case, "out": out, "err": err, "start": time.perf_counter(), "killed": False}
        if not running:
            return results
        pid, status, usage = os.wait4(-1, os.WNOHANG)
        if pid == 0:
            now = time.perf_counter()
            for p, job in running.items():
                if not job["killed"] and now - job["start"] > timeout:
                    os.kill(p, signal.SIGKILL)
                    job["killed"] = True
            time.sleep(0.005)
            continue
        job = running.pop(pid, None)
        if job is None:
            continue  # not one of ours
        results.append(_finish(job, status, usage, job["killed"]))
        if progress and len(results) % progress == 0:
            print(f"  cli {len(results)}/{total}: {dict(Counter(x['verdict'] for x in results))}", flush=True)
