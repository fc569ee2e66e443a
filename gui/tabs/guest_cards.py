"""Guest cards: one small panel per guest on a host tab (name, state, CPU, memory, power).

Cards are created once per guest and updated in place: ``refresh`` on a
document change of that guest, ``set_sample`` on every tick.  Double-clicking
a card asks its tab to open the guest's own tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from core.model.catalog import GUEST_OSES, IMAGES
from core.model.kinds import GuestState
from gui.graph.meters import MeterBar
from gui.shell import colors as pc
from gui.tabs.course_widgets import TransitionBar
from gui.text.reasons import reason_text
from gui.text.value_names import state_text

if TYPE_CHECKING:
    from gui.tabs.host_tab import HostTab

CARD_W = 230


def gb(mb: float) -> str:
    return f"{mb / 1024:.1f}"


def guest_what(guest) -> str:
    """The guest's OS or image by its display name."""
    if guest.is_vm:
        os = GUEST_OSES.get(guest.config.os)
        return os.name if os else guest.config.os
    img = IMAGES.get(guest.config.image)
    return img.name if img else guest.config.image


class GuestCard(QFrame):
    """One guest on the host: name, state, CPU and memory, a power button."""

    def __init__(self, tab: HostTab, guest_id: str):
        super().__init__()
        self.tab, self.guest_id = tab, guest_id
        self.setObjectName("guestCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(CARD_W)
        # Right-click: the same VM menu as the library row and the graph node (the window builds it).
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: tab.guest_menu_requested.emit(self.guest_id, self.mapToGlobal(pos)))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 8, 8)
        lay.setSpacing(3)
        top = QHBoxLayout()
        self.dot = QLabel("●")
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        f = self.name.font()
        f.setBold(True)
        self.name.setFont(f)
        self.power = QToolButton()
        self.power.setObjectName("guestPowerButton")
        self.power.setAutoRaise(True)
        self.power.clicked.connect(self._toggle_power)
        top.addWidget(self.dot)
        top.addWidget(self.name, 1)
        top.addWidget(self.power)
        lay.addLayout(top)
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.detail)
        self.cpu = MeterBar(self.tr("CPU"), 100.0, compact=True)
        self.mem = MeterBar(self.tr("Memory"), 1.0, compact=True)
        lay.addWidget(self.cpu)
        lay.addWidget(self.mem)
        self.progress = TransitionBar(tab.document, guest_id)  # image pull, boot, live migration
        lay.addWidget(self.progress)
        self.refresh()

    def refresh(self) -> None:
        g = self.tab.document.world.guests.get(self.guest_id)
        if g is None:
            return
        fm = self.name.fontMetrics()
        self.name.setText(fm.elidedText(g.name, Qt.TextElideMode.ElideRight, CARD_W - 70))
        self.name.setToolTip(g.name)
        state = g.state.value
        self.dot.setStyleSheet(f"color: {pc.state_color(state).name()};")
        kind = self.tr("VM") if g.is_vm else self.tr("Container")
        what = guest_what(g)
        self.detail.setText(self.detail.fontMetrics().elidedText(
            f"{kind} · {what} · {state_text(state)}", Qt.TextElideMode.ElideRight, CARD_W - 24))
        on = g.state not in (GuestState.OFF, GuestState.CRASHED, GuestState.SUSPENDED)
        self.power.setIcon(qta.icon("mdi6.power", color=pc.METER_BAD if on else pc.METER_OK))
        verdict = self.tab.document.world.check_power_on(self.guest_id)
        self.power.setEnabled(on or verdict.ok)
        self.power.setToolTip(self.tr("Power off") if on else
                              (self.tr("Power on") if verdict.ok else reason_text(verdict)))
        for bar in (self.cpu, self.mem):
            bar.enabled_look = on

    def _toggle_power(self) -> None:
        g = self.tab.document.world.guests.get(self.guest_id)
        if g is None:
            return
        if g.state in (GuestState.OFF, GuestState.CRASHED, GuestState.SUSPENDED):
            self.tab.document.power_on(self.guest_id)
        else:
            self.tab.document.power_off(self.guest_id)

    def set_sample(self, row: dict | None) -> None:
        if row is None:
            self.cpu.set_value(0.0, text="–")
            self.mem.set_value(0.0, 1.0, text="–")
            return
        self.cpu.set_value(row["cpu_pct"], text=f"{row['cpu_pct']:.0f} %")
        self.mem.set_value(row["mem_used_mb"], max(row["mem_alloc_mb"], 1.0),
                           text=f"{gb(row['mem_used_mb'])} / {gb(row['mem_alloc_mb'])} GB")

    def mouseDoubleClickEvent(self, event) -> None:
        self.tab.guest_activated.emit(self.guest_id)
