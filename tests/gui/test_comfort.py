"""A comfortable window: right-click on guest cards, speed and memory meters on the host tab,
Learn following the selection's real stack, Compare's bar scale, labs that lead on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from core.files.locations import demo_lab
from gui.document.document import Document
from gui.shell.context_menus import MENU_NAME
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings


@pytest.fixture
def win(qtbot, tmp_path):
    w = MainWindow(Document(), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.wait_exposed(w)
    assert w.open_lab(demo_lab())
    w.doc.step()
    yield w
    w.doc.set_running(False)


def _menu(win) -> QMenu:
    menus = [m for m in win.findChildren(QMenu, MENU_NAME) if m.isVisible()]
    assert len(menus) == 1
    return menus[0]


def test_a_guest_card_offers_the_vm_menu_and_keeps_the_host_tab(qtbot, win):
    win.set_current("kvm-pc")
    tab = win.tab_for("kvm-pc")
    card = tab.cards["kvm-spare"]
    qtbot.wait_until(card.isVisible)
    card.customContextMenuRequested.emit(card.rect().center())
    menu = _menu(win)
    assert win.current_id == "kvm-spare"
    assert win.tabs.currentWidget() is tab  # the host tab stays in front
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert {"actionPowerOn", "actionSettings", "actionDelete", "actionLearnAboutThis"} <= set(names)
    power_on = next(a for a in menu.actions() if a.objectName() == "actionPowerOn")
    assert power_on.isEnabled()
    power_on.trigger()
    assert win.doc.world.guests["kvm-spare"].state.value == "starting"
    menu.close()
