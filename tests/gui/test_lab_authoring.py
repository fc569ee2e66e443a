"""Lab → Edit Lab…, Save as Lab… and Export Handout…: authoring a lab in the window."""

from __future__ import annotations

import json

import pytest

from core.course.goals import GOAL_TYPES
from core.course.grading import Lab
from core.files import locations
from core.files.scenario import load_scenario
from core.model.kinds import Mode, Product
from gui.document.document import Document
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings
from gui.testing import close_discarding

LAB = locations.labs_dir() / "kvm-qemu.vlab"



@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("VIRTLAB_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow(Document(), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.open_lab(LAB)
    yield w
    close_discarding(w)  # a modified lab asks first: answered by clicking
    w.doc.set_running(False)


def test_the_lab_menu_sits_before_help(win):
    names = [a.menu().objectName() for a in win.menuBar().actions() if a.menu()]
    assert names.index("menuLab") == names.index("menuHelp") - 1
    assert [a.objectName() for a in win.authoring.menu.actions()] == [
        "actionEditLab", "actionSaveAsLab", "actionExportHandout"]


def test_add_each_goal_type_reorder_remove_save_reopen(win, tmp_path):
    editor = win.authoring.edit_lab()
    start = len(editor.goals)
    order = [t for t in GOAL_TYPES if t != "guest_on_host"] + ["guest_on_host"]  # edited below
    for t in order:
        editor.add_goal(t)
    assert [d["type"] for d in editor.goals[start:]] == order
    assert editor.list.count() == start + len(GOAL_TYPES)
    # Edit the last added goal (guest_on_host) through its widgets.
    form = editor.form
    assert form.guest.isVisibleTo(editor) and not form.metric.isVisibleTo(editor)
    assert form.guest.currentText() == ""  # the lab has no guests yet: the student will make "vm1"
    form.guest.setEditText("vm1")
    form.text.setText("Web runs on the PC")
    form.text_zh.setText("网页服务器在 PC 上运行")
    form.text.textEdited.emit("Web runs on the PC")
    assert editor.goals[-1]["text"] == "Web runs on the PC" and editor.goals[-1]["guest"] == "vm1"
    # Ordering: this goal counts only after the first one (numbered from 1 in the list).
    form.after.setText("1")
    form.after.textEdited.emit("1")
    assert editor.goals[-1]["after"] == 0
    editor.move_goal(-1)
    assert editor.goals[-2]["type"] == "guest_on_host" and editor.list.currentRow() == len(editor.goals) - 2
    editor.list.setCurrentRow(0)
    editor.remove_goal()
    editor.title_zh.setText("实验 3（改）")
    editor.accept()
    assert editor.problem == ""
    meta = win.files.meta
    assert len(meta.goals) == start - 1 + len(GOAL_TYPES) and win.files.modified
    target = tmp_path / "authored.vlab"
    win.authoring.ask_lab_path = lambda: str(target)
    assert win.authoring.save_as_lab() == target
    assert "record" not in json.loads(target.read_text(encoding="utf-8"))
    s = load_scenario(target)
    assert [g.to_dict() for g in s.goals] == [g.to_dict() for g in meta.goals]
    zh = s.i18n["zh_CN"]
    assert zh["title"] == "实验 3（改）" and "网页服务器在 PC 上运行" in zh["goals"]
    assert Lab.read(target).goals  # a lab the grader accepts


def test_the_preview_follows_the_world(win):
    editor = win.authoring.edit_lab()
    assert editor.preview_states()[0] is False  # "the lab PC runs KVM"
    win.doc.set_mode("pc", Mode.HYBRID, Product.KVM)
    win.doc.step()
    assert editor.preview_states()[0] is True
    editor.reject()


def test_a_goal_the_form_cannot_make_keeps_the_dialog_open(win):
    win.doc.world.guests.clear()  # a guest_on_host goal needs a guest to name
    editor = win.authoring.edit_lab()
    editor.add_goal("guest_on_host")
    assert editor.problem == ""
    editor.accept()
    assert "guest" in editor.problem and editor.isVisible()
    editor.reject()


def test_the_handout_holds_every_goal_and_the_pdf_a_page(win, tmp_path):
    target = tmp_path / "handout.html"
    win.authoring.ask_handout_path = lambda: str(target)
    html_path, pdf_path = win.authoring.export_handout()
    page = html_path.read_text(encoding="utf-8")
    for g in win.files.meta.goals:
        assert g.text in page
    assert "data:image/png;base64," in page and "<script" not in page
    pdf = pdf_path.read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") + pdf.count(
        b"/Type /Page>") >= 1
