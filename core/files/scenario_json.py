"""The first pass of loading a lab: its text as JSON, stricter than ``json.loads``.

A repeated key in one object is refused (JSON would keep the last value and a
hostile file could hide one), and so are NaN and Infinity, with the path of
the field that holds them.  Split from ``scenario.py`` to keep files short.
"""

from __future__ import annotations

import json

from core.files.errors import ScenarioError
from core.files.excerpt import excerpt


class _Constant(str):
    """A NaN / Infinity literal, kept as a marker so the error can name its field."""


def _unique_keys(pairs: list) -> dict:
    d = dict(pairs)
    if len(d) != len(pairs):  # JSON would silently keep the last one: a hostile file could hide a value
        seen: set = set()
        dup = next(k for k, _ in pairs if k in seen or seen.add(k))
        raise ValueError(f"duplicate key {excerpt(dup)} in one object")
    return d


def _constant_path(data) -> str | None:
    """Where the first NaN/Infinity marker is, as a field path (iterative: no recursion limit)."""
    todo = [("", data)]
    while todo:
        path, v = todo.pop()
        if isinstance(v, _Constant):
            return path
        items = v.items() if isinstance(v, dict) else enumerate(v) if isinstance(v, list) else ()
        for k, x in reversed(list(items)):
            todo.append((f"{path}[{k}]" if isinstance(k, int) else f"{path}.{k}" if path else k, x))
    return None


def parse_json(text: str, source: str):
    """The JSON of a lab: ``ScenarioError`` for bad syntax, a repeated key, NaN/Infinity (naming its field)."""
    seen: list[_Constant] = []  # the walk for the field costs a second on a 5 MB file: only when needed
    try:
        data = json.loads(text, parse_constant=lambda c: seen.append(_Constant(c)) or seen[-1],
                          object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as e:
        raise ScenarioError(source, f"line {e.lineno} column {e.colno}", f"not valid JSON: {e.msg}") from None
    except (ValueError, RecursionError) as e:  # duplicate keys, huge integers, or absurd nesting
        raise ScenarioError(source, "", f"not valid JSON: {e}") from None
    where = _constant_path(data) if seen else None
    if where is not None:
        raise ScenarioError(source, where, "NaN and Infinity are not allowed in a scenario")
    return data
