"""Refusals from ``core`` in the user's language.

``core`` gives a stable code, its parameters and the English template; the
template is also the translation source, so it is marked here for lupdate.
``tests/gui/test_reasons.py`` checks that every template ``core`` can produce
is listed below, so no refusal reaches a Chinese student untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from core.sim.rules import Verdict
from gui.text.value_names import list_separator, mode_text, value_word

CONTEXT = "Reason"

# Every template core can refuse with (kept in sync by a test).
TEMPLATES = (
    QT_TRANSLATE_NOOP("Reason", "{field} must be between {low} and {high} {unit}; got {value}."),
    QT_TRANSLATE_NOOP("Reason", "A native host runs no virtualization product."),
    QT_TRANSLATE_NOOP("Reason", "{product} is not a {mode} product; choose one of {choices}."),
    QT_TRANSLATE_NOOP("Reason", "Power off the {count} guest(s) on {host} before changing how it is virtualized."),
    QT_TRANSLATE_NOOP("Reason", "This CPU has no {vtx}, so {product} cannot run on it."),
    QT_TRANSLATE_NOOP("Reason", "Hyper-V needs a CPU with {ept} (second-level address translation)."),
    QT_TRANSLATE_NOOP("Reason", "{product} needs a Linux host kernel; this host runs {os}."),
    QT_TRANSLATE_NOOP("Reason", "{host} still holds {count} VM(s); a {mode} host cannot run them. Move or delete them first."),
    QT_TRANSLATE_NOOP("Reason", "{host} still holds {count} container(s), which need a Linux kernel with a container engine (a container host or a KVM host). Move or delete them first."),
    QT_TRANSLATE_NOOP("Reason", "Unknown guest operating system '{os}'."),
    QT_TRANSLATE_NOOP("Reason", "A VM cannot have more vCPUs ({vcpus}) than its host has cores ({cores})."),
    QT_TRANSLATE_NOOP("Reason", "A VM cannot have more memory ({memory} MB) than its host has ({host_memory} MB)."),
    QT_TRANSLATE_NOOP("Reason", "{os} needs at least {minimum} MB of memory; this VM has {memory} MB."),
    QT_TRANSLATE_NOOP("Reason", "A VM's network is NAT, bridged or host-only, not {network}."),
    QT_TRANSLATE_NOOP("Reason", "Hardware-assisted virtualization needs {vtx}, which this CPU lacks."),
    QT_TRANSLATE_NOOP("Reason", "{os} cannot be a Xen PV guest: run it as a hardware-assisted (HVM) guest with PV drivers."),
    QT_TRANSLATE_NOOP("Reason", "{os} cannot be a Xen PV guest, and without {vtx} it cannot run as an HVM guest either."),
    QT_TRANSLATE_NOOP("Reason", "{product} does not offer the {technique} technique; it offers {choices}."),
    QT_TRANSLATE_NOOP("Reason", "{product} translates only 32-bit guests, and {os} is 64-bit: use hardware assistance ({vtx}) instead."),
    QT_TRANSLATE_NOOP("Reason", "{product} translates only 32-bit guests, {os} is 64-bit, and this CPU has no {vtx}: use a 32-bit guest such as {small}."),
    QT_TRANSLATE_NOOP("Reason", "{product} translates only 32-bit guests, {os} is 64-bit, and this CPU has no {vtx}: {product} cannot run it here."),
    QT_TRANSLATE_NOOP("Reason", "A hosted hypervisor cannot hand a device to a guest: the host OS owns the devices."),
    QT_TRANSLATE_NOOP("Reason", "Device passthrough needs an IOMMU (VT-d / AMD-Vi), which this host lacks."),
    QT_TRANSLATE_NOOP("Reason", "Unknown container image '{image}'."),
    QT_TRANSLATE_NOOP("Reason", "A container's network is NAT or host, not {network}."),
    QT_TRANSLATE_NOOP("Reason", "The CPU limit ({limit}) is more than the host's {cores} cores."),
    QT_TRANSLATE_NOOP("Reason", "{host} runs no hypervisor. To run VMs, switch it to one of these modes: {choices}."),
    QT_TRANSLATE_NOOP("Reason", "{host} runs no hypervisor, and none that VirtLab offers could run this VM here."),
    QT_TRANSLATE_NOOP("Reason", "{host} is a container host; containers share its kernel, VMs need a hypervisor."),
    QT_TRANSLATE_NOOP("Reason", "A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. Switch it to one of these modes: {choices}; or put the container on a host in one of them."),
    QT_TRANSLATE_NOOP("Reason", "A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. Put the container on a Linux host that is a container host or runs KVM."),
    QT_TRANSLATE_NOOP("Reason", "{host} runs no container engine. To run containers, switch it to one of these modes: {choices}."),
    QT_TRANSLATE_NOOP("Reason", "A Linux container needs a Linux kernel to share, and {host} runs {os}. Put the container on a Linux host that is a container host or runs KVM."),
    QT_TRANSLATE_NOOP("Reason", "{host} runs no container engine, and it cannot become a container or KVM host now. Put the container on a host that is one."),
    QT_TRANSLATE_NOOP("Reason", "{guest} is already {state}."),
    QT_TRANSLATE_NOOP("Reason", "{guest} is already on {host}."),
    QT_TRANSLATE_NOOP("Reason", "A VM cannot become a container or the reverse."),
    QT_TRANSLATE_NOOP("Reason", "Power off {guest} before changing its virtual hardware."),
    QT_TRANSLATE_NOOP("Reason", "Only a running VM can be suspended; {guest} is {state}."),
    QT_TRANSLATE_NOOP("Reason", "{guest} is off; power it on instead."),
    QT_TRANSLATE_NOOP("Reason", "{clone} is a linked clone of {guest} and reads its disk from it; delete the clone first."),
    # Course features: migration, snapshots, storage, network, faults (core/*.py).
    QT_TRANSLATE_NOOP("Reason", "{guest} is not running, so it cannot crash."),
    QT_TRANSLATE_NOOP("Reason", "{guest} is being migrated; wait until it arrives."),
    QT_TRANSLATE_NOOP("Reason", "{guest} is already being migrated."),
    QT_TRANSLATE_NOOP("Reason", "{host} has only {free} MB of memory free; {guest} needs {memory} MB to arrive running."),
    QT_TRANSLATE_NOOP("Reason", "{guest} runs on an {source} CPU and {host} has an {target} CPU: a running VM cannot move between CPU vendors. Power it off and move it, or pick a host with an {source} CPU."),
    QT_TRANSLATE_NOOP("Reason", "All {limit} SR-IOV virtual functions of {host}'s NIC are in use."),
    QT_TRANSLATE_NOOP("Reason", "{guest} is on a host-only network: it can talk only to its host and the VMs on the same host-only network."),
    QT_TRANSLATE_NOOP("Reason", "{guest} is behind NAT: it can reach out, but nothing can reach it without port forwarding."),
    QT_TRANSLATE_NOOP("Reason", "This host's NIC cannot split itself into SR-IOV virtual functions."),
    QT_TRANSLATE_NOOP("Reason", "An SR-IOV virtual function is assigned through the IOMMU (VT-d / AMD-Vi) by a bare-metal or hybrid hypervisor; this host cannot do that."),
    QT_TRANSLATE_NOOP("Reason", "{guest} is a running container. VirtLab moves containers only when stopped (real tools such as CRIU can checkpoint a container's processes and restore them on another host, which VirtLab does not model). Stop it, move it, and start it again."),
    QT_TRANSLATE_NOOP("Reason", "Power off {guest} before moving it: only a running VM can be live-migrated, and it is {state}."),
    QT_TRANSLATE_NOOP("Reason", "Power off {guest} before moving it: live migration needs the same hypervisor on both hosts, and {host} runs {product}."),
    QT_TRANSLATE_NOOP("Reason", "{guest} has a physical device assigned to it (passthrough or an SR-IOV function); that device cannot follow it to another host while it runs."),
    QT_TRANSLATE_NOOP("Reason", "{guest} is a container; snapshots and clones are for virtual machines."),
    QT_TRANSLATE_NOOP("Reason", "{guest} is {state}; snapshots need a VM that is off or running."),
    QT_TRANSLATE_NOOP("Reason", "{guest} has no such snapshot."),
    QT_TRANSLATE_NOOP("Reason", "{clone} is a linked clone that reads its disk from this snapshot; delete it or make it a full clone first."),
    QT_TRANSLATE_NOOP("Reason", "A linked clone shares a snapshot's disk: take a snapshot of {guest} first."),
    QT_TRANSLATE_NOOP("Reason", "{host}'s datastore has {free} GB free, and this VM's disk needs {needed} GB now. Use a thin disk, a smaller disk, or free some space."),
    QT_TRANSLATE_NOOP("Reason", "{guest} is a linked clone: its disk reads from a snapshot on its host, so it cannot leave it. Make a full clone to move it."),
    # core/edits: an edit whose target is gone, a duplicate id, an empty name, an unknown workload
    QT_TRANSLATE_NOOP("Reason", "{id} is no longer in the lab."),
    QT_TRANSLATE_NOOP("Reason", "The lab already has something called {id}."),
    QT_TRANSLATE_NOOP("Reason", "A name cannot be empty."),
    QT_TRANSLATE_NOOP("Reason", "A name can have at most {limit} characters; this one has {length}."),
    QT_TRANSLATE_NOOP("Reason", "{workload} is not a workload VirtLab knows."),
    QT_TRANSLATE_NOOP("Reason", "{host} has no container engine: make it a container host first."),
    QT_TRANSLATE_NOOP("Reason", "No image called {image} was built in this lab."),
    QT_TRANSLATE_NOOP("Reason", "An image called {image} is already built in this lab."),
    QT_TRANSLATE_NOOP("Reason", "The Dockerfile cannot be built: {problem}"),
    QT_TRANSLATE_NOOP("Reason", "{image} is not in the registry yet: push it first."),
    # Nested stacks and micro-VMs (issue 15)
    QT_TRANSLATE_NOOP("Reason", "A Firecracker micro-VM has only virtio devices (a minimal device model): its I/O path is paravirtual."),
    QT_TRANSLATE_NOOP("Reason", "A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. Drop it onto {vm}, a running Linux VM on {host}: the VM gets a Docker engine and runs it."),
    QT_TRANSLATE_NOOP("Reason", "A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. Run a Linux VM on it and drop the container onto that VM (the VM gets a Docker engine), or switch it to one of these modes: {choices}."),
    QT_TRANSLATE_NOOP("Reason", "A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. Run a Linux VM on it and drop the container onto that VM (the VM gets a Docker engine)."),
    QT_TRANSLATE_NOOP("Reason", "A Linux container needs a Linux kernel to share, and {vm} runs {os}. Drop it onto a Linux VM instead."),
    QT_TRANSLATE_NOOP("Reason", "A container inside {vm} is on {vm}'s host."),
    QT_TRANSLATE_NOOP("Reason", "The CPU limit ({limit}) is more than {vm}'s {vcpus} vCPUs."),
    QT_TRANSLATE_NOOP("Reason", "The memory limit ({limit} MB) is more than {vm}'s {memory} MB."),
    QT_TRANSLATE_NOOP("Reason", "VirtLab does not run a VM inside another VM ({vm}): drop it onto a host."),
    QT_TRANSLATE_NOOP("Reason", "{guest} runs inside a VM; it moves when its VM moves."),
    QT_TRANSLATE_NOOP("Reason", "{os} is a Firecracker micro-VM, which runs only on KVM: put it on a hybrid (KVM) host."),
    QT_TRANSLATE_NOOP("Reason", "{vm} is a container; a container runs on a host or inside a Linux VM."),
    QT_TRANSLATE_NOOP("Reason", "{vm} is {state}; power it on and wait until it runs: its containers need its kernel."),
    QT_TRANSLATE_NOOP("Reason", "{vm} runs {count} container(s); delete them with it, or delete them first."),
)


# Some fields carry core's enum values ("para", "bare-metal", "running"): gui.text.value_names
# puts them into words (its English source is the value itself).
def enum_word(key: str, value: str) -> str:
    """core's value of a field ("mode", "technique", "state", "network", ...) in the user's words."""
    return value_word(key, value)


def worded_params(template: str, params: dict) -> dict:
    """``params`` with enum values put into words; ``choices`` lists products, techniques or modes."""
    out = {k: value_word(k, v) if isinstance(v, str) else v for k, v in params.items()}
    choices = params.get("choices")
    if isinstance(choices, str):
        kind = ("technique" if "{technique}" in template
                else "mode" if "modes: {choices}" in template else "product")
        word = mode_text if kind == "mode" else (lambda c: value_word(kind, c))
        out["choices"] = list_separator().join(word(c) for c in choices.split(", "))
    return out


# core's templates that carry a {count} (English-only, Qt-free, so "guest(s)") read with Qt's
# plural forms here: the %n source is translated with the count, in English by virtlab_en.qm
# ("1 guest" / "2 guests") and in Chinese by virtlab_zh_CN.qm (one form).  They are self.tr
# calls with a count because that is the form PySide6's lupdate marks numerus (a
# QCoreApplication.translate with a count it does not); the class name is the context.
class Reason(QObject):
    def plural(self, template: str, n: int) -> str | None:
        """``template`` (core's) with its count in plural forms; None if it has no count."""
        if template == TEMPLATES[3]:
            return self.tr("Power off the %n guest(s) on {host} before changing how it is virtualized.", "", n)
        if template == TEMPLATES[7]:
            return self.tr("{host} still holds %n VM(s); a {mode} host cannot run them. "
                           "Move or delete them first.", "", n)
        if template == TEMPLATES[8]:
            return self.tr("{host} still holds %n container(s), which need a Linux kernel with a container "
                           "engine (a container host or a KVM host). Move or delete them first.", "", n)
        if template == TEMPLATES[-1]:
            return self.tr("{vm} runs %n container(s); delete them with it, or delete them first.", "", n)
        return None


_PLURAL = Reason()


def _template(verdict: Verdict) -> str:
    """The verdict's template in the user's language, with its count in plural forms where it has one."""
    count = verdict.params.get("count")
    text = _PLURAL.plural(verdict.template, count) if isinstance(count, int) else None
    return text if text is not None else QCoreApplication.translate(CONTEXT, verdict.template)


def reason_text(verdict: Verdict) -> str:
    """The verdict's sentence in the current language (plain text)."""
    if verdict.ok:
        return ""
    if not verdict.template:
        return verdict.message
    template = _template(verdict)
    try:
        return template.format(**worded_params(verdict.template, verdict.params))
    except (KeyError, IndexError, ValueError):
        # A translation with a mistyped field must not hide the reason.
        return verdict.message
