"""Compare Stacks: one guest and one workload on every stack, side by side.

The numbers come from ``core.course.compare.compare_json`` — the same call as
``virtlab-sim compare --json`` — so the GUI and the CLI always agree.  Rows are
grouped by mode (colour = mode) and sorted by speed relative to native; each
row shows a bar of relative performance, the slowdown stacked by the layer that
causes it, and the start-up time.  Exports: PNG (what is on screen) and CSV
(the JSON's numbers).
"""

from __future__ import annotations

import csv
from html import escape

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.course.compare import LAYER_KEYS, WORKLOAD_NAMES, compare_json
from gui.dialogs.compare_texts import header_unit, number, seconds_text, stack_text
from gui.shell import colors as pc
from gui.shell import icons
from gui.text.substitute import fill
from gui.text.value_names import benchmark_text, layer_name, mode_text

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
MODE_ORDER = ("native", "container", "hosted", "bare-metal", "hybrid")
# One colour per mode, from the layer colour of what defines it.
MODE_KIND = {"native": "hardware", "container": "container", "hosted": "vmm", "bare-metal": "hypervisor",
             "hybrid": "qemu"}
# Opened on a workload where the stacks differ (CPU-bound work runs near native everywhere).
DEFAULT_WORKLOAD = "os-heavy"
COL_STACK, COL_REL, COL_VALUE, COL_OVERHEAD, COL_START = range(5)
MIN_SECTION = 80  # px: a bar column keeps room for a short bar and its "+12 %" label
# A full overhead bar is never less than +100 % (twice the native time): on CPU-bound work, where
# every stack costs 0-2 %, a 1 % slowdown must look small, not like half of a bar scaled to 2 %.
OVERHEAD_FULL_SCALE = 1.0
STACK_SHARE = 0.42  # the stack column's text may take at most this share of the width

CSV_FIELDS = ("mode", "product", "technique", "ept", "io", "network", "value", "relative", "startup_s")


# Overhead segments: one distinct colour per layer (the graph's kind colours give
# the hypervisor and the KVM module the same hue, which a stacked bar cannot use).
_LAYER_HSL = {"hostos": (215, 170, 105), "vmm": (280, 120, 120), "hypervisor": (245, 120, 95),
              "mgmt": (40, 200, 110), "kvm": (195, 170, 95), "qemu": (15, 190, 120), "daemon": (170, 150, 95)}


def layer_color(key: str) -> QColor:
    return QColor.fromHsl(*_LAYER_HSL.get(key, (0, 0, 128)))


def mode_color(mode: str) -> QColor:
    return pc.kind_colors(MODE_KIND.get(mode, "hardware"))[1]


class BarDelegate(QStyledItemDelegate):
    """Relative speed (one bar, colour of the mode) or overhead (segments by layer)."""

    def __init__(self, view: CompareView):
        super().__init__(view.tree)
        self.view = view

    def paint(self, painter: QPainter, option, index) -> None:
        r = index.siblingAtColumn(0).data(RESULT_ROLE)
        super().paint(painter, option, index)
        if r is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 5, -60, -5)
        track = pc.METER_TRACK_DARK if pc.is_dark(option.palette) else pc.METER_TRACK_LIGHT
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, 3, 3)
        text_color = option.palette.color(QPalette.ColorRole.Text)
        if index.column() == COL_REL:
            w = round(rect.width() * max(0.0, min(1.0, r["relative"])))
            painter.setBrush(mode_color(r["mode"]))
            painter.drawRoundedRect(QRect(rect.left(), rect.top(), w, rect.height()), 3, 3)
            label = f"{r['relative']:.2f}×"
        else:
            x = float(rect.left())
            scale = rect.width() / self.view.max_overhead if self.view.max_overhead > 0 else 0.0
            for key in LAYER_KEYS:
                part = r["overhead"].get(key, 0.0)
                if part <= 0:
                    continue
                w = max(1.0, part * scale)
                painter.setBrush(layer_color(key))
                painter.drawRect(QRect(round(x), rect.top(), round(w), rect.height()))
                x += w
            total = sum(r["overhead"].values())
            label = f"+{total * 100:.0f} %" if total >= 0.005 else "—"
        painter.setPen(text_color)
        painter.drawText(QRect(rect.right() + 6, option.rect.top(), 54, option.rect.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(220, 24)


class Legend(QWidget):
    """Colour key for the overhead segments: only the layers that appear."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("compareLegend")
        self.keys: list[str] = []
        self.setMinimumHeight(22)

    def set_keys(self, keys: list[str]) -> None:
        self.keys = keys
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = 4
        fm = self.fontMetrics()
        p.drawText(x, 0, 400, self.height(), Qt.AlignmentFlag.AlignVCenter, QCoreApplication.translate("CompareView", "Slowdown caused by:"))
        x += fm.horizontalAdvance(QCoreApplication.translate("CompareView", "Slowdown caused by:")) + 10
        for key in self.keys:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(layer_color(key))
            p.drawRoundedRect(x, self.height() // 2 - 6, 12, 12, 2, 2)
            p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            name = layer_name(key)
            p.drawText(x + 16, 0, 300, self.height(), Qt.AlignmentFlag.AlignVCenter, name)
            x += 16 + fm.horizontalAdvance(name) + 14


class CompareView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareView")
        self.data: dict = {}
        self.max_overhead = 0.0

        self.workload = QComboBox()
        self.workload.setObjectName("compareWorkload")
        for w in WORKLOAD_NAMES:
            self.workload.addItem(benchmark_text(w), w)
        self.sort_check = QCheckBox(self.tr("Fastest first"))
        self.sort_check.setObjectName("compareSortCheck")
        self.sort_check.setChecked(True)
        png = QPushButton(icons.icon("graph"), self.tr("Export PNG…"))
        png.setObjectName("compareExportPng")
        png.clicked.connect(self._ask_png)
        csv_button = QPushButton(icons.icon("log"), self.tr("Export CSV…"))
        csv_button.setObjectName("compareExportCsv")
        csv_button.clicked.connect(self._ask_csv)
        top = QHBoxLayout()
        label = QLabel(self.tr("Workload:"))
        label.setBuddy(self.workload)
        for w in (label, self.workload, self.sort_check):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(png)
        top.addWidget(csv_button)

        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("compareTree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("Stack"), self.tr("Speed vs native"), self.tr("Measured"),
                                   self.tr("Overhead by layer"), self.tr("Start-up")])
        head = self.tree.headerItem()
        for col, tip in ((COL_STACK, self.tr("How the guest is virtualized: technique and I/O path")),
                         (COL_REL, self.tr("Speed relative to native hardware (1.00× = native)")),
                         (COL_OVERHEAD, self.tr("How much longer the work takes, split by the layer that costs the time")),
                         (COL_START, self.tr("Time from power-on to the application's first instruction"))):
            head.setToolTip(col, tip)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        delegate = BarDelegate(self)
        self.tree.setItemDelegateForColumn(COL_REL, delegate)
        self.tree.setItemDelegateForColumn(COL_OVERHEAD, delegate)
        # Numbers take what their header and values need; the two bar columns share
        # the rest; the stack column fits its text up to a share of the width (it
        # elides beyond that; its tooltip has the whole text).  Headers wrap onto a
        # second line rather than being cut (``_fit_columns``).
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                   | Qt.TextFlag.TextWordWrap)
        header.setSectionResizeMode(COL_STACK, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_REL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_OVERHEAD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_START, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(MIN_SECTION)
        header.sectionResized.connect(self._fit_header_height)
        self.legend = Legend()

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.legend)
        self.workload.setCurrentIndex(max(0, self.workload.findData(DEFAULT_WORKLOAD)))
        self.workload.currentIndexChanged.connect(self.refresh)
        self.sort_check.toggled.connect(self.refresh)
        self.refresh()

    # --- filling -------------------------------------------------------------------------
    def set_workload(self, workload: str) -> None:
        self.workload.setCurrentIndex(self.workload.findData(workload))

    def current_workload(self) -> str:
        return self.workload.currentData()

    def refresh(self) -> None:
        self.data = compare_json(self.current_workload())
        rows = self.data["results"]
        self.max_overhead = max((sum(r["overhead"].values()) for r in rows), default=0.0)
        self.max_overhead = max(self.max_overhead, OVERHEAD_FULL_SCALE)  # the bars' full width
        # Name the product only in a group whose rows use more than one (bare metal: ESXi and Xen).
        self._mixed = {m for m in MODE_ORDER if len({r["product"] for r in rows if r["mode"] == m}) > 1}
        better = self.tr("higher is better") if self.data["higher_is_better"] else self.tr("lower is better")
        self.summary.setText(fill(self.tr("One Ubuntu guest on a rack server, on every stack, run by the "
                                          "simulation until it is steady. Measured: %1 (%2). Bars: speed "
                                          "relative to native hardware, and how much longer the work takes, "
                                          "split by the layer that costs the time."),
                                  benchmark_text(self.data["workload"]), better))
        unit = self.data["unit"]
        self.tree.headerItem().setText(COL_VALUE, fill(self.tr("Measured in %1"), header_unit(unit)))
        self.tree.headerItem().setToolTip(COL_VALUE, fill(self.tr("%1, in %2 (%3)"), escape(benchmark_text(
            self.data["workload"])), escape(unit), escape(better)))
        self.tree.clear()
        for mode in MODE_ORDER:
            members = [r for r in rows if r["mode"] == mode]
            if not members:
                continue
            group = QTreeWidgetItem([mode_text(mode)])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setForeground(0, mode_color(mode))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            if self.sort_check.isChecked():
                members.sort(key=lambda r: -r["relative"])
            for r in members:
                group.addChild(self._row(r))
            group.setExpanded(True)
        used = {k for r in rows for k in r["overhead"]}
        self.legend.set_keys([k for k in LAYER_KEYS if k in used])
        self._fit_columns()

    # --- column widths -------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The stack column as wide as its text, within its share; then the header's height."""
        header = self.tree.header()
        fm = header.fontMetrics()
        want = max(self.tree.sizeHintForColumn(COL_STACK),
                   fm.horizontalAdvance(self.tree.headerItem().text(COL_STACK)) + 16)
        share = int(self.tree.viewport().width() * STACK_SHARE)
        header.resizeSection(COL_STACK, max(MIN_SECTION * 2, min(want + 8, share)))
        # A number column: as wide as its values, and its title up to ~14 characters (then it wraps).
        cap = fm.averageCharWidth() * 14
        for col in (COL_VALUE, COL_START):
            title = fm.horizontalAdvance(self.tree.headerItem().text(col)) + 16
            header.resizeSection(col, max(MIN_SECTION, self.tree.sizeHintForColumn(col) + 12, min(title, cap)))
        self._fit_header_height()

    def _fit_header_height(self, *_args) -> None:
        """As many header lines as the longest wrapped title needs (one if all fit)."""
        header = self.tree.header()
        fm = header.fontMetrics()
        margin = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_HeaderMargin)
        need = fm.height()
        for col in range(self.tree.columnCount()):
            width = header.sectionSize(col) - margin - 4
            if width > 0:
                text = self.tree.headerItem().text(col)
                need = max(need, fm.boundingRect(0, 0, width, 1000, int(Qt.TextFlag.TextWordWrap), text).height())
        height = need + margin + 4
        if header.minimumHeight() != height:
            header.setMinimumHeight(height)

    def _row(self, r: dict) -> QTreeWidgetItem:
        unit = self.data["unit"]
        text = stack_text(r, r["mode"] in self._mixed)
        item = QTreeWidgetItem([text, "", number(r["value"]), "", seconds_text(r["startup_s"])])
        item.setData(0, RESULT_ROLE, r)
        item.setTextAlignment(COL_VALUE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setTextAlignment(COL_START, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(COL_STACK, escape(stack_text(r, True)))
        item.setToolTip(COL_REL, fill(self.tr("%1 %2 — %3× the speed of native hardware"),
                                      number(r["value"]), escape(unit), f"{r['relative']:.3f}"))
        item.setToolTip(COL_VALUE, f"{number(r['value'])} {escape(unit)}")
        item.setToolTip(COL_OVERHEAD, self._overhead_tip(r))
        item.setToolTip(COL_START, fill(self.tr("From power-on to the application's first instruction: %1"), seconds_text(r["startup_s"])))
        return item

    def _overhead_tip(self, r: dict) -> str:
        if not r["overhead"]:
            return self.tr("No extra time: this stack runs the work at native speed.")
        lines = [fill(self.tr("%1: +%2 % of the native time"), layer_name(k), f"{v * 100:.1f}")
                 for k, v in r["overhead"].items()]
        for k, v in r["io_cpu_cores"].items():
            lines.append(fill(self.tr("%1 also burns %2 CPU cores moving the I/O"), layer_name(k), f"{v:.2f}"))
        return "<br>".join(escape(x) for x in lines)

    # --- reading back (tests, exports) ------------------------------------------------------
    def results(self) -> list[dict]:
        """The rows as shown, in display order."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            out += [group.child(j).data(0, RESULT_ROLE) for j in range(group.childCount())]
        return out

    # --- export ----------------------------------------------------------------------------
    def export_png(self, path) -> bool:
        """The whole table, not just the part scrolled into view."""
        old = self.size()
        rows = sum(1 + self.tree.topLevelItem(i).childCount() for i in range(self.tree.topLevelItemCount()))
        row_h = self.tree.sizeHintForRow(0) if rows else 0
        extra = max(0, rows * row_h + self.tree.header().height() + row_h - self.tree.viewport().height())
        self.resize(old.width(), old.height() + extra)
        self.layout().activate()
        ok = self.grab().save(str(path), "PNG")
        self.resize(old)
        return ok

    def export_csv(self, path) -> bool:
        """One row per stack: the JSON's fields, then overhead and I/O CPU per layer."""
        rows = self.data["results"]
        try:
            with open(path, "w", newline="", encoding="utf-8") as f:
                out = csv.writer(f)
                out.writerow(["workload", "unit", *CSV_FIELDS, *(f"overhead_{k}" for k in LAYER_KEYS),
                              *(f"io_cpu_cores_{k}" for k in LAYER_KEYS)])
                for r in rows:
                    out.writerow([self.data["workload"], self.data["unit"],
                                  *("" if r[k] is None else r[k] for k in CSV_FIELDS),
                                  *(r["overhead"].get(k, 0.0) for k in LAYER_KEYS),
                                  *(r["io_cpu_cores"].get(k, 0.0) for k in LAYER_KEYS)])
        except OSError:
            return False
        return True

    def _ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PNG"), f"compare-{self.current_workload()}.png",
                                              self.tr("PNG images (*.png)"))
        if path:
            self.export_png(path)

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), f"compare-{self.current_workload()}.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)
