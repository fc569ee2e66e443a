"""The overview (minimap) shows where the view is in a big lab; clicking it moves the view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from gui.document.document import Document
from gui.graph.view import GraphView

from .test_graph_readable import small_world
from .test_graph_select import wide_world


def _graph(qtbot, world, size):
    d = Document(world)
    v = GraphView(d)
    qtbot.addWidget(v)
    v.resize(*size)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def wide(qtbot, qapp):
    v = _graph(qtbot, wide_world(10), (900, 450))
    yield v
    v.document.set_running(False)


def test_it_shows_in_a_corner_of_a_big_lab_and_frames_the_view(qtbot, wide):
    ov = wide.overview
    qtbot.wait_until(ov.isVisible)
    vp = wide.view.viewport().geometry()
    assert vp.contains(ov.geometry())  # over the graph, not beside it
    assert ov.geometry().right() > vp.center().x() and ov.geometry().top() < vp.center().y()
    frame = ov.to_here(ov.seen())
    assert 0 < frame.width() < ov.width() / 2  # the view is a small part of ten hosts
    before = frame.left()
    wide.view.horizontalScrollBar().setValue(wide.view.horizontalScrollBar().maximum())
    assert ov.to_here(ov.seen()).left() > before  # follows the scrolling


def test_clicking_it_moves_the_view_there(qtbot, wide):
    ov = wide.overview
    qtbot.wait_until(ov.isVisible)
    last = wide.bands["h9"].sceneBoundingRect()
    target = ov.to_here(last).center().toPoint()
    qtbot.mouseClick(ov, Qt.MouseButton.LeftButton, pos=target)
    seen = wide.view.mapToScene(wide.view.viewport().rect()).boundingRect()
    assert seen.contains(last.center())
    first = ov.to_here(wide.bands["h0"].sceneBoundingRect()).center().toPoint()
    qtbot.mousePress(ov, Qt.MouseButton.LeftButton, pos=QPoint(target.x(), target.y()))
    qtbot.mouseMove(ov, first)  # a drag follows the mouse
    qtbot.mouseRelease(ov, Qt.MouseButton.LeftButton, pos=first)
    seen = wide.view.mapToScene(wide.view.viewport().rect()).boundingRect()
    assert seen.contains(wide.bands["h0"].sceneBoundingRect().center())


def test_it_hides_when_the_whole_lab_is_in_view(qtbot):
    v = _graph(qtbot, small_world(), (1400, 600))
    v.fit()
    assert not v.overview.isVisible()
    v.zoom_in()
    v.zoom_in()
    qtbot.wait_until(v.overview.isVisible)
    v.document.set_running(False)
