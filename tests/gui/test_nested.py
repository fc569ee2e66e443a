"""Containers inside VMs in the window (issue 15): real drops onto a VM's row and node."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from core import edits
from core.model.kinds import GuestState
from tests.gui.dnd import drag_and_drop
from tests.gui.test_dnd import drag_onto, palette_mime

# The refusal tooltip asks the offscreen platform to raise() its window, which it cannot.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def win(virtlab):
    assert virtlab.open("containers-in-vms")
    return virtlab.window


def _running(win, gid):
    win.doc.world.restore_state(gid, GuestState.RUNNING)


def test_a_container_dropped_on_a_running_linux_vm_runs_inside_it(win):
    world, view = win.doc.world, win.library.view
    # Onto the ESXi server itself: refused, with the way that works.
    move, drop = drag_onto(view, "esx", palette_mime(win, "container", "nginx"))
    assert not move.isAccepted() and not drop.isAccepted()
    assert "Linux VM" in view.drops.message
    _running(win, "linux-vm")
    before = set(world.guests)
    move, drop = drag_onto(view, "linux-vm", palette_mime(win, "container", "nginx"))
    assert move.isAccepted() and drop.isAccepted()
    (new,) = set(world.guests) - before
    assert world.guests[new].in_vm == "linux-vm" and world.guests[new].host_id == "esx"
    model = win.library.model
    assert model.item_for(new).parent() is model.item_for("linux-vm")  # listed under its VM
    # The graph draws it on the VM's Docker engine, in the rows above the applications.
    assert {"linux-vm/daemon", f"{new}/ctr"} <= set(win.graph.items)
    assert win.graph.backdrop.top == 7
    # One undo takes it away, and the extra graph rows with it.
    win.doc.undo_stack.undo()
    assert new not in world.guests
    assert win.graph.backdrop.top == 5


def test_windows_and_stopped_vms_refuse_with_reasons(win):
    view = win.library.view
    move, drop = drag_onto(view, "win-vm", palette_mime(win, "container", "nginx"))
    assert not drop.isAccepted() and "Linux kernel" in view.drops.message
    before = set(win.doc.world.guests)
    # A stopped Linux VM takes the container, which then waits for its VM to run.
    move, drop = drag_onto(view, "linux-vm", palette_mime(win, "container", "redis"))
    assert drop.isAccepted()
    (new,) = set(win.doc.world.guests) - before
    assert win.doc.world.check_power_on(new).code == "vm_not_running"


def test_a_drop_on_the_vms_graph_node_nests_the_container(win):
    _running(win, "linux-vm")
    graph = win.graph
    item = graph.items["linux-vm/os"]
    graph.view.centerOn(item)
    pos = graph.view.mapFromScene(item.scenePos())
    before = set(win.doc.world.guests)
    _enter, move, drop = drag_and_drop(graph.view.viewport(), palette_mime(win, "container", "busybox"), QPointF(pos))
    assert move.isAccepted() and drop.isAccepted()
    (new,) = set(win.doc.world.guests) - before
    assert win.doc.world.guests[new].in_vm == "linux-vm"


def test_the_plugin_drags_onto_a_vm_and_meters_the_compounded_speed(virtlab):
    assert virtlab.open("containers-in-vms")
    assert virtlab.drag_template("container", "nginx", "ESXi server") is None
    assert "Linux VM" in virtlab.refusal()
    assert virtlab.power_on("Linux VM")
    virtlab.advance(30)
    ctr = virtlab.drag_template("container", "nginx", "Linux VM")
    assert ctr and virtlab.world.guests[ctr].in_vm == "linux-vm"
    assert virtlab.power_on(ctr)
    virtlab.advance(10)
    assert virtlab.state(ctr) == "running"
    assert 0 < virtlab.meter(ctr, "perf") < virtlab.meter("web (bare)", "perf")
    assert [met for _, met in virtlab.goals()] == [True, True, False]
    assert virtlab.power_off("Linux VM")
    virtlab.advance(2)
    assert virtlab.all_goals_met() and virtlab.state(ctr) == "off"


def test_deleting_a_vm_with_containers_asks_and_one_undo_brings_all_back(win, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    _running(win, "linux-vm")
    drag_onto(win.library.view, "linux-vm", palette_mime(win, "container", "nginx"))
    world = win.doc.world
    (ctr,) = [c.id for c in world.containers_in("linux-vm")]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    win.set_current("linux-vm")
    win.actions.delete_selected()
    assert asked and "linux-vm" in world.guests  # "No": nothing is deleted
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    win.actions.delete_selected()
    assert "linux-vm" not in world.guests and ctr not in world.guests
    win.doc.undo_stack.undo()
    assert world.guests[ctr].in_vm == "linux-vm" and world.guests["linux-vm"].state is GuestState.RUNNING
    model = win.library.model
    assert model.item_for(ctr).parent() is model.item_for("linux-vm")
    # The host goes, with the VM and the container inside it; undo brings the rows back nested.
    win.doc.apply(edits.RemoveHost("esx"))
    assert model.item_for(ctr) is None and model.item_for("linux-vm") is None
    win.doc.undo_stack.undo()
    assert model.item_for(ctr).parent() is model.item_for("linux-vm")


def test_a_container_dropped_on_a_vms_tab_runs_inside_it(win):
    tab = win.open_tab("win-vm")
    tab.resize(600, 400)
    centre = QPointF(300, 200)
    _enter, move, drop = drag_and_drop(tab, palette_mime(win, "container", "nginx"), centre)
    assert not drop.isAccepted()  # a Windows VM: refused, with the reason on the tab
    tab = win.open_tab("linux-vm")
    tab.resize(600, 400)
    _running(win, "linux-vm")
    before = set(win.doc.world.guests)
    _enter, move, drop = drag_and_drop(tab, palette_mime(win, "container", "nginx"), centre)
    assert move.isAccepted() and drop.isAccepted()
    (new,) = set(win.doc.world.guests) - before
    assert win.doc.world.guests[new].in_vm == "linux-vm"


def test_learn_teaches_the_nested_stack_for_a_container_in_a_vm(win):
    from gui.panels.learn_panel import concept_for_object

    _running(win, "linux-vm")
    drag_onto(win.library.view, "linux-vm", palette_mime(win, "container", "nginx"))
    (ctr,) = [c.id for c in win.doc.world.containers_in("linux-vm")]
    assert concept_for_object(win.doc.world, ctr) == "container-in-vm"
    assert concept_for_object(win.doc.world, "bare-web") == "container"


def test_a_nested_containers_tab_names_its_vm_and_kernel(win):
    _running(win, "linux-vm")
    drag_onto(win.library.view, "linux-vm", palette_mime(win, "container", "nginx"))
    (ctr,) = [c.id for c in win.doc.world.containers_in("linux-vm")]
    tab = win.open_tab(ctr)
    line = tab.stack_line(win.doc.world.guests[ctr], win.doc.world.hosts["esx"])
    assert "Linux VM" in line and "VM's kernel" in line
