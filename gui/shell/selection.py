"""Commands on the library's selection: several hosts and guests at once, as one undo step.

Ctrl/Shift-click selects several rows; power buttons and Delete then act on
all of them.  Guests for which a power button means nothing (already off,
…) are left out of the step rather than refusing the whole of it.
"""

from __future__ import annotations

from collections.abc import Callable

from core import edits


def selected_objects(window) -> list[str]:
    """The selected hosts and guests; the current object alone if it is not among them."""
    world = window.doc.world
    ids = [i for i in window.library.selected_ids() if i in world.hosts or i in world.guests]
    return ids if window.current_id in ids else [window.current_id] if window.current_id else []


def power(window, op: str, text: Callable[[int], str]) -> None:
    """``text(n)``: the undo entry for n guests (the caller's translation, with plural forms)."""
    doc = window.doc
    guests = [i for i in selected_objects(window) if i in doc.world.guests]
    steps = tuple(e for e in (edits.Power(g, op) for g in guests) if e.check(doc.world))
    if len(guests) == 1 or not steps:
        if guests:
            doc.apply(edits.Power(guests[0], op))  # a refusal: the document says why
        return
    doc.apply(edits.Batch(steps) if len(steps) > 1 else steps[0], text(len(steps)) if len(steps) > 1 else None)


def delete(window, text: Callable[[int], str]) -> None:
    doc, ids = window.doc, selected_objects(window)
    world = doc.world
    # Guests first, then hosts; a guest whose host goes too leaves with it.
    steps = [edits.RemoveGuest(i) for i in ids if i in world.guests and world.guests[i].host_id not in ids]
    steps += [edits.RemoveHost(i) for i in ids if i in world.hosts]
    if len(steps) == 1:
        doc.apply(steps[0])
    elif steps:
        doc.apply(edits.Batch(tuple(steps)), text(len(steps)))
