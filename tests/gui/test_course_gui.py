"""The course in the window: pull progress, live migration by drag, snapshots, crashes, storage, export."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import QPoint

from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import GuestState, Mode, Product, Technique
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.sim.world import World
from gui.dialogs.side_by_side import SideBySideDialog
from gui.dialogs.snapshots import SnapshotDialog
from gui.document import mime
from gui.document.document import Document
from gui.graph.view import GraphView
from gui.tabs.guest_tab import GuestTab
from gui.tabs.host_tab import HostTab
from gui.text.reasons import reason_text

from .clock import step_until
from .dnd import drag_and_drop


@pytest.fixture
def doc(qapp):
    w = World(seed=4)
    lab = HOST_TEMPLATES["lab-pc"]
    w.add_host(Host("k1", "KVM one", lab, Mode.HYBRID, Product.KVM))
    w.add_host(Host("k2", "KVM two", lab, Mode.HYBRID, Product.KVM))
    w.add_host(Host("d", "Docker", lab, Mode.CONTAINER, Product.DOCKER))
    w.add_host(Host("x", "Xen", HOST_TEMPLATES["rack-server"], Mode.BARE_METAL, Product.XEN))
    w.add_guest(Guest("v", "web <i>vm</i>", "k1", VmConfig("ubuntu-24.04", memory_mb=2048), "cpu"))
    w.add_guest(Guest("c1", "cache", "d", ContainerConfig("redis"), "database"))
    w.add_guest(Guest("c2", "web", "d", ContainerConfig("nginx"), "web-server"))
    w.add_guest(Guest("pv", "pv", "x", VmConfig("xen-pv-linux", 1, 1024, technique=Technique.PARA), "idle"))
    d = Document(w)
    yield d
    d.set_running(False)


def test_pull_progress_bar_in_guest_tab_and_host_card(qtbot, doc):
    tab = GuestTab(doc, "c1")
    host = HostTab(doc, "d")
    for wdg in (tab, host):
        qtbot.addWidget(wdg)
        wdg.show()
    assert tab.progress.isHidden()
    doc.power_on("c1")
    assert doc.world.guests["c1"].state is GuestState.PULLING
    doc.step()
    assert tab.progress.isVisible() and 0 < tab.progress.value() < 1000
    assert "registry" in tab.progress.format()
    card = host.cards["c1"]
    assert card.progress.isVisible() and card.progress.value() == tab.progress.value()
    step_until(doc, lambda: doc.world.guests["c1"].state is GuestState.RUNNING)
    assert tab.progress.isHidden()


def test_dragging_a_running_vm_starts_a_live_migration_with_undo(qtbot, doc):
    doc.world.restore_state("v", GuestState.RUNNING)
    target = HostTab(doc, "k2")
    qtbot.addWidget(target)
    target.resize(900, 600)
    target.show()
    gtab = GuestTab(doc, "v")
    qtbot.addWidget(gtab)
    gtab.show()
    pos = target.canvas.mapTo(target, QPoint(20, 20))
    drag_and_drop(target, mime.guest_mime("v"), pos)
    assert "v" in doc.world.migrations and doc.world.guests["v"].host_id == "k1"
    assert doc.undo_stack.undoText().startswith("Live-migrate")
    doc.step()
    assert gtab.progress.isVisible() and "Live migration" in gtab.progress.format()
    doc.undo_stack.undo()
    assert "v" not in doc.world.migrations and doc.world.guests["v"].host_id == "k1"
    doc.undo_stack.redo()
    step_until(doc, lambda: doc.world.guests["v"].host_id == "k2")
    assert "v" in target.cards and doc.world.guests["v"].state is GuestState.RUNNING


def test_refused_migration_says_why(qtbot, doc):
    doc.world.restore_state("c1", GuestState.RUNNING)
    doc.world.add_host(Host("d2", "Docker 2", HOST_TEMPLATES["lab-pc"], Mode.CONTAINER, Product.DOCKER))
    target = HostTab(doc, "d2")
    qtbot.addWidget(target)
    target.show()
    with qtbot.wait_signal(doc.refused):
        drag_and_drop(target, mime.guest_mime("c1"), QPoint(30, 60))
    assert "CRIU" in target.drops.message and doc.world.guests["c1"].host_id == "d"


def test_snapshot_manager_take_revert_delete_clone_with_undo(qtbot, doc, monkeypatch):
    dlg = SnapshotDialog(doc, "v")
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.tree.topLevelItem(0).text(0) == "You are here"
    assert not dlg.buttons["revert"].isEnabled() and dlg.buttons["revert"].toolTip()
    assert not dlg.buttons["clone_linked"].isEnabled()
    assert "snapshot" in dlg.buttons["clone_linked"].toolTip()
    doc.take_snapshot("v", "clean")
    sid = dlg.selected_id() or next(iter(doc.world.snapshots["v"].snaps))
    item = dlg.item_for(sid)
    assert item is not None and item.text(0) == "clean" and item.child(0).text(0) == "You are here"
    dlg.tree.setCurrentItem(item)
    dlg.buttons["clone_linked"].click()
    clone = [g for g in doc.world.guests.values() if g.name.endswith("(linked clone)")]
    assert len(clone) == 1 and doc.world.links[clone[0].id] == ("v", sid)
    dlg.tree.setCurrentItem(dlg.item_for(sid))
    assert not dlg.buttons["delete"].isEnabled()
    assert html.escape(clone[0].name) in dlg.buttons["delete"].toolTip()  # shown as written, not as markup
    doc.undo_stack.undo()  # the clone goes
    dlg.tree.setCurrentItem(dlg.item_for(sid))
    assert dlg.buttons["delete"].isEnabled()
    doc.update_guest("v", workload="idle")
    dlg.tree.setCurrentItem(dlg.item_for(sid))
    dlg.buttons["revert"].click()
    assert doc.world.guests["v"].workload == "cpu"
    dlg.tree.setCurrentItem(dlg.item_for(sid))
    dlg.buttons["delete"].click()
    assert dlg.item_for(sid) is None
    doc.undo_stack.undo()
    assert dlg.item_for(sid) is not None


def test_crash_in_a_vm_vs_kernel_panic_under_containers(qtbot, doc):
    for gid in ("v", "c1", "c2"):
        doc.world.restore_state(gid, GuestState.RUNNING)
    doc.crash_guest("v")
    assert doc.world.guests["v"].state is GuestState.CRASHED
    doc.crash_guest("c1")
    states = {g: doc.world.guests[g].state for g in ("c1", "c2")}
    assert set(states.values()) == {GuestState.CRASHED}
    doc.undo_stack.undo()
    assert doc.world.guests["c2"].state is GuestState.RUNNING
    with qtbot.wait_signal(doc.refused) as blocker:
        doc.crash_guest("pv")
    assert "not running" in reason_text(blocker.args[0])


def test_host_tab_shows_datastore_and_virtual_switch(qtbot, doc):
    tab = HostTab(doc, "k1")
    qtbot.addWidget(tab)
    tab.show()
    assert tab.findChild(object, "datastoreBox").isVisible()
    note = tab.findChild(object, "datastoreNote")
    assert "Provisioned: 20 GB" in note.text()
    switch = tab.findChild(object, "vswitchText")
    assert "web <i>vm</i>" in switch.text() and "NAT" in switch.text()
    doc.update_guest("v", VmConfig("ubuntu-24.04", memory_mb=2048, disk_gb=30, thin_disk=False))
    assert "Provisioned: 30 GB" in note.text()


def test_graph_badges_who_handles_privileged_instructions(qtbot, doc):
    view = GraphView(doc)
    qtbot.addWidget(view)
    view.show()
    assert view.items["pv/os"].privileged == "hypercall"
    assert view.items["v/os"].privileged == "vtx"
    assert view.items["x/mgmt"].label.startswith("Dom0") or view.items["x/mgmt"].kind == "mgmt"


def test_side_by_side_dialog(qtbot):
    dlg = SideBySideDialog()
    qtbot.addWidget(dlg)
    vm_fit, ctr_fit = int(dlg.table.item(2, 0).text()), int(dlg.table.item(2, 1).text())
    assert ctr_fit > 10 * vm_fit
    assert dlg.table.item(3, 1).text() == "shared with the host"
    assert "hypervisor" in dlg.table.item(4, 0).text() and "namespaces" in dlg.table.item(4, 1).text()
    assert "190 MB image" in dlg.table.item(5, 1).text() and "whole OS" in dlg.table.item(5, 0).text()


def test_export_and_import_through_the_window(qtbot, doc, tmp_path):
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    win = MainWindow(doc, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(win)
    ca = win.course_actions
    path = str(tmp_path / "web.vlabvm")
    assert ca.export_to("v", path)
    new_id = ca.import_from("k2", path)
    assert new_id and doc.world.guests[new_id].host_id == "k2"
    assert doc.world.guests[new_id].config == doc.world.guests["v"].config
    doc.undo_stack.undo()
    assert new_id not in doc.world.guests
    names = [a.objectName() for a in win.actions.menus["menuVm"].actions()]
    assert {"actionTakeSnapshot", "actionSnapshotManager", "actionCrashGuest", "actionExportVm"} <= set(names)
    win.set_current("v")
    ca.fill_migrate_menu()
    entries = {a.text(): a for a in ca.migrate_menu.actions()}
    assert entries["KVM two"].isEnabled() and not entries["Docker"].isEnabled()
    assert entries["Docker"].toolTip()
