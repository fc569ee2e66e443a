"""Hosts collapse to one box (hardware and a summary of its guests) and expand again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from gui.document.document import Document
from gui.graph.view import GraphView

from .test_graph_select import wide_world
from .test_graph_view import assert_matches_core


@pytest.fixture
def graph(qtbot, qapp):
    d = Document(wide_world(3))
    v = GraphView(d)
    qtbot.addWidget(v)
    v.resize(1000, 500)
    v.show()
    qtbot.waitExposed(v)
    yield v
    d.set_running(False)


def test_a_collapsed_host_draws_one_box_with_a_summary(graph):
    doc = graph.document
    width = graph.bands["h1"].sceneBoundingRect().width()
    h2_left = graph.bands["h2"].scenePos().x()
    graph.set_collapsed("h1", True)
    mine = [n for n, i in graph.items.items() if i.host_id == "h1"]
    assert mine == ["h1/hw"]  # no per-guest items, no layers
    assert not any("h1/" in u or "h1/" in v or u.startswith("g1/") for u, v in graph.edges)
    assert "g1" not in graph._by_obj
    assert "1 guest, 0 powered on" in graph.items["h1/hw"]._caption.text()
    assert graph.bands["h1"].collapsed
    assert graph.bands["h1"].sceneBoundingRect().width() < width
    assert graph.bands["h2"].scenePos().x() < h2_left  # the hosts to its right move closer
    doc.power_on("g1")
    assert "1 guest, 1 powered on" in graph.items["h1/hw"]._caption.text()
    _, gid = doc.add_guest_from_template("h1", "vm", "debian")
    assert gid and f"{gid}/os" not in graph.items
    assert "2 guests, 1 powered on" in graph.items["h1/hw"]._caption.text()
    graph.set_collapsed("h1", False)
    assert_matches_core(graph, doc)  # all back, as a fresh graph draws them
    assert not graph.bands["h1"].collapsed and graph.items["h1/hw"].summary == ""


def test_the_title_arrow_toggles_and_the_choice_is_kept_for_the_session(qtbot, graph):
    band = graph.bands["h0"]
    graph.view.ensureVisible(band.sceneBoundingRect(), 0, 0)
    spot = graph.view.mapFromScene(band.mapToScene(band.toggle_rect().center()))
    qtbot.mouseClick(graph.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.wait_until(lambda: graph.is_collapsed("h0"))
    assert "g0/os" not in graph.items
    graph.document.set_world(wide_world(3))  # the same lab again (e.g. reopened)
    assert graph.is_collapsed("h0") and "g0/os" not in graph.items
    spot = graph.view.mapFromScene(graph.bands["h0"].mapToScene(graph.bands["h0"].toggle_rect().center()))
    qtbot.mouseClick(graph.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.wait_until(lambda: not graph.is_collapsed("h0"))
    assert "g0/os" in graph.items


def test_the_menu_entry_collapses_and_expands(graph):
    menu = QMenu()
    act = graph.collapse_action("h2", menu)
    assert act.text() == "Collapse in Layer Graph"
    act.trigger()
    assert graph.is_collapsed("h2") and "g2/app" not in graph.items
    again = graph.collapse_action("h2", menu)
    assert again.text() == "Expand in Layer Graph"
    again.trigger()
    assert not graph.is_collapsed("h2") and "g2/app" in graph.items


def test_selecting_a_guest_of_a_collapsed_host_shows_the_host_box(graph):
    graph.set_collapsed("h2", True)
    graph.view.horizontalScrollBar().setValue(graph.view.horizontalScrollBar().minimum())
    graph.select("g2")
    seen = graph.view.mapToScene(graph.view.viewport().rect()).boundingRect()
    assert seen.contains(graph.items["h2/hw"].sceneBoundingRect())
