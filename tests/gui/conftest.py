"""Fixtures shared by the GUI tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTranslator

from gui.document.document import Document
from gui.shell.app import install_translations
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings
from gui.testing import close_discarding


@pytest.fixture
def bare_window(qtbot, tmp_path, monkeypatch):
    """A main window on an empty lab with its own settings and data folder; closed at the end
    (a question about unsaved changes is answered "discard", by clicking, as a student would)."""
    monkeypatch.setenv("VIRTLAB_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow(Document(), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    yield w
    close_discarding(w)


@pytest.fixture
def language(qapp):
    """Install a language's translators for one test (replacing any installed) and remove
    them afterwards; ``language(lang)`` returns the catalogues it loaded."""
    def use(lang: str) -> list[str]:
        for tr in qapp.findChildren(QTranslator):
            qapp.removeTranslator(tr)
        return install_translations(qapp, lang)

    before = QLocale()
    yield use
    QLocale.setDefault(before)
    for tr in qapp.findChildren(QTranslator):
        qapp.removeTranslator(tr)
        tr.deleteLater()
