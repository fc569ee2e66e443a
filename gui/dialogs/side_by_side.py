"""VMs vs containers on the same hardware: start time, memory, how many fit, isolation.

The numbers come from ``core.course.capacity``; the dialog only lays them out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.course import capacity
from core.model.catalog import IMAGES, VM_TEMPLATES
from core.model.hardware import HOST_TEMPLATES
from gui.text.substitute import fill
from gui.text.value_names import catalog_text


class SideBySideDialog(QDialog):
    def __init__(self, parent=None, hardware=None):
        super().__init__(parent)
        self.setObjectName("sideBySideDialog")
        self.setWindowTitle(self.tr("VMs and Containers Side by Side"))
        self.hardware = hardware or HOST_TEMPLATES["lab-pc"]
        self.vm = QComboBox()
        self.vm.setObjectName("sideVmCombo")
        for t in VM_TEMPLATES.values():
            self.vm.addItem(catalog_text(t.name), t.id)
        self.image = QComboBox()
        self.image.setObjectName("sideImageCombo")
        for i in IMAGES.values():
            self.image.addItem(i.name, i.id)
        self.image.setCurrentIndex(self.image.findData("nginx"))
        for combo in (self.vm, self.image):
            combo.currentIndexChanged.connect(self.refresh)
        form = QFormLayout()
        form.addRow(self.tr("Virtual machine:"), self.vm)
        form.addRow(self.tr("Container image:"), self.image)
        self.table = QTableWidget(6, 2)
        self.table.setObjectName("sideTable")
        self.table.setHorizontalHeaderLabels([self.tr("VM (KVM)"), self.tr("Container (Docker)")])
        self.table.setVerticalHeaderLabels([self.tr("Start time"), self.tr("Memory per guest"),
                                            self.tr("How many fit in RAM"), self.tr("Kernel"),
                                            self.tr("Isolation boundary"),
                                            self.tr("What you ship (build once, run anywhere)")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # The table is exactly as big as its rows and headers (no empty area, no
        # scroll bars); row titles wrap rather than being cut, and rows grow to fit.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                 | Qt.TextFlag.TextWordWrap)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMaximumWidth(rows.fontMetrics().averageCharWidth() * 26)
        rows.setMinimumSectionSize(rows.fontMetrics().height() + 10)  # room around CJK glyphs too
        self.table.setWordWrap(True)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        for policy in (self.table.setVerticalScrollBarPolicy, self.table.setHorizontalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        note = QLabel(self.tr("A container has no kernel of its own: it starts like a process and needs "
                              "only its application's memory, but a fault in the shared kernel stops every "
                              "container on the host. A VM boots a whole OS and keeps its own kernel. An image is built "
                              "once and runs the same on any host with a Linux kernel and a container engine."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.table)
        lay.addWidget(note)
        lay.addStretch(1)
        lay.addWidget(buttons)
        self.refresh()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.adjustSize()  # fit the dialog to the table and the note

    def refresh(self, *_args) -> None:
        vm = capacity.vm_footprint(self.hardware, self.vm.currentData())
        ctr = capacity.container_footprint(self.hardware, self.image.currentData())
        for col, f in enumerate((vm, ctr)):
            cells = (
                fill(self.tr("%1 s"), f"{f.start_s:g}"),
                fill(self.tr("%1 MB"), f"{f.memory_mb:.0f}"),
                str(f.fits),
                self.tr("its own") if f.own_kernel else self.tr("shared with the host"),
                self.tr("the hypervisor: a separate kernel per VM") if f.boundary == "hypervisor"
                else self.tr("the kernel: namespaces and cgroups"),
                fill(self.tr("a %1 GB disk with a whole OS"), f"{f.ship_mb / 1024:.0f}") if f.kind == "vm"
                else fill(self.tr("a %1 MB image: the app and its libraries, layers shared"), f"{f.ship_mb:.0f}"),
            )
            for row, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self._fit_table()

    def _fit_table(self) -> None:
        """Exactly the rows and the header: no empty area below, nothing scrolled away."""
        t = self.table
        t.setFixedHeight(t.horizontalHeader().sizeHint().height() + t.verticalHeader().length()
                         + 2 * t.frameWidth())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_table()  # the header knows its final font (CJK fallback) only once polished
