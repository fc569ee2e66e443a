"""The vocabulary of the model: stacks, products, techniques, I/O paths, states.

Values are the strings used in scenario files, on the command line and in
JSON output, so they are part of VirtLab's public contract.
"""

from __future__ import annotations

from enum import Enum


class _Named(str, Enum):
    def __str__(self) -> str:  # "hosted", not "Mode.HOSTED"
        return self.value


class Mode(_Named):
    """How a physical host is virtualized."""

    NATIVE = "native"  # no virtualization: the baseline
    HOSTED = "hosted"  # type 2: host OS + VMM application
    BARE_METAL = "bare-metal"  # type 1: hypervisor on the hardware
    HYBRID = "hybrid"  # host kernel + hypervisor module (KVM) + QEMU per VM
    CONTAINER = "container"  # host OS + container engine


class Product(_Named):
    VMWARE_WORKSTATION = "vmware-workstation"
    VIRTUALBOX = "virtualbox"
    ESXI = "esxi"
    XEN = "xen"
    HYPER_V = "hyper-v"
    FUSIONSPHERE = "fusionsphere"
    KVM = "kvm"
    DOCKER = "docker"


# Which products realise which mode; the first is the default.
PRODUCTS_BY_MODE: dict[Mode, tuple[Product, ...]] = {
    Mode.NATIVE: (),
    Mode.HOSTED: (Product.VMWARE_WORKSTATION, Product.VIRTUALBOX),
    Mode.BARE_METAL: (Product.ESXI, Product.XEN, Product.HYPER_V, Product.FUSIONSPHERE),
    Mode.HYBRID: (Product.KVM,),
    Mode.CONTAINER: (Product.DOCKER,),
}


class Technique(_Named):
    """How a VM's privileged instructions are handled."""

    FULL = "full"  # binary translation in the VMM, guest unmodified
    PARA = "para"  # modified guest kernel issues hypercalls
    HARDWARE = "hardware"  # VT-x / AMD-V root and non-root mode


class IoPath(_Named):
    EMULATED = "emulated"  # a software model of a real device (IDE, e1000)
    PARAVIRTUAL = "paravirtual"  # virtio / vmxnet / Xen split drivers
    PASSTHROUGH = "passthrough"  # device assigned to the guest through the IOMMU


class Network(_Named):
    NAT = "nat"
    BRIDGED = "bridged"
    HOST_ONLY = "host-only"
    HOST = "host"  # containers only: share the host's network stack


VM_NETWORKS = (Network.NAT, Network.BRIDGED, Network.HOST_ONLY)
CONTAINER_NETWORKS = (Network.NAT, Network.HOST)


class GuestKind(_Named):
    VM = "vm"
    CONTAINER = "container"


class GuestState(_Named):
    OFF = "off"
    PULLING = "pulling"  # containers: the image is being downloaded
    STARTING = "starting"  # VM booting / container starting
    RUNNING = "running"
    SUSPENDED = "suspended"
    CRASHED = "crashed"


# States in which a guest consumes host CPU, memory and I/O.
ACTIVE_STATES = frozenset({GuestState.STARTING, GuestState.RUNNING})
# A suspended VM's memory is saved to disk and freed, as VMware's suspend does,
# so only active guests hold memory on their host.
