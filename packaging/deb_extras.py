"""What turns a staged PyInstaller bundle into a package lintian accepts.

Used by ``build_deb.py``; each function works on the staging tree ``root``
(the future ``/``):

- ``tidy_elf``: PyInstaller copies the build machine's libraries as they are.
  Their RUNPATH can name the build machine's Python (``/root/.pyenv/...``),
  which on a user's machine either points nowhere or, worse, at a different
  Python: only ``$ORIGIN``-relative entries are kept. Debug symbols are stripped
  as dh_strip would (``--strip-unneeded`` and no .comment/.note), and shared
  objects lose the executable bit (``shared-library-is-executable``).
- ``write_changelog``: ``changelog.Debian.gz`` for the non-native version
  ``<upstream>-<revision>``.
- ``write_manpages``: ``virtlab(1)`` and ``virtlab-sim(1)`` made from the
  programs' own argparse parsers (argparse-manpage), so ``--help`` and the man
  page cannot drift apart.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "packaging"
METAINFO = PKG / "io.github.virtlab.virtlab.metainfo.xml"
# The maintainer the .deb names: DEBFULLNAME / DEBEMAIL (the usual Debian
# variables) override it, e.g. in a release job.
MAINTAINER_NAME = "VirtLab developers"
MAINTAINER_EMAIL = "virtlab@users.noreply.github.com"
# Strip options of Debian's dh_strip for shared libraries (debhelper's dh_strip(1)).
STRIP_ARGS = ["--strip-unneeded", "--remove-section=.comment", "--remove-section=.note"]


def maintainer() -> str:
    name = os.environ.get("DEBFULLNAME", MAINTAINER_NAME)
    email = os.environ.get("DEBEMAIL", MAINTAINER_EMAIL)
    return f"{name} <{email}>"


def is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def kept_search_path(rpath: str) -> str:
    """The ``$ORIGIN``-relative part of an RPATH/RUNPATH (paths inside the bundle)."""
    return ":".join(e for e in rpath.split(":") if e.startswith("$ORIGIN"))


def vendored_by_auditwheel(path: Path) -> bool:
    """A library a wheel carries in ``<package>.libs/`` (auditwheel's layout).

    auditwheel rewrites these with patchelf, and binutils' strip then writes
    program headers the loader refuses ("ELF load command address/offset not
    page-aligned": numpy's OpenBLAS failed so). They ship as the wheel has them.
    """
    return path.parent.name.endswith(".libs")


def tidy_elf(bundle: Path, main_exe: Path) -> dict[str, int]:
    """Fix search paths, strip and set modes of every ELF file under ``bundle``; returns counts.

    ``main_exe`` is left alone: PyInstaller ships its bootloader already
    stripped and appends the program's archive after the ELF image, which
    strip or patchelf would cut off or move.
    """
    counts = {"search paths cut": 0, "stripped": 0, "made non-executable": 0}
    for f in sorted(bundle.rglob("*")):
        if f == main_exe or not is_elf(f):
            continue
        rpath = subprocess.run(["patchelf", "--print-rpath", str(f)], capture_output=True,
                               text=True).stdout.strip()
        kept = kept_search_path(rpath)
        if rpath != kept:
            cmd = ["--set-rpath", kept] if kept else ["--remove-rpath"]
            subprocess.run(["patchelf", *cmd, str(f)], check=True)
            counts["search paths cut"] += 1
        if vendored_by_auditwheel(f):
            pass  # see vendored_by_auditwheel
        elif b".symtab" in subprocess.run(["readelf", "-S", "-W", str(f)], capture_output=True).stdout:
            subprocess.run(["strip", *STRIP_ARGS, str(f)], check=True)
            counts["stripped"] += 1
        if f.stat().st_mode & 0o111:
            # Shared objects are mapped, not executed: dlopen needs no x bit.
            f.chmod(0o644)
            counts["made non-executable"] += 1
    return counts


def release_date(version: str) -> datetime:
    """The AppStream release date of ``version``: the changelog's date, so rebuilds are identical."""
    root = ET.parse(METAINFO).getroot()
    for rel in root.iter("release"):
        if rel.get("version") == version and rel.get("date"):
            return datetime.strptime(rel.get("date"), "%Y-%m-%d").replace(tzinfo=timezone.utc)
    raise SystemExit(f"{METAINFO.name} has no <release version=\"{version}\" date=...>: add one")


def write_gz(path: Path, text: str) -> None:
    """gzip -9n: no name or time stamp inside, so the file is reproducible (lintian checks)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", compresslevel=9,
                                               fileobj=raw, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    path.chmod(0o644)


def write_changelog(root: Path, upstream: str, deb_version: str) -> None:
    date = format_datetime(release_date(upstream))
    text = (f"virtlab ({deb_version}) unstable; urgency=medium\n\n"
            f"  * Package VirtLab {upstream}: the PyInstaller bundle in /opt/virtlab.\n\n"
            f" -- {maintainer()}  {date}\n")
    write_gz(root / "usr/share/doc/virtlab/changelog.Debian.gz", text)


class _Captured(Exception):
    def __init__(self, parser: argparse.ArgumentParser):
        super().__init__(parser.prog)
        self.parser = parser


def gui_parser() -> argparse.ArgumentParser:
    """The parser ``virtlab`` builds inside ``gui.shell.app.parse_args``.

    parse_args builds and uses its parser in one call, so the parser is caught
    at the moment it would parse (no Qt object is made: the module only imports Qt).
    """
    sys.path.insert(0, str(ROOT))
    from gui.shell import app

    if hasattr(app, "build_parser"):
        return app.build_parser()

    original = argparse.ArgumentParser.parse_args

    def capture(self, *args, **kwargs):
        raise _Captured(self)

    argparse.ArgumentParser.parse_args = capture
    try:
        app.parse_args([])
    except _Captured as c:
        return c.parser
    finally:
        argparse.ArgumentParser.parse_args = original
    raise SystemExit("gui.shell.app.parse_args built no parser")


def cli_parser() -> argparse.ArgumentParser:
    sys.path.insert(0, str(ROOT))
    from core.cli import build_parser

    return build_parser()


# virtlab(1) FILES: where the settings live (gui/shell/settings.py, docs/install.md).
GUI_FILES = "\n".join([
    ".TP", r".I ~/.config/VirtLab/virtlab.ini", "The user's own settings.",
    ".TP", r".I /etc/xdg/VirtLab/VirtLab.conf",
    r"Lab\-wide defaults set by an administrator (language, autosave_seconds, submission_folder,",
    r"start_lab), also looked for in each folder of \fBXDG_CONFIG_DIRS\fR; the user's settings win.",
])


def manpage(parser: argparse.ArgumentParser, summary: str, upstream: str, see_also: str,
            files: str = "") -> str:
    from argparse_manpage.manpage import Manpage

    page = Manpage(parser, _data={
        "project_name": "VirtLab", "version": upstream, "manual_title": "VirtLab manual",
        "manual_section": 1, "description": summary,
        "date": release_date(upstream).strftime("%Y-%m-%d"),
    })
    if files:
        page.add_section("files", "=", files)
    page.add_section("see also", "=", see_also)
    return str(page)


def write_manpages(root: Path, upstream: str) -> list[Path]:
    man1 = root / "usr/share/man/man1"
    pages = {
        "virtlab": manpage(gui_parser(), "desktop lab for learning virtualization and containers",
                           upstream, r".BR virtlab\-sim (1)", GUI_FILES),
        "virtlab-sim": manpage(cli_parser(), "run VirtLab scenarios and comparisons without a window",
                               upstream, ".BR virtlab (1)"),
    }
    written = []
    for name, text in pages.items():
        if not re.search(r"^\.SH SYNOPSIS", text, re.M):
            raise SystemExit(f"man page of {name} has no synopsis")
        write_gz(man1 / f"{name}.1.gz", text)
        written.append(man1 / f"{name}.1.gz")
    return written
