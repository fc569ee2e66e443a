"""Texts of issue 16's last points: the graph's toolbar tooltips follow a language switch,
and counts read with plural forms ("1 guest", "2 guests") instead of "guest(s)"."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator

from core.formats.model import Imported
from core.model.kinds import Mode, Product
from gui.dialogs.import_report import import_lines
from gui.document.drops import Drops
from gui.shell.multi_menu import MultiMenu
from gui.shell.selection import Selection

ROOT = Path(__file__).resolve().parents[2]




def _tips(graph) -> dict[str, str]:
    return {a.objectName() or a.text(): a.toolTip() for a in graph.toolbar.actions() if not a.isSeparator()}


def test_zoom_tooltips_follow_a_language_switch(qtbot, tmp_path, qapp):
    from gui.document.document import Document
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    from .test_graph_view import make_world

    win = MainWindow(Document(make_world()), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    zoom_in = win.graph._tool_texts[0][0]
    assert zoom_in.toolTip().startswith("Zoom in (")  # with its shortcut
    before = QLocale()
    try:
        win.language.switch("zh_CN")
        assert zoom_in.toolTip().startswith("放大 (")  # the .ts's "Zoom in", shortcut kept
        assert "Zoom" not in " ".join(a.toolTip() for a, _src in win.graph._tool_texts)
        win.language.switch("en")
        assert zoom_in.toolTip().startswith("Zoom in (")
    finally:
        QLocale.setDefault(before)
        for tr in qapp.findChildren(QTranslator):
            qapp.removeTranslator(tr)
            tr.deleteLater()
        win.doc.set_running(False)


def _imported(guests: int) -> Imported:
    imp = Imported("lab.vmx", "vmx", Mode.HOSTED, Product.VMWARE_WORKSTATION)
    imp.guests.extend([object()] * guests)
    return imp


def test_the_import_report_counts_guests_with_plural_forms(language):
    assert language("en")
    assert import_lines(_imported(1))[0].startswith("lab.vmx: 1 guest for ")
    assert import_lines(_imported(3))[0].startswith("lab.vmx: 3 guests for ")
    assert language("zh_CN")
    assert import_lines(_imported(3))[0].startswith("lab.vmx：3 个客户机")


def test_other_counts_read_with_plural_forms(language):
    assert language("en")
    assert Drops().moved(1) == "Move 1 guest to %1" and Drops().moved(2) == "Move 2 guests to %1"
    assert Selection().containers_too(1).startswith("The VMs to delete run 1 container inside")
    assert MultiMenu().text("power_on", 2) == "Power On 2 Guests"
    assert MultiMenu().text("move", 1) == "Move 1 Guest To"
    assert language("zh_CN")
    assert MultiMenu().text("power_off", 3) == "将 3 个客户机关机"


def test_no_count_shown_to_users_is_written_with_s_in_brackets():
    # A "word(s)" in the GUI's sources is the source text of a plural form (%n: English reads
    # its real forms from virtlab_en.ts) or one of core's templates that gui.text.reasons reads
    # with plural forms ({count}).  " (s)" after a space is a unit: seconds.
    for path in sorted((ROOT / "gui").rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r'"[^"]*[A-Za-z]\(s\)[^"]*"', line) and not line.strip().startswith("#"):
                assert "%n" in line or "{count}" in line, f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
