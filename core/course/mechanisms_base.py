"""Building blocks of the step-through paths: a hop, a guest's stack seen as roles,
the fixed costs with their sources, and the explanations the views link to.

A hop is drafted with a *role* (the layer graph's node kind: "guestos",
"hypervisor", "qemu", ...) and resolved to a node id once the guest is known
(``mechanisms.py``).  Actions and explanations are English; they are also the
translation keys, so the GUI lists them for lupdate (``gui/text/path_texts.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model.kinds import IoPath, Mode, Product, Technique
from core.sim.efficiency import StackConfig

ASSUMPTION = "assumption"
CYCLES, MICROSECONDS = "cycles", "us"

# --- fixed costs ------------------------------------------------------------------------
# Native costs of the instructions themselves: assumptions (typical x86-64 figures;
# no source in reference/overhead-figures.md measures them one by one).
NATIVE_CYCLES = {"syscall": 150, "page-table": 50, "timer": 100, "io-port": 1000, "cpuid": 100}
# [Adams2006] a system call under binary translation costs ~2000 extra cycles;
# with hardware assist it runs natively in the guest.
BT_SYSCALL_EXTRA = 2000
# [Adams2006] page fault: 1093 cycles native, 3927 with binary translation,
# 11242 with first-generation VT-x and shadow page tables.  The engine's mmu
# efficiency for these techniques is the same ratio (core/sim/efficiency.py).
NATIVE_PAGE_FAULT = 1093
BT_PAGE_FAULT = 3927
VTX_SHADOW_PAGE_FAULT = 11242
# [Agesen2012] a VM exit and the VM entry back cost from ~500 cycles (recent CPUs)
# to over 2000 (the first VT-x Pentium 4s); we take 1000 as a mid-range figure.
VM_EXIT_ROUND_TRIP = 1000
# Assumptions: handing an exit from the kernel module to the user-space device model
# (KVM -> QEMU) or a world switch to the host OS (hosted VMMs), and the device
# model's own work on one register access.
USER_EXIT_SWITCH = 2000
WORLD_SWITCH = 3000
DEVICE_MODEL = 1000
EMULATE_SMALL = 200  # assumption: emulating CPUID or a timer register in the monitor
# Assumption: one page-walk reference costs ~25 cycles on average (most hit the caches).
WALK_REF_CYCLES = 25


def walk_refs(guest_levels: int, nested_levels: int) -> int:
    """Memory references of a TLB miss with nested paging [Bhargava2008]: each of the
    guest's levels and the final guest-physical address need a nested walk, so
    n*m + n + m (24 for 4 x 4 levels); without nesting, just the guest's levels."""
    if nested_levels == 0:
        return guest_levels
    return guest_levels * nested_levels + guest_levels + nested_levels


@dataclass(frozen=True)
class Draft:
    """A hop before it is placed on a guest's nodes."""

    role: str  # a node kind of the layer graph
    action: str
    cost: float
    source: str
    exits: int = 0
    switches: int = 0
    copies: int = 0
    refs: int = 0
    weight: float = 0.0  # >0: gets this share of the stack's measured overhead (see split)


def d(role: str, action: str, cost: float = 0.0, source: str = ASSUMPTION, **counts) -> Draft:
    return Draft(role, action, cost, source, **counts)


def split(drafts: list[Draft], overhead: float, source: str) -> list[Draft]:
    """Give the weighted hops their share of ``overhead`` with ``source``: the engine's
    measured cost of this stack, spread over the hops that cause it."""
    total = sum(h.weight for h in drafts) or 1.0
    out = []
    for h in drafts:
        if h.weight > 0:
            h = Draft(h.role, h.action, h.cost + overhead * h.weight / total, source,
                      h.exits, h.switches, h.copies, h.refs)
        out.append(h)
    return out


@dataclass(frozen=True)
class Stack:
    """A guest's stack in the roles the paths need."""

    cfg: StackConfig
    container: bool = False

    @property
    def mode(self) -> Mode:
        return self.cfg.mode

    @property
    def vm(self) -> bool:
        return self.mode not in (Mode.NATIVE, Mode.CONTAINER)

    @property
    def technique(self) -> Technique | None:
        return (self.cfg.technique or Technique.HARDWARE) if self.vm else None

    @property
    def ept(self) -> bool:
        return self.technique is Technique.HARDWARE and self.cfg.ept

    @property
    def io(self) -> IoPath | None:
        return (self.cfg.io or IoPath.EMULATED) if self.vm else None

    @property
    def monitor(self) -> str:
        """Who catches the guest's privileged work."""
        return {Mode.HOSTED: "vmm", Mode.BARE_METAL: "hypervisor", Mode.HYBRID: "kvm"}.get(self.mode, "hostos")

    @property
    def split_drivers(self) -> bool:
        """Xen and Hyper-V: a privileged partition (Dom0 / root) owns the real drivers."""
        return self.cfg.product in (Product.XEN, Product.HYPER_V)

    @property
    def driver(self) -> str:
        """Where the real device driver runs."""
        if self.mode in (Mode.HOSTED, Mode.HYBRID, Mode.CONTAINER, Mode.NATIVE):
            return "hostos"
        return "mgmt" if self.split_drivers else "hypervisor"

    @property
    def device_model(self) -> str:
        """Where an emulated device is modelled."""
        if self.mode is Mode.HYBRID:
            return "qemu"
        if self.mode is Mode.HOSTED:
            return "vmm"
        return "mgmt" if self.split_drivers else "hypervisor"

    @property
    def guest(self) -> str:
        return "container" if self.container else ("guestos" if self.vm else "hostos")

    @property
    def app(self) -> str:
        return "app" if self.mode is not Mode.NATIVE else "hostos"


# --- explanations: why the hops are what they are ----------------------------------------
EXPLANATIONS: dict[str, str] = {
    "popek-goldberg": (
        "Popek and Goldberg (1974): a machine can be virtualized by trap-and-emulate only if "
        "every sensitive instruction is privileged, so that it traps when the de-privileged "
        "guest kernel runs it. x86 before VT-x broke this rule: several instructions, such as "
        "POPF and SGDT, behave differently in user mode but do not trap, so a monitor never "
        "sees them."),
    "binary-translation": (
        "Binary translation (VMware, VirtualBox without VT-x): the monitor reads the guest "
        "kernel's code before it runs, copies it into a translation cache and rewrites each "
        "sensitive instruction into a call to its own emulation routine. User code and most "
        "kernel code run unchanged; the rewritten spots cost extra cycles."),
    "hypercall": (
        "Paravirtualization (Xen PV, Hyper-V enlightenments): the guest kernel is modified to "
        "know it runs on a hypervisor. Instead of executing a sensitive instruction and "
        "hoping it traps, it calls the hypervisor directly with a hypercall, and can batch "
        "several requests (such as page-table updates) into one call."),
    "vtx-root": (
        "VT-x / AMD-V add a second set of CPU modes: the hypervisor runs in root mode, the "
        "guest in non-root mode with its kernel in ring 0 as usual. Sensitive instructions "
        "chosen by the hypervisor cause a VM exit to root mode; the hypervisor emulates them "
        "and resumes the guest with a VM entry. Each round trip costs hundreds to thousands "
        "of cycles."),
    "shadow-paging": (
        "Shadow page tables: the guest's page tables map guest-virtual to guest-physical "
        "addresses, which are not real. The monitor keeps a shadow table from guest-virtual to "
        "host-physical that the CPU actually walks, and write-protects the guest's tables so "
        "that every update traps and the shadow can be fixed."),
    "ept": (
        "EPT / NPT: the CPU walks two tables itself, the guest's (virtual to guest-physical) "
        "and the hypervisor's extended table (guest-physical to host-physical). Guest "
        "page-table writes no longer trap, but a TLB miss may need up to 24 memory "
        "references instead of 4; large pages shorten the walk."),
    "emulated-device": (
        "An emulated device is a software copy of a real one (IDE disk, e1000 NIC). The "
        "guest's ordinary driver pokes its registers; every access traps to the device model, "
        "which turns the request into a call to a real driver."),
    "virtio": (
        "virtio: the guest knows its device is virtual. It puts requests in a ring buffer in "
        "shared memory and sends one notification for a batch; vhost moves the network "
        "back-end into the host kernel so packets skip the user-space emulator."),
    "split-drivers": (
        "Xen split drivers: a front-end driver in the guest (DomU) shares pages with a "
        "back-end driver in Dom0 through grant tables and signals it over an event channel; "
        "Dom0's real driver talks to the hardware. Hyper-V's VMBus works the same way with "
        "the root partition."),
    "iommu": (
        "Passthrough and SR-IOV: the IOMMU (VT-d / AMD-Vi) translates the device's DMA "
        "addresses into the guest's memory, so the guest's own driver programs the real "
        "device and no layer copies the data. The price: the device is tied to this host."),
    "namespaces": (
        "A container is a group of host processes: its system calls go straight into the host "
        "kernel. Namespaces only change what the process can see (its own file system, "
        "network and process list) and cgroups limit what it can use; no second kernel and no "
        "emulated device sit on the path."),
}
