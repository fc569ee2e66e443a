"""One selection for the library and the layer graph, and commands on it as one undo step.

Ctrl/Shift-click selects several rows in the library or several nodes in the
graph (and a rubber band there); ``SelectionSync`` keeps both showing the same
hosts and guests.  Power buttons, Delete and the right-click menu then act on
all of them.  Guests for which a power button means nothing (already off, …)
are left out of the step rather than refusing the whole of it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QObject
from PySide6.QtWidgets import QMessageBox

from core import edits
from core.model.kinds import GuestState


class SelectionSync(QObject):
    """Keeps the library's selection and the graph's the same; ``ids`` is that selection,
    ``current`` the object among them whose tab and Learn page show."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.ids: list[str] = []
        self.current = ""
        self._busy = False  # while one side is being set from the other
        self._kept: tuple[list[str], str] | None = None  # the selection while a row moves
        window.library.view.selectionModel().selectionChanged.connect(self._from_library)
        window.graph.selection_changed.connect(self.set)
        window.doc.world_replaced.connect(self._clear)
        # A guest that moves to another host leaves its row and gets a new one: the tree
        # forgets it was selected, so the selection is put back once the row is there.
        window.library.model.row_moving.connect(self._hold)
        window.library.model.row_moved.connect(self._restore)

    def _clear(self) -> None:
        self.ids, self.current = [], ""

    def _hold(self) -> None:
        if self._kept is None:
            self._kept = (list(self.ids), self.current)
        self._busy = True

    def _restore(self) -> None:
        self._busy = False
        kept, self._kept = self._kept, None
        world = self.w.doc.world
        if kept is not None and len(kept[0]) > 1 and all(i in world.hosts or i in world.guests for i in kept[0]):
            self.set(*kept)

    def _from_library(self, *_args) -> None:
        if self._busy:
            return
        lib = self.w.library
        self.ids, self.current = lib.selected_ids(), lib.current_id()
        self._busy = True
        try:
            self.w.graph.set_selection(self.ids, self.current)
        finally:
            self._busy = False

    def set(self, ids: list[str], current: str) -> None:
        """Select ``ids`` everywhere with ``current`` the current object (its tab and Learn page)."""
        if self._busy:
            return
        self.ids, self.current = list(dict.fromkeys(ids)), current
        lib, graph = self.w.library, self.w.graph
        self._busy = True
        try:
            model = lib.view.selectionModel()
            rows = QItemSelection()
            for obj in self.ids:
                index = lib.proxy_index(obj)
                if index.isValid():
                    rows.select(index, index)
            flag = QItemSelectionModel.SelectionFlag
            here = lib.proxy_index(current)
            if here.isValid():
                model.setCurrentIndex(here, flag.NoUpdate)  # the window follows (library.selected)
            model.select(rows, flag.ClearAndSelect | flag.Rows)
            if self.w.current_id != current:  # a row the library's search hides
                self.w.set_current(current)
            graph.set_selection(self.ids, current)
        finally:
            self._busy = False


class Selection(QObject):
    """Texts with a count (a class, so lupdate reads their plural forms from ``tr``)."""

    def containers_too(self, n: int) -> str:
        return self.tr("The VMs to delete run %n container(s) inside them. Delete those containers with them? "
                       "(Undo brings all back.)", "", n)


def install(window) -> None:
    window.selection = SelectionSync(window)


def selected_objects(window) -> list[str]:
    """The selected hosts and guests; the current object alone if it is not among them."""
    world = window.doc.world
    sync = getattr(window, "selection", None)
    ids = sync.ids if sync is not None else window.library.selected_ids()
    ids = [i for i in ids if i in world.hosts or i in world.guests]
    return ids if window.current_id in ids else [window.current_id] if window.current_id else []


def selected_guests(window) -> list[str]:
    world = window.doc.world
    return [i for i in selected_objects(window) if i in world.guests]


def able(world, guests: list[str], op: str) -> list[str]:
    """The guests a power operation means something for now (core allows it; power off: not off)."""
    return [g for g in guests if edits.Power(g, op).check(world)
            and not (op == "power_off" and world.guests[g].state is GuestState.OFF)]


def power(window, op: str, text: Callable[[int], str]) -> None:
    """``text(n)``: the undo entry for n guests (the caller's translation, with plural forms)."""
    doc = window.doc
    guests = [i for i in selected_objects(window) if i in doc.world.guests]
    steps = tuple(edits.Power(g, op) for g in able(doc.world, guests, op))
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
        Selection().containers_too(len(inside)))
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
