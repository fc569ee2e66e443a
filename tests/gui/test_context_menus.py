"""The right mouse button and many at once: context menus built from the window's actions,
and power / delete on a multi-selection as one undo step."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QMenu

from core.model.kinds import GuestState
from gui.shell.context_menus import MENU_NAME
from tests.gui.test_main_window import make_window


def _menu(win) -> QMenu:
    menus = [m for m in win.findChildren(QMenu, MENU_NAME) if m.isVisible()]
    assert len(menus) == 1
    return menus[0]


def _names(menu: QMenu) -> list[str]:
    return [a.objectName() for a in menu.actions() if not a.isSeparator()]


def test_a_guest_row_offers_the_vm_menu_and_selects_the_guest(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    tree = win.library.view
    index = win.library.proxy_index("vm1")
    tree.scrollTo(index)
    tree.customContextMenuRequested.emit(tree.visualRect(index).center())
    menu = _menu(win)
    assert win.current_id == "vm1"
    names = _names(menu)
    assert {"actionPowerOn", "actionPowerOff", "actionSettings", "actionRename", "actionDelete",
            "actionLearnAboutThis"} <= set(names)
    assert "actionNewVm" not in names and "actionNewHost" not in names
    power_on = next(a for a in menu.actions() if a.objectName() == "actionPowerOn")
    assert power_on.isEnabled()
    power_on.trigger()
    assert win.doc.world.guests["vm1"].state is GuestState.STARTING
    menu.close()


def test_a_host_node_in_the_graph_offers_the_host_menu(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    graph = win.graph
    hw = graph.items["ws/hw"]
    graph.view.centerOn(hw)
    pos = graph.view.mapFromScene(hw.sceneBoundingRect().center())
    assert graph.object_at(pos) == "ws"
    graph.view.customContextMenuRequested.emit(pos)
    menu = _menu(win)
    assert win.current_id == "ws"
    names = _names(menu)
    assert "actionRename" in names and "actionPowerOn" not in names
    assert any(a.menu() is not None and a.menu().objectName() == "menuHostMode" for a in menu.actions())
    menu.close()


def test_nothing_under_the_mouse_gives_no_menu(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    tree = win.library.view
    tree.customContextMenuRequested.emit(QPoint(5, tree.viewport().height() - 2))
    assert not [m for m in win.findChildren(QMenu, MENU_NAME) if m.isVisible()]


def _select(win, *ids: str) -> None:
    sel = win.library.view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    win.set_current(ids[0])
    for obj in ids:
        sel.select(win.library.proxy_index(obj), flags)


def test_power_on_several_is_one_undo_step(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    doc = win.doc
    _select(win, "vm1", "c1")
    assert set(win.library.selected_ids()) == {"vm1", "c1"}
    depth = doc.undo_stack.count()
    win.actions.power_on.trigger()
    states = {g: doc.world.guests[g].state for g in ("vm1", "c1")}
    assert all(s is not GuestState.OFF for s in states.values()), states
    assert doc.undo_stack.count() == depth + 1
    assert doc.undo_stack.undoText() == "Power on 2 guest(s)"
    doc.undo_stack.undo()
    assert {doc.world.guests[g].state for g in ("vm1", "c1")} == {GuestState.OFF}


def test_delete_several_hosts_and_guests_is_one_undo_step(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    doc = win.doc
    before_hosts, before_guests = set(doc.world.hosts), set(doc.world.guests)
    _select(win, "vm1", "plain", "dock")  # "c1" goes with its host "dock"
    win.actions.delete.trigger()
    assert set(doc.world.hosts) == before_hosts - {"plain", "dock"}
    assert set(doc.world.guests) == before_guests - {"vm1", "c1"}
    doc.undo_stack.undo()
    assert set(doc.world.hosts) == before_hosts and set(doc.world.guests) == before_guests


def test_the_palette_offers_adding_to_the_selected_host(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    win.set_current("ws2")
    palette = win.palette
    item = palette.item_for("vm", "debian")
    palette.scrollToItem(item)
    palette.customContextMenuRequested.emit(palette.visualItemRect(item).center())
    menu = _menu(win)
    add = next(a for a in menu.actions() if a.objectName() == "actionAddTemplateHere")
    assert add.isEnabled()
    add.trigger()
    assert any(g.host_id == "ws2" for g in win.doc.world.guests.values())
    menu.close()
    assert Qt.ContextMenuPolicy.CustomContextMenu == palette.contextMenuPolicy()


def test_the_library_lists_names_in_natural_order_and_labs_in_course_order(qtbot, tmp_path):
    from gui.tabs.home_tab import bundled_labs
    from gui.text.lab_texts import lab_header

    win = make_window(qtbot, tmp_path)
    for name in ("vm 10", "vm 2"):
        win.doc.add_guest_from_template("ws2", "vm", "debian")
        gid = max(win.doc.world.guests, key=lambda g: int(g[2:]) if g[2:].isdigit() else -1)
        win.doc.rename(gid, name)
    host_row = win.library.proxy_index("ws2")
    names = [host_row.model().index(r, 0, host_row).data() for r in range(host_row.model().rowCount(host_row))]
    assert names.index("vm 2") < names.index("vm 10")
    titles = [lab_header(p)[0] for p in bundled_labs()]
    numbered = [t for t in titles if t.startswith("Lab ")]
    assert numbered == sorted(numbered, key=lambda t: int(t.split()[1].rstrip(":")))


def test_a_host_menu_collapses_its_column_in_the_graph(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    menu = win.context_menus.menu_for("ws")
    collapse = next(a for a in menu.actions() if a.objectName() == "actionCollapseHost")
    collapse.trigger()
    assert "ws" in win.graph.collapsed
    guest_menu = win.context_menus.menu_for("vm1")
    assert "actionCollapseHost" not in _names(guest_menu)
    menu.deleteLater()
    guest_menu.deleteLater()
