"""Nothing in a host or guest tab is cut off or drawn over its neighbour.

The main window opens the demo lab at the screen sizes lab PCs have
(1280x720, 1366x768, 1920x1080), in English and in Chinese, and every host tab and a guest
tab are checked: each visible label is as tall as its wrapped text needs (or
as wide as its one line, unless it elides on purpose with "…"), no two
visible sibling labels overlap, and fixed-height widgets (meters, pickers)
get their minimum height.  A refused mode change (a red reason in the tab)
is checked too, because it makes the mode box taller.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import QDockWidget, QLabel, QSizePolicy, QStyle, QWidget

from core.course.compare import WORKLOAD_NAMES
from core.files.locations import demo_lab, labs_dir
from core.model.kinds import GuestState, Mode, Product
from gui.dialogs.compare_view import CompareView
from gui.dialogs.side_by_side import SideBySideDialog
from gui.document.document import Document
from gui.shell.app import install_translations
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings
from gui.tabs.guest_cards import CARD_W

SIZES = ((1280, 720), (1366, 768), (1920, 1080))


def has_cjk_font() -> bool:
    return any("Noto Sans CJK" in f for f in QFontDatabase.families())


@pytest.fixture(params=["en", "zh_CN"])
def lang(request, qapp):
    """The interface language for one test; zh_CN needs a CJK font to mean anything."""
    if request.param == "zh_CN" and not has_cjk_font():
        pytest.skip("no Noto Sans CJK font installed")
    before = QLocale()
    loaded = install_translations(qapp, request.param)
    if request.param == "zh_CN":
        assert "virtlab_zh_CN" in loaded
    yield request.param
    QLocale.setDefault(before)
    for tr in qapp.findChildren(QTranslator):
        qapp.removeTranslator(tr)
        tr.deleteLater()


@pytest.fixture(params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def win(request, lang, qtbot, tmp_path):
    w = MainWindow(Document(), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.resize(*request.param)
    w.show()
    qtbot.wait_exposed(w)
    assert w.open_lab(demo_lab())
    w.doc.step()  # meters and cards get their first sample
    yield w
    w.doc.set_running(False)


def _name(w: QWidget) -> str:
    text = w.text() if isinstance(w, QLabel) else ""
    return f"{type(w).__name__}#{w.objectName() or '?'} {text[:40]!r}"


def problems(tab: QWidget) -> list[str]:
    """Every clipped or overlapping label, and every squeezed fixed-height widget, in ``tab``."""
    out = []
    labels = [lb for lb in tab.findChildren(QLabel) if lb.isVisible() and lb.text()]
    for lb in labels:
        if lb.wordWrap():
            need = lb.heightForWidth(lb.width())
            if lb.height() < need - 1:
                out.append(f"{_name(lb)}: {lb.height()} px tall, its text needs {need}")
        elif lb.pixmap().isNull():
            fm = lb.fontMetrics()
            room = lb.contentsRect()
            text = lb.text()
            if "…" not in text and fm.horizontalAdvance(text) > room.width() + 1:  # "…": elided on purpose
                out.append(f"{_name(lb)}: {room.width()} px wide, its text needs {fm.horizontalAdvance(text)}")
            if room.height() < fm.height() - 1:
                out.append(f"{_name(lb)}: {room.height()} px tall, a line needs {fm.height()}")
    by_parent: dict[int, list[QLabel]] = {}
    for lb in labels:
        by_parent.setdefault(id(lb.parentWidget()), []).append(lb)
    for group in by_parent.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.geometry().intersects(b.geometry()):
                    out.append(f"{_name(a)} overlaps {_name(b)}")
    for w in tab.findChildren(QWidget):
        if w.isVisible() and w.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Fixed:
            need = max(w.minimumSizeHint().height(), w.minimumHeight())
            if w.height() < need:
                out.append(f"{_name(w)}: squeezed to {w.height()} px, needs {need}")
    return out


def settled(qtbot, tab: QWidget) -> list[str]:
    """``problems(tab)`` once the layouts have had their turn of the event loop."""
    try:
        qtbot.wait_until(lambda: not problems(tab), timeout=500)
    except qtbot.TimeoutError:
        pass
    return problems(tab)


def test_host_tabs_show_every_label_whole(qtbot, win):
    assert len(win.doc.world.hosts) >= 5
    for host_id in win.doc.world.hosts:
        win.set_current(host_id)
        tab = win.tab_for(host_id)
        assert win.tabs.currentWidget() is tab
        assert settled(qtbot, tab) == [], host_id
        assert tab.scroll.viewport().width() >= CARD_W, host_id  # a whole guest card, no sideways scrolling


def test_a_refused_mode_change_fits_in_the_tab(qtbot, win):
    world = win.doc.world
    host_id = next(g.host_id for g in world.guests.values() if g.state is not GuestState.OFF)
    win.set_current(host_id)
    tab = win.tab_for(host_id)
    index = tab.mode_combo.findData(Mode.NATIVE)
    tab.mode_combo.setCurrentIndex(index)
    tab.mode_combo.activated.emit(index)
    assert tab.mode_reason.isVisible() and tab.mode_reason.text() != ""
    # Refused through the document, like a refused drop: the status bar and the log say it too.
    assert win.status.refusal.text() == tab.mode_reason.text()
    assert any(line.endswith(tab.mode_reason.text()) for line in win.event_log.lines())
    assert settled(qtbot, tab) == []


# The guest tab's body scrolls (like the host tab's left column) rather than
# squeezing its Performance box when the tab is short.
def test_a_guest_tab_shows_every_label_whole(qtbot, win):
    guest_id = next(g.id for g in win.doc.world.guests.values() if g.state is GuestState.RUNNING)
    win.set_current(guest_id)
    tab = win.tab_for(guest_id)
    assert win.tabs.currentWidget() is tab
    assert settled(qtbot, tab) == []
    # Nothing runs off the right edge: the headline ("runs at 68 % of native speed") is whole in sight.
    from PySide6.QtWidgets import QScrollArea  # noqa: PLC0415

    scroll = tab.findChild(QScrollArea, "guestDetailsScroll")
    assert scroll.widget().width() <= scroll.viewport().width()
    right = tab.perf.mapTo(scroll.viewport(), tab.perf.rect().topRight()).x()
    assert right <= scroll.viewport().width(), tab.perf.text()


def header_margin(header) -> int:
    return 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)


def header_problems(header, texts: list[str]) -> list[str]:
    """Header sections whose title is cut: a word wider than the section, or more lines than it has room for."""
    fm = header.fontMetrics()
    out = []
    for col, text in enumerate(texts):
        width = header.sectionSize(col) - header_margin(header)
        need = fm.boundingRect(0, 0, width, 1000, int(Qt.TextFlag.TextWordWrap), text)
        if need.width() > width:
            out.append(f"{text!r}: a word does not fit {width} px")
        if need.height() > header.height():
            out.append(f"{text!r}: needs {need.height()} px of header, has {header.height()}")
    return out


def test_compare_view_headers_are_whole(qtbot, win):
    win.findChild(QAction, "actionCompareStacks").trigger()
    view = win.findChild(CompareView, "compareView")
    assert win.tabs.currentWidget() is view
    tree = view.tree
    for workload in list(WORKLOAD_NAMES)[::2]:
        view.set_workload(workload)
        head = tree.headerItem()
        texts = [head.text(c) for c in range(tree.columnCount())]
        assert all(head.toolTip(c) for c in range(tree.columnCount())), workload  # the whole title, explained
        try:
            qtbot.wait_until(lambda texts=texts: not header_problems(tree.header(), texts), timeout=500)
        except qtbot.TimeoutError:
            pass
        assert header_problems(tree.header(), texts) == [], workload
        # The columns fit the view: no sideways scrolling to reach the numbers.
        assert tree.header().length() <= tree.viewport().width() + 1, workload


def test_side_by_side_fits_its_table(qtbot, lang):
    dlg = SideBySideDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.wait_exposed(dlg)
    table, rows = dlg.table, dlg.table.verticalHeader()
    used = rows.length() + table.horizontalHeader().height() + 2 * table.frameWidth()
    assert abs(table.height() - used) <= 2  # no empty area under the last row, nothing scrolled away
    fm = rows.fontMetrics()
    for r in range(table.rowCount()):
        text = table.verticalHeaderItem(r).text()
        room = rows.width() - header_margin(rows)
        need = fm.boundingRect(0, 0, room, 1000, int(Qt.TextFlag.TextWordWrap), text)
        assert need.height() <= rows.sectionSize(r) and need.width() <= room, text


def test_mode_undo_text_names_the_mode_and_the_product(win, lang):
    doc = win.doc
    host_id = doc.add_host("rack-server", "Server 9")
    doc.set_mode(host_id, Mode.BARE_METAL, Product.ESXI)
    want = {"en": "Set Server 9 to bare-metal (VMware ESXi)", "zh_CN": "将 Server 9 设为裸金属虚拟化（VMware ESXi）"}
    assert doc.undo_stack.undoText() == want[lang]
    assert win.event_log.lines()[-1].endswith(want[lang])


def test_lab_brief_and_learn_are_both_in_sight(qtbot, win):
    """Not tabs of one panel: the lab sheet sits above the Learn panel, both visible and readable."""
    assert win.open_lab(labs_dir() / "kvm-qemu.vlab")
    lab, learn = win.findChild(QDockWidget, "labDock"), win.findChild(QDockWidget, "learnDock")
    qtbot.wait_until(lambda: lab.isVisible() and learn.isVisible() and not lab.visibleRegion().isEmpty())
    assert win.tabifiedDockWidgets(lab) == []
    assert not learn.visibleRegion().isEmpty()
    assert lab.geometry().bottom() < learn.geometry().top()  # one above the other, not overlapping
    assert abs(lab.x() - learn.x()) <= 1
    # Each gets enough height to read: the brief's first lines and goals, the explanation.
    assert lab.height() >= 200 and learn.height() >= 200
    assert win.lab_panel.goals.isVisible() and win.lab_panel.goals.height() >= 40
    inside = win.rect()
    for dock in (lab, learn):
        box = dock.geometry()
        assert inside.contains(box), dock.objectName()


def test_library_states_are_whole_and_cut_names_have_a_tooltip(qtbot, win):
    view = win.library.view
    model = view.model()
    fm = view.fontMetrics()
    rows, cut = [], 0
    def walk(parent):
        for r in range(model.rowCount(parent)):
            rows.append((model.index(r, 0, parent), model.index(r, 1, parent)))
            walk(model.index(r, 0, parent))
    walk(view.rootIndex())
    assert len(rows) >= 15
    for name_ix, status_ix in rows:
        status = status_ix.data()
        room = view.visualRect(status_ix).width()
        assert fm.horizontalAdvance(status) + 16 <= room, status  # 16: the kind icon
        name = name_ix.data()
        name_room = view.visualRect(name_ix).width() - 16 - 4
        if fm.horizontalAdvance(name) > name_room:
            cut += 1
            assert name in name_ix.data(Qt.ItemDataRole.ToolTipRole), name  # the whole name on hover
    assert win.library.width() >= 300


def button_problems(dlg) -> list[str]:
    """Buttons whose text is cut or that lie outside the dialog, and a dialog taller or wider than the window."""
    from PySide6.QtWidgets import QAbstractButton  # noqa: PLC0415

    out = []
    for b in dlg.findChildren(QAbstractButton):
        if not b.isVisible() or not b.text():
            continue
        fm = b.fontMetrics()
        if fm.horizontalAdvance(b.text().replace("&", "")) > b.width():
            out.append(f"{b.text()!r}: {b.width()} px wide")
        box = b.rect().translated(b.mapTo(dlg, b.rect().topLeft()))
        if not dlg.rect().contains(box):
            out.append(f"{b.text()!r}: outside the dialog")
    return out


def test_dialog_buttons_are_whole_and_inside(qtbot, win):
    from gui.dialogs.guest_settings import GuestSettingsDialog  # noqa: PLC0415
    from gui.dialogs.new_host import NewHostDialog  # noqa: PLC0415
    from gui.dialogs.new_vm import NewVmWizard  # noqa: PLC0415
    from gui.dialogs.preferences import PreferencesDialog  # noqa: PLC0415

    doc = win.doc
    vm = next(g.id for g in doc.world.guests.values() if g.is_vm)
    host = doc.world.guests[vm].host_id
    for dlg in (GuestSettingsDialog(doc, vm, win), NewHostDialog(doc, win), NewVmWizard(doc, host, win),
                PreferencesDialog(win.settings, doc, win)):
        dlg.show()
        qtbot.wait_exposed(dlg)
        assert dlg.height() <= win.height() and dlg.width() <= win.width(), type(dlg).__name__
        assert button_problems(dlg) == [], type(dlg).__name__
        dlg.close()
        dlg.deleteLater()
