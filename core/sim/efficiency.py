"""How fast each stack runs each class of work, relative to native = 1.0.

This is where the published measurements enter the model.  Each number names
its source key (``sources.py``); "assumption" marks a modelling choice that no
source pins down, with the reason.  What matters most is the *order* of stacks
for each class (overhead-figures.md, last section); tests check that order.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model.kinds import IoPath, Mode, Network, Product, Technique
from core.model.workloads import CLASSES

# --- compute: CPU, system calls, page-table work, memory bandwidth -------------
# Keys: technique, or "hardware-noept" for first-generation VT-x without EPT.
_COMPUTE: dict[str, dict[str, float]] = {
    "full": {
        "cpu": 0.98,  # [Adams2006] SPECjbb2005 under binary translation
        "os": 265 / 393,  # [Adams2006] kernel compile, native 265 s vs BT 393 s
        "mmu": 1093 / 3927,  # [Adams2006] page fault cycles, native vs BT
        "mem": 0.98,  # [Felter2014] STREAM in a VM: -1 to -3 %
    },
    "hardware-noept": {
        "cpu": 0.99,  # [Adams2006] SPECjbb2005, first-generation hardware assist
        "os": 265 / 484,  # [Adams2006] kernel compile, hardware assist 484 s
        "mmu": 1093 / 11242,  # [Adams2006] page fault cycles under VT-x without EPT
        "mem": 0.98,  # [Felter2014]
    },
    "hardware": {
        # [Adams2006] SPECjbb2005 0.99; [Felter2014] tuned KVM Linpack agrees (0.98).
        "cpu": 0.99,
        # [VMwareEPT2009] EPT makes MMU-heavy benchmarks up to 48 % faster than
        # shadow paging; applied to the [Adams2006] no-EPT kernel-compile figure.
        "os": min(1.0, 265 / 484 * 1.48),
        # [VMwareEPT2009] up to 600 % (7x) faster on MMU micro-benchmarks.
        "mmu": min(1.0, 1093 / 11242 * 7.0),
        "mem": 0.98,  # [Felter2014] STREAM -1 to -3 %
    },
    "para": {
        "cpu": 567 / 567,  # [Barham2003] SPECINT2000 on Xen: identical to native
        "os": 263 / 271,  # [Barham2003] Linux kernel build, native 263 s vs Xen 271 s
        # Assumption: the guest batches page-table updates into hypercalls that
        # Xen validates; cheaper than shadow paging, dearer than EPT walks.
        "mmu": 0.75,
        "mem": 0.98,  # [Felter2014] (same memory path as any VM)
    },
}

# Extra cost of the hosted (type 2) stack on top of the technique: the VMM
# world-switches through the host OS for timer, interrupt and page-fault work.
# [Barham2003] VMware Workstation builds the kernel in 334 s vs 263 s native,
# worse than the bare-metal BT figure of [Adams2006]; assumption: 0.9 on the
# OS- and MMU-bound classes, none on pure user-mode code (SPECINT 554/567).
_HOSTED_COMPUTE = {"cpu": 554 / 567 / 0.98, "os": 0.9, "mmu": 0.9, "mem": 1.0}

# --- I/O: keyed by (stack family, I/O path) ------------------------------------
# Stack families: "hosted", "bare-metal", "hybrid". Containers and native are 1.0
# except for latency under NAT.
_IO: dict[tuple[str, IoPath], dict[str, float]] = {
    ("hybrid", IoPath.PARAVIRTUAL): {
        "disk_seq": 1.0,  # [Felter2014] sequential I/O: native ~ KVM
        "disk_rand": 0.5,  # [Felter2014] random IOPS about half: every I/O goes through QEMU
        "net_tput": 1.0,  # [Felter2014] 10 GbE bulk: KVM (vhost) ~ 9.3 Gb/s like native
        "net_lat": 1 / 1.8,  # [Felter2014] request/response latency +80 %
    },
    ("hybrid", IoPath.EMULATED): {
        "disk_seq": 0.5,  # [Proxmox] virtio-blk doubles sequential writes over IDE
        "disk_rand": 0.25,  # assumption: the [Proxmox] factor 2 on top of the QEMU path
        "net_tput": 1 / 3,  # [Proxmox] virtio-net up to 3x an emulated e1000
        "net_lat": 0.4,  # assumption: a full device model per packet, worse than virtio
    },
    ("bare-metal", IoPath.PARAVIRTUAL): {
        "disk_seq": 1.0,  # [Felter2014] sequential I/O near native with PV drivers
        # Assumption: split drivers or pvscsi skip the user-space QEMU hop, so
        # better than KVM's 0.5 [Felter2014] but not native.
        "disk_rand": 0.8,
        "net_tput": 897 / 897,  # [Barham2003] ttcp on Xen equals native
        "net_lat": 0.6,  # assumption: one hypervisor/backend hop, like vhost
    },
    ("bare-metal", IoPath.EMULATED): {
        "disk_seq": 0.5,  # [Proxmox] emulated IDE is half of virtio-blk
        "disk_rand": 0.4,  # assumption: [Proxmox] factor 2 below the PV path
        "net_tput": 1 / 3,  # [Proxmox] e1000 vs virtio-net
        "net_lat": 0.4,  # assumption, as for hybrid
    },
    ("hosted", IoPath.PARAVIRTUAL): {
        "disk_seq": 0.9,  # assumption: virtual disk is a file on the host OS's file system
        "disk_rand": 0.45,  # assumption: host OS file I/O plus the VMM process, like QEMU
        "net_tput": 615 / 897,  # [Barham2003] VMware Workstation ttcp RX 615 vs 897 Mb/s
        "net_lat": 0.45,  # assumption: guest -> VMM -> host OS stack -> NIC
    },
    ("hosted", IoPath.EMULATED): {
        "disk_seq": 0.45,  # [Proxmox] factor 2 below the PV path
        "disk_rand": 0.225,  # [Proxmox] factor 2 below the PV path
        "net_tput": 291 / 897,  # [Barham2003] VMware Workstation ttcp TX 291 vs 897 Mb/s
        "net_lat": 0.3,  # assumption: worst path of all
    },
}
_PASSTHROUGH = {
    "disk_seq": 0.98,  # [Gordon2012] device assignment reaches 97-100 % of bare metal
    "disk_rand": 0.98,  # [Gordon2012]
    "net_tput": 0.98,  # [Gordon2012]
    "net_lat": 0.97,  # [Gordon2012] (ELI's worst case)
}
# Assumption: address translation in the VMM's NAT engine costs a little on
# every packet; bridged and host-only go straight to a virtual switch.
_VM_NAT = {"net_tput": 0.95, "net_lat": 0.9}
# [Felter2014] Docker with NAT doubles request/response latency; host
# networking is native; bulk throughput is native either way.
_CONTAINER_NAT = {"net_lat": 0.5}


@dataclass(frozen=True)
class StackConfig:
    """Everything about a guest's placement that decides its efficiency."""

    mode: Mode
    product: Product | None = None
    technique: Technique | None = None
    ept: bool = True
    io: IoPath | None = None
    network: Network | None = None
    sriov: bool = False  # network through an SR-IOV virtual function


def _family(mode: Mode) -> str:
    return mode.value


def efficiency(cfg: StackConfig) -> tuple[float, ...]:
    """Relative speed per class in ``CLASSES`` order (1.0 = native)."""
    eff = dict.fromkeys(CLASSES, 1.0)
    if cfg.mode is Mode.NATIVE:
        return tuple(eff.values())
    if cfg.mode is Mode.CONTAINER:
        # [Felter2014] Docker: CPU, memory, disk all "almost identical" to native.
        if cfg.network is Network.NAT:
            eff.update(_CONTAINER_NAT)
        return tuple(eff.values())

    tech = cfg.technique or Technique.HARDWARE
    key = "hardware-noept" if tech is Technique.HARDWARE and not cfg.ept else tech.value
    eff.update(_COMPUTE[key])
    if cfg.mode is Mode.HOSTED:
        for c, f in _HOSTED_COMPUTE.items():
            eff[c] = min(1.0, eff[c] * f)
    io = cfg.io or IoPath.EMULATED
    eff.update(_PASSTHROUGH if io is IoPath.PASSTHROUGH else _IO[(_family(cfg.mode), io)])
    if cfg.sriov:
        # An SR-IOV virtual function is a slice of the real NIC assigned through
        # the IOMMU: the same path as device assignment [Gordon2012].
        eff.update({c: _PASSTHROUGH[c] for c in ("net_tput", "net_lat")})
    elif cfg.network is Network.NAT and io is not IoPath.PASSTHROUGH:
        for c, f in _VM_NAT.items():
            eff[c] *= f
    return tuple(eff.values())


# --- CPU the virtualization layer burns to move I/O -----------------------------
# [Felter2014]: at 10 GbE the cost of virtualized networking "shows as CPU
# cycles, not throughput". The size of that cost is an assumption, ordered
# passthrough < paravirtual < emulated as the device paths are.
# Values: (cores per Gb/s, cores per 10,000 IOPS)
_IO_CPU: dict[IoPath | None, tuple[float, float]] = {
    IoPath.PASSTHROUGH: (0.02, 0.02),
    IoPath.PARAVIRTUAL: (0.15, 0.25),
    IoPath.EMULATED: (0.5, 0.8),
    None: (0.0, 0.0),
}
_CONTAINER_NAT_CPU_PER_GBPS = 0.05  # assumption: iptables/docker-proxy in the host kernel


def io_cpu_cost(cfg: StackConfig) -> tuple[float, float]:
    """(cores per Gb/s, cores per 10k IOPS) charged to the I/O layer."""
    if cfg.mode is Mode.NATIVE:
        return (0.0, 0.0)
    if cfg.mode is Mode.CONTAINER:
        return (_CONTAINER_NAT_CPU_PER_GBPS if cfg.network is Network.NAT else 0.0, 0.0)
    net, disk = _IO_CPU[cfg.io or IoPath.EMULATED]
    if cfg.sriov:
        net = _IO_CPU[IoPath.PASSTHROUGH][0]  # the VF's packets never reach the hypervisor
    return net, disk


def relative_speed(weights: tuple[float, ...], eff: tuple[float, ...]) -> float:
    """Speed relative to native for a mix of work: time adds up, so harmonic."""
    return 1.0 / sum(w / e for w, e in zip(weights, eff, strict=True) if w)
