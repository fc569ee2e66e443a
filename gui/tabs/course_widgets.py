"""Small self-updating widgets for the course features, placed in the host and guest tabs.

Each follows the document's signals by itself, so a tab only has to add it:
``TransitionBar`` (image pull, boot, live migration), ``DatastoreBox`` (thin
vs thick, fill level), ``SwitchBox`` (the host's virtual switch and SR-IOV
functions).  All numbers come from ``core``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QProgressBar, QVBoxLayout

from core.model.kinds import GuestState, Network
from core.sim import network, storage
from gui.graph.meters import MeterBar
from gui.text.substitute import fill


def transition(world, guest_id: str) -> tuple[float, str] | None:
    """(fraction done, text) of what the guest is going through, or None."""
    g = world.guests.get(guest_id)
    if g is None:
        return None
    m = world.migrations.get(guest_id)
    if m is not None:
        target = world.hosts[m.target].name
        if m.paused:
            return m.progress, fill(QCoreApplication.translate("Transition", "Live migration to %1: paused for the last copy"), target)
        return m.progress, fill(QCoreApplication.translate("Transition", "Live migration to %1: copying memory"), target)
    if g.state is GuestState.PULLING:
        return g.progress, QCoreApplication.translate("Transition", "Pulling image layers from the registry")
    if g.state is GuestState.STARTING:
        return g.progress, QCoreApplication.translate("Transition", "Booting") if g.is_vm else QCoreApplication.translate("Transition", "Starting container")
    return None


class TransitionBar(QProgressBar):
    """A progress bar that shows itself only while a transition runs (``bind`` moves it to another guest)."""

    def __init__(self, document, guest_id: str | None, parent=None):
        super().__init__(parent)
        self.setObjectName("guestProgress")
        self.document, self.guest_id = document, guest_id
        self._text, self._suffix = "", ""
        self.setRange(0, 1000)
        self.setTextVisible(True)
        for sig in (document.ticked, document.world_replaced):
            sig.connect(self.refresh)
        for sig in (document.guest_state_changed, document.guest_moved):
            sig.connect(self._on_guest)  # a bound slot: disconnected when the bar is deleted
        self.refresh()

    def bind(self, guest_id: str | None) -> None:
        """Follow another guest (None: none, and stay hidden)."""
        self.guest_id = guest_id
        self.refresh()

    def _on_guest(self, guest_id: str) -> None:
        if guest_id == self.guest_id:
            self.refresh()

    def refresh(self) -> None:
        got = None if self.guest_id is None else transition(self.document.world, self.guest_id)
        if got is None:
            self.setVisible(False)
            return
        frac, text = got
        self.setValue(round(1000 * frac))
        self._text, self._suffix = text, f" · {100 * frac:.0f} %"
        self._show_text()
        self.setVisible(True)

    def _show_text(self) -> None:
        # A narrow bar (a guest card) elides what happens, never the percentage;
        # the tooltip keeps the whole sentence.
        fm = self.fontMetrics()
        room = self.width() - 12 - fm.horizontalAdvance(self._suffix)  # 12: room for the frame
        self.setFormat(fm.elidedText(self._text, Qt.TextElideMode.ElideRight, room) + self._suffix)
        if self.toolTip() != self._text:
            self.setToolTip(self._text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._text:
            self._show_text()


class DatastoreBox(QGroupBox):
    """The host's datastore: how full it is and how much thin disks have promised."""

    def __init__(self, document, host_id: str, parent=None):
        super().__init__(self.tr("Datastore"), parent)
        self.setObjectName("datastoreBox")
        self.document, self.host_id = document, host_id
        self.bar = MeterBar(self.tr("Used"), 1.0)
        self.note = QLabel()
        self.note.setObjectName("datastoreNote")
        self.note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.bar)
        lay.addWidget(self.note)
        d = document
        for sig in (d.guest_added, d.guest_removed, d.guest_moved, d.guest_changed, d.guest_state_changed,
                    d.host_changed):
            sig.connect(self.refresh)
        d.world_replaced.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        if self.host_id not in self.document.world.hosts:
            return
        u = storage.usage(self.document.world, self.host_id)
        self.bar.set_value(u.used_gb, u.capacity_gb, text=fill(self.tr("%1 of %2 GB"), f"{u.used_gb:.1f}", f"{u.capacity_gb:.0f}"))
        text = fill(self.tr("Virtual disks are files here. Provisioned: %1 GB; thin disks grow as guests write, "
                       "thick ones take their full size at once."), f"{u.provisioned_gb:.0f}")
        if u.provisioned_gb > u.capacity_gb:
            text += " " + self.tr("Thin disks promise more than the datastore holds (overcommitted).")
        self.note.setText(text)


class SwitchBox(QGroupBox):
    """The host's virtual switch: which guests are on which network, and SR-IOV functions."""

    def __init__(self, document, host_id: str, parent=None):
        super().__init__(self.tr("Virtual switch"), parent)
        self.setObjectName("vswitchBox")
        self.document, self.host_id = document, host_id
        self.text = QLabel()
        self.text.setObjectName("vswitchText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # guest names come from files
        self.text.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.text)
        d = document
        for sig in (d.guest_added, d.guest_removed, d.guest_moved, d.guest_changed, d.host_changed):
            sig.connect(self.refresh)
        d.world_replaced.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        world = self.document.world
        if self.host_id not in world.hosts:
            return
        names = {
            Network.BRIDGED: self.tr("Bridged (on the LAN): %1"),
            Network.NAT: self.tr("NAT (reaches out through the host): %1"),
            Network.HOST_ONLY: self.tr("Host-only (private to this host): %1"),
            Network.HOST: self.tr("Host network stack (containers): %1"),
        }
        ports = network.switch_ports(world, self.host_id)
        lines = []
        for net, text in names.items():
            members = [world.guests[p.guest_id].name for p in ports if p.network is net and not p.sriov]
            if members:
                lines.append(fill(text, ", ".join(members)))
        if not lines:
            lines.append(self.tr("No guests are plugged in yet."))
        lines.append(self.tr("Guests on the same network of this host talk through the switch, "
                             "without touching the physical NIC."))
        limit = network.vf_limit(world, self.host_id)
        if limit:
            lines.append(fill(self.tr("SR-IOV: %1 of %2 virtual functions in use"), str(network.vfs_in_use(world, self.host_id)), str(limit)))
        self.text.setText("\n".join(lines))
