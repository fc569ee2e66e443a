"""Icons are drawn from qtawesome's Material Design font without importing qtawesome
(gui.shell.icon_font, bench/bench_startup.py), and look exactly as qtawesome draws them.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QIcon

from gui.shell import icon_font, icons

ROOT = Path(__file__).resolve().parents[2]


def _pixels(icon: QIcon, size: int, mode: QIcon.Mode) -> bytes:
    image = icon.pixmap(size, size, mode).toImage()
    return bytes(image.constBits())


def test_every_named_icon_draws_the_same_pixels_as_qtawesome(qapp):
    import qtawesome as qta

    for name, (glyph, colour) in icons._GLYPHS.items():
        mine = icons.icon(name)
        assert not mine.isNull(), name
        ref = qta.icon(glyph, color=colour or qapp.palette().color(qapp.palette().ColorRole.WindowText).name(),
                       color_disabled="#a0a0a0")
        for size in (16, 24):
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active):
                assert _pixels(mine, size, mode) == _pixels(ref, size, mode), (name, size, mode)


def test_default_colours_are_qtawesome_s_and_only_the_one_font_is_loaded(qapp):
    import qtawesome as qta

    mine, ref = icons.glyph("mdi6.cog-outline"), qta.icon("mdi6.cog-outline")
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
        assert _pixels(mine, 20, mode) == _pixels(ref, 20, mode)
    font = icon_font._font[0]
    assert font is not None and font.loaded() and "server" in font.codes


def test_what_the_font_cannot_draw_still_comes_from_qtawesome(qapp):
    assert icon_font.icon("fa5s.music") is None and icon_font.icon("mdi6.no-such-glyph") is None
    assert not icons.glyph("fa5s.music", color="red").pixmap(16, 16).isNull()
    assert not icons.glyph("mdi6.server", scale_factor=0.5).pixmap(16, 16).isNull()  # an option it lacks
    assert icons.icon("no-such-icon").isNull()


def test_only_gui_shell_icons_asks_qtawesome_for_icons():
    # A direct qtawesome call anywhere would import QtPy and every bundled font again.
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py")
                 if p.name not in ("icons.py", "icon_font.py")
                 and re.search(r"\bqta(wesome)?\.icon\(|^\s*(import qtawesome|from qtawesome)",
                               p.read_text(encoding="utf-8"), re.M)]
    assert offenders == []
