"""Build the one-folder PyInstaller bundle ``dist/virtlab`` and check its contents.

    python packaging/build_bundle.py            # build, verify, report
    python packaging/build_bundle.py --report   # verify and report an existing bundle

Run it with the interpreter of the venv that has VirtLab and PyInstaller
installed (``pip install -e .[package]``). Exits non-zero if a part the app
needs at run time is missing from the bundle.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "virtlab.spec"


def contents_dir(bundle: Path) -> Path:
    """PyInstaller >= 6 keeps everything but the executable in ``_internal``."""
    inner = bundle / "_internal"
    return inner if inner.is_dir() else bundle


def required_parts(bundle: Path) -> dict[str, list[Path]]:
    """What must be inside the bundle, by name -> candidate paths (one must exist)."""
    c = contents_dir(bundle)
    exe = bundle / ("virtlab.exe" if sys.platform == "win32" else "virtlab")
    plugins = c / "PySide6" / ("plugins" if sys.platform == "win32" else "Qt/plugins")
    parts = {
        "executable": [exe],
        "demo lab": [c / "resources" / "labs" / "demo.vlab"],
        "app icon": [c / "resources" / "icons" / "virtlab.svg"],
        "qtawesome fonts": list((c / "qtawesome" / "fonts").glob("fontawesome*-solid-*.ttf")),
        "offscreen platform plugin": list((plugins / "platforms").glob("*qoffscreen*")),
    }
    if sys.platform.startswith("linux"):
        parts["xcb platform plugin"] = [plugins / "platforms" / "libqxcb.so"]
    elif sys.platform == "win32":
        parts["windows platform plugin"] = [plugins / "platforms" / "qwindows.dll"]
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        parts[f"translation {qm.name}"] = [c / "resources" / "translations" / qm.name]
    return parts


def frozen_modules(exe: Path) -> set[str]:
    """Names of the Python modules frozen into the executable's PYZ archive."""
    from PyInstaller.archive.readers import CArchiveReader

    return set(CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz").toc)


def source_modules() -> set[str]:
    """Every module of VirtLab's own packages, as dotted names."""
    mods = set()
    for pkg in ("core", "gui"):
        for f in (ROOT / pkg).rglob("*.py"):
            rel = f.relative_to(ROOT).with_suffix("")
            parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
            mods.add(".".join(parts))
    return mods


def verify(bundle: Path) -> list[str]:
    """Names of required parts the bundle lacks (empty when complete)."""
    missing = []
    for name, candidates in required_parts(bundle).items():
        if not any(p.exists() for p in candidates):
            missing.append(name)
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        copy = contents_dir(bundle) / "resources" / "translations" / qm.name
        if copy.exists() and copy.read_bytes() != qm.read_bytes():
            missing.append(f"current {qm.name} (the bundle holds another version: rebuild)")
    exe = required_parts(bundle)["executable"][0]
    if exe.exists():
        # A module the scanner missed only shows up when the app reaches it.
        missing += [f"module {m}" for m in sorted(source_modules() - frozen_modules(exe))]
    return missing


def symbol_floor(bundle: Path, tag: str = "GLIBC") -> tuple[tuple[int, ...], str]:
    """Highest ``<tag>_x.y`` symbol version any ELF file in the bundle imports, and which file.

    tag "GLIBC": the bundle runs where glibc is at least that version;
    "GLIBCXX": likewise for the system's libstdc++. Uses ``objdump -T``
    (binutils); only undefined dynamic symbols, i.e. imports, count.
    """
    pattern = re.compile(rf"\b{tag}_(\d+(?:\.\d+)+)")
    best: tuple[int, ...] = (0,)
    who = ""
    for f in sorted(bundle.rglob("*")):
        if not f.is_file() or f.is_symlink():
            continue
        with f.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["objdump", "-T", str(f)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            m = pattern.search(line) if "*UND*" in line else None
            if m:
                v = tuple(int(x) for x in m.group(1).split("."))
                if v > best:
                    best, who = v, str(f.relative_to(bundle))
    return best, who


def glibc_floor(bundle: Path) -> tuple[tuple[int, ...], str]:
    return symbol_floor(bundle, "GLIBC")


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def report(bundle: Path) -> int:
    missing = verify(bundle)
    for name in missing:
        print(f"MISSING in bundle: {name}", file=sys.stderr)
    print(f"bundle: {bundle}  size: {du(bundle) / 2**20:.1f} MiB")
    if sys.platform.startswith("linux") and shutil.which("objdump"):
        for tag in ("GLIBC", "GLIBCXX"):
            ver, who = symbol_floor(bundle, tag)
            print(f"{tag.lower()} floor: {tag}_{'.'.join(map(str, ver))} (needed by {who})")
    return 1 if missing else 0


def build(dist: Path, work: Path) -> Path:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
           "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)
    return dist / "virtlab"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dist", type=Path, default=ROOT / "dist")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    ap.add_argument("--report", action="store_true", help="only verify an existing bundle")
    args = ap.parse_args(argv)
    bundle = args.dist / "virtlab" if args.report else build(args.dist, args.work)
    return report(bundle)


if __name__ == "__main__":
    raise SystemExit(main())
