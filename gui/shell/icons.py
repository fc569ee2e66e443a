"""Every icon VirtLab shows, from qtawesome's Material Design set, in one place.

Icons can only be made once the QApplication exists: callers ask for them
when they build their widgets, and the cache below is filled lazily.  They
are drawn from the Material Design Icons 6 font by ``gui.shell.icon_font``,
which does not import qtawesome (QtPy's star imports and twelve fonts cost
the start-up a tenth of a second); ``glyph`` falls back to ``qtawesome.icon``
for anything else.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

import gui  # noqa: F401  -- sets QT_API before qtawesome picks a binding
from gui.shell import icon_font

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


def glyph(name: str, **options) -> QIcon:
    """``qtawesome.icon(name, **options)``: from ``icon_font`` for its glyphs with colour options only."""
    if options.keys() <= {"color", "color_disabled"}:
        drawn = icon_font.icon(name, **options)
        if drawn is not None:
            return drawn
    import qtawesome as qta  # noqa: PLC0415 -- only for a glyph icon_font cannot draw

    return qta.icon(name, **options)


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
