"""Selecting a host or guest scrolls its column into view and highlights it."""

from __future__ import annotations

import pytest

from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode, Product
from core.model.objects import Guest, Host, VmConfig
from core.sim.world import World
from gui.document.document import Document
from gui.graph.view import GraphView


def wide_world(hosts: int = 8) -> World:
    w = World(seed=5)
    for k in range(hosts):
        w.add_host(Host(f"h{k}", f"Host {k}", HOST_TEMPLATES["lab-pc"], Mode.HYBRID, Product.KVM))
        w.add_guest(Guest(f"g{k}", f"vm {k}", f"h{k}", VmConfig("ubuntu-24.04"), "web-server"))
    return w


@pytest.fixture
def wide(qtbot, qapp):
    d = Document(wide_world())
    v = GraphView(d)
    qtbot.addWidget(v)
    v.resize(900, 450)  # far narrower than eight hosts at a readable zoom
    v.show()
    qtbot.waitExposed(v)
    yield v
    d.set_running(False)


def _in_view(v: GraphView):
    return v.view.mapToScene(v.view.viewport().rect()).boundingRect()


def test_selecting_a_far_host_scrolls_its_band_into_view(qtbot, wide):
    band = wide.bands["h7"].sceneBoundingRect()
    assert not _in_view(wide).intersects(band)  # off to the right at first
    wide.select("h7")
    seen = _in_view(wide)
    assert seen.left() <= band.left() + 1 and seen.right() >= band.right() - 1
    assert wide.bands["h7"].highlighted and wide.items["h7/hw"].highlighted


def test_selecting_a_guest_scrolls_its_nodes_into_view(qtbot, wide):
    wide.select("g6")
    seen = _in_view(wide)
    for nid in ("g6/os", "g6/app"):
        assert seen.contains(wide.items[nid].sceneBoundingRect().center())
        assert wide.items[nid].highlighted
    wide.select("h0")  # back to the first host: the guest is no longer highlighted
    assert not wide.items["g6/os"].highlighted
    assert _in_view(wide).contains(wide.bands["h0"].sceneBoundingRect().center())


def test_a_host_wider_than_the_view_shows_its_own_stack(qtbot, wide):
    wide.resize(300, 450)
    qtbot.wait_until(lambda: wide.view.width() <= 300)
    wide.select("h5")
    seen = _in_view(wide)
    assert seen.contains(wide.items["h5/hw"].scenePos())


def test_choosing_a_host_in_the_library_scrolls_the_graph_to_it(qtbot, tmp_path):
    import json

    from bench.limits import lab

    from .random_actions import make_window

    path = tmp_path / "wide.vlab"
    path.write_text(json.dumps(lab(12, 24)))
    win = make_window(qtbot, tmp_path)
    win.resize(1366, 768)
    win.files.open(path)
    g = win.graph
    qtbot.wait_until(lambda: len(g.bands) == 12)
    last = g.live.order[-1]
    assert not _in_view(g).intersects(g.bands[last].sceneBoundingRect())
    tree = win.library.view
    index = win.library.proxy_index(last)
    tree.setCurrentIndex(index)  # as a click on its row does
    qtbot.wait_until(lambda: g.bands[last].highlighted)
    assert _in_view(g).contains(g.items[f"{last}/hw"].sceneBoundingRect())
    win.doc.set_running(False)
