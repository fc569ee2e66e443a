"""A record of what a student did in a lab: pure data, read and written with the ``.vlab``.

A record names the lab it started from (``start``: a hash of that lab's
content, so a grader can refuse a submission made from another lab) and its
seed, then lists what happened, in order, each item with the simulated time
``t`` at which it happened::

    {"t": 0.0, "tick": 0.25}                        the clock's step from now on (seconds)
    {"t": 0.0, "clock": "run"}                      run, pause, step, speed (with "speed")
    {"t": 3.5, "edit": {"edit": "SetMode", ...}}    an edit the student made (core.edits.codec)
    {"t": 9.0, "undo": {...}}, {"t": 9.2, "redo": {...}}   what an undo / a redo applied
    {"t": 80.0, "save": true}                       the lab was saved (its world is this moment's)
    {"t": 0.0, "open": true}                        the saved lab was opened again (time starts anew)

Written inside the ``.vlab`` as ``"record": {"start", "seed", "items": [...]}``
with one item per line, so the file stays readable in a text editor.  Every
write ends with a ``save`` item: a record that does not is cut short.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.edits.base import Edit
from core.edits.hosts import Rename

if TYPE_CHECKING:
    from core.sim.world import World

KEY = "record"
CLOCK_ACTIONS = ("run", "pause", "step", "speed")
# The kinds of item, by the key that holds each one's content.
KINDS = ("tick", "clock", "edit", "undo", "redo", "save", "open")


def lab_hash(data: dict) -> str:
    """The content hash of a lab (parsed, migrated JSON): the same lab gives the same
    hash however its file is laid out; the record it carries is not part of it."""
    lab = {k: v for k, v in data.items() if k != KEY}
    text = json.dumps(lab, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Record:
    start: str  # lab_hash of the lab the student started from
    seed: int
    items: list[dict] = field(default_factory=list)

    # --- adding, as things happen ----------------------------------------------------
    def add_edit(self, t: float, edit: Edit, kind: str = "edit") -> None:
        """``kind``: "edit" (the student's), "undo" (the inverse an undo applied) or "redo"."""
        # The codec brings pydantic and the lab schema: a window without a lab does not need them
        # (tests/gui/test_startup.py).
        from core.edits.codec import encode  # noqa: PLC0415

        self.items.append({"t": float(t), kind: encode(edit)})

    def add_clock(self, t: float, action: str, speed: float | None = None) -> None:
        item: dict = {"t": float(t), "clock": action}
        if speed is not None:
            item["speed"] = float(speed)
        self.items.append(item)

    def add_tick(self, t: float, dt: float) -> None:
        self.items.append({"t": float(t), "tick": float(dt)})

    def add_renames(self, world: World, before: dict[str, str]) -> None:
        """Names given without an edit (a lab's names in the UI language, on opening), as renames."""
        for obj_id, name in before.items():
            obj = world.hosts.get(obj_id) or world.guests.get(obj_id)
            if obj is not None and obj.name != name:
                self.add_edit(world.time, Rename(obj_id, obj.name))

    def reopened(self) -> Record:
        """The saved lab is being opened again: its world was rebuilt from the file."""
        if self.items:
            self.items.append({"t": 0.0, "open": True})
        return self

    # --- writing ---------------------------------------------------------------------
    def to_dict(self, now: float) -> dict:
        """The record as written at simulated time ``now``: it ends with the save."""
        return {"start": self.start, "seed": self.seed, "items": [*self.items, {"t": float(now), "save": True}]}

    @property
    def actions(self) -> int:
        return sum(1 for item in self.items if "edit" in item or "undo" in item or "redo" in item)


def from_dict(data: dict) -> Record:
    """A record from its (schema-checked) JSON object; items are checked when replayed."""
    return Record(data["start"], data["seed"], list(data["items"]))


def dumps_lab(data: dict) -> str:
    """The lab's JSON text, indented, with its record (if any) last and one item per line."""
    return dumps_lab_bytes(data).decode("utf-8")


def dumps_lab_bytes(data: dict) -> bytes:
    """``dumps_lab`` as UTF-8, built line by line.

    A record grows with every step a student takes (52,000 items after the
    20,000-action run, docs/robustness.md), and one name outside the BMP (an
    emoji) makes Python store a whole joined text at 4 bytes a character: the
    text of such a record, joined and then concatenated, cost ~70 MB at each
    save, and those peaks raised the window's memory save after save.  Bytes
    are one per ASCII character and are joined once.
    """
    rest = {k: v for k, v in data.items() if k != KEY}
    head = json.dumps(rest, indent=2, ensure_ascii=False, allow_nan=False).encode("utf-8")
    record = data.get(KEY)
    if record is None:
        return head + b"\n"

    def one(value) -> bytes:
        return json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")

    items = record["items"]
    parts = [head[:-2], b",\n", b'  "', KEY.encode("ascii"), b'": {\n    "start": ', one(record["start"]),
             b',\n    "seed": ', one(record["seed"]), b',\n    "items": [\n']
    for k, item in enumerate(items):  # ``head`` ends with "\n}": the record goes before it
        parts.append(b"      " + one(item) + (b",\n" if k < len(items) - 1 else b""))
    parts.append(b"\n    ]\n  }\n}\n")
    return b"".join(parts)
