"""A physical host's tab: its hardware, how it is virtualized, its load and its guests.

The mode picker changes the mode through ``document.set_mode`` (core asks first; a
refusal shows in red here, in the status bar and the event log).  The left column
scrolls rather than squeezing.  Cards and meters are created once and updated in
place; the cards' canvas is a drop target (``gui.document.drops``).

Signals:
    guest_activated(str) -- a guest card was double-clicked (open its tab)
    guest_menu_requested(str, QPoint) -- a guest card was right-clicked (guest id, global position)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core import edits
from core.model.kinds import PRODUCTS_BY_MODE, Mode, Product
from core.model.layers import host_layers
from gui.document.drops import DropTarget
from gui.graph.meters import MetricRow
from gui.shell import colors as pc
from gui.tabs.card_grid import CardGrid
from gui.tabs.course_widgets import DatastoreBox, SwitchBox
from gui.tabs.guest_cards import GuestCard, gb, legend_label
from gui.tabs.host_memory import HOST_METRICS, MemoryReclaimBox
from gui.text.plain import plain_tip
from gui.text.reasons import reason_text
from gui.text.substitute import fill
from gui.text.value_names import kind_caption, mode_text, product_text


def mode_lesson(mode: Mode) -> str:
    """VirtLab's one-paragraph lesson on what a mode puts between hardware and guests."""
    return {
        Mode.NATIVE: QCoreApplication.translate("ModeText", "Native: one operating system runs directly on the hardware and nothing is "
                        "virtualized. This is the baseline every other mode is measured against."),
        Mode.HOSTED: QCoreApplication.translate("ModeText", "Hosted (type 2): a VMM application runs on the host OS like any other "
                        "program. Every guest I/O goes through the host OS's drivers, which costs time."),
        Mode.BARE_METAL: QCoreApplication.translate("ModeText", "Bare-metal (type 1): the hypervisor runs directly on the hardware, with "
                            "no host OS under it. Xen and Hyper-V add a privileged management OS (Dom0, root "
                            "partition) that owns the device drivers."),
        Mode.HYBRID: QCoreApplication.translate("ModeText", "Hybrid: the KVM module turns the Linux kernel into a hypervisor, and one "
                        "QEMU process per VM emulates its devices. Needs VT-x or AMD-V."),
        Mode.CONTAINER: QCoreApplication.translate("ModeText", "Container host: a container engine runs on the host OS. Containers share "
                           "the host's kernel, so they start in well under a second but cannot run another OS."),
    }[mode]


def wrapped_label() -> QLabel:
    """A plain-text label that wraps and asks its layout for the height its width needs."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


class HostTab(QWidget):
    guest_activated = Signal(str)
    guest_menu_requested = Signal(str, QPoint)  # a right-click on a guest card: guest id, global position

    def __init__(self, document, host_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.obj_id = host_id
        self.setObjectName("hostTab")
        self.drops = DropTarget(document, self._mark_drop)
        self.setAcceptDrops(True)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setObjectName("hostTitle")
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        self.title.setFont(f)
        self.hardware = wrapped_label()

        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("modeCombo")
        for m in Mode:
            self.mode_combo.addItem(mode_text(m), m)
        self.product_combo = QComboBox()
        self.product_combo.setObjectName("productCombo")
        for combo in (self.mode_combo, self.product_combo):
            # Long product names must not make the column wider than the tab.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.mode_text = wrapped_label()
        self.layers_text = wrapped_label()
        self.mode_reason = wrapped_label()
        self.mode_reason.setObjectName("modeReason")
        self.mode_reason.setStyleSheet(f"color: {pc.REFUSE.name()};")
        self.mode_reason.hide()
        self.mode_combo.activated.connect(self._mode_picked)
        self.product_combo.activated.connect(self._product_picked)
        mode_box = QGroupBox(self.tr("Virtualization"))
        mg = QGridLayout(mode_box)
        mg.addWidget(QLabel(self.tr("Mode:")), 0, 0)
        mg.addWidget(self.mode_combo, 0, 1)
        mg.addWidget(QLabel(self.tr("Product:")), 1, 0)
        mg.addWidget(self.product_combo, 1, 1)
        mg.addWidget(self.layers_text, 2, 0, 1, 2)
        mg.addWidget(self.mode_text, 3, 0, 1, 2)
        mg.addWidget(self.mode_reason, 4, 0, 1, 2)
        mg.setColumnStretch(1, 1)

        self.rows = {
            "cpu": MetricRow(self.tr("CPU")),
            "mem": MetricRow(self.tr("Memory"), 1.0),
            "disk": MetricRow(self.tr("Disk")),
            "net": MetricRow(self.tr("Network")),
            "overhead": MetricRow(self.tr("Overhead"), history_max=None),
        }
        self.rows["overhead"].setToolTip(self.tr("CPU time the virtualization layers spend on the guests' behalf"))
        # Off by default, as on current ESXi and most Linux distributions: the student turns it on.
        self.page_sharing = QCheckBox(self.tr("Share identical memory pages between guests (TPS / KSM)"))
        self.page_sharing.setObjectName("pageSharingCheck")
        self.page_sharing.setToolTip(self.tr("Merges pages that several guests hold with the same content, so "
                                             "overcommitted memory lasts longer. Off by default on current "
                                             "hypervisors for security reasons."))
        self.page_sharing.toggled.connect(
            lambda on: self.document.apply(edits.SetPageSharing(self.obj_id, on)))
        load_box = QGroupBox(self.tr("Load"))
        lg = QVBoxLayout(load_box)
        for row in self.rows.values():
            lg.addWidget(row)
        lg.addWidget(self.page_sharing)

        # The left column scrolls: on a small screen (or with a refusal shown) its
        # boxes keep their natural height instead of being squeezed into each other.
        column = QWidget()
        column.setObjectName("hostDetails")
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, 4, 0)
        self.reclaim = MemoryReclaimBox()
        for box in (mode_box, load_box, self.reclaim, DatastoreBox(document, host_id), SwitchBox(document, host_id)):
            left.addWidget(box)
        left.addStretch(1)
        self.details = QScrollArea()
        self.details.setObjectName("hostDetailsScroll")
        self.details.setWidget(column)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar_w = self.details.verticalScrollBar().sizeHint().width()
        self.details.setMinimumWidth(column.minimumSizeHint().width() + bar_w)
        # Modelling choice, not a measurement: about 20 lines stay in view, so the
        # docks around the tabs cannot squeeze the mode box out of sight.
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 20)

        self.guests_title = QLabel()
        self.guests_title.setObjectName("guestsTitle")
        self.drop_hint = wrapped_label()
        self.drop_hint.setObjectName("dropHint")
        self.scroll = CardGrid(lambda gid: GuestCard(self, gid))
        self.canvas = self.scroll.canvas
        self._set_drop_look(None)
        right = QVBoxLayout()
        right.addWidget(self.guests_title)
        right.addWidget(self.scroll, 1)
        right.addWidget(legend_label())
        right.addWidget(self.drop_hint)

        body = QHBoxLayout()
        body.addWidget(self.details, 5)
        body.addLayout(right, 6)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.hardware)
        lay.addLayout(body, 1)

        d = document
        d.host_changed.connect(self._on_host_changed)
        for sig in (d.guest_added, d.guest_removed, d.guest_moved):
            sig.connect(self._sync_cards)
        d.guest_changed.connect(self._on_guest_changed)
        d.guest_state_changed.connect(self._on_guest_changed)
        d.ticked.connect(self._on_ticked)
        d.world_replaced.connect(self._refresh_all)
        self._refresh_all()

    @property
    def host(self):
        return self.document.world.hosts.get(self.obj_id)

    # --- header and mode -------------------------------------------------------------
    def _refresh_all(self) -> None:
        self._on_host_changed(self.obj_id)
        self._sync_cards()
        for card in self.cards.values():  # a new world: a kept card's guest is a new object
            card.refresh()
        self._on_ticked()

    def _on_host_changed(self, host_id: str) -> None:
        host = self.host
        if host_id != self.obj_id or host is None:
            return
        self.title.setText(host.name)
        cpu, hw = host.hardware.cpu, host.hardware
        yes, no = "✓", "✗"
        self.hardware.setText(fill(self.tr(
            "%1 cores × %2 GHz · %3 %4 · %5 %6 · VT-d/IOMMU %7 · %8 GB RAM · %9 GB disk "
            "(%10 MB/s, %11 IOPS) · %12 Gb/s NIC"), cpu.cores, f"{cpu.ghz:g}", cpu.vtx_name, yes if cpu.vtx else no,
            cpu.ept_name, yes if cpu.ept else no, yes if cpu.iommu else no, gb(hw.memory_mb).removesuffix(".0"),
            hw.datastore_gb, f"{hw.disk.seq_mbs:.0f}", f"{hw.disk.iops:,.0f}", f"{hw.nic.gbps:g}"))
        self.page_sharing.blockSignals(True)  # showing the setting is not changing it
        self.page_sharing.setChecked(host.page_sharing)
        self.page_sharing.blockSignals(False)
        self._show_mode(host.mode, host.product)
        self.guests_title.setText(self.tr("Guests on this host"))
        self.drop_hint.setText(self._idle_hint())

    def _show_mode(self, mode: Mode, product: Product | None) -> None:
        """Put the combos on (mode, product) and explain what that stack is."""
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        self.product_combo.clear()
        for p in PRODUCTS_BY_MODE[mode]:
            self.product_combo.addItem(product_text(p), p)
        if not PRODUCTS_BY_MODE[mode]:
            self.product_combo.addItem(self.tr("(none)"), None)
        self.product_combo.setEnabled(len(PRODUCTS_BY_MODE[mode]) > 1)
        if product is not None:
            self.product_combo.setCurrentIndex(max(0, self.product_combo.findData(product)))
        host = self.host
        chain = [kind_caption("hardware")]
        has_containers = host is not None and any(not g.is_vm for g in self.document.world.guests_on(host.id))
        chain += [kind_caption(s.kind) for s in host_layers(mode, product, host.host_os if host else "linux",
                                                           containers=has_containers)]
        chain.append(self.tr("containers") if mode is Mode.CONTAINER else
                     self.tr("applications") if mode is Mode.NATIVE else self.tr("guest VMs"))
        self.layers_text.setText(fill(self.tr("Layers: %1"), " → ".join(chain)))
        self.mode_text.setText(mode_lesson(mode))

    # Qt hands combo data back as plain str: turn it into core's enums again.
    def _mode_picked(self, _index: int) -> None:
        mode = Mode(self.mode_combo.currentData())
        products = PRODUCTS_BY_MODE[mode]
        self._apply(mode, products[0] if products else None)

    def _product_picked(self, _index: int) -> None:
        data = self.product_combo.currentData()
        self._apply(Mode(self.mode_combo.currentData()), Product(data) if data else None)

    def _apply(self, mode: Mode, product: Product | None) -> None:
        host = self.host
        if host is None or (mode, product) == (host.mode, host.product):
            return
        # Through the document, never around it: a refusal also reaches the status
        # bar and the event log (Document._check), like a refused drop.
        verdict = self.document.set_mode(self.obj_id, mode, product)
        if not verdict.ok:
            self.mode_reason.setText(reason_text(verdict))
            self.mode_reason.show()
            self._show_mode(host.mode, host.product)  # put the picker back
            return
        self.mode_reason.hide()

    # --- guest cards (gui.tabs.card_grid: cards only for the rows in view) -------------------
    @property
    def cards(self) -> dict[str, GuestCard]:
        """Guest id -> card, for the guests that have a card now (those in view)."""
        return self.scroll.cards

    def _sync_cards(self, *_args) -> None:
        ids = [g.id for g in self.document.world.guests_on(self.obj_id)]
        self.scroll.set_guests(ids)
        self.guests_title.setText(self.tr("Guests on this host (%n)", "", len(ids)))

    def _on_guest_changed(self, guest_id: str) -> None:
        card = self.cards.get(guest_id)
        if card is not None:
            card.refresh()

    # --- ticks ----------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._on_ticked()

    def _on_ticked(self) -> None:
        # Hidden behind another tab: skip the work and catch up when shown
        # (meters and sparklines read the world's history then).
        self._stale = not self.isVisible()
        if self._stale:
            return
        world, host = self.document.world, self.host
        sample = world.latest
        if host is None or sample is None:
            return
        h = sample.host(self.obj_id) or dict.fromkeys(HOST_METRICS, 0.0)
        ram = host.hardware.memory_mb
        hist = world.history
        r = self.rows
        r["cpu"].bar.set_value(h["cpu_pct"], text=f"{h['cpu_pct']:.0f} %")
        alloc = h["mem_alloc_mb"]
        # The bar says what is used; what guests were promised goes on the wrapping
        # detail line, so a narrow column never elides it.
        r["mem"].bar.set_value(h["mem_used_mb"], ram, marker=alloc / ram,
                               text=fill(self.tr("%1 of %2 GB"), gb(h["mem_used_mb"]), gb(ram)))
        if alloc > ram:
            color = pc.METER_BAD if h["swap_mb"] > 0 else pc.METER_WARN
            r["mem"].set_detail(fill(self.tr("%1 GB promised to guests: overcommitted %2 %. %3 GB shared · "
                                        "%4 GB ballooned · %5 GB swapped"), gb(alloc), f"{100 * alloc / ram:.0f}", gb(h["shared_mb"]), gb(h["balloon_mb"]), gb(h["swap_mb"])), color)
        elif h["shared_mb"] > 0:
            r["mem"].set_detail(fill(self.tr("%1 GB promised to guests · %2 GB saved by page sharing"), gb(alloc), gb(h["shared_mb"])))
        else:
            r["mem"].set_detail(fill(self.tr("%1 GB promised to guests"), gb(alloc)) if alloc > 0 else "")
        self.reclaim.set_sample(h, ram)
        r["disk"].bar.set_value(h["disk_pct"], text=fill(self.tr("%1 IOPS · %2 MB/s"), f"{h['disk_iops']:,.0f}", f"{h['disk_mbs']:.0f}"))
        r["net"].bar.set_value(h["net_pct"], text=fill(self.tr("%1 Mb/s"), f"{h['net_mbps']:.0f}"))
        r["overhead"].bar.set_value(h["overhead_pct"], text=fill(self.tr("%1 % of the CPU"), f"{h['overhead_pct']:.1f}"))
        for key, metric in (("cpu", "cpu_pct"), ("mem", "mem_pct"), ("disk", "disk_pct"),
                            ("net", "net_pct"), ("overhead", "overhead_pct")):
            r[key].spark.set_values(hist.series("host", self.obj_id, metric, last=60))
        for gid, card in self.scroll.cards.items():
            card.set_sample(sample.guest(gid))

    # --- drop target ------------------------------------------------------------------
    def _idle_hint(self) -> str:
        return self.tr("Drag a VM template or a container image from the palette and drop it here.")

    def _set_drop_look(self, state: str | None) -> None:
        color = {"accept": pc.ACCEPT, "refuse": pc.REFUSE}.get(state)
        border = f"2px dashed {color.name()}" if color else "1px solid palette(mid)"
        self.canvas.setStyleSheet(f"QFrame#hostDropArea {{ border: {border}; border-radius: 6px; }}")
        self.drop_hint.setStyleSheet(f"color: {color.name()};" if color else "")

    # --- drops (gui.document.drops) ----------------------------------------------------
    def _mark_drop(self, host_id: str | None, state: str | None) -> None:
        self._set_drop_look(state)
        if state == "accept":
            self.drop_hint.setText(fill(self.tr("Release to add it to %1."), self.host.name))
        elif state == "refuse":
            self.drop_hint.setText(self.drops.message)
        else:
            self.drop_hint.setText(self._idle_hint())
        self.canvas.setToolTip("")

    def dragEnterEvent(self, event) -> None:
        if self.drops.enter(event):
            self._hover(event)
            event.acceptProposedAction()  # stay in the drag even when this drop is refused

    def dragMoveEvent(self, event) -> None:
        self._hover(event)

    def _hover(self, event) -> None:
        verdict = self.drops.hover(event, self.obj_id)
        if verdict is not None and not verdict:
            self.drop_hint.setText(self.drops.message)  # known only after the check
            self.canvas.setToolTip(plain_tip(self.drops.message))

    def dragLeaveEvent(self, event) -> None:
        self.drops.leave()

    def dropEvent(self, event) -> None:
        self.drops.drop(event, self.obj_id)

    def sizeHint(self) -> QSize:
        return QSize(1000, 700)
