"""Refusals from ``core`` in the user's language.

``core`` gives a stable code, its parameters and the English template; the
template is also the translation source, so it is marked here for lupdate.
``tests/gui/test_reasons.py`` checks that every template ``core`` can produce
is listed below, so no refusal reaches a Chinese student untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.rules import Verdict

CONTEXT = "Reason"

# Every template in core/rules.py and core/world.py (kept in sync by a test).
TEMPLATES = (
    QT_TRANSLATE_NOOP("Reason", "{field} must be between {low} and {high} {unit}; got {value}."),
    QT_TRANSLATE_NOOP("Reason", "A native host runs no virtualization product."),
    QT_TRANSLATE_NOOP("Reason", "{product} is not a {mode} product; choose one of {choices}."),
    QT_TRANSLATE_NOOP("Reason", "Power off the {count} guest(s) on {host} before changing how it is virtualized."),
    QT_TRANSLATE_NOOP("Reason", "This CPU has no {vtx}, so {product} cannot run on it."),
    QT_TRANSLATE_NOOP("Reason", "Hyper-V needs a CPU with {ept} (second-level address translation)."),
    QT_TRANSLATE_NOOP("Reason", "{product} needs a Linux host kernel; this host runs {os}."),
    QT_TRANSLATE_NOOP("Reason", "{host} still holds {count} VM(s); a {mode} host cannot run them. Move or delete them first."),
    QT_TRANSLATE_NOOP("Reason", "{host} still holds {count} container(s), which need a container engine. Move or delete them first."),
    QT_TRANSLATE_NOOP("Reason", "Unknown guest operating system '{os}'."),
    QT_TRANSLATE_NOOP("Reason", "A VM cannot have more vCPUs ({vcpus}) than its host has cores ({cores})."),
    QT_TRANSLATE_NOOP("Reason", "A VM cannot have more memory ({memory} MB) than its host has ({host_memory} MB)."),
    QT_TRANSLATE_NOOP("Reason", "{os} needs at least {minimum} MB of memory; this VM has {memory} MB."),
    QT_TRANSLATE_NOOP("Reason", "A VM's network is NAT, bridged or host-only, not {network}."),
    QT_TRANSLATE_NOOP("Reason", "Hardware-assisted virtualization needs {vtx}, which this CPU lacks."),
    QT_TRANSLATE_NOOP("Reason", "{os} cannot be a paravirtualized guest: its kernel cannot be modified to use hypercalls."),
    QT_TRANSLATE_NOOP("Reason", "{product} does not offer {technique} virtualization; it offers {choices}."),
    QT_TRANSLATE_NOOP("Reason", "A hosted hypervisor cannot hand a device to a guest: the host OS owns the devices."),
    QT_TRANSLATE_NOOP("Reason", "Device passthrough needs an IOMMU (VT-d / AMD-Vi), which this host lacks."),
    QT_TRANSLATE_NOOP("Reason", "Unknown container image '{image}'."),
    QT_TRANSLATE_NOOP("Reason", "A container's network is NAT or host, not {network}."),
    QT_TRANSLATE_NOOP("Reason", "The CPU limit ({limit}) is more than the host's {cores} cores."),
    QT_TRANSLATE_NOOP("Reason", "{host} runs no hypervisor. Make it hosted, bare-metal or hybrid to run VMs."),
    QT_TRANSLATE_NOOP("Reason", "{host} is a container host; containers share its kernel, VMs need a hypervisor."),
    QT_TRANSLATE_NOOP("Reason", "A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. Put the container in a Linux VM, or use a container host."),
    QT_TRANSLATE_NOOP("Reason", "{host} runs no container engine. Make it a container host to run containers."),
    QT_TRANSLATE_NOOP("Reason", "{guest} is already {state}."),
    QT_TRANSLATE_NOOP("Reason", "{guest} is already on {host}."),
    QT_TRANSLATE_NOOP("Reason", "Power off {guest} before moving it (live migration is a later lab)."),
    QT_TRANSLATE_NOOP("Reason", "A VM cannot become a container or the reverse."),
    QT_TRANSLATE_NOOP("Reason", "Power off {guest} before changing its virtual hardware."),
    QT_TRANSLATE_NOOP("Reason", "Only a running VM can be suspended; {guest} is {state}."),
    QT_TRANSLATE_NOOP("Reason", "{guest} is off; power it on instead."),
)


def reason_text(verdict: Verdict) -> str:
    """The verdict's sentence in the current language (plain text)."""
    if verdict.ok:
        return ""
    if not verdict.template:
        return verdict.message
    template = QCoreApplication.translate(CONTEXT, verdict.template)
    try:
        return template.format(**verdict.params)
    except (KeyError, IndexError, ValueError):
        # A translation with a mistyped field must not hide the reason.
        return verdict.message
