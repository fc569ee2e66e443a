"""Virtual switches and datastores as nodes of the layer graph (issue 15)."""

from __future__ import annotations

import json

from core.cli import main
from core.files import locations
from core.model.kinds import Mode, Network
from core.sim import infra
from core.sim.graph import build_layer_graph
from core.sim.world import World

from .helpers import make_container, make_host, make_vm, set_running


def _lab() -> World:
    w = World(seed=4)
    make_host(w, "h", "rack-server", mode=Mode.HYBRID)
    make_vm(w, "nat", "h", workload="net-throughput", network=Network.NAT)
    make_vm(w, "br", "h", workload="idle", network=Network.BRIDGED, thin_disk=False)
    make_vm(w, "priv", "h", workload="net-throughput", network=Network.HOST_ONLY)
    make_vm(w, "vf", "h", workload="net-throughput", sriov=True)
    make_container(w, "c", "h", network=Network.HOST)
    return w


def test_each_guest_plugs_into_the_switch_with_its_network():
    g = build_layer_graph(_lab())
    sw, ds = infra.switch_id("h"), infra.datastore_id("h")
    assert g.nodes[sw]["kind"] == "vswitch" and g.nodes[ds]["kind"] == "datastore"
    assert g.edges[sw, "nat/os"]["network"] == "nat"
    assert g.edges[sw, "br/os"]["network"] == "bridged"
    assert g.edges[sw, "priv/os"]["network"] == "host-only"
    # SR-IOV and the host's own stack bypass the switch
    assert not g.has_edge(sw, "vf/os") and g.edges["h/hw", "vf/os"]["network"] == "sriov"
    assert g.edges["h/hw", "c/ctr"]["network"] == "host"
    assert g.edges[ds, "br/os"]["thin"] is False and g.edges[ds, "nat/os"]["thin"] is True
    assert not g.has_edge(ds, "c/ctr")  # a container's files are image layers, not a virtual disk


def test_host_only_alone_never_reaches_the_physical_nic():
    w = World()
    make_host(w, "h", mode=Mode.HYBRID)
    make_vm(w, "priv", "h", network=Network.HOST_ONLY)
    g = build_layer_graph(w)
    assert not g.has_edge("h/hw", infra.switch_id("h"))
    make_vm(w, "out", "h", network=Network.NAT)
    assert build_layer_graph(w).edges["h/hw", infra.switch_id("h")]["network"] == "nat"


def test_a_native_host_has_no_virtual_switch_or_datastore():
    w = World()
    make_host(w, "h", mode=Mode.NATIVE)
    assert set(build_layer_graph(w)) == {"h/hw", "h/hostos"}


def test_switch_meters_count_only_its_ports_and_datastore_meters_follow_storage():
    w = _lab()
    set_running(w)
    s = w.run(5)
    m = infra.switch_meters(w, s, "h")
    ports = ("nat", "br", "priv")
    expected = sum(s.guest(x)["net_mbps"] for x in ports)
    assert m.ports == 3 and m.mbps == expected > 0
    assert m.packets_s == expected * 1e6 / 8 / infra.FRAME_BYTES
    d = infra.datastore_meters(w, s, "h")
    assert d.iops == s.host("h")["disk_iops"]
    assert d.used_gb + d.free_gb == d.capacity_gb
    assert infra.meters(w, s, ("switch", "h"))["mbps"] == expected
    assert infra.meters(w, s, ("datastore", "gone")) == {}


def test_the_cli_shows_the_new_nodes(capsys):
    demo = str(locations.demo_lab())
    assert main(["graph", demo]) == 0
    text = capsys.readouterr().out
    assert "[vswitch] Virtual switch" in text and "[nat]" in text and "[thin disk]" in text
    assert main(["run", "--seconds", "3", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["infra"] and all("switch_packets_s" in x for x in report["infra"].values())
    assert all("oom_killed" in g for g in report["guests"].values())
    assert main(["graph", demo, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any(e.get("relation") == "nic" for e in data["edges"])
