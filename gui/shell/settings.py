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
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal

if TYPE_CHECKING:
    from gui.document.document import Document

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
    # Assumption: a thousand steps is more than a lab session undoes, and keeps a
    # 20,000-action session's memory flat (docs/robustness.md).
    "undo_limit": (1000, int),
    "window/geometry": (b"", bytes),
    "window/state": (b"", bytes),
}

THEMES = ("system", "light", "dark")
UNDO_LIMITS = (10, 100_000)  # the range the Preferences spin box offers


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


def undo_limit(settings: Settings) -> int:
    """The preference, kept inside ``UNDO_LIMITS`` (a hand-edited 0 would mean "unlimited" to Qt)."""
    low, high = UNDO_LIMITS
    return max(low, min(high, int(settings.value("undo_limit"))))


def follow_undo_limit(settings: Settings, doc: Document) -> None:
    """Keep the document's undo stack bounded by the preference.

    ``QUndoStack`` takes a new limit only while it is empty (it would otherwise
    have to drop the step the index points at), so a change applies at once to
    an empty stack and otherwise from the next new or opened lab, whose
    ``world_replaced`` comes right after the stack was cleared.
    """

    def apply(*_args) -> None:
        stack = doc.undo_stack
        if stack.count() == 0 and stack.undoLimit() != undo_limit(settings):
            stack.setUndoLimit(undo_limit(settings))

    apply()
    doc.world_replaced.connect(apply)
    settings.valueChanged.connect(lambda key, _value: apply() if key == "undo_limit" else None)


def install(window) -> None:
    """A window feature (gui/shell/extensions.py): its document follows the undo limit."""
    follow_undo_limit(window.settings, window.doc)
