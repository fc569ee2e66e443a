"""What each product offers and needs: the tables behind ``core.sim.rules``.

Kept apart from the checks so that the facts about real products (with their
sources) can be read, and corrected, in one place.
"""

from __future__ import annotations

from core.model.kinds import Mode, Product, Technique

# Modes whose host kernel can run containers: a container host, and a Linux
# host that also runs KVM (Docker and KVM share one kernel, as on a Proxmox VE
# host that runs containers beside its VMs [ProxmoxCT]).
CONTAINER_MODES = (Mode.CONTAINER, Mode.HYBRID)
VM_MODES = (Mode.HOSTED, Mode.BARE_METAL, Mode.HYBRID)

# Ranges for numeric settings: (low, high, unit).
LIMITS = {
    "vcpus": (1, 128, ""),
    "memory_mb": (64, 2 * 1024 * 1024, "MB"),
    "disk_gb": (1, 64_000, "GB"),
    "cpu_limit": (0.1, 128.0, "cores"),
    "memory_limit_mb": (4, 1024 * 1024, "MB"),
}

# Techniques each product offers.  In the course notes' terms: full
# virtualization runs the guest unmodified, by binary translation ("full") or
# with hardware assistance ("hardware", VT-x/AMD-V) [Adams2006]; paravirtualization
# ("para") runs a guest kernel that makes hypercalls [Barham2003].
TECHNIQUES_BY_PRODUCT: dict[Product, tuple[Technique, ...]] = {
    Product.VMWARE_WORKSTATION: (Technique.FULL, Technique.HARDWARE),
    Product.VIRTUALBOX: (Technique.FULL, Technique.HARDWARE),
    # [VMI2011] ESXi's paravirtual CPU interface (VMI) was retired with vSphere 5.0;
    # since then ESXi paravirtualizes devices (pvscsi, vmxnet3), not the CPU.
    Product.ESXI: (Technique.FULL, Technique.HARDWARE),
    Product.XEN: (Technique.PARA, Technique.HARDWARE),  # PV and HVM domains; no BT
    Product.HYPER_V: (Technique.PARA, Technique.HARDWARE),  # enlightened guests [HyperVTLFS]
    # Assumption: FusionSphere's hypervisor (UVP) is Xen-derived, so it offers what Xen
    # offers; like every current server hypervisor it needs VT-x/AMD-V (below).
    Product.FUSIONSPHERE: (Technique.PARA, Technique.HARDWARE),
    # KVM is full virtualization with hardware assistance; QEMU without KVM
    # would translate binaries (TCG), which VirtLab does not model.
    Product.KVM: (Technique.HARDWARE,),
}
# Hypervisors that cannot start at all without VT-x/AMD-V.  Without it, of the
# bare-metal products only Xen runs, with paravirtualized guests [Barham2003].
NEEDS_VTX = {Product.KVM, Product.HYPER_V, Product.ESXI, Product.FUSIONSPHERE}
# Products whose paravirtual interface takes only guests ported to it: a Xen PV
# guest needs a kernel ported to the Xen PV interface.  Windows XP was ported
# in [Barham2003] but that port never left the lab, so Windows runs on Xen as
# an HVM guest with PV drivers.  Hyper-V's enlightenments are made for Windows
# (and Linux has them too) [HyperVTLFS], so any catalog OS may be para there.
PV_PORT_NEEDED = {Product.XEN, Product.FUSIONSPHERE}
# [VirtualBoxManual] VirtualBox runs 64-bit guests only with VT-x/AMD-V; its
# binary translator served 32-bit guests (and VirtualBox 7 dropped it).
BT_32BIT_ONLY = {Product.VIRTUALBOX}
