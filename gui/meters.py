"""Small meters shared by the host tab, the guest tab and the graph's nodes.

``paint_meter`` draws one bar with a painter, so graph items can draw their
tiny meters inside ``paint()`` without child widgets.  ``MeterBar`` and
``Sparkline`` are widgets around the same drawing; ``MetricRow`` puts a caption,
a bar and a sparkline side by side, as the tabs list them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from . import palette_colors as pc


def paint_meter(p: QPainter, rect: QRectF, fraction: float, track: QColor,
                color: QColor | None = None, marker: float | None = None) -> None:
    """A rounded bar filled to ``fraction`` (0..1), coloured by load unless given.

    ``marker`` draws a thin tick at another fraction (e.g. memory promised to
    guests); past 1.0 it sits at the end in the "bad" colour: overcommit.
    """
    f = max(0.0, min(1.0, fraction))
    r = rect.height() / 2
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(track)
    p.drawRoundedRect(rect, r, r)
    if f > 0:
        p.setBrush(color or pc.load_color(f))
        p.drawRoundedRect(QRectF(rect.x(), rect.y(), max(rect.height(), rect.width() * f), rect.height()), r, r)
    if marker is not None and marker > 0:
        x = rect.x() + rect.width() * min(marker, 1.0)
        p.setPen(QPen(pc.METER_BAD if marker > 1.0 else p.pen().color(), 2))
        p.drawLine(QPointF(x - 1, rect.top() - 2), QPointF(x - 1, rect.bottom() + 2))


class MeterBar(QWidget):
    """A labelled bar: caption on the left, value text on the right, bar below.

    Colour follows thresholds on value/maximum (``warn``, ``bad``), so a busy
    resource turns amber, a saturated one red.
    """

    def __init__(self, caption: str = "", maximum: float = 100.0, parent: QWidget | None = None,
                 warn: float = 0.7, bad: float = 0.9, compact: bool = False):
        super().__init__(parent)
        self.caption = caption
        self.maximum = maximum
        self.value = 0.0
        self.text = ""
        self.marker: float | None = None
        self.warn, self.bad = warn, bad
        self.compact = compact
        self.enabled_look = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(80)
        # Repainted every tick: painting our own background spares the parents'.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def fraction(self) -> float:
        return self.value / self.maximum if self.maximum > 0 else 0.0

    def set_value(self, value: float, maximum: float | None = None, text: str | None = None,
                  marker: float | None = None) -> None:
        if maximum is not None:
            self.maximum = maximum
        self.value = value
        self.text = text if text is not None else f"{value:.0f}"
        self.marker = marker
        self.update()

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(160, h + 8 if self.compact else h + 12)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        dark = pc.is_dark(pal)
        fm = self.fontMetrics()
        w, h = self.width(), self.height()
        p.fillRect(self.rect(), pal.color(self.backgroundRole()))
        bar_h = 5 if self.compact else 6
        text_h = fm.height()
        p.setPen(pal.color(pal.ColorRole.WindowText))
        cap = fm.elidedText(self.caption, Qt.TextElideMode.ElideRight, max(0, w // 2 - 4))
        p.drawText(QRectF(0, 0, w / 2, text_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, cap)
        p.setPen(pal.color(pal.ColorRole.PlaceholderText) if not self.enabled_look else
                 pal.color(pal.ColorRole.WindowText))
        txt = fm.elidedText(self.text, Qt.TextElideMode.ElideLeft, max(0, w - fm.horizontalAdvance(cap) - 8))
        p.drawText(QRectF(0, 0, w, text_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, txt)
        track = pc.METER_TRACK_DARK if dark else pc.METER_TRACK_LIGHT
        f = self.fraction()
        color = pc.load_color(f, self.warn, self.bad) if self.enabled_look else QColor(150, 150, 150)
        paint_meter(p, QRectF(0, h - bar_h - 2, w, bar_h), f, track, color, self.marker)
        p.end()


class Sparkline(QWidget):
    """The recent history of one value as a filled line (newest on the right)."""

    def __init__(self, parent: QWidget | None = None, maximum: float | None = 100.0,
                 color: QColor | None = None):
        super().__init__(parent)
        self.values: list[float] = []
        self.maximum = maximum  # None: scale to the largest value shown
        self.color = color or pc.SELECT
        self.setFixedHeight(26)
        self.setMinimumWidth(60)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, values: Sequence[float], maximum: float | None = None) -> None:
        self.values = list(values)
        if maximum is not None:
            self.maximum = maximum
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(140, 26)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = pc.is_dark(self.palette())
        rect = QRectF(self.rect()).adjusted(1, 2, -1, -2)
        p.fillRect(self.rect(), self.palette().color(self.backgroundRole()))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pc.METER_TRACK_DARK if dark else QColor(0, 0, 0, 12))
        p.drawRoundedRect(QRectF(self.rect()), 3, 3)
        vals = self.values
        if len(vals) >= 2:
            top = self.maximum or max(max(vals), 1e-9)
            dx = rect.width() / (len(vals) - 1)
            path = QPainterPath(QPointF(rect.left(), rect.bottom()))
            for k, v in enumerate(vals):
                y = rect.bottom() - rect.height() * max(0.0, min(1.0, v / top))
                path.lineTo(QPointF(rect.left() + k * dx, y))
            line = QPainterPath(path)
            path.lineTo(QPointF(rect.right(), rect.bottom()))
            path.closeSubpath()
            fill = QColor(self.color)
            fill.setAlpha(50)
            p.setBrush(fill)
            p.drawPath(path)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(self.color, 1.5))
            # The first point of ``line`` is the baseline anchor; skip it.
            line.setElementPositionAt(0, rect.left(), line.elementAt(1).y)
            p.drawPath(line)
        p.end()


class MetricRow(QWidget):
    """A bar and its sparkline on one row, plus an optional detail line below."""

    def __init__(self, caption: str, maximum: float = 100.0, parent: QWidget | None = None,
                 history_max: float | None = 100.0):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        self.bar = MeterBar(caption, maximum)
        self.spark = Sparkline(maximum=history_max)
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.hide()
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(1)
        col.addWidget(self.bar)
        col.addWidget(self.detail)
        lay.addWidget(left, 3)
        lay.addWidget(self.spark, 2, Qt.AlignmentFlag.AlignTop)

    def set_detail(self, text: str, color: QColor | None = None) -> None:
        self.detail.setVisible(bool(text))
        if text != self.detail.text():
            self.detail.setText(text)
        sheet = f"color: {color.name()};" if color is not None else ""
        if sheet != self.detail.styleSheet():  # restyling is costly: only on change
            self.detail.setStyleSheet(sheet)
