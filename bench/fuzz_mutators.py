"""Ways to break a lab file, for ``bench/fuzz_labs.py``.

Each mutator takes a random generator and a bundled lab (its parsed JSON and
its text) and returns the bytes of a broken file, or a ``Special`` for a file
that is not a regular file at all (a FIFO, a socket, a folder, a device).
All are deterministic for a given generator state.
"""

from __future__ import annotations

import copy
import json
import random
from dataclasses import dataclass

# Values a hostile file may put where a number belongs; the strings are raw JSON literals.
NUMBERS = ["0", "-0.0", "5e-324", "1e-320", "1.7976931348623157e+308", "1e999", "-1e999", "NaN", "Infinity",
           "-Infinity", "-1", "-2147483649", "9223372036854775808", "18446744073709551616", "1" + "0" * 400,
           "9" * 5000, "0.0009", "1e-7", "3600.0000001", "65536", "1.5", "-0", "1e308"]
# Invisible, control and direction-changing characters.
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u2066", "\u2067", "\u2069",
             "\u061c", "\x00", "\x07", "\x1b[31m", "\r", "\n", "\x85", "\x9b", "\u2028", "\u2029", "\ud800",
             "\U000e0041", "\u00a0", "\u3000"]
MARK = "\u0000FUZZ-MARK\u0000"  # stands in for a raw literal until the text is written


@dataclass(frozen=True)
class Special:
    """A path that is not a regular file: kind is fifo, socket, folder, device, dangling or empty."""

    kind: str


def _paths(node, prefix=()):
    """Every path to a value inside ``node`` (iteratively: seeds are small, but nesting may not be)."""
    todo = [(prefix, node)]
    while todo:
        path, v = todo.pop()
        yield path
        if isinstance(v, dict):
            todo.extend(((*path, k), x) for k, x in v.items())
        elif isinstance(v, list):
            todo.extend(((*path, i), x) for i, x in enumerate(v))


def _pick(rng: random.Random, doc, want=None):
    """A random (parent, key) inside ``doc`` whose value passes ``want``; None if there is none."""
    spots = [p for p in _paths(doc) if p]
    if want is not None:
        spots = [p for p in spots if want(_get(doc, p))]
    if not spots:
        return None
    where = rng.choice(spots)
    return _get(doc, where[:-1]), where[-1]


def _get(doc, path):
    for k in path:
        doc = doc[k]
    return doc


def _dump(doc, literal: str | None = None) -> bytes:
    text = json.dumps(doc, ensure_ascii=False, allow_nan=True)
    if literal is not None:
        text = text.replace(json.dumps(MARK, ensure_ascii=False), literal)
    return text.encode("utf-8", "surrogatepass")


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


# --- mutators -----------------------------------------------------------------------

def byte_flips(rng, doc, text):
    raw = bytearray(text.encode("utf-8", "surrogatepass"))
    for _ in range(rng.randint(1, 8)):
        raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
    return bytes(raw)


def truncation(rng, doc, text):
    raw = text.encode("utf-8", "surrogatepass")
    return raw[: rng.randrange(len(raw))]


def type_swap(rng, doc, text):
    spot = _pick(rng, doc)
    if spot:
        parent, key = spot
        parent[key] = rng.choice([None, True, 0, -1, 1.5, "", "x", [], {}, [1, 2], {"a": 1}, ["vm"], "1"])
    return _dump(doc)


def numbers(rng, doc, text):
    spot = _pick(rng, doc, _is_number) if rng.random() < 0.8 else _pick(rng, doc)
    if not spot:
        return _dump(doc)
    parent, key = spot
    parent[key] = MARK
    return _dump(doc, rng.choice(NUMBERS))


def deep_nesting(rng, doc, text):
    depth = rng.choice([100, 990, 1000, 5000, 100_000, 400_000])
    opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
    literal = opener * depth + "1" + closer * depth if opener != "[" else opener * depth + closer * depth
    spot = _pick(rng, doc)
    if spot:
        parent, key = spot
        parent[key] = MARK
    return _dump(doc, literal)


def huge_string(rng, doc, text):
    spot = _pick(rng, doc, lambda v: isinstance(v, str)) or _pick(rng, doc)
    size = rng.choice([300, 5_000, 100_000, 900_000, 2_000_000, 6_000_000])
    unit = rng.choice(["A", "\u200b", "中", "\u202e", "😀", "%2", "<b>", "\\"])
    if spot:
        parent, key = spot
        parent[key] = unit * (size // len(unit.encode("utf-8", "surrogatepass")))
    return _dump(doc)


def invisible(rng, doc, text):
    for _ in range(rng.randint(1, 3)):
        spot = _pick(rng, doc, lambda v: isinstance(v, str))
        if not spot:
            break
        parent, key = spot
        chars = "".join(rng.choice(INVISIBLE) for _ in range(rng.randint(1, 5)))
        at = rng.randint(0, len(parent[key]))
        parent[key] = parent[key][:at] + chars + parent[key][at:]
    if rng.random() < 0.3:  # an invisible character in a key
        spot = _pick(rng, doc, lambda v: isinstance(v, dict) and v)
        if spot:
            obj = spot[0][spot[1]]
            k = rng.choice(list(obj))
            obj[k + rng.choice(INVISIBLE)] = obj.pop(k)
    return _dump(doc)


def duplicate_ids(rng, doc, text):
    lists = [k for k in ("hosts", "guests") if isinstance(doc.get(k), list) and doc[k]]
    if lists and rng.random() < 0.7:
        items = doc[rng.choice(lists)]
        copies = rng.choice([1, 1, 2, 600, 25_000])
        original = copy.deepcopy(rng.choice(items))
        items.extend(copy.deepcopy(original) for _ in range(copies))
        if isinstance(original, dict) and rng.random() < 0.5 and isinstance(original.get("id"), str):
            items[-1]["id"] = doc["hosts"][0].get("id") if doc.get("hosts") else "x"  # a host's id on a guest
        return _dump(doc)
    raw = text.replace('"title":', '"title": "first", "title":', 1)  # a repeated key
    return raw.encode("utf-8", "surrogatepass")


def boms_and_encodings(rng, doc, text):
    kind = rng.choice(["utf8-bom", "double-bom", "utf16", "utf16-le", "utf16-be", "utf32", "latin1", "bom-inside"])
    if kind == "utf8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    if kind == "double-bom":
        return b"\xef\xbb\xbf\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    if kind == "bom-inside":
        at = rng.randrange(len(text))
        return (text[:at] + "\ufeff" + text[at:]).encode("utf-8", "surrogatepass")
    if kind == "latin1":
        return (text + "é").encode("latin-1", "replace")
    codec = {"utf16": "utf-16", "utf16-le": "utf-16-le", "utf16-be": "utf-16-be", "utf32": "utf-32"}[kind]
    return text.encode(codec, "surrogatepass")


def special_file(rng, doc, text):
    return Special(rng.choice(["fifo", "socket", "folder", "device", "dangling", "empty"]))


def combination(rng, doc, text):
    """Two or three structural mutations of the same lab."""
    for mutate in rng.sample([type_swap, numbers, invisible, duplicate_ids], rng.randint(2, 3)):
        raw = mutate(rng, doc, text)
        try:
            doc = json.loads(raw.decode("utf-8", "surrogatepass"))
        except ValueError:
            return raw  # a raw literal (NaN, deep nesting) that JSON cannot carry on: stop here
        text = raw.decode("utf-8", "surrogatepass")
    return text.encode("utf-8", "surrogatepass")


MUTATORS = {f.__name__: f for f in (byte_flips, truncation, type_swap, numbers, deep_nesting, huge_string,
                                    invisible, duplicate_ids, boms_and_encodings, special_file, combination)}
# How often each is chosen (special files are few: each is one kind of path, not a family of inputs).
WEIGHTS = {"byte_flips": 10, "truncation": 6, "type_swap": 12, "numbers": 16, "deep_nesting": 4,
           "huge_string": 6, "invisible": 10, "duplicate_ids": 6, "boms_and_encodings": 6, "special_file": 3,
           "combination": 12}


def mutate(rng: random.Random, seeds: list[tuple[dict, str]]) -> tuple[str, bytes | Special]:
    """(mutator name, the broken file's bytes or a Special) from one of the bundled labs."""
    name = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    doc, text = rng.choice(seeds)
    return name, MUTATORS[name](rng, copy.deepcopy(doc), text)
