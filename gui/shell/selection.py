"""Commands on the library's selection: several hosts and guests at once, as one undo step.

Ctrl/Shift-click selects several rows; power buttons and Delete then act on
all of them.  Guests for which a power button means nothing (already off,
…) are left out of the step rather than refusing the whole of it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from core import edits
from gui.text.substitute import fill


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


def _containers_go_too(window, ids: list[str]) -> bool:
    """A VM with containers inside goes only with them: ask once for the whole selection
    (core refuses otherwise, with its reason, and nothing is deleted)."""
    world = window.doc.world
    inside = [c for i in ids if i in world.guests for c in world.containers_in(i)]
    if not inside:
        return False
    answer = QMessageBox.question(
        window, QCoreApplication.translate("Selection", "Delete containers too?"),
        fill(QCoreApplication.translate("Selection", "The VMs to delete run %1 container(s) inside them. "
                                        "Delete those containers with them? (Undo brings all back.)"),
             len(inside)))
    return answer == QMessageBox.StandardButton.Yes


def delete(window, text: Callable[[int], str]) -> None:
    doc, ids = window.doc, selected_objects(window)
    world = doc.world
    together = _containers_go_too(window, ids)
    # Guests first, then hosts; a guest whose host (or VM) goes too leaves with it.
    steps = [edits.RemoveGuest(i, with_containers=together) for i in ids if i in world.guests
             and world.guests[i].host_id not in ids and not (together and world.guests[i].in_vm in ids)]
    steps += [edits.RemoveHost(i) for i in ids if i in world.hosts]
    if len(steps) == 1:
        doc.apply(steps[0])
    elif steps:
        doc.apply(edits.Batch(tuple(steps)), text(len(steps)))
