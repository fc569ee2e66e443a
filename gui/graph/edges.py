"""The layer graph's edges: "runs on" curves between nodes, styled by network for NICs."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from gui.graph.items import NODE_H, NodeItem, Theme
from gui.text.value_names import network_caption

# network -> (pen width, pen style, hue): each network reads differently at a glance.
_NETWORK_STYLES = {
    "bridged": (2.6, Qt.PenStyle.SolidLine, 210),
    "nat": (1.8, Qt.PenStyle.DashDotLine, 30),
    "host-only": (1.8, Qt.PenStyle.DotLine, 0),
    "sriov": (1.2, Qt.PenStyle.SolidLine, 280),
    "host": (1.2, Qt.PenStyle.SolidLine, 280),
}


class EdgeItem(QGraphicsPathItem):
    """A curve from what provides to what runs on it; follows both ends."""

    def __init__(self, src: NodeItem, dst: NodeItem, theme: Theme, dashed: bool = False, parent=None,
                 network: str | None = None):
        super().__init__(parent)
        self.src, self.dst = src, dst
        self.theme, self.dashed = theme, dashed
        self.network: str | None = None
        self.set_network(network)
        self.setZValue(-1)
        src.edges.append(self)
        dst.edges.append(self)
        self.adjust()

    def set_network(self, network: str | None) -> None:
        """Style a NIC or uplink edge by its network (``core.sim.graph``'s ``network`` attribute):
        bridged thick and solid (on the LAN), NAT dash-dot (translated), host-only dotted (stays in
        the host), SR-IOV / host stack thin (bypasses the switch).  Other edges: solid, or dashed
        for a service relation."""
        self.network = network
        style = _NETWORK_STYLES.get(network or "")
        if style is None:
            pen = QPen(self.theme.edge, 1.4)
            if self.dashed:  # a service or control relation, not "runs on"
                pen.setStyle(Qt.PenStyle.DashLine)
        else:
            width, dash, hue = style
            color = QColor.fromHsl(hue, 150, 110 if not self.theme.dark else 170)
            pen = QPen(color, width)
            pen.setStyle(dash)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setToolTip(network_caption(network) if style else "")

    def _end(self, node: NodeItem) -> QPointF:
        # Both ends in this edge's band: band coordinates as they are; else (the
        # registry's edges, top-level) where the node is in the scene.
        if node.parentItem() is self.parentItem():
            return node.pos()
        return self.mapFromScene(node.scenePos())

    def detach(self) -> None:
        for n in (self.src, self.dst):
            if self in n.edges:
                n.edges.remove(self)

    def adjust(self) -> None:
        a, b = self._end(self.src), self._end(self.dst)
        lower, upper = (a, b) if a.y() >= b.y() else (b, a)
        start = QPointF(lower.x(), lower.y() - NODE_H / 2)
        end = QPointF(upper.x(), upper.y() + NODE_H / 2)
        path = QPainterPath(start)
        dy = (start.y() - end.y()) / 2
        path.cubicTo(QPointF(start.x(), start.y() - dy), QPointF(end.x(), end.y() + dy), end)
        self.setPath(path)
