"""VMs vs containers on the same hardware: start time, memory, how many fit, isolation.

The numbers come from ``core.capacity``; the dialog only lays them out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core import capacity
from core.catalog import IMAGES, VM_TEMPLATES
from core.hardware import HOST_TEMPLATES


class SideBySideDialog(QDialog):
    def __init__(self, parent=None, hardware=None):
        super().__init__(parent)
        self.setObjectName("sideBySideDialog")
        self.setWindowTitle(self.tr("VMs and Containers Side by Side"))
        self.hardware = hardware or HOST_TEMPLATES["lab-pc"]
        self.vm = QComboBox()
        self.vm.setObjectName("sideVmCombo")
        for t in VM_TEMPLATES.values():
            self.vm.addItem(t.name, t.id)
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
        self.table = QTableWidget(4, 2)
        self.table.setObjectName("sideTable")
        self.table.setHorizontalHeaderLabels([self.tr("VM (KVM)"), self.tr("Container (Docker)")])
        self.table.setVerticalHeaderLabels([self.tr("Start time"), self.tr("Memory per guest"),
                                            self.tr("How many fit in RAM"), self.tr("Kernel")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        note = QLabel(self.tr("A container has no kernel of its own: it starts like a process and needs "
                              "only its application's memory, but a fault in the shared kernel stops every "
                              "container on the host. A VM boots a whole OS and keeps its own kernel."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.table)
        lay.addWidget(note)
        lay.addWidget(buttons)
        self.refresh()
        self.resize(560, 360)

    def refresh(self, *_args) -> None:
        vm = capacity.vm_footprint(self.hardware, self.vm.currentData())
        ctr = capacity.container_footprint(self.hardware, self.image.currentData())
        for col, f in enumerate((vm, ctr)):
            cells = (
                self.tr("%1 s").replace("%1", f"{f.start_s:g}"),
                self.tr("%1 MB").replace("%1", f"{f.memory_mb:.0f}"),
                str(f.fits),
                self.tr("its own") if f.own_kernel else self.tr("shared with the host"),
            )
            for row, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
