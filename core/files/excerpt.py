"""Short, visible excerpts of untrusted values for error messages.

A hostile file can put megabytes, zero-width spaces or right-to-left
overrides into any field.  Quoted whole, such a value makes a 7 MB error
"line" on a terminal or freezes the window while Qt lays the text out;
quoted raw, it can hide or reorder the rest of the message.  Every error that
shows part of a file therefore goes through here:

- ``excerpt(value)``: at most ~80 visible characters of a value, invisible
  and control characters escaped (``\\u200b``), and when it was cut, "…" and
  the full length: ``'abcabc…' (900000 characters)``;
- ``clip(text, limit)``: a whole message part made one line of at most
  ``limit`` characters, with the same escapes.

Both look only at the start of what they are given, so they cost the same for
a 900,000-character value as for a short one.
"""

from __future__ import annotations

import unicodedata

# Characters quoted from one value (after escaping); about a terminal line.
QUOTE_CHARS = 80
# Unicode categories that are invisible or change how text around them is
# shown: controls (C0, C1), formats (zero-width, bidi overrides, BOM),
# private use, surrogates, unassigned, line/paragraph separators.
_HIDDEN = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})


def _escape_char(ch: str, backslash: bool = False) -> str:
    if ch == " ":
        return ch
    if ch == "\\":  # in a quoted value: so that a typed "\\u200b" and a real zero-width space differ
        return "\\\\" if backslash else ch
    cat = unicodedata.category(ch)
    if cat in _HIDDEN or cat == "Zs":  # Zs: spaces other than " " look like one but are not
        code = ord(ch)
        if code < 0x100:
            return f"\\x{code:02x}"
        return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    return ch


def _escaped_prefix(text: str, limit: int, backslash: bool = False) -> tuple[str, bool]:
    """The escaped start of ``text`` up to ``limit`` characters; True when ``text`` was cut."""
    out: list[str] = []
    used = 0
    for i, ch in enumerate(text[: limit + 1]):
        piece = _escape_char(ch, backslash)
        if used + len(piece) > limit or i == limit:
            return "".join(out), True
        out.append(piece)
        used += len(piece)
    return "".join(out), False


def escape(text: str, limit: int = QUOTE_CHARS) -> str:
    """``text`` with invisible characters escaped, cut to ``limit`` with a final "…"."""
    shown, cut = _escaped_prefix(text, limit)
    if not cut:
        return shown
    return _escaped_prefix(text, max(0, limit - 1))[0] + "…"


def _number(value: int | float) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 256:
        digits = int(value.bit_length() * 0.30103) + 1  # str() of a 5,000-digit int raises
        return f"an integer of about {digits} digits"
    return repr(value)


def excerpt(value, limit: int = QUOTE_CHARS) -> str:
    """A value as an error message quotes it: short, on one line, nothing hidden."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (int, float)):
        return _number(value)
    if not isinstance(value, str):
        kind = "list" if isinstance(value, (list, tuple)) else "object" if isinstance(value, dict) else "value"
        return f"a JSON {kind}"
    shown, cut = _escaped_prefix(value, limit, backslash=True)
    quote = '"' if "'" in shown and '"' not in shown else "'"
    if not cut:
        return f"{quote}{shown}{quote}"
    return f"{quote}{shown}…{quote} ({len(value)} characters)"


def clip(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters: invisible characters escaped, "…" where cut."""
    return escape(str(text), limit)


def clip_path(path: str, limit: int = 100) -> str:
    """A file path for a message: escaped like ``clip``, but cut at the front (the name is at the end)."""
    text = "".join(_escape_char(ch) for ch in str(path)[-limit * 10:])  # an escape is at most 10 characters
    return text if len(text) <= limit else "…" + text[-(limit - 1):]
