"""Empty layers collapse: a row with no node in any host takes no room, and comes back when used."""

from __future__ import annotations

import pytest

from core import edits
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode, Product
from core.model.objects import Host
from gui.document.document import Document
from gui.graph.items import BAND_TITLE_H, NODE_H, PAD, Y_STEP
from gui.graph.view import GraphView

from .test_graph_readable import small_world

EMULATORS = 3  # the "Emulators / images" layer (QEMU, container images)


@pytest.fixture
def graph(qtbot, qapp):
    d = Document(small_world())  # one hosted host: no QEMU, no images
    v = GraphView(d)
    qtbot.addWidget(v)
    v.resize(900, 450)
    v.show()
    qtbot.waitExposed(v)
    yield v
    d.set_running(False)


def _y(v, nid):
    return v.items[nid].scenePos().y()


def test_an_empty_layer_takes_no_row_and_the_captions_follow(graph):
    assert EMULATORS not in graph.backdrop.levels
    vmm = next(n for n, i in graph.items.items() if i.kind == "vmm")
    # The guests sit one row above the VMM (services), with no empty row between.
    assert _y(graph, vmm) - _y(graph, "g1/os") == pytest.approx(Y_STEP)
    assert len(graph.backdrop.levels) == 5
    assert graph.backdrop.boundingRect().height() == pytest.approx(5 * Y_STEP)
    band = graph.bands["h1"].sceneBoundingRect()
    # The band shrank with it: title, five rows (four steps between them), margins.
    assert band.height() == pytest.approx(BAND_TITLE_H + 4 * Y_STEP + NODE_H + PAD / 2 + 6)


def test_the_row_comes_back_when_a_host_uses_it_and_goes_on_undo(graph):
    doc = graph.document
    before = _y(graph, "g1/os")
    kvm = Host("h9", "KVM", HOST_TEMPLATES["lab-pc"], Mode.HYBRID, Product.KVM)
    assert doc.apply(edits.AddHost(kvm))
    _, gid = doc.add_guest_from_template("h9", "vm", "debian")
    assert gid and EMULATORS in graph.backdrop.levels
    assert _y(graph, "g1/os") == pytest.approx(before - Y_STEP)  # moved up to make room
    # Same positions as a graph drawn from scratch.
    fresh = GraphView(doc)
    for nid, item in graph.items.items():
        assert item.scenePos() == fresh.items[nid].scenePos(), nid
    fresh.deleteLater()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert EMULATORS not in graph.backdrop.levels
    assert _y(graph, "g1/os") == pytest.approx(before)
