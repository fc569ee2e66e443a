"""The Step Through dock: each view steps through its path, the layer graph outlines
the hop being explained, keys and play work, text is plain and copyable, and every
text core can produce is listed for translation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar

from core import edits
from core.course.mechanisms import EXPLANATIONS, KINDS, OPS, path_for
from core.course.mechanisms_catalog import every_action
from core.edits.codec import encode
from core.files import locations
from gui.document.document import Document
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings
from gui.testing import close_discarding
from gui.text import path_texts


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("VIRTLAB_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow(Document(), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)  # the dock's keys are shortcuts of the active window
    assert w.open_lab(locations.demo_lab())
    yield w
    close_discarding(w)  # a modified lab asks first: answered by clicking
    w.doc.set_running(False)


def panel_of(win):
    return win.step_through.panel


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("guest", ["kvm-noept", "xen-pv", "web"])
def test_each_view_steps_through_its_path_and_outlines_each_hop(win, kind, guest):
    win.set_current(guest)
    win.findChild(type(win.step_through.actions[kind]), f"actionStepThrough_{kind}").trigger()
    panel = panel_of(win)
    assert win.step_through.dock.isVisible() and panel.kind == kind
    assert panel.guest.currentData() == guest
    expected = path_for(win.doc.world, guest, kind, OPS[kind][0])
    seen = []
    for k, hop in enumerate(expected.hops):
        assert panel.step == k
        assert win.graph.marked == (hop.node,)  # the graph outlines exactly this hop's node
        assert win.graph.items[hop.node].drop_state == "accept"
        assert panel.primary.hops.currentRow() == k
        assert f"{k + 1}" in panel.position.text()
        seen.append(hop.node)
        QTest.keyClick(panel, Qt.Key.Key_Right)
    assert panel.step == len(expected.hops) - 1  # stays on the last hop
    assert not panel.forward.isEnabled()
    QTest.keyClick(panel, Qt.Key.Key_Left)
    assert panel.step == max(0, len(expected.hops) - 2)
    QTest.keyClick(panel, Qt.Key.Key_Home)
    assert panel.step == 0 and win.graph.marked == (seen[0],)


def test_every_operation_can_be_picked(win):
    panel = panel_of(win)
    win.step_through.open("memory", "kvm-db")
    for i, op in enumerate(OPS["memory"]):
        panel.op.setCurrentIndex(i)
        panel.op.activated.emit(i)
        p = path_for(win.doc.world, "kvm-db", "memory", op)
        assert panel.primary.hops.count() == len(p.hops)
        assert panel.primary.path.op == op
    assert "memory references: 15" in panel.primary.total.toPlainText()  # 2 MB pages: a shorter nested walk
    panel.kinds.setCurrentIndex(KINDS.index("io"))
    assert panel.kind == "io" and panel.op.currentData() == OPS["io"][0]


def test_two_stacks_side_by_side_outline_both_hops(win):
    panel = panel_of(win)
    win.step_through.open("instruction", "kvm-noept")
    panel.op.setCurrentIndex(panel.op.findData("page-table"))
    panel.op.activated.emit(panel.op.currentIndex())
    panel.compare_with("xen-pv")
    assert panel.second.isVisible()
    a = path_for(win.doc.world, "kvm-noept", "instruction", "page-table")
    b = path_for(win.doc.world, "xen-pv", "instruction", "page-table")
    for k in range(max(len(a.hops), len(b.hops))):
        want = (a.hops[min(k, len(a.hops) - 1)].node, b.hops[min(k, len(b.hops) - 1)].node)
        assert win.graph.marked == tuple(dict.fromkeys(want))
        panel.step_forward()
    panel.go(2)  # the shadow-table update, priced from Adams2006's page-fault figures
    assert "[Adams2006]" in panel.primary.text.toPlainText()
    panel.compare_with("")
    assert not panel.second.isVisible() and len(win.graph.marked) == 1


def test_play_runs_to_the_end_and_stops(win, qtbot):
    panel = panel_of(win)
    win.step_through.open("io", "kvm-db")
    panel.speed.setCurrentIndex(panel.speed.count() - 1)
    n = panel.length()
    QTest.keyClick(panel, Qt.Key.Key_Space)
    assert panel.timer.isActive()
    qtbot.waitUntil(lambda: panel.step == n - 1 and not panel.timer.isActive(), timeout=10_000)
    assert win.graph.marked == (panel.primary.path.hops[-1].node,)
    QTest.keyClick(panel, Qt.Key.Key_Space)  # at the end, play starts again from the first hop
    assert panel.timer.isActive() and panel.step == 0
    panel.toggle_play()
    assert not panel.timer.isActive()


def test_explanation_is_plain_selectable_and_copyable(win):
    panel = panel_of(win)
    win.step_through.open("memory", "kvm-noept")
    text = panel.primary.text
    assert text.isReadOnly() and text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    text.selectAll()
    text.copy()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Step 1 of") and "Shadow page tables" in copied
    assert panel.primary.title.textFormat() == Qt.TextFormat.PlainText
    engine = panel.primary.path.engine  # the engine's own mmu figure, without EPT
    assert f"{engine['efficiency']:.2f}× native" in panel.primary.total.toPlainText()


def test_hostile_guest_name_stays_plain_text(win):
    win.doc.rename("kvm-db", "<b>x</b> %1 & %2")
    panel = panel_of(win)
    win.step_through.open("io", "kvm-db")
    assert panel.primary.full_title.startswith("<b>x</b> %1 & %2 — ")
    assert panel.primary.title.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;b&gt;x&lt;/b&gt;" in panel.primary.title.toolTip()  # escaped, never rendered
    assert "<b>x</b> %1 & %2" in panel.primary.text.toPlainText()


def test_reachable_from_vm_menu_toolbar_and_learn(win):
    vm_menu = win.actions.menus["menuVm"]
    names = {a.objectName() for a in vm_menu.actions()}
    assert {f"actionStepThrough_{k}" for k in KINDS} <= names
    menu = win.context_menus.menu_for("xen-pv")  # the right-click menu of a guest
    assert {f"actionStepThrough_{k}" for k in KINDS} <= {a.objectName() for a in menu.actions()}
    menu.deleteLater()
    bar = win.findChild(QToolBar, "mainToolBar")
    assert "actionStepThrough" in {a.objectName() for a in bar.actions()}
    win.set_current("xen-pv")
    learn = win.learn.panel
    button = win.step_through.learn_button
    learn.show_concept("swap")
    assert button.isHidden()
    learn.show_concept("mechanism:memory")
    assert not button.isHidden()
    button.click()
    panel = panel_of(win)
    assert win.step_through.dock.isVisible() and panel.kind == "memory"
    assert panel.guest.currentData() == "xen-pv"
    win.step_through.dock.hide()
    assert win.graph.marked == ()  # a hidden dock leaves no outline behind


def test_every_core_text_is_listed_for_translation():
    listed = set(path_texts.ACTIONS)
    assert every_action() <= listed
    assert {k: v for k, v in path_texts.EXPLANATIONS.items()} == EXPLANATIONS
    assert set(path_texts.OPS) == {op for ops in OPS.values() for op in ops}
    assert set(path_texts.KINDS) == set(KINDS)


@pytest.fixture
def chinese(qapp):
    from PySide6.QtCore import QLocale, QTranslator

    from core.files.locations import resources_dir

    old = QLocale()
    tr = QTranslator()
    assert tr.load(str(resources_dir() / "translations" / "virtlab_zh_CN.qm"))
    qapp.installTranslator(tr)
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    qapp.removeTranslator(tr)
    QLocale.setDefault(old)


def test_chinese_student_reads_every_hop_in_chinese(chinese, win):
    panel = panel_of(win)
    win.step_through.open("instruction", "xen-pv")
    panel.op.setCurrentIndex(panel.op.findData("page-table"))
    panel.op.activated.emit(panel.op.currentIndex())
    panel.go(1)
    text = panel.primary.text.toPlainText()
    assert "超级调用" in text and "第 2 步" in text and "hypercall" not in text
    assert panel.op.currentText() == "页表更新"
    assert "退出：1 次" in panel.primary.total.toPlainText()


def test_reaching_the_last_hop_is_announced_for_lab_goals(win, qtbot):
    panel = panel_of(win)
    win.step_through.open("memory", "xen-pv")
    n = len(panel.primary.path.hops)
    with qtbot.wait_signal(panel.completed) as sig:
        panel.go(n - 1)
    assert sig.args == ["xen-pv", "memory", "page-fault"]


def test_stepping_to_the_end_meets_the_lab_goal_and_is_recorded(win, qtbot):
    assert win.open_lab(locations.labs_dir() / "inside-the-machine.vlab")
    states = win.lab_panel.goal_states
    assert not any(met for _text, met in states())
    depth = win.doc.undo_stack.count()
    win.set_current("pv")
    win.step_through.open("instruction", "pv")
    panel = panel_of(win)
    panel.show_path("pv", "instruction", "page-table")
    panel.go(panel.length() - 1)  # the last hop
    qtbot.waitUntil(lambda: states()[0][1])
    assert [met for _text, met in states()] == [True, False, False, False, False]
    assert win.doc.undo_stack.count() == depth  # watching is not something to undo
    watched = [item["edit"] for item in win.files.meta.record.items if "edit" in item]
    assert encode(edits.WatchPath("pv", "instruction", "page-table")) in watched  # the grader replays it
