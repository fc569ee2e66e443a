"""The step-through views' texts in the user's language.

Hop actions and explanations come from ``core.course.mechanisms`` in English; the
English text is also the translation source, so every one of them is listed here
for lupdate.  ``tests/gui/test_step_through.py`` checks that every text core can
produce is listed, so no hop reaches a Chinese student untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.text.substitute import fill

_T = "PathTexts"

# Every hop action of core.course.mechanisms (all stacks, kinds and operations).
ACTIONS = (
    QT_TRANSLATE_NOOP("PathTexts", "A VM exit takes the fault to the monitor: it walks the guest's own page table, finds the page unmapped there too, and reflects the fault to the guest."),
    QT_TRANSLATE_NOOP("PathTexts", "A container has no kernel of its own: the call goes to the host kernel like any process's; namespaces only filter what it sees."),
    QT_TRANSLATE_NOOP("PathTexts", "A hypercall (mmu_update) hands the batch to the hypervisor, which checks each entry and writes the real page table."),
    QT_TRANSLATE_NOOP("PathTexts", "A paravirtual kernel has no real device ports: its front-end driver sends the request with an event-channel hypercall."),
    QT_TRANSLATE_NOOP("PathTexts", "A trap takes the fault to the monitor: it walks the guest's own page table, finds the page unmapped there too, and reflects the fault to the guest."),
    QT_TRANSLATE_NOOP("PathTexts", "Back in the translated guest kernel."),
    QT_TRANSLATE_NOOP("PathTexts", "CPUID always causes a VM exit in non-root mode."),
    QT_TRANSLATE_NOOP("PathTexts", "CPUID does not trap on x86, so the paravirtual kernel marks it with a prefix that does (a forced-emulation trap)."),
    QT_TRANSLATE_NOOP("PathTexts", "CPUID runs on the real CPU."),
    QT_TRANSLATE_NOOP("PathTexts", "Dom0's device model (qemu-dm) emulates the port."),
    QT_TRANSLATE_NOOP("PathTexts", "IN was translated into a call to the monitor's device model."),
    QT_TRANSLATE_NOOP("PathTexts", "Host-only network: the virtual switch delivers the packet to the host's own virtual adapter, never to the physical NIC; the reply comes back the same way."),
    QT_TRANSLATE_NOOP("PathTexts", "In non-root mode the guest kernel is in ring 0: the system call enters it directly, with no VM exit."),
    QT_TRANSLATE_NOOP("PathTexts", "KVM cannot emulate this device: it returns from the vCPU thread's ioctl to QEMU."),
    QT_TRANSLATE_NOOP("PathTexts", "NAT: the virtual network's address translation rewrites the packet's source address and port."),
    QT_TRANSLATE_NOOP("PathTexts", "One notification exits; KVM kicks the vhost-net thread through an eventfd."),
    QT_TRANSLATE_NOOP("PathTexts", "One notification exits; KVM signals QEMU through an eventfd."),
    QT_TRANSLATE_NOOP("PathTexts", "QEMU's device model computes the register's value and re-enters KVM."),
    QT_TRANSLATE_NOOP("PathTexts", "QEMU's virtio-blk back-end takes the request from the ring and submits it to the host kernel."),
    QT_TRANSLATE_NOOP("PathTexts", "TLB miss: a two-dimensional walk through the guest's page table and the EPT finds no guest mapping."),
    QT_TRANSLATE_NOOP("PathTexts", "TLB miss: the CPU walks the guest's own page table, which the hypervisor validated, one reference per level."),
    QT_TRANSLATE_NOOP("PathTexts", "TLB miss: the CPU walks the guest's page table directly (the hypervisor validated it) and finds no mapping."),
    QT_TRANSLATE_NOOP("PathTexts", "TLB miss: the CPU walks the guest's page table, and every guest-physical address on the way through the EPT: a two-dimensional walk."),
    QT_TRANSLATE_NOOP("PathTexts", "TLB miss: the CPU walks the page table and finds no mapping: page fault."),
    QT_TRANSLATE_NOOP("PathTexts", "TLB miss: the CPU walks the page table, one reference per level."),
    QT_TRANSLATE_NOOP("PathTexts", "TLB miss: the CPU walks the shadow page table and finds no mapping (a hidden fault)."),
    QT_TRANSLATE_NOOP("PathTexts", "TLB miss: the CPU walks the shadow page table the hypervisor keeps, one reference per level."),
    QT_TRANSLATE_NOOP("PathTexts", "TLB miss: the CPU walks the shadow page table the monitor keeps, one reference per level."),
    QT_TRANSLATE_NOOP("PathTexts", "The I/O bitmap marks this port, so the access causes a VM exit: the CPU leaves non-root mode and enters the hypervisor in root mode."),
    QT_TRANSLATE_NOOP("PathTexts", "The NIC sends the packet; the reply comes back over the wire and raises an interrupt."),
    QT_TRANSLATE_NOOP("PathTexts", "The SSD writes the block and raises a completion interrupt."),
    QT_TRANSLATE_NOOP("PathTexts", "The VMM reads the whole request with one notification instead of many register traps."),
    QT_TRANSLATE_NOOP("PathTexts", "The VMM's device model takes the access."),
    QT_TRANSLATE_NOOP("PathTexts", "The application continues."),
    QT_TRANSLATE_NOOP("PathTexts", "The application makes a system call."),
    QT_TRANSLATE_NOOP("PathTexts", "The application sends a small request and waits for the reply."),
    QT_TRANSLATE_NOOP("PathTexts", "The application writes 4 KB and waits until it is on disk (write + fsync)."),
    QT_TRANSLATE_NOOP("PathTexts", "The back-end (netback / blkback) in Dom0 maps the granted pages and passes the request to Dom0's real driver."),
    QT_TRANSLATE_NOOP("PathTexts", "The back-end answers in the ring and sends an event back."),
    QT_TRANSLATE_NOOP("PathTexts", "The back-end driver in the privileged partition handles the request."),
    QT_TRANSLATE_NOOP("PathTexts", "The client driver (VSC) signals the root partition over VMBus with one hypercall."),
    QT_TRANSLATE_NOOP("PathTexts", "The completion comes back: the monitor injects a virtual interrupt into the guest."),
    QT_TRANSLATE_NOOP("PathTexts", "The completion interrupt still passes through the hypervisor, which injects it into the guest."),
    QT_TRANSLATE_NOOP("PathTexts", "The container's process is a host process: the host kernel takes its fault, and the cgroup counts the page against the container's limit."),
    QT_TRANSLATE_NOOP("PathTexts", "The device answers on its port."),
    QT_TRANSLATE_NOOP("PathTexts", "The device model decodes the command and copies the data out of guest memory."),
    QT_TRANSLATE_NOOP("PathTexts", "The device reads the data from guest memory by DMA; the IOMMU translates the guest-physical addresses."),
    QT_TRANSLATE_NOOP("PathTexts", "The entry is written by a hypercall (mmu_update): the hypervisor checks the page belongs to this guest."),
    QT_TRANSLATE_NOOP("PathTexts", "The fault enters the hypervisor first, which bounces it to the guest kernel."),
    QT_TRANSLATE_NOOP("PathTexts", "The fault goes straight to the guest kernel in non-root mode; its handler allocates a page and writes the entry with no VM exit."),
    QT_TRANSLATE_NOOP("PathTexts", "The front-end grants the back-end access to the data pages and notifies it with one event-channel hypercall."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest kernel executes CPUID."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest kernel handles the system call."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest kernel reads its local APIC timer."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest kernel runs de-privileged, from the monitor's translation cache."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest kernel writes a page-table entry."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest kernel's page-fault handler allocates a page and queues the page-table entry."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest kernel's page-fault handler allocates a page and writes the page-table entry."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest owns its page table: the write needs no VM exit, because EPT translates guest-physical addresses in hardware."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest's driver executes IN on a device port."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest's ordinary driver programs the emulated IDE disk controller: each of its several register accesses traps to the monitor."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest's ordinary driver programs the emulated e1000 network card: each of its several register accesses traps to the monitor."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest's own driver for the real device (or its SR-IOV virtual function) writes the descriptor and rings the device's doorbell directly: no exit."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest's page table is write-protected (traced): the write traps and the monitor updates its shadow page table to match."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest's page table is write-protected: the write causes a VM exit, and the monitor copies the new entry into its shadow table."),
    QT_TRANSLATE_NOOP("PathTexts", "The guest's page table is write-protected: the write causes a trap, and the monitor copies the new entry into its shadow table."),
    QT_TRANSLATE_NOOP("PathTexts", "The host kernel's driver sends the write to the disk."),
    QT_TRANSLATE_NOOP("PathTexts", "The hosted VMM's world switches through the host OS on faults add a little more."),
    QT_TRANSLATE_NOOP("PathTexts", "The hypercall returns to the guest kernel."),
    QT_TRANSLATE_NOOP("PathTexts", "The hypervisor decodes the write and applies it to the guest's table and to its shadow table."),
    QT_TRANSLATE_NOOP("PathTexts", "The hypervisor emulates CPUID and hides the features a paravirtual guest must not use."),
    QT_TRANSLATE_NOOP("PathTexts", "The hypervisor fills in the virtual CPU's feature bits."),
    QT_TRANSLATE_NOOP("PathTexts", "The hypervisor forwards the access to the privileged partition."),
    QT_TRANSLATE_NOOP("PathTexts", "The hypervisor set APIC accesses to exit, so this read causes a VM exit: the CPU leaves non-root mode and enters the hypervisor in root mode."),
    QT_TRANSLATE_NOOP("PathTexts", "The hypervisor signals the back-end."),
    QT_TRANSLATE_NOOP("PathTexts", "The hypervisor's own device model emulates the port."),
    QT_TRANSLATE_NOOP("PathTexts", "The hypervisor's storage or network stack hands it to the real driver."),
    QT_TRANSLATE_NOOP("PathTexts", "The hypervisor's virtual APIC returns the timer count."),
    QT_TRANSLATE_NOOP("PathTexts", "The kernel completes the request and wakes the application."),
    QT_TRANSLATE_NOOP("PathTexts", "The kernel reads the local APIC timer."),
    QT_TRANSLATE_NOOP("PathTexts", "The kernel runs the system call natively."),
    QT_TRANSLATE_NOOP("PathTexts", "The kernel writes a page-table entry and flushes that TLB entry."),
    QT_TRANSLATE_NOOP("PathTexts", "The kernel's TCP/IP stack builds the packet and its driver hands it on."),
    QT_TRANSLATE_NOOP("PathTexts", "The kernel's block layer queues the 4 KB write and its driver submits it."),
    QT_TRANSLATE_NOOP("PathTexts", "The kernel's driver reads a device register with an IN instruction."),
    QT_TRANSLATE_NOOP("PathTexts", "The kernel's page-fault handler allocates a page and writes the page-table entry."),
    QT_TRANSLATE_NOOP("PathTexts", "The kernel's stack delivers the reply to the application."),
    QT_TRANSLATE_NOOP("PathTexts", "The overlay file system writes to the container's upper layer; the image's layers below stay read-only and shared."),
    QT_TRANSLATE_NOOP("PathTexts", "The packet leaves the container's network namespace through a veth pair into the docker0 bridge, and NAT rewrites its address."),
    QT_TRANSLATE_NOOP("PathTexts", "The page is write-protected for the shadow table, so the write causes a VM exit: the CPU leaves non-root mode and enters the hypervisor in root mode."),
    QT_TRANSLATE_NOOP("PathTexts", "The paravirtual driver (pvscsi / vmxnet3) rings the doorbell once; the hypervisor's back-end reads the ring."),
    QT_TRANSLATE_NOOP("PathTexts", "The paravirtual front-end driver puts the request in a ring in memory shared with the back-end."),
    QT_TRANSLATE_NOOP("PathTexts", "The paravirtual kernel does not write its page table: it queues the update."),
    QT_TRANSLATE_NOOP("PathTexts", "The paravirtual kernel reads the time the hypervisor keeps in a shared memory page: no trap at all."),
    QT_TRANSLATE_NOOP("PathTexts", "The paravirtual kernel registered a fast system-call handler with the hypervisor, so the call goes straight to the guest kernel."),
    QT_TRANSLATE_NOOP("PathTexts", "The program loads from an address the TLB does not hold."),
    QT_TRANSLATE_NOOP("PathTexts", "The program touches a page it has not used before."),
    QT_TRANSLATE_NOOP("PathTexts", "The program's load is retried and completes."),
    QT_TRANSLATE_NOOP("PathTexts", "The request becomes an ordinary one to the real driver (a write to the disk image file on the host OS)."),
    QT_TRANSLATE_NOOP("PathTexts", "The request becomes an ordinary one to the real driver."),
    QT_TRANSLATE_NOOP("PathTexts", "The root partition's worker process emulates the port."),
    QT_TRANSLATE_NOOP("PathTexts", "The service provider (VSP) in the root partition passes the request to its real driver."),
    QT_TRANSLATE_NOOP("PathTexts", "The system-call entry and return are sensitive: the translator rewrote them into calls to the monitor, which switches the virtual CPU's mode."),
    QT_TRANSLATE_NOOP("PathTexts", "The translated code calls the monitor's virtual APIC instead of the real timer."),
    QT_TRANSLATE_NOOP("PathTexts", "The translation is cached in the TLB; the load completes."),
    QT_TRANSLATE_NOOP("PathTexts", "The translator replaced CPUID with code that returns the virtual CPU's features."),
    QT_TRANSLATE_NOOP("PathTexts", "The write is an ordinary system call; the mount namespace points it at the container's own file system."),
    QT_TRANSLATE_NOOP("PathTexts", "VM entry: the guest continues in non-root mode."),
    QT_TRANSLATE_NOOP("PathTexts", "With host networking the container uses the host's own network stack: nothing is added."),
    QT_TRANSLATE_NOOP("PathTexts", "World switch to the host OS: the VMM's process hands the request to the host's file system (the virtual disk is a file)."),
    QT_TRANSLATE_NOOP("PathTexts", "World switch to the host OS: the VMM's process hands the request to the host's network stack."),
    QT_TRANSLATE_NOOP("PathTexts", "World switch: the VMM hands the access to its process on the host OS, which models the device, and switches back."),
    QT_TRANSLATE_NOOP("PathTexts", "vhost-net in the host kernel takes the packet from the ring and passes it to the bridge and the NIC driver, skipping QEMU."),
)

EXPLANATIONS = {
    "popek-goldberg": QT_TRANSLATE_NOOP("PathTexts", "Popek and Goldberg (1974): a machine can be virtualized by trap-and-emulate only if every sensitive instruction is privileged, so that it traps when the de-privileged guest kernel runs it. x86 before VT-x broke this rule: several instructions, such as POPF and SGDT, behave differently in user mode but do not trap, so a monitor never sees them."),
    "binary-translation": QT_TRANSLATE_NOOP("PathTexts", "Binary translation (VMware, VirtualBox without VT-x): the monitor reads the guest kernel's code before it runs, copies it into a translation cache and rewrites each sensitive instruction into a call to its own emulation routine. User code and most kernel code run unchanged; the rewritten spots cost extra cycles."),
    "hypercall": QT_TRANSLATE_NOOP("PathTexts", "Paravirtualization (Xen PV, Hyper-V enlightenments): the guest kernel is modified to know it runs on a hypervisor. Instead of executing a sensitive instruction and hoping it traps, it calls the hypervisor directly with a hypercall, and can batch several requests (such as page-table updates) into one call."),
    "vtx-root": QT_TRANSLATE_NOOP("PathTexts", "VT-x / AMD-V add a second set of CPU modes: the hypervisor runs in root mode, the guest in non-root mode with its kernel in ring 0 as usual. Sensitive instructions chosen by the hypervisor cause a VM exit to root mode; the hypervisor emulates them and resumes the guest with a VM entry. Each round trip costs hundreds to thousands of cycles."),
    "shadow-paging": QT_TRANSLATE_NOOP("PathTexts", "Shadow page tables: the guest's page tables map guest-virtual to guest-physical addresses, which are not real. The monitor keeps a shadow table from guest-virtual to host-physical that the CPU actually walks, and write-protects the guest's tables so that every update traps and the shadow can be fixed."),
    "ept": QT_TRANSLATE_NOOP("PathTexts", "EPT / NPT: the CPU walks two tables itself, the guest's (virtual to guest-physical) and the hypervisor's extended table (guest-physical to host-physical). Guest page-table writes no longer trap, but a TLB miss may need up to 24 memory references instead of 4; large pages shorten the walk."),
    "emulated-device": QT_TRANSLATE_NOOP("PathTexts", "An emulated device is a software copy of a real one (IDE disk, e1000 NIC). The guest's ordinary driver pokes its registers; every access traps to the device model, which turns the request into a call to a real driver."),
    "virtio": QT_TRANSLATE_NOOP("PathTexts", "virtio: the guest knows its device is virtual. It puts requests in a ring buffer in shared memory and sends one notification for a batch; vhost moves the network back-end into the host kernel so packets skip the user-space emulator."),
    "split-drivers": QT_TRANSLATE_NOOP("PathTexts", "Xen split drivers: a front-end driver in the guest (DomU) shares pages with a back-end driver in Dom0 through grant tables and signals it over an event channel; Dom0's real driver talks to the hardware. Hyper-V's VMBus works the same way with the root partition."),
    "iommu": QT_TRANSLATE_NOOP("PathTexts", "Passthrough and SR-IOV: the IOMMU (VT-d / AMD-Vi) translates the device's DMA addresses into the guest's memory, so the guest's own driver programs the real device and no layer copies the data. The price: the device is tied to this host."),
    "namespaces": QT_TRANSLATE_NOOP("PathTexts", "A container is a group of host processes: its system calls go straight into the host kernel. Namespaces only change what the process can see (its own file system, network and process list) and cgroups limit what it can use; no second kernel and no emulated device sit on the path."),
}
KINDS = {
    "instruction": QT_TRANSLATE_NOOP("PathTexts", "Instruction"),
    "memory": QT_TRANSLATE_NOOP("PathTexts", "Memory access"),
    "io": QT_TRANSLATE_NOOP("PathTexts", "I/O request"),
}
OPS = {
    "syscall": QT_TRANSLATE_NOOP("PathTexts", "System call"),
    "page-table": QT_TRANSLATE_NOOP("PathTexts", "Page-table update"),
    "timer": QT_TRANSLATE_NOOP("PathTexts", "Timer read"),
    "io-port": QT_TRANSLATE_NOOP("PathTexts", "I/O port access"),
    "cpuid": QT_TRANSLATE_NOOP("PathTexts", "CPUID"),
    "page-fault": QT_TRANSLATE_NOOP("PathTexts", "Page fault (TLB miss, new page)"),
    "tlb-miss": QT_TRANSLATE_NOOP("PathTexts", "TLB miss (4 KB pages)"),
    "tlb-miss-large": QT_TRANSLATE_NOOP("PathTexts", "TLB miss (2 MB large pages)"),
    "disk-write": QT_TRANSLATE_NOOP("PathTexts", "Disk write (4 KB)"),
    "net-packet": QT_TRANSLATE_NOOP("PathTexts", "Network packet (request and reply)"),
}
# The layer a hop is on, by node kind of the layer graph.
LAYERS = {
    "app": QT_TRANSLATE_NOOP("PathTexts", "Application"),
    "guestos": QT_TRANSLATE_NOOP("PathTexts", "Guest kernel"),
    "container": QT_TRANSLATE_NOOP("PathTexts", "Container"),
    "image": QT_TRANSLATE_NOOP("PathTexts", "Image layers"),
    "qemu": QT_TRANSLATE_NOOP("PathTexts", "QEMU"),
    "vmm": QT_TRANSLATE_NOOP("PathTexts", "VMM"),
    "hypervisor": QT_TRANSLATE_NOOP("PathTexts", "Hypervisor"),
    "mgmt": QT_TRANSLATE_NOOP("PathTexts", "Dom0 / root partition"),
    "kvm": QT_TRANSLATE_NOOP("PathTexts", "KVM module"),
    "hostos": QT_TRANSLATE_NOOP("PathTexts", "Host kernel"),
    "daemon": QT_TRANSLATE_NOOP("PathTexts", "Docker daemon"),
    "hardware": QT_TRANSLATE_NOOP("PathTexts", "Hardware"),
}
UNITS = {
    "us": QT_TRANSLATE_NOOP("PathTexts", "µs"),
    "cycles": QT_TRANSLATE_NOOP("PathTexts", "cycles"),
}
COUNTS = {
    "exits": QT_TRANSLATE_NOOP("PathTexts", "exits: %1"),
    "switches": QT_TRANSLATE_NOOP("PathTexts", "context switches: %1"),
    "copies": QT_TRANSLATE_NOOP("PathTexts", "copies: %1"),
    "refs": QT_TRANSLATE_NOOP("PathTexts", "memory references: %1"),
}


def _tr(table: dict | None, key: str) -> str:
    text = table.get(key, key) if table is not None else key
    return QCoreApplication.translate(_T, text)


def action(text: str) -> str:
    return QCoreApplication.translate(_T, text)


def explanation(key: str) -> str:
    return _tr(EXPLANATIONS, key)


def kind_name(kind: str) -> str:
    return _tr(KINDS, kind)


def op_name(op: str) -> str:
    return _tr(OPS, op)


def layer_name(kind: str) -> str:
    return _tr(LAYERS, kind)


def count_text(what: str, n: int) -> str:
    """"exits: 2" in the user's language."""
    return fill(_tr(COUNTS, what), str(n))


def unit_name(unit: str) -> str:
    return _tr(UNITS, unit)
