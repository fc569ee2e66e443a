"""Small meters (stub; being built out)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class MeterBar(QWidget):
    pass


class Sparkline(QWidget):
    pass
