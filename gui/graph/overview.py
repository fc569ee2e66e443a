"""The layer graph's overview (minimap): where the view is in a big lab, and a click to go elsewhere.

A small panel in the top-right corner of the graph view, shown only while
the graph is larger than the view.  It draws each host's band as a column and
the part in view as a frame; a click or a drag there centres the view on that
spot.  A lab is far wider than high (40 hosts side by side), so the two axes
are scaled apart: a uniform scale would leave a strip a pixel high.  It draws
bands only, not nodes, so a repaint on every scroll stays cheap for any lab.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from gui.shell import colors as pc

MAX_W, H = 240, 36  # its size in pixels (a third of the view's width at most)
MARGIN = 6  # from the view's edges


class Overview(QWidget):
    def __init__(self, graph, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("layerGraphOverview")
        self.graph = graph
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Overview of the whole lab: click to move the view there"))
        view = graph.view
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.connect(self.refresh)
            bar.rangeChanged.connect(self.refresh)
        graph.scene.sceneRectChanged.connect(self.refresh)
        self.hide()

    # --- where it sits, and whether it is needed -----------------------------------------
    def refresh(self, *_args) -> None:
        if not isValid(self.graph.scene):
            return  # the graph is being destroyed: its scroll bars still signal
        view = self.graph.view
        rect = self.graph.scene.sceneRect()
        seen = self.seen()
        needed = not rect.isEmpty() and not seen.contains(rect.adjusted(2, 2, -2, -2))
        if not needed:
            self.hide()
            return
        vp = view.viewport().geometry()  # in the view's coordinates (it is our parent)
        w = min(MAX_W, vp.width() // 3)
        # Top right: the first view centres a host's hardware at the bottom; keep that free.
        self.setGeometry(vp.right() - w - MARGIN, vp.top() + MARGIN, w, H)
        self.show()
        self.raise_()
        self.update()

    def seen(self) -> QRectF:
        view = self.graph.view
        return view.mapToScene(view.viewport().rect()).boundingRect()

    # --- scene <-> overview -------------------------------------------------------------
    def _scale(self) -> tuple[QRectF, float, float]:
        rect = self.graph.scene.sceneRect()
        inner = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        return rect, inner.width() / max(rect.width(), 1.0), inner.height() / max(rect.height(), 1.0)

    def to_here(self, r: QRectF) -> QRectF:
        scene, sx, sy = self._scale()
        return QRectF(3 + (r.left() - scene.left()) * sx, 3 + (r.top() - scene.top()) * sy,
                      r.width() * sx, r.height() * sy)

    def to_scene(self, p: QPointF) -> QPointF:
        scene, sx, sy = self._scale()
        return QPointF(scene.left() + (p.x() - 3) / max(sx, 1e-9), scene.top() + (p.y() - 3) / max(sy, 1e-9))

    # --- drawing and the mouse --------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = self.graph.theme.dark
        p.setPen(QPen(QColor(255, 255, 255, 70) if dark else QColor(20, 40, 80, 90), 1))
        p.setBrush(QColor(30, 32, 36, 225) if dark else QColor(250, 251, 253, 230))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        p.setPen(Qt.PenStyle.NoPen)
        for band in self.graph.bands.values():
            if band.highlighted:
                color = QColor(pc.SELECT)
            else:
                color = QColor(120, 130, 150, 150 if band.collapsed else 90)
            r = self.to_here(band.sceneBoundingRect())
            p.setBrush(color)
            p.drawRect(r.adjusted(0, 0, 0 if r.width() < 2 else -0.5, 0))
        frame = self.to_here(self.seen()).intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(pc.SELECT, 2))
        p.drawRect(frame)

    def mousePressEvent(self, event) -> None:
        self._go(event.position())
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event.position())
        event.accept()

    def _go(self, pos: QPointF) -> None:
        self.graph.view.centerOn(self.to_scene(pos))
        self.graph.repaint_changed()
