"""Lab-wide defaults from QSettings' system scope, under the user's own settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gui.document.document import Document
from gui.shell.main_window import MainWindow
from gui.shell.settings import ADMIN_KEYS, DEFAULTS, Settings

ROOT = Path(__file__).resolve().parents[2]
ADMIN_FILE = textwrap.dedent("""\
    [General]
    language=zh_CN
    autosave_seconds=120
    submission_folder=/srv/hand-in/week 3
    start_lab=/srv/labs/week3.vlab
    theme=dark
""")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_admin_defaults_apply_when_the_user_set_nothing(tmp_path):
    s = Settings(tmp_path / "user.ini", system=write(tmp_path / "VirtLab.conf", ADMIN_FILE))
    assert s.value("language") == "zh_CN"
    assert s.value("autosave_seconds") == 120
    assert s.value("submission_folder") == "/srv/hand-in/week 3"
    assert s.value("start_lab") == "/srv/labs/week3.vlab"
    # Only the documented keys come from the admin file: the theme stays the user's.
    assert s.value("theme") == DEFAULTS["theme"][0]
    assert s.admin_default("theme") is None


def test_the_users_own_setting_wins(tmp_path):
    user = write(tmp_path / "user.ini", "[General]\nlanguage=en\nautosave_seconds=0\n")
    s = Settings(user, system=write(tmp_path / "VirtLab.conf", ADMIN_FILE))
    assert (s.value("language"), s.value("autosave_seconds")) == ("en", 0)
    assert s.admin_default("language") == "zh_CN"  # still known, only overridden
    s.set_value("start_lab", "/home/student/mine.vlab")
    s.sync()
    again = Settings(user, system=tmp_path / "VirtLab.conf")
    assert again.value("start_lab") == "/home/student/mine.vlab"
    assert (tmp_path / "VirtLab.conf").read_text() == ADMIN_FILE  # the admin's file is only read


@pytest.mark.parametrize("bad", ["abc", "", "nan", "1e400", "12.5"])
def test_a_bad_admin_number_falls_back_to_the_built_in_default(tmp_path, bad):
    s = Settings(tmp_path / "user.ini", system=write(tmp_path / "VirtLab.conf", f"[General]\nautosave_seconds={bad}\n"))
    # Not 0 (autosave off), which is what QSettings' own int conversion makes of "abc".
    assert s.value("autosave_seconds") == DEFAULTS["autosave_seconds"][0]


def test_a_settings_file_of_a_test_reads_no_system_scope(tmp_path):
    s = Settings(tmp_path / "user.ini")
    assert all(s.admin_default(k) is None for k in ADMIN_KEYS)


def test_autosave_follows_the_admin_interval(qtbot, tmp_path):
    settings = Settings(tmp_path / "user.ini", system=write(tmp_path / "VirtLab.conf", ADMIN_FILE))
    win = MainWindow(Document(), settings)
    qtbot.addWidget(win)
    assert win.autosave.timer.interval() == 120_000


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CONFIG_DIRS is how Linux finds it")
def test_system_scope_file_found_through_xdg_config_dirs(tmp_path):
    """The real lookup, in a child process: /etc/xdg is XDG_CONFIG_DIRS' default."""
    write(tmp_path / "xdg" / "VirtLab" / "VirtLab.conf", ADMIN_FILE)
    home = tmp_path / "home"
    write(home / ".config" / "VirtLab" / "virtlab.ini", "[General]\nlanguage=en\n")
    child = textwrap.dedent("""
        import json
        from gui.shell.settings import ADMIN_KEYS, Settings, system_settings
        s = Settings()
        print(json.dumps({"file": system_settings().fileName(), "user": str(s.path),
                          **{k: s.value(k) for k in ADMIN_KEYS}}))
    """)
    env = {**os.environ, "XDG_CONFIG_DIRS": str(tmp_path / "xdg"), "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "QT_QPA_PLATFORM": "offscreen"}
    res = subprocess.run([sys.executable, "-c", child], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=60)
    assert res.returncode == 0, res.stderr
    got = json.loads(res.stdout)
    assert got["file"] == str(tmp_path / "xdg" / "VirtLab" / "VirtLab.conf")
    assert got["user"] == str(home / ".config" / "VirtLab" / "virtlab.ini")
    assert got["language"] == "en"  # the user's file overrides the admin's zh_CN
    assert (got["autosave_seconds"], got["start_lab"]) == (120, "/srv/labs/week3.vlab")
