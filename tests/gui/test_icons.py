"""Icons come from the one qtawesome font VirtLab uses (gui.shell.icons, bench/bench_startup.py).

``qtawesome.icon`` loads all twelve fonts qtawesome bundles (some 40 ms and
10 MiB at start-up); ``icons.glyph`` loads the Material Design font alone.
"""

from __future__ import annotations

import re
from pathlib import Path

from gui.shell import icons

ROOT = Path(__file__).resolve().parents[2]


def test_every_named_icon_is_drawn_from_the_material_design_font_alone(qapp):
    for name in icons._GLYPHS:
        icon = icons.icon(name)
        assert not icon.isNull() and not icon.pixmap(16, 16).isNull(), name
    font = icons._mdi_font()
    assert font is not None and set(font.fontname) == {icons.FONT_PREFIX}
    assert all(glyph.startswith(icons.FONT_PREFIX + ".") for glyph, _colour in icons._GLYPHS.values())


def test_a_glyph_of_another_font_still_comes_from_qtawesome(qapp):
    assert not icons.glyph("fa5s.music", color="red").pixmap(16, 16).isNull()
    assert icons.icon("no-such-icon").isNull()


def test_only_gui_shell_icons_asks_qtawesome_for_icons():
    # A direct qtawesome.icon() call anywhere would load every bundled font again.
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py")
                 if p.name != "icons.py" and re.search(r"\bqta(wesome)?\.icon\(", p.read_text(encoding="utf-8"))]
    assert offenders == []
