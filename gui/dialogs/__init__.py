"""VirtLab's dialogs: new host, the New VM wizard, guest settings, preferences.

Every dialog that changes the world asks ``core`` while the user edits and
shows the refusal's reason inside the dialog (``ReasonLabel``), with OK
disabled until the answer is yes: the user never learns of a refusal only
after pressing OK.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout


class ReasonLabel(QLabel):
    """Why the current input is refused, or nothing.  Plain text: reasons quote names."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reasonLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("color: #c62828;")
        self.setMinimumHeight(self.fontMetrics().height() * 2)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def fill_combo(combo: QComboBox, entries, current=None) -> None:
    """``entries``: (text, data) pairs; selects the entry whose data is ``current``."""
    combo.blockSignals(True)
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    i = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(i, 0))
    combo.blockSignals(False)


def combo_named(parent, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    return combo


def checked_form_layout(dialog: QDialog, form: QFormLayout) -> tuple[ReasonLabel, QDialogButtonBox]:
    """Lay out ``form``, a reason line and OK/Cancel in ``dialog``; returns (reason, buttons)."""
    reason = ReasonLabel(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    lay = QVBoxLayout(dialog)
    lay.addLayout(form)
    lay.addWidget(reason)
    lay.addWidget(buttons)
    return reason, buttons
