"""Real drag-and-drop events for tests, like orange-canvas-core's gui/test.py.

The events carry real mime data and go through ``QApplication.sendEvent`` to
the target (for item views and graphics views: their viewport), so the
widget's own dragEnter/dragMove/drop handlers run exactly as for a user.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

_BUTTONS = Qt.MouseButton.LeftButton
_MODS = Qt.KeyboardModifier.NoModifier


def _point(pos) -> QPoint:
    # Qt 6's QDragEnterEvent/QDragMoveEvent take an integer QPoint.
    return pos.toPoint() if isinstance(pos, QPointF) else QPoint(pos)


def drag_over(target: QWidget, md: QMimeData, pos, action=Qt.DropAction.CopyAction):
    """Enter and move over ``pos``; returns (enter, move) events to inspect."""
    p = _point(pos)
    enter = QDragEnterEvent(p, action, md, _BUTTONS, _MODS)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(p, action, md, _BUTTONS, _MODS)
    QApplication.sendEvent(target, move)
    return enter, move


def drop_at(target: QWidget, md: QMimeData, pos, action=Qt.DropAction.CopyAction) -> QDropEvent:
    drop = QDropEvent(QPointF(_point(pos)), action, md, _BUTTONS, _MODS)
    QApplication.sendEvent(target, drop)
    return drop


def drag_and_drop(target: QWidget, md: QMimeData, pos, action=Qt.DropAction.CopyAction):
    """The whole gesture; returns (enter, move, drop)."""
    enter, move = drag_over(target, md, pos, action)
    return enter, move, drop_at(target, md, pos, action)
