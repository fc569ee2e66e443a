"""The layer graph: each stack's layers in order, stable ids, attributes, layout."""

from __future__ import annotations

import networkx as nx
import pytest

from core.model.kinds import Mode, Product, Technique
from core.sim.graph import REGISTRY_ID, build_layer_graph, layered_layout
from core.sim.world import World

from .helpers import make_container, make_host, make_vm, set_running

ATTRS = ("kind", "layer", "label", "host", "guest", "metrics")


def kinds_along(g: nx.DiGraph, src: str, dst: str) -> list[list[str]]:
    return [[g.nodes[n]["kind"] for n in path] for path in nx.all_simple_paths(g, src, dst)]


def one_host_world(mode: Mode, product=..., guest: str = "vm") -> World:
    w = World(seed=1)
    make_host(w, "h", template="rack-server", mode=mode, product=product)
    if guest == "vm":
        tech = Technique.PARA if product is Product.XEN else Technique.HARDWARE
        os = "xen-pv-linux" if product is Product.XEN else "debian-12"
        make_vm(w, "g", "h", os=os, technique=tech)
    elif guest == "container":
        make_container(w, "g", "h", image="nginx")
    return w


@pytest.mark.parametrize("mode,product,expected", [
    (Mode.HOSTED, Product.VMWARE_WORKSTATION, ["hardware", "hostos", "vmm", "guestos", "app"]),
    (Mode.HOSTED, Product.VIRTUALBOX, ["hardware", "hostos", "vmm", "guestos", "app"]),
    (Mode.BARE_METAL, Product.ESXI, ["hardware", "hypervisor", "guestos", "app"]),
    (Mode.BARE_METAL, Product.XEN, ["hardware", "hypervisor", "guestos", "app"]),
    (Mode.HYBRID, Product.KVM, ["hardware", "hostos", "kvm", "qemu", "guestos", "app"]),
])
def test_vm_stack_layers_in_order(mode, product, expected):
    g = build_layer_graph(one_host_world(mode, product))
    paths = kinds_along(g, "h/hw", "g/app")
    assert expected in paths
    # The layer number climbs along every path.
    for path in nx.all_simple_paths(g, "h/hw", "g/app"):
        levels = [g.nodes[n]["layer"] for n in path]
        assert levels == sorted(levels) and levels[0] == 0 and levels[-1] == 5


def test_native_host_is_hardware_and_host_os():
    g = build_layer_graph(one_host_world(Mode.NATIVE, None, guest=""))
    assert set(g.nodes) == {"h/hw", "h/hostos"}
    assert list(g.edges) == [("h/hw", "h/hostos")]


def test_xen_dom0_serves_every_domu():
    w = one_host_world(Mode.BARE_METAL, Product.XEN)
    make_vm(w, "g2", "h", os="windows-10", memory_mb=4096, technique=Technique.HARDWARE)
    g = build_layer_graph(w)
    assert g.nodes["h/mgmt"]["kind"] == "mgmt" and g.nodes["h/mgmt"]["label"] == "Dom0"
    assert g.has_edge("h/hypervisor", "h/mgmt")
    for gid in ("g", "g2"):
        assert g.has_edge("h/mgmt", f"{gid}/os")
        assert g.has_edge("h/hypervisor", f"{gid}/os")
    # Dom0 is beside the guests, not a layer under the hypervisor's other users.
    assert ["hardware", "hypervisor", "mgmt", "guestos", "app"] in kinds_along(g, "h/hw", "g/app")


def test_esxi_has_no_dom0():
    g = build_layer_graph(one_host_world(Mode.BARE_METAL, Product.ESXI))
    assert "mgmt" not in {d["kind"] for _, d in g.nodes(data=True)}


def test_kvm_has_one_qemu_per_vm():
    w = one_host_world(Mode.HYBRID, Product.KVM)
    make_vm(w, "g2", "h")
    g = build_layer_graph(w)
    assert g.has_edge("h/kvm", "g/qemu") and g.has_edge("h/kvm", "g2/qemu")
    assert g.has_edge("g/qemu", "g/os") and g.has_edge("g2/qemu", "g2/os")
    assert g.nodes["g/qemu"]["guest"] == "g"


def test_container_stack_with_client_and_registry():
    w = one_host_world(Mode.CONTAINER, Product.DOCKER, guest="container")
    make_container(w, "g2", "h", image="nginx")
    make_container(w, "g3", "h", image="redis")
    g = build_layer_graph(w)
    assert ["hardware", "hostos", "daemon", "image", "container", "app"] in kinds_along(g, "h/hw", "g/app")
    assert g.nodes["h/client"]["kind"] == "client" and g.has_edge("h/client", "h/daemon")
    assert g.nodes[REGISTRY_ID]["kind"] == "registry"
    # One image node per image per host, shared by its containers, fed by the registry.
    assert g.has_edge("h/image/nginx", "g/ctr") and g.has_edge("h/image/nginx", "g2/ctr")
    assert g.has_edge(REGISTRY_ID, "h/image/nginx") and g.has_edge(REGISTRY_ID, "h/image/redis")
    assert sum(1 for _, d in g.nodes(data=True) if d["kind"] == "image") == 2


def test_every_node_has_the_attributes():
    w = World(seed=1)
    for i, (mode, product) in enumerate([(Mode.HOSTED, Product.VIRTUALBOX), (Mode.BARE_METAL, Product.XEN),
                                         (Mode.HYBRID, Product.KVM), (Mode.CONTAINER, Product.DOCKER),
                                         (Mode.NATIVE, None)]):
        make_host(w, f"h{i}", template="rack-server", mode=mode, product=product)
    make_vm(w, "v0", "h0")
    make_vm(w, "v1", "h1", os="xen-pv-linux", technique=Technique.PARA)
    make_vm(w, "v2", "h2")
    make_container(w, "c3", "h3")
    set_running(w)
    s = w.step()
    g = build_layer_graph(w)
    for n, d in g.nodes(data=True):
        assert all(a in d for a in ATTRS), (n, d)
        assert isinstance(d["label"], str) and d["label"]
        assert d["host"] in w.hosts or n == REGISTRY_ID
        assert d["guest"] in w.guests or d["guest"] == ""
        if d["metrics"] is not None:
            table, oid = d["metrics"]
            # With every guest running, every metric key resolves in a sample.
            assert getattr(s, table)(oid) is not None, (n, d["metrics"])


def test_names_from_files_appear_unchanged():
    w = World(seed=1)
    make_host(w, "h", mode=Mode.HYBRID, name="<b>lab & co</b>")
    g = build_layer_graph(w)
    assert g.nodes["h/hw"]["label"] == "<b>lab & co</b>"


def test_node_ids_are_stable():
    w = one_host_world(Mode.HYBRID, Product.KVM)
    a = build_layer_graph(w)
    set_running(w)
    w.run(5)
    b = build_layer_graph(w)
    assert set(a.nodes) == set(b.nodes) and set(a.edges) == set(b.edges)
    make_vm(w, "g2", "h")
    c = build_layer_graph(w)
    assert set(a.nodes) < set(c.nodes)  # adding a guest only adds nodes


def test_layered_layout_puts_layer_on_y():
    w = World(seed=1)
    make_host(w, "a", mode=Mode.HYBRID)
    make_host(w, "b", mode=Mode.CONTAINER)
    for k in range(3):
        make_vm(w, f"v{k}", "a")
        make_container(w, f"c{k}", "b")
    g = build_layer_graph(w)
    pos = layered_layout(g)
    assert set(pos) == set(g.nodes)
    for n, (_, y) in pos.items():
        assert y == g.nodes[n]["layer"]
    assert len(set(pos.values())) == len(pos)  # no two nodes on the same spot
    # Each host gets its own band of x.
    xs = {h: [pos[n][0] for n, d in g.nodes(data=True) if d["host"] == h] for h in ("a", "b")}
    assert max(xs["a"]) < min(xs["b"])
    assert layered_layout(g) == pos  # stable
