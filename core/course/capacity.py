"""VMs and containers side by side: start time, footprint, how many fit, isolation.

``capacity`` counts how many copies of a guest fit on a host's RAM without
overcommit (the layers' own memory first); CPU is not the limit because vCPUs
may be overcommitted (they then wait: ready time).  ``side_by_side`` puts a VM
template and a container image next to each other on the same hardware.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model.catalog import GUEST_OSES, IMAGES, VM_TEMPLATES
from core.model.hardware import Hardware
from core.model.kinds import Mode, Product
from core.model.layers import host_layers
from core.sim.power import CONTAINER_START_S


@dataclass(frozen=True)
class Footprint:
    kind: str  # "vm" or "container"
    name: str
    start_s: float
    memory_mb: float  # resident per guest, including per-VM layer state
    fits: int  # how many fit in the host's RAM
    own_kernel: bool  # isolation: a kernel of its own, or the host's shared one
    # What separates it from its neighbours: the hypervisor (a VM) or the shared
    # kernel's namespaces and cgroups (a container) [LinuxNamespaces] [LinuxCgroupV2].
    boundary: str = "hypervisor"
    # What is shipped to run it elsewhere, in MB: a VM's disk with a whole OS, or
    # an image with the application and its libraries only, built once and run on
    # any host with a Linux kernel and a container engine [DockerStorage].
    ship_mb: float = 0.0


def _per_vm_mb(mode: Mode, product: Product | None) -> float:
    from core.model.layers import vm_layers

    layers = host_layers(mode, product, "linux")
    return sum(s.per_vm_memory_mb for s in layers) + sum(s.memory_mb for s in vm_layers(mode))


def capacity(hw: Hardware, mode: Mode, product: Product | None, per_guest_mb: float) -> int:
    free = hw.memory_mb - sum(s.memory_mb for s in host_layers(mode, product, "linux"))
    return max(0, int(free // per_guest_mb)) if per_guest_mb > 0 else 0


def vm_footprint(hw: Hardware, template_id: str, mode: Mode = Mode.HYBRID,
                 product: Product | None = Product.KVM) -> Footprint:
    t = VM_TEMPLATES[template_id]
    mem = t.memory_mb + _per_vm_mb(mode, product)
    return Footprint("vm", t.name, GUEST_OSES[t.os].boot_s, mem, capacity(hw, mode, product, mem), True,
                     "hypervisor", t.disk_gb * 1024.0)


def container_footprint(hw: Hardware, image_id: str) -> Footprint:
    img = IMAGES[image_id]
    mem = float(img.memory_mb)  # only what its processes touch: no guest kernel
    return Footprint("container", img.name, CONTAINER_START_S, mem,
                     capacity(hw, Mode.CONTAINER, Product.DOCKER, mem), False, "kernel", float(img.size_mb))


def side_by_side(hw: Hardware, template_id: str = "ubuntu", image_id: str = "nginx") -> tuple[Footprint, Footprint]:
    return vm_footprint(hw, template_id), container_footprint(hw, image_id)
