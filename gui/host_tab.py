"""A physical host's tab (stub; being built out)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class HostTab(QWidget):
    def __init__(self, document, host_id: str, parent=None):
        super().__init__(parent)
        self.document = document
        self.obj_id = host_id
