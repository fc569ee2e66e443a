"""Counts read correctly: "1 guest" / "2 guests" in English, one form in Chinese (issue 16).

core's refusals stay English-only with "guest(s)"; gui.text.reasons gives the
ones with a {count} Qt plural forms, and virtlab_en.qm (lupdate -pluralonly)
holds the English forms of every "%n" text.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from xml.etree import ElementTree as ET

from core.sim.rules import refuse
from gui.text.reasons import TEMPLATES, reason_text
from tests.gui.test_i18n import qt_tool

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
POWER_OFF = "Power off the {count} guest(s) on {host} before changing how it is virtualized."
IN_VM = "{vm} runs {count} container(s); delete them with it, or delete them first."




def test_core_refusals_with_a_count_read_in_english(language):
    language("en")
    assert reason_text(refuse("busy", POWER_OFF, count=1, host="Lab PC")) == (
        "Power off the 1 guest on Lab PC before changing how it is virtualized.")
    assert reason_text(refuse("busy", POWER_OFF, count=3, host="Lab PC")) == (
        "Power off the 3 guests on Lab PC before changing how it is virtualized.")
    assert reason_text(refuse("nested", IN_VM, count=1, vm="web")) == (
        "web runs 1 container; delete it along with web, or delete it first.")
    assert "guest(s)" not in reason_text(refuse("busy", POWER_OFF, count=2, host="h"))


def test_core_refusals_with_a_count_read_in_chinese(language):
    language("zh_CN")
    text = reason_text(refuse("busy", POWER_OFF, count=2, host="Lab PC"))
    assert text == "更改虚拟化方式之前，请先关闭 Lab PC 上的 2 台客户机。"
    assert "1 个容器" in reason_text(refuse("nested", IN_VM, count=1, vm="web"))


def test_every_counted_template_has_plural_forms(language):
    # A new core template with {count} must get a plural form in gui.text.reasons.
    language("en")
    for template in (t for t in TEMPLATES if "{count}" in t):
        params = {k: "x" for k in re.findall(r"{(\w+)}", template)} | {"count": 1}
        text = reason_text(refuse("c", template, **params))
        assert "(s)" not in text and "1 " in text, template


def test_gui_counts_read_in_english(qtbot, language):
    from PySide6.QtCore import QCoreApplication

    language("en")
    assert QCoreApplication.translate("Actions", "Power on %n guest(s)", "", 1) == "Power on 1 guest"
    assert QCoreApplication.translate("Actions", "Power on %n guest(s)", "", 4) == "Power on 4 guests"
    language("zh_CN")
    assert QCoreApplication.translate("Actions", "Power on %n guest(s)", "", 4) == "将 4 个客户机开机"


def test_english_catalogue_is_complete_and_its_qm_current(tmp_path):
    ts = TS_DIR / "virtlab_en.ts"
    for msg in ET.parse(ts).getroot().iter("message"):
        assert msg.get("numerus") == "yes"  # plural forms only: the sources are English
        forms = [f.text or "" for f in msg.find("translation").iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f for f in forms), msg.findtext("source")
    qm = tmp_path / "en.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    assert qm.read_bytes() == (TS_DIR / "virtlab_en.qm").read_bytes(), "run resources/translations/update.py"


def test_the_status_bar_counts_one_host_as_one_host(qtbot, tmp_path, language):
    """It read "1 hosts · 225 of 300 guests running" (seen in a picture of a one-host lab)."""
    from core.model.hardware import HOST_TEMPLATES
    from core.model.kinds import Mode, Product
    from core.model.objects import Guest, Host, VmConfig
    from core.sim.world import World
    from gui.document.document import Document
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    language("en")
    w = World(seed=1)
    w.add_host(Host("h", "PC", HOST_TEMPLATES["lab-pc"], Mode.HOSTED, Product.VMWARE_WORKSTATION))
    w.add_guest(Guest("g", "vm", "h", VmConfig("ubuntu-24.04"), "idle"))
    win = MainWindow(Document(w), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    assert win.status.counts.text() == "1 host · 0 of 1 guest running"
    language("zh_CN")
    win.status._update_counts()
    assert win.status.counts.text() == "1 台主机 · 1 台客户机中 0 台运行中"
    win.doc.set_running(False)
