"""Preferences: language, simulation tick rate, theme, autosave, undo steps.  Saved in ``Settings``.

The tick rate applies at once (``Document.set_tick_rate``); the theme applies
through the settings' ``valueChanged`` signal (the main window listens); a new
language applies at once (gui/shell/language.py retranslates the open window).
The number of undo steps applies to the next new or opened lab (an undo stack
takes a new limit only while it is empty: ``gui.shell.settings.follow_undo_limit``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout

from gui.dialogs import combo_named, fill_combo
from gui.document.document import Document
from gui.shell.settings import UNDO_LIMITS, Settings, undo_limit

# Language names are written in their own language, as language pickers do.
LANGUAGES = (("", None), ("en", "English"), ("zh_CN", "简体中文"))


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, document: Document, parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings, self.doc = settings, document
        self.language = combo_named(self, "languageCombo")
        fill_combo(self.language, [(name or self.tr("System default"), code) for code, name in LANGUAGES],
                   settings.value("language"))
        self.tick_rate = QSpinBox(self)
        self.tick_rate.setObjectName("tickRateSpin")
        self.tick_rate.setRange(1, 30)  # Document.set_tick_rate clamps to the same range
        self.tick_rate.setSuffix(self.tr(" ticks/s"))
        self.tick_rate.setValue(int(settings.value("tick_rate")))
        self.tick_rate.setToolTip(self.tr("How often the simulation steps per second of wall-clock time. "
                                          "Lower it on slow lab machines."))
        self.autosave = QSpinBox(self)
        self.autosave.setObjectName("autosaveSpin")
        self.autosave.setRange(0, 3600)
        self.autosave.setSingleStep(15)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setSpecialValueText(self.tr("Off"))
        self.autosave.setValue(int(settings.value("autosave_seconds")))
        self.autosave.setToolTip(self.tr("How often unsaved work is copied aside, so it can be recovered "
                                         "after a crash. 0 turns autosave off."))
        self.undo_limit = QSpinBox(self)
        self.undo_limit.setObjectName("undoLimitSpin")
        self.undo_limit.setRange(*UNDO_LIMITS)
        self.undo_limit.setSingleStep(100)
        self.undo_limit.setSuffix(self.tr(" steps"))
        self.undo_limit.setValue(undo_limit(settings))
        self.undo_limit.setToolTip(self.tr("How many steps Undo can go back. Older steps are forgotten, "
                                           "which keeps memory use flat in long sessions. "
                                           "A new value applies to the next lab you open or create."))
        self.theme = combo_named(self, "themeCombo")
        fill_combo(self.theme, [(self.tr("Follow the system"), "system"), (self.tr("Light"), "light"),
                                (self.tr("Dark"), "dark")], settings.value("theme"))
        note = QLabel(self.tr("A new language applies at once to the whole window."), self)
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        note.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", note)
        form.addRow(self.tr("&Tick rate:"), self.tick_rate)
        form.addRow(self.tr("&Autosave every:"), self.autosave)
        form.addRow(self.tr("&Undo up to:"), self.undo_limit)
        form.addRow(self.tr("T&heme:"), self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons, 0, Qt.AlignmentFlag.AlignBottom)
        self.setMinimumWidth(400)

    def accept(self) -> None:
        s = self.settings
        s.set_value("language", self.language.currentData())
        s.set_value("tick_rate", self.tick_rate.value())
        s.set_value("theme", self.theme.currentData())
        s.set_value("autosave_seconds", self.autosave.value())
        s.set_value("undo_limit", self.undo_limit.value())
        s.sync()
        self.doc.set_tick_rate(self.tick_rate.value())
        super().accept()
