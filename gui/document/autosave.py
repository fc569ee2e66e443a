"""Autosave and crash recovery.

Every ``autosave_seconds`` (a preference; 0 turns it off) a modified lab is
written to the user's data folder (``QStandardPaths.AppDataLocation``, or
``$VIRTLAB_DATA_DIR`` when set: tests and lab images use it).  The file is
``session-<id>.vlab-autosave``: a wrapper ``{"format": "virtlab-autosave",
"original_path": ..., "scenario": {...}}`` that no VirtLab opens as a lab, in
a folder students never browse.

Each running VirtLab holds a ``QLockFile`` beside its autosave.  A normal quit,
a save, or opening another lab removes the autosave; only a killed or crashed
VirtLab leaves one behind with a lock whose process is gone.  On the next start
``offer_recovery`` finds those and asks whether to recover the unsaved work.

The question box is ``window.files.box`` (objectName ``recoverBox``; its
buttons are named "recover", "discard" and "later"): a script answers it by
clicking one (``gui.testing.answer``).
"""

from __future__ import annotations

import json
import os
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from core.files.writing import write_atomically
from gui.document.files import LabMeta, scenario_bytes
from gui.document.heap import release_free_memory
from gui.text.substitute import fill

ENV_DIR = "VIRTLAB_DATA_DIR"
SUFFIX = ".vlab-autosave"
FORMAT = "virtlab-autosave"
# An autosave is a lab plus a small wrapper; refuse anything far bigger.
MAX_BYTES = 6 * 1024 * 1024

_offered = False  # recovery is offered once per process, by the first window


def autosave_dir() -> Path:
    env = os.environ.get(ENV_DIR)
    base = Path(env) if env else Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))
    return base / "autosave"


def _lock_path(autosave: Path) -> Path:
    return autosave.with_suffix(".lock")


def _remove(*paths: Path) -> None:
    for p in paths:
        try:
            p.unlink()
        except OSError:
            pass


class Autosaver(QObject):
    saved = Signal(str)  # the autosave file was written

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.files = window.files
        self.dir = autosave_dir()
        self.path = self.dir / f"session-{os.getpid()}-{uuid.uuid4().hex[:8]}{SUFFIX}"
        self._lock: QLockFile | None = None
        self._last: bytes = b""
        self.timer = QTimer(self)
        self.timer.setObjectName("autosaveTimer")
        self.timer.timeout.connect(self.save_now)
        self._apply_interval()
        window.settings.valueChanged.connect(self._setting_changed)
        for sig in (self.files.closing, self.files.lab_changed):
            sig.connect(self.discard)
        self.files.saved.connect(self.discard)
        path, lock = self.path, _lock_path(self.path)
        self.destroyed.connect(lambda *_: _remove(path, lock))  # an orderly end is not a crash

    def _setting_changed(self, key: str, _value) -> None:
        if key == "autosave_seconds":
            self._apply_interval()

    def _apply_interval(self) -> None:
        seconds = int(self.w.settings.value("autosave_seconds"))
        if seconds > 0:
            self.timer.start(seconds * 1000)
        else:
            self.timer.stop()

    def _hold_lock(self) -> bool:
        if self._lock is None:
            self.dir.mkdir(parents=True, exist_ok=True)
            lock = QLockFile(str(_lock_path(self.path)))
            lock.setStaleLockTime(0)  # only a dead process makes it stale, never age
            if not lock.tryLock(0):
                return False
            self._lock = lock
        return True

    def save_now(self) -> bool:
        """Write the autosave if the lab has unsaved changes; True when written."""
        if not self.files.modified:
            self.discard()
            return False
        meta = self.files.meta
        raw = scenario_bytes(self.w.doc.world, meta)
        if raw == self._last and self.path.exists():
            return False  # nothing new since the last autosave
        head = {"format": FORMAT, "version": 1, "saved_at": time.time(),
                "original_path": str(self.files.path) if self.files.path else None}
        # The lab's own JSON goes in as it is: parsing it and writing it again cost a long
        # record's every item twice over at each autosave (docs/robustness.md).
        text = json.dumps(head, ensure_ascii=False).encode("utf-8")[:-1] + b', "scenario": ' + raw + b"}"
        try:
            if not self._hold_lock():
                return False
            write_atomically(self.path, text)
        except OSError as e:
            self.w.event_log.add("warning", fill(self.tr("Autosave failed: %1"), str(e)))
            return False
        finally:
            release_free_memory()
        self._last = raw
        self.saved.emit(str(self.path))
        return True

    def discard(self, *_args) -> None:
        """Nothing unsaved to protect any more: remove the autosave (and release the lock)."""
        self._last = b""
        _remove(self.path)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


# --- recovery -------------------------------------------------------------------------

def recoverable(folder: Path | None = None) -> list[Path]:
    """Autosaves whose VirtLab is gone (killed or crashed), newest first."""
    folder = folder or autosave_dir()
    found = []
    for p in folder.glob(f"*{SUFFIX}") if folder.is_dir() else ():
        lock = QLockFile(str(_lock_path(p)))
        lock.setStaleLockTime(0)
        if lock.tryLock(0):  # nobody holds it: its process ended without removing the file
            lock.unlock()
            found.append(p)
    return sorted(found, key=_mtime, reverse=True)


def _mtime(path: Path) -> float:
    """When the file was last written; 0 for one that vanished or is a broken link (never a crash at start)."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def read_autosave(path: Path):
    """(Scenario, original path or None) from an autosave; raises ScenarioError if unusable."""
    from core.files.reading import FileRefused, read_regular_file
    from core.files.scenario import ScenarioError, loads_scenario

    try:  # a regular file only: anything can be dropped into the folder, a FIFO must not hang start-up
        data = json.loads(read_regular_file(path, MAX_BYTES).decode("utf-8"))
    except FileRefused as e:
        raise ScenarioError(str(path), "", f"unreadable autosave: {e.problem}") from None
    except (RecursionError, ValueError) as e:
        raise ScenarioError(str(path), "", f"unreadable autosave: {e}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("scenario"), dict):
        raise ScenarioError(str(path), "format", "not a VirtLab autosave")
    original = data.get("original_path")
    return loads_scenario(json.dumps(data["scenario"]), source=str(path)), (
        Path(original) if isinstance(original, str) and original else None)


def offer_recovery(window, folder: Path | None = None) -> bool:
    """Ask about the newest left-over autosave; False when there is none."""
    found = recoverable(folder)
    if not found:
        return False
    path = found[0]
    files = window.files
    try:
        scenario, original = read_autosave(path)
    except Exception as e:  # noqa: BLE001 -- a broken autosave must not stop start-up
        window.event_log.add("warning", fill(QCoreApplication.translate("MainWindow", "Discarded an unreadable autosave: %1"), str(e)))
        _remove(path)
        return offer_recovery(window, folder)
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(_mtime(path)))
    name = original.name if original else (scenario.title or QCoreApplication.translate("MainWindow", "Untitled lab"))

    def answered(answer: str) -> None:
        if answer == "recover":
            meta = LabMeta(scenario.title, scenario.description, scenario.seed, scenario.tick_seconds,
                           scenario.goals, scenario.i18n, scenario.record.reopened())
            files.install_recovered(scenario.world, meta, original)
            window.doc.logged.emit("info", fill(QCoreApplication.translate("MainWindow", "Recovered unsaved work on %1"), name))
        if answer in ("recover", "discard"):
            _remove(path)
            offer_recovery(window, folder)  # another left-over session, if any

    B = QMessageBox.StandardButton
    files._ask("recoverBox", QCoreApplication.translate("MainWindow", "Recover unsaved work"),
               fill(QCoreApplication.translate("MainWindow", "VirtLab did not close normally. Unsaved work on “%1” from %2 can be recovered."), name, when),
               QCoreApplication.translate("MainWindow", "Recover it now? If you discard it, it is gone for good."),
               {B.Yes: "recover", B.Discard: "discard", B.Cancel: "later"}, answered)
    return True


def install(window) -> None:
    global _offered
    window.autosave = Autosaver(window)
    if not _offered:
        _offered = True
        QTimer.singleShot(0, window.autosave, lambda: offer_recovery(window))
