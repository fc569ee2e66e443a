"""Guest settings: a VM's virtual hardware or a container's limits, and its workload.

Every edit is checked with ``world.check_update`` at once; the reason shows in
the dialog and OK stays disabled until core agrees.  Numeric fields accept the
whole range core knows (``core.sim.rules.LIMITS``), not just what the host can
give, so a student who asks for 64 vCPUs on an 8-core PC is told why not.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
)

from core.model.kinds import CONTAINER_NETWORKS, VM_NETWORKS, IoPath, Network, Technique
from core.model.objects import ContainerConfig, VmConfig
from core.model.workloads import WORKLOADS
from core.sim.rules import LIMITS
from gui.dialogs import checked_form_layout, combo_named, fill_combo
from gui.dialogs.vm_devices import DevicePages, info_label
from gui.document.document import Document
from gui.text.reasons import reason_text
from gui.text.substitute import fill
from gui.text.value_names import io_text, network_text, technique_text, workload_text


def sriov_check(parent, checked: bool = False) -> QCheckBox:
    """The "SR-IOV virtual function" box of a VM's NIC; core decides whether the host can give one."""
    box = QCheckBox(QCoreApplication.translate("GuestSettingsDialog", "SR-IOV virtual function for the network"),
                    parent)
    box.setObjectName("sriovCheck")
    box.setToolTip(QCoreApplication.translate(
        "GuestSettingsDialog",
        "The VM gets its own slice (a virtual function) of a physical NIC that supports SR-IOV, assigned to "
        "it through the IOMMU: its network traffic bypasses the hypervisor and runs at nearly native speed. "
        "Needs an SR-IOV NIC, an IOMMU and a bare-metal or hybrid hypervisor, and a VM holding one cannot be "
        "live-migrated."))
    box.setChecked(checked)
    return box


def _int_spin(parent, name: str, field: str, value: int, step: int = 1, suffix: str = "") -> QSpinBox:
    low, high, _unit = LIMITS[field]
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(int(low), int(high))
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(True)
    return spin


class GuestSettingsDialog(QDialog):
    def __init__(self, document: Document, guest_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("guestSettingsDialog")
        self.doc, self.guest_id = document, guest_id
        g = document.world.guests[guest_id]
        host = document.world.hosts[g.host_id]
        self.setWindowTitle(fill(self.tr("Settings of %1"), g.name))
        self.original = (g.config, g.workload)
        form = QFormLayout()
        where = QLabel(fill(self.tr("%1 on %2"), g.name, host.name), self)
        where.setObjectName("guestLabel")
        where.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(where)
        c = g.config
        self.inputs = []
        if isinstance(c, VmConfig):
            self.vcpus = _int_spin(self, "vcpusSpin", "vcpus", c.vcpus)
            self.memory = _int_spin(self, "memorySpin", "memory_mb", c.memory_mb, 256, " MB")
            self.technique = combo_named(self, "techniqueCombo")
            fill_combo(self.technique, [(technique_text(t), t.value) for t in Technique], c.technique.value)
            self.ept = QCheckBox(self.tr("Use EPT / NPT when the CPU has it"), self)
            self.ept.setObjectName("eptCheck")
            self.ept.setChecked(c.ept)
            self.io = combo_named(self, "ioCombo")
            fill_combo(self.io, [(io_text(i), i.value) for i in IoPath], c.io.value)
            self.sriov = sriov_check(self, c.sriov)
            networks = VM_NETWORKS
            self.inputs += [self.vcpus, self.memory, self.technique, self.ept, self.io, self.sriov]
        else:
            low, high, _ = LIMITS["cpu_limit"]
            self.cpu_limit = QDoubleSpinBox(self)
            self.cpu_limit.setObjectName("cpuLimitSpin")
            self.cpu_limit.setRange(low, high)
            self.cpu_limit.setSingleStep(0.5)
            self.cpu_limit.setDecimals(1)
            self.cpu_limit.setValue(c.cpu_limit)
            self.cpu_limit.setSuffix(self.tr(" cores"))
            self.memory_limit = _int_spin(self, "memoryLimitSpin", "memory_limit_mb", c.memory_limit_mb, 64, " MB")
            networks = CONTAINER_NETWORKS
            form.addRow(self.tr("&CPU limit:"), self.cpu_limit)
            form.addRow(self.tr("&Memory limit:"), self.memory_limit)
            self.inputs += [self.cpu_limit, self.memory_limit]
        self.network = combo_named(self, "networkCombo")
        fill_combo(self.network, [(network_text(n), n.value) for n in networks], c.network.value)
        self.workload = combo_named(self, "workloadCombo")
        fill_combo(self.workload, [(workload_text(w), w) for w in WORKLOADS], g.workload)
        self.inputs += [self.network, self.workload]
        self.devices: DevicePages | None = None
        if isinstance(c, VmConfig):
            form.addRow(self._device_pages(c))
        else:
            form.addRow(self.tr("&Network:"), self.network)
            form.addRow(self.tr("&Workload:"), self.workload)

        self.reason, self.buttons = checked_form_layout(self, form)
        for w in self.inputs:
            sig = {QSpinBox: "valueChanged", QDoubleSpinBox: "valueChanged", QCheckBox: "toggled"}.get(
                type(w), "currentIndexChanged")
            getattr(w, sig).connect(self._validate)
        self.setMinimumWidth(620 if self.devices is not None else 440)
        self._validate()

    def _device_pages(self, c: VmConfig) -> DevicePages:
        """The VM's virtual hardware as devices, VMware's way: a list on the left, a page on the right."""
        d = self.devices = DevicePages(self)
        d.add("cpu", self.tr("Processors"), [(self.tr("&Processors (vCPUs):"), self.vcpus),
                                             (self.tr("&Technique:"), self.technique), ("", self.ept)])
        d.add("memory", self.tr("Memory"), [(self.tr("&Memory:"), self.memory)])
        disk = fill(self.tr("%1 GB, thin: the file grows as the guest writes") if c.thin_disk
                    else self.tr("%1 GB, thick: the whole size was taken at once"), str(c.disk_gb))
        d.add("disk", self.tr("Hard Disk"), [(self.tr("Size:"), info_label(disk, self)),
                                            (self.tr("&I/O path:"), self.io)])
        d.add("nic", self.tr("Network Adapter"), [(self.tr("&Network:"), self.network), ("", self.sriov)])
        d.add("display", self.tr("Display"), [(None, info_label(self.tr(
            "A text console: the VM's tab shows what the guest prints while it boots and runs."), self))])
        d.add("workload", self.tr("Workload"), [(self.tr("&Workload:"), self.workload)])
        d.set_summary("display", self.tr("Text console"))
        self._summarize()
        d.fit_height()
        return d

    def _summarize(self) -> None:
        d, cfg = self.devices, self.config()
        if d is None or not isinstance(cfg, VmConfig):
            return
        d.set_summary("cpu", self.tr("1 vCPU") if cfg.vcpus == 1 else fill(self.tr("%1 vCPUs"), str(cfg.vcpus)))
        d.set_summary("memory", fill(self.tr("%1 GB"), f"{cfg.memory_mb / 1024:g}"))
        d.set_summary("disk", fill(self.tr("%1 GB · %2"), str(cfg.disk_gb), io_text(cfg.io)))
        d.set_summary("nic", network_text(cfg.network))
        d.set_summary("workload", workload_text(self.workload_id()))

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def config(self) -> VmConfig | ContainerConfig:
        old = self.original[0]
        net = Network(self.network.currentData())
        if isinstance(old, VmConfig):
            return replace(old, vcpus=self.vcpus.value(), memory_mb=self.memory.value(),
                           technique=Technique(self.technique.currentData()), ept=self.ept.isChecked(),
                           io=IoPath(self.io.currentData()), network=net, sriov=self.sriov.isChecked())
        return replace(old, cpu_limit=round(self.cpu_limit.value(), 1),
                       memory_limit_mb=self.memory_limit.value(), network=net)

    def workload_id(self) -> str:
        return self.workload.currentData()

    def _validate(self, *_args) -> None:
        if self.guest_id not in self.doc.world.guests:  # deleted while the dialog was open
            self.reason.setText(self.tr("This guest no longer exists."))
            self.ok_button().setEnabled(False)
            return
        cfg = self.config()
        self._summarize()
        text = reason_text(self.doc.world.check_update(self.guest_id, cfg)) if cfg != self.original[0] else ""
        self.reason.setText(text)
        self.ok_button().setEnabled(not text)

    def accept(self) -> None:
        self._validate()
        if not self.ok_button().isEnabled():
            return
        cfg, workload = self.config(), self.workload_id()
        changed_cfg = cfg if cfg != self.original[0] else None
        changed_wl = workload if workload != self.original[1] else None
        if changed_cfg is not None or changed_wl is not None:
            if not self.doc.update_guest(self.guest_id, changed_cfg, changed_wl):
                return
        super().accept()
