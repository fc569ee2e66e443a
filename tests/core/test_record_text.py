"""A record's file text (core.files.record.dumps_lab_bytes) and reading it back.

A long record is written line by line as bytes, so a save does not build the
whole text at 4 bytes a character (docs/robustness.md); the text must be the
one ``dumps_lab`` always wrote: the lab indented, one record item per line.
"""

from __future__ import annotations

import json

import pytest

from core import edits
from core.files import record as records
from core.files.errors import ScenarioError
from core.files.locations import demo_lab
from core.files.scenario import load_scenario, loads_scenario, scenario_bytes, world_to_dict

EMOJI_NAME = "שלום 🖥️ 实验"  # outside the BMP, right-to-left and CJK: the costly kinds of text


def _lab_with_record(items: int) -> dict:
    s = load_scenario(demo_lab())
    host = next(iter(s.world.hosts))
    for k in range(items):
        s.record.add_clock(float(k), "step")
        s.record.add_edit(float(k), edits.Rename(host, f"{EMOJI_NAME} {k}"))
    return world_to_dict(s.world, s.title, s.description, s.seed, s.tick_seconds, s.goals, s.i18n,
                         s.record.to_dict(s.world.time))


def _joined(data: dict) -> str:
    """The text as one string, as dumps_lab built it before: the reference layout."""
    rest = {k: v for k, v in data.items() if k != records.KEY}
    text = json.dumps(rest, indent=2, ensure_ascii=False, allow_nan=False)
    rec = data[records.KEY]
    one = lambda v: json.dumps(v, ensure_ascii=False, allow_nan=False)  # noqa: E731
    items = ",\n".join(f"      {one(item)}" for item in rec["items"])
    return (text[:-2] + f',\n  "record": {{\n    "start": {one(rec["start"])},\n    "seed": {one(rec["seed"])},\n'
            f'    "items": [\n{items}\n    ]\n  }}' + "\n}\n")


@pytest.mark.parametrize("items", [0, 1, 40])
def test_the_bytes_are_the_one_text_with_one_item_a_line(items):
    data = _lab_with_record(items)
    raw = records.dumps_lab_bytes(data)
    assert raw == _joined(data).encode("utf-8")
    assert records.dumps_lab(data) == raw.decode("utf-8")
    assert json.loads(raw) == json.loads(json.dumps(data))
    lines = raw.decode("utf-8").splitlines()
    assert sum(1 for line in lines if line.startswith('      {"t"')) == len(data[records.KEY]["items"])


def test_a_lab_without_a_record_ends_with_a_newline():
    data = {k: v for k, v in _lab_with_record(0).items() if k != records.KEY}
    assert records.dumps_lab_bytes(data) == (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()


def test_a_saved_record_opens_with_every_item():
    s = load_scenario(demo_lab())
    host = next(iter(s.world.hosts))
    s.record.add_edit(0.0, edits.Rename(host, EMOJI_NAME))
    raw = scenario_bytes(s.world, s.title, s.description, s.seed, s.tick_seconds, s.goals, s.i18n,
                         s.record.to_dict(s.world.time))
    again = loads_scenario(raw.decode("utf-8"))
    assert again.record.items == s.record.items + [{"t": 0.0, "save": True}]
    assert again.record.start == s.record.start


def test_a_record_item_that_is_not_an_object_is_refused_with_its_field():
    data = _lab_with_record(2)
    data[records.KEY]["items"][1] = [1, 2]
    with pytest.raises(ScenarioError) as e:
        loads_scenario(json.dumps(data))
    assert e.value.field == "record.items[1]"
    assert "valid dictionary" in e.value.problem
