"""The .deb's lintian-facing parts: ELF tidying rules, changelog, copyright, overrides, man pages.

Fast and without a bundle; the real package goes through lintian in
packaging/check_package.sh (CI).
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "packaging"


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, PKG / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def extras():
    return load("deb_extras")


@pytest.mark.parametrize("rpath,kept", [
    ("/root/.pyenv/versions/3.11.7/lib", ""),
    ("$ORIGIN", "$ORIGIN"),
    ("$ORIGIN/:$ORIGIN/Qt/lib:/usr/local/lib:$ORIGIN/../shiboken6/", "$ORIGIN/:$ORIGIN/Qt/lib:$ORIGIN/../shiboken6/"),
    ("", ""),
])
def test_only_bundle_relative_search_paths_are_kept(extras, rpath, kept):
    assert extras.kept_search_path(rpath) == kept


def test_wheel_vendored_libraries_are_not_stripped(extras):
    assert extras.vendored_by_auditwheel(Path("opt/virtlab/_internal/numpy.libs/libscipy_openblas64_-x.so"))
    assert not extras.vendored_by_auditwheel(Path("opt/virtlab/_internal/libpython3.11.so.1.0"))


def test_maintainer_is_a_real_looking_address(extras, monkeypatch):
    monkeypatch.delenv("DEBEMAIL", raising=False)
    monkeypatch.delenv("DEBFULLNAME", raising=False)
    m = re.fullmatch(r"(.+) <[^@\s]+@([^>\s]+)>", extras.maintainer())
    assert m and m.group(2) not in ("localhost", "localdomain") and "." in m.group(2)
    monkeypatch.setenv("DEBEMAIL", "lab-admin@example.edu")
    assert extras.maintainer().endswith("<lab-admin@example.edu>")


def test_changelog_is_reproducible_gzip_of_this_version(extras, tmp_path):
    version = load("build_deb").project_version()
    extras.write_changelog(tmp_path, version, f"{version}-1")
    gz = tmp_path / "usr/share/doc/virtlab/changelog.Debian.gz"
    raw = gz.read_bytes()
    assert raw[4:8] == b"\0\0\0\0" and not raw[3] & 0x08  # no time stamp, no file name (gzip -n)
    text = gzip.decompress(raw).decode()
    assert text.startswith(f"virtlab ({version}-1) unstable; urgency=medium\n")
    assert re.search(r"^ -- .+ <.+@.+>  \w{3}, \d{2} \w{3} \d{4} ", text, re.M)


def test_copyright_is_machine_readable_and_every_license_is_defined():
    text = (PKG / "debian" / "copyright").read_text()
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert paragraphs[0].startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
    used, defined = set(), set()
    for para in paragraphs[1:]:
        fields = dict(re.findall(r"^(\S+): ?(.*)$", para, re.M))
        name = fields.get("License", "")
        has_text = bool(re.search(r"^License: .*\n ", para, re.M))
        if "Files" in fields:
            assert fields.get("Copyright"), para[:60]
            used |= {n.strip() for n in re.split(r"\band\b|\bor\b", name.split(" with ")[0])}
            if has_text:
                defined.add(name.split(" with ")[0].strip())
        else:
            assert has_text, f"stand-alone License paragraph without text: {name}"
            defined.add(name)
    missing = {u for u in used if u not in defined and not any(u in d for d in defined)}
    assert not missing, missing


def test_every_lintian_override_says_why():
    lines = (PKG / "debian" / "lintian-overrides").read_text().splitlines()
    overrides = [i for i, line in enumerate(lines) if line.startswith("virtlab: ")]
    assert overrides
    for i in overrides:
        j = i - 1
        while j >= 0 and lines[j].startswith("virtlab: "):
            j -= 1  # a group of overrides shares one comment
        assert j >= 0 and lines[j].startswith("# "), lines[i]
    tags = {lines[i].split()[1] for i in overrides}
    # Errors the bundle really has get fixed, not hidden.
    assert not tags & {"custom-library-search-path", "bogus-mail-host", "no-changelog", "shared-library-is-executable"}


@pytest.mark.skipif(importlib.util.find_spec("argparse_manpage") is None, reason="pip install -e .[package]")
def test_man_pages_come_from_the_argparse_parsers(extras, tmp_path):
    version = load("build_deb").project_version()
    pages = extras.write_manpages(tmp_path, version)
    assert [p.name for p in pages] == ["virtlab.1.gz", "virtlab-sim.1.gz"]
    gui = gzip.decompress(pages[0].read_bytes()).decode()
    cli = gzip.decompress(pages[1].read_bytes()).decode()
    assert gui.startswith('.TH VIRTLAB "1"') and "quit\\-after" in gui and "screenshot" in gui
    assert cli.startswith('.TH VIRTLAB\\-SIM "1"') and "host\\-check" in cli and "compare" in cli
    assert "virtlab\\-sim" in gui and ".BR virtlab (1)" in cli  # SEE ALSO each other


def test_lintian_overrides_use_the_tag_and_pointer_syntax():
    # "virtlab: TAG", "virtlab: TAG *" or "virtlab: TAG [pointer with * wildcards]" (lintian >= 2.105).
    lines = re.findall(r"^virtlab: .*$", (PKG / "debian" / "lintian-overrides").read_text(), re.M)
    for line in lines:
        assert re.fullmatch(r"virtlab: [a-z0-9-]+( \[[^\]]+\]| \*)?", line), line
