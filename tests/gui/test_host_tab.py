"""The host tab: mode picker with refusals, live meters, guest cards, drops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from core import edits
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode, Product
from core.model.objects import Guest, Host, VmConfig
from core.sim.world import World
from gui.document import mime
from gui.document.document import Document
from gui.tabs.host_tab import HostTab
from gui.text.plain import plain_tip
from gui.text.reasons import reason_text

from .dnd import drag_over, drop_at


@pytest.fixture
def doc(qapp):
    w = World(seed=5)
    w.add_host(Host("h1", "KVM <i>box</i>", HOST_TEMPLATES["lab-pc"], Mode.HYBRID, Product.KVM))
    w.add_host(Host("h2", "Empty PC", HOST_TEMPLATES["lab-pc"], Mode.NATIVE, None))
    w.add_guest(Guest("g1", "web", "h1", VmConfig("ubuntu-24.04"), "web-server"))
    d = Document(w)
    yield d
    d.set_running(False)


@pytest.fixture
def tab(qtbot, doc):
    t = HostTab(doc, "h1")
    qtbot.addWidget(t)
    t.resize(1100, 700)
    t.show()
    return t


def test_header_shows_the_name_as_plain_text(tab):
    assert tab.title.text() == "KVM <i>box</i>"
    assert tab.title.textFormat() == Qt.TextFormat.PlainText
    assert "8 cores" in tab.hardware.text() and "VT-x ✓" in tab.hardware.text()


def test_cards_follow_guests(tab, doc):
    assert set(tab.cards) == {"g1"}
    card = tab.cards["g1"]
    _, gid = doc.add_guest_from_template("h1", "vm", "debian")
    assert set(tab.cards) == {"g1", gid}
    assert tab.cards["g1"] is card
    doc.undo_stack.undo()
    assert set(tab.cards) == {"g1"}


def test_mode_change_goes_through_the_document(qtbot, doc):
    t = HostTab(doc, "h2")
    qtbot.addWidget(t)
    i = t.mode_combo.findData(Mode.HOSTED)
    t.mode_combo.setCurrentIndex(i)
    t.mode_combo.activated.emit(i)
    host = doc.world.hosts["h2"]
    assert (host.mode, host.product) == (Mode.HOSTED, Product.VMWARE_WORKSTATION)
    assert t.product_combo.currentData() == Product.VMWARE_WORKSTATION
    assert "VMM" in t.mode_text.text()
    doc.undo_stack.undo()
    assert t.mode_combo.currentData() == Mode.NATIVE


def test_mode_change_refused_with_running_guests(tab, doc):
    doc.power_on("g1")
    i = tab.mode_combo.findData(Mode.HOSTED)
    tab.mode_combo.setCurrentIndex(i)
    tab.mode_combo.activated.emit(i)
    expected = reason_text(edits.SetMode("h1", Mode.HOSTED, Product.VMWARE_WORKSTATION).check(doc.world))
    assert expected and tab.mode_reason.text() == expected
    assert tab.mode_reason.isVisibleTo(tab)
    assert doc.world.hosts["h1"].mode is Mode.HYBRID
    assert tab.mode_combo.currentData() == Mode.HYBRID  # reverted


def test_meters_change_as_the_simulation_steps(tab, doc):
    doc.power_on("g1")
    before = tab.rows["cpu"].bar.value
    for _ in range(4):
        doc.step()
    assert tab.rows["cpu"].bar.value != before
    assert len(tab.rows["cpu"].spark.values) == 4
    assert tab.cards["g1"].cpu.value > 0


def test_power_button_on_a_card(tab, doc):
    tab.cards["g1"].power.click()
    assert doc.world.guests["g1"].state.value == "starting"
    tab.cards["g1"].power.click()
    assert doc.world.guests["g1"].state.value == "off"


def _send(target, md):
    pos = QPointF(target.width() / 2, target.height() / 2)
    enter, move = drag_over(target, md, pos)
    return enter, move, pos


def test_drop_a_template_is_accepted(tab, doc):
    md = mime.template_mime("vm", "alpine")
    enter, move, pos = _send(tab, md)
    assert enter.isAccepted() and move.isAccepted()
    assert "#1eaa46" in tab.canvas.styleSheet().lower()  # the accept colour
    drop = drop_at(tab, md, pos)
    assert drop.isAccepted()
    assert len(tab.cards) == 2


def test_drop_a_container_on_a_native_host_is_refused(qtbot, doc):
    # (A KVM host takes containers since Docker and KVM share its kernel [ProxmoxCT].)
    tab = HostTab(doc, "h2")
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    md = mime.template_mime("container", "nginx")
    enter, move, pos = _send(tab, md)
    assert enter.isAccepted() and not move.isAccepted()
    expected = reason_text(edits.guest_from_template(doc.world, "h2", "container", "nginx", probe=True).check(doc.world))
    assert expected and tab.drops.message == expected
    assert tab.drop_hint.text() == expected and tab.canvas.toolTip() == plain_tip(expected)
    drop = drop_at(tab, md, pos)
    assert not drop.isAccepted()
    assert len(doc.world.guests) == 1


def test_a_kvm_host_accepts_a_container_drop(tab, doc):
    md = mime.template_mime("container", "nginx")
    enter, move, pos = _send(tab, md)
    assert enter.isAccepted() and move.isAccepted()
    assert drop_at(tab, md, pos).isAccepted()
    assert len(doc.world.guests) == 2


def test_page_sharing_is_off_by_default_and_the_checkbox_is_one_undo_step(qtbot, doc):
    from PySide6.QtWidgets import QCheckBox

    tab = HostTab(doc, "h1")
    qtbot.addWidget(tab)
    box = tab.findChild(QCheckBox, "pageSharingCheck")
    assert not doc.world.hosts["h1"].page_sharing and not box.isChecked()
    depth = doc.undo_stack.count()
    box.click()
    assert doc.world.hosts["h1"].page_sharing and doc.undo_stack.count() == depth + 1
    doc.undo_stack.undo()
    assert not doc.world.hosts["h1"].page_sharing and not box.isChecked()
