"""The one undo command: it holds a core edit and, once applied, its inverse.

``Document.apply`` checks the edit and pushes it; the stack's first ``redo``
applies it without checking again.  A later redo checks afresh, because time
has moved on since the undo (a VM may be booting, a host may be full); a redo
the rules refuse makes the command obsolete, and the document then drops
every command after it too, since they may act on what this one created.
Undo applies the inverse, which only puts back what was there.  Views never
listen to commands: they follow the world's events, relayed by the document.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from core.edits import Edit, perform
from core.sim import rules
from core.sim.world import World


class EditCommand(QUndoCommand):
    # Told ("undo" | "redo", the edit applied) after an undo or a later redo changed the
    # world: a recording keeps them (gui/document/recording.py sets it on each new command).
    on_replayed: Callable[[str, Edit], None] | None = None

    def __init__(self, world: World, edit: Edit, text: str, on_refused: Callable[[rules.Verdict], None]):
        super().__init__(text)
        self.world, self.edit, self.on_refused = world, edit, on_refused
        self.inverse: Edit | None = None
        self._checked = True  # Document.apply has just checked it

    def redo(self) -> None:
        try:
            if self._checked:
                self.inverse = self.edit.apply(self.world)
            else:
                self.inverse = perform(self.world, self.edit)
                if self.on_replayed:
                    self.on_replayed("redo", self.edit)
        except rules.RuleError as e:
            self._refuse(e.verdict)
        self._checked = False

    def undo(self) -> None:
        verdict = self.inverse.check(self.world) if self.inverse is not None else rules.OK
        if self.inverse is None or not verdict:
            self._refuse(verdict)
            return
        self.inverse.apply(self.world)
        if self.on_replayed:
            self.on_replayed("undo", self.inverse)

    def _refuse(self, verdict: rules.Verdict) -> None:
        self.setObsolete(True)
        self.on_refused(verdict)
