"""Reading order: natural sort of names, the same in the layer graph as in the library."""

from __future__ import annotations

from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode, Product
from core.model.naming import in_reading_order, natural_key
from core.model.objects import Guest, Host, VmConfig
from core.sim.graph import build_layer_graph, layered_layout
from core.sim.world import World


def test_numbers_in_names_sort_as_numbers():
    names = ["vm 10", "VM 2", "vm 1", "web", "Lab 10: x", "Lab 9: y"]
    assert sorted(names, key=natural_key) == ["Lab 9: y", "Lab 10: x", "vm 1", "VM 2", "vm 10", "web"]


def test_the_graph_lays_out_hosts_and_guests_in_reading_order():
    w = World()
    for hid, name in (("h1", "Server 10"), ("h2", "Server 2")):
        w.add_host(Host(hid, name, HOST_TEMPLATES["rack-server"], Mode.HYBRID, Product.KVM))
    for gid, name in (("vm1", "vm 10"), ("vm2", "vm 2"), ("vm3", "vm 1")):
        w.add_guest(Guest(gid, name, "h1", VmConfig("debian-12", 1, 512, 4), "idle"))
    pos = layered_layout(build_layer_graph(w))
    assert pos["h2/hw"][0] < pos["h1/hw"][0]  # Server 2 left of Server 10
    xs = [pos[f"{gid}/os"][0] for gid in ("vm3", "vm2", "vm1")]  # vm 1, vm 2, vm 10
    assert xs == sorted(xs) and len(set(xs)) == 3
    assert [g.name for g in in_reading_order(w.guests.values())] == ["vm 1", "vm 2", "vm 10"]
