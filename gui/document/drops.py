"""The one drop path: every drop target (library row, host tab, graph node) uses it.

While a payload is dragged over a host, ``hover`` asks core whether the edit
it would make is allowed, tells the widget which mark to show (accept or
refuse), keeps the refusal's text in ``message`` and announces the answer once per
host and payload (the status bar shows a refusal, and clears it when the
answer turns to yes).  On release, ``drop`` builds
the edit and gives it to ``Document.apply``, which checks it once, pushes one
undo step and reports a refusal to the status bar and the event log.  Real
configuration files dragged from the desktop are handed on as
``Document.files_dropped`` (``gui.shell.real_formats`` imports them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, Qt

from core import edits
from core.sim import rules
from gui.document import mime
from gui.document.document import Document
from gui.text.reasons import reason_text
from gui.text.substitute import fill
from gui.text.value_names import template_text


def drop_place(world, target: str | None, kind: str) -> str | None:
    """Where a payload of ``kind`` dropped on ``target`` (a host, or a guest's row, node or
    tab) goes: a container template dropped on a VM goes into that VM (a nested
    stack, ``core.sim.nesting``) and one dropped on a container inside a VM goes
    beside it; anything else dropped on a guest goes to the guest's host."""
    if target in world.hosts:
        return target
    g = world.guests.get(target) if target else None
    if g is None:
        return None
    if kind == "container":
        return g.in_vm or (g.id if g.is_vm else g.host_id)
    return g.host_id


def edit_for(doc: Document, target: str | None, md: QMimeData, probe: bool = False) -> edits.Edit | None:
    """The edit dropping ``md`` on ``target`` (a host or a guest) makes; None when the payload is not ours."""
    d = mime.decode(md)
    place = drop_place(doc.world, target, d["kind"]) if d is not None else None
    if place is None:
        return None
    host_id = doc.world.guests[place].host_id if place in doc.world.guests else place
    if d["kind"] != "container":
        place = host_id
    if d["kind"] == "guest":
        return edits.move_guests(doc.world, d["guests"], host_id)
    try:
        return edits.guest_from_template(doc.world, place, d["kind"], d["template"], probe=probe,
                                         name=template_text(d["kind"], d["template"]))
    except KeyError:  # a template this version does not have
        return None


class Drops(QObject):
    """The drop path's own texts (a class, so lupdate reads the plural form from ``tr``)."""

    def moved(self, n: int) -> str:
        return self.tr("Move %n guest(s) to %1", "", n)

    def cannot_go(self) -> str:
        return self.tr("%1 cannot go there: %2")


def refusal_text(world, part: edits.Edit, verdict: rules.Verdict) -> str:
    """Why ``part`` cannot be done, naming its guest when the reason does not."""
    text = reason_text(verdict)
    g = world.guests.get(getattr(part, "guest_id", ""))
    if g is None or g.name in text:
        return text
    return fill(Drops().cannot_go(), g.name, text)


def apply_move(doc: Document, edit: edits.Edit) -> tuple[edits.Edit, rules.Verdict]:
    """Apply a move of one or several guests as one undo step.  When one guest of several
    cannot go nothing moves, and the status bar and the event log say which and why.
    Returns the part refused (or the edit) and the verdict."""
    if not isinstance(edit, edits.Batch):
        return edit, doc.apply(edit)  # one guest: the document checks it and reports a refusal
    part, verdict = edits.first_refusal(doc.world, edit)
    if not verdict:
        doc.refused.emit(verdict)
        doc.logged.emit("warning", refusal_text(doc.world, part, verdict))
        return part, verdict
    host = edit.edits[0].host_id
    return edit, doc.apply(edit, fill(Drops().moved(len(edit.edits)), doc.name_of(host)))


def drop_action(md: QMimeData) -> Qt.DropAction:
    return Qt.DropAction.MoveAction if md.hasFormat(mime.GUEST_MIME) else Qt.DropAction.CopyAction


class DropTarget:
    """A widget's drop behaviour.  ``mark(host_id, state)`` draws the hover mark:
    state "accept", "refuse" or None (host_id None: clear every mark)."""

    def __init__(self, doc: Document, mark: Callable[[str | None, str | None], None]):
        self.doc, self.mark = doc, mark
        self.message = ""  # the refusal shown while hovering, "" when the drop would be accepted
        self._announced: tuple | None = None
        self._asked: tuple = (None, None)  # (drag, host and lab state, its answer) of the last hover

    def enter(self, event) -> bool:
        """Accept the drag into the widget if it carries a VirtLab payload or configuration files."""
        if mime.decode(event.mimeData()) is None and not mime.config_files(event.mimeData()):
            event.ignore()
            return False
        self._announced = None
        event.accept()
        return True

    def hover(self, event, host_id: str | None) -> rules.Verdict | None:
        md = event.mimeData()
        if host_id in self.doc.world.hosts and mime.config_files(md):
            # Real configuration files: what maps and what does not is reported after the drop.
            self.mark(host_id, "accept")
            self.message = ""
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return rules.OK
        edit = edit_for(self.doc, host_id, md, probe=True)
        if edit is None:
            self.mark(None, None)
            self.message = ""
            event.ignore()
            return None
        # Asked again on each mouse move: the same drag over the same unchanged lab has the same answer
        # (several moves are tried on a copy of the lab, which takes a while in a big lab).
        key = (host_id, bytes(md.data(mime.GUEST_MIME)), self.doc.undo_stack.index(), self.doc.world.time)
        if isinstance(edit, edits.Batch) and key == self._asked[0]:
            part, verdict = self._asked[1]
        else:
            part, verdict = edits.first_refusal(self.doc.world, edit)
            self._asked = (key, (part, verdict))
        self.mark(host_id, "accept" if verdict else "refuse")
        if verdict:
            self.message = ""
            event.setDropAction(drop_action(md))
            event.accept()
        else:
            self.message = refusal_text(self.doc.world, part, verdict)
            event.ignore()
        key = (host_id, bytes(md.data(mime.TEMPLATE_MIME) or md.data(mime.GUEST_MIME)), verdict.ok)
        if key != self._announced:  # once per host, payload and answer, not on every mouse move
            self._announced = key
            self.doc.drop_hovered.emit(verdict)
        return verdict

    def leave(self) -> None:
        self.mark(None, None)
        if self._announced is not None and not self._announced[-1]:
            self.doc.drop_hovered.emit(rules.OK)  # the refusal no longer holds: nothing is dragged here
        self._announced = None

    def drop(self, event, host_id: str | None) -> rules.Verdict | None:
        self.mark(None, None)
        md = event.mimeData()
        files = mime.config_files(md)
        if host_id in self.doc.world.hosts and files:
            self.doc.files_dropped.emit(host_id, files)  # imported (one undo step each) with a report
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return rules.OK
        edit = edit_for(self.doc, host_id, md)
        part, verdict = edit, None
        if edit is not None and mime.decode(md)["kind"] == "guest":
            part, verdict = apply_move(self.doc, edit)
        elif edit is not None:
            verdict = self.doc.apply(edit)  # checked once there; a refusal is reported by the document
        if verdict:
            self.message = ""
            event.setDropAction(drop_action(md))
            event.accept()
        else:
            self.message = refusal_text(self.doc.world, part, verdict) if verdict is not None else ""
            event.ignore()  # the document has reported the reason
        return verdict
