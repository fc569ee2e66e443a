"""Can this PC virtualize?  Read the real machine, then say what each stack could do on it.

Every probe returns a ``Fact``: a value (True/False/text) or ``None`` for
"unknown", and *why* — where it was read, or why it could not be — as a stable
code with parameters (``SOURCES``, translated by the GUI) and in English.  Nothing
here needs root or changes the machine; every read is guarded, so a locked-down
lab PC gives "unknown" rather than an error.

The reads are in ``core.course.machine_facts``; this module judges them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from core.course.machine_facts import Fact, Reader, read_facts


@dataclass(frozen=True)
class Verdict:
    stack: str  # "hosted", "bare-metal", "hybrid"
    status: str  # "yes", "limited", "no", "unknown"
    code: str  # stable reason code; the GUI translates it
    params: dict = field(default_factory=dict)
    message: str = ""  # English, for the CLI



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
