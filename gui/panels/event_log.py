"""The event log: what happened, when, in plain text.

Each line carries the wall-clock time and the simulated time, so a student can
match a refusal or a state change to the moment in the lab it happened.
Names come from scenario files, so text is inserted as plain text (never
parsed as HTML); warnings are coloured through a character format instead.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from gui.document.document import Document
from gui.text.substitute import fill

MAX_LINES = 2000  # keep memory bounded over a long session


class EventLog(QPlainTextEdit):
    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.setObjectName("eventLogView")
        self.doc = document
        self.setReadOnly(True)
        self.setMaximumBlockCount(MAX_LINES)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setPlaceholderText(self.tr("Changes, refusals and state changes appear here."))
        document.logged.connect(self.add)

    def add(self, level: str, text: str) -> None:
        stamp = datetime.now().strftime("%H:%M:%S")
        sim = fill(self.tr("t=%1 s"), f"{self.doc.world.time:.1f}")
        fmt = QTextCharFormat()
        if level == "warning":
            fmt.setForeground(QColor("#c62828"))
        elif level == "error":
            fmt.setForeground(QColor("#b71c1c"))
            fmt.setFontWeight(700)
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if not self.document().isEmpty():
            cursor.insertBlock()
        cursor.insertText(f"{stamp}  {sim}  ", QTextCharFormat())
        cursor.insertText(text, fmt)
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def lines(self) -> list[str]:
        return self.toPlainText().splitlines()
