"""Reading the real machine for *Help → Can this PC virtualize?* (``core.course.hostcheck``).

Every probe returns a ``Fact``: a value (True/False/text) or ``None`` for
"unknown", and *why* — where it was read, or why it could not be — as a stable
code with parameters (``SOURCES``, translated by the GUI) and in English.  Nothing
here needs root or changes the machine; every read is guarded, so a locked-down
lab PC gives "unknown" rather than an error.  The reads go through a ``Reader``
so tests can feed any machine's ``/proc/cpuinfo``, ``/dev/kvm``, DMI strings or
Windows CIM answers.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
from dataclasses import dataclass, field

# DMI vendor / product strings of common hypervisors (as they appear in
# /sys/class/dmi/id and in Win32_ComputerSystem).
_DMI_HYPERVISORS = (
    ("vmware", "VMware"), ("virtualbox", "VirtualBox"), ("innotek", "VirtualBox"),
    ("qemu", "QEMU/KVM"), ("kvm", "QEMU/KVM"), ("xen", "Xen"), ("bochs", "Bochs"),
    ("parallels", "Parallels"), ("virtual machine", "Hyper-V"),
)


UNKNOWN_HYPERVISOR = "unknown hypervisor"  # in_vm's value when the CPU flag tells there is one, not which

# Where a fact was read, or why it could not be: code -> English template with
# {param} fields.  The GUI has the same texts, translatable, by code.
SOURCES = {
    "cpuinfo-unreadable": "/proc/cpuinfo could not be read",
    "cpuinfo-vendor": "vendor_id in /proc/cpuinfo",
    "cpuinfo-no-vendor": "/proc/cpuinfo has no vendor_id (not an x86 CPU?)",
    "cpuinfo-model": "model name in /proc/cpuinfo",
    "cpuinfo-no-flags": "/proc/cpuinfo lists no CPU flags",
    "cpuinfo-vmx": "vmx/svm flag in /proc/cpuinfo",
    "cpuinfo-no-vmx": "no vmx/svm flag in /proc/cpuinfo: the CPU lacks it, the firmware has it switched off, "
                      "or a hypervisor below hides it",
    "cpuinfo-ept": "ept/npt flag in /proc/cpuinfo",
    "cpuinfo-no-ept": "no ept/npt flag in /proc/cpuinfo",
    "cpuinfo-hv-flag": "'hypervisor' CPU flag in /proc/cpuinfo",
    "cpuinfo-no-hv-flag": "no 'hypervisor' CPU flag in /proc/cpuinfo",
    "cpuinfo-hides-slat": "/proc/cpuinfo hides the virtualization flags, EPT/NPT too",
    "kvm-exists": "/dev/kvm exists",
    "kvm-missing": "/dev/kvm does not exist",
    "kvm-permission": "read/write permission on /dev/kvm",
    "kvm-implies-hw-virt": "/dev/kvm exists, so the kernel found VT-x/AMD-V "
                           "(the CPU flags in /proc/cpuinfo do not show it)",
    "firmware-kernel-log": "Linux shows the firmware switch only in the kernel log (needs root)",
    "dmi-sysfs": "/sys/class/dmi/id",
    "dmi-unreadable": "/sys/class/dmi/id could not be read",
    "hyperv-guest": "this Linux runs as a Hyper-V guest",
    "hyperv-not-below": "Hyper-V would show as the hypervisor below this Linux",
    "detect-virt": "systemd-detect-virt",
    "detect-virt-none": "systemd-detect-virt found no hypervisor",
    "sys-hypervisor": "/sys/hypervisor/type",
    "dmi-strings": "DMI vendor/product strings",
    "no-source": "no source could tell",
    "cim-unavailable": "PowerShell/CIM could not be queried",
    "cim-processor": "Win32_Processor (PowerShell)",
    "cim-field": "{field} in {source}",
    "cim-no-field": "{source} has no {field}",
    "platform-processor": "platform.processor()",
    "hyperv-hides": "Windows hides this while Hyper-V (or VBS / WSL 2) holds the CPU's virtualization extensions",
    "kvm-not-on-windows": "KVM is part of Linux; Windows has no /dev/kvm",
    "cim-system": "Win32_ComputerSystem",
    "cim-system-vm": "Win32_ComputerSystem manufacturer/model",
    "cim-system-physical": "Win32_ComputerSystem names a physical machine",
    "platform-system": "platform.system()",
    "unsupported-system": "VirtLab cannot read this on {system}",
    "unsupported-system-unnamed": "VirtLab cannot read this on this system",
}


@dataclass(frozen=True)
class Fact:
    key: str
    value: bool | str | None  # None: could not be read
    why: str  # where the value came from, or why it is unknown (English, for the CLI)
    code: str = ""  # the same as a key of SOURCES; the GUI translates it
    params: dict = field(default_factory=dict)

    @property
    def known(self) -> bool:
        return self.value is not None


def _fact(key: str, value, code: str, **params) -> Fact:
    return Fact(key, value, SOURCES[code].format(**params), code, params)


def _same_source(key: str, value, other: Fact) -> Fact:
    """A fact read from where ``other`` was read."""
    return Fact(key, value, other.why, other.code, other.params)


class Reader:
    """The real machine.  Tests replace it with a FakeReader."""

    system = platform.system()

    def text(self, path: str) -> str | None:
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                return f.read()
        except OSError:
            return None

    def exists(self, path: str) -> bool:
        return os.path.exists(path)

    def access(self, path: str) -> bool:
        return os.access(path, os.R_OK | os.W_OK)

    def run(self, cmd: list[str]) -> str | None:
        if shutil.which(cmd[0]) is None:
            return None
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=10, check=False)
        except (OSError, subprocess.SubprocessError):
            return None
        return p.stdout if p.stdout.strip() else None

    def windows_cim(self) -> dict | None:
        """Win32_Processor and Win32_ComputerSystem fields through PowerShell."""
        script = (
            "$p=Get-CimInstance Win32_Processor|Select-Object -First 1;"
            "$c=Get-CimInstance Win32_ComputerSystem;"
            "[pscustomobject]@{Manufacturer=$p.Manufacturer;Name=$p.Name;"
            "VMX=$p.VMMonitorModeExtensions;Firmware=$p.VirtualizationFirmwareEnabled;"
            "SLAT=$p.SecondLevelAddressTranslationExtensions;HypervisorPresent=$c.HypervisorPresent;"
            "SysVendor=$c.Manufacturer;Model=$c.Model}|ConvertTo-Json"
        )
        out = self.run(["powershell", "-NoProfile", "-NonInteractive", "-Command", script])
        try:
            data = json.loads(out) if out else None
        except ValueError:
            return None
        return data if isinstance(data, dict) else None


def _cpuinfo(text: str) -> dict[str, str]:
    """The first processor's fields; 'flags' and 'vmx flags' joined for searching."""
    info: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            if info:
                break
            continue
        key, _, value = line.partition(":")
        info.setdefault(key.strip().lower(), value.strip())
    return info


def _linux_facts(r: Reader) -> dict[str, Fact]:
    f: dict[str, Fact] = {}
    text = r.text("/proc/cpuinfo")
    if text is None:
        for k in ("cpu_vendor", "cpu_model", "hw_virt", "slat", "hypervisor_flag"):
            f[k] = _fact(k, None, "cpuinfo-unreadable")
    else:
        info = _cpuinfo(text)
        flags = set(info.get("flags", "").split()) | set(info.get("vmx flags", "").split())
        vendor = {"GenuineIntel": "intel", "AuthenticAMD": "amd"}.get(info.get("vendor_id", ""))
        f["cpu_vendor"] = _fact("cpu_vendor", vendor or info.get("vendor_id") or None,
                                "cpuinfo-vendor" if info.get("vendor_id") else "cpuinfo-no-vendor")
        f["cpu_model"] = _fact("cpu_model", info.get("model name") or None, "cpuinfo-model")
        if "flags" not in info:
            f["hw_virt"] = _fact("hw_virt", None, "cpuinfo-no-flags")
            f["slat"] = _fact("slat", None, "cpuinfo-no-flags")
        else:
            has = bool({"vmx", "svm"} & flags)
            f["hw_virt"] = _fact("hw_virt", has, "cpuinfo-vmx" if has else "cpuinfo-no-vmx")
            slat = bool({"ept", "npt"} & flags)
            f["slat"] = _fact("slat", slat if has or slat else False, "cpuinfo-ept" if slat else "cpuinfo-no-ept")
        hv = "hypervisor" in flags
        f["hypervisor_flag"] = _fact("hypervisor_flag", hv, "cpuinfo-hv-flag" if hv else "cpuinfo-no-hv-flag")
    present = r.exists("/dev/kvm")
    f["kvm_device"] = _fact("kvm_device", present, "kvm-exists" if present else "kvm-missing")
    f["kvm_access"] = (_fact("kvm_access", r.access("/dev/kvm"), "kvm-permission")
                       if present else _fact("kvm_access", False, "kvm-missing"))
    if present and f["hw_virt"].value is not True:
        # The kvm module only creates /dev/kvm after it found VT-x/AMD-V, even
        # where an outer hypervisor leaves the flag out of /proc/cpuinfo.
        f["hw_virt"] = _fact("hw_virt", True, "kvm-implies-hw-virt")
        if f["slat"].value is not True:
            f["slat"] = _fact("slat", None, "cpuinfo-hides-slat")
    f["firmware_enabled"] = _fact("firmware_enabled", None, "firmware-kernel-log")
    hv_type = (r.text("/sys/hypervisor/type") or "").strip()
    detected = (r.run(["systemd-detect-virt", "--vm"]) or "").strip()
    dmi = " ".join((r.text(f"/sys/class/dmi/id/{n}") or "").strip()
                   for n in ("sys_vendor", "product_name")).strip()
    f["dmi"] = _fact("dmi", dmi or None, "dmi-sysfs" if dmi else "dmi-unreadable")
    f["in_vm"] = _in_vm(detected, hv_type, dmi, f.get("hypervisor_flag"))
    under_hyperv = "microsoft" in detected or "hyperv" in detected or "Hyper-V" == _dmi_hypervisor(dmi)
    f["hyperv"] = _fact("hyperv", under_hyperv if f["in_vm"].known else None,
                        "hyperv-guest" if under_hyperv else "hyperv-not-below")
    return f


def _dmi_hypervisor(dmi: str) -> str:
    low = dmi.lower()
    return next((name for key, name in _DMI_HYPERVISORS if key in low), "")


def _in_vm(detected: str, hv_type: str, dmi: str, flag: Fact | None) -> Fact:
    if detected and detected != "none":
        return _fact("in_vm", detected, "detect-virt")
    if hv_type:
        return _fact("in_vm", hv_type, "sys-hypervisor")
    if _dmi_hypervisor(dmi):
        return _fact("in_vm", _dmi_hypervisor(dmi), "dmi-strings")
    if detected == "none":
        return _fact("in_vm", False, "detect-virt-none")
    if flag is not None and flag.known:
        return _same_source("in_vm", UNKNOWN_HYPERVISOR if flag.value else False, flag)
    return _fact("in_vm", None, "no-source")


def _windows_facts(r: Reader) -> dict[str, Fact]:
    f: dict[str, Fact] = {}
    cim = r.windows_cim()
    src = "Win32_Processor (PowerShell)"

    def get(key: str, name: str, source: str = src):
        if cim is None:
            return _fact(key, None, "cim-unavailable")
        if cim.get(name) is None:
            return _fact(key, None, "cim-no-field", source=source, field=name)
        return _fact(key, cim[name], "cim-field", field=name, source=source)

    vendor = cim.get("Manufacturer") if cim else None
    if not vendor:
        vendor = platform.processor() or None
    v = str(vendor or "")
    f["cpu_vendor"] = _fact("cpu_vendor", "intel" if "Intel" in v else "amd" if "AMD" in v else (v or None),
                            "cim-processor" if cim else ("platform-processor" if v else "cim-unavailable"))
    f["cpu_model"] = get("cpu_model", "Name")
    hyperv = get("hyperv", "HypervisorPresent", "Win32_ComputerSystem")
    f["hyperv"] = hyperv
    vmx, slat, firmware = get("hw_virt", "VMX"), get("slat", "SLAT"), get("firmware_enabled", "Firmware")
    if hyperv.value is True:
        # With a hypervisor running, Windows reports these CPU fields as False:
        # the CPU's extensions are in use by Hyper-V, not absent.
        vmx, slat, firmware = (_fact(x.key, None, "hyperv-hides") for x in (vmx, slat, firmware))
    f["hw_virt"], f["slat"], f["firmware_enabled"] = vmx, slat, firmware
    f["kvm_device"] = _fact("kvm_device", False, "kvm-not-on-windows")
    f["kvm_access"] = _fact("kvm_access", False, "kvm-not-on-windows")
    dmi = " ".join(str(cim.get(k) or "") for k in ("SysVendor", "Model")).strip() if cim else ""
    f["dmi"] = _fact("dmi", dmi or None, "cim-system" if dmi else "cim-unavailable")
    name = _dmi_hypervisor(dmi)
    f["in_vm"] = (_fact("in_vm", name, "cim-system-vm") if name
                  else _fact("in_vm", False if dmi else None, "cim-system-physical" if dmi else "cim-unavailable"))
    return f


FACT_KEYS = ("os", "cpu_vendor", "cpu_model", "hw_virt", "slat", "firmware_enabled", "kvm_device",
             "kvm_access", "in_vm", "hyperv", "dmi")


def read_facts(reader: Reader | None = None) -> dict[str, Fact]:
    r = reader or Reader()
    system = r.system
    os_fact = _fact("os", f"{system} {platform.release()}".strip() if reader is None else system,
                    "platform-system")
    if system == "Linux":
        facts = _linux_facts(r)
    elif system == "Windows":
        facts = _windows_facts(r)
    else:
        facts = {}
    facts["os"] = os_fact
    unread = (_fact("", None, "unsupported-system", system=system) if system
              else _fact("", None, "unsupported-system-unnamed"))
    return {k: facts.get(k, _same_source(k, None, unread)) for k in FACT_KEYS}
