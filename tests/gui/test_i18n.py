"""English and Simplified Chinese: the committed translation is complete, current and shown.

The .ts is the source of truth; the .qm is committed beside it.  These tests
fail when someone adds a string without translating it (run
``resources/translations/update.py`` and translate the new entries), edits the
.ts without rebuilding the .qm, or drops a placeholder from a translation.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMenu, QMessageBox

from core.files.locations import resources_dir
from gui.document.document import Document
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings

TS_DIR = resources_dir() / "translations"
TS = TS_DIR / "virtlab_zh_CN.ts"
QM = TS_DIR / "virtlab_zh_CN.qm"
ROOT = resources_dir().parent
# %1..%99, %n, %s (Python %-formatting) and {name} (the reasons' fields).
PLACEHOLDER = re.compile(r"%(?:\d{1,2}|n|s)|\{[a-z_]+\}")
CJK = re.compile(r"[\u4e00-\u9fff]")


def qt_tool(name: str) -> str:
    tool = Path(sys.executable).with_name(name)
    return str(tool) if tool.exists() else shutil.which(name) or pytest.fail(f"{name} not found")


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> <message>."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out[(name, m.findtext("source") or "", m.findtext("comment") or "")] = m
    return out


def translations(m: ET.Element) -> list[str]:
    t = m.find("translation")
    forms = t.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [t.text or ""]


# --- the .ts and .qm files ------------------------------------------------------------
def test_no_entry_is_unfinished_or_empty():
    msgs = messages(TS)
    assert len(msgs) > 300
    bad = [k for k, m in msgs.items()
           if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
           or not all(t.strip() for t in translations(m))]
    assert bad == [], f"untranslated in {TS.name}: {bad[:10]}"


def test_every_translation_keeps_the_placeholders_of_its_source():
    bad = []
    for (ctx, src, _c), m in messages(TS).items():
        want = sorted(PLACEHOLDER.findall(src))
        for text in translations(m):
            got = sorted(PLACEHOLDER.findall(text))
            if m.get("numerus") == "yes":  # a plural form may say "%n" or leave it implied
                want, got = [p for p in want if p != "%n"], [p for p in got if p != "%n"]
            if got != want:
                bad.append((ctx, src, text))
    assert bad == []


def test_accelerators_survive_translation():
    """A menu's "&File" becomes "文件(&F)": the same key, so shortcuts work in both languages."""
    for (ctx, src, _c), m in messages(TS).items():
        key = re.search(r"&([A-Za-z0-9])", src)
        if key and "<" not in src:
            assert f"&{key.group(1).upper()}" in translations(m)[0].upper(), (ctx, src)


def test_the_ts_holds_every_string_in_the_code(tmp_path):
    """lupdate into a fresh file: nothing it finds may be missing from the committed .ts."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))
    subprocess.run([qt_tool("pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(fresh)],
                   cwd=ROOT, check=True, capture_output=True)
    in_code, committed = set(messages(fresh)), set(messages(TS))
    assert len(in_code) > 300
    missing = sorted(in_code - committed)
    assert missing == [], ("strings not in the .ts: run resources/translations/update.py and translate them: "
                           f"{missing[:10]}")


def test_every_context_is_one_qt_looks_up():
    """lupdate names a context after a class or a translate() literal; anything else is a bug in the code.

    ``tr = QCoreApplication.translate; tr("Ctx", "text")`` gives an empty context
    (lupdate does not follow the alias), and ``window.tr("text")`` a context
    "window" where Qt looks in "MainWindow": such strings never show translated.
    """
    bad = sorted({ctx for ctx, _s, _c in messages(TS) if not re.fullmatch(r"[A-Z][A-Za-z0-9_]*", ctx)})
    assert bad == []


def test_lrelease_is_deterministic_and_the_committed_qm_is_current(tmp_path):
    built = []
    for i in range(2):
        qm = tmp_path / f"{i}.qm"
        subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(qm)], check=True)
        built.append(qm.read_bytes())
    assert built[0] == built[1]
    assert QM.read_bytes() == built[0], "the .qm is stale: run resources/translations/update.py --release"


# --- the running application ------------------------------------------------------------


def make_window(qtbot, tmp_path) -> MainWindow:
    from tests.gui.test_main_window import make_world

    win = MainWindow(Document(make_world()), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.wait_exposed(win)
    return win


def test_english_loads_only_its_plural_forms(qtbot, tmp_path, language):
    # virtlab_en holds plural forms only ("%n guest(s)" -> "1 guest" / "2 guests").
    assert [n for n in language("en") if n.startswith("virtlab")] == ["virtlab_en"]
    assert QLocale().name() == "en_US"  # the interface language, for views that ask
    win = make_window(qtbot, tmp_path)
    assert win.actions.menus["menuFile"].title() == "&File"
    assert win.tabs.tabText(0) == "Home"


def test_chinese_loads_qt_and_virtlab_translations(qtbot, tmp_path, language, qapp):
    assert "virtlab_zh_CN" in language("zh")  # a bare language code finds its country's file
    for tr in qapp.findChildren(QTranslator):
        qapp.removeTranslator(tr)
    loaded = language("zh_CN")
    assert QLocale().name() == "zh_CN"
    assert "virtlab_zh_CN" in loaded and "qtbase_zh_CN" in loaded
    assert loaded.index("qtbase_zh_CN") < loaded.index("virtlab_zh_CN")  # Qt's first, as the linguist example does
    win = make_window(qtbot, tmp_path)
    assert win.actions.menus["menuFile"].title() == "文件(&F)"
    assert win.tabs.tabText(0) == "主页"
    assert win.docks["library"].windowTitle() == "库"
    # Qt's own dialogs speak Chinese too (qtbase translations).
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "取消"


def test_switching_language_changes_the_visible_texts(qtbot, tmp_path, language, qapp):
    english = make_window(qtbot, tmp_path)
    en_titles = [m.title() for m in english.actions.menus.values()]
    language("zh_CN")
    chinese = make_window(qtbot, tmp_path)
    zh_titles = [m.title() for m in chinese.actions.menus.values()]
    assert len(en_titles) == len(zh_titles)
    assert all(CJK.search(t) for t in zh_titles) and not any(CJK.search(t) for t in en_titles)
    chinese.set_current("ws")
    labels = [w.text() for w in chinese.tab_for("ws").findChildren(QLabel) if w.isVisible()]
    assert sum(bool(CJK.search(t)) for t in labels) >= 5


def test_reasons_are_translated_with_their_terms(language):
    from core.sim.rules import refuse
    from gui.text.reasons import reason_text

    v = refuse("technique_not_offered", "{product} does not offer the {technique} technique; it offers {choices}.",
               product="xen", technique="full", choices="para, hardware")
    # Both words wherever a technique is named: full virtualization by binary
    # translation or with hardware assistance (the course notes' taxonomy).
    assert reason_text(v) == ("Xen does not offer the full virtualization (binary translation) technique; "
                              "it offers paravirtualization, full virtualization (hardware-assisted).")
    language("zh_CN")
    assert reason_text(v) == "Xen 不支持全虚拟化（二进制翻译），只支持半虚拟化、全虚拟化（硬件辅助）。"


# --- screenshots: Chinese text, nothing clipped -----------------------------------------
def clipped(widget) -> list[str]:
    """Visible one-line labels and buttons narrower than their text needs."""
    from PySide6.QtWidgets import QAbstractButton

    bad = []
    for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if not w.isVisible() or not w.text() or (isinstance(w, QLabel) and w.wordWrap()):
            continue
        if w.width() + 1 < w.minimumSizeHint().width() or w.height() + 1 < w.minimumSizeHint().height():
            bad.append(f"{type(w).__name__} {w.text()!r} {w.width()}x{w.height()} < {w.minimumSizeHint().toTuple()}")
    return bad


def test_chinese_screenshots_show_chinese_and_nothing_is_clipped(qtbot, tmp_path, language):
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese), \
        "no Chinese font: install fonts-noto-cjk"
    language("zh_CN")
    win = make_window(qtbot, tmp_path)
    shots = {"main": win}
    win.set_current("ws")
    shots["host"] = win.tab_for("ws")
    from gui.dialogs.new_host import NewHostDialog

    dlg = NewHostDialog(win.doc, win)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.wait_exposed(dlg)
    shots["dialog"] = dlg
    assert CJK.search(dlg.windowTitle())
    assert CJK.search(dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).text())
    QCoreApplication.processEvents()  # let the new tab's layout settle before measuring
    for name, widget in shots.items():
        path = tmp_path / f"zh_{name}.png"
        assert widget.grab().save(str(path))
        assert path.stat().st_size > 2000
        assert clipped(widget) == [], name


# --- menus: one accelerator key per entry -------------------------------------------------
def accelerator_clashes(win) -> list[str]:
    """Entries of one menu (or the menu bar) that share an accelerator key; "&&" is a literal &."""
    menus = [win.menuBar(), *win.findChildren(QMenu)]
    bad = []
    for menu in menus:
        keys: dict[str, list[str]] = {}
        for act in menu.actions():
            key = re.search(r"&(.)", act.text().replace("&&", ""))
            if key and not act.isSeparator() and act.isVisible():
                keys.setdefault(key.group(1).upper(), []).append(act.text())
        bad += [f"{menu.objectName()}: {texts}" for texts in keys.values() if len(texts) > 1]
    return bad


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_accelerators_are_unique_within_every_menu(qtbot, tmp_path, language, lang):
    language(lang)
    win = make_window(qtbot, tmp_path)
    assert ("文件(&F)" if lang == "zh_CN" else "&File") == win.actions.menus["menuFile"].title()
    for selected in ("ws", "vm1"):  # menus filled on demand: Virtualization, Migrate To
        win.set_current(selected)
        for menu in win.findChildren(QMenu):
            menu.aboutToShow.emit()
        assert accelerator_clashes(win) == [], (lang, selected)
    assert len(win.actions.menus["menuVm"].actions()) > 10


def test_accelerator_clashes_are_found(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    menu = win.actions.menus["menuFile"]
    extra = menu.addAction("&Nothing")
    literal = menu.addAction("R&&D notes")  # a literal "&": no accelerator
    assert accelerator_clashes(win) == [f"menuFile: ['{win.actions.new_vm.text()}', '&Nothing']"]
    menu.removeAction(extra)
    menu.removeAction(literal)


# --- texts made from core's values and from lab files --------------------------------------
def test_learn_panel_words_the_figures_stacks(qtbot, language):
    from gui.panels.learn_panel import LearnPanel, stack_words

    assert stack_words("hosted, hardware, EPT, paravirtual, bridged") == (
        "Hosted (type 2); full virtualization (hardware-assisted, with EPT/NPT); I/O: paravirtual (virtio); "
        "network: bridged")
    assert stack_words("bare-metal, xen") == "Bare-metal (type 1); Xen" and stack_words("nginx") == "nginx"
    language("zh_CN")
    assert stack_words("hybrid, hardware, shadow paging, emulated, nat").count("；") == 3
    panel = LearnPanel(labs=Path("/nonexistent"))
    qtbot.addWidget(panel)
    panel.show_concept("mode:hosted")
    text = panel.plain_text()
    assert "寄居虚拟化" in text and "桥接" in text
    assert not re.search(r"\b(hosted|hardware|paravirtual|bridged)\b", text), text


def test_host_check_sources_in_chinese(qtbot, language):
    from gui.dialogs.host_check import HostCheckDialog
    from tests.core.test_hostcheck import INTEL, FakeReader

    language("zh_CN")
    dlg = HostCheckDialog(reader=FakeReader(files={"/proc/cpuinfo": INTEL}, run={"systemd-detect-virt": "none"}))
    qtbot.addWidget(dlg)
    rows = {dlg.facts.topLevelItem(i).data(0, 256): dlg.facts.topLevelItem(i)
            for i in range(dlg.facts.topLevelItemCount())}
    assert "内核日志" in rows["firmware_enabled"].text(2) and "标志" in rows["hw_virt"].text(2)
    assert rows["cpu_vendor"].text(1) == "Intel"
    assert dlg.facts.wordWrap() and dlg.facts.header().stretchLastSection()


def test_briefs_put_numbered_steps_on_lines_of_their_own(qtbot, tmp_path):
    from gui.tabs.home_tab import bundled_labs
    from gui.text.lab_texts import brief_html, brief_text

    one = "Intro here. 1. Do this: see 80 %. 2. Then that. 3. Done."
    assert brief_text(one) == "Intro here.\n1. Do this: see 80 %.\n2. Then that.\n3. Done."
    assert brief_text("说明。1. 做这个。2. 再做那个。") == "说明。\n1. 做这个。\n2. 再做那个。"
    assert brief_text("Lab 5: runs 1. only one step.") == "Lab 5: runs 1. only one step."
    assert brief_text("A\n1. b 2. c") == "A\n1. b 2. c"  # the author's own lines win
    assert brief_html("<b>x</b>. 1. a. 2. b") == "&lt;b&gt;x&lt;/b&gt;.<br>1. a.<br>2. b"
    for path in bundled_labs():  # the bundled labs write their steps on lines already
        data = json.loads(path.read_text(encoding="utf-8"))
        for text in (data["description"], data["i18n"]["zh_CN"]["description"]):
            assert "1. " not in text or "\n1. " in text, path.name
    win = make_window(qtbot, tmp_path)
    win.home.set_lab("T", one)
    assert win.home.lab_description.text().count("\n") == 3
    assert win.home.lab_description.textFormat() == Qt.TextFormat.PlainText


def test_lab_names_in_the_ui_language(tmp_path):
    from core.files.scenario import ScenarioError, load_scenario, loads_scenario
    from gui.text.lab_texts import localize_names

    demo = resources_dir() / "labs" / "demo.vlab"
    s = load_scenario(demo)
    assert localize_names(s.world, s.i18n, "en") is s.i18n
    assert s.world.hosts["pc-hosted"].name == "Lab PC 1 (VMware Workstation)"
    rest = localize_names(s.world, s.i18n, "zh_CN")
    assert s.world.hosts["pc-hosted"].name == "实验机 1（VMware Workstation）"
    assert s.world.guests["web"].name == "nginx"  # not every name needs a translation
    assert "names" not in rest["zh_CN"] and rest["zh_CN"]["title"] == s.i18n["zh_CN"]["title"]
    assert "names" in s.i18n["zh_CN"]  # the loaded texts are left as they were
    data = json.loads(demo.read_text(encoding="utf-8"))
    data["i18n"]["zh_CN"]["names"]["nope"] = "没有"
    with pytest.raises(ScenarioError) as info:
        loads_scenario(json.dumps(data))
    assert info.value.field == "i18n.zh_CN.names.nope"
