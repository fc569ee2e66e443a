"""The lab as a document on disk: new, open, save, save as, revert, close, recent.

``DocumentFiles`` belongs to the main window (``window.files``).  It keeps the
parts of a lab that are not the world (title, description, goals,
translations: ``meta``), knows whether there are unsaved changes, and asks
before throwing them away.

Questions never block: a box is shown with ``open()`` and the answer arrives
through a signal, so scripted tests are never stuck in a modal ``exec()``.
The box being shown is ``files.box``; it is a child of the window with a
stable objectName ("unsavedBox", "revertBox", "recoverBox", "saveErrorBox"),
and each answer button is named by its answer ("save", "discard", "cancel",
"revert", "recover", "later"), so a script finds the box and clicks
(``gui.testing.answer``).

Saving is atomic (``core.files.writing``: write a temporary file, flush, rename over
the old one); a failure in the middle leaves the previous file as it was.

Signals:
    lab_changed()  -- a lab was opened, created, reverted or recovered (``meta`` is new)
    saved(str)     -- the document was written to this path
    closing()      -- the window is closing for good (autosave removes its file)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.course.goals import Goal
from core.files.errors import PATH_CHARS, PROBLEM_CHARS
from core.files.excerpt import clip, clip_path
from core.files.locations import labs_dir
from core.files.writing import write_atomically
from core.sim.world import World
from gui.document.heap import release_free_memory
from gui.text.substitute import fill

if TYPE_CHECKING:
    from core.files.record import Record

# Preferences this module reads (registered here so Settings knows their type).
MAX_RECENT = 8
# Bytes per write call: small enough that a failure can land mid-file in tests.

Button = QMessageBox.StandardButton


@dataclass
class LabMeta:
    """Everything in a lab file that is not the world."""

    title: str = ""
    description: str = ""
    seed: int | None = None
    tick_seconds: float = 1.0
    goals: list[Goal] = field(default_factory=list)
    i18n: dict = field(default_factory=dict)
    record: Record | None = None  # what the student did (gui/document/recording.py keeps it)


def scenario_bytes(world: World, meta: LabMeta) -> bytes:
    """The lab file's bytes (with the student's record), by core's one writer of the format."""
    record = meta.record.to_dict(world.time) if meta.record is not None else None
    from core.files import scenario  # noqa: PLC0415 (the schema loads after the window is on screen)

    return scenario.scenario_bytes(world, meta.title, meta.description, meta.seed, meta.tick_seconds,
                                   meta.goals, meta.i18n, record)


def load_text_error(path, e) -> str:
    """The File / Field / Problem text shown when a lab cannot be opened (each part short: see ScenarioError)."""
    if getattr(e, "problem", None) is not None:
        field_ = e.field or QCoreApplication.translate("MainWindow", "(the whole file)")
        return fill(QCoreApplication.translate("MainWindow", "File: %1\nField: %2\nProblem: %3"),
                    e.path, field_, e.problem)
    return fill(QCoreApplication.translate("MainWindow", "File: %1\nProblem: %2"),
                clip_path(str(path), PATH_CHARS), clip(str(e), PROBLEM_CHARS))


class DocumentFiles(QObject):
    lab_changed = Signal()
    saved = Signal(str)
    closing = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.doc = window.doc
        self.meta = LabMeta()
        self.box: QMessageBox | None = None  # the question or error being shown
        # Where to save / what to open, asked with a file dialog unless a test replaces these.
        self.ask_save_path: Callable[[], str] = self._save_dialog
        self.ask_open_path: Callable[[], str] = self._open_dialog
        self._dirty = False  # modified without an undo step (recovered work)
        self._may_close = False
        self.doc.undo_stack.cleanChanged.connect(self._refresh)

    # --- state ------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self.doc.path

    @property
    def modified(self) -> bool:
        try:
            return self._dirty or not self.doc.undo_stack.isClean()
        except RuntimeError:  # the stack emits cleanChanged while being destroyed
            return False

    def set_dirty(self) -> None:
        """Mark as modified without an undo step (recovered work is unsaved)."""
        self._dirty = True
        self._refresh()

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.meta.title or self.tr("Untitled lab")

    def _refresh(self, *_args) -> None:
        try:
            self.w.setWindowModified(self.modified)
            self.w.actions.update_file_actions()
        except (RuntimeError, AttributeError):  # during construction or destruction of the window
            pass

    # --- opening ----------------------------------------------------------------------
    def open(self, path: str | Path, startup: bool = False) -> bool:
        """Load a lab now (no question); on failure explain and leave the document as it was."""
        # The window takes what virtlab-sim takes (core.files.scenario.MAX_HOSTS / MAX_GUESTS, one
        # limit for both): big labs open with collapsed hosts and lazy library rows (bench/limits.py).
        from core.files.scenario import load_scenario

        try:
            s = load_scenario(path)
        except Exception as e:  # noqa: BLE001 -- ScenarioError, or a loader bug: never crash the app
            self.w.show_load_error(load_text_error(path, e))
            if startup:
                self._install(World(), LabMeta(), None)
            return False
        from gui.text.lab_texts import localize_names

        # The lab's host and guest names in the UI language, applied once on
        # opening (not on recovery, which would undo the student's renames).
        record, named = s.record.reopened(), {o.id: o.name for o in (*s.world.hosts.values(), *s.world.guests.values())}
        i18n = localize_names(s.world, s.i18n)
        record.add_renames(s.world, named)  # the replay gives the world the names this window gave it
        self._install(s.world, LabMeta(s.title, s.description, s.seed, s.tick_seconds, s.goals, i18n, record),
                      Path(path))
        self.add_recent(path)
        self.doc.logged.emit("info", fill(self.tr("Opened lab %1"), self.w.lab_info[0] or Path(path).name))
        release_free_memory()  # the file's text and JSON, and the previous lab, are gone now
        return True

    def _install(self, world: World, meta: LabMeta, path: Path | None) -> None:
        from gui.text.lab_texts import lab_texts

        self.meta = meta
        # What the window shows: the lab's own translation where it has one;
        # ``meta`` keeps the file's texts, so saving writes them back unchanged.
        title, brief, _goals = lab_texts(meta.title, meta.description, [], meta.i18n)
        self.w.lab_info = (title, brief)
        self._dirty = False
        self.doc.set_world(world, path)
        self.lab_changed.emit()
        self._refresh()
        self.w.update_title()

    def new(self) -> None:
        self._install(World(), LabMeta(), None)

    def install_recovered(self, world: World, meta: LabMeta, path: Path | None) -> None:
        """Recovered work: the old file's path, but unsaved."""
        self._install(world, meta, path)
        self.set_dirty()

    # --- questions first --------------------------------------------------------------
    def request(self, then: Callable[[], None]) -> None:
        """Run ``then`` once unsaved changes are saved or discarded; not at all on Cancel."""
        if not self.modified:
            then()
            return

        def answered(answer: str) -> None:
            if answer == "discard" or (answer == "save" and self.save()):
                then()

        self._ask("unsavedBox", self.tr("Unsaved changes"),
                  fill(self.tr("The lab “%1” has unsaved changes."), self.display_name()),
                  self.tr("Do you want to save them first?"),
                  {Button.Save: "save", Button.Discard: "discard", Button.Cancel: "cancel"}, answered)

    def request_new(self) -> None:
        self.request(self.new)

    def request_open(self, path: str | Path) -> None:
        self.request(lambda: self.open(path))

    def request_open_dialog(self) -> None:
        def pick() -> None:
            path = self.ask_open_path()
            if path:
                self.open(path)

        self.request(pick)

    def request_revert(self) -> None:
        if self.path is None or not self.modified:
            return
        path = self.path

        def answered(answer: str) -> None:
            if answer == "revert":
                self.open(path)

        self._ask("revertBox", self.tr("Revert lab"),
                  fill(self.tr("Discard your changes and reload “%1” from disk?"), path.name),
                  self.tr("This cannot be undone."), {Button.Reset: "revert", Button.Cancel: "cancel"}, answered)

    def close_event(self, event) -> bool:
        """From the window's closeEvent: True to close now; otherwise ask and close later."""
        if self._may_close or not self.modified:
            self.closing.emit()
            return True

        def close_now() -> None:  # the box was answered (after this event): close again, without asking
            self._may_close = True
            self.w.close()

        self.request(close_now)  # modified, so this shows the box and returns at once
        event.ignore()
        return False

    def _ask(self, name: str, title: str, text: str, info: str, buttons: dict, then: Callable[[str], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, Button.NoButton, self.w)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from a file
        box.setInformativeText(info)
        for button, answer in buttons.items():
            box.addButton(button).setObjectName(answer)  # scripts click an answer by its name
        box.setDefaultButton(next(iter(buttons)))
        box.setEscapeButton(Button.Cancel)
        box.buttonClicked.connect(lambda b: then(buttons.get(box.standardButton(b), "cancel")))
        box.finished.connect(box.deleteLater)
        self.box = box
        box.open()

    # --- saving -----------------------------------------------------------------------
    def save(self, path: str | Path | None = None) -> bool:
        target = Path(path) if path else self.path
        if target is None or target.resolve().parent == labs_dir().resolve():  # bundled labs stay as shipped
            return self.save_as()
        try:
            write_atomically(target, scenario_bytes(self.doc.world, self.meta))
        except (OSError, ValueError) as e:
            self._show_save_error(target, e)
            return False
        finally:
            release_free_memory()  # the file's bytes were built and dropped
        self.doc.path = target
        self._dirty = False
        self.doc.undo_stack.setClean()
        self.add_recent(target)
        self._refresh()
        self.w.update_title()
        self.saved.emit(str(target))
        self.doc.logged.emit("info", fill(self.tr("Saved lab to %1"), str(target)))
        return True

    def save_as(self) -> bool:
        path = self.ask_save_path()
        if not path:
            return False
        if not path.endswith(".vlab"):
            path += ".vlab"
        return self.save(path)

    def _show_save_error(self, path: Path, e: Exception) -> None:
        text = fill(self.tr("File: %1\nProblem: %2"), str(path), str(e))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot save lab"),
                          self.tr("VirtLab could not save the lab. The file on disk was not changed."),
                          Button.Ok, self.w)
        box.setObjectName("saveErrorBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(text)
        self.box = box
        self.w.event_log.add("error", text.replace("\n", "; "))
        box.open()

    def _save_dialog(self) -> str:
        start = str(self.path) if self.path and self.path.parent != labs_dir() else "lab.vlab"
        path, _ = QFileDialog.getSaveFileName(self.w, self.tr("Save Lab"), start, self.tr("VirtLab labs (*.vlab)"))
        return path

    def _open_dialog(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Open Lab"), str(labs_dir()),
                                              self.tr("VirtLab labs (*.vlab);;All files (*)"))
        return path

    # --- recent files -----------------------------------------------------------------
    def recent_files(self) -> list[str]:
        return [p for p in self.w.settings.value("recent_files").split("\n") if p]

    def add_recent(self, path: str | Path) -> None:
        p = str(Path(path).resolve())
        if Path(p).parent == labs_dir().resolve():
            return  # bundled labs are on the Home tab and in Help → Labs already
        items = [p] + [x for x in self.recent_files() if x != p]
        self.w.settings.set_value("recent_files", "\n".join(items[:MAX_RECENT]))

    def clear_recent(self) -> None:
        self.w.settings.set_value("recent_files", "")
