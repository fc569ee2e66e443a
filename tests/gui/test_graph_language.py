"""The layer graph's texts follow a language change without a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTranslator

from gui.document.document import Document
from gui.graph.view import GraphView
from gui.shell.app import install_translations

from .test_graph_view import make_world


@pytest.fixture
def chinese_later(qapp):
    before = QLocale()
    yield lambda: install_translations(qapp, "zh_CN")
    QLocale.setDefault(before)
    for tr in qapp.findChildren(QTranslator):
        qapp.removeTranslator(tr)
        tr.deleteLater()


def _texts(v: GraphView) -> set[str]:
    out = {t.text() for t in v.backdrop.titles} | {t.text() for t in v.theme.meter_names.values()}
    for item in v.items.values():
        out |= {item._label.text(), item._caption.text()}
    for band in v.bands.values():
        out.add(band._sub.text())
    return out


def test_retranslate_redraws_captions_labels_and_row_titles(qtbot, chinese_later):
    d = Document(make_world())
    v = GraphView(d)
    qtbot.addWidget(v)
    v.resize(900, 600)
    v.show()
    qtbot.waitExposed(v)
    english = _texts(v)
    assert chinese_later(), "the Chinese catalogue should load"
    assert _texts(v) == english  # nothing changes by itself ...
    v.retranslate()
    chinese = _texts(v)
    changed = chinese - english
    assert changed, "no graph text was retranslated"
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in changed)  # ... now in Chinese
    assert v.theme.meter_names["MEM"].text() != "MEM" or v.backdrop.titles[0].text() != "Hardware"
    d.set_running(False)


def test_the_language_switch_retranslates_the_graph(qtbot, tmp_path, monkeypatch, qapp):
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    win = MainWindow(Document(make_world()), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    calls = []
    monkeypatch.setattr(win.graph, "retranslate", lambda: calls.append(1))
    before = QLocale()
    try:
        win.language.switch("zh_CN")
    finally:
        win.language.switch("en")
        QLocale.setDefault(before)
        for tr in qapp.findChildren(QTranslator):
            qapp.removeTranslator(tr)
            tr.deleteLater()
    assert len(calls) == 2
    win.doc.set_running(False)
