"""Which importer reads a file: by its name, then (for ``.xml`` and unknown names) by its content."""

from __future__ import annotations

import os

from core.formats.compose import import_compose
from core.formats.libvirt import import_libvirt
from core.formats.model import FormatError, Imported
from core.formats.ovf import import_ovf
from core.formats.safe_read import parse_xml, read_bytes
from core.formats.vbox import import_vbox
from core.formats.vmx import import_vmx

BY_SUFFIX = {".vmx": import_vmx, ".vbox": import_vbox, ".ovf": import_ovf, ".ova": import_ovf,
             ".yaml": import_compose, ".yml": import_compose}
EXPECTED = ".vmx, .vbox, .ovf, .ova, a libvirt domain .xml or a Compose .yaml"


def _by_content(path: str | os.PathLike) -> Imported:
    src = str(path)
    raw = read_bytes(path)
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        root = parse_xml(raw, src)
        tag = root.tag.rsplit("}", 1)[-1] if isinstance(root.tag, str) else ""
        importer = {"domain": import_libvirt, "VirtualBox": import_vbox, "Envelope": import_ovf}.get(tag)
        if importer is None:
            raise FormatError(src, f"unknown XML document <{tag[:40]}>; expected {EXPECTED}")
        return importer(path)
    if b"services:" in raw:
        return import_compose(path)
    if b'= "' in head:
        return import_vmx(path)
    raise FormatError(src, f"unknown file type; expected {EXPECTED}")


def import_file(path: str | os.PathLike) -> Imported:
    """The file's content as VirtLab guests, or ``FormatError`` naming the file and the problem."""
    suffix = os.path.splitext(str(path))[1].lower()
    importer = BY_SUFFIX.get(suffix)
    return importer(path) if importer else _by_content(path)
