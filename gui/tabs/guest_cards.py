"""Guest cards: one small panel per guest on a host tab (name, state, CPU, memory, power).

A card shows one guest at a time and can be rebound to another (``bind``):
the host tab's grid (``gui.tabs.card_grid``) makes cards only for the guests in
view and recycles them as the student scrolls.  A card is updated in place:
``refresh`` on a document change of its guest, ``set_sample`` on every tick.
Everything it does (power button, tooltip, right-click menu, double-click)
reads ``guest_id`` when it happens, so it acts on the guest it shows now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from core.model.catalog import GUEST_OSES, IMAGES
from core.model.kinds import GuestState
from gui.graph.meters import MeterBar
from gui.shell import colors as pc
from gui.shell import icons
from gui.tabs.course_widgets import TransitionBar
from gui.text.plain import plain_tip
from gui.text.reasons import reason_text
from gui.text.substitute import fill
from gui.text.value_names import catalog_text, state_text

if TYPE_CHECKING:
    from gui.tabs.host_tab import HostTab

CARD_W = 230
# Speed relative to native: at or above GOOD it reads green, at or above FAIR amber, below red.
# Assumption: teaching thresholds chosen for this lab, not measured figures.
SPEED_GOOD, SPEED_FAIR = 0.9, 0.6


def speed_color(perf: float):
    """The one colour scheme for "× native" everywhere (guest tab headline, guest cards)."""
    return pc.METER_OK if perf >= SPEED_GOOD else pc.METER_WARN if perf >= SPEED_FAIR else pc.METER_BAD


def gb(mb: float) -> str:
    return f"{mb / 1024:.1f}"


def guest_what(guest) -> str:
    """The guest's OS or image by its display name."""
    if guest.is_vm:
        os = GUEST_OSES.get(guest.config.os)
        return catalog_text(os.name) if os else guest.config.os
    img = IMAGES.get(guest.config.image)
    return img.name if img else guest.config.image


def speed_legend() -> str:
    """What the speed colours mean (rich text of our own words: colour swatches)."""
    parts = ((pc.METER_OK, QCoreApplication.translate("GuestCard", "at least %1 % of native")),
             (pc.METER_WARN, QCoreApplication.translate("GuestCard", "%1–%2 %")),
             (pc.METER_BAD, QCoreApplication.translate("GuestCard", "below %1 %")))
    good, fair = f"{100 * SPEED_GOOD:.0f}", f"{100 * SPEED_FAIR:.0f}"
    words = (fill(parts[0][1], good), fill(parts[1][1], fair, good), fill(parts[2][1], fair))
    head = QCoreApplication.translate("GuestCard", "Speed:")
    return head + " " + " &nbsp; ".join(f"<span style='color:{c.name()}'>■</span>&nbsp;{w.replace(' ', '&nbsp;')}"
                                        for (c, _t), w in zip(parts, words, strict=True))


def legend_label() -> QLabel:
    """The speed legend under a host's guest cards (``speedLegend``)."""
    label = QLabel(speed_legend())  # our own words: rich text for the colour swatches
    label.setObjectName("speedLegend")
    label.setWordWrap(True)
    return label


class GuestCard(QFrame):
    """One guest on the host: name, state, CPU and memory, a power button."""

    def __init__(self, tab: HostTab, guest_id: str | None):
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
        self.speed = QLabel()  # the engine's "× native" for this guest, as on its own tab
        self.speed.setObjectName("guestCardSpeed")
        self.speed.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.speed)
        self.cpu = MeterBar(self.tr("CPU"), 100.0, compact=True)
        self.mem = MeterBar(self.tr("Memory"), 1.0, compact=True)
        lay.addWidget(self.cpu)
        lay.addWidget(self.mem)
        self.progress = TransitionBar(tab.document, guest_id)  # image pull, boot, live migration
        # Its space stays when it hides, so every card has one height and rows line up.
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        lay.addWidget(self.progress)
        self.bind(guest_id)  # a card made between ticks (the tab grew, the lab is paused) shows its figures too

    def bind(self, guest_id: str | None) -> None:
        """Show another guest (None: show nothing, a spare card); its latest sample at once."""
        self.guest_id = guest_id
        self.progress.bind(guest_id)
        if guest_id is None:
            return
        self.refresh()
        latest = self.tab.document.world.latest
        self.set_sample(latest.guest(guest_id) if latest is not None else None)

    def refresh(self) -> None:
        g = self.tab.document.world.guests.get(self.guest_id)
        if g is None:
            return
        fm = self.name.fontMetrics()
        self.name.setText(fm.elidedText(g.name, Qt.TextElideMode.ElideRight, CARD_W - 70))
        self.name.setToolTip(plain_tip(g.name))
        state = g.state.value
        self.dot.setStyleSheet(f"color: {pc.state_color(state).name()};")
        kind = self.tr("VM") if g.is_vm else self.tr("Container")
        what = guest_what(g)
        self.detail.setText(self.detail.fontMetrics().elidedText(
            f"{kind} · {what} · {state_text(state)}", Qt.TextElideMode.ElideRight, CARD_W - 24))
        on = g.state not in (GuestState.OFF, GuestState.CRASHED, GuestState.SUSPENDED)
        self.power.setIcon(icons.glyph("mdi6.power", color=pc.METER_BAD if on else pc.METER_OK))
        verdict = self.tab.document.world.check_power_on(self.guest_id)
        self.power.setEnabled(on or verdict.ok)
        self.power.setToolTip(self.tr("Power off") if on else
                              (self.tr("Power on") if verdict.ok else reason_text(verdict)))
        for bar in (self.cpu, self.mem):
            bar.enabled_look = on
        latest = self.tab.document.world.latest
        self._show_speed(latest.guest(self.guest_id) if latest is not None else None)

    def _toggle_power(self) -> None:
        g = self.tab.document.world.guests.get(self.guest_id)
        if g is None:
            return
        if g.state in (GuestState.OFF, GuestState.CRASHED, GuestState.SUSPENDED):
            self.tab.document.power_on(self.guest_id)
        else:
            self.tab.document.power_off(self.guest_id)

    def _show_speed(self, row: dict | None) -> None:
        g = self.tab.document.world.guests.get(self.guest_id)
        if g is None:
            return
        world = self.tab.document.world
        if row is None or g.state is GuestState.OFF or g.state is GuestState.CRASHED:
            text, color = self.tr("Speed: not running"), pc.state_color("off")
        elif g.state is not GuestState.RUNNING or g.id in world.migrations and world.migrations[g.id].paused:
            # Booting or switching over: its speed now says nothing about the stack.
            what = state_text(g.state) if g.state is not GuestState.RUNNING else self.tr("paused for switch-over")
            text = fill(self.tr("%1 … %2 %"), what, f"{100 * g.progress:.0f}") if g.timer_total > 0 else what
            color = pc.state_color(g.state.value)
        else:
            perf = row["perf"]
            text = fill(self.tr("runs at %1 % of native speed"), f"{100 * perf:.0f}")
            color = speed_color(perf)
        self.speed.setText(self.speed.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, CARD_W - 24))
        self.speed.setToolTip(text)
        sheet = f"color: {color.name()};"
        if sheet != self.speed.styleSheet():
            self.speed.setStyleSheet(sheet)

    def set_sample(self, row: dict | None) -> None:
        self._show_speed(row)
        if row is None:
            self.cpu.set_value(0.0, text="–")
            self.mem.set_value(0.0, 1.0, text="–")
            return
        self.cpu.set_value(row["cpu_pct"], text=f"{row['cpu_pct']:.0f} %")
        self.mem.set_value(row["mem_used_mb"], max(row["mem_alloc_mb"], 1.0),
                           text=f"{gb(row['mem_used_mb'])} / {gb(row['mem_alloc_mb'])} GB")

    def mouseDoubleClickEvent(self, event) -> None:
        if self.guest_id is not None:
            self.tab.guest_activated.emit(self.guest_id)
