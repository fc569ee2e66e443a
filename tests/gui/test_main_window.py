"""The main window: launch, selection and tabs, power through the toolbar, undo."""

from __future__ import annotations

import pytest

from core.files.locations import demo_lab
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import GuestState, Mode, Product
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.sim.world import World
from gui.document.document import Document
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings
from gui.tabs.home_tab import PATH_ROLE


def make_world() -> World:
    """Four hosts, one of each kind the tests need, and two stopped guests."""
    w = World(seed=1)
    w.add_host(Host("ws", "Workstation <b>PC</b>", HOST_TEMPLATES["lab-pc"], Mode.HOSTED, Product.VMWARE_WORKSTATION))
    w.add_host(Host("ws2", "Second PC", HOST_TEMPLATES["lab-pc"], Mode.HOSTED, Product.VIRTUALBOX))
    w.add_host(Host("dock", "Docker PC", HOST_TEMPLATES["lab-pc"], Mode.CONTAINER, Product.DOCKER))
    w.add_host(Host("plain", "Plain PC", HOST_TEMPLATES["lab-pc"], Mode.NATIVE, None))
    w.add_host(Host("esx", "ESXi server", HOST_TEMPLATES["rack-server"], Mode.BARE_METAL, Product.ESXI))
    w.add_guest(Guest("vm1", "Ubuntu VM", "ws", VmConfig("ubuntu-24.04", vcpus=2, memory_mb=2048), "web-server"))
    w.add_guest(Guest("c1", "web", "dock", ContainerConfig("nginx"), "web-server"))
    return w


def make_window(qtbot, tmp_path) -> MainWindow:
    doc = Document(make_world())
    win = MainWindow(doc, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    qtbot.wait_exposed(win)
    return win


@pytest.fixture
def win(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path)
    yield w
    w.doc.set_running(False)


def run_until(doc: Document, guest_id: str, state: GuestState, max_steps: int = 200) -> None:
    """Advance simulated time deterministically until the guest reaches ``state``."""
    for _ in range(max_steps):
        if doc.world.guests[guest_id].state is state:
            return
        doc.step()
    raise AssertionError(f"{guest_id} never became {state}")


def test_launch_has_named_parts_and_closes(win, qtbot, language):
    from PySide6.QtWidgets import QDockWidget, QTabWidget, QToolBar

    language("en")  # as the app starts in English: its catalogue gives the plural forms
    win.status._update_counts()

    for name in ("library", "palette", "eventLog", "graphDock"):
        assert win.findChild(QDockWidget, name) is not None, name
    assert win.findChild(QTabWidget, "tabs").widget(0).objectName() == "homeTab"
    assert win.findChild(QToolBar, "mainToolBar") is not None
    titles = [a.text().replace("&", "") for a in win.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "VM", "Host", "Simulation", "Lab", "Help"]
    assert win.status.counts.text() == "5 hosts · 0 of 2 guests running"
    assert win.close()


def test_selecting_opens_a_tab_and_removal_closes_it(win):
    win.library.select("vm1")
    assert win.current_id == "vm1"
    tab = win.tab_for("vm1")
    assert tab is not None and win.tabs.currentWidget() is tab
    assert win.tabs.tabText(win.tabs.indexOf(tab)) == "Ubuntu VM"
    win.library.select("ws")
    host_tab = win.tab_for("ws")
    # names are plain text: the tab shows the angle brackets, the tooltip escapes them
    assert win.tabs.tabText(win.tabs.indexOf(host_tab)) == "Workstation <b>PC</b>"
    assert "&lt;b&gt;" in win.tabs.tabToolTip(win.tabs.indexOf(host_tab))
    # going back to a tab selects its object in the library
    win.tabs.setCurrentWidget(tab)
    assert win.library.current_id() == "vm1"
    win.doc.remove_guest("vm1")
    assert win.tab_for("vm1") is None and win.tabs.indexOf(tab) == -1
    # the Home tab cannot be closed
    win.tabs.tabCloseRequested.emit(0)
    assert win.tabs.widget(0) is win.home


def test_power_through_toolbar_actions(win, language):
    language("en")  # the status bar's counts in their English plural forms
    doc, a = win.doc, win.actions
    g = doc.world.guests["vm1"]
    assert not a.power_on.isEnabled()  # nothing selected
    assert "Select a virtual machine" in a.power_on.toolTip()
    win.library.select("vm1")
    assert a.power_on.isEnabled() and not a.suspend.isEnabled() and not a.power_off.isEnabled()
    assert "already powered off" in a.power_off.toolTip()
    assert a.power_on in win.toolbar.actions()

    a.power_on.trigger()
    assert g.state is GuestState.STARTING
    assert not a.power_on.isEnabled() and "already starting" in a.power_on.toolTip()
    doc.set_speed(16)
    run_until(doc, "vm1", GuestState.RUNNING)
    assert a.suspend.isEnabled() and a.reset.isEnabled()
    assert win.status.counts.text() == "5 hosts · 1 of 2 guests running"

    a.suspend.trigger()
    assert g.state is GuestState.SUSPENDED
    a.power_on.trigger()  # resume
    run_until(doc, "vm1", GuestState.RUNNING)
    a.reset.trigger()
    assert g.state is GuestState.STARTING
    a.power_off.trigger()
    assert g.state is GuestState.OFF and not a.power_off.isEnabled()


def test_simulation_timer_runs_from_the_action(win, qtbot):
    doc = win.doc
    doc.set_tick_rate(30)
    with qtbot.wait_signal(doc.ticked, timeout=3000):
        win.actions.run.setChecked(True)
    assert doc.running and doc.world.time > 0
    assert win.status.running.text() == "Simulation running"
    win.actions.run.setChecked(False)
    assert not doc.running
    t = doc.world.time
    win.actions.step.trigger()
    assert doc.world.time > t


def test_undo_redo_restores(win):
    doc, a = win.doc, win.actions
    win.library.select("vm1")
    a.power_on.trigger()
    assert doc.world.guests["vm1"].state is GuestState.STARTING
    a.undo.trigger()
    assert doc.world.guests["vm1"].state is GuestState.OFF
    a.redo.trigger()
    assert doc.world.guests["vm1"].state is GuestState.STARTING
    a.power_off.trigger()
    a.delete.trigger()
    assert "vm1" not in doc.world.guests
    assert win.library.model.item_for("vm1") is None
    a.undo.trigger()
    assert "vm1" in doc.world.guests and win.library.model.item_for("vm1") is not None
    assert win.isWindowModified()


def test_refusal_reaches_status_bar_and_log(win):
    win.doc.add_guest_from_template("plain", "vm", "ubuntu")
    assert "Plain PC runs no hypervisor" in win.status.refusal.text()
    assert "Plain PC runs no hypervisor" in win.event_log.lines()[-1]


def test_mode_menu_disables_with_reason(win):
    win.library.select("dock")  # a container host holding a container
    win.actions._fill_mode_menu()
    acts = {a.text(): a for a in win.actions.mode_menu.actions()}
    hosted = next(a for t, a in acts.items() if "VMware Workstation" in t)
    assert not hosted.isEnabled() and "container" in hosted.toolTip()
    current = next(a for a in acts.values() if a.isChecked())
    assert "Docker" in current.text()


def test_broken_lab_opens_empty_with_a_plain_message(win, tmp_path):
    bad = tmp_path / "bad.vlab"
    bad.write_text('{"format": "virtlab-scenario", "version": 1, "title": "x", "hosts": [{"id": 3}]}')
    assert not win.open_lab(bad, startup=True)
    assert win.doc.world.hosts == {}
    box = win.error_box
    assert box is not None and box.isVisible()
    text = box.informativeText()
    assert str(bad) in text and "hosts[0]" in text
    box.close()


def test_open_demo_lab_replaces_world_and_closes_tabs(win):
    win.library.select("vm1")
    assert win.open_lab(demo_lab())
    assert win.tab_for("vm1") is None and win.tabs.count() == 1
    assert win.library.model.rowCount() == len(win.doc.world.hosts) > 0
    assert win.home.lab_title.text() == win.lab_info[0] != ""


def test_documented_names_and_unique_shortcuts(win):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QWidget

    for name in ("libraryTree", "librarySearch", "paletteTree", "eventLogView", "layerGraph", "speedCombo",
                 "refusalLabel", "timeLabel", "labList", "homeNewHost", "homeNewVm", "homeOpenDemo"):
        assert win.findChild(QWidget, name) is not None, name
    keys = [a.shortcut().toString() for a in win.findChildren(QAction)
            if a.objectName().startswith("action") and not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), keys
    assert win.actions.power_on.shortcut() == QKeySequence("Ctrl+B")


def test_host_tab_guest_card_opens_guest_tab(win):
    win.set_current("ws")
    host_tab = win.tab_for("ws")
    host_tab.guest_activated.emit("vm1")
    assert win.current_id == "vm1" and win.tabs.currentWidget() is win.tab_for("vm1")


def test_speed_combo_and_palette_double_click(win):
    combo = win.actions.speed_combo
    combo.activated.emit(combo.findData(4.0))
    assert win.doc.speed == 4.0 and win.status.speed.text() == "Speed 4×"
    win.actions.faster.trigger()
    assert win.doc.speed == 8.0 and combo.currentData() == 8.0
    before = set(win.doc.world.guests)
    win.palette.template_activated.emit("container", "busybox")  # nothing selected: refused, says why
    assert set(win.doc.world.guests) == before and "Select a host" in win.status.refusal.text()
    win.set_current("dock")
    win.palette.template_activated.emit("container", "busybox")
    (new,) = set(win.doc.world.guests) - before
    assert win.doc.world.guests[new].host_id == "dock"


def test_home_lab_list_opens_a_lab(win):
    lab_list = win.home.lab_list
    assert lab_list.count() >= 1
    item = lab_list.item(0)
    lab_list.itemActivated.emit(item)
    assert win.doc.path is not None and str(win.doc.path) == item.data(PATH_ROLE)
    assert win.windowTitle().startswith(win.lab_info[0])
