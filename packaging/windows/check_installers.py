"""Run the Windows installers under Wine and check what they do (CI: check_installers.sh).

    python3 packaging/windows/check_installers.py [--keep]

Builds, from a dummy payload (a stand-in ``virtlab.exe`` made by
dummy_app.nsi, the bundled labs and a file unique to each version), the NSIS
installer in two versions and the MSI, then in a fresh 64-bit Wine prefix:

1. silent install of the old version to a custom ``/D=`` folder: files, Start
   menu, desktop shortcut, .vlab association, Default Apps registration, all in
   the 64-bit registry view;
2. silent upgrade to the new version without ``/D=``: the folder is remembered
   and the old version's files are gone;
3. the old version again: refused (exit 3), nothing changed;
4. reinstall with ``/NODESKTOP`` and admin defaults: no desktop shortcut, the
   defaults in HKLM\\Software\\VirtLab;
5. with the stand-in running, the installer and the uninstaller refuse (exit 4);
6. silent uninstall: the file system and the registry are as before the install;
7. the MSI: ``msiinfo`` shows a 64-bit package with the files, the
   association and the shortcut; ``msiexec /qn`` installs the old version,
   upgrades it to the new one, refuses the old one again, and removes it all.

Needs makensis (nsis), wine (64-bit) and wixl/msiinfo (wixl, msitools). No
display is used: everything runs silently. Exits 1 if a check failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import build_msi  # noqa: E402
import wine_reg  # noqa: E402

OLD, NEW = "0.1.0", "0.2.0"
INSTDIR = r"C:\Labs\VirtLab"
EXIT_NEWER_INSTALLED, EXIT_RUNNING = 3, 4
STEP_TIMEOUT_S = 180  # one installer run; Wine starts in seconds


class Check:
    def __init__(self):
        self.failed = 0
        self.passed = 0

    def __call__(self, what: str, ok: bool, detail: object = "") -> bool:
        print(f"{'ok  ' if ok else 'FAIL'} {what}" + ("" if ok or detail == "" else f": {detail}"), flush=True)
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        return ok


class Wine:
    """A throwaway 64-bit prefix with no display, no menu entries and no Mono/Gecko prompts."""

    def __init__(self, tmp: Path):
        self.prefix = tmp / "prefix"
        self.env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        self.env.update(WINEPREFIX=str(self.prefix), WINEARCH="win64", WINEDEBUG="-all",
                        HOME=str(tmp / "home"), XDG_CONFIG_HOME=str(tmp / "home" / ".config"),
                        XDG_DATA_HOME=str(tmp / "home" / ".local" / "share"),
                        # winemenubuilder would write .desktop files for the shortcuts
                        # and the association into HOME; mscoree/mshtml would ask for Mono/Gecko.
                        WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d")
        (tmp / "home").mkdir(parents=True, exist_ok=True)
        self.c = self.prefix / "drive_c"

    def wait(self) -> None:
        """Until every process of the prefix has ended and the registry is written to disk."""
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=STEP_TIMEOUT_S)

    def boot(self) -> None:
        subprocess.run(["wineboot", "--init"], env=self.env, capture_output=True, timeout=STEP_TIMEOUT_S)
        self.wait()

    def run(self, *args: str) -> int:
        code = subprocess.run(["wine", *args], env=self.env, capture_output=True,
                              timeout=STEP_TIMEOUT_S).returncode
        self.wait()
        return code

    def path(self, windows_path: str) -> Path:
        assert windows_path[1:3] == ":\\"
        return self.c / windows_path[3:].replace("\\", "/")

    def registry(self) -> dict:
        return wine_reg.load(self.prefix / "system.reg")

    def registry_text(self) -> str:
        return "\n".join((self.prefix / f).read_text(errors="replace") for f in ("system.reg", "user.reg"))

    def files(self) -> set[str]:
        """Files and folders outside Windows' own and the temp folders (which Wine itself churns)."""
        out = set()
        for p in self.c.rglob("*"):
            rel = p.relative_to(self.c).as_posix()
            low = rel.lower()
            if low.startswith("windows/") or "/temp/" in low + "/" or low.endswith("/temp"):
                continue
            out.add(rel)
        return out


def makensis(*args: str) -> None:
    subprocess.run(["makensis", "-V2", "-WX", *args], check=True)


def build(tmp: Path) -> dict[str, Path]:
    stand_in = tmp / "stand-in.exe"
    makensis(f"-DOUTFILE={stand_in}", str(HERE / "dummy_app.nsi"))
    out = {}
    for version in (OLD, NEW):
        payload = tmp / f"payload-{version}"
        labs = payload / "_internal" / "resources" / "labs"
        labs.mkdir(parents=True)
        shutil.copy(stand_in, payload / "virtlab.exe")
        for lab in (ROOT / "resources" / "labs").glob("*.vlab"):
            shutil.copy(lab, labs)
        (payload / "_internal" / f"only-in-{version}.txt").write_text(version)
        out[version] = tmp / f"virtlab-{version}-setup.exe"
        makensis(f"-DVERSION={version}", f"-DPAYLOAD={payload}", f"-DOUTFILE={out[version]}",
                 str(HERE / "virtlab.nsi"))
        out[f"msi-{version}"] = build_msi.build(payload, version, tmp / f"virtlab-{version}.msi",
                                                tmp / f"msi-work-{version}")
    return out


def key(reg: dict, path: str) -> dict:
    return reg.get(path.lower(), {})


def check_installed(check: Check, wine: Wine, version: str, desktop: bool) -> None:
    reg = wine.registry()
    inst = wine.path(INSTDIR)
    check(f"{version}: files in {INSTDIR}", (inst / "virtlab.exe").is_file() and (inst / "uninstall.exe").is_file())
    check(f"{version}: only this version's files", (inst / "_internal" / f"only-in-{version}.txt").is_file()
          and len(list((inst / "_internal").glob("only-in-*"))) == 1, sorted((inst / "_internal").glob("only-in-*")))
    check(f"{version}: nothing in Program Files", not wine.path(r"C:\Program Files\VirtLab").exists())
    check(f"{version}: DisplayVersion",
          key(reg, r"Software\Microsoft\Windows\CurrentVersion\Uninstall\VirtLab").get("displayversion") == version)
    check(f"{version}: install folder remembered in the 64-bit view",
          key(reg, r"Software\VirtLab").get("installdir") == INSTDIR
          and not key(reg, r"Software\Wow6432Node\VirtLab"), key(reg, r"Software\VirtLab"))
    check(f"{version}: .vlab -> VirtLab.Lab", key(reg, r"Software\Classes\.vlab").get("") == "VirtLab.Lab")
    command = key(reg, r"Software\Classes\VirtLab.Lab\shell\open\command").get("")
    check(f"{version}: open command", command == f'"{INSTDIR}\\virtlab.exe" "%1"', command)
    check(f"{version}: Default Apps capabilities",
          key(reg, r"Software\VirtLab\Capabilities\FileAssociations").get(".vlab") == "VirtLab.Lab"
          and key(reg, r"Software\RegisteredApplications").get("virtlab") == r"Software\VirtLab\Capabilities")
    start = wine.path(r"C:\ProgramData\Microsoft\Windows\Start Menu\Programs\VirtLab")
    check(f"{version}: Start-menu entry", (start / "VirtLab.lnk").is_file())
    link = wine.path(r"C:\users\Public\Desktop\VirtLab.lnk")
    check(f"{version}: desktop shortcut {'present' if desktop else 'absent'}", link.is_file() == desktop)


def stand_in_markers(wine: Wine) -> list[Path]:
    """The stand-in's "I am running" files (Wine's %TEMP% is C:\\users\\<name>\\Temp)."""
    return list((wine.c / "users").glob("**/virtlab-stand-in.running"))


def check_running_copy(check: Check, wine: Wine, setup: Path) -> None:
    for m in stand_in_markers(wine):
        m.unlink()
    app = subprocess.Popen(["wine", f"{INSTDIR}\\virtlab.exe"], env=wine.env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        end = time.monotonic() + 60
        while not stand_in_markers(wine) and time.monotonic() < end and app.poll() is None:
            time.sleep(0.2)
        if check("stand-in virtlab.exe started", bool(stand_in_markers(wine))):
            code = subprocess.run(["wine", str(setup), "/S"], env=wine.env, capture_output=True,
                                  timeout=STEP_TIMEOUT_S).returncode
            check("installer refuses while VirtLab runs (exit 4)", code == EXIT_RUNNING, code)
            # _?= runs the uninstaller in place, so its own exit code comes back.
            code = subprocess.run(["wine", f"{INSTDIR}\\uninstall.exe", "/S", f"_?={INSTDIR}"], env=wine.env,
                                  capture_output=True, timeout=STEP_TIMEOUT_S).returncode
            check("uninstaller refuses while VirtLab runs (exit 4)", code == EXIT_RUNNING, code)
            check("and removed nothing", wine.path(INSTDIR + r"\virtlab.exe").is_file())
    finally:
        subprocess.run(["wine", "taskkill", "/F", "/IM", "virtlab.exe"], env=wine.env, capture_output=True,
                       timeout=STEP_TIMEOUT_S)
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        wine.wait()
        for m in stand_in_markers(wine):
            m.unlink()


def msi_versions(wine: Wine) -> list[str]:
    """DisplayVersion of every VirtLab MSI product Windows Installer knows."""
    uninstall = "software\\microsoft\\windows\\currentversion\\uninstall\\{"
    return [v.get("displayversion") for k, v in wine.registry().items()
            if k.startswith(uninstall) and v.get("displayname") == "VirtLab"]


def check_msi(check: Check, wine: Wine, built: dict[str, Path]) -> None:
    msi = built[f"msi-{NEW}"]
    info = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True).stdout
    check("MSI: 64-bit package (Template x64)", "x64;" in info, info.strip().replace("\n", "; "))
    files = subprocess.run(["msiinfo", "export", str(msi), "File"], capture_output=True, text=True).stdout
    check("MSI: holds virtlab.exe and the labs", "virtlab.exe" in files and ".vlab" in files)
    regs = subprocess.run(["msiinfo", "export", str(msi), "Registry"], capture_output=True, text=True).stdout
    check("MSI: .vlab association and Default Apps", "VirtLab.Lab" in regs and "RegisteredApplications" in regs)
    links = subprocess.run(["msiinfo", "export", str(msi), "Shortcut"], capture_output=True, text=True).stdout
    check("MSI: Start-menu shortcut", "VirtLab" in links)
    props = subprocess.run(["msiinfo", "export", str(msi), "Property"], capture_output=True, text=True).stdout
    check("MSI: per-machine (ALLUSERS=1)", "ALLUSERS\t1" in props)

    before = wine.files()
    internal = wine.path(r"C:\Program Files\VirtLab\_internal")
    code = wine.run("msiexec", "/i", str(built[f"msi-{OLD}"]), "/qn")
    check(f"MSI {OLD}: msiexec /qn installs to Program Files",
          code == 0 and (internal / f"only-in-{OLD}.txt").is_file() and msi_versions(wine) == [OLD], code)
    reg = wine.registry()
    check("MSI: .vlab association in the 64-bit view",
          key(reg, r"Software\Classes\.vlab").get("") == "VirtLab.Lab"
          and key(reg, r"Software\RegisteredApplications").get("virtlab") == r"Software\VirtLab\Capabilities")
    # ALLUSERS=1 puts it in the common Start menu on Windows; Wine's msi resolves
    # ProgramMenuFolder to the user's own Start menu, so either counts here.
    links = [*wine.c.glob("ProgramData/Microsoft/Windows/Start Menu/Programs/VirtLab/VirtLab.lnk"),
             *wine.c.glob("users/*/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/VirtLab/VirtLab.lnk")]
    check("MSI: Start-menu entry", len(links) == 1, links)
    code = wine.run("msiexec", "/i", str(msi), "/qn")
    check(f"MSI {NEW}: replaces {OLD}", code == 0 and msi_versions(wine) == [NEW]
          and (internal / f"only-in-{NEW}.txt").is_file() and not (internal / f"only-in-{OLD}.txt").exists(),
          (code, msi_versions(wine)))
    code = wine.run("msiexec", "/i", str(built[f"msi-{OLD}"]), "/qn")
    check(f"MSI {OLD} over {NEW}: refused", code != 0 and msi_versions(wine) == [NEW], (code, msi_versions(wine)))
    code = wine.run("msiexec", "/x", str(msi), "/qn")
    left = sorted(wine.files() - before)
    check("MSI: msiexec /x /qn removes it all", code == 0 and not left
          and not wine_reg.mentions(wine.registry_text(), "virtlab", ".vlab"), left[:5] or code)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (prefix, installers)")
    args = ap.parse_args(argv)
    for tool in ("makensis", "wine", "wineserver", "wixl", "msiinfo"):
        if not shutil.which(tool):
            print(f"missing tool: {tool} (apt-get install nsis wine wine64 wixl msitools)", file=sys.stderr)
            return 2
    tmp = Path(tempfile.mkdtemp(prefix="virtlab-wine."))
    started = time.monotonic()
    check = Check()
    wine = Wine(tmp)
    try:
        built = build(tmp)
        wine.boot()
        # The parent of the custom folder is the admin's (an installer leaves parents it did not make).
        wine.path(INSTDIR).parent.mkdir(parents=True)
        files_before, reg_before = wine.files(), wine.registry_text()
        check("fresh prefix knows no VirtLab", not wine_reg.mentions(reg_before, "virtlab", ".vlab"))

        check(f"install {OLD} /S /D={INSTDIR}", wine.run(str(built[OLD]), "/S", f"/D={INSTDIR}") == 0)
        check_installed(check, wine, OLD, desktop=True)
        check(f"upgrade to {NEW} /S", wine.run(str(built[NEW]), "/S") == 0)
        check_installed(check, wine, NEW, desktop=True)
        code = wine.run(str(built[OLD]), "/S")
        check(f"downgrade to {OLD} refused (exit 3)", code == EXIT_NEWER_INSTALLED, code)
        check_installed(check, wine, NEW, desktop=True)
        code = wine.run(str(built[NEW]), "/S", "/NODESKTOP", "/LANGUAGE=zh_CN", "/AUTOSAVE=120",
                        r"/SUBMISSIONS=H:\labs")
        check("reinstall /NODESKTOP with admin defaults", code == 0, code)
        check_installed(check, wine, NEW, desktop=False)
        app_key = key(wine.registry(), r"Software\VirtLab")
        check("admin defaults in HKLM\\Software\\VirtLab",
              (app_key.get("language"), app_key.get("autosave_seconds"), app_key.get("submission_folder"))
              == ("zh_CN", "120", r"H:\labs") and "start_lab" not in app_key, app_key)
        check_running_copy(check, wine, built[NEW])

        code = wine.run(INSTDIR + r"\uninstall.exe", "/S")
        check("silent uninstall", code == 0, code)
        left = sorted(wine.files() - files_before)
        check("uninstall left no file or folder", not left, left[:5])
        lines = wine_reg.mentions(wine.registry_text(), "virtlab", ".vlab")
        check("uninstall left nothing in the registry", not lines, lines[:5])

        check_msi(check, wine, built)
    finally:
        subprocess.run(["wineserver", "-k"], env=wine.env, capture_output=True)
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    verdict = "all checks passed" if not check.failed else f"{check.failed} of {check.passed + check.failed} checks FAILED"
    print(f"check_installers: {verdict} ({check.passed + check.failed} checks, {time.monotonic() - started:.0f} s)")
    return 1 if check.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
