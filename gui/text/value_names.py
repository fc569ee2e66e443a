"""The words the GUI uses for core's values: modes, products, states, techniques,
I/O paths, networks, workloads, benchmarks and layer kinds.

Every table is here once, so the tree, the tabs, the graph, the dialogs and the
reasons all name a thing the same way (and the translator translates it once).
Tables are keyed by core's enum *values* ("hosted", "para"); core's enums are
``str`` subclasses, so an enum member or its value both look up.  Entries are
marked with QT_TRANSLATE_NOOP and translated when asked for; product names are
brands and stay as they are in every language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.model.catalog import IMAGES, VM_TEMPLATES


def _tr(context: str, table: dict, key) -> str:
    text = table.get(str(key)) if key is not None else None
    return QCoreApplication.translate(context, text) if text else str(key or "")


# --- hosts: how they are virtualized, with which product ------------------------------
MODES = {  # for pickers, menus and titles
    "native": QT_TRANSLATE_NOOP("Mode", "Native (no virtualization)"),
    "hosted": QT_TRANSLATE_NOOP("Mode", "Hosted (type 2)"),
    "bare-metal": QT_TRANSLATE_NOOP("Mode", "Bare-metal (type 1)"),
    "hybrid": QT_TRANSLATE_NOOP("Mode", "Hybrid (KVM)"),
    "container": QT_TRANSLATE_NOOP("Mode", "Container host"),
}
PRODUCTS = {
    "vmware-workstation": "VMware Workstation", "virtualbox": "VirtualBox", "esxi": "VMware ESXi",
    "xen": "Xen", "hyper-v": "Hyper-V", "fusionsphere": "FusionSphere", "kvm": "KVM + QEMU",
    "docker": "Docker", "firecracker": "Firecracker",
}


def mode_text(mode) -> str:
    """The mode as a title: "Hosted (type 2)"."""
    return _tr("Mode", MODES, mode)


def mode_short(mode) -> str:
    """The mode as one word in running text ("Ubuntu on KVM (hybrid)", a tree's status column)."""
    return value_word("mode", mode)


def product_text(product) -> str:
    return PRODUCTS.get(str(product), str(product)) if product else ""


HOST_TEMPLATES = {  # core.model.hardware.HOST_TEMPLATES
    "lab-pc": QT_TRANSLATE_NOOP("HostTemplate", "Lab PC"),
    "old-laptop": QT_TRANSLATE_NOOP("HostTemplate", "Old laptop"),
    "rack-server": QT_TRANSLATE_NOOP("HostTemplate", "Rack server"),
}


def host_template_text(template: str) -> str:
    return _tr("HostTemplate", HOST_TEMPLATES, template)


# --- the catalog: guest OSes, VM templates, container images (core.model.catalog) -------
# Their names are brands and versions ("Ubuntu 24.04 LTS", "nginx"), except these, which
# carry words; they are translated by their English name, which core gives everywhere
# (a graph node's detail, a reason's {os}).  tests/gui/test_catalog_names.py fails when
# the catalog gains a name with a word that is not here.
CATALOG_WORDS = (
    QT_TRANSLATE_NOOP("Catalog", "Debian 12 (32-bit)"),
    QT_TRANSLATE_NOOP("Catalog", "Debian 12 (Xen PV kernel)"),
    QT_TRANSLATE_NOOP("Catalog", "Linux (Firecracker micro-VM)"),
    QT_TRANSLATE_NOOP("Catalog", "Debian PV (for Xen)"),
    QT_TRANSLATE_NOOP("Catalog", "Firecracker micro-VM"),
)


def catalog_text(name: str) -> str:
    """A catalog entry's name (core's English) in the user's language; brands stay as they are."""
    return QCoreApplication.translate("Catalog", name) if name else ""


def template_text(kind: str, template_id: str) -> str:
    """A palette template's name in the user's language: a VM template's (``kind`` "vm") or an image's."""
    table = VM_TEMPLATES if kind == "vm" else IMAGES
    return catalog_text(table[template_id].name) if template_id in table else template_id


# --- guests ------------------------------------------------------------------------------
STATES = {
    "off": QT_TRANSLATE_NOOP("Labels", "powered off"),
    "pulling": QT_TRANSLATE_NOOP("Labels", "pulling image"),
    "starting": QT_TRANSLATE_NOOP("Labels", "starting"),
    "running": QT_TRANSLATE_NOOP("Labels", "running"),
    "suspended": QT_TRANSLATE_NOOP("Labels", "suspended"),
    "crashed": QT_TRANSLATE_NOOP("Labels", "crashed"),
}
# The course notes' taxonomy: full virtualization runs the guest unmodified, by
# binary translation or with hardware assistance (VT-x/AMD-V: how KVM does it);
# paravirtualization modifies the guest kernel.  Both words are shown wherever
# a technique is named.
TECHNIQUES = {
    "full": QT_TRANSLATE_NOOP("Labels", "full virtualization (binary translation)"),
    "para": QT_TRANSLATE_NOOP("Labels", "paravirtualization (hypercalls)"),
    "hardware": QT_TRANSLATE_NOOP("Labels", "full virtualization (hardware-assisted, VT-x / AMD-V)"),
    # Once it is known whether the guest's page tables use EPT/NPT:
    "hardware+ept": QT_TRANSLATE_NOOP("Labels", "full virtualization (hardware-assisted, with EPT/NPT)"),
    "hardware-ept": QT_TRANSLATE_NOOP("Labels", "full virtualization (hardware-assisted, shadow page tables)"),
}
# Compact names for narrow places (the Compare Stacks rows).
TECHNIQUES_SHORT = {
    "full": QT_TRANSLATE_NOOP("Labels", "Full (binary translation)"),
    "para": QT_TRANSLATE_NOOP("Labels", "Paravirtualization"),
    "hardware+ept": QT_TRANSLATE_NOOP("Labels", "Full (hardware-assisted) + EPT/NPT"),
    "hardware-ept": QT_TRANSLATE_NOOP("Labels", "Full (hardware-assisted), shadow paging"),
}
IO_PATHS = {
    "emulated": QT_TRANSLATE_NOOP("Labels", "emulated device"),
    "paravirtual": QT_TRANSLATE_NOOP("Labels", "paravirtual (virtio)"),
    "passthrough": QT_TRANSLATE_NOOP("Labels", "passthrough (IOMMU)"),
}
NETWORKS = {
    "nat": QT_TRANSLATE_NOOP("Labels", "NAT"),
    "bridged": QT_TRANSLATE_NOOP("Labels", "bridged"),
    "host-only": QT_TRANSLATE_NOOP("Labels", "host-only"),
    "host": QT_TRANSLATE_NOOP("Labels", "host network"),
}
WORKLOADS = {  # core.model.workloads.WORKLOADS
    "idle": QT_TRANSLATE_NOOP("Workloads", "idle"),
    "cpu": QT_TRANSLATE_NOOP("Workloads", "CPU-bound computation"),
    "os-heavy": QT_TRANSLATE_NOOP("Workloads", "system-call heavy (OS-bound)"),
    "mmu-heavy": QT_TRANSLATE_NOOP("Workloads", "page-table heavy (MMU-bound)"),
    "memory-bandwidth": QT_TRANSLATE_NOOP("Workloads", "memory bandwidth"),
    "disk-seq": QT_TRANSLATE_NOOP("Workloads", "sequential disk I/O"),
    "disk-rand": QT_TRANSLATE_NOOP("Workloads", "random disk I/O"),
    "net-throughput": QT_TRANSLATE_NOOP("Workloads", "network throughput"),
    "net-latency": QT_TRANSLATE_NOOP("Workloads", "network latency"),
    "web-server": QT_TRANSLATE_NOOP("Workloads", "web server"),
    "database": QT_TRANSLATE_NOOP("Workloads", "database"),
}
BENCHMARKS = {  # core.course.compare.WORKLOAD_NAMES: a workload with the measure it reports
    "cpu": QT_TRANSLATE_NOOP("Benchmark", "CPU-bound (Linpack, GFLOPS)"),
    "os-heavy": QT_TRANSLATE_NOOP("Benchmark", "OS-heavy (Linux kernel build, s)"),
    "mmu-heavy": QT_TRANSLATE_NOOP("Benchmark", "MMU-heavy (cycles per page fault)"),
    "memory-bandwidth": QT_TRANSLATE_NOOP("Benchmark", "Memory bandwidth (STREAM, GB/s)"),
    "disk-seq": QT_TRANSLATE_NOOP("Benchmark", "Disk, sequential (MB/s)"),
    "disk-rand": QT_TRANSLATE_NOOP("Benchmark", "Disk, random (IOPS)"),
    "net-throughput": QT_TRANSLATE_NOOP("Benchmark", "Network throughput (Gb/s)"),
    "net-latency": QT_TRANSLATE_NOOP("Benchmark", "Network latency (µs per transaction)"),
    "startup": QT_TRANSLATE_NOOP("Benchmark", "Start-up (s to the application's first instruction)"),
}


def state_text(state) -> str:
    return _tr("Labels", STATES, state)


def technique_text(technique, ept: bool | None = None) -> str:
    """The technique; for hardware assist, say whether EPT/NPT is used when ``ept`` is known."""
    key = str(technique)
    if key == "hardware" and ept is not None:
        key += "+ept" if ept else "-ept"
    return _tr("Labels", TECHNIQUES, key)


def technique_short(technique, ept: bool = True) -> str:
    key = str(technique)
    if key == "hardware":
        key += "+ept" if ept else "-ept"
    return _tr("Labels", TECHNIQUES_SHORT, key)


def io_text(io) -> str:
    return _tr("Labels", IO_PATHS, io)


def network_text(network) -> str:
    return _tr("Labels", NETWORKS, network)


# What each styled NIC edge of the layer graph means (gui.graph.edges.EdgeItem).
NETWORK_CAPTIONS = {
    "bridged": QT_TRANSLATE_NOOP("LayerGraph", "Bridged: the guest is on the physical LAN"),
    "nat": QT_TRANSLATE_NOOP("LayerGraph", "NAT: out through the host's address, not reachable from the LAN"),
    "host-only": QT_TRANSLATE_NOOP("LayerGraph", "Host-only: a private network, no way out of the host"),
    "sriov": QT_TRANSLATE_NOOP("LayerGraph", "SR-IOV: a slice of the physical NIC, the switch is bypassed"),
    "host": QT_TRANSLATE_NOOP("LayerGraph", "Host network: the host's own stack, the switch is bypassed"),
}


def network_caption(network) -> str:
    return _tr("LayerGraph", NETWORK_CAPTIONS, network)


def workload_text(workload: str) -> str:
    return _tr("Workloads", WORKLOADS, workload)


def benchmark_text(workload: str) -> str:
    return _tr("Benchmark", BENCHMARKS, workload)


# --- layers of the stack ------------------------------------------------------------------
KIND_CAPTIONS = {  # what each kind of layer-graph node is, shown under its label
    "hardware": QT_TRANSLATE_NOOP("LayerKind", "Physical hardware"),
    "hostos": QT_TRANSLATE_NOOP("LayerKind", "Host OS kernel"),
    "hypervisor": QT_TRANSLATE_NOOP("LayerKind", "Hypervisor (type 1)"),
    "vmm": QT_TRANSLATE_NOOP("LayerKind", "VMM application"),
    "mgmt": QT_TRANSLATE_NOOP("LayerKind", "Management OS"),
    "kvm": QT_TRANSLATE_NOOP("LayerKind", "Hypervisor module"),
    "qemu": QT_TRANSLATE_NOOP("LayerKind", "Device emulator"),
    "daemon": QT_TRANSLATE_NOOP("LayerKind", "Container engine"),
    "client": QT_TRANSLATE_NOOP("LayerKind", "Engine client"),
    "registry": QT_TRANSLATE_NOOP("LayerKind", "Image registry"),
    "image": QT_TRANSLATE_NOOP("LayerKind", "Image (shared layers)"),
    "guestos": QT_TRANSLATE_NOOP("LayerKind", "Guest OS"),
    "container": QT_TRANSLATE_NOOP("LayerKind", "Container"),
    "app": QT_TRANSLATE_NOOP("LayerKind", "Application"),
    "vswitch": QT_TRANSLATE_NOOP("LayerKind", "Network virtualization"),
    "datastore": QT_TRANSLATE_NOOP("LayerKind", "Storage virtualization"),
}
LEVELS = (  # row titles of the layer graph, bottom (0) to top (7); see core/layers.py and core/sim/graph.py
    QT_TRANSLATE_NOOP("LayerKind", "Hardware"),
    QT_TRANSLATE_NOOP("LayerKind", "Kernel / hypervisor"),
    QT_TRANSLATE_NOOP("LayerKind", "Services"),
    QT_TRANSLATE_NOOP("LayerKind", "Emulators / images"),
    QT_TRANSLATE_NOOP("LayerKind", "Guests"),
    QT_TRANSLATE_NOOP("LayerKind", "Applications"),
    QT_TRANSLATE_NOOP("LayerKind", "Containers in VMs"),
    QT_TRANSLATE_NOOP("LayerKind", "Their applications"),
)
# core names its fixed layers in English (core/graph.py); these are worded, while
# names from scenario files (hosts, guests, images) and products stay as they are.
LAYER_LABELS = {
    "Host OS": QT_TRANSLATE_NOOP("LayerGraph", "Host OS"),
    "VMM": QT_TRANSLATE_NOOP("LayerGraph", "VMM"),
    "Hypervisor": QT_TRANSLATE_NOOP("LayerGraph", "Hypervisor"),
    "Dom0": QT_TRANSLATE_NOOP("LayerGraph", "Dom0"),
    "KVM module": QT_TRANSLATE_NOOP("LayerGraph", "KVM module"),
    "QEMU": QT_TRANSLATE_NOOP("LayerGraph", "QEMU"),
    "Docker daemon": QT_TRANSLATE_NOOP("LayerGraph", "Docker daemon"),
    "Virtual switch": QT_TRANSLATE_NOOP("LayerGraph", "Virtual switch"),
    "Datastore": QT_TRANSLATE_NOOP("LayerGraph", "Datastore"),
    "Shared datastore": QT_TRANSLATE_NOOP("LayerGraph", "Shared datastore"),
    "Root partition": QT_TRANSLATE_NOOP("LayerGraph", "Root partition"),
    "Registry": QT_TRANSLATE_NOOP("LayerGraph", "Registry"),
}
# Who handles a guest OS's privileged instructions (core.sim.graph.PRIVILEGED).
PRIVILEGED = {
    "bt": QT_TRANSLATE_NOOP("LayerGraph", "BT in VMM"),
    "hypercall": QT_TRANSLATE_NOOP("LayerGraph", "hypercalls"),
    "vtx": QT_TRANSLATE_NOOP("LayerGraph", "VT-x non-root"),
}
# A virtualization layer's generic label by kind (core.course.compare's overhead keys).
_KIND_LABEL = {"hostos": "Host OS", "vmm": "VMM", "hypervisor": "Hypervisor", "mgmt": "Dom0",
               "kvm": "KVM module", "qemu": "QEMU", "daemon": "Docker daemon"}


def kind_caption(kind: str) -> str:
    return _tr("LayerKind", KIND_CAPTIONS, kind)


def level_title(level: int) -> str:
    return QCoreApplication.translate("LayerKind", LEVELS[level]) if 0 <= level < len(LEVELS) else ""


def layer_name(kind: str) -> str:
    """A virtualization layer by its kind: "VMM", "Dom0", "Docker daemon"."""
    return layer_label(_KIND_LABEL.get(kind, kind))


def layer_label(label: str) -> str:
    """core's English label of a fixed layer, in the user's words (other labels unchanged)."""
    return _tr("LayerGraph", LAYER_LABELS, label) if label in LAYER_LABELS else label


def privileged_text(key: str) -> str:
    """The badge on a guest OS node: binary translation, hypercalls or VT-x non-root mode."""
    return _tr("LayerGraph", PRIVILEGED, key)


def node_label(kind: str, label: str) -> str:
    """A layer-graph node's label: an application is labelled with its workload id."""
    if kind == "app":
        return workload_text(label)
    if kind in ("hardware", "guestos", "container", "image"):
        return label
    return layer_label(label)


# --- core's raw values inside sentences (refusals, lab goals) --------------------------------
# The English source is the value itself, so English reasons read exactly as core
# writes them; a translation gives the term (e.g. "para" -> 半虚拟化).  Techniques
# are the exception: the CLI's values ("full", "hardware") would hide that both
# are full virtualization, so the GUI names them in the course's words.
VALUE_WORDS_CONTEXT = "ReasonWord"
VALUE_WORDS = {
    "technique": {
        "full": QT_TRANSLATE_NOOP("ReasonWord", "full virtualization (binary translation)"),
        "para": QT_TRANSLATE_NOOP("ReasonWord", "paravirtualization"),
        "hardware": QT_TRANSLATE_NOOP("ReasonWord", "full virtualization (hardware-assisted)"),
    },
    "mode": {
        "native": QT_TRANSLATE_NOOP("ReasonWord", "native"),
        "hosted": QT_TRANSLATE_NOOP("ReasonWord", "hosted"),
        "bare-metal": QT_TRANSLATE_NOOP("ReasonWord", "bare-metal"),
        "hybrid": QT_TRANSLATE_NOOP("ReasonWord", "hybrid"),
        "container": QT_TRANSLATE_NOOP("ReasonWord", "container"),
    },
    "state": {
        "off": QT_TRANSLATE_NOOP("ReasonWord", "off"),
        "pulling": QT_TRANSLATE_NOOP("ReasonWord", "pulling"),
        "starting": QT_TRANSLATE_NOOP("ReasonWord", "starting"),
        "running": QT_TRANSLATE_NOOP("ReasonWord", "running"),
        "suspended": QT_TRANSLATE_NOOP("ReasonWord", "suspended"),
        "crashed": QT_TRANSLATE_NOOP("ReasonWord", "crashed"),
    },
    "network": {
        "nat": QT_TRANSLATE_NOOP("ReasonWord", "nat"),
        "bridged": QT_TRANSLATE_NOOP("ReasonWord", "bridged"),
        "host-only": QT_TRANSLATE_NOOP("ReasonWord", "host-only"),
        "host": QT_TRANSLATE_NOOP("ReasonWord", "host"),
    },
    "field": {
        "vcpus": QT_TRANSLATE_NOOP("ReasonWord", "vcpus"),
        "memory_mb": QT_TRANSLATE_NOOP("ReasonWord", "memory_mb"),
        "disk_gb": QT_TRANSLATE_NOOP("ReasonWord", "disk_gb"),
        "cpu_limit": QT_TRANSLATE_NOOP("ReasonWord", "cpu_limit"),
        "memory_limit_mb": QT_TRANSLATE_NOOP("ReasonWord", "memory_limit_mb"),
    },
    "unit": {"cores": QT_TRANSLATE_NOOP("ReasonWord", "cores")},
}
HOST_OSES = {"linux": "Linux", "windows": "Windows"}  # brands, never translated


def value_word(key: str, value) -> str:
    """core's ``value`` of a field ("mode", "technique", "state", "network", "product", ...) as a word."""
    value = str(value)
    table = VALUE_WORDS.get(key)
    if table is not None and value in table:
        return QCoreApplication.translate(VALUE_WORDS_CONTEXT, table[value])
    if key == "os":  # a host's OS ("linux") or a guest OS's name (core.sim.rules)
        return HOST_OSES.get(value) or catalog_text(value)
    if key == "product":
        return PRODUCTS.get(value, value)
    return value


def list_separator() -> str:
    return QCoreApplication.translate("ReasonWord", ", ", "separator between list items")
