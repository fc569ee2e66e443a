"""New host: hardware template, name, and how it is virtualized.

The choice is checked by ``core.sim.rules.check_mode`` on the host as it would be
(an old laptop without VT-x cannot run KVM), and the reason is shown before
OK is allowed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import PRODUCTS_BY_MODE, Mode, Product
from core.model.objects import Host
from core.sim import rules
from gui.dialogs import checked_form_layout, combo_named, fill_combo
from gui.document.document import Document
from gui.text.reasons import reason_text
from gui.text.substitute import fill
from gui.text.value_names import host_template_text, mode_text, product_text


def template_text(template: str) -> str:
    hw = HOST_TEMPLATES[template]
    cpu = hw.cpu
    flags = [f for f, on in ((cpu.vtx_name, cpu.vtx), (cpu.ept_name, cpu.ept), ("IOMMU", cpu.iommu)) if on]
    name = host_template_text(template)
    detail = fill(QCoreApplication.translate("NewHostDialog", "%1 cores, %2 GB, %3"), str(cpu.cores), str(hw.memory_mb // 1024), ", ".join(flags) or QCoreApplication.translate("NewHostDialog", "no virtualization extensions"))
    return f"{name} — {detail}"


class NewHostDialog(QDialog):
    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.setObjectName("newHostDialog")
        self.setWindowTitle(self.tr("New Host"))
        self.doc = document
        form = QFormLayout()
        self.template = combo_named(self, "templateCombo")
        fill_combo(self.template, [(template_text(t), t) for t in HOST_TEMPLATES], "lab-pc")
        self.name = QLineEdit(self)
        self.name.setObjectName("nameEdit")
        self.mode = combo_named(self, "modeCombo")
        fill_combo(self.mode, [(mode_text(m), m.value) for m in Mode], Mode.HOSTED.value)
        self.product = combo_named(self, "productCombo")
        form.addRow(self.tr("&Hardware:"), self.template)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Virtualization:"), self.mode)
        form.addRow(self.tr("&Product:"), self.product)
        self.reason, self.buttons = checked_form_layout(self, form)

        self.template.currentIndexChanged.connect(self._template_changed)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.product.currentIndexChanged.connect(self._validate)
        self.name.textChanged.connect(self._validate)
        self._template_changed()
        self._mode_changed()
        self.setMinimumWidth(460)

    def _template_changed(self) -> None:
        base = host_template_text(self.template_id()) if self.template_id() else self.tr("Host")
        names = {h.name for h in self.doc.world.hosts.values()}
        name, k = base, 2
        while name in names:
            name, k = f"{base} {k}", k + 1
        self.name.setText(name)
        self._validate()

    def _mode_changed(self) -> None:
        fill_combo(self.product, [(product_text(p), p.value) for p in PRODUCTS_BY_MODE[self.mode_value()]])
        self.product.setEnabled(self.product.count() > 0)
        self._validate()

    # --- the answer ---------------------------------------------------------------------
    def template_id(self) -> str:
        return self.template.currentData()

    def host_name(self) -> str:
        return self.name.text().strip()

    def mode_value(self) -> Mode:
        return Mode(self.mode.currentData())

    def product_value(self) -> Product | None:
        data = self.product.currentData()
        return Product(data) if data else None

    def verdict(self) -> rules.Verdict:
        hw = HOST_TEMPLATES[self.template_id()]
        # A host of this kind as it would be: core decides whether the mode fits it.
        candidate = Host("new", self.host_name(), hw, Mode.NATIVE, None)
        return rules.check_mode(candidate, self.mode_value(), self.product_value(), [])

    def _validate(self) -> None:
        if not self.host_name():
            text = self.tr("Give the host a name.")
        else:
            text = reason_text(self.verdict())
        self.reason.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not text)

    def accept(self) -> None:
        if self.reason.text():
            return
        self.created = self.doc.add_host(self.template_id(), self.host_name(), self.mode_value(), self.product_value())
        super().accept()
