"""Build the VirtLab MSI (Group Policy deployment) from a PyInstaller folder with wixl.

    python3 packaging/windows/build_msi.py [--payload dist/virtlab] [--version X.Y.Z] [--out FILE]

Needs wixl and wixl-heat (Debian package ``wixl``); works on Linux and, with
msitools for Windows, on Windows. The file list is made fresh by wixl-heat, so
the MSI always holds exactly the folder given; virtlab.wxs adds the
registrations and the Start-menu entry.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def project_version() -> str:
    m = re.search(r'^version\s*=\s*"([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M)
    if not m:
        raise SystemExit("no version in pyproject.toml")
    return m.group(1)


def build(payload: Path, version: str, out: Path, work: Path) -> Path:
    if not (payload / "virtlab.exe").is_file():
        raise SystemExit(f"{payload} holds no virtlab.exe: build the Windows bundle first")
    # wixl reads every source path relative to its working folder and refuses
    # absolute ones: lay out the inputs in ``work`` and build there.
    work.mkdir(parents=True, exist_ok=True)
    link = work / "payload"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(payload.resolve(), target_is_directory=True)
    for name in ("virtlab.wxs", "virtlab.ico", "vlab-file.ico"):
        shutil.copyfile(HERE / name, work / name)
    files = "".join(f"payload/{p.relative_to(payload).as_posix()}\n"
                    for p in sorted(payload.rglob("*")) if p.is_file())
    fragment = subprocess.run(
        ["wixl-heat", "-p", "payload/", "--component-group", "Payload",
         "--var", "var.SourceDir", "--directory-ref", "INSTALLDIR", "--win64"],
        input=files, capture_output=True, text=True, check=True).stdout
    (work / "payload.wxs").write_text(fragment, encoding="utf-8")
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["wixl", "-a", "x64", "-D", f"Version={version}", "-D", "SourceDir=payload",
                    "-D", "Win64=yes", "-D", "IconDir=.", "-o", str(out), "virtlab.wxs", "payload.wxs"],
                   check=True, cwd=work)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--payload", type=Path, default=ROOT / "dist" / "virtlab")
    ap.add_argument("--version", default=None, help="default: pyproject.toml's")
    ap.add_argument("--out", type=Path, default=None, help="default: dist/virtlab-<version>.msi")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "msi")
    args = ap.parse_args(argv)
    version = args.version or project_version()
    out = build(args.payload, version, args.out or ROOT / "dist" / f"virtlab-{version}.msi", args.work)
    print(f"MSI: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
