"""The library tree follows the document item by item, filters, and stays plain text."""

from __future__ import annotations

import pytest

from core.model.kinds import GuestState, Mode, Product
from gui.document.document import Document
from gui.panels.library import ID_ROLE, LibraryPanel
from tests.gui.test_main_window import make_world


@pytest.fixture
def panel(qtbot):
    doc = Document(make_world())
    p = LibraryPanel(doc)
    qtbot.addWidget(p)
    p.show()
    return p


def visible_ids(panel) -> list[str]:
    proxy, out = panel.proxy, []

    def walk(parent):
        for r in range(proxy.rowCount(parent)):
            idx = proxy.index(r, 0, parent)
            out.append(idx.data(ID_ROLE))
            walk(idx)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return out


def test_models_pass_the_model_tester(panel, qtmodeltester):
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)


def test_tree_shows_hosts_then_guests_with_mode_and_state(panel):
    m = panel.model
    assert [m.item(r).data(ID_ROLE) for r in range(m.rowCount())] == ["ws", "ws2", "dock", "plain", "esx"]
    ws = m.item_for("ws")
    assert ws.text() == "Workstation <b>PC</b>"  # plain text, shown as written
    assert m.item(0, 1).text() == "hosted"
    assert "VMware Workstation" in ws.toolTip() and "&lt;b&gt;" in ws.toolTip()
    vm = m.item_for("vm1")
    assert vm.parent() is ws and vm.parent().child(vm.row(), 1).text() == "powered off"
    assert not vm.icon().isNull()


def test_updates_item_by_item_not_by_rebuilding(panel):
    doc, m = panel.model.doc, panel.model
    ws_item, vm_item = m.item_for("ws"), m.item_for("vm1")
    resets = []
    m.modelReset.connect(lambda: resets.append(1))
    doc.power_on("vm1")
    assert vm_item.parent().child(vm_item.row(), 1).text() == "starting"
    _, gid = doc.add_guest_from_template("ws", "vm", "debian")
    assert m.item_for(gid).parent() is ws_item
    doc.rename("vm1", "Renamed")
    assert vm_item.text() == "Renamed"
    doc.power_off("vm1")
    doc.set_mode("ws2", Mode.BARE_METAL, Product.ESXI)
    assert m.item_for("ws2").parent() is None and m.item(1, 1).text() == "bare-metal"
    for _ in range(3):
        doc.step()
    # the same item objects survived every change and ticks touched nothing
    assert m.item_for("ws") is ws_item and m.item_for("vm1") is vm_item and not resets


def test_removal_and_undo(panel):
    doc, m = panel.model.doc, panel.model
    doc.remove_host("ws")
    assert m.item_for("ws") is None and m.item_for("vm1") is None
    doc.undo_stack.undo()
    assert m.item_for("vm1").parent() is m.item_for("ws")


def test_world_replaced_rebuilds(panel):
    from core.sim.world import World

    panel.model.doc.set_world(World())
    assert panel.model.rowCount() == 0 and panel.model.item_for("ws") is None


def test_filter_keeps_matching_guest_with_its_host(panel):
    panel.search.setText("ubuntu")
    assert visible_ids(panel) == ["ws", "vm1"]
    panel.search.setText("docker")  # a host match shows its guests too
    assert visible_ids(panel) == ["dock", "c1"]
    panel.search.setText("running")
    assert visible_ids(panel) == []
    panel.search.clear()
    assert len(visible_ids(panel)) == 7


def test_selection_signal_and_select(panel, qtbot):
    with qtbot.wait_signal(panel.selected) as blocker:
        panel.select("c1")
    assert blocker.args == ["c1"] and panel.current_id() == "c1"
    with qtbot.assert_not_emitted(panel.selected):
        panel.select("c1")  # already current: no second signal
    panel.model.doc.power_on("c1")
    assert panel.model.doc.world.guests["c1"].state is GuestState.PULLING
    assert panel.model.item(2).child(0, 1).text() == "pulling image"
