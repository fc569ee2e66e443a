"""The live layer graph (stub; being built out)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class GraphView(QWidget):
    node_selected = Signal(str)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("layerGraph")
        self.document = document
        QVBoxLayout(self)

    def select(self, obj_id: str) -> None:
        pass

    def zoom_in(self) -> None:
        pass

    def zoom_out(self) -> None:
        pass

    def fit(self) -> None:
        pass

    def export_png(self, path) -> bool:
        return False

    def export_svg(self, path) -> bool:
        return False
