"""Fuzzing the scenario loader: thousands of mutated lab files.

Every input either loads or raises ``ScenarioError`` (never anything else).
No wall clock here: a loader that hangs on an input is caught by pytest's
``faulthandler_timeout`` (pyproject.toml), which dumps where it hangs, and
the fuzz script in bench/ reports slow inputs with figures.
"""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.files import locations
from core.files.scenario import ScenarioError, loads_scenario

from .helpers import json_paths

SEEDS = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(locations.labs_dir().glob("*.vlab"))]

scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=True),
                    st.text(max_size=30), st.sampled_from(["vm", "container", "hybrid", "kvm", "lab-pc", "*",
                                                           "nginx", "running", "zh_CN", "para", "host_mode"]))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=10), inner, max_size=4)),
                      max_leaves=12)




@st.composite
def mutated(draw):
    doc = copy.deepcopy(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        spots = [p for p in json_paths(doc) if p]
        where = draw(st.sampled_from(spots))
        parent = doc
        for k in where[:-1]:
            parent = parent[k]
        action = draw(st.sampled_from(["replace", "delete", "add", "duplicate"]))
        key = where[-1]
        if action == "replace":
            parent[key] = draw(values)
        elif action == "delete":
            del parent[key]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = draw(values)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
    return doc


def _check(text: str) -> None:
    try:
        loads_scenario(text, source="fuzz.vlab")
    except ScenarioError as e:
        assert e.path == "fuzz.vlab" and e.problem


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_labs_load_or_raise_scenario_error(doc):
    _check(json.dumps(doc, allow_nan=True))


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_truncated_and_spliced_files(noise):
    raw = json.dumps(SEEDS[0])
    cut = len(noise) * 37 % len(raw)
    _check(raw[:cut] + noise.decode("latin-1") + raw[cut:])
