"""Help > Can this PC virtualize?: core's facts and verdicts, translated and drawn."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from core.course.hostcheck import MESSAGES as CORE_MESSAGES
from core.course.machine_facts import FACT_KEYS
from core.course.machine_facts import SOURCES as CORE_SOURCES
from gui.dialogs.host_check import (
    MESSAGES,
    SOURCES,
    HostCheckDialog,
    fact_value_text,
    source_text,
    verdict_text,
)
from tests.core.test_hostcheck import INTEL, FakeReader
from tests.gui.test_main_window import make_window


def test_same_reason_codes_and_english_as_core():
    assert set(MESSAGES) == set(CORE_MESSAGES)
    for code, text in CORE_MESSAGES.items():
        assert MESSAGES[code] == text, code
    assert SOURCES == CORE_SOURCES  # the facts' sources and reasons, by code


def test_shows_facts_and_verdicts(qtbot):
    reader = FakeReader(files={"/proc/cpuinfo": INTEL}, run={"systemd-detect-virt": "none"})
    dlg = HostCheckDialog(reader=reader)
    qtbot.addWidget(dlg)
    rows = {dlg.facts.topLevelItem(i).data(0, 256): dlg.facts.topLevelItem(i)
            for i in range(dlg.facts.topLevelItemCount())}
    assert list(rows) == list(FACT_KEYS)
    assert rows["hw_virt"].text(1) == "yes" and rows["firmware_enabled"].text(1) == "unknown"
    assert "kernel log" in rows["firmware_enabled"].text(2)  # why it is unknown
    assert dlg.status_of("hosted") == "yes" and dlg.status_of("hybrid") == "no"
    html = dlg.verdicts.text()
    assert "kvm_intel" in html and "VT-x" in html
    dlg.copy_text()
    assert "FACTS" in QGuiApplication.clipboard().text()


def test_source_text_fills_params_and_falls_back_to_english():
    f = {"value": None, "why": "x", "code": "cim-no-field",
         "params": {"source": "Win32_ComputerSystem", "field": "HypervisorPresent"}}
    assert source_text(f) == "Win32_ComputerSystem has no HypervisorPresent"
    assert source_text({"value": None, "why": "from an older core"}) == "from an older core"
    assert fact_value_text("unknown hypervisor") == "unknown hypervisor" and fact_value_text("amd") == "AMD"


def test_verdict_text_fills_params():
    v = {"code": "nested-missing", "params": {"ext": "AMD-V", "hypervisor": "VMware"}, "message": ""}
    assert "AMD-V" in verdict_text(v) and "VMware" in verdict_text(v) and "{" not in verdict_text(v)


def test_help_menu_entry_opens_the_dialog(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    act = win.learn.check_action
    assert act.objectName() == "actionHostCheck" and act in win.actions.menus["menuHelp"].actions()
    act.trigger()
    dlg = win.learn.host_check
    qtbot.wait_until(dlg.isVisible)
    assert dlg.objectName() == "hostCheckDialog" and dlg.facts.topLevelItemCount() == len(FACT_KEYS)
    dlg.close()
