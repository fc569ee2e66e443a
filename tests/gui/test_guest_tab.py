"""The guest tab: power buttons with reasons, the stack line, speed vs native, settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import GuestState, IoPath, Mode, Product
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.sim.world import World
from gui.document.document import Document
from gui.tabs.guest_tab import GuestTab
from gui.text.plain import plain_tip
from gui.text.reasons import reason_text
from tests.gui.clock import step_until


@pytest.fixture
def doc(qapp):
    w = World(seed=9)
    w.add_host(Host("h1", "KVM box", HOST_TEMPLATES["lab-pc"], Mode.HYBRID, Product.KVM))
    w.add_host(Host("h2", "Docker", HOST_TEMPLATES["lab-pc"], Mode.CONTAINER, Product.DOCKER))
    w.add_guest(Guest("g1", "<b>web</b>", "h1", VmConfig("ubuntu-24.04", io=IoPath.PARAVIRTUAL), "web-server"))
    w.add_guest(Guest("c1", "cache", "h2", ContainerConfig("redis"), "database"))
    d = Document(w)
    yield d
    d.set_running(False)


@pytest.fixture
def tab(qtbot, doc):
    t = GuestTab(doc, "g1")
    qtbot.addWidget(t)
    t.resize(1100, 700)
    t.show()
    return t


def test_name_is_plain_text_and_stack_line_explains_the_stack(tab):
    assert tab.title.text() == "<b>web</b>"
    assert tab.title.textFormat() == Qt.TextFormat.PlainText
    line = tab.stack.text()
    assert "Ubuntu 24.04 LTS" in line and "KVM" in line and "hybrid" in line and "virtio" in line


def test_buttons_follow_state_with_reasons(tab, doc):
    b = tab.buttons
    assert b["on"].isEnabled() and not b["suspend"].isEnabled() and not b["reset"].isEnabled()
    assert b["suspend"].toolTip() == plain_tip(reason_text(doc.world.check_suspend("g1")))
    assert b["reset"].toolTip() == plain_tip(reason_text(doc.world.check_reset("g1"))) != ""
    b["on"].click()
    assert doc.world.guests["g1"].state is GuestState.STARTING
    assert not b["on"].isEnabled() and b["on"].toolTip() == plain_tip(reason_text(doc.world.check_power_on("g1")))
    assert b["off"].isEnabled()


def test_speed_relative_to_native_while_running(qtbot, tab, doc):
    assert tab.perf.text() == "Not running"
    doc.power_on("g1")
    step_until(doc, lambda: doc.world.guests["g1"].state is GuestState.RUNNING)
    doc.step()  # one tick while running: the tab reads it
    assert "native speed" in tab.perf.text()
    assert tab.rows["cpu"].bar.value > 0
    assert any(v > 0 for v in tab.rows["cpu"].spark.values)


def test_settings_button_emits_the_guest_id(qtbot, tab):
    with qtbot.wait_signal(tab.settings_requested) as sig:
        tab.settings.click()
    assert sig.args == ["g1"]


def test_container_summary(qtbot, doc):
    t = GuestTab(doc, "c1")
    qtbot.addWidget(t)
    assert "redis" in t.stack.text() and "kernel" in t.stack.text()
    assert not t.buttons["suspend"].isEnabled()
    texts = [t.form.itemAt(i).widget().text() for i in range(t.form.count()) if t.form.itemAt(i).widget()]
    assert "512 MB" in texts and "Docker" in texts


def test_stack_box_lists_the_layers_down_to_the_hardware_with_their_use(tab, doc):
    box = tab.layers
    assert box.objectName() == "guestLayers"
    assert [nid for nid, *_ in box.rows] == ["g1/os", "g1/qemu", "h1/kvm", "h1/hostos", "h1/hw"]
    assert all(cpu.text == "–" for _n, _m, cpu, _mem in box.rows[:2])  # off: the guest uses nothing
    doc.power_on("g1")
    for _ in range(40):
        doc.step()
    cpu = {nid: bar.value for nid, _m, bar, _mem in box.rows}
    assert cpu["g1/os"] > 0 and cpu["h1/hw"] >= cpu["g1/os"] + cpu["g1/qemu"] - 1e-6
    assert box.rows[-1][3].text.endswith("MB")
    doc.power_off("g1")
    assert doc.set_mode("h1", Mode.HOSTED, Product.VIRTUALBOX)  # a new stack under the guest: new rows
    ids = [nid for nid, *_ in box.rows]
    assert ids[0] == "g1/os" and "h1/vmm" in ids and "g1/qemu" not in ids and ids[-1] == "h1/hw"


def test_the_console_shows_the_boot_then_a_login_prompt(qtbot, tmp_path):
    from core.files.locations import demo_lab  # noqa: PLC0415
    from gui.document.document import Document  # noqa: PLC0415
    from gui.shell.main_window import MainWindow  # noqa: PLC0415
    from gui.shell.settings import Settings  # noqa: PLC0415

    win = MainWindow(Document(), Settings(tmp_path / "s.ini"))
    qtbot.addWidget(win)
    win.show()
    assert win.open_lab(demo_lab())
    win.set_current("kvm-spare")  # off: an empty console
    tab = win.tab_for("kvm-spare")
    assert tab.console.toPlainText() == "" and tab.console.isReadOnly()
    win.doc.power_on("kvm-spare")
    win.doc.step()
    booting = tab.console.toPlainText()
    assert booting.startswith("[    0.000000] Linux version") and "login:" not in booting
    for _ in range(60):
        win.doc.step()
        if win.doc.world.guests["kvm-spare"].state.value == "running":
            break
    win.doc.step()
    text = tab.console.toPlainText()
    assert "Hypervisor detected: KVM" in text and text.rstrip().endswith("login: _")
    win.set_current("web")  # a container: the app's own output
    assert "start worker processes" in win.tab_for("web").console.toPlainText()
    win.doc.set_running(False)
