"""Static checks of the packaging recipes: fast, no build, no Qt.

The full build-install-run-purge check is ``packaging/check_package.sh`` (CI);
these catch a broken desktop entry, MIME type, AppStream file, icon set or
recipe before anyone spends minutes building.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import json
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
SIZES = (16, 24, 32, 48, 64, 128, 256)


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, PKG / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def desktop_entry() -> configparser.SectionProxy:
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str  # keys are case-sensitive
    cp.read(PKG / "virtlab.desktop", encoding="utf-8")
    return cp["Desktop Entry"]


def test_desktop_entry_launches_virtlab_for_vlab_files():
    d = desktop_entry()
    assert d["Type"] == "Application"
    assert d["Exec"] == "virtlab %f"
    assert d["Icon"] == "virtlab"
    assert "application/x-virtlab" in d["MimeType"].split(";")
    assert "Education" in d["Categories"].split(";")
    assert d["Name[zh_CN]"]  # students often run a Chinese desktop


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_entry_validates():
    res = subprocess.run(["desktop-file-validate", str(PKG / "virtlab.desktop")], capture_output=True, text=True)
    assert res.returncode == 0 and "error" not in res.stdout, res.stdout


def test_mime_type_matches_lab_files_by_name_and_content():
    root = ET.parse(PKG / "virtlab-mime.xml").getroot()
    mt = root.find("m:mime-type", MIME_NS)
    assert mt.get("type") == "application/x-virtlab"
    assert mt.find("m:glob", MIME_NS).get("pattern") == "*.vlab"
    assert mt.find("m:sub-class-of", MIME_NS).get("type") == "application/json"
    icon = mt.find("m:icon", MIME_NS).get("name")
    assert (ICONS / "hicolor" / "48x48" / "mimetypes" / f"{icon}.png").is_file()
    # The magic must recognise every bundled lab within the bytes it scans.
    match = mt.find("m:magic/m:match", MIME_NS)
    start, end = (int(x) for x in match.get("offset").split(":"))
    labs = sorted((ROOT / "resources" / "labs").glob("*.vlab"))
    assert labs
    for lab in labs:
        assert match.get("value").encode() in lab.read_bytes()[start : end + len(match.get("value"))], lab.name
        json.loads(lab.read_text(encoding="utf-8"))  # and they are JSON, as sub-class-of says


def test_metainfo_points_at_the_desktop_entry_and_mime_type():
    files = list(PKG.glob("*.metainfo.xml"))
    assert len(files) == 1
    root = ET.parse(files[0]).getroot()
    assert root.get("type") == "desktop-application"
    # AppStream: a reverse-DNS id in lower case, and the file named after it.
    cid = root.findtext("id")
    assert cid == cid.lower() and cid.count(".") >= 2
    assert files[0].name == f"{cid}.metainfo.xml"
    assert root.findtext("launchable") == "virtlab.desktop"
    assert root.findtext("provides/mediatype") == "application/x-virtlab"
    assert root.findtext("provides/binary") == "virtlab"
    assert root.findtext("metadata_license") and root.findtext("project_license")


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_validates():
    res = subprocess.run(["appstreamcli", "validate", "--no-net", str(PKG / "io.github.virtlab.virtlab.metainfo.xml")],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


@pytest.mark.parametrize("context,name", [("apps", "virtlab"), ("mimetypes", "application-x-virtlab")])
def test_icon_pngs_exist_at_every_size(context, name):
    for n in SIZES:
        data = (ICONS / "hicolor" / f"{n}x{n}" / context / f"{name}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])  # IHDR
        assert (width, height) == (n, n)
    ET.parse(ICONS / f"{name}.svg")  # the source parses as XML


@pytest.mark.parametrize("ico", ["virtlab.ico", "vlab-file.ico"])
def test_windows_icons_hold_all_sizes(ico):
    data = (PKG / "windows" / ico).read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(SIZES))


def test_spec_bundles_resources_fonts_and_all_app_modules():
    text = (PKG / "virtlab.spec").read_text()
    ast.parse(text)  # PyInstaller execs it as Python
    for needle in ('"resources/translations"', '"labs"', '"icons"', 'f"resources/{sub}"', 'collect_data_files("qtawesome"',
                   'collect_submodules("gui")', '"tkinter"', '"libqxcb.so"', '"libqoffscreen.so"',
                   '"libqwayland.so"'):
        assert needle in text, needle


def test_bundle_check_knows_every_app_module():
    mods = load("build_bundle").source_modules()
    assert {"gui.shell.app", "core.files.locations", "gui", "core"} <= mods
    assert not any(m.endswith("__init__") for m in mods)


@pytest.mark.parametrize("soname,package", [
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libdbus-1.so.3", "libdbus-1-3"),
    ("libGL.so.1", "libgl1"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
])
def test_debian_library_package_names(soname, package):
    assert load("build_deb").debian_name(soname) == package


@pytest.mark.parametrize("script", ["virtlab-launcher.sh", "debian/postinst", "debian/postrm"])
def test_shell_scripts_are_posix_sh(script):
    path = PKG / script
    assert path.read_text().startswith("#!/bin/sh\n")
    assert subprocess.run(["sh", "-n", str(path)]).returncode == 0


def test_maintainer_scripts_tolerate_missing_tools():
    for script in ("postinst", "postrm"):
        text = (PKG / "debian" / script).read_text()
        for tool in ("update-mime-database", "update-desktop-database", "gtk-update-icon-cache"):
            assert f"command -v {tool}" in text, (script, tool)


@pytest.mark.parametrize("script", ["check_package.sh", "windows/check_nsis.sh", "windows/check_installers.sh"])
def test_check_scripts_parse(script):
    path = PKG / script
    assert "set -euo pipefail" in path.read_text()
    assert subprocess.run(["bash", "-n", str(path)]).returncode == 0


def test_nsis_installer_registers_and_removes_the_association():
    text = (PKG / "windows" / "virtlab.nsi").read_text()
    for needle in ("$PROGRAMFILES64", "RequestExecutionLevel admin", "SetShellVarContext all",
                   'Software\\Classes\\.vlab', "vlab-file.ico", '"%1"', "$DESKTOP\\${APP}.lnk",
                   "$SMPROGRAMS\\${APP}", "WriteUninstaller"):
        assert needle in text, needle
    uninstall = text[text.index('Section "Uninstall"'):]
    for needle in ('DeleteRegKey HKLM "Software\\Classes\\.vlab"', 'DeleteRegKey HKLM "Software\\Classes\\${PROGID}"',
                   'RMDir /r "$SMPROGRAMS\\${APP}"', 'Delete "$DESKTOP\\${APP}.lnk"', "${UNINST_KEY}"):
        assert needle in uninstall, needle
