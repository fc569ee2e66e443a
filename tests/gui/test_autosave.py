"""Autosave and crash recovery, with a real VirtLab process killed by SIGKILL."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from core.files.scenario import ScenarioError, load_scenario
from gui.document import autosave
from gui.document.document import Document
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings
from gui.testing import answer, asking

ROOT = Path(__file__).resolve().parents[2]
# The child makes a change, waits for the autosave timer, says so, then waits to be killed.
CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from core.files.locations import labs_dir
    from gui.document.document import Document
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings
    settings = Settings(sys.argv[1])
    settings.set_value("autosave_seconds", 1)
    win = MainWindow(Document(), settings)
    win.show()
    win.open_lab(labs_dir() / "kvm-qemu.vlab")
    win.doc.add_host("rack-server", name="Work before the crash")
    win.autosave.saved.connect(lambda path: print("AUTOSAVED", path, flush=True))
    app.exec()
""")


def _read_line(proc, timeout_s: float) -> str:
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    ready = sel.select(timeout_s)
    sel.close()
    return proc.stdout.readline() if ready else ""


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    monkeypatch.setenv(autosave.ENV_DIR, str(d))
    return d


def make_window(qtbot, tmp_path) -> MainWindow:
    w = MainWindow(Document(), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only: SIGKILL")
def test_work_survives_sigkill_and_is_offered_on_next_start(qtbot, tmp_path, data_dir):
    env = {**os.environ, autosave.ENV_DIR: str(data_dir), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    with subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "child.ini")], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as proc:
        try:
            line = _read_line(proc, 60)
            assert line.startswith("AUTOSAVED"), "the child never autosaved"
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    saved = Path(line.split(" ", 1)[1].strip())
    assert saved.exists() and saved.parent == data_dir / "autosave"
    with pytest.raises(ScenarioError):
        load_scenario(saved)  # an autosave is never mistaken for a lab file
    assert autosave.recoverable() == [saved]

    win = make_window(qtbot, tmp_path)
    assert autosave.offer_recovery(win)
    box = asking(win, "recoverBox")
    assert box is win.files.box and "kvm-qemu.vlab" in box.text()
    answer(win, "recoverBox", "recover")
    assert "Work before the crash" in {h.name for h in win.doc.world.hosts.values()}
    assert win.files.modified and win.isWindowModified()  # recovered work is not saved yet
    assert win.doc.path.name == "kvm-qemu.vlab" and win.files.meta.goals
    assert not saved.exists() and autosave.recoverable() == []
    assert not win.close()  # recovered work is unsaved: closing asks
    answer(win, "unsavedBox", "discard")
    assert not win.isVisible()


def test_a_running_session_is_not_offered(qtbot, tmp_path, data_dir):
    win = make_window(qtbot, tmp_path)
    win.doc.add_host("lab-pc")
    assert win.autosave.save_now()
    data = json.loads(win.autosave.path.read_text(encoding="utf-8"))
    assert data["format"] == "virtlab-autosave" and data["scenario"]["hosts"]
    assert autosave.recoverable() == []  # its lock is held by a live VirtLab
    assert not win.close()
    answer(win, "unsavedBox", "discard")


def test_normal_close_and_save_remove_the_autosave(qtbot, tmp_path, data_dir):
    win = make_window(qtbot, tmp_path)
    win.doc.add_host("lab-pc")
    assert win.autosave.save_now() and win.autosave.path.exists()
    assert not win.autosave.save_now()  # nothing changed since: not written again
    assert win.files.save(tmp_path / "saved.vlab")
    assert not win.autosave.path.exists()
    win.doc.add_host("lab-pc")
    assert win.autosave.save_now()
    assert not win.close()
    answer(win, "unsavedBox", "discard")
    assert not win.isVisible() and not win.autosave.path.exists() and not list((data_dir / "autosave").iterdir())


def test_unmodified_lab_writes_nothing_and_interval_is_a_preference(qtbot, tmp_path, data_dir):
    win = make_window(qtbot, tmp_path)
    assert not win.autosave.save_now() and not win.autosave.path.exists()
    win.settings.set_value("autosave_seconds", 0)
    assert not win.autosave.timer.isActive()
    win.settings.set_value("autosave_seconds", 5)
    assert win.autosave.timer.isActive() and win.autosave.timer.interval() == 5000


def test_discarding_a_left_over_autosave(qtbot, tmp_path, data_dir):
    folder = data_dir / "autosave"
    folder.mkdir(parents=True)
    left = folder / f"session-1-x{autosave.SUFFIX}"
    left.write_text("{broken", encoding="utf-8")
    win = make_window(qtbot, tmp_path)
    assert not autosave.offer_recovery(win)  # unreadable: dropped, nothing to ask
    assert not left.exists() and "unreadable autosave" in win.event_log.toPlainText()
