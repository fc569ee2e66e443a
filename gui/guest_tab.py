"""A guest's tab (stub; being built out)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class GuestTab(QWidget):
    settings_requested = Signal(str)

    def __init__(self, document, guest_id: str, parent=None):
        super().__init__(parent)
        self.document = document
        self.obj_id = guest_id
