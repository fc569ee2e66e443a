"""Drag and drop with real Qt events and the palette's real mime data.

Like orange-canvas-core's test helper: QDragEnter, QDragMove and QDrop are
sent to the library tree's viewport at a host row's position.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QToolTip

from gui.document import mime
from tests.gui.test_main_window import make_window

# The refusal tooltip asks the offscreen platform to raise() its window, which it cannot.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def win(qtbot, tmp_path):
    return make_window(qtbot, tmp_path)


def _drag_event(cls, pos: QPointF, action, md):
    """PySide6 6.12 takes a QPointF (the QPoint form is deprecated); 6.11 only a QPoint."""
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    try:
        return cls(pos, action, md, buttons, mods)
    except TypeError:
        return cls(pos.toPoint(), action, md, buttons, mods)


def drag_onto(view, obj_id: str, md, action=Qt.DropAction.CopyAction):
    """Enter, move and drop ``md`` at the centre of ``obj_id``'s row; returns (move, drop) events."""
    index = view.parent().proxy_index(obj_id)
    assert index.isValid()
    pos = QPointF(view.visualRect(index).center())
    target = view.viewport()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = _drag_event(QDragEnterEvent, pos, action, md)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()  # our payload: the tree takes the drag in
    move = _drag_event(QDragMoveEvent, pos, action, md)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(pos, action, md, buttons, mods)
    QApplication.sendEvent(target, drop)
    return move, drop


def palette_mime(win, kind: str, template_id: str):
    item = win.palette.item_for(kind, template_id)
    return win.palette.mimeData([item])


def test_container_image_onto_container_host_is_accepted(win):
    before = set(win.doc.world.guests)
    move, drop = drag_onto(win.library.view, "dock", palette_mime(win, "container", "redis"))
    assert move.isAccepted() and drop.isAccepted()
    assert drop.dropAction() == Qt.DropAction.CopyAction
    (new,) = set(win.doc.world.guests) - before
    g = win.doc.world.guests[new]
    assert g.host_id == "dock" and g.config.image == "redis"
    # the tree shows it under its host, and one Undo takes it away
    assert win.library.model.item_for(new).parent() is win.library.model.item_for("dock")
    win.doc.undo_stack.undo()
    assert new not in win.doc.world.guests


@pytest.mark.parametrize("kind, template, host, words", [
    ("vm", "ubuntu", "plain", "runs no hypervisor"),
    ("container", "nginx", "esx", "needs a Linux kernel"),
])
def test_refused_drop_changes_nothing_and_says_why(win, kind, template, host, words):
    before = dict(win.doc.world.guests)
    depth = win.doc.undo_stack.count()
    move, drop = drag_onto(win.library.view, host, palette_mime(win, kind, template))
    assert not move.isAccepted() and not drop.isAccepted()
    assert win.doc.world.guests == before and win.doc.undo_stack.count() == depth
    assert words in win.status.refusal.text()
    assert words in win.event_log.lines()[-1]
    assert words in QToolTip.text()


def test_guest_dragged_from_tree_moves_to_another_host(win):
    md = mime.guest_mime("vm1")
    move, drop = drag_onto(win.library.view, "ws2", md, Qt.DropAction.MoveAction)
    assert move.isAccepted() and drop.isAccepted()
    assert win.doc.world.guests["vm1"].host_id == "ws2"
    assert win.library.model.item_for("vm1").parent() is win.library.model.item_for("ws2")


def test_running_guest_cannot_be_moved(win):
    win.doc.power_on("vm1")
    move, drop = drag_onto(win.library.view, "ws2", mime.guest_mime("vm1"), Qt.DropAction.MoveAction)
    assert not move.isAccepted() and not drop.isAccepted()
    assert win.doc.world.guests["vm1"].host_id == "ws"
    assert "Power off" in win.status.refusal.text()


def test_foreign_mime_is_not_taken(win):
    from PySide6.QtCore import QMimeData

    md = QMimeData()
    md.setText("hello")
    index = win.library.proxy_index("dock")
    pos = QPointF(win.library.view.visualRect(index).center())
    enter = _drag_event(QDragEnterEvent, pos, Qt.DropAction.CopyAction, md)
    QApplication.sendEvent(win.library.view.viewport(), enter)
    assert not enter.isAccepted()


def test_palette_offers_every_template_with_an_icon(win):
    from core.model.catalog import IMAGES, VM_TEMPLATES

    for kind, ids in (("vm", VM_TEMPLATES), ("container", IMAGES)):
        for tid in ids:
            item = win.palette.item_for(kind, tid)
            assert not item.icon(0).isNull()
            assert mime.decode(win.palette.mimeData([item])) == {"kind": kind, "template": tid}
