"""The row backdrop of the layer graph: faint stripes with the layer titles at the left.

Only the layers some host uses get a row (``levels``): the rows follow the
collapse of empty layers, and their titles with them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem

from gui.graph.items import BASE_TOP, TOP_LEVEL, Y_STEP, Theme, _static, row_y
from gui.text.value_names import level_title


class BackdropItem(QGraphicsItem):
    """Faint row stripes with the layer titles at the left: the graph's y axis."""

    def __init__(self, theme: Theme):
        super().__init__()
        self.theme = theme
        self.left, self.right = 0.0, 0.0
        # The layers that have a node in some host, ascending: only their rows are drawn
        # (an "Emulators / images" row with no QEMU and no image takes no room).
        self.levels: tuple[int, ...] = tuple(range(BASE_TOP + 1))
        self.retranslate()
        self.setZValue(-20)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def retranslate(self) -> None:
        self.titles = [_static(level_title(k)) for k in range(TOP_LEVEL + 1)]
        self.update()

    @property
    def top(self) -> int:
        """The highest layer drawn: 7 while a VM runs containers."""
        return self.levels[-1] if self.levels else 0

    def set_levels(self, levels: tuple[int, ...]) -> None:
        if levels != self.levels:
            self.prepareGeometryChange()
            self.levels = levels
            self.update()

    def set_span(self, left: float, right: float) -> None:
        if (left, right) != (self.left, self.right):
            self.prepareGeometryChange()
            self.left, self.right = left, right

    def boundingRect(self) -> QRectF:
        top = row_y(self.levels, self.top) - Y_STEP / 2
        return QRectF(self.left, top, self.right - self.left, Y_STEP * max(1, len(self.levels)))

    def paint(self, p: QPainter, option, widget=None) -> None:
        th = self.theme
        p.setFont(th.small_font)
        for k, level in enumerate(self.levels):
            y = row_y(self.levels, level)
            if k % 2 == 0:
                p.fillRect(QRectF(self.left, y - Y_STEP / 2, self.right - self.left, Y_STEP),
                           QColor(255, 255, 255, 8) if th.dark else QColor(0, 0, 0, 9))
            p.setPen(th.muted)
            p.drawStaticText(QPointF(self.left + 6, y - th.small_fm.height() / 2), self.titles[level])
