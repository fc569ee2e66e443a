"""Small meters shared by the host tab, the guest tab and the graph's nodes.

``paint_meter`` draws one bar with a painter, so graph items can draw their
tiny meters inside ``paint()`` without child widgets.  ``MeterBar`` and
``Sparkline`` are widgets around the same drawing; ``MetricRow`` puts a caption,
a bar and a sparkline side by side, as the tabs list them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from gui.shell import colors as pc


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
        self._drawn: tuple | None = None  # what the last paint showed (see _look)
        self._caption_cache: tuple = (None, "", 0)  # (caption, width, font) -> elided caption, its width
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
        text = text if text is not None else f"{value:.0f}"
        if text != self.text:  # the full text, in case a narrow bar elides it
            self.setToolTip(f"{self.caption}: {text}" if self.caption else text)
        self.text = text
        self.marker = marker
        # Hidden (a tab behind another): nothing to draw.  Shown: ticks often move a
        # value by less than a pixel, which needs no repaint either.
        if self.isVisible() and self._look() != self._drawn:
            self.update()

    def _look(self) -> tuple:
        """What a paint would show: text, filled pixels, colour band, marker pixel."""
        f = max(0.0, min(1.0, self.fraction()))
        w = self.width()
        m = self.marker
        return (self.text, round(f * w), f >= self.warn, f >= self.bad, self.enabled_look,
                None if m is None else (round(min(m, 1.0) * w), m > 1.0), w, self.caption)

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
        key = (self.caption, w, self.font().key())
        if self._caption_cache[0] != key:  # the caption changes only with the width or font
            cap = fm.elidedText(self.caption, Qt.TextElideMode.ElideRight, max(0, w // 2 - 4))
            self._caption_cache = (key, cap, fm.horizontalAdvance(cap))
        _key, cap, cap_w = self._caption_cache
        p.drawText(QRectF(0, 0, w / 2, text_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, cap)
        p.setPen(pal.color(pal.ColorRole.PlaceholderText) if not self.enabled_look else
                 pal.color(pal.ColorRole.WindowText))
        room = max(0, w - cap_w - 8)
        txt = self.text
        if fm.horizontalAdvance(txt) > room:
            txt = fm.elidedText(txt, Qt.TextElideMode.ElideLeft, room)
        p.drawText(QRectF(0, 0, w, text_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, txt)
        track = pc.METER_TRACK_DARK if dark else pc.METER_TRACK_LIGHT
        f = self.fraction()
        color = pc.load_color(f, self.warn, self.bad) if self.enabled_look else QColor(150, 150, 150)
        paint_meter(p, QRectF(0, h - bar_h - 2, w, bar_h), f, track, color, self.marker)
        p.end()
        self._drawn = self._look()


class Sparkline(QWidget):
    """The recent history of one value as a filled line (newest on the right)."""

    def __init__(self, parent: QWidget | None = None, maximum: float | None = 100.0,
                 color: QColor | None = None):
        super().__init__(parent)
        self.values: list[float] = []
        self.maximum = maximum  # None: scale to the largest value shown
        self.color = color or pc.SELECT
        self._drawn: tuple | None = None  # what the last paint showed (see _points)
        self.setFixedHeight(26)
        self.setMinimumWidth(60)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, values: Sequence[float], maximum: float | None = None) -> None:
        self.values = list(values)
        if maximum is not None:
            self.maximum = maximum
        if self.isVisible() and self._points() != self._drawn:  # the same curve to the pixel: no repaint
            self.update()

    def _points(self) -> tuple[float, int, tuple[int, ...]]:
        """The curve's scale, the width, and each point's height in whole pixels."""
        vals = [float(v) for v in self.values]
        top = self.maximum or max(max(vals, default=0.0), 1e-9)
        span = self.height() - 4
        heights = tuple(round(min(max(v / top, 0.0), 1.0) * span) for v in vals)
        return top, self.width(), heights

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
            left, bottom, h = rect.left(), rect.bottom(), rect.height()
            dx = rect.width() / (len(vals) - 1)
            pts = [QPointF(left + k * dx, bottom - h * max(0.0, min(1.0, v / top))) for k, v in enumerate(vals)]
            fill = QColor(self.color)
            fill.setAlpha(50)
            p.setBrush(fill)
            # Qt's antialiased fills and strokes wider than 1 px are slow on a 60-point
            # curve (0.3 and 0.7 ms): the faint fill goes without, the line is 1 px (0.04 ms).
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            p.drawPolygon(QPolygonF([QPointF(left, bottom), *pts, QPointF(rect.right(), bottom)]))
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(self.color, 1.0))
            p.drawPolyline(QPolygonF(pts))
        p.end()
        self._drawn = self._points()


class MetricRow(QWidget):
    """A bar and its sparkline on one row, plus an optional detail line below.

    The row never gets shorter than its bar's caption and value text need (from
    the font's metrics), so a crowded column scrolls instead of drawing the
    text over the bar.  The detail line wraps: overcommit details are long.
    """

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
        self.detail.setWordWrap(True)
        self.detail.hide()
        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(1)
        col.addWidget(self.bar)
        col.addWidget(self.detail)
        lay.addWidget(left, 3)
        lay.addWidget(self.spark, 1, Qt.AlignmentFlag.AlignTop)  # the bar's text needs the room more
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setMinimumHeight(max(self.bar.minimumSizeHint().height(), self.spark.sizeHint().height()))

    def set_detail(self, text: str, color: QColor | None = None) -> None:
        self.detail.setVisible(bool(text))
        if text != self.detail.text():
            self.detail.setText(text)
        sheet = f"color: {color.name()};" if color is not None else ""
        if sheet != self.detail.styleSheet():  # restyling is costly: only on change
            self.detail.setStyleSheet(sheet)
