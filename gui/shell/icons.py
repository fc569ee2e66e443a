"""Every icon VirtLab shows, from qtawesome's Material Design set, in one place.

qtawesome draws with a QPainter, so icons can only be made once the
QApplication exists: callers ask for them when they build their widgets, and
the cache below is filled lazily.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

import gui  # noqa: F401  -- sets QT_API before qtawesome picks a binding

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
_mdi6 = None  # qtawesome's IconicFont with the one font VirtLab draws from, made on first use

# Every VirtLab icon is a Material Design Icons 6 glyph: a font of qtawesome's own with
# only that set loads in a third of the time and memory ``qtawesome.icon`` takes, which
# loads its twelve bundled fonts on the first icon (bench/bench_startup.py).
_MDI6 = ("mdi6", "materialdesignicons6-webfont-6.9.96.ttf", "materialdesignicons6-webfont-charmap-6.9.96.json")


def glyph(name: str, **options) -> QIcon:
    """``qtawesome.icon(name, **options)`` for VirtLab's glyphs (``mdi6.*``)."""
    global _mdi6
    import qtawesome as qta

    if not name.startswith("mdi6."):
        return qta.icon(name, **options)
    if _mdi6 is None:
        from qtawesome.iconic_font import IconicFont

        try:
            _mdi6 = IconicFont(_MDI6)
        except Exception:  # noqa: BLE001 -- another qtawesome release: its font names differ
            _mdi6 = False
    return _mdi6.icon(name, **options) if _mdi6 else qta.icon(name, **options)


def icon(name: str) -> QIcon:
    """The icon called ``name`` (see _GLYPHS); an empty icon for unknown names."""
    if name not in _cache:
        name_of_glyph, colour = _GLYPHS.get(name, ("", None))
        if not name_of_glyph:
            return QIcon()
        colour = colour or QApplication.palette().color(QPalette.ColorRole.WindowText).name()
        _cache[name] = glyph(name_of_glyph, color=colour, color_disabled="#a0a0a0")
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
