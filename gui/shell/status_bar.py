"""The status bar: simulated time, speed, what is running, and the last refusal.

Time changes every tick, so only that label is touched on ``ticked``; the
counts change only when guests come, go or change state.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from core.model.kinds import GuestState
from gui.document.document import Document
from gui.text.plain import plain_tip
from gui.text.substitute import fill


def format_sim_time(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:d}:{s // 60 % 60:02d}:{s % 60:02d}"


class StatusBar(QStatusBar):
    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.doc = document
        # The last thing that happened: a change made (neutral) or refused (red).
        self.refusal = self._label("refusalLabel", permanent=False)
        self.refusal.setMinimumWidth(40)
        self.counts = self._label("countsLabel")
        self.speed = self._label("speedLabel")
        self.time = self._label("timeLabel")
        self.running = self._label("runningLabel")
        d = document
        d.ticked.connect(self._update_time)
        d.speed_changed.connect(self._update_speed)
        d.running_changed.connect(self._update_running)
        d.logged.connect(self._logged)
        d.undo_stack.indexChanged.connect(self._undone_or_redone)
        for sig in (d.host_added, d.host_removed, d.guest_added, d.guest_removed, d.guest_state_changed):
            sig.connect(self._update_counts)
        d.world_replaced.connect(self.refresh)
        self.refresh()

    def _label(self, name: str, permanent: bool = True) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # reasons quote names from files
        if permanent:
            self.addPermanentWidget(label)
        else:
            self.addWidget(label, 1)
        return label

    def refresh(self) -> None:
        self._update_time()
        self._update_speed(self.doc.speed)
        self._update_running(self.doc.running)
        self._update_counts()
        self.show_message("")

    def _logged(self, level: str, text: str) -> None:
        self.show_message(text, level)

    def _undone_or_redone(self, _index: int) -> None:
        # After an undo or redo neither the last change nor an older refusal holds;
        # a new change (a push also moves the index) logs its own text right after.
        self.show_message("")

    def show_message(self, text: str, level: str = "info") -> None:
        """The last change or refusal; a refusal stays until something else happens."""
        self.refusal.setText(text)
        self.refusal.setToolTip(plain_tip(text))
        self.refusal.setProperty("level", level)
        self.refusal.setStyleSheet("color: #c62828;" if level in ("warning", "error") else "")

    def _update_time(self) -> None:
        self.time.setText(fill(self.tr("Time %1"), format_sim_time(self.doc.world.time)))

    def _update_speed(self, speed: float) -> None:
        self.speed.setText(fill(self.tr("Speed %1×"), f"{speed:g}"))

    def _update_running(self, on: bool) -> None:
        self.running.setText(self.tr("Simulation running") if on else self.tr("Simulation paused"))

    def _update_counts(self, *_args) -> None:
        w = self.doc.world
        running = sum(g.state is GuestState.RUNNING for g in w.guests.values())
        # Two counts, each in its plural form ("1 host", "2 hosts"): Qt's tr takes one %n per text.
        hosts = self.tr("%n host(s)", "", len(w.hosts))
        guests = fill(self.tr("%1 of %n guest(s) running", "", len(w.guests)), str(running))
        self.counts.setText(f"{hosts} · {guests}")
