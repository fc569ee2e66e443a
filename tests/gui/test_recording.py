"""The window records what the student does, saves it with the lab, and the grader replays it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QLocale

from core.course.grading import EDITED, Lab, grade_file
from core.files import locations
from core.files.scenario import load_scenario
from core.model.kinds import Mode, Product
from gui.document.autosave import read_autosave

LAB = locations.labs_dir() / "kvm-qemu.vlab"



@pytest.fixture
def win(bare_window):
    return bare_window


def _steps(doc, n: int) -> None:
    for _ in range(n):
        doc.step()  # what the clock's timer does, without waiting for it


def _work(win) -> str:
    """Set KVM, add two VMs, power them on, with undo, redo, speed and steps between."""
    doc = win.doc
    _steps(doc, 4)
    assert doc.set_mode("pc", Mode.HYBRID, Product.KVM)
    doc.set_speed(4.0)
    _steps(doc, 3)
    _, a = doc.add_guest_from_template("pc", "vm", "ubuntu")
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    _, b = doc.add_guest_from_template("pc", "vm", "debian")
    doc.power_on(a)
    doc.set_speed(16.0)
    _steps(doc, 10)
    doc.power_on(b)
    _steps(doc, 40)
    return a


def test_a_session_in_the_window_replays_to_the_saved_world(win, tmp_path):
    assert win.open_lab(LAB)
    _work(win)
    target = tmp_path / "student.vlab"
    assert win.files.save(target)
    text = target.read_text(encoding="utf-8")
    items = load_scenario(target).record.items
    kinds = [next(k for k in item if k != "t") for item in items]
    assert kinds.count("edit") == 5 and kinds.count("undo") == 1 and kinds.count("redo") == 1
    assert {"tick", "clock"} <= set(kinds) and kinds[-1] == "save"
    assert sum(line.strip().startswith('{"t": ') for line in text.splitlines()) == len(items)  # one per line
    row = grade_file(target, Lab.read(LAB))
    assert row["status"] == "graded", row["reason"]
    assert row["flags"] == [] and row["actions"] == 7 and row["met"] >= 2


def test_reopening_and_going_on_still_replays(win, tmp_path):
    win.open_lab(LAB)
    a = _work(win)
    first = tmp_path / "first.vlab"
    win.files.save(first)
    assert win.open_lab(first)
    assert win.files.meta.record.items[-1] == {"t": 0.0, "open": True}
    win.doc.power_off(a)
    _steps(win.doc, 5)
    win.files.save(first)
    row = grade_file(first, Lab.read(LAB))
    assert row["status"] == "graded" and row["flags"] == [] and row["sessions"] == 2 and row["actions"] == 8


def test_names_given_in_chinese_are_part_of_the_record(win, tmp_path):
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        win.open_lab(LAB)
    finally:
        QLocale.setDefault(QLocale("en_US"))
    renamed = [item for item in win.files.meta.record.items if item.get("edit", {}).get("edit") == "Rename"]
    assert renamed  # the lab's hosts got their Chinese names on opening
    target = tmp_path / "zh.vlab"
    win.files.save(target)
    assert grade_file(target, Lab.read(LAB))["flags"] == []


def test_a_hand_edit_of_the_saved_file_is_flagged(win, tmp_path):
    win.open_lab(LAB)
    win.doc.set_mode("pc", Mode.HYBRID, Product.KVM)
    target = tmp_path / "s.vlab"
    win.files.save(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    data["hosts"][0]["name"] = "I did it"
    target.write_text(json.dumps(data), encoding="utf-8")
    assert grade_file(target, Lab.read(LAB))["flags"] == [EDITED]


def test_autosave_and_recovery_keep_the_record(win, tmp_path):
    win.open_lab(LAB)
    win.doc.set_mode("pc", Mode.HYBRID, Product.KVM)
    assert win.autosave.save_now()
    scenario, original = read_autosave(win.autosave.path)
    assert original == LAB
    assert [i for i in scenario.record.items if "edit" in i] == [
        i for i in win.files.meta.record.items if "edit" in i]
    assert scenario.record.items[-1]["save"] is True
