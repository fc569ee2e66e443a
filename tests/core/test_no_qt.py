"""``core`` never imports Qt or ``gui``: it must run headless (CLI, batch, tests)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qtpy", "qtawesome", "gui")
# ``core.__main__`` runs the CLI when imported; its source is still scanned below.
CORE_MODULES = sorted(".".join(p.relative_to(ROOT).with_suffix("").parts)
                      for p in (ROOT / "core").rglob("*.py") if p.stem not in ("__init__", "__main__"))


def _forbidden(name: str) -> bool:
    return name.split(".")[0] in FORBIDDEN


def test_core_modules_found():
    assert {"core.sim.engine", "core.sim.world", "core.sim.rules", "core.sim.graph"} <= set(CORE_MODULES)


def test_importing_core_loads_no_qt():
    # A fresh interpreter: this test process may already hold Qt from GUI tests.
    code = (
        "import importlib, json, sys\n"
        f"for m in {CORE_MODULES!r}: importlib.import_module(m)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, check=True)
    loaded = json.loads(out.stdout)
    assert set(CORE_MODULES) <= set(loaded)
    assert [m for m in loaded if _forbidden(m)] == []


def test_core_source_has_no_qt_imports():
    bad = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                    "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
                names = [str(node.args[0].value)]
            else:
                continue
            bad += [f"{path.name}:{node.lineno}: {n}" for n in names if _forbidden(n)]
    assert bad == []
