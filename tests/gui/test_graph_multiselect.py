"""Several at once in the layer graph (issue 16): Ctrl/Shift-click and a rubber band select
hosts and guests, the library shows the same selection (and the other way round), and
power, delete and the right-click menu act on all of them as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu

from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import GuestState, Mode, Product
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.sim.world import World
from gui.document.document import Document
from gui.shell.context_menus import MENU_NAME
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def lab() -> World:
    """Two VMware hosts, three stopped VMs on the first, one on the second, a container host."""
    w = World(seed=3)
    w.add_host(Host("ws", "Workstation A", HOST_TEMPLATES["lab-pc"], Mode.HOSTED, Product.VMWARE_WORKSTATION))
    w.add_host(Host("ws2", "Workstation B", HOST_TEMPLATES["lab-pc"], Mode.HOSTED, Product.VMWARE_WORKSTATION))
    w.add_host(Host("dock", "Docker PC", HOST_TEMPLATES["lab-pc"], Mode.CONTAINER, Product.DOCKER))
    for k, host in ((1, "ws"), (2, "ws"), (3, "ws"), (4, "ws2")):
        w.add_guest(Guest(f"vm{k}", f"vm {k}", host, VmConfig("alpine-3", memory_mb=512), "idle"))
    w.add_guest(Guest("c1", "web", "dock", ContainerConfig("nginx"), "web-server"))
    return w


@pytest.fixture
def win(qtbot, tmp_path):
    w = MainWindow(Document(lab()), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.wait_exposed(w)
    yield w
    w.doc.set_running(False)


def node_pos(win, node_id: str) -> QPoint:
    """Where ``node_id`` is in the graph's viewport, scrolled into view first."""
    g = win.graph
    item = g.items[node_id]
    g.view.ensureVisible(item, 20, 20)
    return g.view.mapFromScene(item.sceneBoundingRect().center())


def click(qtbot, win, node_id: str, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.mouseClick(win.graph.view.viewport(), LEFT, mods, node_pos(win, node_id))


def mouse(win, kind, pos: QPoint, buttons=LEFT, mods=Qt.KeyboardModifier.NoModifier) -> None:
    """A real mouse event on the graph's viewport (with the button held while moving, as a hand does)."""
    vp = win.graph.view.viewport()
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else LEFT
    ev = QMouseEvent(kind, QPointF(pos), QPointF(vp.mapToGlobal(pos)), button, buttons, mods)
    QApplication.sendEvent(vp, ev)


def rubber_band(win, start: QPoint, end: QPoint, mods=Qt.KeyboardModifier.NoModifier) -> None:
    mouse(win, QEvent.Type.MouseButtonPress, start, mods=mods)
    for k in range(1, 6):
        mouse(win, QEvent.Type.MouseMove, start + (end - start) * (k / 5), mods=mods)
    mouse(win, QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton, mods=mods)


def library_ids(win) -> set[str]:
    return set(win.library.selected_ids())


def test_ctrl_click_adds_and_takes_away_and_the_library_follows(qtbot, win):
    g = win.graph
    click(qtbot, win, "vm1/os")
    click(qtbot, win, "vm2/os", CTRL)
    click(qtbot, win, "ws2/hw", SHIFT)  # a host's node: the host
    assert g.chosen() == ("vm1", "vm2", "ws2")
    assert library_ids(win) == {"vm1", "vm2", "ws2"}
    assert win.current_id == "ws2"
    assert g.items["vm1/os"].highlighted and g.items["vm2/app"].highlighted and g.bands["ws2"].highlighted
    assert not g.items["vm3/os"].highlighted
    click(qtbot, win, "vm1/os", CTRL)  # again: out of the selection
    assert g.chosen() == ("vm2", "ws2") and library_ids(win) == {"vm2", "ws2"}
    assert not g.items["vm1/os"].highlighted
    click(qtbot, win, "vm3/os")  # a plain click: that one alone
    assert g.chosen() == ("vm3",) and library_ids(win) == {"vm3"} and win.current_id == "vm3"
    assert not g.items["vm2/os"].highlighted


def test_a_rubber_band_on_the_background_selects_the_guests_it_touches(qtbot, win):
    g = win.graph
    nodes = [g.items[f"vm{k}/os"] for k in (1, 2, 3)]
    rect = nodes[0].sceneBoundingRect()
    for n in nodes[1:]:
        rect = rect.united(n.sceneBoundingRect())
    g.view.ensureVisible(rect, 30, 30)
    start = g.view.mapFromScene(QPointF(rect.left() - 6, rect.top() + 2))
    end = g.view.mapFromScene(QPointF(rect.right() - 30, rect.bottom() - 2))
    assert g.guest_at(start) == ""  # it starts on the background, not on a guest
    rubber_band(win, start, end)
    assert set(g.chosen()) == {"vm1", "vm2", "vm3"}
    assert library_ids(win) == {"vm1", "vm2", "vm3"}
    assert all(g.items[f"vm{k}/os"].highlighted for k in (1, 2, 3))
    assert not g.items["vm4/os"].highlighted
    # With Ctrl a second band adds to what is selected.
    four = g.items["vm4/os"].sceneBoundingRect()
    g.view.ensureVisible(four, 30, 30)
    rubber_band(win, g.view.mapFromScene(QPointF(four.left() - 6, four.top() + 2)),
                g.view.mapFromScene(four.center()), CTRL)
    assert set(g.chosen()) == {"vm1", "vm2", "vm3", "vm4"} and library_ids(win) == set(g.chosen())


def test_selecting_several_in_the_library_highlights_them_in_the_graph(qtbot, win):
    tree, sel = win.library.view, win.library.view.selectionModel()
    tree.setCurrentIndex(win.library.proxy_index("vm1"))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    sel.select(win.library.proxy_index("vm4"), flags)
    g = win.graph
    assert set(g.chosen()) == {"vm1", "vm4"}
    assert g.items["vm1/os"].highlighted and g.items["vm4/os"].highlighted
    assert not g.items["vm2/os"].highlighted


def test_power_on_and_delete_act_on_the_graph_selection_as_one_step(qtbot, win):
    doc = win.doc
    click(qtbot, win, "vm1/os")
    click(qtbot, win, "vm4/os", CTRL)
    depth = doc.undo_stack.count()
    win.actions.power_on.trigger()
    assert {doc.world.guests[g].state for g in ("vm1", "vm4")} == {GuestState.STARTING}
    assert doc.world.guests["vm2"].state is GuestState.OFF
    assert doc.undo_stack.count() == depth + 1
    doc.undo_stack.undo()
    assert {doc.world.guests[g].state for g in ("vm1", "vm4")} == {GuestState.OFF}
    win.actions.delete.trigger()
    assert "vm1" not in doc.world.guests and "vm4" not in doc.world.guests and "vm2" in doc.world.guests
    assert doc.undo_stack.count() == depth + 1  # the power step was undone: delete replaced it
    doc.undo_stack.undo()
    assert {"vm1", "vm4"} <= set(doc.world.guests)


def _menu(win) -> QMenu:
    menus = [m for m in win.findChildren(QMenu, MENU_NAME) if m.isVisible()]
    assert len(menus) == 1
    return menus[0]


def _action(menu: QMenu, name: str):
    return next(a for a in menu.actions() if a.objectName() == name)


def test_the_context_menu_of_several_acts_on_all_as_one_step(qtbot, win):
    doc, g = win.doc, win.graph
    click(qtbot, win, "vm1/os")
    click(qtbot, win, "vm2/os", CTRL)
    g.view.customContextMenuRequested.emit(node_pos(win, "vm1/os"))
    menu = _menu(win)
    assert g.chosen() == ("vm1", "vm2") and win.current_id == "vm1"  # right-click kept both
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert {"actionPowerOnSelected", "actionPowerOffSelected", "actionDeleteSelected"} <= set(names)
    assert _action(menu, "actionPowerOnSelected").text() == "Power On 2 Guest(s)"
    assert not _action(menu, "actionPowerOffSelected").isEnabled()  # both are off
    move = next(a.menu() for a in menu.actions() if a.menu() is not None)
    targets = {a.data(): a for a in move.actions()}
    assert set(targets) == {"ws", "ws2", "dock"}
    assert targets["ws2"].isEnabled()
    assert not targets["dock"].isEnabled() and "vm 1" in targets["dock"].toolTip()  # says which and why
    depth = doc.undo_stack.count()
    targets["ws2"].trigger()
    assert {doc.world.guests[x].host_id for x in ("vm1", "vm2")} == {"ws2"}
    assert doc.undo_stack.count() == depth + 1
    doc.undo_stack.undo()
    assert {doc.world.guests[x].host_id for x in ("vm1", "vm2")} == {"ws"}
    menu.close()
    g.view.customContextMenuRequested.emit(node_pos(win, "vm2/os"))
    menu = _menu(win)
    _action(menu, "actionPowerOnSelected").trigger()
    assert {doc.world.guests[x].state for x in ("vm1", "vm2")} == {GuestState.STARTING}
    assert doc.undo_stack.count() == depth + 1
    menu.close()


def test_right_click_outside_the_selection_selects_that_one(qtbot, win):
    click(qtbot, win, "vm1/os")
    click(qtbot, win, "vm2/os", CTRL)
    win.graph.view.customContextMenuRequested.emit(node_pos(win, "vm3/os"))
    menu = _menu(win)
    assert win.graph.chosen() == ("vm3",) and win.current_id == "vm3"
    assert "actionPowerOn" in [a.objectName() for a in menu.actions()]  # the one-guest VM menu
    menu.close()


def test_the_middle_button_pans(qtbot, win):
    g = win.graph
    for _ in range(4):
        g.zoom_in()  # bigger than the view: there is room to scroll
    bar = g.view.horizontalScrollBar()
    bar.setValue((bar.minimum() + bar.maximum()) // 2)
    before = bar.value()
    mid = QPoint(g.view.viewport().width() // 2, 8)
    middle = Qt.MouseButton.MiddleButton
    vp = g.view.viewport()
    for kind, pos, buttons in ((QEvent.Type.MouseButtonPress, mid, middle),
                               (QEvent.Type.MouseMove, mid + QPoint(-120, 0), middle),
                               (QEvent.Type.MouseButtonRelease, mid + QPoint(-120, 0), Qt.MouseButton.NoButton)):
        button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else middle
        QApplication.sendEvent(vp, QMouseEvent(kind, QPointF(pos), QPointF(vp.mapToGlobal(pos)), button, buttons,
                                               Qt.KeyboardModifier.NoModifier))
    assert bar.value() == before + 120  # the drawing follows the hand
    assert g.chosen() == ()  # nothing was selected on the way
    # Shift+wheel scrolls sideways (hosts stand side by side), as in other wide views.
    wheel = QWheelEvent(QPointF(mid), QPointF(vp.mapToGlobal(mid)), QPoint(), QPoint(0, -120),
                        Qt.MouseButton.NoButton, SHIFT, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(vp, wheel)
    assert bar.value() == before + 240
