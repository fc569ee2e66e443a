"""Zoom, fit and picture export of the layer graph (a part of ``GraphView``).

Kept apart from the view's model-to-item bookkeeping: these methods only
read the scene and the view's transform.  They expect the host class to have
``view`` (the ``LayerView``), ``scene`` and ``repaint_changed``.  Texts use the
"GraphView" translation context spelled out, as ``self.tr`` would in the view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QFontInfo, QImage, QPainter
from PySide6.QtWidgets import QFileDialog

from gui.graph.items import READABLE_PT, NodeItem
from gui.graph.scene_view import FIT_MIN_ZOOM, METER_LOD, READABLE_TITLE_PX, ZOOM_MAX, ZOOM_MIN, ZOOM_STEP


class ZoomAndExport:
    # --- zoom and export -----------------------------------------------------------------
    def zoom_by(self, factor: float) -> None:
        current = self.view.transform().m11()
        factor = max(ZOOM_MIN / current, min(ZOOM_MAX / current, factor))
        before = self.zoom()
        self.view.scale(factor, factor)
        self.user_zoomed = True
        if (before < METER_LOD) != (self.zoom() < METER_LOD):
            self.view.viewport().update()  # meters appear or vanish with the new zoom
        self.repaint_changed()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def zoom(self) -> float:
        return self.view.transform().m11()

    def fit_min_zoom(self) -> float:
        """The smallest zoom fit() uses: meters drawn, node titles READABLE_TITLE_PX high and
        every text of the graph (names, captions, meter numbers) READABLE_PT on screen."""
        th = self.theme
        px = QFontInfo(th.label_font).pixelSize()
        pt = min(f.pointSizeF() for f in (th.label_font, th.small_font, th.tiny_font))
        return max(FIT_MIN_ZOOM, READABLE_TITLE_PX / max(px, 1), READABLE_PT / max(pt, 1.0))

    def fit(self) -> None:
        """Show the whole graph, within readable bounds.

        Never blow a small graph up past 100 %, and never shrink a big one so
        far that titles and meters become unreadable: then show it at the
        smallest readable zoom from the left (the first host), centred on the
        middle layers, and let the student scroll.  Runs on every path that
        shows a new graph: a new world, and every resize of the view until the
        user zooms.
        """
        rect = self.scene.sceneRect()
        if rect.isEmpty():
            return
        self.user_zoomed = False
        room = self.view.maximumViewportSize()  # the viewport without scroll bars
        whole = min((room.width() - 4) / rect.width(), (room.height() - 4) / rect.height())
        z = min(1.0, max(whole, self.fit_min_zoom()))
        self.view.resetTransform()
        self.view.scale(z, z)
        self.view.centerOn(rect.center())
        if z > whole:  # too big to fit: start at the first host, its whole stack if it fits
            bar = self.view.horizontalScrollBar()
            bar.setValue(bar.minimum())
            first = next(iter(self.live.order), "") if self.live is not None else ""
            if first in self.bands:
                band = self.bands[first].sceneBoundingRect()
                seen = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
                x = seen.center().x()
                hw = self.items.get(f"{first}/hw")
                if hw is not None and not seen.contains(hw.sceneBoundingRect()):
                    x = hw.scenePos().x()  # a wide host: its hardware and what runs on it, in the middle
                self.view.centerOn(x, band.center().y())
        self.repaint_changed()

    def _export_rect(self) -> QRectF:
        return self.scene.itemsBoundingRect().adjusted(-16, -16, 16, 16)

    def export_png(self, path, scale: float = 1.0) -> bool:
        src = self._export_rect()
        scale = min(scale, 12000 / max(src.width(), src.height(), 1.0))  # keep the image sane
        img = QImage(max(1, int(src.width() * scale)), max(1, int(src.height() * scale)),
                     QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(QColor(30, 32, 36) if self.theme.dark else QColor(255, 255, 255))
        p = QPainter(img)
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self._render(p, QRectF(img.rect()), src)
        p.end()
        return img.save(str(path), "PNG")

    def export_svg(self, path) -> bool:
        from PySide6.QtSvg import QSvgGenerator  # QtSvg ships with PySide6-Essentials

        src = self._export_rect()
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(src.size().toSize())
        gen.setViewBox(QRectF(0, 0, src.width(), src.height()))
        gen.setTitle(QCoreApplication.translate("GraphView", "VirtLab layer graph"))
        p = QPainter()
        if not p.begin(gen):
            return False
        self._render(p, QRectF(0, 0, src.width(), src.height()), src)
        return p.end()

    def _render(self, p: QPainter, target: QRectF, src: QRectF) -> None:
        """Draw the scene afresh: nodes' cached pictures may be stale and would be bitmaps in SVG."""
        nodes = list(self.items.values())
        for item in nodes:
            item.setCacheMode(NodeItem.CacheMode.NoCache)
        try:
            self.scene.render(p, target, src)
        finally:
            for item in nodes:
                item.setCacheMode(NodeItem.CacheMode.DeviceCoordinateCache)

    def _ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("GraphView", "Export layer graph"), "layers.png",
                                              QCoreApplication.translate("GraphView", "PNG images (*.png)"))
        if path:
            self.export_png(path, 2.0)

    def _ask_svg(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("GraphView", "Export layer graph"), "layers.svg",
                                              QCoreApplication.translate("GraphView", "SVG drawings (*.svg)"))
        if path:
            self.export_svg(path)
