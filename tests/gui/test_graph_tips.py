"""Node tooltips say what the node is and give its figures from the last sample."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from gui.graph.tips import node_tip

from .test_graph_view import doc, view  # noqa: F401 (fixtures)


def test_tips_give_kind_and_latest_figures(qtbot, view, doc):  # noqa: F811
    hw = view.items["h1/hw"]
    before = node_tip(hw, doc.world)
    assert "KVM box" in before or hw.label in before
    assert "start the simulation" in before  # no sample yet: says so instead of zeros
    with qtbot.wait_signal(doc.ticked, timeout=5000):
        doc.set_running(True)
    doc.set_running(False)
    host = doc.world.latest.host("h1")
    tip = node_tip(hw, doc.world)
    assert f"CPU: {host['cpu_pct']:.0f} % busy" in tip
    assert "MB/s" in tip and "Mb/s" in tip
    layer = next(i for i in view.items.values() if i.metrics and i.metrics[0] == "layer")
    assert "Memory:" in node_tip(layer, doc.world) and "MB" in node_tip(layer, doc.world)
    assert "<br>" in tip and tip.startswith(hw.toolTip())


def test_guest_tip_gives_speed_or_says_it_is_off(qtbot, view, doc):  # noqa: F811
    os_node = view.items["g1/os"]
    doc.power_on("g1")
    with qtbot.wait_signal(doc.ticked, timeout=5000):
        doc.set_running(True)
    doc.set_running(False)
    row = doc.world.latest.guest("g1")
    assert row is not None
    assert f"Speed: {100 * row['perf']:.0f} %" in node_tip(os_node, doc.world)
    doc.power_off("g1")
    with qtbot.wait_signal(doc.ticked, timeout=5000):
        doc.set_running(True)
    doc.set_running(False)
    assert "Not running" in node_tip(os_node, doc.world)


def test_hovering_a_node_shows_the_figures(qtbot, view, doc):  # noqa: F811
    with qtbot.wait_signal(doc.ticked, timeout=5000):
        doc.set_running(True)
    doc.set_running(False)
    hw = view.items["h1/hw"]
    pos = view.view.mapFromScene(hw.scenePos())
    vp = view.view.viewport()
    ev = QHelpEvent(QEvent.Type.ToolTip, pos, vp.mapToGlobal(pos))
    QApplication.sendEvent(vp, ev)
    qtbot.wait_until(QToolTip.isVisible)
    assert "CPU:" in QToolTip.text()
    assert view.tooltip_at(QPoint(-50, -50)) == ""
    QToolTip.hideText()
