"""A short welcome on the very first start: where to begin, then never again.

It points at the three places a new student needs: the Palette (what to drag),
a host in the Library (where to drop it) and the Lab panel (what to do).  The
dialog is not modal, so the window stays usable behind it; closing it in any
way sets the ``welcome_shown`` setting.  ``app.main`` calls ``offer()`` after
the window is shown (not in scripted runs or tests, which build windows
without it).  Installed through ``gui.shell.extensions``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDockWidget, QLabel, QVBoxLayout


class WelcomeDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to VirtLab"))
        head = QLabel(self.tr("Welcome to VirtLab"))
        f = head.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        head.setFont(f)
        steps = [
            self.tr("1. The Palette (bottom left) holds VM templates and container images."),
            self.tr("2. Drag one onto a host in the Library (top left) or onto a host's tab, then power it on."),
            self.tr("3. The Lab panel (right) lists the open lab's goals; they tick as you reach them. "
                    "Help → Labs lists every lab in course order."),
            self.tr("Right-click anything for what you can do with it; the Learn panel explains what you select."),
        ]
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        self.steps = []
        for text in steps:
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            lay.addWidget(label)
            self.steps.append(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Got It"))
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)


class Welcome(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog: WelcomeDialog | None = None

    def offer(self) -> WelcomeDialog | None:
        """Show the welcome unless it was shown before; returns the dialog when shown."""
        if self.window.settings.value("welcome_shown"):
            return None
        for name in ("palette", "library"):  # the places the steps point at are in sight
            dock = self.window.docks.get(name)
            if isinstance(dock, QDockWidget):
                dock.show()
        self.dialog = WelcomeDialog(self.window)
        self.dialog.finished.connect(self._dismissed)
        self.dialog.setModal(False)  # the window behind stays usable: the steps point at it
        self.dialog.show()
        return self.dialog

    def _dismissed(self, _result: int) -> None:
        self.window.settings.set_value("welcome_shown", True)
        self.window.settings.sync()


def install(window) -> None:
    window.welcome = Welcome(window)
