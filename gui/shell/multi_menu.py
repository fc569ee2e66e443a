"""The right-click menu of several selected hosts and guests: what applies to all of them.

Power on, power off, delete and "Move To ▸ host", each one undo step for the
whole selection (``gui.shell.selection`` for power and delete, the drops'
``apply_move`` for moves, so a menu move and a drag of the same guests do the
same).  An entry nothing selected can take is disabled and says why.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu

from core import edits
from core.model.naming import natural_key
from gui.document import drops
from gui.shell import selection

MENU_NAME = "objectContextMenu"  # as gui.shell.context_menus: tests find either by it


class MultiMenu(QObject):
    """The menu's texts (a class, so lupdate reads their plural forms from ``tr``)."""

    def text(self, key: str, n: int) -> str:
        return {
            "power_on": lambda: self.tr("Power On %n Guest(s)", "", n),
            "power_off": lambda: self.tr("Power Off %n Guest(s)", "", n),
            "undo_power_on": lambda: self.tr("Power on %n guest(s)", "", n),
            "undo_power_off": lambda: self.tr("Power off %n guest(s)", "", n),
            "delete": lambda: self.tr("Delete %n Object(s)", "", n),
            "undo_delete": lambda: self.tr("Delete %n object(s)", "", n),
            "move": lambda: self.tr("Move %n Guest(s) To", "", n),
            "none": lambda: self.tr("None of the selected guests can do this now."),
        }[key]()


def _t(key: str, n: int = 0) -> str:
    return MultiMenu().text(key, n)


def multi_menu(window, ids: list[str]) -> QMenu:
    """The menu for ``ids`` (the selection: hosts and guests)."""
    doc = window.doc
    world = doc.world
    guests = [i for i in ids if i in world.guests]
    menu = QMenu(window)
    menu.setObjectName(MENU_NAME)
    menu.setToolTipsVisible(True)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def power(op: str, name: str) -> None:
        able = selection.able(world, guests, op)
        act = menu.addAction(_t(op, len(able) or len(guests)))
        act.setObjectName(name)
        act.setEnabled(bool(able))
        if not able:
            act.setToolTip(_t("none"))
        act.triggered.connect(lambda: selection.power(window, op, lambda n: _t("undo_" + op, n)))

    power("power_on", "actionPowerOnSelected")
    power("power_off", "actionPowerOffSelected")
    if guests:
        menu.addMenu(_move_menu(window, guests, menu))
    menu.addSeparator()
    delete = menu.addAction(_t("delete", len(ids)))
    delete.setObjectName("actionDeleteSelected")
    delete.triggered.connect(lambda: selection.delete(window, lambda n: _t("undo_delete", n)))
    return menu


def _move_menu(window, guests: list[str], parent: QMenu) -> QMenu:
    """One entry per host; a host that cannot take them all is disabled with the first refusal."""
    doc, world = window.doc, window.doc.world
    sub = QMenu(_t("move", len(guests)), parent)
    sub.setObjectName("menuMoveSelected")
    sub.setToolTipsVisible(True)
    for hid in sorted(world.hosts, key=lambda h: (natural_key(world.hosts[h].name), h)):
        edit = edits.move_guests(world, guests, hid)
        part, verdict = edits.first_refusal(world, edit)
        act = sub.addAction(world.hosts[hid].name.replace("&", "&&"))  # "&" is not a shortcut mark here
        act.setData(hid)
        act.setEnabled(bool(verdict))
        if not verdict:
            # Explicit rich text with the names escaped: a name from a lab file cannot inject markup.
            act.setToolTip(f"<p>{escape(drops.refusal_text(world, part, verdict))}</p>")
        act.triggered.connect(lambda _=False, e=edit: drops.apply_move(doc, e))
    return sub
