"""The New Virtual Machine wizard: where, from what, and with which hardware.

Defaults come from ``core.edits.guests.template_config`` (the same ones a palette drop
uses: hardware assist when the CPU has VT-x, EPT/NPT, paravirtual I/O, NAT, a
thin disk of the template's size, the template's workload), so the student can
press Finish at once and get what VMware's "typical" wizard gives.  Each page
is complete only when ``core`` accepts it (``world.check_add_guest``: placement,
datastore space, SR-IOV); the reason is shown.  The summary lists every choice.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage

from core import edits
from core.edits.guests import guest_from_template, template_config, unique_name
from core.model.catalog import GUEST_OSES, VM_TEMPLATES
from core.model.kinds import VM_NETWORKS, IoPath, Network, Technique
from core.model.objects import Guest, VmConfig
from core.model.workloads import WORKLOADS
from gui.dialogs import ReasonLabel, combo_named, fill_combo
from gui.dialogs.guest_settings import _int_spin, sriov_check
from gui.document.document import Document
from gui.text.reasons import reason_text
from gui.text.substitute import fill
from gui.text.value_names import catalog_text, io_text, mode_text, network_text, technique_text, workload_text


def ept_check(parent) -> QCheckBox:
    """The guest settings' EPT/NPT box (same text, so the same translation)."""
    box = QCheckBox(QCoreApplication.translate("GuestSettingsDialog", "Use EPT / NPT when the CPU has it"), parent)
    box.setObjectName("eptCheck")
    return box


class _CheckedPage(QWizardPage):
    """A page that is complete when ``check()`` returns no reason; shows the reason."""

    def __init__(self, title: str, subtitle: str, check, parent=None, on_enter=None):
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.check, self.on_enter = check, on_enter
        self.form = QFormLayout()
        self.reason = ReasonLabel(self)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addStretch(1)
        lay.addWidget(self.reason)

    def revalidate(self, *_args) -> None:
        self.reason.setText(self.check())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.check()

    def initializePage(self) -> None:
        if self.on_enter:
            self.on_enter()


class NewVmWizard(QWizard):
    def __init__(self, document: Document, host_id: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("newVmWizard")
        self.setWindowTitle(self.tr("New Virtual Machine"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.doc = document
        self.created: str | None = None

        # Page 1: host and template
        self.place_page = _CheckedPage(self.tr("Host and operating system"),
                                       self.tr("Choose the host that will run the VM and the guest OS to install."),
                                       self._place_reason, self)
        self.host = combo_named(self.place_page, "hostCombo")
        fill_combo(self.host, [(f"{h.name} — {mode_text(h.mode)}", h.id) for h in document.world.hosts.values()],
                   host_id or None)
        self.template = combo_named(self.place_page, "templateCombo")
        fill_combo(self.template, [(f"{catalog_text(t.name)} ({catalog_text(GUEST_OSES[t.os].name)})", t.id) for t in VM_TEMPLATES.values()])
        self.place_page.form.addRow(self.tr("&Host:"), self.host)
        self.place_page.form.addRow(self.tr("&Guest OS:"), self.template)
        self.host.currentIndexChanged.connect(self.place_page.revalidate)
        self.template.currentIndexChanged.connect(self.place_page.revalidate)
        self.addPage(self.place_page)

        # Page 2: hardware
        self.hw_page = _CheckedPage(self.tr("Virtual hardware"),
                                    self.tr("The defaults suit the host; change them to see what core allows."),
                                    self._config_reason, self, on_enter=self._load_defaults)
        self.name = QLineEdit(self.hw_page)
        self.name.setObjectName("nameEdit")
        self.vcpus = _int_spin(self.hw_page, "vcpusSpin", "vcpus", 1)
        self.memory = _int_spin(self.hw_page, "memorySpin", "memory_mb", 1024, 256, " MB")
        self.disk = _int_spin(self.hw_page, "diskSpin", "disk_gb", 20, 5, " GB")
        self.provisioning = combo_named(self.hw_page, "provisioningCombo")
        fill_combo(self.provisioning, [(self.tr("Thin: the file grows as the guest writes"), "thin"),
                                       (self.tr("Thick: the whole size is taken at once"), "thick")])
        self.technique = combo_named(self.hw_page, "techniqueCombo")
        fill_combo(self.technique, [(technique_text(t), t.value) for t in Technique])
        self.ept = ept_check(self.hw_page)
        self.io = combo_named(self.hw_page, "ioCombo")
        fill_combo(self.io, [(io_text(i), i.value) for i in IoPath])
        self.network = combo_named(self.hw_page, "networkCombo")
        fill_combo(self.network, [(network_text(n), n.value) for n in VM_NETWORKS])
        self.sriov = sriov_check(self.hw_page)
        self.workload = combo_named(self.hw_page, "workloadCombo")
        fill_combo(self.workload, [(workload_text(w), w) for w in WORKLOADS])
        f = self.hw_page.form
        f.addRow(self.tr("&Name:"), self.name)
        f.addRow(self.tr("&Processors (vCPUs):"), self.vcpus)
        f.addRow(self.tr("&Memory:"), self.memory)
        f.addRow(self.tr("&Disk size:"), self.disk)
        f.addRow(self.tr("Disk &provisioning:"), self.provisioning)
        f.addRow(self.tr("&Technique:"), self.technique)
        f.addRow("", self.ept)
        f.addRow(self.tr("&I/O path:"), self.io)
        f.addRow(self.tr("N&etwork:"), self.network)
        f.addRow("", self.sriov)
        f.addRow(self.tr("&Workload:"), self.workload)
        self.name.textChanged.connect(self.hw_page.revalidate)
        for box in (self.ept, self.sriov):
            box.toggled.connect(self.hw_page.revalidate)
        for spin in (self.vcpus, self.memory, self.disk):
            spin.valueChanged.connect(self.hw_page.revalidate)
        for combo in (self.provisioning, self.technique, self.io, self.network, self.workload):
            combo.currentIndexChanged.connect(self.hw_page.revalidate)
        self.addPage(self.hw_page)

        # Page 3: summary
        self.summary_page = _CheckedPage(self.tr("Ready to create"), self.tr("Press Finish to create the VM."),
                                         lambda: "", self, on_enter=self._fill_summary)
        self.summary = QLabel(self.summary_page)
        self.summary.setObjectName("summaryLabel")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # holds the VM's and host's names
        self.summary.setWordWrap(True)
        self.summary_page.form.addRow(self.summary)
        self.power_on = QCheckBox(self.tr("&Power on this virtual machine after creation"), self.summary_page)
        self.power_on.setObjectName("powerOnCheck")
        self.summary_page.form.addRow(self.power_on)
        self.addPage(self.summary_page)
        self.place_page.revalidate()
        self.resize(600, 560)

    # --- the answer -------------------------------------------------------------------
    def host_id(self) -> str:
        return self.host.currentData() or ""

    def template_id(self) -> str:
        return self.template.currentData()

    def vm_name(self) -> str:
        return self.name.text().strip()

    def workload_id(self) -> str:
        return self.workload.currentData()

    def config(self) -> VmConfig:
        base, _, _ = template_config(self.doc.world.hosts[self.host_id()], "vm", self.template_id())
        return replace(base, vcpus=self.vcpus.value(), memory_mb=self.memory.value(), disk_gb=self.disk.value(),
                       thin_disk=self.provisioning.currentData() == "thin",
                       technique=Technique(self.technique.currentData()), ept=self.ept.isChecked(),
                       io=IoPath(self.io.currentData()), network=Network(self.network.currentData()),
                       sriov=self.sriov.isChecked())

    def _place_reason(self) -> str:
        if not self.host_id():
            return self.tr("Add a host first: a VM needs a host to run on.")
        return reason_text(guest_from_template(self.doc.world, self.host_id(), "vm", self.template_id(), probe=True)
                           .check(self.doc.world))

    def _config_reason(self) -> str:
        if not self.vm_name():
            return self.tr("Give the virtual machine a name.")
        return reason_text(self.doc.world.check_add_guest(self.host_id(), self.config()))

    def _load_defaults(self) -> None:
        cfg, workload, name = template_config(self.doc.world.hosts[self.host_id()], "vm", self.template_id())
        self.name.setText(unique_name(self.doc.world, catalog_text(name)))
        self.vcpus.setValue(cfg.vcpus)
        self.memory.setValue(cfg.memory_mb)
        self.disk.setValue(cfg.disk_gb)
        for combo, value in ((self.provisioning, "thin" if cfg.thin_disk else "thick"),
                             (self.technique, cfg.technique.value), (self.io, cfg.io.value),
                             (self.network, cfg.network.value), (self.workload, workload)):
            combo.setCurrentIndex(combo.findData(value))
        self.ept.setChecked(cfg.ept)
        self.sriov.setChecked(cfg.sriov)
        self.hw_page.revalidate()

    def summary_lines(self) -> list[str]:
        """Every choice of the wizard, one line each, as the VM will be created."""
        c = self.config()
        host = self.doc.world.hosts[self.host_id()]
        cpu = host.hardware.cpu
        disk = fill(self.tr("Disk: %1 GB, thin (grows as the guest writes)") if c.thin_disk
                else self.tr("Disk: %1 GB, thick (all of it taken at once)"), str(c.disk_gb))
        if not c.ept:
            ept = fill(self.tr("%1: off"), cpu.ept_name)
        elif not cpu.ept:
            ept = fill(self.tr("%1: on, but this host's CPU does not have it"), cpu.ept_name)
        elif c.technique is Technique.HARDWARE:
            ept = fill(self.tr("%1: used"), cpu.ept_name)
        else:
            ept = fill(self.tr("%1: on, used only with hardware assist"), cpu.ept_name)
        net = network_text(c.network)
        if c.sriov:
            net = fill(self.tr("%1, SR-IOV virtual function of the host's NIC"), net)
        return [
            fill(self.tr("Name: %1"), self.vm_name()),
            fill(self.tr("Host: %1"), host.name),
            fill(self.tr("Guest OS: %1"), catalog_text(GUEST_OSES[c.os].name)),
            fill(self.tr("Processors: %1 vCPUs"), str(c.vcpus)),
            fill(self.tr("Memory: %1 MB"), str(c.memory_mb)),
            disk,
            fill(self.tr("Technique: %1"), technique_text(c.technique)),
            ept,
            fill(self.tr("I/O path: %1"), io_text(c.io)),
            fill(self.tr("Network: %1"), net),
            fill(self.tr("Workload: %1"), workload_text(self.workload_id())),
        ]

    def _fill_summary(self) -> None:
        self.summary.setText("\n".join(self.summary_lines()))

    def accept(self) -> None:
        if self._place_reason() or self._config_reason():
            return
        self.created = create_vm(self.doc, self.host_id(), self.template_id(), self.config(), self.vm_name(),
                                 self.workload_id(), power_on=self.power_on.isChecked())
        super().accept()


def create_vm(doc: Document, host_id: str, template_id: str, config: VmConfig, name: str,
              workload: str | None = None, power_on: bool = False) -> str | None:
    """Add the VM the wizard describes, as one undo step; None when core refuses.

    ``workload`` defaults to the template's.  ``power_on`` starts it in the same
    step (a core Batch: one undo removes the VM, running or not)."""
    workload = workload or VM_TEMPLATES[template_id].workload
    if not power_on:
        _verdict, gid = doc.add_guest(host_id, config, workload, name)
        return gid
    gid = doc.world.new_id("vm")
    # Powering on needs what adding checks (room on the host), so the batch cannot fail half-way.
    batch = edits.Batch((edits.AddGuest(Guest(gid, name, host_id, config, workload)), edits.Power(gid, "power_on")),
                        edits.Description("add_guest_on", (name, doc.name_of(host_id))))
    return gid if doc.apply(batch) else None
