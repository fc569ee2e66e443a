"""Graphics items of the layer graph: nodes, edges, host bands, the row backdrop.

Items are created once per graph node and updated in place.  A ``NodeItem``
reads its meter values from one row of an array the view fills for all nodes
at once (``bind``), and keeps a pixmap of itself (device-coordinate cache), so
a tick repaints only the nodes whose meters visibly moved; the rest are blits.
Text is drawn with ``QStaticText`` in plain-text format (names come from
scenario files and must never be read as rich text).
"""

from __future__ import annotations

import html
from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from gui.graph.meters import paint_meter
from gui.shell import colors as pc
from gui.text.value_names import catalog_text, kind_caption, node_label, privileged_text

if TYPE_CHECKING:
    from gui.graph.edges import EdgeItem

# Text in the graph is READABLE_PT on screen at 100 %, the zoom fit() starts at (issue 16:
# captions and meter numbers at least 9 pt).  A node holds its name, a caption and
# a row of meters with their numbers in them: three 9-pt lines (14 px each at 96 dpi).
# The rows are close enough that a host's whole stack (six rows and its title, 378 px)
# fits the graph dock of a 1366x768 window (387 px high).
READABLE_PT = 9.0
NODE_W, NODE_H = 240.0, 48.0
X_STEP, Y_STEP = 256.0, 58.0  # pixels per layout unit: one node column, one layer row
BAND_TITLE_H = 34.0  # a band's name and stack above its highest row
TOGGLE_W = 16.0  # the collapse arrow before a band's title
# The highest row a node can have: 7, the applications of containers inside a VM
# (core.sim.graph NESTED_APP_LEVEL).  Rows above 5 are drawn only when used.
TOP_LEVEL = 7
BASE_TOP = 5
PAD = 8.0
# Below this zoom the meters are not drawn (see NodeItem.paint), so ticks need not repaint.
METER_LOD = 0.38
METER_GAP = 4.0
METER_W = (NODE_W - 2 * PAD - 2 - 2 * METER_GAP) / 3  # three bars side by side, at 100 %
METER_H = 14.0  # a bar as high as its number, which is written on it
_BOUNDS = QRectF(-NODE_W / 2 - 3, -NODE_H / 2 - 3, NODE_W + 6, NODE_H + 6)


def scene_pos(ux: float, layer: float) -> QPointF:
    """Layout units to scene pixels with every row drawn; y is flipped so hardware sits at the bottom."""
    return QPointF(ux * X_STEP, (TOP_LEVEL - layer) * Y_STEP)


def row_y(levels: tuple[int, ...], layer: float) -> float:
    """The y of a layer when only ``levels`` (ascending) are drawn: the rows in between are gone."""
    return (TOP_LEVEL - bisect_left(levels, layer)) * Y_STEP


def _static(text: str) -> QStaticText:
    st = QStaticText(text)
    st.setTextFormat(Qt.TextFormat.PlainText)
    st.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    return st


class Theme:
    """Fonts and the light/dark switch, shared by every item of one scene."""

    def __init__(self, font: QFont, dark: bool):
        self.dark = dark
        # The graph is a drawing the student zooms: its text has one size in the scene
        # whatever the window's font, so the nodes' fixed geometry always holds it.
        self.label_font = QFont(font)
        self.label_font.setPointSizeF(READABLE_PT)
        self.label_font.setBold(True)
        self.small_font = QFont(font)
        self.small_font.setPointSizeF(READABLE_PT)
        self.tiny_font = QFont(self.small_font)  # the meters' numbers
        self.label_fm = QFontMetrics(self.label_font)
        self.small_fm = QFontMetrics(self.small_font)
        self.retranslate()
        self.text = QColor(235, 238, 242) if dark else QColor(28, 32, 38)
        self.muted = QColor(160, 165, 172) if dark else QColor(105, 110, 118)
        self.edge = QColor(150, 156, 166, 190) if dark else QColor(110, 118, 130, 170)
        self.track = pc.METER_TRACK_DARK if dark else pc.METER_TRACK_LIGHT

    def retranslate(self) -> None:
        """The meters' names in the current language."""
        self.meter_names = {
            "CPU": _static(QCoreApplication.translate("LayerGraph", "CPU")),
            "MEM": _static(QCoreApplication.translate("LayerGraph", "MEM")),
            "I/O": _static(QCoreApplication.translate("LayerGraph", "I/O")),
        }


class _Marked:
    """Selection highlight and drop-target outline, shared by nodes and host bands."""

    highlighted = False
    drop_state: str | None = None  # "accept", "refuse" or None

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def set_drop_state(self, state: str | None) -> None:
        if state != self.drop_state:
            self.drop_state = state
            self.update()


class NodeItem(_Marked, QGraphicsItem):
    """One node of the layer graph: a rounded box with label, caption and meters."""

    def __init__(self, node_id: str, data: dict, theme: Theme):
        super().__init__()
        self.node_id = node_id
        self.theme = theme
        self.host_id = data.get("host", "")
        self.guest_id = data.get("guest", "")
        self.edges: list[EdgeItem] = []
        self.meters: tuple[str, ...] = ()
        self._own: list[float] = []  # fractions 0..1, one per meter, when not bound to a table
        self._table = None  # or the view's (nodes, 3) array of fractions ...
        self._row = 0  # ... and this node's row in it
        self.off = False
        self.highlighted = False
        self.drop_state: str | None = None  # None, "accept" or "refuse"
        self.state_text = ""
        self.set_data(data)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(False)
        # Qt keeps a pixmap of the node, redrawn only after update(): with the whole
        # viewport repainted each tick, unchanged nodes then cost a blit, not paint().
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_data(self, data: dict) -> None:
        """Take (possibly changed) attributes from the graph: label, kind, metrics."""
        self.kind = data["kind"]
        self.layer = data["layer"]
        self.metrics = data.get("metrics")
        self.label = node_label(self.kind, str(data.get("label", "")))
        self.detail = catalog_text(str(data.get("detail", "") or ""))  # a guest OS or an image
        self.privileged = data.get("privileged") or ""  # who handles privileged instructions
        th = self.theme
        self._label = _static(th.label_fm.elidedText(self.label, Qt.TextElideMode.ElideRight, int(NODE_W - 2 * PAD)))
        self._set_caption()
        if self.metrics is None:
            self.meters = ()
        elif self.metrics[0] == "layer":
            self.meters = ("CPU", "MEM")
        else:
            self.meters = ("CPU", "MEM", "I/O")
        self._own = [0.0] * len(self.meters)
        tip = f"<b>{html.escape(self.label)}</b><br>{html.escape(kind_caption(self.kind))}"
        if self.detail:
            tip += f"<br>{html.escape(self.detail)}"
        self.setToolTip(tip)
        self.update()

    summary = ""  # replaces the caption: what a collapsed host runs

    def set_summary(self, text: str) -> None:
        if text != self.summary:
            self.summary = text
            self._set_caption()
            self.update()

    def _set_caption(self) -> None:
        if self.summary:
            self._caption = _static(self.theme.small_fm.elidedText(self.summary, Qt.TextElideMode.ElideRight,
                                                                     int(NODE_W - 2 * PAD)))
            return
        text = self.detail or kind_caption(self.kind)
        if self.kind in ("vswitch", "datastore") and self.state_text:
            text = ""  # their live figures are the caption; the kind is in the tooltip and the row
        if self.privileged:
            text = f"{text} · {privileged_text(self.privileged)}"
        if self.state_text:
            text = f"{text} · {self.state_text}" if text else self.state_text
        self._caption = _static(self.theme.small_fm.elidedText(text, Qt.TextElideMode.ElideRight,
                                                                 int(NODE_W - 2 * PAD)))

    def set_state(self, off: bool, state_text: str) -> None:
        if (off, state_text) != (self.off, self.state_text):
            self.off, self.state_text = off, state_text
            self._set_caption()
            self.update()

    @property
    def values(self) -> list[float]:
        """The meters' fractions (0..1), one per meter."""
        if self._table is not None and self.meters:
            return self._table[self._row, :len(self.meters)].tolist()
        return list(self._own)

    def set_values(self, values: list[float], repaint: bool = True) -> None:
        """Own values, no longer read from a table."""
        self._table = None
        self._own = list(values)
        if repaint:
            self.update()

    def bind(self, table, row: int) -> None:
        """Read the meters from ``table[row]`` (the view writes the table each tick and calls update())."""
        self._table, self._row = table, row

    def boundingRect(self) -> QRectF:
        return _BOUNDS  # called several times per item per paint: keep it cheap

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for e in self.edges:
                e.adjust()
        return super().itemChange(change, value)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        th = self.theme
        fill, border, _text = pc.kind_colors(self.kind, th.dark)
        if self.off:
            fill, border = pc.kind_colors(self.kind + ":off", th.dark)[:2]
        rect = QRectF(-NODE_W / 2, -NODE_H / 2, NODE_W, NODE_H)
        lod = option.levelOfDetailFromTransform(p.worldTransform())
        if lod < 0.22:  # far away: a coloured block is all one can see
            p.fillRect(rect, border if self.highlighted else fill)
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(border, 1.2)
        if self.drop_state:
            pen = QPen(pc.ACCEPT if self.drop_state == "accept" else pc.REFUSE, 3)
        elif self.highlighted:
            pen = QPen(pc.SELECT, 3)
        p.setPen(pen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 7, 7)
        # A strip of the kind's strong colour on the left edge, like a tab.
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(border)
        p.drawRoundedRect(QRectF(rect.left() + 2, rect.top() + 6, 3, NODE_H - 12), 1.5, 1.5)
        x, y = rect.left() + PAD + 2, rect.top() + 2
        p.setPen(th.muted if self.off else th.text)
        p.setFont(th.label_font)
        p.drawStaticText(QPointF(x, y), self._label)
        if lod < METER_LOD:
            return
        p.setFont(th.small_font)
        p.setPen(th.muted)
        p.drawStaticText(QPointF(x, y + th.label_fm.height()), self._caption)
        if self.meters:
            self._paint_meters(p, rect)

    def _paint_meters(self, p: QPainter, rect: QRectF) -> None:
        th = self.theme
        values = self.values
        # Always three slots, so bars line up across nodes.
        w, gap = METER_W, METER_GAP
        y_bar = rect.bottom() - 2 - METER_H
        p.setFont(th.tiny_font)
        for k, name in enumerate(self.meters):
            x = rect.left() + PAD + 2 + k * (w + gap)
            f = values[k] if k < len(values) else 0.0
            bar = QRectF(x, y_bar, w, METER_H)
            # A pale fill, so the number written on it stays readable at any load.
            color = QColor(150, 150, 150) if self.off else QColor(pc.load_color(max(0.0, min(1.0, f))))
            color.setAlpha(90 if th.dark else 110)
            paint_meter(p, bar, f, th.track, color)
            p.setPen(th.muted if self.off else th.text)
            # The number on the bar, so the graph reads without hovering: share of the host.
            p.drawText(bar.adjusted(3, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       f"{th.meter_names[name].text()} {100 * f:.0f} %")


class BandItem(_Marked, QGraphicsItem):
    """The column of one physical host: a tinted panel titled with its name and stack."""

    def __init__(self, host_id: str, theme: Theme):
        super().__init__()
        self.host_id = host_id
        self.theme = theme
        self.rect = QRectF()
        self.highlighted = False
        self.drop_state: str | None = None
        self._title = _static("")
        self._sub = _static("")
        self._texts = ("", "", 0)
        self.collapsed = False  # drawn as one box: its hardware, with a summary of its guests
        self.setZValue(-10)
        # Its nodes are its children and repaint often: keep the panel itself as a
        # pixmap, so a node's repaint blits the band under it instead of redrawing it.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_geometry(self, rect: QRectF) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect

    def set_collapsed(self, on: bool) -> None:
        if on != self.collapsed:
            self.collapsed = on
            self.update()

    def toggle_rect(self) -> QRectF:
        """The expand/collapse arrow before the title, in band coordinates."""
        h = self.theme.label_fm.height()
        return QRectF(self.rect.left() + PAD - 4, self.rect.top() + 1, TOGGLE_W, h + 4)

    def set_title(self, name: str, subtitle: str) -> None:
        fm = self.theme.label_fm
        width = int(max(40.0, self.rect.width() - 2 * PAD - TOGGLE_W))
        if (name, subtitle, width) == self._texts:
            return  # a band redone for a guest keeps its title: no repaint
        self._texts = (name, subtitle, width)
        self._title = _static(fm.elidedText(name, Qt.TextElideMode.ElideRight, width))
        self._sub = _static(self.theme.small_fm.elidedText(subtitle, Qt.TextElideMode.ElideRight, width))
        self.setToolTip(f"<b>{html.escape(name)}</b><br>{html.escape(subtitle)}")
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-3, -3, 3, 3)

    def paint(self, p: QPainter, option, widget=None) -> None:
        th = self.theme
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(255, 255, 255, 14) if th.dark else QColor(20, 40, 80, 10)
        pen = QPen(QColor(255, 255, 255, 40) if th.dark else QColor(20, 40, 80, 45), 1)
        if self.drop_state:
            pen = QPen(pc.ACCEPT if self.drop_state == "accept" else pc.REFUSE, 3, Qt.PenStyle.DashLine)
            tint = QColor(pc.ACCEPT if self.drop_state == "accept" else pc.REFUSE)
            tint.setAlpha(28)
            fill = tint
        elif self.highlighted:
            pen = QPen(pc.SELECT, 2)
        p.setPen(pen)
        p.setBrush(fill)
        p.drawRoundedRect(self.rect, 10, 10)
        p.setPen(th.text)
        p.setFont(th.label_font)
        # An arrow, as a tree's: pointing right when collapsed, down when expanded.
        arrow = self.toggle_rect()
        c, r = arrow.center(), 4.0
        tri = [QPointF(c.x() - r / 2, c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x() - r / 2, c.y() + r)] \
            if self.collapsed else \
            [QPointF(c.x() - r, c.y() - r / 2), QPointF(c.x() + r, c.y() - r / 2), QPointF(c.x(), c.y() + r)]
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(th.text)
        p.drawPolygon(tri)
        p.setPen(th.text)
        p.drawStaticText(QPointF(self.rect.left() + PAD + TOGGLE_W - 4, self.rect.top() + 3), self._title)
        p.setPen(th.muted)
        p.setFont(th.small_font)
        p.drawStaticText(QPointF(self.rect.left() + PAD + TOGGLE_W - 4, self.rect.top() + 3 + th.label_fm.height()),
                         self._sub)
