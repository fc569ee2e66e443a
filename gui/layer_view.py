"""The layer graph's QGraphicsView and the pure helpers behind ``GraphView``.

``LayerView`` turns mouse and drag events into calls on its owner (zoom, click,
hover, drop); ``untangle`` orders each host's rows so a node sits above what it
runs on; ``fractions`` turns a sample row into a node's meter fractions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView

from . import mime
from .graph_items import METER_LOD

if TYPE_CHECKING:
    from .graph_view import GraphView

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.05, 3.0
# Below this zoom fit() stops shrinking: labels and meters stay legible.
FIT_MIN_ZOOM = METER_LOD * 1.6


class LayerView(QGraphicsView):
    """The QGraphicsView: zoom with Ctrl+wheel, pan by dragging, click to select, drop on hosts."""

    def __init__(self, owner: GraphView):
        super().__init__(owner.scene, owner)
        self.owner = owner
        self.setObjectName("layerGraphView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        # Most nodes change every tick: one full repaint beats hundreds of small rects
        # (bench/bench_frame.py).
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setAcceptDrops(True)
        self._press: QPoint | None = None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Refit only when the view itself changed size: a scroll bar that fit() makes
        # appear or vanish resizes the viewport, and refitting then can oscillate forever.
        if not self.owner._user_zoomed and self.size() != getattr(self, "_fitted_size", None):
            self._fitted_size = self.size()
            self.owner.fit()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.owner.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
        else:
            super().wheelEvent(event)

    def mousePressEvent(self, event) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if self._press is not None and (pos - self._press).manhattanLength() < 5:
            self.owner._clicked(pos)
        self._press = None

    # Drops are handled here, not by the scene: the scene's items do not accept drops.
    def dragEnterEvent(self, event) -> None:
        if mime.decode(event.mimeData()) is None:
            event.ignore()
            return
        self.owner._hover_drop(event.position().toPoint(), event)
        event.acceptProposedAction()  # stay in the drag even where this spot refuses it

    def dragMoveEvent(self, event) -> None:
        self.owner._hover_drop(event.position().toPoint(), event)

    def dragLeaveEvent(self, event) -> None:
        self.owner._set_drop_target(None, None)
        event.accept()

    def dropEvent(self, event) -> None:
        self.owner._drop(event.position().toPoint(), event)


def untangle(g, pos: dict) -> dict:
    """Reorder each host's rows so nodes sit above what they run on.

    ``layered_layout`` sorts a row by node id, which can cross edges (a
    container's image sorted by image name, the container by guest id).  Going
    up from the hardware, each row keeps its slots but takes its nodes in the
    order of the mean x of their same-host parents (a barycentre pass).
    """
    rows: dict[tuple[str, float], list[str]] = {}
    for n, (_x, y) in pos.items():
        rows.setdefault((g.nodes[n]["host"], y), []).append(n)
    out = dict(pos)
    for (host, y), members in sorted(rows.items(), key=lambda kv: kv[0][1]):
        if len(members) < 2 or not host:
            continue
        slots = sorted(pos[n][0] for n in members)

        def key(n, host=host):
            xs = [out[p][0] for p in g.predecessors(n) if g.nodes[p]["host"] == host and out[p][1] < pos[n][1]]
            return (sum(xs) / len(xs) if xs else pos[n][0], pos[n][0])

        for x, n in zip(slots, sorted(members, key=key), strict=True):
            out[n] = (x, y)
    return out


def fractions(sample, key: tuple[str, str], host) -> list[float]:
    """What a node's three meters show, as fractions of what its host has."""
    table, oid = key
    if table == "host":
        h = sample.host(oid)
        if h is None:
            return [0.0, 0.0, 0.0]
        return [h["cpu_pct"] / 100, h["mem_pct"] / 100, max(h["disk_pct"], h["net_pct"]) / 100]
    if table == "layer":
        m = sample.layer(oid)
        if m is None or host is None:
            return [0.0, 0.0]
        return [m["cpu_pct"] / 100, m["mem_mb"] / host.hardware.memory_mb]
    r = sample.guest(oid)
    if r is None or host is None:
        return [0.0, 0.0, 0.0]
    hw = host.hardware
    io = max(r["disk_iops"] / hw.disk.iops, r["disk_mbs"] / hw.disk.seq_mbs, r["net_mbps"] / (hw.nic.gbps * 1000))
    used = r["mem_used_mb"] / r["mem_alloc_mb"] if r["mem_alloc_mb"] > 0 else 0.0
    return [r["cpu_pct"] / 100, used, io]
