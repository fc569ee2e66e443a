"""Reading untrusted configuration files: size limits, regular files only, hardened parsers.

The one module that touches YAML (``tests/core/test_hostile_files.py`` checks
that): ``SafeLoader`` only, which builds plain data and never objects.
"""

from __future__ import annotations

import functools
import os
import stat
import tarfile
import xml.etree.ElementTree as ET

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

from core.formats.model import FormatError

# Real VM and Compose configurations are a few kilobytes; 1 MB leaves room for
# comments and long descriptions while keeping a hostile file cheap to refuse.
MAX_BYTES = 1024 * 1024
# YAML anchors may be used once or twice per service; thousands are a bomb.
MAX_YAML_ALIASES = 200


def read_bytes(path: str | os.PathLike, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes; a FIFO, device or directory is refused before it is opened (no hang)."""
    src = str(path)
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise FormatError(src, "not a regular file")
        if st.st_size > limit:
            raise FormatError(src, f"file is {st.st_size / 2**20:.1f} MB; the limit is {limit / 2**20:g} MB")
        with open(path, "rb") as f:
            raw = f.read(limit + 1)
    except OSError as e:
        raise FormatError(src, f"cannot read the file: {e.strerror or e}") from None
    if len(raw) > limit:  # it grew while we looked
        raise FormatError(src, f"file is larger than {limit / 2**20:g} MB")
    return raw


def decode(raw: bytes, src: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise FormatError(src, f"not UTF-8 text (byte {e.start})") from None


def parse_xml(raw: bytes, src: str) -> ET.Element:
    """An element tree; any DTD (so every entity, internal or external) is refused."""
    try:
        return DET.fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        raise FormatError(src, f"refused: the XML declares a DTD or entities ({type(e).__name__})") from None
    except ET.ParseError as e:
        raise FormatError(src, f"not well-formed XML: {e}") from None
    except (ValueError, RecursionError) as e:
        raise FormatError(src, f"not well-formed XML: {e}") from None
    except LookupError as e:  # an XML declaration naming an encoding Python does not know
        raise FormatError(src, f"not readable XML: {e}") from None


@functools.cache
def _counting_loader():
    """The safe loader, refusing files with more aliases than a real Compose file uses (YAML bombs).
    Made on first use: PyYAML loads when a Compose file is read, not when the window starts."""
    import yaml  # noqa: PLC0415

    class CountingLoader(yaml.SafeLoader):
        def __init__(self, stream):
            super().__init__(stream)
            self._aliases = 0

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                self._aliases += 1
                if self._aliases > MAX_YAML_ALIASES:
                    raise yaml.YAMLError(f"more than {MAX_YAML_ALIASES} aliases")
            return super().compose_node(parent, index)

    return CountingLoader


def parse_yaml(text: str, src: str):
    import yaml  # noqa: PLC0415 (see _counting_loader)

    try:
        return yaml.load(text, Loader=_counting_loader())  # noqa: S506 - a subclass of SafeLoader
    except yaml.YAMLError as e:
        problem = " ".join(str(e).split())
        raise FormatError(src, f"not valid YAML: {problem[:160]}") from None
    except (RecursionError, ValueError, TypeError, OverflowError) as e:
        raise FormatError(src, f"not valid YAML: {type(e).__name__}") from None


def dump_yaml(data) -> str:
    """YAML text of plain data (dicts, lists, strings, numbers) by the safe dumper."""
    import yaml  # noqa: PLC0415 (see _counting_loader)

    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


# Extended headers (long names, pax records) before the descriptor are read into
# memory whole by tarfile: a real one is a few hundred bytes.
MAX_EXTENDED_HEADER = 64 * 1024


def _check_first_header(path: str | os.PathLike, src: str) -> None:
    """Refuse a first tar header that would make tarfile read a huge extended header."""
    try:
        with open(path, "rb") as f:
            block = f.read(tarfile.BLOCKSIZE)
        info = tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
    except OSError as e:
        raise FormatError(src, f"cannot read the archive: {e.strerror or e}") from None
    except (tarfile.TarError, ValueError):
        raise FormatError(src, "not a valid OVA (tar) archive") from None
    if info.type in (tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK,
                     tarfile.SOLARIS_XHDTYPE) and info.size > MAX_EXTENDED_HEADER:
        raise FormatError(src, "not a valid OVA: its first tar header is too large")


def ova_descriptor(path: str | os.PathLike) -> tuple[str, bytes]:
    """(member name, bytes) of the OVF descriptor, which the OVF standard puts first in the tar.

    Only tar headers are read; nothing is extracted, so names like ``../x`` are harmless.
    """
    src = str(path)
    try:
        st = os.stat(path)
    except OSError as e:
        raise FormatError(src, f"cannot read the file: {e.strerror or e}") from None
    if not stat.S_ISREG(st.st_mode):
        raise FormatError(src, "not a regular file")
    _check_first_header(path, src)
    try:
        with tarfile.open(path, mode="r:") as tar:
            member = tar.next()
            if member is None:
                raise FormatError(src, "empty archive: no OVF descriptor")
            if not member.isreg() or not member.name.lower().endswith(".ovf"):
                raise FormatError(src, "the first file in the archive is not an .ovf descriptor")
            if member.size > MAX_BYTES:
                raise FormatError(src, f"the descriptor is larger than {MAX_BYTES // 2**20} MB")
            f = tar.extractfile(member)
            data = f.read(MAX_BYTES + 1) if f else b""
            return member.name, data
    except (tarfile.TarError, EOFError) as e:
        raise FormatError(src, f"not a valid OVA (tar) archive: {e}") from None
    except OSError as e:
        raise FormatError(src, f"cannot read the archive: {e.strerror or e}") from None
