"""Driving simulated time in tests: tick by tick, never by the real timer.

``Document.step()`` is one tick (speed × 1/tick rate simulated seconds).
Waiting on the document's QTimer ties a test to the machine's speed and to
wall-clock timeouts; stepping the clock gives the same ticks on every run.
"""

from __future__ import annotations

from collections.abc import Callable


def step_until(doc, condition: Callable[[], bool], max_ticks: int = 2000) -> int:
    """Step ``doc`` until ``condition()`` holds; returns the ticks it took.

    Fails (naming the simulated time) if it does not hold within ``max_ticks``.
    """
    for ticks in range(max_ticks + 1):
        if condition():
            return ticks
        if ticks < max_ticks:
            doc.step()
    raise AssertionError(f"not reached after {max_ticks} ticks (simulated t = {doc.world.time:.1f} s)")
