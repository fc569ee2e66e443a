"""Names from files are shown literally everywhere: never parsed as HTML or mnemonics.

A lab whose host and guest names hold markup, entities, ampersands, right-to-left
and emoji text, and a 200-character name: the tree, tabs, layer graph,
tooltips, dialogs, status bar and event log all show the exact text.  A broken
file is refused with a message naming the field, and the open lab stays.
"""

from __future__ import annotations

import json
from html import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from core.model.kinds import Mode
from gui.panels.library import ID_ROLE
from tests.gui.random_actions import make_window

HOST = "<b>bold</b><img src=x> & Co"
VM = "&amp; <i>vm</i> שלום 🖥️"
CTR = "<script>alert(1)</script>" + "x" * 170
NAMES = (HOST, VM, CTR)


def hostile_lab(path) -> None:
    path.write_text(json.dumps({
        "format": "virtlab-scenario", "version": 2, "title": "<h1>Lab</h1> & friends",
        "hosts": [{"id": "h", "name": HOST, "template": "lab-pc", "mode": "hybrid", "product": "kvm"},
                  {"id": "d", "name": "Docker", "template": "lab-pc", "mode": "container", "product": "docker"}],
        "guests": [{"kind": "vm", "id": "v", "name": VM, "host": "h", "os": "debian-12", "state": "running"},
                   {"kind": "container", "id": "c", "name": CTR, "host": "d", "image": "nginx"}],
    }), encoding="utf-8")


@pytest.fixture
def win(qtbot, tmp_path):
    path = tmp_path / "hostile.vlab"
    hostile_lab(path)
    w = make_window(qtbot, tmp_path, path)
    yield w
    w.doc.set_running(False)


def assert_plain_labels(root) -> int:
    """Every label showing a hostile name is plain text; returns how many were seen."""
    seen = 0
    for label in root.findChildren(QLabel):
        if any(n in label.text() for n in NAMES):
            seen += 1
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    return seen


def test_tree_shows_names_literally_with_escaped_tooltips(win):
    model = win.library.model
    for obj, name in (("h", HOST), ("v", VM), ("c", CTR)):
        item = model.item_for(obj)
        assert item.data(Qt.ItemDataRole.DisplayRole) == name
        assert item.data(ID_ROLE) == obj
        tip = item.toolTip()
        assert escape(name) in tip and "<img" not in tip and "<script>" not in tip


def test_tabs_titles_and_tooltips(win):
    for obj, name in (("h", HOST), ("v", VM), ("c", CTR)):
        win.set_current(obj)
        i = win.tabs.indexOf(win.tab_for(obj))
        assert win.tabs.tabText(i) == name.replace("&", "&&")  # "&" shown, not a mnemonic
        assert win.tabs.tabToolTip(i) == escape(name)
        assert assert_plain_labels(win.tab_for(obj)) >= 1
    assert HOST in win.windowTitle() or "<h1>Lab</h1> & friends" in win.windowTitle()


def test_graph_labels_and_tooltips(win):
    items = win.graph.items
    assert items["h/hw"].label == HOST
    assert any(i.label == VM for i in items.values())
    for item in items.values():
        assert "<img" not in item.toolTip() and "<script>" not in item.toolTip()
    band = win.graph.bands["h"]
    assert "<img" not in band.toolTip() and escape(HOST) in band.toolTip()


def test_dialogs_and_log_show_names_as_plain_text(win, qtbot):
    from gui.dialogs.guest_settings import GuestSettingsDialog
    from gui.dialogs.new_vm import NewVmWizard

    dlg = GuestSettingsDialog(win.doc, "v", win)
    assert dlg.findChild(QLabel, "guestLabel").text() == f"{VM} on {HOST}"
    assert assert_plain_labels(dlg) >= 1
    assert VM in dlg.windowTitle()  # window titles are never rich text
    wiz = NewVmWizard(win.doc, "h", win)
    wiz._load_defaults()
    wiz._fill_summary()
    assert HOST in wiz.summary.text() and assert_plain_labels(wiz) >= 1
    # Renaming logs the name as it is, and a refusal quotes it in plain text.
    win.doc.rename("v", "<u>new</u> & old")
    assert any("Rename &amp; <i>vm</i>" in line for line in win.event_log.lines())
    win.set_current("c")
    win.actions.power_off.trigger()  # already off: nothing; the toolbar tooltip explains, escaped
    assert "<script>" not in win.actions.power_off.toolTip()
    win.doc.set_mode("h", Mode.CONTAINER)  # refused: a VM runs there; the reason quotes the host's name
    assert win.status.refusal.text() == f"Power off the 1 guest(s) on {HOST} before changing how it is virtualized."
    assert win.status.refusal.textFormat() == Qt.TextFormat.PlainText
    assert assert_plain_labels(win) >= 1
    dlg.deleteLater()
    wiz.deleteLater()


def test_broken_file_is_refused_and_the_open_lab_stays(win, tmp_path):
    world = win.doc.world
    bad = tmp_path / "bad.vlab"
    bad.write_text(json.dumps({"format": "virtlab-scenario", "version": 2, "title": "<b>x</b>",
                               "hosts": [{"id": "a", "name": "<b>A</b>", "template": "lab-pc"}],
                               "guests": [{"kind": "vm", "id": "a", "name": "<i>dup</i>", "host": "a",
                                           "os": "debian-12"}]}))
    assert not win.open_lab(bad)
    box = win.error_box
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "guests[0].id" in box.informativeText() and "duplicate id 'a'" in box.informativeText()
    assert win.doc.world is world and set(world.guests) == {"v", "c"}
    assert any("guests[0].id" in line for line in win.event_log.lines())
    box.close()
    # A file that is not even JSON (a pickle): same, and nothing runs.
    evil = tmp_path / "evil.vlab"
    evil.write_bytes(b"\x80\x04\x95cos\nsystem\n")
    assert not win.open_lab(evil)
    assert win.doc.world is world
    QApplication.processEvents()


def test_lab_beyond_the_cli_limits_is_refused_with_a_clear_message(win, tmp_path):
    """The window takes what virtlab-sim takes (one limit), and refuses one guest more in one message."""
    from bench.limits import lab
    from core.files.scenario import MAX_GUESTS, TooBigError, load_scenario

    world = win.doc.world
    big = tmp_path / "big.vlab"
    big.write_text(json.dumps(lab(10, MAX_GUESTS + 1)))
    assert not win.open_lab(big)
    text = win.error_box.informativeText()
    assert str(MAX_GUESTS + 1) in text and "Traceback" not in text
    assert win.doc.world is world
    with pytest.raises(TooBigError):  # headless too: the same limit
        load_scenario(big)
    win.error_box.close()


def test_refusal_tooltips_quote_names_as_plain_text(win, qtbot):
    # Qt takes any tooltip that looks like HTML for rich text: reasons quoting a name are escaped.
    win.set_current("v")  # running: Power On is refused and its tooltip says why, naming the VM
    tip = win.actions.power_on.toolTip()
    assert escape(VM) in tip and "<i>vm</i>" not in tip, tip
    tab = win.tab_for("v")
    button_tips = [b.toolTip() for b in tab.buttons.values() if b.toolTip()]
    assert button_tips and all("<i>vm</i>" not in t for t in button_tips), button_tips
