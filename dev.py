#!/usr/bin/env python3
"""Set up VirtLab in a local virtual environment, then run the app or the tests.

    python3 dev.py run [ARGS...]   # opens the window on the bundled demo lab
    python3 dev.py test [ARGS...]  # the whole test suite (extra args go to pytest)
    python3 dev.py sim [ARGS...]   # the headless CLI, virtlab-sim

Needs only Python 3.10+ with venv.  The environment lives in ``.venv`` and is
reinstalled when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".virtlab-installed"


def ensure_env(extras: str) -> None:
    if sys.version_info < (3, 10):  # noqa: UP036 -- dev.py may be started by an older Python
        sys.exit("VirtLab needs Python 3.10 or newer.")
    if not PY.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    print("Installing VirtLab and its dependencies ...", flush=True)
    subprocess.check_call([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    subprocess.check_call([str(PY), "-m", "pip", "install", "--quiet", "-e", f".[{extras}]"], cwd=ROOT)
    STAMP.write_text(digest)


def main(argv: list[str]) -> int:
    cmd, rest = (argv[0], argv[1:]) if argv else ("run", [])
    ensure_env("test")
    if cmd == "run":
        return subprocess.call([str(PY), "-m", "gui.shell.app", *rest], cwd=ROOT)
    if cmd == "sim":
        return subprocess.call([str(PY), "-m", "core", *rest], cwd=ROOT)
    if cmd == "test":
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.call([str(PY), "-m", "pytest", *rest], cwd=ROOT, env=env)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
