"""File → Submit…: hand the lab in, as a copy in the folder the instructor chose.

The copy is the lab as it is now, with its record (what the student did),
named ``<name or ID> - <lab>.vlab`` so that a class's files sit side by side
in one folder and ``virtlab-sim grade`` shows who is who.  The student's name
or ID is asked the first time and remembered (preference ``student_name``);
the folder is the preference ``submission_folder`` (an administrator may
preset it; if it is empty the student is asked once to choose it).  The
document itself is not changed: submitting is not saving.

``window.submit.ask_name`` / ``ask_folder`` ask with dialogs; tests replace them.
The result box is ``window.submit.box`` (objectName ``submitBox`` or ``submitErrorBox``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from gui.document.files import scenario_bytes, write_atomically
from gui.text.substitute import fill

# Characters a file name may keep on Windows, macOS and Linux (letters of any script stay).
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
NAME_MAX = 60  # keeps the file name short enough for every file system (assumption: 255 bytes, UTF-8)


def file_part(text: str) -> str:
    """``text`` as part of a file name: unsafe characters become "_", no leading dots."""
    return _UNSAFE.sub("_", text).strip().strip(".")[:NAME_MAX].strip()


class Submitter(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.box: QMessageBox | None = None
        self.ask_name: Callable[[], str] = self._name_dialog
        self.ask_folder: Callable[[], str] = self._folder_dialog
        self.action = QAction(self.tr("S&ubmit…"), window)
        self.action.setObjectName("actionSubmit")
        self.action.setStatusTip(self.tr("Hand the lab in: save a copy, named with your name or ID, "
                                         "in your instructor's folder"))
        self.action.triggered.connect(lambda _checked=False: self.submit())
        menu = window.actions.menus["menuFile"]
        menu.insertAction(window.actions.revert_lab, self.action)

    def submit(self) -> Path | None:
        """Write the copy; returns its path, or None if the student cancelled or it failed."""
        settings = self.w.settings
        name = file_part(settings.value("student_name"))
        if not name:
            name = file_part(self.ask_name() or "")
            if not name:
                return None
            settings.set_value("student_name", name)
        folder = settings.value("submission_folder")
        if not folder or not Path(folder).is_dir():
            folder = self.ask_folder()
            if not folder:
                return None
            settings.set_value("submission_folder", folder)
        target = Path(folder) / f"{name} - {self._lab_name()}.vlab"
        try:
            write_atomically(target, scenario_bytes(self.w.doc.world, self.w.files.meta))
        except (OSError, ValueError) as e:
            self._show("submitErrorBox", QMessageBox.Icon.Warning, self.tr("Cannot submit"),
                       fill(self.tr("VirtLab could not write your submission.\nFile: %1\nProblem: %2"), str(target), str(e)))
            return None
        self.w.doc.logged.emit("info", fill(self.tr("Submitted the lab as %1"), str(target)))
        self._show("submitBox", QMessageBox.Icon.Information, self.tr("Submitted"),
                   fill(self.tr("Your lab was handed in as:\n%1\nYou can submit again: the new copy replaces it."), str(target)))
        return target

    def _lab_name(self) -> str:
        path = self.w.files.path
        return file_part(path.stem) if path is not None and file_part(path.stem) else "lab"

    def _show(self, name: str, icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.w)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are the user's
        box.finished.connect(box.deleteLater)
        self.box = box
        box.open()

    def _name_dialog(self) -> str:
        text, ok = QInputDialog.getText(self.w, self.tr("Submit Lab"),
                                        self.tr("Your name or student ID (asked once, used in the file name):"))
        return text if ok else ""

    def _folder_dialog(self) -> str:
        return QFileDialog.getExistingDirectory(self.w, self.tr("Choose the folder your instructor gave for "
                                                                "submissions"))


def install(window) -> None:
    window.submit = Submitter(window)
