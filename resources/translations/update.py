"""Refresh VirtLab's translations: lupdate the sources into the .ts, lrelease it into the .qm.

    .venv/bin/python resources/translations/update.py          # both steps
    .venv/bin/python resources/translations/update.py --release  # only .ts -> .qm

Run it after adding or changing user-visible strings in ``gui/``, then open
``virtlab_zh_CN.ts`` (Qt Linguist: ``.venv/bin/pyside6-linguist``, or any
editor), translate every ``type="unfinished"`` entry with the terms in
``docs/glossary.md``, and run it again so the committed .qm matches the .ts
(``tests/gui/test_i18n.py`` checks both).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# English needs a catalogue only for plural forms: the sources say "%n guest(s)" and
# virtlab_en.ts (lupdate -pluralonly) holds "%n guest" / "%n guests".
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the project's .venv), else on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into the venv that runs this script")
    return found


def sources() -> list[str]:
    """Every Python file under gui/, relative to the repository, in a stable order."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))


def ts_path(lang: str) -> Path:
    return HERE / f"virtlab_{lang}.ts"


def lupdate(ts: Path, plural_only: bool = False) -> None:
    # -no-obsolete drops strings no longer in the code; -locations none keeps
    # diffs small (line numbers change on every edit).
    extra = ["-pluralonly"] if plural_only else []
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", *extra,
                    "-ts", str(ts)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--release", action="store_true", help="only build the .qm from the .ts")
    args = p.parse_args(argv)
    for lang in LANGUAGES:
        ts = ts_path(lang)
        if not args.release:
            lupdate(ts, plural_only=lang == "en")
        lrelease(ts, ts.with_suffix(".qm"))
        unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
        print(f"{ts.name}: {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
