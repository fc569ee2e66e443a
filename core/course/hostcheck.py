"""Can this PC virtualize?  Read the real machine, then say what each stack could do on it.

Every probe returns a ``Fact``: a value (True/False/text) or ``None`` for
"unknown", and *why* — where it was read, or why it could not be — as a stable
code with parameters (``SOURCES``, translated by the GUI) and in English.  Nothing
here needs root or changes the machine; every read is guarded, so a locked-down
lab PC gives "unknown" rather than an error.

The reads go through a ``Reader`` so tests can feed any machine's
``/proc/cpuinfo``, ``/dev/kvm``, DMI strings or Windows CIM answers.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
from dataclasses import asdict, dataclass, field

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


@dataclass(frozen=True)
class Verdict:
    stack: str  # "hosted", "bare-metal", "hybrid"
    status: str  # "yes", "limited", "no", "unknown"
    code: str  # stable reason code; the GUI translates it
    params: dict = field(default_factory=dict)
    message: str = ""  # English, for the CLI


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


# --- what each stack could do here ------------------------------------------------------
# English templates for the CLI; the GUI has the same texts, translatable, by code.
MESSAGES = {
    "hw-ok": "{ext} is available: VMware Workstation or VirtualBox can run 64-bit guests with "
             "hardware assist and {slat} for the guests' page tables.",
    "hw-ok-slat-unknown": "{ext} is available: VMware Workstation or VirtualBox can run 64-bit guests "
                          "with hardware assist (VirtLab could not tell whether {slat} is there too).",
    "hw-ok-no-slat": "{ext} is available but {slat} is not: guests run, but every page-table change "
                     "goes through shadow page tables, which is slow for OS-heavy work.",
    "hyperv-holds": "Hyper-V (or VBS / WSL 2) is running and holds {ext}. VMware Workstation 15.5+ and "
                    "VirtualBox 6+ can still run on top of it, more slowly; turning Hyper-V off gives "
                    "them the CPU's extensions back.",
    "firmware-off": "The CPU has {ext} but the firmware has it switched off: enable it in the BIOS/UEFI "
                    "setup (often 'Intel Virtualization Technology' or 'SVM Mode').",
    "no-hw-virt": "{ext} is not visible. Current VMware Workstation and VirtualBox need it for 64-bit "
                  "guests. If the CPU has it, switch it on in the BIOS/UEFI setup.",
    "nested-missing": "This system is itself a VM under {hypervisor}, which does not pass {ext} through: "
                      "a hypervisor here needs nested virtualization switched on outside.",
    "unknown-hw-virt": "VirtLab could not tell whether {ext} is available, so it cannot say.",
    "bare-ok": "A bare-metal hypervisor (ESXi, Xen, Hyper-V) would replace the operating system on "
               "this machine; the CPU has what it needs.",
    "bare-no-slat": "A bare-metal hypervisor could be installed, but without {slat} Hyper-V will not "
                    "run and the others fall back to slow shadow page tables.",
    "bare-pv-only": "Without {ext}, only Xen could run here, and only with paravirtualized Linux guests.",
    "bare-hyperv-running": "Hyper-V is already a bare-metal hypervisor under this Windows: Windows "
                           "itself runs in Hyper-V's root partition.",
    "bare-in-vm": "This system is a VM under {hypervisor}: a bare-metal hypervisor needs a physical "
                  "machine (or nested virtualization from the outer one).",
    "kvm-ok": "/dev/kvm is present and usable: QEMU/KVM can run hardware-assisted VMs right now.",
    "kvm-no-access": "/dev/kvm exists but this user may not open it: join the 'kvm' group or ask the "
                     "administrator.",
    "kvm-not-loaded": "The CPU shows {ext} but there is no /dev/kvm: the kvm_intel / kvm_amd module is "
                      "not loaded, or the firmware has the extensions switched off.",
    "kvm-no-hw-virt": "KVM needs {ext}, which is not visible here: enable it in the firmware (or, in a "
                      "VM, ask for nested virtualization).",
    "kvm-linux-only": "KVM is part of the Linux kernel: boot Linux on this PC to use the hybrid "
                      "design. Windows' own equivalent is Hyper-V.",
    "unsupported-os": "VirtLab cannot read this operating system's virtualization facts.",
}


def _names(vendor) -> dict[str, str]:
    amd = vendor == "amd"
    return {"ext": "AMD-V" if amd else "VT-x", "slat": "NPT" if amd else "EPT"}


def _verdict(stack: str, status: str, code: str, **params) -> Verdict:
    return Verdict(stack, status, code, params, MESSAGES[code].format(**params))


def judge(facts: dict[str, Fact]) -> list[Verdict]:
    """What a real hosted, bare-metal and hybrid hypervisor could do on this machine."""
    p = _names(facts["cpu_vendor"].value)
    system = str(facts["os"].value or "").split(" ")[0]
    hw, slat, fw = facts["hw_virt"].value, facts["slat"].value, facts["firmware_enabled"].value
    hyperv = facts["hyperv"].value is True
    in_vm = facts["in_vm"].value
    outer = {"hypervisor": str(in_vm)} if in_vm else {}
    if system not in ("Linux", "Windows"):
        return [_verdict(s, "unknown", "unsupported-os") for s in ("hosted", "bare-metal", "hybrid")]

    # Hosted (type 2)
    if hyperv and system == "Windows":
        hosted = _verdict("hosted", "limited", "hyperv-holds", **p)
    elif fw is False:
        hosted = _verdict("hosted", "no", "firmware-off", **p)
    elif hw is True:
        code = {True: "hw-ok", False: "hw-ok-no-slat"}.get(slat, "hw-ok-slat-unknown")
        hosted = _verdict("hosted", "yes", code, **p)
    elif hw is False and in_vm:
        hosted = _verdict("hosted", "no", "nested-missing", **p, **outer)
    elif hw is False:
        hosted = _verdict("hosted", "no", "no-hw-virt", **p)
    else:
        hosted = _verdict("hosted", "unknown", "unknown-hw-virt", **p)

    # Bare-metal (type 1)
    if hyperv and system == "Windows":
        bare = _verdict("bare-metal", "yes", "bare-hyperv-running", **p)
    elif in_vm:
        bare = _verdict("bare-metal", "limited", "bare-in-vm", **outer)
    elif hw is True and fw is not False:
        bare = (_verdict("bare-metal", "yes", "bare-ok", **p) if slat is not False
                else _verdict("bare-metal", "limited", "bare-no-slat", **p))
    elif hw is False or fw is False:
        bare = _verdict("bare-metal", "limited", "bare-pv-only", **p)
    else:
        bare = _verdict("bare-metal", "unknown", "unknown-hw-virt", **p)

    # Hybrid (KVM)
    if system == "Windows":
        hybrid = _verdict("hybrid", "no", "kvm-linux-only")
    elif facts["kvm_access"].value is True:
        hybrid = _verdict("hybrid", "yes", "kvm-ok")
    elif facts["kvm_device"].value is True:
        hybrid = _verdict("hybrid", "limited", "kvm-no-access")
    elif hw is True:
        hybrid = _verdict("hybrid", "no", "kvm-not-loaded", **p)
    elif hw is False:
        hybrid = _verdict("hybrid", "no", "kvm-no-hw-virt", **p)
    else:
        hybrid = _verdict("hybrid", "unknown", "unknown-hw-virt", **p)
    return [hosted, bare, hybrid]


def host_check(reader: Reader | None = None) -> dict:
    """Facts and verdicts as one JSON-ready dict (``virtlab-sim host-check --json``)."""
    facts = read_facts(reader)
    return {
        "facts": {k: {"value": f.value, "why": f.why, "code": f.code, "params": f.params}
                  for k, f in facts.items()},
        "verdicts": [asdict(v) for v in judge(facts)],
    }


def format_host_check(data: dict) -> str:
    out = ["FACTS"]
    for key, f in data["facts"].items():
        value = "unknown" if f["value"] is None else ("yes" if f["value"] is True else
                                                       "no" if f["value"] is False else str(f["value"]))
        out.append(f"  {key:<17} {value:<28} ({f['why']})")
    out += ["", "WHAT A REAL HYPERVISOR COULD DO HERE"]
    for v in data["verdicts"]:
        out.append(f"  {v['stack']:<11} {v['status']:<8} {v['message']}")
    return "\n".join(out)
