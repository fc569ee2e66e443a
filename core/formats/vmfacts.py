"""What VM files have in common: collect the facts, then build one VmConfig with its report.

Each VM importer fills a :class:`VmFacts` from its own syntax; :func:`build_vm`
applies VirtLab's limits and defaults once, so every format reports the same
way.  ``virtlab`` holds exact values VirtLab wrote itself on export (so an
import of an export gives back the same guest).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.formats.mapping import clamp_int, guess_os, io_of_model, to_number
from core.formats.model import Imported, ImportedGuest
from core.model.catalog import GUEST_OSES
from core.model.kinds import VM_NETWORKS, IoPath, Network, Technique
from core.model.objects import VmConfig
from core.model.workloads import WORKLOADS
from core.sim.rules import LIMITS

# A real file can list many devices; VirtLab reports on the first few and counts the rest.
MAX_DEVICES = 64
# Used when a file does not state a value (assumption: VirtLab's own VM defaults).
DEFAULT_VCPUS, DEFAULT_MEMORY_MB, DEFAULT_DISK_GB = 1, 1024, 20


@dataclass
class DiskFact:
    size_gb: float | None = None
    thin: bool | None = None
    bus: str = ""


@dataclass
class NicFact:
    model: str = ""
    network: Network | None = None
    raw_network: str = ""
    sriov: bool = False


@dataclass
class VmFacts:
    name: str = ""
    os_id: str = ""
    vcpus: object = None
    memory_mb: object = None
    disks: list[DiskFact] = field(default_factory=list)
    nics: list[NicFact] = field(default_factory=list)
    firmware: str = ""
    technique: Technique | None = None
    ept: bool | None = None
    passthrough: str = ""  # a PCI device assigned to the guest (libvirt <hostdev>, vmx pciPassthru)
    disk_note: str = "assumed"  # why a disk's size may be missing: "assumed" or "reference"
    virtlab: dict = field(default_factory=dict)


def _os(imp: Imported, f: VmFacts, name: str) -> str:
    exact = f.virtlab.get("os")
    if exact in GUEST_OSES:
        imp.mapped(name, "os", f.os_id or exact, exact)
        return exact
    if not f.os_id:
        os_id, known = guess_os(name)  # a VM named "alpine-router" most likely runs Alpine
        imp.mapped(name, "os", f"(from the name) {name}" if known else "", os_id, "assumed")
        return os_id
    os_id, known = guess_os(f.os_id)
    imp.mapped(name, "os", f.os_id, os_id, "" if known else "unknown_value")
    return os_id


def _count(imp: Imported, name: str, what: str, value: object, default: int, limit: str) -> int:
    low, high, _ = LIMITS[limit]
    if value is None:
        imp.mapped(name, what, "", default, "assumed")
        return default
    n = to_number(value)
    if n is None or n <= 0:
        imp.mapped(name, what, value, default, "bad_number")
        return default
    out = clamp_int(n, low, high)
    imp.mapped(name, what, f"{n:g}" if isinstance(value, float) else value, out, "" if out == n else "rounded")
    return out


def _disks(imp: Imported, f: VmFacts, name: str) -> tuple[int, bool]:
    thin = f.virtlab.get("thin_disk")
    if isinstance(thin, str):
        thin = {"true": True, "false": False}.get(thin.strip().lower())
    exact = to_number(f.virtlab.get("disk_gb"))
    disks = f.disks[:MAX_DEVICES]
    if len(f.disks) > MAX_DEVICES:
        imp.ignored(name, "disks", len(f.disks) - MAX_DEVICES, "too_many")
    if thin is None:
        stated = [d.thin for d in disks if d.thin is not None]
        thin = stated[0] if stated else True
        imp.mapped(name, "disk_type", "thin" if thin else "thick", "thin" if thin else "thick",
                   "" if stated else "assumed")
    low, high, _ = LIMITS["disk_gb"]
    if exact is not None and exact > 0:
        size = clamp_int(exact, low, high)
        imp.mapped(name, "disks", len(disks), f"{size} GB")
        return size, bool(thin)
    if not disks:
        imp.mapped(name, "disks", 0, f"{DEFAULT_DISK_GB} GB", "assumed")
        return DEFAULT_DISK_GB, bool(thin)
    sizes = [d.size_gb for d in disks]
    missing = sum(1 for s in sizes if s is None or s <= 0)
    total = sum(s for s in sizes if s is not None and s > 0) + missing * DEFAULT_DISK_GB
    if missing:
        imp.mapped(name, "disk_size", missing, f"{DEFAULT_DISK_GB} GB", f.disk_note)
    size = clamp_int(max(total, low), low, high)
    imp.mapped(name, "disks", len(disks), f"{size} GB", "summed" if len(disks) > 1 else "")
    return size, bool(thin)


def _nic(imp: Imported, f: VmFacts, name: str) -> tuple[Network, IoPath | None, bool]:
    if not f.nics:
        imp.mapped(name, "nics", 0, "nat", "assumed")
        return Network.NAT, IoPath.PASSTHROUGH if f.passthrough else None, False
    imp.mapped(name, "nics", len(f.nics), "1", "first_nic" if len(f.nics) > 1 else "")
    first = f.nics[0]
    network = first.network or Network.NAT
    if f.virtlab.get("network") in {n.value for n in VM_NETWORKS}:
        network = Network(f.virtlab["network"])
    imp.mapped(name, "network", first.raw_network, network.value, "" if first.network else "assumed")
    if first.sriov:
        imp.mapped(name, "nic_model", first.model or "hostdev", "sr-iov")
        return network, IoPath.PASSTHROUGH, True
    if f.passthrough:
        imp.mapped(name, "nic_model", f.passthrough, "passthrough")
        return network, IoPath.PASSTHROUGH, False
    io = io_of_model(first.model) if first.model else None
    imp.mapped(name, "nic_model", first.model, io.value if io else "paravirtual",
               "" if io else ("unknown_value" if first.model else "assumed"))
    return network, io, False


def build_vm(imp: Imported, f: VmFacts, fallback_name: str) -> ImportedGuest:
    name = f.name.strip() or fallback_name
    os_id = _os(imp, f, name)
    vcpus = _count(imp, name, "vcpus", f.vcpus, DEFAULT_VCPUS, "vcpus")
    memory = _count(imp, name, "memory", f.memory_mb, max(DEFAULT_MEMORY_MB, GUEST_OSES[os_id].min_memory_mb),
                    "memory_mb")
    disk_gb, thin = _disks(imp, f, name)
    network, nic_io, sriov = _nic(imp, f, name)
    io = nic_io
    if io is None:
        buses = [io_of_model(d.bus) for d in f.disks if d.bus]
        io = next((b for b in buses if b), IoPath.PARAVIRTUAL)
    exact_io = f.virtlab.get("io")
    if exact_io in {p.value for p in IoPath} and not sriov:
        io = IoPath(exact_io)
    technique = f.technique or Technique.HARDWARE  # every product offers it
    if f.virtlab.get("technique") in {t.value for t in Technique}:
        technique = Technique(f.virtlab["technique"])
    imp.mapped(name, "technique", f.technique.value if f.technique else "", technique.value,
               "" if f.technique else "assumed")
    if f.ept is None and f.virtlab.get("ept") in ("true", "false"):
        f.ept = f.virtlab["ept"] == "true"
    ept = True if f.ept is None else f.ept
    if f.ept is not None:
        imp.mapped(name, "mmu", "hardware" if f.ept else "software", "ept" if f.ept else "shadow")
    if f.firmware:
        imp.ignored(name, "firmware", f.firmware, "not_simulated")
    workload = f.virtlab.get("workload")
    if workload not in WORKLOADS:
        workload = "idle"
        imp.mapped(name, "workload", "", workload, "assumed")
    config = VmConfig(os_id, vcpus, memory, disk_gb, technique, ept, io, network, thin, sriov)
    return ImportedGuest(name, config, workload)
