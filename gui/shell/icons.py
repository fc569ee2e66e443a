"""Every icon VirtLab shows, from qtawesome's Material Design set, in one place.

qtawesome draws with a QPainter, so icons can only be made once the
QApplication exists: callers ask for them when they build their widgets, and
the cache below is filled lazily.

Every glyph VirtLab uses is in one font, Material Design Icons 6 ("mdi6."):
``glyph`` draws from a ``qtawesome.IconicFont`` that loads that font alone.
``qtawesome.icon`` would load all twelve fonts qtawesome bundles (5 MB of
TrueType and their character maps): some 40 ms and 10 MiB more at start-up
(bench/bench_startup.py).  Other prefixes still go to ``qtawesome.icon``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication

import gui  # noqa: F401  -- sets QT_API before qtawesome picks a binding

FONT_PREFIX = "mdi6"
# The font's files in qtawesome's fonts folder; the version in their names changes with qtawesome.
FONT_FILES = ("materialdesignicons6-webfont-*.ttf", "materialdesignicons6-webfont-charmap-*.json")

# name -> (qtawesome glyph, colour or None for the palette's text colour)
_GLYPHS: dict[str, tuple[str, str | None]] = {
    # toolbar and menus
    "goal_met": ("mdi6.check-circle", "#2e9d44"),
    "goal_open": ("mdi6.checkbox-blank-circle-outline", "#808080"),
    "power_on": ("mdi6.play", "#2e9d44"),
    "suspend": ("mdi6.pause", "#d18b00"),
    "power_off": ("mdi6.stop", "#c62828"),
    "reset": ("mdi6.restart", None),
    "sim_run": ("mdi6.play-circle-outline", None),
    "sim_pause": ("mdi6.pause-circle-outline", None),
    "sim_step": ("mdi6.step-forward", None),
    "step_through": ("mdi6.debug-step-into", None),  # follow one operation hop by hop (not a clock step)
    "speed": ("mdi6.speedometer", None),
    "new_lab": ("mdi6.file-outline", None),
    "open": ("mdi6.folder-open", None),
    "demo": ("mdi6.flask-outline", None),
    "new_host": ("mdi6.server-network", None),
    "new_vm": ("mdi6.plus-box", None),
    "settings": ("mdi6.cog-outline", None),
    "preferences": ("mdi6.cog", None),
    "delete": ("mdi6.delete", None),
    "rename": ("mdi6.rename-box", None),
    "undo": ("mdi6.undo", None),
    "redo": ("mdi6.redo", None),
    "about": ("mdi6.information-outline", None),
    "home": ("mdi6.home", None),
    "search": ("mdi6.magnify", None),
    "faster": ("mdi6.fast-forward", None),
    "slower": ("mdi6.rewind", None),
    "log": ("mdi6.text-box-outline", None),
    "graph": ("mdi6.layers-triple-outline", None),
    # objects
    "host": ("mdi6.server", None),
    "vm": ("mdi6.monitor", None),
    "container": ("mdi6.docker", "#1d63ed"),
    # guest states
    "state_running": ("mdi6.play-circle", "#2e9d44"),
    "state_off": ("mdi6.stop-circle-outline", "#808080"),
    "state_suspended": ("mdi6.pause-circle", "#d18b00"),
    "state_starting": ("mdi6.progress-clock", "#1e88e5"),
    "state_pulling": ("mdi6.download", "#1e88e5"),
    "state_crashed": ("mdi6.alert-circle", "#c62828"),
    # palette templates
    "os_ubuntu": ("mdi6.ubuntu", "#e95420"),
    "os_debian": ("mdi6.debian", "#a80030"),
    "os_linux": ("mdi6.penguin", None),
    "os_windows": ("mdi6.microsoft-windows", "#0078d4"),
    "img_web": ("mdi6.web", "#009639"),
    "img_database": ("mdi6.database", "#dc382d"),
    "img_python": ("mdi6.language-python", "#3776ab"),
    "img_box": ("mdi6.package-variant-closed", None),
}

_cache: dict[str, QIcon] = {}
_font: list = []  # the IconicFont of FONT_PREFIX, once made


def _mdi_font():
    """qtawesome's IconicFont with the Material Design font only, or None if qtawesome has not got it."""
    font = _font[0] if _font else None
    if font is not None and not QFontDatabase.applicationFontFamilies(font.fontids[FONT_PREFIX]):
        font = None  # a new QApplication (its font database starts empty): load again, as qtawesome does
    if font is None:
        import qtawesome as qta  # noqa: PLC0415 -- after the QApplication exists

        folder = Path(qta.get_fonts_info()[0])
        ttf, charmap = (sorted(folder.glob(pattern)) for pattern in FONT_FILES)
        if not ttf or not charmap:
            return None
        font = qta.IconicFont((FONT_PREFIX, ttf[-1].name, charmap[-1].name))
        _font[:] = [font]
    return font


def glyph(name: str, **options) -> QIcon:
    """``qtawesome.icon(name, **options)``, drawn from the one font VirtLab uses when ``name`` is in it."""
    font = _mdi_font() if name.startswith(FONT_PREFIX + ".") else None
    if font is None:
        import qtawesome as qta  # noqa: PLC0415

        return qta.icon(name, **options)
    return font.icon(name, **options)


def icon(name: str) -> QIcon:
    """The icon called ``name`` (see _GLYPHS); an empty icon for unknown names."""
    if name not in _cache:
        glyph_name, colour = _GLYPHS.get(name, ("", None))
        if not glyph_name:
            return QIcon()
        colour = colour or QApplication.palette().color(QPalette.ColorRole.WindowText).name()
        _cache[name] = glyph(glyph_name, color=colour, color_disabled="#a0a0a0")
    return _cache[name]


def clear() -> None:
    """Forget cached icons (after a theme change, so new ones use its colours)."""
    _cache.clear()


def state_icon(state: str) -> QIcon:
    return icon(f"state_{state}")


def vm_template_icon(os_id: str) -> QIcon:
    if os_id.startswith("ubuntu"):
        return icon("os_ubuntu")
    if os_id.startswith(("debian", "xen-pv")):
        return icon("os_debian")
    if os_id.startswith("windows"):
        return icon("os_windows")
    return icon("os_linux")


def image_icon(workload: str) -> QIcon:
    return icon({"web-server": "img_web", "database": "img_database", "cpu": "img_python"}.get(workload, "img_box"))
