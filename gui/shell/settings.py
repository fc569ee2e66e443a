"""User preferences, persisted with QSettings, with a change signal.

Like orange-canvas-core's settings object: widgets read typed values through
``value`` and listen to ``valueChanged`` instead of polling QSettings.  The
file is an ini file; under ``QStandardPaths.setTestModeEnabled(True)`` (the
test suite) it lives in Qt's test folder, so tests never touch real settings.

Signals:
    valueChanged(str, object)  -- (key, new value) after ``set_value``
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal

# key -> (default, type).  QSettings' ini format stores everything as text,
# so every read passes the type (style-anchors: "read booleans with type=bool").
DEFAULTS: dict[str, tuple[object, type]] = {
    "language": ("", str),  # "" = the system's language
    "tick_rate": (4, int),  # simulation ticks per wall-clock second
    "theme": ("system", str),  # "light", "dark" or "system"
    "speed": (1.0, float),
    "recent_files": ("", str),  # newest first, one path per line (gui/document_files.py)
    # Assumption: losing at most a minute of work is acceptable; 0 turns autosave off.
    "autosave_seconds": (60, int),
    # File → Submit… (gui/shell/submit.py): the student's name or ID, and the folder the
    # instructor chose for a class's files (an administrator's default may preset it).
    "student_name": ("", str),
    "submission_folder": ("", str),
    "welcome_shown": (False, bool),  # the first start's welcome (gui/shell/welcome.py) was dismissed
    "window/geometry": (b"", bytes),
    "window/state": (b"", bytes),
}

THEMES = ("system", "light", "dark")


def settings_file() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / "VirtLab" / "virtlab.ini"


class Settings(QObject):
    valueChanged = Signal(str, object)

    def __init__(self, path: str | Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path) if path else settings_file()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat, self)

    def value(self, key: str):
        default, typ = DEFAULTS[key]
        if typ is bytes:
            raw = self._qs.value(key, None)
            return bytes(raw) if raw is not None else default
        try:
            return self._qs.value(key, default, type=typ)
        except (TypeError, ValueError):  # a hand-edited file with a bad value
            return default

    def set_value(self, key: str, value) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        if self.value(key) == value:
            return
        self._qs.setValue(key, value)
        self.valueChanged.emit(key, value)

    def sync(self) -> None:
        self._qs.sync()
