"""The guest tab's "Stack" box: every layer from this guest down to the hardware.

Each row is one node of the layer graph (its host's band, ``core.sim.graph.add_host_band``) under the guest (its
OS or container, then QEMU / Dom0 / image, the hypervisor or engine, the host
OS, the hardware) with what it uses of the host: CPU as a share of the host's
cores and resident memory against the host's RAM.  The rows are built when the
guest's stack changes and only their values are written on a tick.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from core.sim.graph import add_host_band
from gui.graph.meters import MeterBar
from gui.shell import colors as pc
from gui.text.value_names import kind_caption, node_label

# Services beside the stack rather than under the guest (drawn dashed in the graph).
_NOT_BELOW = {"client", "registry", "app", "vswitch", "datastore"}  # switch and datastore sit beside the stack


def stack_below(graph, guest_id: str) -> list[str]:
    """Node ids under ``guest_id``'s application, top (the guest) to bottom (the hardware)."""
    start = f"{guest_id}/app"
    if start not in graph:
        return []
    seen, todo = set(), [start]
    while todo:
        for parent in graph.predecessors(todo.pop()):
            if parent not in seen and graph.nodes[parent]["kind"] not in _NOT_BELOW:
                seen.add(parent)
                todo.append(parent)
    return sorted(seen, key=lambda n: -graph.nodes[n]["layer"])


def _plain(text: str = "", muted: bool = False) -> QLabel:
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    if muted:
        lab.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return lab


class StackBox(QGroupBox):
    # A guest's stack is within its host's band (core.sim.graph.add_host_band): built
    # alone, a refresh costs one host, not the whole lab (20,000 guests: bench/limits.py).

    def __init__(self, document, guest_id: str, parent: QWidget | None = None):
        super().__init__(self.tr("Stack"), parent)
        self.setObjectName("guestLayers")
        self.document, self.guest_id = document, guest_id
        self.rows: list[tuple[str, tuple | None, MeterBar, MeterBar]] = []  # (node id, metrics key, cpu, mem)
        self._shape: list[tuple] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(3, 1)
        self.grid.setColumnStretch(4, 1)
        self.note = QLabel(self.tr("What each layer under this guest uses of the host: CPU as a share of all its "
                                   "cores, memory as resident RAM. Whatever the layers between the guest and the "
                                   "hardware use is virtualization's cost; the hardware row is the whole host, other guests included."))
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addSpacing(4)
        lay.addLayout(self.grid)
        lay.addStretch(1)

    # --- structure ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the rows if the guest's stack has changed (a move, a mode change)."""
        import networkx as nx  # on first use (core.sim.graph.build_layer_graph says why)

        world = self.document.world
        g = world.guests.get(self.guest_id)
        if g is None:
            return
        graph = nx.DiGraph()
        add_host_band(graph, world, world.hosts[g.host_id])  # its host's band holds its whole stack
        nodes = stack_below(graph, self.guest_id)
        shape = [(n, graph.nodes[n]["kind"], graph.nodes[n]["label"], graph.nodes[n].get("detail"),
                  graph.nodes[n].get("metrics")) for n in nodes]
        if shape == self._shape:
            return
        self._shape = shape
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.rows = []
        for col, text in ((1, self.tr("Layer")), (2, self.tr("What it is")),
                          (3, self.tr("CPU (share of the host)")), (4, self.tr("Memory"))):
            head = QLabel(text)
            f = head.font()
            f.setBold(True)
            head.setFont(f)
            self.grid.addWidget(head, 0, col)
        for r, (nid, kind, label, detail, metrics) in enumerate(shape, start=1):
            chip = QLabel("■")
            chip.setStyleSheet(f"color: {pc.kind_colors(kind)[1].name()};")
            name = _plain(node_label(kind, str(label)))
            f = name.font()
            f.setBold(True)
            name.setFont(f)
            caption = kind_caption(kind) + (f" · {detail}" if detail else "")
            cpu, mem = MeterBar(compact=True), MeterBar(compact=True)
            what = _plain(caption, muted=True)
            for lab in (name, what):  # long names wrap: the tab's column may be narrow (1366×768)
                lab.setWordWrap(True)
            for col, w in enumerate((chip, name, what, cpu, mem)):
                self.grid.addWidget(w, r, col)
            self.rows.append((nid, metrics, cpu, mem))
        self.update_values()

    # --- values ------------------------------------------------------------------------
    def update_values(self) -> None:
        world = self.document.world
        g = world.guests.get(self.guest_id)
        sample = world.latest
        if g is None:
            return
        hw = world.hosts[g.host_id].hardware
        for _nid, metrics, cpu, mem in self.rows:
            share, mb = _use(sample, metrics, g, hw.cpu.cores)
            if share is None:
                cpu.set_value(0.0, 100.0, text="–")
                mem.set_value(0.0, hw.memory_mb, text="–")
                continue
            cpu.set_value(share, 100.0, text=f"{share:.1f} %")
            mem.set_value(mb, hw.memory_mb, text=f"{mb:,.0f} MB")


def _use(sample, metrics, guest, cores: int) -> tuple[float | None, float]:
    """(CPU as % of the host's cores, resident MB) of one row, or (None, 0) when there is nothing to show."""
    if sample is None or metrics is None:
        return None, 0.0
    table, oid = metrics
    if table == "host":
        row = sample.host(oid)
        return (row["cpu_pct"], row["mem_used_mb"]) if row else (None, 0.0)
    if table == "layer":
        row = sample.layer(oid)
        return (row["cpu_pct"], row["mem_mb"]) if row else (None, 0.0)
    row = sample.guest(oid)
    if row is None:
        return None, 0.0
    # A guest's cpu_pct is a share of its own vCPUs (or CPU limit): put it on the host's scale.
    own = guest.config.vcpus if guest.is_vm else guest.config.cpu_limit
    return row["cpu_pct"] * own / max(cores, 1), row["mem_used_mb"]
