"""File → Submit…: a copy named with the student's name in the instructor's folder."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from core.course.grading import Lab, grade_file
from core.files import locations
from core.model.kinds import Mode, Product
from gui.shell.submit import file_part

LAB = locations.labs_dir() / "kvm-qemu.vlab"



@pytest.fixture
def win(bare_window):
    return bare_window


def test_submit_asks_once_and_writes_a_gradable_copy(win, tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    asked = []
    win.submit.ask_name = lambda: asked.append("name") or "李雷 2024001"
    win.submit.ask_folder = lambda: asked.append("folder") or str(folder)
    win.open_lab(LAB)
    win.doc.set_mode("pc", Mode.HYBRID, Product.KVM)
    assert win.actions.menus["menuFile"].actions().count(win.submit.action) == 1
    win.submit.action.trigger()
    target = folder / "李雷 2024001 - kvm-qemu.vlab"
    assert target.is_file() and win.submit.box.objectName() == "submitBox"
    assert win.files.modified  # a submission is a copy, not a save
    assert win.submit.submit() == target and asked == ["name", "folder"]  # remembered
    row = grade_file(target, Lab.read(LAB))
    assert row["student"] == "李雷 2024001" and row["status"] == "graded" and row["met"] == 1


def test_cancel_and_failure(win, tmp_path):
    win.submit.ask_name = lambda: ""
    assert win.submit.submit() is None and not win.settings.value("student_name")
    win.settings.set_value("student_name", "ann")
    win.settings.set_value("submission_folder", str(tmp_path))
    (tmp_path / "ann - lab.vlab").mkdir()  # something that cannot be replaced by a file
    assert win.submit.submit() is None
    box = win.submit.box
    assert box.objectName() == "submitErrorBox" and box.icon() == QMessageBox.Icon.Warning


def test_names_become_safe_file_names():
    assert file_part('a/b\\c:*?"<>|d') == "a_b_c_d"
    assert file_part("..hidden") == "hidden" and file_part("  ") == ""
    assert len(file_part("x" * 500)) == 60
