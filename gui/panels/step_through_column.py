"""One stack's column in the Step Through dock: the hops of a path, the current one
explained in plain, selectable text, and the totals tied to the engine.

Widgets (objectName with the column's prefix, "stepPrimary" or "stepCompare"):
``<prefix>Title`` (guest and stack), ``<prefix>Hops`` (one row per hop),
``<prefix>Text`` (the current hop's explanation: read-only, selectable, copyable)
and ``<prefix>Total``.  Names from scenario files are shown as plain text only.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

from core.course.mechanisms import MechPath
from core.model.sources import SOURCES
from gui.text import path_texts as pt
from gui.text.substitute import fill
from gui.text.value_names import io_text, mode_text, product_text, technique_text, workload_text


def number(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:.1f}"


def stack_words(world, guest_id: str) -> str:
    """"KVM, hardware-assisted (EPT), paravirtual" in the user's language."""
    g = world.guests[guest_id]
    host = world.hosts[g.host_id]
    parts = [product_text(host.product.value) if host.product else mode_text(host.mode.value)]
    if g.is_vm:
        c = g.config
        ept = (c.ept and host.hardware.cpu.ept) if c.technique.value == "hardware" else None
        parts += [technique_text(c.technique.value, ept), io_text(c.io.value)]
    return " · ".join(parts)


class PathColumn(QWidget):
    def __init__(self, prefix: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(prefix)
        self.path: MechPath | None = None
        self.world = None
        self.step = 0
        self.full_title = ""  # guest and stack, plain text; the label shows it elided
        self.title = QLabel(self)
        self.title.setObjectName(prefix + "Title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setMinimumWidth(40)  # elided to fit, so it never widens the dock
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hops = QListWidget(self)
        self.hops.setObjectName(prefix + "Hops")
        self.hops.setWordWrap(True)
        self.hops.currentRowChanged.connect(self._row_clicked)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName(prefix + "Text")
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        # Plain text that scrolls: a fixed height the layout can count on (a wrapped label
        # would ask for a height only for a given width and overlap the list when short).
        self.total = QPlainTextEdit(self)
        self.total.setObjectName(prefix + "Total")
        self.total.setReadOnly(True)
        self.total.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        margin = self.total.document().documentMargin()
        self.total.setFixedHeight(round(self.total.fontMetrics().lineSpacing() * 3 + 2 * margin + 6))  # 3 lines
        self.total.viewport().setAutoFillBackground(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.hops)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.total)
        self.on_row = None  # set by the panel: called with a row the user clicked

    # --- content ----------------------------------------------------------------------
    def set_path(self, world, path: MechPath | None) -> None:
        self.world, self.path = world, path
        self.hops.blockSignals(True)
        self.hops.clear()
        if path is None:
            self.full_title = ""
            self.title.setText("")
            self.title.setToolTip("")
            self.text.setPlainText("")
            self.total.setPlainText("")
            self.hops.blockSignals(False)
            return
        g = world.guests[path.guest]
        self.full_title = f"{g.name} — {stack_words(world, path.guest)}"
        # Rich text with the name escaped: a tooltip that looks like HTML would be rendered as HTML.
        self.title.setToolTip(f"<p>{escape(self.full_title)}</p>")
        self._elide_title()
        for k, h in enumerate(path.hops, 1):
            cost = f"{number(h.cost)} {pt.unit_name(h.unit)}" if h.cost else "—"
            self.hops.addItem(f"{k}. {self.place(h.node, h.layer)}  ·  {cost}")
        self.hops.blockSignals(False)
        # As tall as its rows (up to a limit), so the explanation gets the rest.
        rows = sum(self.hops.sizeHintForRow(i) for i in range(self.hops.count()))
        height = min(rows + 2 * self.hops.frameWidth() + 6, 240)
        self.hops.setMaximumHeight(height)
        self.hops.setMinimumHeight(min(height, 84))  # about four rows; the list scrolls to the step
        self.total.setPlainText(self._total_text())
        self.set_step(min(self.step, len(path.hops) - 1))

    def _elide_title(self) -> None:
        """One line, cut with "…" when narrow; the whole title is the tooltip."""
        full = self.full_title
        self.title.setText(self.title.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight,
                                                               max(40, self.width() - 4)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide_title()

    def place(self, node: str, layer: str) -> str:
        """The layer's name, with the guest's or host's name where it has one."""
        owner = node.split("/", 1)[0]
        w = self.world
        name = w.guests[owner].name if owner in w.guests else (w.hosts[owner].name if owner in w.hosts else "")
        if layer in ("app", "guestos", "container", "hardware") and name:
            return f"{pt.layer_name(layer)} ({name})"
        return pt.layer_name(layer)

    def set_step(self, step: int) -> None:
        if self.path is None:
            return
        self.step = max(0, min(step, len(self.path.hops) - 1))
        self.hops.blockSignals(True)
        self.hops.setCurrentRow(self.step)
        self.hops.blockSignals(False)
        self.text.setPlainText(self.explain())

    def current_node(self) -> str:
        return self.path.hops[self.step].node if self.path else ""

    def _row_clicked(self, row: int) -> None:
        if row >= 0 and self.on_row is not None:
            self.on_row(row)

    # --- texts --------------------------------------------------------------------------
    def explain(self) -> str:
        p, k = self.path, self.step
        h = p.hops[k]
        unit = pt.unit_name(h.unit)
        lines = [fill(self.tr("Step %1 of %2: %3"), str(k + 1), str(len(p.hops)), self.place(h.node, h.layer)), "", pt.action(h.action), ""]
        if h.cost:
            source = self.tr("assumption") if h.source == "assumption" else f"[{h.source}] {SOURCES[h.source]}"
            lines.append(fill(self.tr("Cost: %1 %2 — %3"), number(h.cost), unit, source))
        else:
            lines.append(self.tr("Cost: counted in the neighbouring steps."))
        so_far = sum(x.cost for x in p.hops[:k + 1])
        lines.append(fill(self.tr("So far: %1 of %2 %3"), number(so_far), number(p.total), unit) + self._counts(p.hops[:k + 1]))
        for key in p.explanations:
            lines += ["", pt.explanation(key)]
        return "\n".join(lines)

    def _counts(self, hops) -> str:
        parts = [pt.count_text(c, sum(getattr(h, c) for h in hops))
                 for c in ("exits", "switches", "copies", "refs") if any(getattr(h, c) for h in hops)]
        return " · " + ", ".join(parts) if parts else ""

    def _total_text(self) -> str:
        p = self.path
        unit = pt.unit_name(p.unit)
        text = fill(self.tr("Total: %1 %2"), number(p.total), unit) + self._counts(p.hops)
        e = p.engine
        if e:
            native = p.total * e["efficiency"]
            source = self.tr("assumption") if e["source"] == "assumption" else f"[{e['source']}]"
            text += "\n" + (fill(self.tr("The engine runs this work at %1× native on this stack (%2): %3 %4 instead of "
                               "%5 natively. The %6 workload runs at %7×."), f"{e['efficiency']:.2f}", source, number(p.total), unit, number(native), workload_text(e["workload"]), f"{e['speed']:.2f}"))
        return text
