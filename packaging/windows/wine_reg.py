"""Read a Wine prefix's registry files (``system.reg``, ``user.reg``) without Wine.

Wine keeps each hive as text: a ``[Key\\\\Path] <time>`` line, then one
``"name"="value"`` (or ``@=`` for the default value, ``dword:``, ``hex:``...)
line per value. The installer checks read them directly, which is faster and
steadier than one ``wine reg query`` per value. Only what the checks need is
decoded: string and dword values; other types come back as their raw text.
"""

from __future__ import annotations

import re
from pathlib import Path

_KEY = re.compile(r"^\[(?P<key>(?:[^\]\\]|\\.)*)\]")
_VALUE = re.compile(r'^(?:@|"(?P<name>(?:[^"\\]|\\.)*)")=(?P<data>.*)$')


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: m.group(1), text)


def _data(raw: str):
    if raw.startswith('"') and raw.endswith('"'):
        return _unescape(raw[1:-1])
    if raw.startswith("dword:"):
        return int(raw[6:], 16)
    return raw


def parse(text: str) -> dict[str, dict[str, object]]:
    """Key path (lower case, single backslashes) -> {value name (lower case, "" default): data}."""
    hive: dict[str, dict[str, object]] = {}
    current: dict[str, object] | None = None
    for line in text.splitlines():
        m = _KEY.match(line)
        if m:
            current = hive.setdefault(_unescape(m.group("key")).lower(), {})
            continue
        m = _VALUE.match(line) if current is not None else None
        if m:
            name = _unescape(m.group("name") or "").lower()
            current[name] = _data(m.group("data"))
    return hive


def load(path: Path) -> dict[str, dict[str, object]]:
    return parse(path.read_text(encoding="utf-8", errors="replace"))


def mentions(text: str, *words: str) -> list[str]:
    """Lines of a hive file that mention any of ``words`` (case-insensitive)."""
    pattern = re.compile("|".join(re.escape(w) for w in words), re.I)
    return [line for line in text.splitlines() if pattern.search(line)]
