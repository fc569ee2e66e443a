"""The layers each stack puts between the hardware and its guests.

A host in a given mode gets a fixed set of host-wide layers (host OS, VMM,
hypervisor, Dom0, KVM module, container daemon); a hybrid host also gets one
QEMU process per VM.  Each layer has a memory footprint and a base CPU load,
and is where the engine charges the overhead it causes.

Footprints and base loads are modelling assumptions (typical installed sizes),
except Xen's per-domain state [Barham2003].
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model.kinds import IoPath, Mode, Product


@dataclass(frozen=True)
class LayerSpec:
    key: str  # "hostos", "vmm", "hypervisor", "mgmt", "kvm", "daemon", "qemu"
    kind: str  # drawing kind in the layer graph
    level: int  # 0 hardware ... 5 applications
    memory_mb: float
    base_cpu: float  # cores used with no guests
    per_vm_memory_mb: float = 0.0  # bookkeeping per VM (page tables, device state)


HW_LEVEL, KERNEL_LEVEL, SERVICE_LEVEL, EMULATOR_LEVEL, GUEST_LEVEL, APP_LEVEL = range(6)

_HOST_OS = {
    "linux": LayerSpec("hostos", "hostos", KERNEL_LEVEL, 1024, 0.05),
    "windows": LayerSpec("hostos", "hostos", KERNEL_LEVEL, 2048, 0.15),
}
_VMM = LayerSpec("vmm", "vmm", SERVICE_LEVEL, 250, 0.02, per_vm_memory_mb=60)
_HYPERVISOR = {
    Product.ESXI: LayerSpec("hypervisor", "hypervisor", KERNEL_LEVEL, 300, 0.05, 30),
    # [Barham2003] a Xen domain keeps ~20 kB of hypervisor state.
    Product.XEN: LayerSpec("hypervisor", "hypervisor", KERNEL_LEVEL, 64, 0.02, 0.02),
    Product.HYPER_V: LayerSpec("hypervisor", "hypervisor", KERNEL_LEVEL, 128, 0.03, 20),
    Product.FUSIONSPHERE: LayerSpec("hypervisor", "hypervisor", KERNEL_LEVEL, 300, 0.05, 30),
}
# Xen's Dom0 and Hyper-V's root partition: a privileged OS that owns the
# device drivers and runs the management tools.
_MGMT = LayerSpec("mgmt", "mgmt", SERVICE_LEVEL, 1024, 0.10)
_KVM = LayerSpec("kvm", "kvm", SERVICE_LEVEL, 0, 0.0, per_vm_memory_mb=5)
_QEMU = LayerSpec("qemu", "qemu", EMULATOR_LEVEL, 120, 0.005)
# A micro-VM's VMM (Firecracker) replaces QEMU: under 5 MiB per micro-VM [Agache2020].
# It keeps the "qemu" key because it is the same place in the stack (the per-VM
# user-space device model that moves virtio I/O); the graph names it.
_FIRECRACKER = LayerSpec("qemu", "qemu", EMULATOR_LEVEL, 5, 0.001)
_DAEMON = LayerSpec("daemon", "daemon", SERVICE_LEVEL, 80, 0.01)


def host_layers(mode: Mode, product: Product | None, host_os: str,
                containers: bool = False) -> list[LayerSpec]:
    """Host-wide layers, bottom to top (the hardware itself is not a layer here).

    ``containers``: the host holds containers; a KVM host then runs a container
    engine beside KVM (Docker and KVM share one Linux kernel [ProxmoxCT])."""
    os_layer = _HOST_OS.get(host_os, _HOST_OS["linux"])
    if mode is Mode.NATIVE:
        return [os_layer]
    if mode is Mode.HOSTED:
        return [os_layer, _VMM]
    if mode is Mode.BARE_METAL:
        hv = _HYPERVISOR.get(product, _HYPERVISOR[Product.ESXI])
        return [hv, _MGMT] if product in (Product.XEN, Product.HYPER_V) else [hv]
    if mode is Mode.HYBRID:
        return [_HOST_OS["linux"], _KVM] + ([_DAEMON] if containers else [])
    return [_HOST_OS["linux"], _DAEMON]


def vm_layers(mode: Mode, micro: bool = False) -> list[LayerSpec]:
    """Layers created for each VM (one QEMU process per VM under KVM; Firecracker for a micro-VM)."""
    if mode is not Mode.HYBRID:
        return []
    return [_FIRECRACKER] if micro else [_QEMU]


def nested_layers() -> list[LayerSpec]:
    """Layers inside a VM that runs containers: its own Docker engine (core.sim.nesting).
    Its memory is part of the VM's (assumption: the same footprint as on a host)."""
    return [_DAEMON]


def compute_overhead_layer(mode: Mode) -> str | None:
    """Which layer pays for trapping and translating privileged work."""
    return {
        Mode.HOSTED: "vmm",
        Mode.BARE_METAL: "hypervisor",
        Mode.HYBRID: "kvm",
        Mode.CONTAINER: "hostos",
    }.get(mode)


def io_overhead_layer(mode: Mode, product: Product | None, io: IoPath | None,
                      network: bool = False) -> str | None:
    """Which layer moves the guest's disk (or, with ``network``, network) I/O: the
    host OS, Dom0, the hypervisor or QEMU.

    Xen's and Hyper-V's guests do their I/O through the drivers of Dom0 / the root
    partition, ESXi through its own drivers in the VMkernel [Barham2003].  Under
    KVM, virtio-blk requests go through QEMU [Felter2014] while vhost-net moves
    packets in a host-kernel thread [Felter2014], so the two are charged apart."""
    if mode is Mode.NATIVE:
        return None
    if mode in (Mode.HOSTED, Mode.CONTAINER):
        return "hostos"
    if mode is Mode.HYBRID:
        if io is IoPath.PASSTHROUGH:
            return "kvm"
        return "hostos" if network and io is IoPath.PARAVIRTUAL else "qemu"
    if product in (Product.XEN, Product.HYPER_V) and io is not IoPath.PASSTHROUGH:
        return "mgmt"  # split drivers: the backend runs in Dom0 / the root partition
    return "hypervisor"


# Hypervisors that can merge identical pages between VMs (ESXi's transparent
# page sharing, KVM's KSM; FusionSphere: assumption, like ESXi).  None does it
# by default any more: ESXi stopped sharing between VMs in 2014 [VMwareTPS2014]
# and KSM runs only once switched on [LinuxKSM], so a host shares pages only
# when its ``page_sharing`` setting is on.  The saving is from [Waldspurger2002].
PAGE_SHARING_PRODUCTS = {Product.ESXI, Product.KVM, Product.FUSIONSPHERE}

# [Waldspurger2002] page sharing reclaims 7-33 % of guest memory on real
# workloads; we take the top of that range for VMs that share an OS image with
# k-1 siblings on the same host, scaled by (k-1)/k.
PAGE_SHARING_FRACTION = 0.33
# Assumption: a guest whose working set is 5 % swapped runs at half speed
# (each swapped page costs a disk access instead of a memory access).
SWAP_PENALTY = 20.0


def layer_id(owner_id: str, key: str) -> str:
    """Stable id of a layer instance: '<host or guest id>/<layer key>'."""
    return f"{owner_id}/{key}"
