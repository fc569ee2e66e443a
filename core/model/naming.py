"""The order in which a student reads hosts and guests: natural, as a file manager sorts.

"vm 2" comes before "vm 10" and case does not matter; the id breaks ties so
the order is total and stable.  The library, the layer graph and the CLI all
list objects in this order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

_DIGITS = re.compile(r"(\d+)")
# The longest name a host, guest or snapshot may have: what a lab file can hold
# (core/files/scenario_schema.py ``Name``), so anything named in the window saves and opens again.
NAME_MAX = 200
T = TypeVar("T")


def natural_key(text: str) -> tuple:
    """A sort key in which runs of digits compare as numbers."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
                 for part in _DIGITS.split(text) if part)


def in_reading_order(objects: Iterable[T]) -> list[T]:
    """Hosts or guests (anything with ``name`` and ``id``) in natural order of their names."""
    return sorted(objects, key=lambda o: (natural_key(o.name), o.id))


def fit_name(base: str, suffix: str = "") -> str:
    """``base + suffix`` cut to NAME_MAX, cutting the base (a clone keeps its " (clone)")."""
    return base[:max(0, NAME_MAX - len(suffix))] + suffix
