"""Icons drawn from qtawesome's Material Design Icons 6 font, without importing qtawesome.

Every glyph VirtLab shows is in that one font ("mdi6." names).  Importing
``qtawesome`` imports QtPy, whose modules star-import all of QtCore, QtGui
and QtWidgets (every class and enum made at once) plus QtOpenGL and
QtOpenGLWidgets, and its first icon loads all twelve fonts qtawesome bundles:
about a tenth of a second of CPU and 15 MiB before the first paint, for
nothing the window shows (bench/bench_startup.py).  This module reads the
font and its character map from qtawesome's package folder (found, not
imported) and paints a glyph as qtawesome paints a plain one: centred, in
the icon's colour (or its disabled colour), at 7/8 of the icon's height,
which leaves room for the glyph's side bearings.

``icon`` returns None when the font is not there (a build without
qtawesome's data): ``gui.shell.icons`` then asks qtawesome itself.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

PREFIX = "mdi6"
# Its files in qtawesome's fonts folder; the version in their names changes with qtawesome.
FILES = ("materialdesignicons6-webfont-*.ttf", "materialdesignicons6-webfont-charmap-*.json")
GLYPH_HEIGHT = 0.875  # of the icon's height, as qtawesome draws (a 16 px icon gets a 14 px glyph)


class GlyphEngine(QIconEngine):
    """One character of the icon font in one colour (another when disabled)."""

    def __init__(self, family: str, char: str, color: QColor, disabled: QColor):
        super().__init__()
        self.family, self.char, self.color, self.disabled = family, char, color, disabled

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self.disabled if mode == QIcon.Mode.Disabled else self.color)
        font = QFont(self.family)
        font.setPixelSize(max(1, round(GLYPH_HEIGHT * rect.height())))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pm

    def clone(self) -> GlyphEngine:
        return GlyphEngine(self.family, self.char, self.color, self.disabled)


class IconFont:
    """The font loaded into the application's font database, and its glyph names."""

    def __init__(self, font_id: int, family: str, codes: dict[str, str]):
        self.font_id, self.family, self.codes = font_id, family, codes

    @classmethod
    def load(cls) -> IconFont | None:
        spec = importlib.util.find_spec("qtawesome")  # its folder, without running its __init__
        folders = list(spec.submodule_search_locations or []) if spec is not None else []
        for folder in (Path(f) / "fonts" for f in folders):
            ttf, charmap = (sorted(folder.glob(pattern)) for pattern in FILES)
            if not ttf or not charmap:
                continue
            font_id = QFontDatabase.addApplicationFontFromData(ttf[-1].read_bytes())
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id != -1 else []
            if families:
                return cls(font_id, families[0], json.loads(charmap[-1].read_text(encoding="utf-8")))
        return None

    def loaded(self) -> bool:
        """False once the font database was emptied (a new QApplication): load again then."""
        return bool(QFontDatabase.applicationFontFamilies(self.font_id))

    def icon(self, name: str, color: QColor, disabled: QColor) -> QIcon | None:
        """The icon of glyph ``name`` (without the prefix); None if the font has no such glyph."""
        code = self.codes.get(name)
        if code is None:
            return None
        return QIcon(GlyphEngine(self.family, chr(int(code, 16)), color, disabled))


_font: list[IconFont | None] = []  # loaded on first use (after the QApplication exists)


def icon(name: str, color=None, color_disabled=None) -> QIcon | None:
    """The icon of ``name`` ("mdi6.server"), or None when this font cannot draw it.

    Colours as qtawesome takes them (a name, "#rrggbb" or a QColor); by default
    the palette's text colour and its disabled text colour, as qtawesome's.
    """
    prefix, _dot, glyph = name.partition(".")
    if prefix != PREFIX:
        return None
    if not _font or (_font[0] is not None and not _font[0].loaded()):
        _font[:] = [IconFont.load()]
    if _font[0] is None:
        return None
    palette = QApplication.palette()
    normal = QColor(color) if color is not None else palette.color(palette.ColorGroup.Active,
                                                                     palette.ColorRole.Text)
    disabled = (QColor(color_disabled) if color_disabled is not None
                else palette.color(palette.ColorGroup.Disabled, palette.ColorRole.Text))
    return _font[0].icon(glyph, normal, disabled)
