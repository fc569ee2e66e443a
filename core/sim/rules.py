"""Rules with reasons: may this guest go there, may this host change mode?

Every check returns a ``Verdict``: allowed or not, a stable reason ``code``,
its ``params`` and an English sentence.  The GUI words the code in the user's
language from the params; the English text serves the CLI and logs.
Codes are part of the public contract: do not rename them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from core.model.catalog import GUEST_OSES, IMAGES
from core.model.kinds import (
    CONTAINER_NETWORKS,
    PRODUCTS_BY_MODE,
    VM_NETWORKS,
    GuestState,
    IoPath,
    Mode,
    Product,
    Technique,
)
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.sim.offers import (  # noqa: F401  (LIMITS and TECHNIQUES_BY_PRODUCT are read as rules.*)
    BT_32BIT_ONLY,
    CONTAINER_MODES,
    LIMITS,
    NEEDS_VTX,
    PV_PORT_NEEDED,
    TECHNIQUES_BY_PRODUCT,
    VM_MODES,
)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    code: str = "ok"
    params: dict = field(default_factory=dict)
    message: str = ""  # English, formatted
    template: str = ""  # English with {param} fields: the GUI translates this
    # The ways out the sentence suggests, as data, so a test can take each one
    # and check it is accepted (every suggestion must be doable):
    #   ("mode", mode, product)       switch this host to that mode and product
    #   ("technique", technique)      give the VM that technique instead
    #   ("os", os_id)                 give the VM that guest OS instead
    #   ("other_host", mode, product) put the guest on a Linux host in that mode
    fixes: tuple = ()

    def __bool__(self) -> bool:
        return self.ok


OK = Verdict(True)


class RuleError(ValueError):
    """Raised when a refused change is attempted anyway."""

    def __init__(self, verdict: Verdict):
        super().__init__(verdict.message)
        self.verdict = verdict


def refuse(code: str, template: str, fixes: tuple = (), **params) -> Verdict:
    """A refusal: ``template`` is English with ``{name}`` fields filled from params."""
    return Verdict(False, code, params, template.format(**params), template, tuple(fixes))


def check_range(field_name: str, value: float) -> Verdict:
    low, high, unit = LIMITS[field_name]
    if not low <= value <= high:
        return refuse(
            "value_out_of_range",
            "{field} must be between {low} and {high} {unit}; got {value}.",
            field=field_name, low=low, high=high, unit=unit, value=value,
        )
    return OK


def check_mode(host: Host, mode: Mode, product: Product | None, guests: Iterable[Guest]) -> Verdict:
    """May ``host`` switch to ``mode`` run by ``product``?"""
    guests = list(guests)
    allowed = PRODUCTS_BY_MODE[mode]
    if mode is Mode.NATIVE:
        if product is not None:
            return refuse("product_mode_mismatch", "A native host runs no virtualization product.")
    elif product not in allowed:
        return refuse(
            "product_mode_mismatch",
            "{product} is not a {mode} product; choose one of {choices}.",
            product=product.value if product else "none", mode=mode.value, choices=", ".join(p.value for p in allowed),
        )
    # Containers inside VMs go with their VM's rules, not the host's kernel.
    guests = [g for g in guests if g.in_vm is None]
    running = [g for g in guests if g.state is not GuestState.OFF]
    if running and (mode, product) != (host.mode, host.product):
        return refuse(
            "host_has_running_guests",
            "Power off the {count} guest(s) on {host} before changing how it is virtualized.",
            count=len(running), host=host.name,
        )
    cpu = host.hardware.cpu
    if product in NEEDS_VTX and not cpu.vtx:
        return refuse(
            "needs_vtx",
            "This CPU has no {vtx}, so {product} cannot run on it.",
            vtx=cpu.vtx_name, product=product.value,
        )
    if product is Product.HYPER_V and not cpu.ept:
        return refuse("needs_ept", "Hyper-V needs a CPU with {ept} (second-level address translation).", ept=cpu.ept_name)
    if mode in (Mode.HYBRID, Mode.CONTAINER) and host.host_os != "linux":
        return refuse(
            "needs_linux_host",
            "{product} needs a Linux host kernel; this host runs {os}.",
            product=product.value, os=host.host_os,
        )
    vms = [g for g in guests if g.is_vm]
    containers = [g for g in guests if not g.is_vm]
    if mode in (Mode.NATIVE, Mode.CONTAINER) and vms:
        return refuse(
            "host_has_vms",
            "{host} still holds {count} VM(s); a {mode} host cannot run them. Move or delete them first.",
            host=host.name, count=len(vms), mode=mode.value,
        )
    if mode not in CONTAINER_MODES and containers:
        return refuse(
            "host_has_containers",
            "{host} still holds {count} container(s), which need a Linux kernel with a container engine "
            "(a container host or a KVM host). Move or delete them first.",
            host=host.name, count=len(containers),
        )
    for g in vms:
        v = check_vm_config(host_with(host, mode, product), g.config)
        if not v:
            return v
    return OK


def host_with(host: Host, mode: Mode, product: Product | None) -> Host:
    """A copy of ``host`` as it would be after a mode change (for what-if checks)."""
    return Host(host.id, host.name, host.hardware, mode, product, host.host_os, set(),
                page_sharing=host.page_sharing)


def check_vm_config(host: Host, cfg: VmConfig) -> Verdict:
    for name in ("vcpus", "memory_mb", "disk_gb"):
        v = check_range(name, getattr(cfg, name))
        if not v:
            return v
    os = GUEST_OSES.get(cfg.os)
    if os is None:
        return refuse("unknown_os", "Unknown guest operating system '{os}'.", os=cfg.os)
    cpu, hw = host.hardware.cpu, host.hardware
    if cfg.vcpus > cpu.cores:
        return refuse(
            "vcpus_exceed_cores",
            "A VM cannot have more vCPUs ({vcpus}) than its host has cores ({cores}).",
            vcpus=cfg.vcpus, cores=cpu.cores,
        )
    if cfg.memory_mb > hw.memory_mb:
        return refuse(
            "memory_exceeds_host",
            "A VM cannot have more memory ({memory} MB) than its host has ({host_memory} MB).",
            memory=cfg.memory_mb, host_memory=hw.memory_mb,
        )
    if cfg.memory_mb < os.min_memory_mb:
        return refuse(
            "memory_below_os_minimum",
            "{os} needs at least {minimum} MB of memory; this VM has {memory} MB.",
            os=os.name, minimum=os.min_memory_mb, memory=cfg.memory_mb,
        )
    if os.micro and host.product is not Product.KVM:
        return refuse("microvm_needs_kvm",
                      "{os} is a Firecracker micro-VM, which runs only on KVM: put it on a hybrid (KVM) host.",
                      os=os.name)
    if os.micro and cfg.io is not IoPath.PARAVIRTUAL:
        return refuse("microvm_virtio_only",
                      "A Firecracker micro-VM has only virtio devices (a minimal device model): "
                      "its I/O path is paravirtual.")
    if cfg.network not in VM_NETWORKS:
        return refuse("bad_network", "A VM's network is NAT, bridged or host-only, not {network}.", network=cfg.network.value)
    tech = cfg.technique
    if tech is Technique.HARDWARE and not cpu.vtx:
        return refuse(
            "technique_needs_vtx",
            "Hardware-assisted virtualization needs {vtx}, which this CPU lacks.",
            vtx=cpu.vtx_name,
        )
    if tech is Technique.PARA and not os.pv_capable and host.product in PV_PORT_NEEDED:
        if cpu.vtx:
            return refuse(
                "os_not_paravirtualizable",
                "{os} cannot be a Xen PV guest: run it as a hardware-assisted (HVM) guest with PV drivers.",
                fixes=(("technique", Technique.HARDWARE),), os=os.name,
            )
        return refuse(
            "os_not_paravirtualizable",
            "{os} cannot be a Xen PV guest, and without {vtx} it cannot run as an HVM guest either.",
            os=os.name, vtx=cpu.vtx_name,
        )
    if tech is Technique.FULL and host.product in BT_32BIT_ONLY and os.bits == 64:
        product = host.product.value
        if cpu.vtx:
            return refuse("bt_needs_32bit_guest",
                          "{product} translates only 32-bit guests, and {os} is 64-bit: use hardware "
                          "assistance ({vtx}) instead.", fixes=(("technique", Technique.HARDWARE),),
                          product=product, os=os.name, vtx=cpu.vtx_name)
        small = next((o for o in GUEST_OSES.values() if o.bits == 32 and o.family == os.family
                      and cfg.memory_mb >= o.min_memory_mb), None)
        if small is not None:
            return refuse("bt_needs_32bit_guest",
                          "{product} translates only 32-bit guests, {os} is 64-bit, and this CPU has no "
                          "{vtx}: use a 32-bit guest such as {small}.", fixes=(("os", small.id),),
                          product=product, os=os.name, vtx=cpu.vtx_name, small=small.name)
        return refuse("bt_needs_32bit_guest",
                      "{product} translates only 32-bit guests, {os} is 64-bit, and this CPU has no {vtx}: "
                      "{product} cannot run it here.", product=product, os=os.name, vtx=cpu.vtx_name)
    if host.product is not None and host.product in TECHNIQUES_BY_PRODUCT:
        offered = TECHNIQUES_BY_PRODUCT[host.product]
        if tech not in offered:
            doable = tuple(("technique", t) for t in offered
                           if check_vm_config(host, replace(cfg, technique=t)).ok)
            return refuse(
                "technique_not_offered",
                "{product} does not offer the {technique} technique; it offers {choices}.",
                fixes=doable, product=host.product.value,
                technique=tech.value, choices=", ".join(t.value for t in offered),
            )
    if cfg.io is IoPath.PASSTHROUGH:
        if host.mode is Mode.HOSTED:
            return refuse(
                "passthrough_not_hosted",
                "A hosted hypervisor cannot hand a device to a guest: the host OS owns the devices.",
            )
        if not cpu.iommu:
            return refuse(
                "passthrough_needs_iommu",
                "Device passthrough needs an IOMMU (VT-d / AMD-Vi), which this host lacks.",
            )
    if cfg.sriov:
        if not hw.nic.sriov:
            return refuse("sriov_needs_nic",
                          "This host's NIC cannot split itself into SR-IOV virtual functions.")
        if host.mode is Mode.HOSTED or not cpu.iommu:
            return refuse("sriov_needs_iommu",
                          "An SR-IOV virtual function is assigned through the IOMMU (VT-d / AMD-Vi) "
                          "by a bare-metal or hybrid hypervisor; this host cannot do that.")
    return OK


def check_container_fields(cfg: ContainerConfig) -> Verdict:
    """What a container's configuration must hold wherever it runs (a host or a VM)."""
    for name in ("cpu_limit", "memory_limit_mb"):
        v = check_range(name, getattr(cfg, name))
        if not v:
            return v
    if cfg.image not in IMAGES:
        return refuse("unknown_image", "Unknown container image '{image}'.", image=cfg.image)
    if cfg.network not in CONTAINER_NETWORKS:
        return refuse("bad_network", "A container's network is NAT or host, not {network}.", network=cfg.network.value)
    return OK


def check_container_config(host: Host, cfg: ContainerConfig) -> Verdict:
    v = check_container_fields(cfg)
    if not v:
        return v
    if cfg.cpu_limit > host.hardware.cpu.cores:
        return refuse(
            "cpu_limit_exceeds_cores",
            "The CPU limit ({limit}) is more than the host's {cores} cores.",
            limit=cfg.cpu_limit, cores=host.hardware.cpu.cores,
        )
    return OK


def _doable_modes(host: Host, config: VmConfig | ContainerConfig, modes: Iterable[Mode],
                  guests: Iterable[Guest]) -> list[tuple[Mode, Product]]:
    """(mode, product) pairs this host could switch to and then take ``config``: the
    ways out a refusal may suggest.  ``guests`` are those already on the host."""
    guests = list(guests)
    out = []
    for mode in modes:
        for product in PRODUCTS_BY_MODE[mode]:
            if check_mode(host, mode, product, guests) and check_place(host_with(host, mode, product), config):
                out.append((mode, product))
                break  # one product per mode is enough to name the mode
    return out


def _mode_fixes(pairs: list[tuple[Mode, Product]]) -> tuple[tuple, str]:
    return tuple(("mode", m, p) for m, p in pairs), ", ".join(m.value for m, _ in pairs)


def check_place(host: Host, config: VmConfig | ContainerConfig, guests: Iterable[Guest] = ()) -> Verdict:
    """May a guest with this configuration live on ``host``?  ``guests`` (those on the
    host already) only shape the way out a refusal suggests."""
    if isinstance(config, VmConfig):
        if host.mode is Mode.NATIVE:
            pairs = _doable_modes(host, config, VM_MODES, guests)
            if not pairs:
                return refuse("native_runs_no_vms",
                              "{host} runs no hypervisor, and none that VirtLab offers could run this VM here.",
                              host=host.name)
            fixes, choices = _mode_fixes(pairs)
            return refuse(
                "native_runs_no_vms",
                "{host} runs no hypervisor. To run VMs, switch it to one of these modes: {choices}.",
                fixes=fixes, host=host.name, choices=choices,
            )
        if host.mode is Mode.CONTAINER:
            return refuse(
                "container_host_runs_no_vms",
                "{host} is a container host; containers share its kernel, VMs need a hypervisor.",
                host=host.name,
            )
        return check_vm_config(host, config)
    if host.mode in CONTAINER_MODES:
        return check_container_config(host, config)
    # Ways out: switch this host to a mode with a Linux kernel and an engine, or
    # use another host (the student can always add a Linux host and make it one).
    pairs = _doable_modes(host, config, CONTAINER_MODES, guests)
    if pairs:
        fixes, choices = _mode_fixes(pairs)
        elsewhere = ()
    else:
        other = Host("", "", host.hardware, Mode.CONTAINER, Product.DOCKER, "linux", set())
        fixes, choices = (), ""
        elsewhere = (("other_host", Mode.CONTAINER, Product.DOCKER),) if check_container_config(other, config) else ()
    if host.mode is Mode.BARE_METAL:
        vm = next((g for g in guests if g.is_vm and g.state is GuestState.RUNNING
                   and GUEST_OSES[g.config.os].family == "linux"), None)
        if vm is not None:
            return refuse(
                "container_needs_linux_kernel",
                "A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. "
                "Drop it onto {vm}, a running Linux VM on {host}: the VM gets a Docker engine and runs it.",
                fixes=(("into_vm", vm.id),), host=host.name, vm=vm.name,
            )
        if linux_vm_fits(host):
            if pairs:
                return refuse(
                    "container_needs_linux_kernel",
                    "A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. "
                    "Run a Linux VM on it and drop the container onto that VM (the VM gets a Docker engine), "
                    "or switch it to one of these modes: {choices}.",
                    fixes=(("linux_vm",), *fixes), host=host.name, choices=choices,
                )
            return refuse(
                "container_needs_linux_kernel",
                "A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. "
                "Run a Linux VM on it and drop the container onto that VM (the VM gets a Docker engine).",
                fixes=(("linux_vm",),), host=host.name,
            )
        if pairs:
            return refuse(
                "container_needs_linux_kernel",
                "A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. "
                "Switch it to one of these modes: {choices}; or put the container on a host in one of them.",
                fixes=fixes, host=host.name, choices=choices,
            )
        return refuse(
            "container_needs_linux_kernel",
            "A Linux container needs a Linux kernel to share, and {host} runs a bare-metal hypervisor. "
            "Put the container on a Linux host that is a container host or runs KVM.",
            fixes=elsewhere, host=host.name,
        )
    if pairs:
        return refuse(
            "container_needs_engine",
            "{host} runs no container engine. To run containers, switch it to one of these modes: {choices}.",
            fixes=fixes, host=host.name, choices=choices,
        )
    if host.host_os != "linux":
        return refuse(
            "container_needs_engine",
            "A Linux container needs a Linux kernel to share, and {host} runs {os}. Put the container on "
            "a Linux host that is a container host or runs KVM.",
            fixes=elsewhere, host=host.name, os=host.host_os,
        )
    return refuse(
        "container_needs_engine",
        "{host} runs no container engine, and it cannot become a container or KVM host now. Put the "
        "container on a host that is one.",
        fixes=elsewhere, host=host.name,
    )


def linux_vm_fits(host: Host) -> bool:
    """Could a small Linux VM run on ``host`` as it is (the way a container in a VM takes)?"""
    return any(check_vm_config(host, VmConfig("debian-12", vcpus=1, memory_mb=1024, technique=t)) for t in Technique)


def check_power_on(host: Host, guest: Guest) -> Verdict:
    if guest.state not in (GuestState.OFF, GuestState.CRASHED, GuestState.SUSPENDED):
        return refuse("already_on", "{guest} is already {state}.", guest=guest.name, state=guest.state.value)
    return check_place(host, guest.config)
