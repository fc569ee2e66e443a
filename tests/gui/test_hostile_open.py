"""The window's open and recovery paths against hostile files (issue 20, faults 2–4).

Special files are refused without blocking (``hang_guard`` ends a hung run
after a minute), a huge invisible value is refused with a short message, and
a sub-millisecond tick gets the same message as ``virtlab-sim``.
"""

from __future__ import annotations

import json
import os
import socket

import pytest

from core.cli import main as cli_main
from core.files import locations
from gui.document import autosave
from gui.document.document import Document
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings
from gui.testing import close_discarding

LAB = locations.labs_dir() / "kvm-qemu.vlab"
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and UNIX sockets are POSIX")



@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(autosave.ENV_DIR, str(tmp_path / "data"))
    w = MainWindow(Document(), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.show()
    yield w
    close_discarding(w)  # a modified lab asks first: answered by clicking
    w.doc.set_running(False)


def _refused(win, path) -> str:
    before = win.doc.world
    assert not win.open_lab(path)
    assert win.doc.world is before  # the open lab stays
    box = win.error_box
    assert box.isVisible() and box.objectName() == "loadErrorBox"
    return box.informativeText()


@posix_only
def test_fifo_socket_device_and_folder_are_refused(win, tmp_path, hang_guard):
    fifo = tmp_path / "pipe.vlab"
    os.mkfifo(fifo)
    assert "Problem: this is a named pipe (FIFO), not a file" in _refused(win, fifo)
    sock = tmp_path / "s.vlab"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.bind(str(sock))
        assert "this is a socket, not a file" in _refused(win, sock)
    if os.path.exists("/dev/zero"):
        assert "this is a device, not a file" in _refused(win, "/dev/zero")
    assert "this is a folder, not a file" in _refused(win, tmp_path)


def test_900k_zero_width_spaces_give_a_short_visible_message(win, tmp_path):
    d = json.loads(LAB.read_text(encoding="utf-8"))
    d["hosts"][0]["mode"] = "\u200b" * 900_000
    bad = tmp_path / "zw.vlab"
    bad.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    assert bad.stat().st_size > 1_800_000
    text = _refused(win, bad)
    assert len(text) < 600
    assert "Field: hosts[0].mode" in text and "(900000 characters)" in text
    assert "\\u200b" in text and "\u200b" not in text  # escaped, never raw
    assert len(win.event_log.toPlainText()) < 2000


def test_rtl_override_in_a_value_is_escaped(win, tmp_path):
    d = json.loads(LAB.read_text(encoding="utf-8"))
    d["hosts"][0]["mode"] = "hy\u202ebrid"
    bad = tmp_path / "rtl.vlab"
    bad.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    text = _refused(win, bad)
    assert "unknown mode 'hy\\u202ebrid'" in text and "\u202e" not in text


def test_a_subnormal_tick_gets_the_cli_message(win, tmp_path, capsys):
    d = json.loads(LAB.read_text(encoding="utf-8"))
    d["settings"] = {"tick_seconds": 1.0}
    bad = tmp_path / "tick.vlab"
    bad.write_text(json.dumps(d).replace('"tick_seconds": 1.0', '"tick_seconds": 5e-324'), encoding="utf-8")
    assert cli_main(["run", str(bad)]) == 2
    line = capsys.readouterr().err.strip()
    problem = "Input should be greater than or equal to 0.001 (got 5e-324)"
    assert line == f"virtlab-sim: error: {bad}: settings.tick_seconds: {problem}"
    text = _refused(win, bad)
    assert "Field: settings.tick_seconds" in text and f"Problem: {problem}" in text


def test_a_percent_sign_in_the_path_is_not_a_placeholder(win, tmp_path):
    bad = tmp_path / "50%2 done.vlab"
    bad.write_text("{", encoding="utf-8")
    text = _refused(win, bad)
    assert f"File: {bad}" in text


@posix_only
def test_recovery_drops_a_fifo_posing_as_an_autosave(qtbot, win, tmp_path, hang_guard):
    folder = autosave.autosave_dir()
    folder.mkdir(parents=True, exist_ok=True)
    fake = folder / f"session-1-fifo{autosave.SUFFIX}"
    os.mkfifo(fake)
    dangling = folder / f"session-2-gone{autosave.SUFFIX}"
    dangling.symlink_to(tmp_path / "nowhere")
    assert not autosave.offer_recovery(win)  # nothing usable to offer; start-up goes on
    log = win.event_log.toPlainText()
    assert "unreadable autosave: this is a named pipe (FIFO), not a file" in log
    assert not fake.exists() and not dangling.is_symlink()
