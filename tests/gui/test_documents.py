"""Labs as documents: open, save (atomically), revert, close, recent files, bad files."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core.files import locations, writing
from core.files.scenario import MAX_BYTES, MAX_HOSTS, load_scenario
from core.model.kinds import Mode
from gui.document.document import Document
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings
from gui.testing import answer, asking

B = QMessageBox.StandardButton
LAB = locations.labs_dir() / "kvm-qemu.vlab"


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("VIRTLAB_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow(Document(), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.doc.set_running(False)
    if not w.close():  # a modified lab asks first: discard, so the window really closes
        answer(w, "unsavedBox", "discard")


@pytest.fixture
def lab_copy(tmp_path):
    path = tmp_path / "my lab.vlab"
    path.write_bytes(LAB.read_bytes())
    return path


def test_title_shows_name_and_modified_mark(win, lab_copy):
    assert win.open_lab(lab_copy)
    assert "my lab.vlab" in win.windowTitle() and not win.isWindowModified()
    win.doc.set_mode("pc", Mode.HYBRID)
    assert win.files.modified and win.isWindowModified() and "[*]" in win.windowTitle()
    assert win.actions.revert_lab.isEnabled()


def test_save_round_trips_goals_and_translations(win, lab_copy, tmp_path):
    win.open_lab(lab_copy)
    win.doc.add_host("rack-server", name="New server")
    target = tmp_path / "saved.vlab"
    assert win.files.save(target)
    assert not win.files.modified and win.doc.path == target
    s = load_scenario(target)
    assert "New server" in {h.name for h in s.world.hosts.values()}
    assert s.goals == load_scenario(LAB).goals and s.i18n["zh_CN"]["title"].startswith("实验 3")
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*"))


def test_a_failure_in_the_middle_of_a_save_leaves_the_old_file(win, lab_copy, monkeypatch):
    win.open_lab(lab_copy)
    before = lab_copy.read_bytes()
    win.doc.add_host("rack-server", name="Unsaved server")
    calls = []

    def failing_write(f, chunk):
        calls.append(len(chunk))
        if len(calls) == 3:
            raise OSError("No space left on device")
        f.write(chunk)

    monkeypatch.setattr(writing, "CHUNK", 100)
    monkeypatch.setattr(writing, "_write_chunk", failing_write)
    assert not win.files.save()
    assert len(calls) == 3  # it failed mid-file, after writing some of it
    assert lab_copy.read_bytes() == before
    left = sorted(p.name for p in lab_copy.parent.iterdir() if p.is_file() and p.name != "settings.ini")
    assert left == ["my lab.vlab"]  # no temporary file left behind
    assert win.files.modified  # the work is still unsaved, and the user is told
    assert win.files.box.objectName() == "saveErrorBox" and "No space left" in win.files.box.informativeText()


def test_save_to_a_missing_folder_reports_and_keeps_state(win, tmp_path):
    win.doc.add_host("lab-pc")
    assert not win.files.save(tmp_path / "nowhere" / "x.vlab")
    assert win.files.modified and win.files.box.objectName() == "saveErrorBox"


def test_bundled_labs_are_saved_elsewhere(win, tmp_path):
    shipped = LAB.read_bytes()
    assert win.open_lab(LAB)
    win.doc.add_host("lab-pc", name="Added by the student")
    asked = []
    win.files.ask_save_path = lambda: asked.append(True) or str(tmp_path / "mine")
    assert win.files.save()  # Save, not Save As: still a file name is asked for
    assert asked and win.doc.path == tmp_path / "mine.vlab"
    assert LAB.read_bytes() == shipped  # the bundled lab is as shipped
    saved = load_scenario(tmp_path / "mine.vlab")
    assert "Added by the student" in {h.name for h in saved.world.hosts.values()}


def test_close_with_unsaved_changes_asks(win, qtbot):
    win.doc.add_host("lab-pc")
    assert not win.close()
    box = win.files.box
    assert box.objectName() == "unsavedBox" and win.isVisible() and box.isVisible()
    assert box.windowModality() == Qt.WindowModality.WindowModal  # open(): it does not block
    assert {b.objectName() for b in box.buttons()} == {"save", "discard", "cancel"}
    box.button(B.Cancel).click()
    assert win.isVisible()
    win.close()
    win.files.box.button(B.Discard).click()
    assert not win.isVisible()


def test_open_while_modified_can_save_first(win, lab_copy, tmp_path):
    win.doc.add_host("lab-pc", name="Keep me")
    win.files.ask_save_path = lambda: str(tmp_path / "kept.vlab")
    win.files.request_open(lab_copy)
    win.files.box.button(B.Save).click()
    assert "Keep me" in {h.name for h in load_scenario(tmp_path / "kept.vlab").world.hosts.values()}
    assert win.doc.path == lab_copy and not win.files.modified


def test_new_after_discard_and_cancel_keeps(win):
    hid = win.doc.add_host("lab-pc")
    win.actions.new_lab.trigger()
    answer(win, "unsavedBox", "cancel")
    assert hid in win.doc.world.hosts and asking(win, "unsavedBox") is None
    win.actions.close_lab.trigger()
    assert hid in win.doc.world.hosts  # nothing happens before the answer
    answer(win, "unsavedBox", "discard")
    assert not win.doc.world.hosts and not win.files.modified


def test_revert_reloads_from_disk(win, lab_copy):
    win.open_lab(lab_copy)
    win.doc.add_host("lab-pc", name="Mistake")
    win.actions.revert_lab.trigger()
    answer(win, "revertBox", "revert")
    assert "Mistake" not in {h.name for h in win.doc.world.hosts.values()} and not win.files.modified


def test_recent_files_menu_opens_a_file(win, lab_copy):
    win.open_lab(lab_copy)
    win.files.new()
    win.actions.fill_recent_menu()
    act = win.actions.recent_menu.findChild(type(win.actions.quit), "actionRecent1")
    assert act is not None and "my lab.vlab" in act.text()
    act.trigger()
    assert win.doc.path == lab_copy.resolve() and win.lab_info[0].startswith("Lab 3")


def _bad(tmp_path, name, content):
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode())
    return p


def _lab(**changes):
    d = json.loads(LAB.read_text(encoding="utf-8"))
    d.update(changes)
    return json.dumps(d)


def _guest_kind():
    d = json.loads(LAB.read_text(encoding="utf-8"))
    d["guests"] = [{"kind": "unikernel", "id": "u", "name": "u", "host": "pc"}]
    return json.dumps(d)


@pytest.mark.parametrize(("content", "field", "words"), [
    (b"\xff\xfe not text", "(the whole file)", "UTF-8"),
    ("{ not json", "line 1", "not valid JSON"),
    (_lab(seed="seven"), "seed", "integer"),
    (_lab(hosts=None), "hosts", ""),
    (json.dumps({"format": "virtlab-scenario", "version": 2, "hosts": []}), "title", "missing"),
    (_guest_kind(), "guests[0]", "kind"),
    (_lab(version=99), "version", "format 99"),
    (_lab(hosts=[{}] * (MAX_HOSTS + 1)), "hosts", "too many"),
    (b" " * (MAX_BYTES + 1), "(the whole file)", "limit"),
])
def test_bad_files_name_file_field_problem_and_leave_the_document(win, tmp_path, content, field, words):
    win.doc.add_host("lab-pc", name="Work in progress")
    world = win.doc.world
    bad = _bad(tmp_path, "bad.vlab", content)
    assert not win.open_lab(bad)
    text = win.error_box.informativeText()
    assert str(bad) in text and field in text and words in text
    assert win.doc.world is world and win.files.modified


def test_unreadable_file(win, tmp_path):
    assert not win.open_lab(tmp_path / "missing.vlab")
    assert "cannot read" in win.error_box.informativeText()


def test_a_lab_with_a_clone_of_a_long_name_opens_again(win, tmp_path):
    assert win.open_lab(locations.demo_lab())
    vm = next(g.id for g in win.doc.world.guests.values() if g.is_vm)
    assert win.doc.rename(vm, "x" * 200)  # the longest name a lab file allows
    verdict, clone = win.doc.clone_guest(vm, linked=False)
    assert verdict and clone
    assert win.files.save(tmp_path / "clones.vlab")
    assert win.open_lab(tmp_path / "clones.vlab"), win.error_box.informativeText()


def test_a_students_lab_whose_goal_host_was_deleted_opens_again(win, tmp_path):
    lab = locations.labs_dir() / "xen-paravirt.vlab"  # its goals name the host "server"
    assert win.open_lab(lab)
    assert win.doc.remove_host("server")
    saved = tmp_path / "mine.vlab"
    assert win.save_lab(saved)
    assert win.open_lab(saved)  # the goal about "server" cannot be met any more, but the work opens
    assert "server" not in win.doc.world.hosts and win.lab_panel.goal_states()
    # An instructor's lab (no record) that names a missing host is still refused with the field.
    data = json.loads(saved.read_text(encoding="utf-8"))
    data.pop("record")
    saved.write_text(json.dumps(data), encoding="utf-8")
    assert not win.open_lab(saved)
    assert "goals[0].host" in win.error_box.informativeText()
