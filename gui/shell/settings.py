"""User preferences, persisted with QSettings, with a change signal.

Like orange-canvas-core's settings object: widgets read typed values through
``value`` and listen to ``valueChanged`` instead of polling QSettings.  The
file is an ini file; under ``QStandardPaths.setTestModeEnabled(True)`` (the
test suite) it lives in Qt's test folder, so tests never touch real settings.

Lab-wide defaults: a lab administrator can preset ``ADMIN_KEYS`` for every
user of a machine through QSettings' system scope: the file
``/etc/xdg/VirtLab/VirtLab.conf`` on Linux (or ``VirtLab/VirtLab.conf`` in any
folder of ``XDG_CONFIG_DIRS``) and the registry key ``HKLM\\Software\\VirtLab``
on Windows (docs/install.md). A user's own setting always wins; the built-in
default applies when neither has the key.

Signals:
    valueChanged(str, object)  -- (key, new value) after ``set_value``
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSettings, QStandardPaths, Signal

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
    # File → Submit… (gui/shell/submit.py): the student's name or ID, and the folder the
    # instructor chose for a class's files (an administrator's default may preset it).
    "student_name": ("", str),
    "submission_folder": ("", str),  # "" = not set
    "start_lab": ("", str),  # lab opened when VirtLab starts without a file; "" = the demo lab
    "welcome_shown": (False, bool),  # the first start's welcome (gui/shell/welcome.py) was dismissed
    # Assumption: a thousand steps is more than a lab session undoes, and keeps a
    # 20,000-action session's memory flat (docs/robustness.md).
    "undo_limit": (1000, int),
    "window/geometry": (b"", bytes),
    "window/state": (b"", bytes),
}

THEMES = ("system", "light", "dark")
UNDO_LIMITS = (10, 100_000)  # the range the Preferences spin box offers

# What a lab administrator may preset for a whole machine (docs/install.md).
ADMIN_KEYS = ("language", "autosave_seconds", "submission_folder", "start_lab")
# HKLM\Software\VirtLab, the key the Windows installers write (packaging/windows).
WINDOWS_SYSTEM_KEY = "HKEY_LOCAL_MACHINE\\Software\\VirtLab"


def settings_file() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / "VirtLab" / "virtlab.ini"


def system_settings(parent: QObject | None = None) -> QSettings:
    """The machine's lab-wide defaults (read only), as the module docstring says where."""
    if sys.platform == "win32":
        # The installers write the 64-bit view; name it, so a 32-bit build reads the same key.
        return QSettings(WINDOWS_SYSTEM_KEY, QSettings.Format.Registry64Format, parent)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.SystemScope, "VirtLab", "VirtLab", parent)


class Settings(QObject):
    """The user's settings over the machine's lab-wide defaults.

    ``path``: the user's settings file (default: ``settings_file()``).
    ``system``: a file of lab-wide defaults. By default the machine's system
    scope is read only for the user's real settings (no ``path``): tests and
    the instructors' fixture pass a ``path`` and so are not changed by an
    admin file on the machine they run on.
    """

    valueChanged = Signal(str, object)

    def __init__(self, path: str | Path | None = None, parent: QObject | None = None, *,
                 system: str | Path | None = None):
        super().__init__(parent)
        self.path = Path(path) if path else settings_file()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat, self)
        if system is not None:
            self._system: QSettings | None = QSettings(str(system), QSettings.Format.IniFormat, self)
        else:
            self._system = system_settings(self) if path is None else None

    def admin_default(self, key: str):
        """The lab-wide default of ``key``, or None if the administrator set none (or a bad one)."""
        if key not in ADMIN_KEYS or self._system is None or not self._system.contains(key):
            return None
        return self._read(self._system, key)

    def value(self, key: str):
        if self._qs.contains(key):
            found = self._read(self._qs, key)
            if found is not None:
                return found
        admin = self.admin_default(key)
        return DEFAULTS[key][0] if admin is None else admin

    @staticmethod
    def _read(store: QSettings, key: str):
        """``key`` from ``store`` as its declared type; None if it cannot be read as one.

        Converted here rather than by QSettings' ``type=``, which reads a
        hand-edited "abc" as 0 (for autosave: off) instead of refusing it.
        """
        typ = DEFAULTS[key][1]
        raw = store.value(key, None)
        if raw is None:
            return None
        if typ is bytes:
            return bytes(raw) if isinstance(raw, (bytes, bytearray, QByteArray)) else None
        if isinstance(raw, list):  # an unquoted comma in an ini value makes a list
            raw = ", ".join(map(str, raw))
        if typ is str:
            return str(raw)
        try:
            number = typ(str(raw).strip())
        except ValueError:
            return None
        return number if math.isfinite(number) else None

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
