"""A comfortable window: right-click on guest cards, speed and memory meters on the host tab,
Learn following the selection's real stack, Compare's bar scale, labs that lead on."""

from __future__ import annotations

import dataclasses

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
    # Cards exist for the rows in view (issue 17): the third guest's row is in view once
    # the event loop has laid the new tab out.
    qtbot.wait_until(lambda: "kvm-spare" in tab.cards and tab.cards["kvm-spare"].isVisible())
    card = tab.cards["kvm-spare"]
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


def test_guest_cards_show_the_speed_the_guest_tab_shows(qtbot, win):
    win.set_current("pc-hosted")
    card = win.tab_for("pc-hosted").cards["ws-ubuntu"]
    perf = win.doc.world.latest.guest("ws-ubuntu")["perf"]
    want = f"runs at {100 * perf:.0f} % of native speed"
    assert card.speed.text() == want
    win.set_current("ws-ubuntu")
    assert win.tab_for("ws-ubuntu").perf.text() == want  # one figure, from the engine's sample
    win.set_current("kvm-pc")
    off = win.tab_for("kvm-pc").cards["kvm-spare"]
    assert off.speed.text() == "Speed: not running"


def test_memory_reclaim_has_meters_with_one_colour_each(qtbot, tmp_path):
    from core.files.locations import labs_dir  # noqa: PLC0415
    from gui.shell import colors as pc  # noqa: PLC0415

    w = MainWindow(Document(), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.show()
    assert w.open_lab(labs_dir() / "overcommit-cpu-memory-io.vlab")
    for gid in ("vm1", "vm2", "vm3", "vm4"):
        w.doc.power_on(gid)
    w.set_current("small")
    box = w.tab_for("small").reclaim
    for _ in range(200):  # simulated seconds: boot, then the balloon inflates
        w.doc.step()
        if w.doc.world.latest.host("small")["balloon_mb"] > 0:
            break
    h = w.doc.world.latest.host("small")
    assert h["balloon_mb"] > 0 and h["shared_mb"] > 0
    ram = w.doc.world.hosts["small"].hardware.memory_mb
    assert box.balloon.fraction() == pytest.approx(h["balloon_mb"] / ram)
    assert box.balloon.text == f"{h['balloon_mb'] / 1024:.1f} GB"
    assert box.shared.fraction() > 0
    # Each bar keeps its one colour whatever its length; the legend names all three.
    for bar, color in ((box.shared, pc.METER_OK), (box.balloon, pc.METER_WARN), (box.swap, pc.METER_BAD)):
        assert pc.load_color(0.01, bar.warn, bar.bad) == color
        assert pc.load_color(1.0, bar.warn, bar.bad) == color
        assert color.name() in box.legend.text()
    w.doc.set_running(False)


def test_learn_follows_the_selections_real_stack_and_technique(qtbot, win):
    from core.model.kinds import Technique  # noqa: PLC0415
    from core.sim.efficiency import efficiency  # noqa: PLC0415
    from gui.text import learn_texts  # noqa: PLC0415
    from gui.text.value_names import technique_text  # noqa: PLC0415

    panel = win.learn.panel
    win.set_current("xen-pv")
    assert panel.concept_id == "technique:para"
    win.set_current("xen-hvm")  # a Windows HVM guest: hardware assistance, not paravirtualization
    assert panel.concept_id == "technique:hardware"
    text = panel.plain_text()
    assert "On Windows 11 HVM guest" in text and "Xen" in text and "bare-metal" in text.lower()
    # A VM on KVM: its own (hybrid, KVM) figures, the engine's numbers for exactly its stack.
    win.set_current("kvm-db")
    text = panel.plain_text()
    assert "On Rocky database" in text and "hybrid" in text.lower() and "KVM" in text
    world = win.doc.world
    g = world.guests["kvm-db"]
    mmu = efficiency(g.stack(world.hosts[g.host_id]))[2]
    assert f"{mmu:.2f}×" in text
    assert learn_texts.figure_name("speed:mmu") in text
    # A graph click on the guest's OS node explains the OS but keeps the guest's stack in view.
    win.set_current("xen-hvm")
    win.learn.clicked_kind = "guestos"
    win.learn._node_selected("xen-hvm")
    assert panel.concept_id == "guestos" and "On Windows 11 HVM guest" in panel.plain_text()
    # Change the technique: the panel follows at once.
    win.set_current("kvm-spare")
    cfg = world.guests["kvm-spare"].config
    with_ept, without = technique_text("hardware", True), technique_text("hardware", False)
    assert cfg.technique is Technique.HARDWARE and with_ept in panel.plain_text()
    assert win.doc.update_guest("kvm-spare", dataclasses.replace(cfg, ept=False))
    assert without in panel.plain_text().split("Figures used")[0]
    assert "On Debian (powered off)" in panel.plain_text()


def test_the_first_start_welcomes_once_and_points_at_palette_host_and_lab(qtbot, tmp_path):
    from gui.shell.welcome import WelcomeDialog  # noqa: PLC0415

    settings_path = tmp_path / "first.ini"
    w = MainWindow(Document(), Settings(settings_path))
    qtbot.addWidget(w)
    w.show()
    assert w.findChild(WelcomeDialog) is None  # nothing pops up by itself (scripted runs, tests)
    dlg = w.welcome.offer()
    assert dlg is not None and dlg.isVisible() and not dlg.isModal()
    text = " ".join(label.text() for label in dlg.steps)
    assert "Palette" in text and "host" in text and "Lab panel" in text
    assert w.docks["palette"].isVisible() and w.docks["library"].isVisible()
    dlg.reject()  # Esc or the title bar's close: dismissed all the same
    assert w.settings.value("welcome_shown") is True
    # The next start (same settings file) says nothing.
    again = MainWindow(Document(), Settings(settings_path))
    qtbot.addWidget(again)
    again.show()
    assert again.welcome.offer() is None


def test_changing_the_language_applies_at_once(qtbot, win, qapp):
    from PySide6.QtCore import QTranslator  # noqa: PLC0415
    from PySide6.QtWidgets import QDockWidget  # noqa: PLC0415

    from gui.dialogs.preferences import PreferencesDialog  # noqa: PLC0415

    win.set_current("kvm-db")
    menu_file = win.actions.menus["menuFile"]
    assert menu_file.title() == "&File"
    try:
        dlg = PreferencesDialog(win.settings, win.doc, win)
        qtbot.addWidget(dlg)
        dlg.language.setCurrentIndex(dlg.language.findData("zh_CN"))
        dlg.accept()
        # The open window speaks Chinese now: menus, actions, docks, tabs, panels and rows.
        assert menu_file.title() == "文件(&F)"
        assert "开机" in win.actions.power_on.text()
        assert win.findChild(QDockWidget, "learnDock").windowTitle() == "学习"
        assert win.tabs.tabText(0) == "主页"
        assert win.current_id == "kvm-db" and win.tabs.currentWidget() is win.tab_for("kvm-db")
        assert "速度为原生的" in win.tab_for("kvm-db").perf.text()  # the guest tab, built again
        assert "的实际架构" in win.learn.panel.plain_text()
        assert win.library.proxy_index("kvm-db").siblingAtColumn(1).data() == "运行中"
        # And back, still without a restart.
        win.settings.set_value("language", "en")
        assert menu_file.title() == "&File" and win.findChild(QDockWidget, "learnDock").windowTitle() == "Learn"
        assert win.library.proxy_index("kvm-db").siblingAtColumn(1).data() == "running"
    finally:
        from PySide6.QtCore import QLocale  # noqa: PLC0415

        for tr in qapp.findChildren(QTranslator):
            qapp.removeTranslator(tr)
            tr.deleteLater()
        QLocale.setDefault(QLocale("en"))
