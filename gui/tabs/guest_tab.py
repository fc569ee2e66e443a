"""A guest's tab: what it is, what its stack is, its power buttons and its speed.

The key teaching number is the guest's speed relative to the same work on
native hardware, shown large.  Power buttons are enabled from ``world.check_*``
and carry core's reason as their tooltip when they are not.

Signals:
    settings_requested(str) -- "Settings…" was pressed for this guest id
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.model.kinds import GuestState
from gui.document.drops import DropTarget
from gui.graph.meters import MetricRow
from gui.shell import colors as pc
from gui.shell import icons
from gui.tabs.console import ConsoleView, console_text
from gui.tabs.container_box import ContainerBox, address_text, throttle_note
from gui.tabs.course_widgets import TransitionBar
from gui.tabs.guest_cards import gb, guest_what, speed_color
from gui.tabs.guest_stack import StackBox
from gui.text.plain import plain_tip
from gui.text.reasons import reason_text
from gui.text.substitute import fill
from gui.text.value_names import (
    io_text,
    mode_short,
    mode_text,
    network_text,
    product_text,
    state_text,
    technique_text,
    workload_text,
)


def _plain_label(text: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    return lab


class GuestTab(QWidget):
    settings_requested = Signal(str)

    def __init__(self, document, guest_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.obj_id = guest_id
        self.setObjectName("guestTab")
        self._stale = True  # values not shown since the last tick (the tab was hidden)
        # A VM's tab takes container templates: they run inside it (gui.document.drops).
        self.drops = DropTarget(document, lambda _target, _state: None)
        self.setAcceptDrops(True)

        self.title = _plain_label()
        self.title.setObjectName("guestTitle")
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        self.title.setFont(f)
        self.state = _plain_label()
        self.state.setObjectName("guestState")
        self.stack = _plain_label()
        self.stack.setObjectName("guestStack")
        self.stack.setWordWrap(True)

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, icon, text in (("on", "mdi6.play", self.tr("Power on")), ("suspend", "mdi6.pause", self.tr("Suspend")),
                                ("off", "mdi6.stop", self.tr("Power off")), ("reset", "mdi6.restart", self.tr("Reset"))):
            b = QPushButton(icons.glyph(icon, color=self.palette().color(self.palette().ColorRole.ButtonText)), text)
            b.setObjectName(f"power_{key}")
            b.clicked.connect(lambda _=False, k=key: self._power(k))
            self.buttons[key] = b
            bar.addWidget(b)
        bar.addStretch(1)
        self.settings = QPushButton(icons.glyph("mdi6.cog-outline", color=self.palette().color(
            self.palette().ColorRole.ButtonText)), self.tr("Settings…"))
        self.settings.setObjectName("guestSettingsButton")
        self.settings.clicked.connect(lambda: self.settings_requested.emit(self.obj_id))
        bar.addWidget(self.settings)
        self.snapshots = QPushButton(self.tr("Snapshots…"))
        self.snapshots.setObjectName("guestSnapshotsButton")
        self.snapshots.setToolTip(self.tr("Take, revert to and delete snapshots; make clones"))
        self.snapshots.clicked.connect(self._show_snapshots)
        bar.addWidget(self.snapshots)

        self.summary_box = QGroupBox(self.tr("Summary"))
        self.form = QFormLayout(self.summary_box)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)

        self.perf = QLabel()
        self.perf.setObjectName("perfLabel")
        pf = self.perf.font()
        pf.setPointSizeF(pf.pointSizeF() * 2.0)
        pf.setBold(True)
        self.perf.setFont(pf)
        self.perf.setWordWrap(True)  # "runs at 68 % of native speed" whole, on two lines if it must
        self.perf_note = QLabel(self.tr("Speed of this guest's work compared with the same work on the bare "
                                        "hardware: what virtualization costs here."))
        self.perf_note.setWordWrap(True)
        self.perf_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.rows = {
            "cpu": MetricRow(self.tr("CPU")),
            "ready": MetricRow(self.tr("CPU ready (waiting for a core)")),
            "mem": MetricRow(self.tr("Memory"), 1.0, history_max=None),
            "disk": MetricRow(self.tr("Disk"), 1.0, history_max=None),
            "net": MetricRow(self.tr("Network"), 1.0, history_max=None),
        }
        perf_box = QGroupBox(self.tr("Performance"))
        pl = QVBoxLayout(perf_box)
        pl.addWidget(self.perf)
        pl.addWidget(self.perf_note)
        pl.addSpacing(6)
        for row in self.rows.values():
            pl.addWidget(row)
        pl.addStretch(1)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(12)
        head.addWidget(self.state)
        head.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.summary_box, 4)
        body.addWidget(perf_box, 6)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.stack)
        lay.addLayout(bar)
        self.progress = TransitionBar(document, guest_id)  # image pull, boot, live migration
        lay.addWidget(self.progress)
        self.layers = StackBox(document, guest_id)  # the layers under this guest, down to the hardware
        # Summary, performance and stack scroll together: on a small screen they keep
        # their natural height instead of being squeezed into each other.
        content = QWidget()
        cl = QVBoxLayout(content)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addLayout(body)
        self.isolation = ContainerBox(document, guest_id)  # namespaces, cgroups, image layers
        self.isolation.setVisible(not self.guest.is_vm)
        cl.addWidget(self.isolation)
        console_box = QGroupBox(self.tr("Console"))
        QVBoxLayout(console_box).addWidget(console := ConsoleView())
        self.console = console
        cl.addWidget(console_box)
        cl.addWidget(self.layers, 1)
        scroll = QScrollArea()
        scroll.setObjectName("guestDetailsScroll")
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        lay.addWidget(scroll, 1)

        d = document
        d.guest_changed.connect(self._on_changed)
        d.guest_moved.connect(self._on_changed)
        d.guest_state_changed.connect(self._on_changed)
        d.host_changed.connect(self._on_host_changed)
        d.ticked.connect(self._on_ticked)
        d.world_replaced.connect(self._refresh)
        self._refresh()

    @property
    def guest(self):
        return self.document.world.guests.get(self.obj_id)

    def _on_changed(self, guest_id: str) -> None:
        if guest_id == self.obj_id:
            self._refresh()

    def _on_host_changed(self, host_id: str) -> None:
        g = self.guest
        if g is not None and g.host_id == host_id:
            self._refresh()

    def _refresh(self) -> None:
        g = self.guest
        if g is None:
            return
        world = self.document.world
        host = world.hosts[g.host_id]
        self.title.setText(g.name)
        state = g.state.value
        self.state.setText(f"● {state_text(state)}")
        self.state.setStyleSheet(f"color: {pc.state_color(state).name()}; font-weight: bold;")
        self.stack.setText(self.stack_line(g, host))
        self._fill_summary(g, host)
        self._update_buttons(g)
        self.layers.refresh()
        self.isolation.refresh()
        self._on_ticked()

    def stack_line(self, g, host) -> str:
        """E.g. "Ubuntu 24.04 LTS on KVM + QEMU (Hybrid) · hardware-assisted with EPT/NPT · virtio"."""
        where = product_text(host.product) or mode_text(host.mode)
        if g.is_vm:
            c = g.config
            ept = c.ept and host.hardware.cpu.ept
            return " · ".join((fill(self.tr("%1 on %2 (%3)"), guest_what(g), where, mode_short(host.mode)),
                               technique_text(c.technique, ept), io_text(c.io)))
        vm = self.document.world.guests.get(g.in_vm) if g.in_vm else None
        if vm is not None:  # a nested stack: the VM's kernel, behind the VM's hypervisor
            return " · ".join((fill(self.tr("%1 container inside the VM %2 on %3"), guest_what(g), vm.name, where),
                               self.tr("shares the VM's kernel"), self.tr("pays the VM's overheads too")))
        return " · ".join((fill(self.tr("%1 container on %2"), guest_what(g), where),
                           self.tr("shares the host's kernel"), self.tr("no guest OS to boot")))

    def _add_address(self, g) -> None:
        # Wrapped: a long explanation must not widen the summary and squeeze the performance box.
        label = _plain_label(address_text(self.document.world, g.id))
        label.setWordWrap(True)
        self.form.addRow(self.tr("Address:"), label)

    def _fill_summary(self, g, host) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        def add(label: str, text) -> None:  # values wrap: the summary never pushes Performance out of sight
            value = _plain_label(str(text))
            value.setWordWrap(True)
            self.form.addRow(label, value)

        add(self.tr("Host:"), host.name)
        if g.is_vm:
            c = g.config
            cpu = host.hardware.cpu
            add(self.tr("Operating system:"), guest_what(g))
            add(self.tr("vCPUs:"), c.vcpus)
            add(self.tr("Memory:"), f"{c.memory_mb} MB")
            add(self.tr("Disk:"), fill(self.tr("%1 GB, thin") if c.thin_disk else self.tr("%1 GB, preallocated"), str(c.disk_gb)))
            net = network_text(c.network)
            add(self.tr("Network:"), fill(self.tr("%1, SR-IOV virtual function"), net) if c.sriov else net)
            self._add_address(g)
            add(self.tr("Technique:"), technique_text(c.technique, c.ept and cpu.ept))
            add(fill(self.tr("%1:"), cpu.ept_name), self.tr("used") if c.ept and cpu.ept else
                self.tr("not available on this CPU") if not cpu.ept else self.tr("off"))
            add(self.tr("I/O path:"), io_text(c.io))
        else:
            c = g.config
            add(self.tr("Image:"), guest_what(g))
            add(self.tr("CPU limit:"), fill(self.tr("%1 cores"), f"{c.cpu_limit:g}"))
            add(self.tr("Memory limit:"), f"{c.memory_limit_mb} MB")
            add(self.tr("Network:"), network_text(c.network))
            self._add_address(g)
            ports = ", ".join(f"{a}→{b}" for a, b in c.ports) or self.tr("none")
            add(self.tr("Ports:"), ports)
        add(self.tr("Workload:"), workload_text(g.workload))

    def _show_snapshots(self) -> None:
        from gui.dialogs.snapshots import SnapshotDialog  # noqa: PLC0415 (only when asked)

        self.snapshot_dialog = SnapshotDialog(self.document, self.obj_id, self)
        self.snapshot_dialog.open()

    def _update_buttons(self, g) -> None:
        w = self.document.world
        checks = {
            "on": w.check_power_on(self.obj_id),
            "suspend": w.check_suspend(self.obj_id),
            "reset": w.check_reset(self.obj_id),
        }
        for key, verdict in checks.items():
            self.buttons[key].setEnabled(verdict.ok)
            self.buttons[key].setToolTip("" if verdict.ok else plain_tip(reason_text(verdict)))
        off = g.state is GuestState.OFF
        self.buttons["off"].setEnabled(not off)
        self.buttons["off"].setToolTip(fill(self.tr("%1 is already off."), g.name) if off else "")

    def _power(self, key: str) -> None:
        d = self.document
        {"on": d.power_on, "suspend": d.suspend, "off": d.power_off, "reset": d.reset}[key](self.obj_id)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._on_ticked()

    def _set_text(self, label: QLabel, text: str) -> None:
        if text != label.text():  # a new text re-lays the label out: only when it changes
            label.setText(text)

    def _on_ticked(self) -> None:
        g, world = self.guest, self.document.world
        sample = world.latest
        if g is None:
            return
        # A tab behind another draws nothing: catch up when it is shown.
        self._stale = not self.isVisible()
        if self._stale:
            return
        row = sample.guest(self.obj_id) if sample is not None else None
        hw = world.hosts[g.host_id].hardware
        r = self.rows
        self.layers.update_values()
        self.console.show_text(console_text(world, self.obj_id))
        if row is None:
            self._set_text(self.perf, self.tr("Not running"))
            sheet = f"color: {pc.STATE_COLORS['off'].name()};"
            if sheet != self.perf.styleSheet():
                self.perf.setStyleSheet(sheet)
            row = dict.fromkeys(("cpu_pct", "ready_pct", "mem_used_mb", "mem_alloc_mb", "disk_iops",
                                 "disk_mbs", "net_mbps"), 0.0)
        elif g.state is not GuestState.RUNNING or g.id in world.migrations and world.migrations[g.id].paused:
            # Booting (or paused for a migration's switch-over): its speed now says nothing
            # about the stack, so the headline says what is happening, in the state's colour.
            what = state_text(g.state) if g.state is not GuestState.RUNNING else self.tr("paused for switch-over")
            text = fill(self.tr("%1 … %2 %"), what, f"{100 * g.progress:.0f}") if g.timer_total > 0 else what
            self._set_text(self.perf, text)
            sheet = f"color: {pc.state_color(g.state.value).name()};"
            if sheet != self.perf.styleSheet():
                self.perf.setStyleSheet(sheet)
        else:
            perf = row["perf"]
            self._set_text(self.perf, fill(self.tr("runs at %1 % of native speed"), f"{100 * perf:.0f}"))
            color = speed_color(perf)
            sheet = f"color: {color.name()};"
            if sheet != self.perf.styleSheet():
                self.perf.setStyleSheet(sheet)
        r["cpu"].bar.set_value(row["cpu_pct"], text=f"{row['cpu_pct']:.0f} %" + throttle_note(world, g.id))
        self.isolation.update_values()
        r["ready"].bar.set_value(row["ready_pct"], text=f"{row['ready_pct']:.0f} %")
        r["mem"].bar.set_value(row["mem_used_mb"], max(row["mem_alloc_mb"], 1.0),
                               text=fill(self.tr("%1 of %2 GB in use"), gb(row["mem_used_mb"]), gb(row["mem_alloc_mb"])))
        r["disk"].bar.set_value(row["disk_iops"], hw.disk.iops, text=fill(self.tr("%1 IOPS · %2 MB/s"), f"{row['disk_iops']:,.0f}", f"{row['disk_mbs']:.0f}"))
        r["net"].bar.set_value(row["net_mbps"], hw.nic.gbps * 1000,
                               text=fill(self.tr("%1 Mb/s"), f"{row['net_mbps']:.0f}"))
        hist = world.history
        for key, metric in (("cpu", "cpu_pct"), ("ready", "ready_pct"), ("mem", "mem_used_mb"),
                            ("disk", "disk_iops"), ("net", "net_mbps")):
            r[key].spark.set_values(hist.series("guest", self.obj_id, metric, last=60))

    def sizeHint(self) -> QSize:
        return QSize(1000, 700)

    # --- drops: a container template dropped on a VM's tab runs inside it ------------------
    def dragEnterEvent(self, event) -> None:
        if self.drops.enter(event):
            self.dragMoveEvent(event)

    def dragMoveEvent(self, event) -> None:
        verdict = self.drops.hover(event, self.obj_id)
        self.setToolTip(plain_tip(self.drops.message) if verdict is not None and not verdict else "")

    def dragLeaveEvent(self, event) -> None:
        self.drops.leave()
        self.setToolTip("")

    def dropEvent(self, event) -> None:
        self.drops.drop(event, self.obj_id)
        self.setToolTip("")
