"""Colours and captions for the layer kinds, meters and guest states.

One hue per family of layer, so a student learns to read the graph by colour:
hardware grey-blue, kernels and hypervisors blue/violet, management and
emulators amber, container parts teal, guests green, applications pink.
Each kind has a light-theme and a dark-theme variant; ``is_dark`` decides from
the widget palette, so the same view works in both.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
}

# Captions shown under each node's label; translated where drawn.
CAPTIONS = {
    "hardware": QT_TRANSLATE_NOOP("LayerKind", "Physical hardware"),
    "hostos": QT_TRANSLATE_NOOP("LayerKind", "Host OS kernel"),
    "hypervisor": QT_TRANSLATE_NOOP("LayerKind", "Hypervisor (type 1)"),
    "vmm": QT_TRANSLATE_NOOP("LayerKind", "VMM application"),
    "mgmt": QT_TRANSLATE_NOOP("LayerKind", "Management OS"),
    "kvm": QT_TRANSLATE_NOOP("LayerKind", "Hypervisor module"),
    "qemu": QT_TRANSLATE_NOOP("LayerKind", "Device emulator"),
    "daemon": QT_TRANSLATE_NOOP("LayerKind", "Container engine"),
    "client": QT_TRANSLATE_NOOP("LayerKind", "Engine client"),
    "registry": QT_TRANSLATE_NOOP("LayerKind", "Image registry"),
    "image": QT_TRANSLATE_NOOP("LayerKind", "Image (shared layers)"),
    "guestos": QT_TRANSLATE_NOOP("LayerKind", "Guest OS"),
    "container": QT_TRANSLATE_NOOP("LayerKind", "Container"),
    "app": QT_TRANSLATE_NOOP("LayerKind", "Application"),
}

# Row titles of the graph, bottom (0) to top (5); see core/layers.py.
LEVELS = (
    QT_TRANSLATE_NOOP("LayerKind", "Hardware"),
    QT_TRANSLATE_NOOP("LayerKind", "Kernel / hypervisor"),
    QT_TRANSLATE_NOOP("LayerKind", "Services"),
    QT_TRANSLATE_NOOP("LayerKind", "Emulators / images"),
    QT_TRANSLATE_NOOP("LayerKind", "Guests"),
    QT_TRANSLATE_NOOP("LayerKind", "Applications"),
)


def caption(kind: str) -> str:
    return QCoreApplication.translate("LayerKind", CAPTIONS.get(kind, kind))


def level_title(level: int) -> str:
    return QCoreApplication.translate("LayerKind", LEVELS[level]) if 0 <= level < len(LEVELS) else ""


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


# Guest states: (colour, translatable name).
STATE_COLORS = {
    "off": QColor(130, 134, 140),
    "pulling": QColor(40, 130, 220),
    "starting": QColor(222, 150, 20),
    "running": QColor(46, 160, 90),
    "suspended": QColor(150, 110, 200),
    "crashed": QColor(210, 55, 45),
}
STATE_NAMES = {
    "off": QT_TRANSLATE_NOOP("GuestState", "Powered off"),
    "pulling": QT_TRANSLATE_NOOP("GuestState", "Pulling image"),
    "starting": QT_TRANSLATE_NOOP("GuestState", "Starting"),
    "running": QT_TRANSLATE_NOOP("GuestState", "Running"),
    "suspended": QT_TRANSLATE_NOOP("GuestState", "Suspended"),
    "crashed": QT_TRANSLATE_NOOP("GuestState", "Crashed"),
}


def state_name(state: str) -> str:
    return QCoreApplication.translate("GuestState", STATE_NAMES.get(state, state))


def state_color(state: str) -> QColor:
    return STATE_COLORS.get(state, STATE_COLORS["off"])


# How hosts are virtualized, as the views name it (values of core.kinds.Mode).
MODE_NAMES = {
    "native": QT_TRANSLATE_NOOP("Mode", "Native (no virtualization)"),
    "hosted": QT_TRANSLATE_NOOP("Mode", "Hosted (type 2)"),
    "bare-metal": QT_TRANSLATE_NOOP("Mode", "Bare-metal (type 1)"),
    "hybrid": QT_TRANSLATE_NOOP("Mode", "Hybrid (KVM)"),
    "container": QT_TRANSLATE_NOOP("Mode", "Container host"),
}
# Product names are trademarks: shown as they are, in every language.
PRODUCT_NAMES = {
    "vmware-workstation": "VMware Workstation",
    "virtualbox": "VirtualBox",
    "esxi": "VMware ESXi",
    "xen": "Xen",
    "hyper-v": "Hyper-V",
    "fusionsphere": "FusionSphere",
    "kvm": "KVM + QEMU",
    "docker": "Docker",
}


def mode_name(mode) -> str:
    return QCoreApplication.translate("Mode", MODE_NAMES.get(str(mode), str(mode)))


def product_name(product) -> str:
    return PRODUCT_NAMES.get(str(product), str(product)) if product is not None else ""


_MODE_SHORT = {
    "native": QT_TRANSLATE_NOOP("Mode", "native"),
    "hosted": QT_TRANSLATE_NOOP("Mode", "hosted"),
    "bare-metal": QT_TRANSLATE_NOOP("Mode", "bare-metal"),
    "hybrid": QT_TRANSLATE_NOOP("Mode", "hybrid"),
    "container": QT_TRANSLATE_NOOP("Mode", "container host"),
}


def mode_short(mode) -> str:
    """The mode as one word for running text ("Ubuntu on KVM (hybrid)")."""
    return QCoreApplication.translate("Mode", _MODE_SHORT.get(str(mode), str(mode)))
