"""Bring an older scenario file up to the current format version.

Each step takes the parsed JSON of version N and returns version N + 1, so a
file of any older version walks the chain.  Steps work on plain dicts, before
the schema sees the data, and report problems as ``ScenarioError``.

Versions:
    1  the first format (hosts, guests, goals)
    2  adds the optional ``i18n`` translations of the title, description and goals;
       later, still version 2 (optional, so older version 2 files load unchanged):
       the VM fields ``sriov``, ``snapshots`` and ``linked_to``
    3  adds the optional ``record`` of what the student did (``core.files.record``)
    4  nested stacks: a container's optional ``in_vm`` (the Linux VM it runs in) and
       a snapshot's optional ``containers`` (core.sim.nesting)
"""

from __future__ import annotations

from collections.abc import Callable

from core.files.errors import ScenarioError


def _v1_to_v2(data: dict, source: str) -> dict:
    if "i18n" in data:
        raise ScenarioError(source, "i18n", "translations need format version 2; set \"version\": 2")
    return {**data, "version": 2}


def _v2_to_v3(data: dict, source: str) -> dict:
    if "record" in data:
        raise ScenarioError(source, "record", "a record needs format version 3; set \"version\": 3")
    return {**data, "version": 3}


def _v3_to_v4(data: dict, source: str) -> dict:
    for i, g in enumerate(data.get("guests") or []):
        if isinstance(g, dict) and "in_vm" in g:
            raise ScenarioError(source, f"guests[{i}].in_vm",
                                "containers inside VMs need format version 4; set \"version\": 4")
    return {**data, "version": 4}


# version -> the step that turns it into the next version
STEPS: dict[int, Callable[[dict, str], dict]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}


def migrate(data: dict, current: int, source: str) -> dict:
    """``data`` (its header already checked: 1 <= version <= current) as version ``current``."""
    while data["version"] < current:
        data = STEPS[data["version"]](data, source)
    return data
