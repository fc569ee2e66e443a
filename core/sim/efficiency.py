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
# [Adams2006] measured on a hosted product (VMware Player on a Pentium 4), so
# its figures are the hosted stack's as they stand: no second "hosted" penalty
# goes on top.  A bare-metal or KVM hypervisor skips the hosted VMM's world
# switch into the host OS for timers, interrupts and page faults: assumption, it
# recovers a tenth of the OS- and MMU-bound time (_NO_HOST_OS_SWITCH below);
# [Barham2003]'s Xen figures were measured bare-metal and get no such bonus.
_COMPUTE: dict[str, dict[str, float]] = {
    # Full virtualization by binary translation.
    "full": {
        "cpu": 0.98,  # [Adams2006] SPECjbb2005 under binary translation
        # [Adams2006] kernel compile, native 265 s vs BT 393 s (0.67); [Barham2003]
        # measured 263 vs 334 s (0.79) on VMware Workstation: we take the former.
        "os": 265 / 393,
        "mmu": 1093 / 3927,  # [Adams2006] page fault cycles, native vs BT
        "mem": 0.98,  # [Felter2014] STREAM in a VM: -1 to -3 %
    },
    # Full virtualization with first-generation hardware assistance (no EPT/NPT).
    "hardware-noept": {
        "cpu": 0.99,  # [Adams2006] SPECjbb2005, first-generation hardware assist
        "os": 265 / 484,  # [Adams2006] kernel compile, hardware assist 484 s
        "mmu": 1093 / 11242,  # [Adams2006] page fault cycles under VT-x without EPT
        "mem": 0.98,  # [Felter2014]
    },
    # Full virtualization with hardware assistance and EPT/NPT (how KVM runs).
    "hardware": {
        # [Adams2006] SPECjbb2005 0.99.  [Felter2014] KVM Linpack: 284.2 of 290.8
        # GFLOPS tuned (vCPUs pinned, host topology exposed), only 241.3 (0.83)
        # untuned: VirtLab models the tuned guest.
        "cpu": 0.99,
        # [VMwareEPT2009] EPT makes MMU-heavy benchmarks up to 48 % faster than
        # shadow paging.  Assumption: that 2009 gain (Nehalem) is applied to the
        # [Adams2006] figure measured on a 2006 Pentium 4; no source measured both
        # on one machine.
        "os": min(1.0, 265 / 484 * 1.48),
        # [VMwareEPT2009] up to 600 % (7x) faster on MMU micro-benchmarks, on the
        # same 2006 base (assumption, as above).  What is left is the TLB miss:
        # with EPT the CPU walks the guest's and the host's page tables together,
        # up to 24 memory references instead of 4 [Bhargava2008]; large pages
        # shorten both walks, which is why EPT guests want them [VMwareEPT2009].
        "mmu": min(1.0, 1093 / 11242 * 7.0),
        "mem": 0.98,  # [Felter2014] STREAM -1 to -3 %
    },
    "para": {
        "cpu": 567 / 567,  # [Barham2003] SPECINT2000 on Xen: identical to native
        "os": 263 / 271,  # [Barham2003] Linux kernel build, native 263 s vs Xen 271 s
        # Assumption: every page-table update is a hypercall that Xen validates
        # (batched), so page-table-heavy work is slower than under EPT/NPT, where
        # the guest writes its own page tables and pays only on TLB misses; this
        # is why Xen moved its PV guests to PVH.  Cheaper than shadow paging.
        # Hyper-V's enlightened guests use the same figures (assumption).
        "mmu": 0.5,
        "mem": 0.98,  # [Felter2014] (same memory path as any VM)
    },
}

_NO_HOST_OS_SWITCH = {"os": 1 / 0.9, "mmu": 1 / 0.9}  # assumption, see above
_MEASURED_HOSTED = ("full", "hardware-noept", "hardware")  # techniques with [Adams2006] figures

# --- I/O: keyed by (stack family, I/O path) ------------------------------------
# Stack families: "hosted", "bare-metal", "hybrid". Containers and native are 1.0
# except for latency under NAT.
_IO: dict[tuple[str, IoPath], dict[str, float]] = {
    ("hybrid", IoPath.PARAVIRTUAL): {
        "disk_seq": 1.0,  # [Felter2014] sequential I/O: native ~ KVM
        # [Felter2014] random IOPS about half of native, measured with virtio-blk:
        # every request goes through QEMU's single I/O thread.
        "disk_rand": 0.5,
        # [Felter2014] 10 GbE bulk: KVM with vhost-net ~ 9.3 Gb/s like native;
        # vhost-net moves packets in the host kernel, not in QEMU.
        "net_tput": 1.0,
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
        "net_tput": 897 / 897,  # [Barham2003] ttcp on Xen (split drivers) equals native
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
        # Assumption: a paravirtual NIC (vmxnet) drops the device model, but each
        # packet still crosses the VMM and the host OS's network stack.
        "net_tput": 0.85,
        "net_lat": 0.45,  # assumption: guest -> VMM -> host OS stack -> NIC
    },
    ("hosted", IoPath.EMULATED): {
        "disk_seq": 0.45,  # [Proxmox] factor 2 below the PV path
        "disk_rand": 0.225,  # [Proxmox] factor 2 below the PV path
        # [Barham2003] VMware Workstation's emulated NIC: ttcp transmit 291 and
        # receive 615 Mb/s vs 897 native (one NIC, two directions, not "paravirtual
        # vs emulated"); we take the slower direction (assumption: a bulk
        # transfer is as fast as its bottleneck).
        "net_tput": 291 / 897,
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
    if cfg.mode is not Mode.HOSTED and key in _MEASURED_HOSTED:
        for c, f in _NO_HOST_OS_SWITCH.items():
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
