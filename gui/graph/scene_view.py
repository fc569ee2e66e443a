"""The layer graph's QGraphicsView and the pure helpers behind ``GraphView``.

``LayerView`` turns mouse and drag events into calls on its owner (zoom, click,
hover, drop); ``untangle`` orders each host's rows so a node sits above what it
runs on; ``fractions`` turns a sample row into a node's meter fractions, and
``MeterPlan`` does the same for every node at once with numpy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QGraphicsView, QToolTip

from core.sim.metrics import GUEST_COL, HOST_COL, LAYER_COL
from gui.graph.items import METER_LOD, METER_W, NODE_H, NODE_W

if TYPE_CHECKING:
    import numpy as np

    from gui.graph.view import GraphView

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.05, 3.0
# Below this zoom fit() stops shrinking: labels and meters stay legible.
FIT_MIN_ZOOM = METER_LOD * 1.6
# ... and node titles stay at least this many pixels high (the font's pixel size
# times the zoom).  Assumption: ~4 px titles were unreadable; 8 px bold titles
# still read clearly and let the whole six-layer stack fit the default dock.
READABLE_TITLE_PX = 8.0


class LayerView(QGraphicsView):
    """The QGraphicsView: zoom with Ctrl+wheel, scroll with the wheel (Shift: sideways) or by dragging
    with the middle button; click to select (Ctrl/Shift-click: several), drag on the background
    for a rubber band, drag a guest onto a host (gui.graph.selecting); drops on hosts."""

    def __init__(self, owner: GraphView):
        super().__init__(owner.scene, owner)
        self.owner = owner
        self.setObjectName("layerGraphView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # A drag on the background selects what its band touches (gui.graph.selecting);
        # a drag that starts on a guest moves the guest; the middle button scrolls.
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemBoundingRect)
        self.rubberBandChanged.connect(owner.band_changed)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        # A tick repaints only the nodes whose meters moved a pixel (GraphView.repaint_changed),
        # so repaint their rects, not the whole view: bands and edges underneath are then
        # drawn clipped (bench/bench_frame.py: 2.4 ms against 5.8 ms for a full update).
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setAcceptDrops(True)
        self._press: QPoint | None = None
        self._drag_guest = ""  # pressed on this guest's node: a drag moves it (and the selected ones)
        self._pan: QPoint | None = None  # where a middle-button scroll last was

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        overview = getattr(self.owner, "overview", None)  # made after the view
        if overview is not None:
            overview.refresh()
        # Refit only when the view itself changed size: a scroll bar that fit() makes
        # appear or vanish resizes the viewport, and refitting then can oscillate forever.
        if not self.owner.user_zoomed and self.size() != getattr(self, "_fitted_size", None):
            self._fitted_size = self.size()
            self.owner.fit()
        else:
            self.owner.repaint_changed()  # nodes that come into view may show older values

    def viewportEvent(self, event) -> bool:
        # A node's tooltip carries its figures from the latest tick: built when asked for.
        if event.type() == QEvent.Type.ToolTip:
            text = self.owner.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
                return True
        return super().viewportEvent(event)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.owner.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:  # sideways: hosts stand side by side
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y())
            event.accept()
        else:
            super().wheelEvent(event)

    def mousePressEvent(self, event) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan = pos
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        self._press = pos
        left = event.button() == Qt.MouseButton.LeftButton
        self._drag_guest = self.owner.guest_at(pos) if left else ""
        if self._drag_guest or not left:  # Qt would start a band with any button
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
        else:
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.owner.band_started(event.modifiers())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        pos = event.position().toPoint()
        if self._pan is not None:
            d = pos - self._pan
            self._pan = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - d.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - d.y())
            return
        if self._drag_guest and self._press is not None and \
                (pos - self._press).manhattanLength() >= QApplication.startDragDistance():
            guest, self._drag_guest, self._press = self._drag_guest, "", None
            self.owner.start_guest_drag(guest)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan = None
            self.viewport().unsetCursor()
            return
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if self._press is not None and (pos - self._press).manhattanLength() < 5:
            self.owner.click_at(pos, event.modifiers())
        self._press = None
        self._drag_guest = ""
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)

    # Drops are handled here, not by the scene: the scene's items do not accept drops.
    def dragEnterEvent(self, event) -> None:
        if self.owner.drops.enter(event):
            self.owner.hover_drop(event.position().toPoint(), event)
            event.acceptProposedAction()  # stay in the drag even where this spot refuses it

    def dragMoveEvent(self, event) -> None:
        self.owner.hover_drop(event.position().toPoint(), event)

    def dragLeaveEvent(self, event) -> None:
        self.owner.drops.leave()
        event.accept()

    def dropEvent(self, event) -> None:
        self.owner.drop_at(event.position().toPoint(), event)

    # Nodes scrolled into view may hold a cached picture of older values: refresh them.
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.owner.repaint_changed()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.owner.repaint_changed()


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


class MeterPlan:
    """The meter fractions of many nodes, gathered from a sample's arrays in one pass.

    Built when the graph's structure or the engine's row index changes: it keeps,
    per node, its row in ``sample.hosts`` / ``layers`` / ``guests`` and the host
    capacities it is measured against, so a tick is a few numpy gathers instead of
    a dict per node.  ``values`` is written in place (nodes are bound to its rows);
    ``changed`` says which visible nodes moved by a pixel or changed colour since
    they were last drawn.  Same figures as ``fractions``.
    """

    def __init__(self, keys: list[tuple[str, str]], hosts: list, index, xy: list[tuple[float, float]]):
        import numpy as np  # loaded with the first lab, not at start-up

        self.index = index
        n = len(keys)
        self.values = np.zeros((n, 3))
        self.shown = np.full(n, -1, dtype=np.int64)  # a code of what each node last drew
        self.xy = np.array(xy, dtype=float).reshape(n, 2)
        tables = {"host": ([], []), "layer": ([], [], []), "guest": ([], [], [], [], [])}
        for k, ((table, oid), host) in enumerate(zip(keys, hosts, strict=True)):
            if table == "host":
                r = index.hosts.get(oid)
                if r is not None:
                    tables["host"][0].append(k)
                    tables["host"][1].append(r)
            elif host is None:
                continue  # no host: the node shows zeros, as ``fractions`` does
            elif table == "layer":
                r = index.layers.get(oid)
                if r is not None:
                    for col, x in zip(tables["layer"], (k, r, host.hardware.memory_mb), strict=True):
                        col.append(x)
            else:
                r = index.guests.get(oid)
                if r is not None:
                    hw = host.hardware
                    for col, x in zip(tables["guest"], (k, r, hw.disk.iops, hw.disk.seq_mbs, hw.nic.gbps * 1000),
                                      strict=True):
                        col.append(x)
        self.h_dst, self.h_row = (np.array(c, dtype=np.intp) for c in tables["host"])
        lay = tables["layer"]
        self.l_dst, self.l_row = np.array(lay[0], dtype=np.intp), np.array(lay[1], dtype=np.intp)
        self.l_mem = np.array(lay[2], dtype=float)
        gue = tables["guest"]
        self.g_dst, self.g_row = np.array(gue[0], dtype=np.intp), np.array(gue[1], dtype=np.intp)
        self.g_cap = np.array(gue[2:], dtype=float).reshape(3, -1)  # IOPS, MB/s, Mb/s of each guest's host

    def update(self, sample) -> None:
        import numpy as np  # loaded with the first lab, not at start-up

        v = self.values
        if self.h_dst.size:
            r = sample.hosts[self.h_row]
            v[self.h_dst, 0] = r[:, HOST_COL["cpu_pct"]] / 100
            v[self.h_dst, 1] = r[:, HOST_COL["mem_pct"]] / 100
            v[self.h_dst, 2] = np.maximum(r[:, HOST_COL["disk_pct"]], r[:, HOST_COL["net_pct"]]) / 100
        if self.l_dst.size:
            r = sample.layers[self.l_row]
            v[self.l_dst, 0] = r[:, LAYER_COL["cpu_pct"]] / 100
            v[self.l_dst, 1] = r[:, LAYER_COL["mem_mb"]] / self.l_mem
        if self.g_dst.size:
            r = sample.guests[self.g_row]
            alloc = r[:, GUEST_COL["mem_alloc_mb"]]
            used = np.divide(r[:, GUEST_COL["mem_used_mb"]], alloc, out=np.zeros(len(alloc)), where=alloc > 0)
            io = np.maximum(np.maximum(r[:, GUEST_COL["disk_iops"]] / self.g_cap[0],
                                       r[:, GUEST_COL["disk_mbs"]] / self.g_cap[1]),
                            r[:, GUEST_COL["net_mbps"]] / self.g_cap[2])
            v[self.g_dst, 0] = r[:, GUEST_COL["cpu_pct"]] / 100
            v[self.g_dst, 1] = used
            v[self.g_dst, 2] = io

    def changed(self, zoom: float, visible: QRectF) -> np.ndarray:
        """Indices of nodes inside ``visible`` (scene rect) whose drawing differs from the last one.

        A meter's look is its filled width in whole device pixels and its colour
        band (``palette_colors.load_color``); the returned nodes count as drawn.
        """
        import numpy as np  # loaded with the first lab, not at start-up

        if not len(self.values):
            return np.zeros(0, dtype=np.intp)
        f = np.clip(self.values, 0.0, 1.0)
        px = np.rint(f * max(1.0, METER_W * zoom)).astype(np.int64)
        band = (f >= 0.7).astype(np.int64) + (f >= 0.9)
        code = ((px[:, 0] * 3 + band[:, 0]) * 4096 + px[:, 1] * 3 + band[:, 1]) * 4096 + px[:, 2] * 3 + band[:, 2]
        x, y = self.xy[:, 0], self.xy[:, 1]
        inside = ((x + NODE_W / 2 >= visible.left()) & (x - NODE_W / 2 <= visible.right())
                  & (y + NODE_H / 2 >= visible.top()) & (y - NODE_H / 2 <= visible.bottom()))
        idx = np.flatnonzero(inside & (code != self.shown))
        self.shown[idx] = code[idx]
        return idx
