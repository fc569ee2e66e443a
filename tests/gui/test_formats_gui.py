"""File → Import… / Export… of real configurations: one undo step per import, a plain-text report."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from core.formats.detect import import_file
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode, Product
from core.model.objects import Guest, Host, VmConfig
from core.sim.world import World
from gui.document import mime
from gui.document.document import Document
from gui.shell.main_window import MainWindow
from gui.shell.real_formats import import_file_onto_host
from gui.shell.settings import Settings
from tests.gui.dnd import drag_and_drop

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"


@pytest.fixture
def win(qtbot, tmp_path):
    w = World(seed=3)
    w.add_host(Host("kvm", "KVM box", HOST_TEMPLATES["lab-pc"], Mode.HYBRID, Product.KVM))
    w.add_guest(Guest("vm1", "db <b>1</b>", "kvm", VmConfig("rocky-9", 2, 2048, 30), "database"))
    win = MainWindow(Document(w), Settings(tmp_path / "s.ini"))
    qtbot.addWidget(win)
    yield win
    win.doc.set_running(False)


def test_file_menu_has_import_and_export(win):
    names = [a.objectName() for a in win.actions.menus["menuFile"].actions()]
    assert names.index("actionImportConfig") < names.index("actionExportConfig") < names.index("actionCloseLab")


def test_import_adds_hosts_and_guests_as_one_undo_step_and_shows_the_report(qtbot, win):
    doc, stack = win.doc, win.doc.undo_stack
    before = (set(doc.world.hosts), set(doc.world.guests), stack.count())
    plan = win.real_formats.import_paths([str(DATA / "debian-xen-pv.xml"), str(DATA / "docker-compose.yml")])
    assert plan is not None and len(plan.hosts) == 2 and len(plan.guests) == 5
    assert stack.count() == before[2] + 1 and "debian-xen-pv.xml" in stack.undoText()
    assert {g.name for g in doc.world.guests.values()} >= {"debian-pv", "web", "app", "db", "cache"}
    dialog = win.real_formats.report_dialog
    qtbot.wait_until(dialog.isVisible)
    text = dialog.findChild(QPlainTextEdit, "importReport").toPlainText()
    assert "debian-pv" in text and "docker-compose.yml" in text and "never followed" in text
    stack.undo()
    assert (set(doc.world.hosts), set(doc.world.guests)) == before[:2]
    stack.redo()
    assert len(doc.world.guests) == len(before[1]) + 5


def test_a_bad_file_changes_nothing_and_says_why_in_plain_text(qtbot, win, tmp_path):
    bad = tmp_path / "evil.xml"
    bad.write_text('<!DOCTYPE d [<!ENTITY a "<b>x</b>">]><domain type="kvm"><name>&a;</name></domain>')
    count = win.doc.undo_stack.count()
    assert win.real_formats.import_paths([str(bad)]) is None
    box = win.real_formats.warning_box
    qtbot.wait_until(box.isVisible)
    assert isinstance(box, QMessageBox) and box.textFormat() is Qt.TextFormat.PlainText
    assert "evil.xml" in box.text() and "DTD" in box.text()
    assert win.doc.undo_stack.count() == count and len(win.doc.world.hosts) == 1
    box.close()


def test_a_file_dropped_on_a_host_puts_its_guests_there(win, tmp_path):
    doc = win.doc
    vmx = tmp_path / "hostile.vmx"
    vmx.write_text('displayName = "<b>lab</b> VM"\nguestOS = "ubuntu-64"\nnumvcpus = "2"\nmemsize = "2048"\n')
    plan, problem = import_file_onto_host(doc, "kvm", str(vmx))
    assert problem == "" and [g.host_id for g in plan.guests] == ["kvm"]
    gid = plan.guests[0].id
    assert doc.world.guests[gid].name == "<b>lab</b> VM" and "hostile.vmx" in doc.undo_stack.undoText()
    too_big = tmp_path / "big.xml"
    too_big.write_text("<domain type='kvm'><name>big</name><vcpu>64</vcpu><memory unit='GiB'>4</memory></domain>")
    plan, problem = import_file_onto_host(doc, "kvm", str(too_big))
    assert problem == "" and not plan.guests and plan.refused[0][1].code == "vcpus_exceed_cores"
    assert import_file_onto_host(doc, "kvm", str(tmp_path / "missing.vmx"))[1].endswith("No such file or directory")
    doc.undo_stack.undo()
    assert gid not in doc.world.guests


def test_files_dragged_from_the_desktop_are_recognised(tmp_path):
    vmx = tmp_path / "a.vmx"
    vmx.write_text('displayName = "a"\n')
    other = tmp_path / "notes.txt"
    other.write_text("x")
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(vmx)), QUrl.fromLocalFile(str(other)), QUrl("https://example.com/b.vmx"),
                QUrl.fromLocalFile(str(tmp_path))])
    assert mime.config_files(md) == [str(vmx)]
    assert mime.config_files(QMimeData()) == []


def test_a_file_dragged_from_the_desktop_onto_a_host_tab_is_imported_there(qtbot, win, tmp_path):
    vmx = tmp_path / "course.vmx"
    vmx.write_text('displayName = "Course VM"\nguestOS = "ubuntu-64"\nnumvcpus = "2"\nmemsize = "2048"\n')
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(vmx))])
    win.set_current("kvm")
    tab = win.tabs.currentWidget()
    depth = win.doc.undo_stack.count()
    enter, move, drop = drag_and_drop(tab, md, QPoint(40, 80))
    assert enter.isAccepted() and move.isAccepted() and drop.isAccepted()
    added = [g for g in win.doc.world.guests.values() if g.name == "Course VM"]
    assert len(added) == 1 and added[0].host_id == "kvm"
    assert win.doc.undo_stack.count() == depth + 1  # one undo step
    assert win.real_formats.report_dialog.isVisible()


def test_hostile_names_in_the_report_stay_plain_text(qtbot, win, tmp_path):
    vmx = tmp_path / "x.vmx"
    vmx.write_text('displayName = "<img src=x>"\nguestOS = "debian12-64"\n')
    win.real_formats.import_onto("kvm", str(vmx))
    report = win.real_formats.report_dialog.findChild(QPlainTextEdit, "importReport")
    assert "<img src=x>" in report.toPlainText()
    assert win.real_formats.report_dialog.summary.textFormat() is Qt.TextFormat.PlainText


def test_export_writes_the_selected_vm_as_libvirt_xml(win, tmp_path):
    target = tmp_path / "vm.xml"
    win.set_current("vm1")
    assert win.real_formats._target() == ("vm1", ("libvirt",))
    assert win.real_formats.export_to("vm1", "libvirt", str(target))
    [back] = import_file(target).guests
    assert back.config == win.doc.world.guests["vm1"].config and back.name == "db <b>1</b>"
    assert not win.real_formats.export_to("vm1", "compose", str(tmp_path / "c.yaml"))
    qbox = win.real_formats.warning_box
    assert "Compose describes containers" in qbox.text()
    qbox.close()
