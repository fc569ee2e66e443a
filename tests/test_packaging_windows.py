"""The Windows installers' recipes, read statically (no Wine: check_installers.sh runs them in CI)."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WIN = ROOT / "packaging" / "windows"
NSI = (WIN / "virtlab.nsi").read_text(encoding="utf-8")
WIX_NS = {"w": "http://schemas.microsoft.com/wix/2006/wi"}


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, WIN / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def admin_keys() -> set[str]:
    """settings.ADMIN_KEYS, read without importing Qt."""
    tree = ast.parse((ROOT / "gui" / "shell" / "settings.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "ADMIN_KEYS":
            return set(ast.literal_eval(node.value))
    raise AssertionError("no ADMIN_KEYS in settings.py")


def test_wine_registry_parser_reads_keys_strings_and_dwords():
    text = r'''WINE REGISTRY Version 2
[Software\\Classes\\.vlab] 1796041559
#time=1dc61c1a0b1
@="VirtLab.Lab"
"Content Type"="application/x-virtlab"

[Software\\VirtLab] 1796041559
"InstallDir"="C:\\Labs\\VirtLab"
"NoModify"=dword:00000001
"Quoted"="\"C:\\x.exe\" \"%1\""
'''
    reg = load("wine_reg").parse(text)
    assert reg[r"software\classes\.vlab"] == {"": "VirtLab.Lab", "content type": "application/x-virtlab"}
    assert reg[r"software\virtlab"]["installdir"] == r"C:\Labs\VirtLab"
    assert reg[r"software\virtlab"]["nomodify"] == 1
    assert reg[r"software\virtlab"]["quoted"] == r'"C:\x.exe" "%1"'
    assert load("wine_reg").mentions(text, "vlab") == [r"[Software\\Classes\\.vlab] 1796041559"]


def test_installer_is_64_bit():
    assert re.search(r"^Target amd64-unicode", NSI, re.M)
    assert "$PROGRAMFILES64" in NSI and "Unicode true" not in NSI


def test_finish_page_starts_the_app_through_explorer_not_elevated():
    assert "!define MUI_FINISHPAGE_RUN_FUNCTION RunAsUser" in NSI
    assert not re.search(r'MUI_FINISHPAGE_RUN\s+"', NSI)  # no direct (elevated) Exec of the app
    body = NSI[NSI.index("Function RunAsUser"):]
    body = body[:body.index("FunctionEnd")]
    assert "explorer.exe" in body and "ExecShell" not in body


def test_installer_options_and_exit_codes_are_documented_and_handled():
    header = NSI[:NSI.index("Target ")]
    for option in ("/S", "/NODESKTOP", "/ALLOWDOWNGRADE", "/D="):
        assert option in header, option
    for code in ("3 a newer version is installed", "4 VirtLab is running"):
        assert code in " ".join(header.replace(";", " ").split()), code
    assert '${GetOptions} $R0 "/NODESKTOP"' in NSI and "SectionSetFlags ${SecDesktop} 0" in NSI
    assert "SetErrorLevel ${EXIT_NEWER_INSTALLED}" in NSI and "SetErrorLevel ${EXIT_RUNNING}" in NSI
    assert "Call RefuseWhileRunning" in NSI and "Call un.RefuseWhileRunning" in NSI


def test_installer_admin_options_write_exactly_the_settings_admin_keys():
    written = set(re.findall(r"!insertmacro AdminDefault \w+ (\w+)", NSI))
    assert written == admin_keys()


def test_default_apps_registration_is_undone_by_the_uninstaller():
    assert 'WriteRegStr HKLM "Software\\RegisteredApplications" "${APP}" "${APP_KEY}\\Capabilities"' in NSI
    assert 'WriteRegStr HKLM "${APP_KEY}\\Capabilities\\FileAssociations" ".vlab" "${PROGID}"' in NSI
    uninstall = NSI[NSI.index('Section "Uninstall"'):]
    assert 'DeleteRegValue HKLM "Software\\RegisteredApplications" "${APP}"' in uninstall
    assert 'DeleteRegKey HKLM "${APP_KEY}"' in uninstall


def test_msi_recipe_registers_what_the_nsis_installer_does():
    root = ET.parse(WIN / "virtlab.wxs").getroot()
    product = root.find("w:Product", WIX_NS)
    assert product.find("w:Package", WIX_NS).get("InstallScope") == "perMachine"
    assert product.find("w:MajorUpgrade", WIX_NS) is not None  # newer replaces older, never the reverse
    keys = {(r.get("Key"), r.get("Name")) for r in root.iter(f"{{{WIX_NS['w']}}}RegistryValue")}
    assert ("Software\\Classes\\.vlab", None) in keys
    assert ("Software\\RegisteredApplications", "VirtLab") in keys
    assert ("Software\\VirtLab\\Capabilities\\FileAssociations", ".vlab") in keys
    assert all(c.get("Win64") == "yes" for c in root.iter(f"{{{WIX_NS['w']}}}Component"))
    dirs = {d.get("Id") for d in root.iter(f"{{{WIX_NS['w']}}}Directory")}
    assert "ProgramFiles64Folder" in dirs and "ProgramMenuFolder" in dirs


@pytest.mark.skipif(not (shutil.which("wixl") and shutil.which("msiinfo")), reason="wixl/msitools not installed")
def test_msi_builds_from_a_payload_as_a_64_bit_package(tmp_path):
    payload = tmp_path / "virtlab"
    (payload / "_internal" / "resources" / "labs").mkdir(parents=True)
    (payload / "virtlab.exe").write_bytes(b"MZ stand-in")
    shutil.copy(ROOT / "resources" / "labs" / "demo.vlab", payload / "_internal" / "resources" / "labs")
    msi = load("build_msi").build(payload, "1.2.3", tmp_path / "v.msi", tmp_path / "work")
    info = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True).stdout
    assert "Template: x64;1033" in info
    files = subprocess.run(["msiinfo", "export", str(msi), "File"], capture_output=True, text=True).stdout
    assert "virtlab.exe" in files and "demo.vlab" in files
    props = subprocess.run(["msiinfo", "export", str(msi), "Property"], capture_output=True, text=True).stdout
    assert re.search(r"^ProductVersion\t1\.2\.3$", props, re.M)


def test_windows_workflow_builds_the_bundle_and_both_installers():
    # Read as text: PyYAML is not one of VirtLab's dependencies.
    text = (WIN / "windows-build.yml").read_text(encoding="utf-8")
    jobs = re.split(r"^  (\w+):\n", text.split("\njobs:\n", 1)[1], flags=re.M)[1:]
    jobs = dict(zip(jobs[::2], jobs[1::2], strict=True))
    assert set(jobs) == {"windows", "msi"}
    assert re.search(r"^    runs-on: windows-", jobs["windows"], re.M)
    for needle in ("build_bundle.py", "--quit-after", "virtlab.nsi", "/WX", "upload-artifact"):
        assert needle in jobs["windows"], needle
    assert re.search(r"^    needs: windows$", jobs["msi"], re.M)
    for needle in ("download-artifact", "wixl", "build_msi.py --payload dist/virtlab", "msiinfo"):
        assert needle in jobs["msi"], needle
