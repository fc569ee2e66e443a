"""The layer graph: a pure function world -> networkx.DiGraph, and its layout.

Edges point upward, from what provides to what runs on it (hardware -> host OS
-> VMM -> guest OS -> application).  Node ids are stable across calls, so a
view can keep one item per node and update it in place.

Node attributes:
    kind     hardware, hostos, vmm, hypervisor, mgmt, kvm, qemu, daemon, client,
             registry, image, guestos, container, app, vswitch, datastore
    layer    0 hardware ... 5 applications (see ``layers.py``); a VM that runs containers
             (core.sim.nesting) adds its Docker engine at 5, its containers at 6 and
             their applications at 7 (NESTED_CONTAINER_LEVEL, NESTED_APP_LEVEL)
    label    short English text; names from scenario files appear unchanged
    host     id of the physical host it belongs to ("" for the registry)
    guest    id of the guest it belongs to, or ""
    privileged  guest OS nodes only: "bt", "hypercall" or "vtx" (see PRIVILEGED)
    metrics  (table, id) to look up in a ``Sample``: ("host", id), ("layer", id),
             ("guest", id) or None
    infra    vswitch and datastore nodes: ("switch" | "datastore", host id), the
             key of their meters in ``core.sim.infra``
Edge attributes: ``relation`` (runs, manages, pulls, files, stores, nic, disk,
uplink); ``network`` on nic/uplink edges (nat, bridged, host-only); ``thin`` on
disk edges.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.model.catalog import GUEST_OSES, IMAGES
from core.model.kinds import Mode, Network, Product, Technique
from core.model.layers import (
    APP_LEVEL,
    EMULATOR_LEVEL,
    GUEST_LEVEL,
    HW_LEVEL,
    KERNEL_LEVEL,
    host_layers,
    layer_id,
    vm_layers,
)
from core.model.naming import in_reading_order
from core.model.objects import VmConfig
from core.sim import infra
from core.sim.world import World

if TYPE_CHECKING:
    import networkx as nx

_LABELS = {
    "hostos": "Host OS",
    "vmm": "VMM",
    "hypervisor": "Hypervisor",
    "mgmt": "Dom0",
    "kvm": "KVM module",
    "qemu": "QEMU",
    "daemon": "Docker daemon",
}
REGISTRY_ID = "registry"
# Nested stacks: hardware -> hypervisor -> guest kernel -> Docker (5) -> containers -> apps.
NESTED_CONTAINER_LEVEL, NESTED_APP_LEVEL = APP_LEVEL + 1, APP_LEVEL + 2


def _layer_label(key: str, product: Product | None) -> str:
    if key == "mgmt" and product is Product.HYPER_V:
        return "Root partition"
    if key in ("vmm", "hypervisor") and product is not None:
        return {
            Product.VMWARE_WORKSTATION: "VMware Workstation",
            Product.VIRTUALBOX: "VirtualBox",
            Product.ESXI: "ESXi",
            Product.XEN: "Xen",
            Product.HYPER_V: "Hyper-V",
            Product.FUSIONSPHERE: "FusionSphere",
        }.get(product, _LABELS[key])
    return _LABELS[key]


# Who handles a guest's privileged instructions, by technique: binary
# translation in the VMM, hypercalls from the modified guest kernel, or the CPU
# itself (the guest runs in VT-x / AMD-V non-root mode and exits to the root).
PRIVILEGED = {Technique.FULL: "bt", Technique.PARA: "hypercall", Technique.HARDWARE: "vtx"}


def privileged_by(technique: Technique) -> str:
    return PRIVILEGED[technique]


def build_layer_graph(world: World) -> nx.DiGraph:
    # networkx costs a tenth of a second to import: loaded on first use, so what
    # draws no graph (most of virtlab-sim's commands, the grader) never pays for it.
    import networkx as nx

    g = nx.DiGraph()
    # Hosts and guests in the order the library shows them (natural order of names).
    for host in in_reading_order(world.hosts.values()):
        add_host_band(g, world, host)
    return g


def add_host_band(g: nx.DiGraph, world: World, host) -> None:
    """Add one host's nodes and edges to ``g``: its hardware, stack and guests.

    A band touches nothing of another host's: only the shared registry node
    (added if missing) and its edges to this host's images.  That is what lets
    ``LayerGraph`` rebuild one host's band alone after an edit.
    """
    hw = f"{host.id}/hw"
    g.add_node(hw, kind="hardware", layer=HW_LEVEL, label=host.name, host=host.id,
               guest="", metrics=("host", host.id))
    below = hw
    tops: dict[str, str] = {}
    guests = in_reading_order(world.guests_on(host.id))
    containers = any(not x.is_vm and x.in_vm is None for x in guests)
    for spec in host_layers(host.mode, host.product, host.host_os, containers):
        nid = layer_id(host.id, spec.key)
        g.add_node(nid, kind=spec.kind, layer=spec.level, label=_layer_label(spec.key, host.product),
                   host=host.id, guest="", metrics=("layer", nid))
        # Dom0 sits beside the guests on the hypervisor, not under them; a
        # container engine beside KVM sits on the same host kernel.
        parent = tops.get("hypervisor", below) if spec.key != "daemon" else tops.get("hostos", below)
        g.add_edge(parent, nid, relation="runs")
        tops[spec.key] = nid
        if spec.key not in ("mgmt", "daemon") or host.mode is Mode.CONTAINER:
            below = nid
    if "daemon" in tops:
        client = f"{host.id}/client"
        g.add_node(client, kind="client", layer=APP_LEVEL, label="docker CLI", host=host.id,
                   guest="", metrics=None)
        g.add_edge(client, tops["daemon"], relation="manages")  # the client talks to the daemon over its API
        if not g.has_node(REGISTRY_ID):
            g.add_node(REGISTRY_ID, kind="registry", layer=APP_LEVEL, label="Registry",
                       host="", guest="", metrics=None)
    for guest in guests:
        if guest.in_vm is None:  # containers inside VMs are drawn on their VM's kernel
            _add_guest(g, world, host, guest, below, tops)
    if host.mode is not Mode.NATIVE:  # nothing virtual to switch or store on a bare OS
        _add_switch_and_datastore(g, host, [x for x in guests if x.in_vm is None], hw)


def _add_switch_and_datastore(g: nx.DiGraph, host, guests, hw: str) -> None:
    """The host's virtual switch and datastore, under the guests that use them.

    Each guest's NIC is an edge from the switch with its ``network`` (nat,
    bridged, host-only) for the view to style; the switch reaches the physical
    NIC only when some guest's network leaves the host.  VM disks are edges from
    the datastore with ``thin``.  Node attribute ``infra`` is the key of the
    node's meters in ``core.sim.infra``.
    """
    sw, ds = infra.switch_id(host.id), infra.datastore_id(host.id)
    g.add_node(sw, kind="vswitch", layer=KERNEL_LEVEL, label="Virtual switch", host=host.id, guest="",
               metrics=None, infra=("switch", host.id))
    shared = infra.shared_storage()
    g.add_node(ds, kind="datastore", layer=KERNEL_LEVEL, label="Shared datastore" if shared else "Datastore",
               host=host.id, guest="", metrics=None, infra=("datastore", host.id), shared=shared)
    g.add_edge(hw, ds, relation="stores")
    networks = set()
    for guest in guests:
        top = f"{guest.id}/os" if isinstance(guest.config, VmConfig) else f"{guest.id}/ctr"
        if guest.config.network is Network.HOST or getattr(guest.config, "sriov", False):
            # The host's own stack, or an SR-IOV slice of the NIC: the switch is bypassed.
            g.add_edge(hw, top, relation="nic", network="sriov" if guest.is_vm else "host")
        else:
            networks.add(guest.config.network)
            g.add_edge(sw, top, relation="nic", network=guest.config.network.value)
        if isinstance(guest.config, VmConfig):
            g.add_edge(ds, top, relation="disk", thin=guest.config.thin_disk)
    out = networks & infra.REACHES_NIC
    if out:
        # Bridged wins the label: the switch is then joined to the LAN itself.
        net = "bridged" if Network.BRIDGED in out else "nat"
        g.add_edge(hw, sw, relation="uplink", network=net)


def _add_guest(g: nx.DiGraph, world: World, host, guest, below: str, tops: dict) -> None:
    gid = guest.id
    metrics = ("guest", gid)
    if isinstance(guest.config, VmConfig):
        parent = below
        micro = GUEST_OSES[guest.config.os].micro
        for spec in vm_layers(host.mode, micro):
            nid = layer_id(gid, spec.key)
            g.add_node(nid, kind=spec.kind, layer=EMULATOR_LEVEL, label="Firecracker" if micro else _LABELS[spec.key],
                       host=host.id, guest=gid, metrics=("layer", nid))
            g.add_edge(parent, nid)
            parent = nid
        os_name = GUEST_OSES[guest.config.os].name
        g.add_node(f"{gid}/os", kind="guestos", layer=GUEST_LEVEL, label=guest.name,
                   detail=os_name, privileged=privileged_by(guest.config.technique),
                   host=host.id, guest=gid, metrics=metrics)
        g.add_edge(parent, f"{gid}/os")
        if "mgmt" in tops:
            g.add_edge(tops["mgmt"], f"{gid}/os")  # Dom0 serves the DomU's I/O
        top = f"{gid}/os"
        _add_nested(g, world, host, guest)
    else:
        image = IMAGES[guest.config.image]
        img = f"{host.id}/image/{image.id}"
        if not g.has_node(img):
            g.add_node(img, kind="image", layer=EMULATOR_LEVEL, label=image.name, host=host.id,
                       guest="", metrics=None)
            g.add_edge(tops.get("daemon", below), img, relation="manages")  # the daemon unpacks it
            g.add_edge(REGISTRY_ID, img, relation="pulls")
        ctr = f"{gid}/ctr"
        g.add_node(ctr, kind="container", layer=GUEST_LEVEL, label=guest.name,
                   detail=image.name, host=host.id, guest=gid, metrics=metrics)
        g.add_edge(img, ctr, relation="files")  # the image gives the container its files
        # The daemon set the container up; the host kernel runs its processes.
        g.add_edge(tops.get("hostos", below), ctr, relation="runs")
        top = f"{gid}/ctr"
    g.add_node(f"{gid}/app", kind="app", layer=APP_LEVEL, label=guest.workload, host=host.id,
               guest=gid, metrics=metrics)
    g.add_edge(top, f"{gid}/app")


def _add_nested(g: nx.DiGraph, world: World, host, vm) -> None:
    """A VM's own Docker engine and the containers it runs on the VM's kernel."""
    inside = in_reading_order(world.containers_in(vm.id))
    if not inside:
        return
    os_node, engine = f"{vm.id}/os", layer_id(vm.id, "daemon")
    g.add_node(engine, kind="daemon", layer=APP_LEVEL, label=_LABELS["daemon"], host=host.id, guest=vm.id,
               metrics=("layer", engine))
    g.add_edge(os_node, engine, relation="runs")
    for c in inside:
        ctr = f"{c.id}/ctr"
        g.add_node(ctr, kind="container", layer=NESTED_CONTAINER_LEVEL, label=c.name,
                   detail=IMAGES[c.config.image].name, host=host.id, guest=c.id, metrics=("guest", c.id))
        # The VM's engine set it up; its processes run on the guest kernel below the engine
        # (one chain: hardware -> hypervisor -> guest kernel -> Docker -> container).
        g.add_edge(engine, ctr, relation="runs")
        g.add_node(f"{c.id}/app", kind="app", layer=NESTED_APP_LEVEL, label=c.workload, host=host.id,
                   guest=c.id, metrics=("guest", c.id))
        g.add_edge(ctr, f"{c.id}/app")


def layered_layout(g: nx.DiGraph, column_gap: float = 1.0) -> dict[str, tuple[float, float]]:
    """Positions with hardware at y=0 and applications at y=5, one band per host.

    Bands and the nodes in each row keep the graph's insertion order, which
    ``build_layer_graph`` makes the library's reading order.  Each layer is a
    row centred over the widest one.  (``networkx.multipartite_layout`` does
    the same for one graph but rescales every call into a fixed box, which
    would squeeze a host with many guests; bands need one unit per node.)
    """
    pos: dict[str, tuple[float, float]] = {}
    by_host: dict[str, list[str]] = {}
    for n, data in g.nodes(data=True):  # insertion order: the world's host order
        by_host.setdefault(data["host"], []).append(n)
    # Hosts in the library's order; nodes of no host (the registry) at the end.
    order = sorted(by_host, key=lambda h: h == "")
    x0 = 0.0
    for host_id in order:
        nodes = by_host[host_id]
        per_layer: dict[int, list[str]] = {}
        for n in nodes:
            per_layer.setdefault(g.nodes[n]["layer"], []).append(n)
        width = max(len(v) for v in per_layer.values())
        for layer, members in per_layer.items():
            offset = (width - len(members)) / 2.0
            for k, n in enumerate(members):
                pos[n] = (x0 + offset + k, float(layer))
        x0 += width + column_gap
    return pos


# Events after which a host's band may look different; guest events name a guest,
# whose band is that of the host it is on now and of the one it was on before.
_HOST_EVENTS = {"host_added", "host_removed", "host_changed", "mode_changed"}
_GUEST_EVENTS = {"guest_added", "guest_removed", "guest_changed", "guest_moved"}


class LayerGraph:
    """``build_layer_graph(world)`` kept up to date one host band at a time.

    A structural change rebuilds only the bands of the hosts it touched
    (``refresh``), so adding a guest to a lab of 2,000 costs what one host's
    band costs.  ``graph`` always equals ``build_layer_graph(world)`` as a
    graph (nodes, edges and their attributes; tests/core/test_layer_graph.py
    checks it after random edits); only its node order may differ, so the
    bands' order is kept apart, in ``order``.
    """

    def __init__(self, world: World):
        import networkx as nx  # on first use (see build_layer_graph)

        self.world = world
        self.graph = nx.DiGraph()
        self.bands: dict[str, nx.DiGraph] = {}  # host id -> its band on its own (with the registry)
        self.order: list[str] = []  # host ids in the library's reading order
        self._host_of: dict[str, str] = {}  # guest id -> the host its nodes are drawn on
        self.refresh(set(world.hosts))

    def hosts_touched(self, kind: str, obj_id: str) -> set[str]:
        """The hosts whose bands an event of this kind on ``obj_id`` may change."""
        if kind in _HOST_EVENTS:
            return {obj_id}
        if kind in _GUEST_EVENTS:
            touched = {self._host_of.get(obj_id, "")}
            guest = self.world.guests.get(obj_id)
            if guest is not None:
                touched.add(guest.host_id)
            return touched - {""}
        return set()

    def refresh(self, host_ids: set[str]) -> set[str]:
        """Rebuild the bands of these hosts (gone ones are removed); returns the hosts redone."""
        import networkx as nx

        g, world = self.graph, self.world
        # Take every old band out before putting any new one in: a guest that moved
        # has the same node ids in its new host's band as in its old one's.
        for hid in host_ids:
            old = self.bands.pop(hid, None)
            if old is not None:
                g.remove_nodes_from([n for n in old if n != REGISTRY_ID])
                for _n, gid in old.nodes(data="guest"):
                    if gid and self._host_of.get(gid) == hid:
                        del self._host_of[gid]
        for hid in host_ids:
            host = world.hosts.get(hid)
            if host is None:
                continue
            band = nx.DiGraph()
            add_host_band(band, world, host)
            self.bands[hid] = band
            g.add_nodes_from(band.nodes(data=True))
            g.add_edges_from(band.edges(data=True))
            for _n, gid in band.nodes(data="guest"):
                if gid:
                    self._host_of[gid] = hid
        if REGISTRY_ID in g and not any(REGISTRY_ID in b for b in self.bands.values()):
            g.remove_node(REGISTRY_ID)  # the last container host went
        self.order = [h.id for h in in_reading_order(world.hosts.values())]
        return host_ids

    def on_event(self, ev) -> set[str]:
        """A world observer (``world.subscribe``): refresh what the event touched."""
        return self.refresh(self.hosts_touched(ev.kind, ev.id))
