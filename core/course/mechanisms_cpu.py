"""The hops of one privileged instruction and of one memory access, per stack.

Instruction costs are fixed figures (``mechanisms_base``).  The page fault is tied
to the engine: its total is the native handler's cost divided by the stack's mmu
efficiency (``core/sim/efficiency.py``), and the hops that cause the difference
share it, citing the engine's own source for that figure.
"""

from __future__ import annotations

from dataclasses import replace

from core.course.mechanisms_base import (
    ASSUMPTION,
    BT_PAGE_FAULT,
    BT_SYSCALL_EXTRA,
    DEVICE_MODEL,
    EMULATE_SMALL,
    NATIVE_CYCLES,
    NATIVE_PAGE_FAULT,
    USER_EXIT_SWITCH,
    VM_EXIT_ROUND_TRIP,
    VTX_SHADOW_PAGE_FAULT,
    WALK_REF_CYCLES,
    WORLD_SWITCH,
    Draft,
    Stack,
    d,
    split,
    walk_refs,
)
from core.model.kinds import Mode, Product, Technique
from core.model.workloads import CLASSES
from core.sim.efficiency import efficiency

INSTRUCTION_OPS = ("syscall", "page-table", "timer", "io-port", "cpuid")
MEMORY_OPS = ("page-fault", "tlb-miss", "tlb-miss-large")
MMU = CLASSES.index("mmu")

_NATIVE_ACTION = {
    "syscall": "The kernel runs the system call natively.",
    "page-table": "The kernel writes a page-table entry and flushes that TLB entry.",
    "timer": "The kernel reads the local APIC timer.",
    "io-port": "The kernel's driver reads a device register with an IN instruction.",
    "cpuid": "CPUID runs on the real CPU.",
}
_GUEST_DOES = {
    "syscall": "The guest kernel handles the system call.",
    "page-table": "The guest kernel writes a page-table entry.",
    "timer": "The guest kernel reads its local APIC timer.",
    "io-port": "The guest's driver executes IN on a device port.",
    "cpuid": "The guest kernel executes CPUID.",
}


def instruction(st: Stack, op: str) -> tuple[list[Draft], tuple[str, ...]]:
    cost = NATIVE_CYCLES[op]
    first = [d(st.app, "The application makes a system call.")] if op == "syscall" else []
    if not st.vm:
        if st.container:
            first.append(d("container", "A container has no kernel of its own: the call goes to the host "
                                        "kernel like any process's; namespaces only filter what it sees."))
        hops = [*first, d("hostos", _NATIVE_ACTION[op], cost)]
        if op == "io-port":
            hops.append(d("hardware", "The device answers on its port."))
        return hops, ("namespaces",) if st.container else ()
    tech = st.technique
    if tech is Technique.FULL:
        return first + _binary_translation(st, op, cost), ("popek-goldberg", "binary-translation")
    if tech is Technique.PARA:
        return first + _paravirtual(st, op, cost), ("hypercall", "popek-goldberg")
    notes = ("vtx-root", "ept" if st.ept else "shadow-paging") if op == "page-table" else ("vtx-root",)
    return first + _vtx(st, op, cost), notes


def _binary_translation(st: Stack, op: str, cost: int) -> list[Draft]:
    m = st.monitor
    out = [d("guestos", "The guest kernel runs de-privileged, from the monitor's translation cache.")]
    if op == "syscall":
        out += [d(m, "The system-call entry and return are sensitive: the translator rewrote them into "
                     "calls to the monitor, which switches the virtual CPU's mode.",
                  BT_SYSCALL_EXTRA, "Adams2006"),
                d("guestos", _GUEST_DOES[op], cost)]
    elif op == "page-table":
        out += [d("guestos", _GUEST_DOES[op], cost),
                d(m, "The guest's page table is write-protected (traced): the write traps and the monitor "
                     "updates its shadow page table to match.", BT_PAGE_FAULT - NATIVE_PAGE_FAULT, "Adams2006",
                  exits=1)]
    elif op == "timer":
        out.append(d(m, "The translated code calls the monitor's virtual APIC instead of the real timer.",
                     EMULATE_SMALL))
    elif op == "io-port":
        out.append(d(m, "IN was translated into a call to the monitor's device model.", DEVICE_MODEL))
        if st.mode is Mode.HOSTED:
            out.append(_world_switch())
    else:
        out.append(d(m, "The translator replaced CPUID with code that returns the virtual CPU's features.",
                     EMULATE_SMALL))
    return out + [d("guestos", "Back in the translated guest kernel.")]


def _world_switch() -> Draft:
    return d("hostos", "World switch: the VMM hands the access to its process on the host OS, "
                       "which models the device, and switches back.", WORLD_SWITCH, switches=2)


def _vtx(st: Stack, op: str, cost: int) -> list[Draft]:
    m = st.monitor
    if op == "syscall":
        return [d("guestos", "In non-root mode the guest kernel is in ring 0: the system call enters it "
                             "directly, with no VM exit.", cost, "Adams2006")]
    out = [d("guestos", _GUEST_DOES[op], cost)]
    exit_ = "causes a VM exit: the CPU leaves non-root mode and enters the hypervisor in root mode."
    back = d("guestos", "VM entry: the guest continues in non-root mode.")
    if op == "page-table":
        if st.ept:
            return [d("guestos", "The guest owns its page table: the write needs no VM exit, because EPT "
                                 "translates guest-physical addresses in hardware.", cost)]
        return out + [
            d("hardware", "The page is write-protected for the shadow table, so the write " + exit_,
              VM_EXIT_ROUND_TRIP, "Agesen2012", exits=1),
            d(m, "The hypervisor decodes the write and applies it to the guest's table and to its shadow "
                 "table.", VTX_SHADOW_PAGE_FAULT - NATIVE_PAGE_FAULT - VM_EXIT_ROUND_TRIP, "Adams2006"),
            back]
    if op == "cpuid":
        return out + [d("hardware", "CPUID always causes a VM exit in non-root mode.", VM_EXIT_ROUND_TRIP,
                        "Agesen2012", exits=1),
                      d(m, "The hypervisor fills in the virtual CPU's feature bits.", EMULATE_SMALL), back]
    if op == "timer":
        return out + [d("hardware", "The hypervisor set APIC accesses to exit, so this read " + exit_,
                        VM_EXIT_ROUND_TRIP,
                        "Agesen2012", exits=1),
                      d(m, "The hypervisor's virtual APIC returns the timer count.", EMULATE_SMALL), back]
    out.append(d("hardware", "The I/O bitmap marks this port, so the access " + exit_, VM_EXIT_ROUND_TRIP,
                  "Agesen2012", exits=1))
    out += _port_device_model(st)
    return out + [back]


def _port_device_model(st: Stack) -> list[Draft]:
    """Who emulates a device register after the exit."""
    if st.mode is Mode.HYBRID:
        return [d("kvm", "KVM cannot emulate this device: it returns from the vCPU thread's ioctl to QEMU.",
                  USER_EXIT_SWITCH, switches=2),
                d("qemu", "QEMU's device model computes the register's value and re-enters KVM.", DEVICE_MODEL)]
    if st.mode is Mode.HOSTED:
        return [d("vmm", "The VMM's device model takes the access.", DEVICE_MODEL), _world_switch()]
    if st.split_drivers:
        who = ("Dom0's device model (qemu-dm) emulates the port." if st.cfg.product is Product.XEN
               else "The root partition's worker process emulates the port.")
        return [d("hypervisor", "The hypervisor forwards the access to the privileged partition.",
                  USER_EXIT_SWITCH, switches=2),
                d("mgmt", who, DEVICE_MODEL)]
    return [d("hypervisor", "The hypervisor's own device model emulates the port.", DEVICE_MODEL)]


def _paravirtual(st: Stack, op: str, cost: int) -> list[Draft]:
    m = st.monitor
    if op == "syscall":
        return [d("guestos", "The paravirtual kernel registered a fast system-call handler with the hypervisor, "
                             "so the call goes straight to the guest kernel.", cost, "Barham2003")]
    if op == "timer":
        return [d("guestos", "The paravirtual kernel reads the time the hypervisor keeps in a shared memory "
                             "page: no trap at all.", cost, "Barham2003")]
    back = d("guestos", "The hypercall returns to the guest kernel.")
    if op == "page-table":
        # The engine's para mmu efficiency (an assumption in efficiency.py) sets the cost.
        eff = efficiency(st.cfg)[MMU]
        return [d("guestos", "The paravirtual kernel does not write its page table: it queues the update.", cost),
                d(m, "A hypercall (mmu_update) hands the batch to the hypervisor, which checks each entry and "
                     "writes the real page table.", NATIVE_PAGE_FAULT / eff - NATIVE_PAGE_FAULT, ASSUMPTION,
                  exits=1),
                back]
    if op == "cpuid":
        return [d("guestos", "CPUID does not trap on x86, so the paravirtual kernel marks it with a prefix that "
                             "does (a forced-emulation trap).", cost),
                d(m, "The hypervisor emulates CPUID and hides the features a paravirtual guest must not use.",
                  VM_EXIT_ROUND_TRIP, exits=1),
                back]
    out = [d("guestos", "A paravirtual kernel has no real device ports: its front-end driver sends the request "
                        "with an event-channel hypercall.", cost),
           d(m, "The hypervisor signals the back-end.", EMULATE_SMALL, exits=1)]
    if st.split_drivers:
        out.append(d("mgmt", "The back-end driver in the privileged partition handles the request.",
                     DEVICE_MODEL, switches=1))
    return out + [back]


# --- memory --------------------------------------------------------------------------------
def memory(st: Stack, op: str) -> tuple[list[Draft], tuple[str, ...]]:
    if op == "page-fault":
        return _page_fault(st)
    large = op == "tlb-miss-large"
    levels = 3 if large else 4  # a 2 MB page ends the walk one level early
    start = d(st.app, "The program loads from an address the TLB does not hold.")
    if st.vm and st.ept:
        refs = walk_refs(levels, levels)
        walk = d("hardware", "TLB miss: the CPU walks the guest's page table, and every guest-physical address "
                             "on the way through the EPT: a two-dimensional walk.",
                 refs * WALK_REF_CYCLES, "Bhargava2008", refs=refs)
        return [start, walk, d(st.app, "The translation is cached in the TLB; the load completes.")], ("ept",)
    what = {Technique.FULL: "the shadow page table the monitor keeps", Technique.HARDWARE:
            "the shadow page table the hypervisor keeps", Technique.PARA:
            "the guest's own page table, which the hypervisor validated"}.get(st.technique, "the page table")
    walk = d("hardware", f"TLB miss: the CPU walks {what}, one reference per level.",
             levels * WALK_REF_CYCLES, refs=levels)
    notes = {Technique.PARA: ("hypercall",), None: ()}.get(st.technique, ("shadow-paging",))
    return [start, walk, d(st.app, "The translation is cached in the TLB; the load completes.")], notes


def mmu_source(st: Stack) -> str:
    """The source of the engine's mmu efficiency for this technique (efficiency.py)."""
    if not st.vm:
        return "Adams2006"
    if st.technique is Technique.HARDWARE:
        return "VMwareEPT2009" if st.ept else "Adams2006"
    return "Adams2006" if st.technique is Technique.FULL else ASSUMPTION


def _page_fault(st: Stack) -> tuple[list[Draft], tuple[str, ...]]:
    base = NATIVE_PAGE_FAULT
    start = d(st.app, "The program touches a page it has not used before.")
    handler = "The guest kernel's page-fault handler allocates a page and writes the page-table entry."
    end = d(st.app, "The program's load is retried and completes.")
    if not st.vm:
        hops = [start, d("hardware", "TLB miss: the CPU walks the page table and finds no mapping: page fault.",
                         refs=4)]
        if st.container:
            hops.append(d("container", "The container's process is a host process: the host kernel takes its "
                                       "fault, and the cgroup counts the page against the container's limit."))
        hops += [d("hostos", "The kernel's page-fault handler allocates a page and writes the page-table entry.",
                   base, "Adams2006"), end]
        return hops, ("namespaces",) if st.container else ()
    m, tech = st.monitor, st.technique
    trap = "VM exit" if tech is Technique.HARDWARE else "trap"
    if tech is Technique.HARDWARE and st.ept:
        hops = [start,
                Draft("hardware", "TLB miss: a two-dimensional walk through the guest's page table and the EPT "
                                  "finds no guest mapping.", 0, ASSUMPTION, refs=walk_refs(4, 4), weight=1),
                d("guestos", "The fault goes straight to the guest kernel in non-root mode; its handler "
                             "allocates a page and writes the entry with no VM exit.", base, "Adams2006"), end]
        notes = ("ept", "vtx-root")
    elif tech is Technique.PARA:
        hops = [start,
                d("hardware", "TLB miss: the CPU walks the guest's page table directly (the hypervisor validated "
                              "it) and finds no mapping.", refs=4),
                Draft(m, "The fault enters the hypervisor first, which bounces it to the guest kernel.", 0,
                      ASSUMPTION, exits=1, weight=1),
                d("guestos", handler.replace("writes the page-table entry", "queues the page-table entry"),
                  base, "Adams2006"),
                Draft(m, "The entry is written by a hypercall (mmu_update): the hypervisor checks the page "
                         "belongs to this guest.", 0, ASSUMPTION, exits=1, weight=1), end]
        notes = ("hypercall",)
    else:
        hops = [start,
                d("hardware", "TLB miss: the CPU walks the shadow page table and finds no mapping (a hidden "
                              "fault).", refs=4),
                Draft(m, f"A {trap} takes the fault to the monitor: it walks the guest's own page table, finds "
                         "the page unmapped there too, and reflects the fault to the guest.", 0, ASSUMPTION,
                      exits=1, weight=1),
                d("guestos", handler, base, "Adams2006"),
                Draft(m, f"The guest's page table is write-protected: the write causes a {trap}, and the monitor "
                         "copies the new entry into its shadow table.", 0, ASSUMPTION, exits=1, weight=1), end]
        notes = ("shadow-paging", "vtx-root" if tech is Technique.HARDWARE else "binary-translation")
    # The engine's figure: hosted stacks pay an extra (assumed) factor on top of the technique.
    eff = efficiency(st.cfg)[MMU]
    bare = efficiency(replace(st.cfg, mode=Mode.BARE_METAL, product=Product.ESXI))[MMU]
    hops = split(hops, base / bare - base, mmu_source(st))
    if st.mode is Mode.HOSTED:
        hops.insert(-1, d("hostos", "The hosted VMM's world switches through the host OS on faults add a "
                                    "little more.", base / eff - base / bare, switches=2))
    return hops, notes
