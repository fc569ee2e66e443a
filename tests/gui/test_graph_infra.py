"""Switch and datastore nodes in the layer graph view (issue 15): live figures, NIC edges styled by network."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from core import edits
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode, Network, Product
from core.model.objects import Guest, Host, VmConfig
from core.sim.world import World
from gui.document.document import Document
from gui.graph.view import GraphView


@pytest.fixture
def doc(qapp):
    w = World(seed=2)
    w.add_host(Host("h", "KVM", HOST_TEMPLATES["lab-pc"], Mode.HYBRID, Product.KVM))
    w.add_guest(Guest("br", "br", "h", VmConfig("ubuntu-24.04", network=Network.BRIDGED), "net-throughput"))
    w.add_guest(Guest("priv", "priv", "h", VmConfig("debian-12", network=Network.HOST_ONLY), "idle"))
    d = Document(w)
    yield d
    d.set_running(False)


@pytest.fixture
def view(qtbot, doc):
    v = GraphView(doc)
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    return v


def test_nic_edges_look_different_per_network_and_follow_a_change(view, doc):
    bridged = view.edges[("h/vswitch", "br/os")].pen()
    host_only = view.edges[("h/vswitch", "priv/os")].pen()
    assert bridged.style() == Qt.PenStyle.SolidLine and host_only.style() == Qt.PenStyle.DotLine
    assert bridged.widthF() > host_only.widthF()
    assert "no way out" in view.edges[("h/vswitch", "priv/os")].toolTip()
    cfg = doc.world.guests["priv"].config
    assert doc.apply(edits.UpdateGuest("priv", config=replace(cfg, network=Network.NAT)))
    assert view.edges[("h/vswitch", "priv/os")].pen().style() == Qt.PenStyle.DashDotLine


def test_switch_and_datastore_captions_show_their_figures(view, doc):
    assert doc.apply(edits.Power("br", "power_on"))
    from core.model.kinds import GuestState

    while doc.world.guests["br"].state is not GuestState.RUNNING:  # boots in simulated time, no wall clock
        doc.step()
    for _ in range(5):
        doc.step()
    sw, ds = view.items["h/vswitch"], view.items["h/datastore"]
    assert "Mb/s" in sw.state_text and "pkt/s" in sw.state_text and not sw.state_text.startswith("0 ")
    assert "IOPS" in ds.state_text and "/500 GB" in ds.state_text
