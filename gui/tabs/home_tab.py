"""The Home tab: what lab is open, quick actions, totals, and the bundled labs.

Signals:
    lab_chosen(str)  -- the path of a lab file the user picked from the list
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.files.locations import labs_dir
from core.model.kinds import GuestState
from core.model.naming import natural_key
from gui.document.document import Document
from gui.shell import icons
from gui.text.lab_texts import brief_html, brief_text, lab_header
from gui.text.substitute import fill

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def bundled_labs() -> list[Path]:
    """The bundled labs in course order: by title, naturally ("Lab 2" before "Lab 10")."""
    d = labs_dir()
    paths = list(d.glob("*.vlab")) if d.is_dir() else []
    return sorted(paths, key=lambda p: (natural_key(lab_header(p)[0] or p.stem), p.name))


class HomeTab(QScrollArea):
    lab_chosen = Signal(str)

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.setObjectName("homeTab")
        self.doc = document
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("homeBody")
        lay = QVBoxLayout(body)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(14)

        heading = QLabel(self.tr("VirtLab"), body)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        lay.addWidget(heading)
        sub = QLabel(self.tr("A lab for virtual machines and containers: drag a template from the palette "
                             "onto a host, power it on, and watch every layer of the stack."), body)
        sub.setWordWrap(True)
        lay.addWidget(sub)

        # The open lab.  Title and description come from the file: plain text only.
        self.lab_box = QGroupBox(self.tr("Current lab"), body)
        box = QVBoxLayout(self.lab_box)
        self.lab_title = self._plain("labTitle", bold=True)
        self.lab_description = self._plain("labDescription")
        self.totals = self._plain("homeTotals")
        for w in (self.lab_title, self.lab_description, self.totals):
            box.addWidget(w)
        lay.addWidget(self.lab_box)

        # Quick actions: buttons that mirror the window's actions (text, icon, enabled).
        self.quick = QHBoxLayout()
        self.quick.setSpacing(8)
        lay.addLayout(self.quick)

        labs_box = QGroupBox(self.tr("Labs"), body)
        labs_lay = QVBoxLayout(labs_box)
        self.lab_list = QListWidget(labs_box)
        self.lab_list.setObjectName("labList")
        self.lab_list.setIconSize(QSize(20, 20))
        self.lab_list.itemActivated.connect(lambda it: self.lab_chosen.emit(it.data(PATH_ROLE)))
        labs_lay.addWidget(self.lab_list)
        hint = QLabel(self.tr("Double-click a lab to open it."), labs_box)
        hint.setEnabled(False)
        labs_lay.addWidget(hint)
        lay.addWidget(labs_box, 1)
        self.setWidget(body)

        self.fill_labs()
        d = document
        for sig in (d.host_added, d.host_removed, d.guest_added, d.guest_removed, d.guest_state_changed,
                    d.world_replaced):
            sig.connect(self._update_totals)
        self.set_lab("", "")
        self._update_totals()

    def _plain(self, name: str, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            f = label.font()
            f.setBold(True)
            f.setPointSizeF(f.pointSizeF() * 1.2)
            label.setFont(f)
        return label

    def add_quick_actions(self, actions: list[QAction]) -> None:
        for act in actions:
            button = QToolButton(self)
            button.setObjectName("home" + act.objectName().removeprefix("action"))
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(QSize(32, 32))
            button.setMinimumWidth(96)
            button.setAutoRaise(True)
            self.quick.addWidget(button)
        self.quick.addStretch(1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_totals_old", False):
            self._update_totals()

    def fill_labs(self) -> None:
        self.lab_list.clear()
        for path in bundled_labs():
            title, description = lab_header(path)
            item = QListWidgetItem(icons.icon("demo"), title)  # item text is plain
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(f"<p><b>{escape(path.name)}</b><br>{brief_html(description)}</p>")
            self.lab_list.addItem(item)

    def set_lab(self, title: str, description: str) -> None:
        self.lab_title.setText(title or self.tr("Untitled lab"))
        self.lab_description.setText(brief_text(description))
        self.lab_description.setVisible(bool(description))

    def _update_totals(self, *_args) -> None:
        # Counting walks every guest: behind another tab, only note that the counts are old
        # (a big lab's every add or delete would pay for it: bench/limits.py).
        self._totals_old = not self.isVisible()
        if self._totals_old:
            return
        w = self.doc.world
        vms = sum(g.is_vm for g in w.guests.values())
        running = sum(g.state is GuestState.RUNNING for g in w.guests.values())
        self.totals.setText(
            fill(self.tr("%1 hosts, %2 virtual machines, %3 containers; %4 running"), str(len(w.hosts)), str(vms), str(len(w.guests) - vms), str(running)))
