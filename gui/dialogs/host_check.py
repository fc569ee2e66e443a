"""Help > Can this PC virtualize?  The real machine's facts and what real hypervisors could do on it.

Core (``core.course.hostcheck``) reads the machine and judges each stack with a
stable reason code; this dialog only translates and draws the answer, so it
says the same as ``virtlab-sim host-check``.  Where a fact could not be read
the dialog says "unknown" and shows why.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from core.course.hostcheck import format_host_check, host_check
from core.course.machine_facts import FACT_KEYS, UNKNOWN_HYPERVISOR
from gui.shell import colors as pc
from gui.text.plain import plain_tip

_C = "HostCheck"
FACT_NAMES = {
    "os": QT_TRANSLATE_NOOP("HostCheck", "Operating system"),
    "cpu_vendor": QT_TRANSLATE_NOOP("HostCheck", "CPU vendor"),
    "cpu_model": QT_TRANSLATE_NOOP("HostCheck", "CPU model"),
    "hw_virt": QT_TRANSLATE_NOOP("HostCheck", "Hardware virtualization (VT-x / AMD-V)"),
    "slat": QT_TRANSLATE_NOOP("HostCheck", "Second-level paging (EPT / NPT)"),
    "firmware_enabled": QT_TRANSLATE_NOOP("HostCheck", "Enabled in firmware (BIOS/UEFI)"),
    "kvm_device": QT_TRANSLATE_NOOP("HostCheck", "KVM device (/dev/kvm)"),
    "kvm_access": QT_TRANSLATE_NOOP("HostCheck", "This user may use /dev/kvm"),
    "in_vm": QT_TRANSLATE_NOOP("HostCheck", "Running inside a VM"),
    "hyperv": QT_TRANSLATE_NOOP("HostCheck", "Hyper-V present"),
    "dmi": QT_TRANSLATE_NOOP("HostCheck", "Machine maker and model"),
}
STACK_NAMES = {
    "hosted": QT_TRANSLATE_NOOP("HostCheck", "Hosted hypervisor (VMware Workstation, VirtualBox)"),
    "bare-metal": QT_TRANSLATE_NOOP("HostCheck", "Bare-metal hypervisor (ESXi, Xen, Hyper-V)"),
    "hybrid": QT_TRANSLATE_NOOP("HostCheck", "Hybrid hypervisor (KVM + QEMU)"),
}
STATUS_NAMES = {
    "yes": QT_TRANSLATE_NOOP("HostCheck", "Yes"),
    "limited": QT_TRANSLATE_NOOP("HostCheck", "Limited"),
    "no": QT_TRANSLATE_NOOP("HostCheck", "No"),
    "unknown": QT_TRANSLATE_NOOP("HostCheck", "Unknown"),
}
STATUS_COLORS = {"yes": pc.ACCEPT, "limited": pc.METER_WARN, "no": pc.REFUSE, "unknown": QColor(128, 128, 128)}
# The same texts as core.course.hostcheck.MESSAGES, translatable; {ext}, {slat}, {hypervisor} are filled in.
MESSAGES = {
    "hw-ok": QT_TRANSLATE_NOOP("HostCheck", "{ext} is available: VMware Workstation or VirtualBox can run 64-bit guests with hardware assist and {slat} for the guests' page tables."),
    "hw-ok-slat-unknown": QT_TRANSLATE_NOOP("HostCheck", "{ext} is available: VMware Workstation or VirtualBox can run 64-bit guests with hardware assist (VirtLab could not tell whether {slat} is there too)."),
    "hw-ok-no-slat": QT_TRANSLATE_NOOP("HostCheck", "{ext} is available but {slat} is not: guests run, but every page-table change goes through shadow page tables, which is slow for OS-heavy work."),
    "hyperv-holds": QT_TRANSLATE_NOOP("HostCheck", "Hyper-V (or VBS / WSL 2) is running and holds {ext}. VMware Workstation 15.5+ and VirtualBox 6+ can still run on top of it, more slowly; turning Hyper-V off gives them the CPU's extensions back."),
    "firmware-off": QT_TRANSLATE_NOOP("HostCheck", "The CPU has {ext} but the firmware has it switched off: enable it in the BIOS/UEFI setup (often 'Intel Virtualization Technology' or 'SVM Mode')."),
    "no-hw-virt": QT_TRANSLATE_NOOP("HostCheck", "{ext} is not visible. Current VMware Workstation and VirtualBox need it for 64-bit guests. If the CPU has it, switch it on in the BIOS/UEFI setup."),
    "nested-missing": QT_TRANSLATE_NOOP("HostCheck", "This system is itself a VM under {hypervisor}, which does not pass {ext} through: a hypervisor here needs nested virtualization switched on outside."),
    "unknown-hw-virt": QT_TRANSLATE_NOOP("HostCheck", "VirtLab could not tell whether {ext} is available, so it cannot say."),
    "bare-ok": QT_TRANSLATE_NOOP("HostCheck", "A bare-metal hypervisor (ESXi, Xen, Hyper-V) would replace the operating system on this machine; the CPU has what it needs."),
    "bare-no-slat": QT_TRANSLATE_NOOP("HostCheck", "A bare-metal hypervisor could be installed, but without {slat} Hyper-V will not run and the others fall back to slow shadow page tables."),
    "bare-pv-only": QT_TRANSLATE_NOOP("HostCheck", "Without {ext}, only Xen could run here, and only with paravirtualized Linux guests."),
    "bare-hyperv-running": QT_TRANSLATE_NOOP("HostCheck", "Hyper-V is already a bare-metal hypervisor under this Windows: Windows itself runs in Hyper-V's root partition."),
    "bare-in-vm": QT_TRANSLATE_NOOP("HostCheck", "This system is a VM under {hypervisor}: a bare-metal hypervisor needs a physical machine (or nested virtualization from the outer one)."),
    "kvm-ok": QT_TRANSLATE_NOOP("HostCheck", "/dev/kvm is present and usable: QEMU/KVM can run hardware-assisted VMs right now."),
    "kvm-no-access": QT_TRANSLATE_NOOP("HostCheck", "/dev/kvm exists but this user may not open it: join the 'kvm' group or ask the administrator."),
    "kvm-not-loaded": QT_TRANSLATE_NOOP("HostCheck", "The CPU shows {ext} but there is no /dev/kvm: the kvm_intel / kvm_amd module is not loaded, or the firmware has the extensions switched off."),
    "kvm-no-hw-virt": QT_TRANSLATE_NOOP("HostCheck", "KVM needs {ext}, which is not visible here: enable it in the firmware (or, in a VM, ask for nested virtualization)."),
    "kvm-linux-only": QT_TRANSLATE_NOOP("HostCheck", "KVM is part of the Linux kernel: boot Linux on this PC to use the hybrid design. Windows' own equivalent is Hyper-V."),
    "unsupported-os": QT_TRANSLATE_NOOP("HostCheck", "VirtLab cannot read this operating system's virtualization facts."),
}


# The same texts as core.course.machine_facts.SOURCES: where a fact was read, or why it could not be.
SOURCES = {
    "cpuinfo-unreadable": QT_TRANSLATE_NOOP("HostCheck", "/proc/cpuinfo could not be read"),
    "cpuinfo-vendor": QT_TRANSLATE_NOOP("HostCheck", "vendor_id in /proc/cpuinfo"),
    "cpuinfo-no-vendor": QT_TRANSLATE_NOOP("HostCheck", "/proc/cpuinfo has no vendor_id (not an x86 CPU?)"),
    "cpuinfo-model": QT_TRANSLATE_NOOP("HostCheck", "model name in /proc/cpuinfo"),
    "cpuinfo-no-flags": QT_TRANSLATE_NOOP("HostCheck", "/proc/cpuinfo lists no CPU flags"),
    "cpuinfo-vmx": QT_TRANSLATE_NOOP("HostCheck", "vmx/svm flag in /proc/cpuinfo"),
    "cpuinfo-no-vmx": QT_TRANSLATE_NOOP("HostCheck", "no vmx/svm flag in /proc/cpuinfo: the CPU lacks it, the firmware has it switched off, or a hypervisor below hides it"),
    "cpuinfo-ept": QT_TRANSLATE_NOOP("HostCheck", "ept/npt flag in /proc/cpuinfo"),
    "cpuinfo-no-ept": QT_TRANSLATE_NOOP("HostCheck", "no ept/npt flag in /proc/cpuinfo"),
    "cpuinfo-hv-flag": QT_TRANSLATE_NOOP("HostCheck", "'hypervisor' CPU flag in /proc/cpuinfo"),
    "cpuinfo-no-hv-flag": QT_TRANSLATE_NOOP("HostCheck", "no 'hypervisor' CPU flag in /proc/cpuinfo"),
    "cpuinfo-hides-slat": QT_TRANSLATE_NOOP("HostCheck", "/proc/cpuinfo hides the virtualization flags, EPT/NPT too"),
    "kvm-exists": QT_TRANSLATE_NOOP("HostCheck", "/dev/kvm exists"),
    "kvm-missing": QT_TRANSLATE_NOOP("HostCheck", "/dev/kvm does not exist"),
    "kvm-permission": QT_TRANSLATE_NOOP("HostCheck", "read/write permission on /dev/kvm"),
    "kvm-implies-hw-virt": QT_TRANSLATE_NOOP("HostCheck", "/dev/kvm exists, so the kernel found VT-x/AMD-V (the CPU flags in /proc/cpuinfo do not show it)"),
    "firmware-kernel-log": QT_TRANSLATE_NOOP("HostCheck", "Linux shows the firmware switch only in the kernel log (needs root)"),
    "dmi-sysfs": QT_TRANSLATE_NOOP("HostCheck", "/sys/class/dmi/id"),
    "dmi-unreadable": QT_TRANSLATE_NOOP("HostCheck", "/sys/class/dmi/id could not be read"),
    "hyperv-guest": QT_TRANSLATE_NOOP("HostCheck", "this Linux runs as a Hyper-V guest"),
    "hyperv-not-below": QT_TRANSLATE_NOOP("HostCheck", "Hyper-V would show as the hypervisor below this Linux"),
    "detect-virt": QT_TRANSLATE_NOOP("HostCheck", "systemd-detect-virt"),
    "detect-virt-none": QT_TRANSLATE_NOOP("HostCheck", "systemd-detect-virt found no hypervisor"),
    "sys-hypervisor": QT_TRANSLATE_NOOP("HostCheck", "/sys/hypervisor/type"),
    "dmi-strings": QT_TRANSLATE_NOOP("HostCheck", "DMI vendor/product strings"),
    "no-source": QT_TRANSLATE_NOOP("HostCheck", "no source could tell"),
    "cim-unavailable": QT_TRANSLATE_NOOP("HostCheck", "PowerShell/CIM could not be queried"),
    "cim-processor": QT_TRANSLATE_NOOP("HostCheck", "Win32_Processor (PowerShell)"),
    "cim-field": QT_TRANSLATE_NOOP("HostCheck", "{field} in {source}"),
    "cim-no-field": QT_TRANSLATE_NOOP("HostCheck", "{source} has no {field}"),
    "platform-processor": QT_TRANSLATE_NOOP("HostCheck", "platform.processor()"),
    "hyperv-hides": QT_TRANSLATE_NOOP("HostCheck", "Windows hides this while Hyper-V (or VBS / WSL 2) holds the CPU's virtualization extensions"),
    "kvm-not-on-windows": QT_TRANSLATE_NOOP("HostCheck", "KVM is part of Linux; Windows has no /dev/kvm"),
    "cim-system": QT_TRANSLATE_NOOP("HostCheck", "Win32_ComputerSystem"),
    "cim-system-vm": QT_TRANSLATE_NOOP("HostCheck", "Win32_ComputerSystem manufacturer/model"),
    "cim-system-physical": QT_TRANSLATE_NOOP("HostCheck", "Win32_ComputerSystem names a physical machine"),
    "platform-system": QT_TRANSLATE_NOOP("HostCheck", "platform.system()"),
    "unsupported-system": QT_TRANSLATE_NOOP("HostCheck", "VirtLab cannot read this on {system}"),
    "unsupported-system-unnamed": QT_TRANSLATE_NOOP("HostCheck", "VirtLab cannot read this on this system"),
}
VENDORS = {"intel": "Intel", "amd": "AMD"}  # brands, as core's cpu_vendor values name them


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def _fill(template: str, params: dict) -> str:
    out = _tr(template)
    for k, val in params.items():
        out = out.replace("{" + k + "}", fact_value_text(val) if val == UNKNOWN_HYPERVISOR else str(val))
    return out


def verdict_text(v: dict) -> str:
    template = MESSAGES.get(v["code"])
    return _fill(template, v["params"]) if template else v["message"]


def source_text(f: dict) -> str:
    """Where a fact was read, or why it is unknown, in the user's language."""
    template = SOURCES.get(f.get("code", ""))
    return _fill(template, f.get("params", {})) if template else f["why"]


def fact_value_text(value) -> str:
    if value is None:
        return QCoreApplication.translate("HostCheck", "unknown")
    if value is True:
        return QCoreApplication.translate("HostCheck", "yes")
    if value is False:
        return QCoreApplication.translate("HostCheck", "no")
    if value == UNKNOWN_HYPERVISOR:
        return QCoreApplication.translate("HostCheck", "unknown hypervisor")
    return VENDORS.get(str(value), str(value))


class _WrapDelegate(QStyledItemDelegate):
    """Measures a cell's wrapped text at its column's width.

    QTreeView asks the delegate for a row's height without a usable width, so
    word-wrapped text would get one line and be elided.
    """

    def sizeHint(self, option, index):
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, self.parent().columnWidth(index.column()), 1)
        return super().sizeHint(opt, index)


class HostCheckDialog(QDialog):
    def __init__(self, parent=None, reader=None):
        super().__init__(parent)
        self.setObjectName("hostCheckDialog")
        self.setWindowTitle(self.tr("Can this PC virtualize?"))
        self.data = host_check(reader)
        intro = QLabel(self.tr("What VirtLab could read about this computer, and what a real hypervisor "
                               "could do on it. VirtLab itself needs none of this: its labs are simulated."))
        intro.setWordWrap(True)
        self.facts = QTreeWidget()
        self.facts.setObjectName("hostCheckFacts")
        self.facts.setRootIsDecorated(False)
        # Long reasons wrap inside the last column instead of running off the dialog.
        self.facts.setWordWrap(True)
        self.facts.setUniformRowHeights(False)
        self.facts.setItemDelegateForColumn(2, _WrapDelegate(self.facts))
        self.facts.setHeaderLabels([self.tr("Fact"), self.tr("Value"), self.tr("Read from")])
        for key in FACT_KEYS:
            f = self.data["facts"][key]
            why = source_text(f)
            item = QTreeWidgetItem([_tr(FACT_NAMES.get(key, key)), fact_value_text(f["value"]), why])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            for col in range(3):  # a wrapped reason: the row reads from its first line
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            item.setToolTip(2, plain_tip(why))
            if f["value"] is None:
                item.setForeground(1, QColor(128, 128, 128))
            self.facts.addTopLevelItem(item)
        header = self.facts.header()
        header.setStretchLastSection(True)
        for col in (0, 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # Row heights are measured at the column's width: measure again when it changes.
        header.sectionResized.connect(lambda *_: self.facts.doItemsLayout())
        self.verdicts = QLabel()
        self.verdicts.setObjectName("hostCheckVerdicts")
        self.verdicts.setWordWrap(True)
        self.verdicts.setTextFormat(Qt.TextFormat.RichText)
        self.verdicts.setText(self._verdicts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy as Text"))
        copy.setObjectName("hostCheckCopy")
        copy.clicked.connect(self.copy_text)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.facts, 1)
        lay.addWidget(QLabel(self.tr("What a real hypervisor could do here:")))
        lay.addWidget(self.verdicts)
        lay.addWidget(buttons)
        self.resize(960, 600)

    def _verdicts_html(self) -> str:
        rows = []
        for v in self.data["verdicts"]:
            color = STATUS_COLORS.get(v["status"], QColor(128, 128, 128)).name()
            rows.append(f"<tr><td valign='top'><b>{escape(_tr(STACK_NAMES[v['stack']]))}</b></td>"
                        f"<td valign='top' style='color:{color}'><b>{escape(_tr(STATUS_NAMES[v['status']]))}"
                        f"</b></td><td valign='top'>{escape(verdict_text(v))}</td></tr>")
        return "<table cellspacing='0' cellpadding='4'>" + "".join(rows) + "</table>"

    def status_of(self, stack: str) -> str:
        return next(v["status"] for v in self.data["verdicts"] if v["stack"] == stack)

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(format_host_check(self.data))
