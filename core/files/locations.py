"""Where VirtLab's bundled files are: the top-level ``resources/`` folder.

In a source checkout (and the editable install the README uses) it sits next
to ``core/``; a PyInstaller bundle puts it beside the executable's modules
under the same relative path, so one rule serves both.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / "resources"


def labs_dir() -> Path:
    return resources_dir() / "labs"


def demo_lab() -> Path:
    return labs_dir() / "demo.vlab"
