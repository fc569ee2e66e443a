"""The ``virtlab`` entry point: start, paint, screenshot, quit; bad input does not stop it."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from gui.shell import app


def run_app(*args: str, platform: str = "offscreen", **env_vars: str) -> subprocess.CompletedProcess:
    """The real entry point in its own process.

    In-process, ``app.exec()`` returning leaves Qt's timers dead for every
    later test in the session, so the whole application runs apart.
    """
    env = dict(os.environ, QT_QPA_PLATFORM=platform, **env_vars)
    return subprocess.run([sys.executable, "-m", "gui.shell.app", *args], env=env, capture_output=True,
                          text=True, timeout=120)


def pixel_variety(path) -> int:
    img = QImage(str(path))
    assert not img.isNull()
    seen = set()
    for y in range(0, img.height(), 7):
        for x in range(0, img.width(), 7):
            seen.add(img.pixel(x, y))
    return len(seen)


def test_quit_after_first_paint_writes_a_screenshot(qapp, tmp_path):
    shot = tmp_path / "shot.png"
    assert run_app("--quit-after", "0", "--screenshot", str(shot)).returncode == 0
    img = QImage(str(shot))
    assert img.width() > 600 and img.height() > 400
    assert pixel_variety(shot) > 50  # a real window, not a blank rectangle


def test_broken_scenario_still_opens(qapp, tmp_path):
    bad = tmp_path / "broken.vlab"
    bad.write_text("{not json")
    shot = tmp_path / "broken.png"
    assert run_app(str(bad), "--quit-after", "0", "--screenshot", str(shot)).returncode == 0
    assert pixel_variety(shot) > 20


def test_a_bad_lab_is_refused_naming_file_field_and_problem(qtbot, tmp_path):
    from tests.gui.test_main_window import make_window

    win = make_window(qtbot, tmp_path)
    before = dict(win.doc.world.hosts)
    bad = tmp_path / "lab.vlab"
    bad.write_text('{"format": "virtlab-scenario", "version": 1, "title": "t", "hosts": [{"id": "a", '
                   '"name": "A", "template": "lab-pc", "mode": "warp"}]}')
    assert not win.open_lab(bad)
    error = win.error_box.informativeText()
    assert str(bad) in error and "hosts[0].mode" in error and "warp" in error
    assert win.doc.world.hosts == before  # nothing lost


def test_args_and_missing_translations(qapp):
    args = app.parse_args(["lab.vlab", "--lang", "zh_CN", "--quit-after", "1.5"])
    assert (args.scenario, args.lang, args.quit_after, args.screenshot) == ("lab.vlab", "zh_CN", 1.5, None)
    assert app.install_translations(qapp, "xx_NOWHERE") == []


def test_theme_switches_palette(qapp):
    from PySide6.QtGui import QPalette

    app.apply_theme("dark")
    dark = qapp.palette().color(QPalette.ColorRole.Window).lightness()
    app.apply_theme("light")
    light = qapp.palette().color(QPalette.ColorRole.Window).lightness()
    assert dark < 100 < light


def test_a_title_with_percent_fields_is_shown_as_written(qtbot, tmp_path):
    import json

    from tests.gui.test_main_window import make_window

    win = make_window(qtbot, tmp_path)
    lab = tmp_path / "draft.vlab"
    lab.write_text(json.dumps({"format": "virtlab-scenario", "version": 2, "title": "Lab %2 draft",
                               "hosts": [{"id": "a", "name": "A %1", "template": "lab-pc"}]}))
    assert win.open_lab(lab)
    assert win.windowTitle().startswith("Lab %2 draft (draft.vlab)")
    win.doc.rename("a", "B %2")
    assert win.doc.undo_stack.undoText() == "Rename A %1 to B %2"


def _screen(tmp_path, width: int, height: int) -> str:
    """An offscreen platform whose one screen has this size (Qt's offscreen config file)."""
    import json

    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": "LabPC", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def _size(png) -> tuple[int, int]:
    img = QImage(str(png))
    assert not img.isNull()
    return img.width(), img.height()


def test_the_first_window_fits_each_lab_screen_and_a_later_start_is_clamped(tmp_path):
    config_home = str(tmp_path / "config")
    for width, height in ((1280, 720), (1366, 768), (1920, 1080)):
        shot = tmp_path / f"first-{width}.png"
        home = f"{config_home}-{width}"  # a first start on each screen: no saved geometry
        assert run_app("--quit-after", "0", "--screenshot", str(shot), platform=_screen(tmp_path, width, height),
                       XDG_CONFIG_HOME=home).returncode == 0
        w, h = _size(shot)
        assert w <= width and h <= height
        assert w >= min(width, 1440) - 40 and h >= min(height, 900) - 40  # and uses the room it has
    # Saved on the big screen, started on the small one: clamped to it.
    big, small = f"{config_home}-1920", tmp_path / "clamped.png"
    assert run_app("--quit-after", "0", "--screenshot", str(small), platform=_screen(tmp_path, 1366, 768),
                   XDG_CONFIG_HOME=big).returncode == 0
    w, h = _size(small)
    assert w <= 1366 and h <= 768
