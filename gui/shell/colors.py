"""Colours for the layer kinds, meters and guest states (gui.text.value_names has their names).

One hue per family of layer, so a student learns to read the graph by colour:
hardware grey-blue, kernels and hypervisors blue/violet, management and
emulators amber, container parts teal, guests green, applications pink.
Each kind has a light-theme and a dark-theme variant; ``is_dark`` decides from
the widget palette, so the same view works in both.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# kind -> (hue, saturation) in HSL; lightness comes from the theme below.
_HUES = {
    "hardware": (210, 18),
    "hostos": (215, 65),
    "hypervisor": (250, 55),
    "vmm": (275, 50),
    "mgmt": (35, 80),
    "kvm": (250, 55),
    "qemu": (30, 75),
    "daemon": (185, 60),
    "client": (185, 35),
    "registry": (185, 20),
    "image": (170, 45),
    "guestos": (140, 45),
    "container": (160, 55),
    "app": (330, 55),
    "vswitch": (95, 45),
    "datastore": (50, 55),
}

def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


_cache: dict[tuple[str, bool], tuple[QColor, QColor, QColor]] = {}


def kind_colors(kind: str, dark: bool = False) -> tuple[QColor, QColor, QColor]:
    """(fill, border, text) for a node of ``kind`` (cached: called in every paint)."""
    got = _cache.get((kind, dark))
    if got is None:
        got = _cache[(kind, dark)] = _kind_colors(kind, dark)
    return got


def _kind_colors(kind: str, dark: bool) -> tuple[QColor, QColor, QColor]:
    if kind.endswith(":off"):  # the washed-out variant for guests that are off
        fill, border, text = _kind_colors(kind[:-4], dark)
        return greyed(fill, dark), greyed(border, dark), text
    hue, sat = _HUES.get(kind, (0, 0))
    if dark:
        return (QColor.fromHsl(hue, sat * 255 // 100 * 6 // 10, 62),
                QColor.fromHsl(hue, sat * 255 // 100, 140),
                QColor(235, 238, 242))
    return (QColor.fromHsl(hue, sat * 255 // 100, 232),
            QColor.fromHsl(hue, sat * 255 // 100 * 8 // 10, 120),
            QColor(28, 32, 38))


def greyed(color: QColor, dark: bool = False) -> QColor:
    """The same colour washed out, for guests that are off."""
    grey = QColor(70, 72, 76) if dark else QColor(236, 237, 239)
    return QColor((color.red() + 3 * grey.red()) // 4, (color.green() + 3 * grey.green()) // 4,
                  (color.blue() + 3 * grey.blue()) // 4)


# Meter colours by load: fine, busy, saturated.
METER_OK = QColor(46, 160, 90)
METER_WARN = QColor(222, 150, 20)
METER_BAD = QColor(210, 55, 45)
METER_TRACK_LIGHT = QColor(0, 0, 0, 28)
METER_TRACK_DARK = QColor(255, 255, 255, 36)
ACCEPT = QColor(30, 170, 70)
REFUSE = QColor(215, 40, 40)
SELECT = QColor(25, 118, 230)


def load_color(fraction: float, warn: float = 0.7, bad: float = 0.9) -> QColor:
    if fraction >= bad:
        return METER_BAD
    if fraction >= warn:
        return METER_WARN
    return METER_OK


# Guest states by colour (gui.text.value_names names them).
STATE_COLORS = {
    "off": QColor(130, 134, 140),
    "pulling": QColor(40, 130, 220),
    "starting": QColor(222, 150, 20),
    "running": QColor(46, 160, 90),
    "suspended": QColor(150, 110, 200),
    "crashed": QColor(210, 55, 45),
}


def state_color(state: str) -> QColor:
    return STATE_COLORS.get(state, STATE_COLORS["off"])
