"""The Lab panel: goals tick live, a summary at the end, Chinese texts, lab lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDockWidget, QMenu

from core.files import locations
from core.model.kinds import GuestState, Mode, Product
from gui.document.document import Document
from gui.panels.lab_panel import MET_ROLE, WAITING_ROLE
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings
from gui.tabs.home_tab import PATH_ROLE
from gui.testing import answer
from gui.text.lab_texts import lab_texts
from tests.gui.test_main_window import run_until


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("VIRTLAB_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow(Document(), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.doc.set_running(False)
    if not w.close():  # a modified lab asks first: discard, so the window really closes
        answer(w, "unsavedBox", "discard")


@pytest.fixture
def chinese():
    old = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    QLocale.setDefault(old)


def test_goals_tick_as_the_student_works(win):
    assert win.open_lab(locations.labs_dir() / "kvm-qemu.vlab")
    dock = win.findChild(QDockWidget, "labDock")
    assert not dock.isHidden()
    panel = win.lab_panel
    assert panel.title.text().startswith("Lab 3") and panel.progress.text() == "0 of 3 goals met"
    win.doc.set_mode("pc", Mode.HYBRID, Product.KVM)
    assert panel.goals.item(0).data(MET_ROLE) is True and panel.goals.item(1).data(MET_ROLE) is False
    assert panel.progress.text() == "1 of 3 goals met" and panel.summary.isHidden()
    ids = [win.doc.add_guest_from_template("pc", "vm", t)[1] for t in ("debian", "rocky")]
    win.doc.update_guest(ids[0], workload="cpu")
    for gid in ids:
        win.doc.power_on(gid)
        run_until(win.doc, gid, GuestState.RUNNING)
    win.doc.step()
    assert [m for _, m in panel.goal_states()] == [True, True, True]
    assert not panel.summary.isHidden() and "complete" in panel.summary.text()
    assert any("Lab complete" in line for line in win.event_log.lines())
    # Finished: the panel offers the next lab in course order, and the button opens it.
    assert not panel.next_button.isHidden() and panel.next_button.text().startswith("Next lab: Lab 4")
    win.doc.undo_stack.setClean()  # nothing unsaved: no question before opening
    panel.next_button.click()
    assert panel.title.text().startswith("Lab 4") and panel.next_button.isHidden()


def test_isolation_waits_for_a_reset_and_says_when_it_was_met(win):
    win.open_lab(locations.labs_dir() / "four-properties.vlab")
    panel = win.lab_panel
    item = panel.goals.item(1)
    assert item.data(WAITING_ROLE) is True and "goal 1" in item.toolTip()  # after "Partitioning"
    for gid in ("web", "db"):
        win.doc.power_on(gid)
    run_until(win.doc, "web", GuestState.RUNNING)
    run_until(win.doc, "db", GuestState.RUNNING)
    win.doc.step()
    assert [m for _, m in panel.goal_states()] == [True, False, False]  # booted: not yet isolation
    assert item.data(WAITING_ROLE) is False
    win.doc.reset("web")
    win.doc.step()  # the database VM kept running through the next tick
    assert [m for _, m in panel.goal_states()] == [True, True, False]
    assert "Met at 0:" in item.toolTip()


def test_sentences_for_goals_without_text():
    from core.course.goals import Goal

    goals = [Goal.from_dict(d) for d in (
        {"type": "guest_event", "event": "crashed", "host": "a", "guest": "%2web"},
        {"type": "mode_changed", "host": "pc", "from_mode": "native", "mode": "hybrid"},
        {"type": "migration_done", "guest": "v"},
        {"type": "snapshot_reverted", "host": "h"},
        {"type": "image_pulled", "host": "d", "image": "redis"})]
    texts = lab_texts("T", "D", goals, {})[2]
    assert texts[0] == "Guest %2web on a crashes while at least 1 other guests keep running"  # filled once
    assert texts[1] == "Host pc is changed from native mode to hybrid mode"
    assert "v" in texts[2] and "any host" in texts[2] and "any guest" in texts[3] and "redis" in texts[4]


def test_a_lab_without_goals_hides_the_panel(win):
    win.open_lab(locations.demo_lab())
    assert win.findChild(QDockWidget, "labDock").isHidden()
    assert win.lab_panel.goals.count() == 0


def test_chinese_texts_when_the_ui_is_chinese(win, chinese):
    win.open_lab(locations.labs_dir() / "docker-image-registry-container.vlab")
    panel = win.lab_panel
    assert panel.title.text().startswith("实验 5") and "守护进程" in panel.brief.text()
    assert panel.goals.item(0).text() == "实验机运行 Docker 守护进程"


def test_english_fallback_for_missing_translations():
    from core.course.goals import Goal

    goals = [Goal("host_mode", host="pc", mode="hybrid"), Goal("image_cached", host="pc", image="nginx")]
    title, brief, texts = lab_texts("T", "D", goals, {"zh_CN": {"goals": ["第一"]}}, "zh_CN")
    assert (title, brief) == ("T", "D") and texts[0] == "第一" and "nginx" in texts[1]


def test_help_menu_and_home_tab_list_the_labs_with_goals(win):
    menu = win.findChild(QMenu, "menuLabs")
    names = {a.objectName() for a in menu.actions()}
    assert {"actionLab_kvm-qemu", "actionLab_four-properties", "actionLab_demo"} <= names
    lst = win.home.lab_list
    tips = {lst.item(i).data(PATH_ROLE): lst.item(i).toolTip() for i in range(lst.count())}
    assert "80 % of native" in tips[str(locations.labs_dir() / "kvm-qemu.vlab")]
    next(a for a in menu.actions() if a.objectName() == "actionLab_four-properties").trigger()
    assert win.doc.path.name == "four-properties.vlab" and win.lab_panel.goals.count() == 3


def test_panel_looks_right(win, tmp_path):
    win.open_lab(locations.labs_dir() / "xen-paravirt.vlab")
    win.doc.set_mode("server", Mode.BARE_METAL, Product.XEN)
    shot = win.lab_panel.grab()
    assert not shot.isNull() and shot.width() > 100
    shot.save(str(tmp_path / "lab-panel.png"))
