"""Meters: thresholds, drawing into an image, sparklines."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from gui.graph.meters import MeterBar, MetricRow, Sparkline, paint_meter
from gui.shell import colors as pc


def test_load_colour_thresholds():
    assert pc.load_color(0.1) == pc.METER_OK
    assert pc.load_color(0.75) == pc.METER_WARN
    assert pc.load_color(0.95) == pc.METER_BAD


def test_paint_meter_fills_to_the_fraction(qapp):
    img = QImage(200, 10, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    paint_meter(p, QRectF(0, 0, 200, 10), 0.5, QColor("black"), QColor("red"))
    p.end()
    assert QColor(img.pixel(50, 5)) == QColor("red")
    assert QColor(img.pixel(150, 5)) == QColor("black")


def test_meter_bar_value_and_fraction(qtbot):
    bar = MeterBar("CPU", 100.0)
    qtbot.addWidget(bar)
    bar.set_value(40, text="40 %")
    assert bar.fraction() == 0.4 and bar.text == "40 %"
    bar.set_value(3, 4)
    assert bar.fraction() == 0.75
    assert not bar.grab().isNull()


def test_sparkline_draws_its_values(qtbot):
    s = Sparkline(maximum=100.0, color=QColor("blue"))
    qtbot.addWidget(s)
    s.resize(120, 26)
    s.set_values([0, 50, 100, 20])
    assert s.values == [0, 50, 100, 20]
    img = s.grab().toImage()
    blues = sum(1 for x in range(img.width()) for y in range(img.height())
                if QColor(img.pixel(x, y)).blue() > 150 and QColor(img.pixel(x, y)).red() < 120)
    assert blues > 20


def test_metric_row_detail_line(qtbot):
    row = MetricRow("Memory", 1.0)
    qtbot.addWidget(row)
    row.show()
    row.set_detail("1.0 GB swapped", pc.METER_BAD)
    assert row.detail.isVisible() and row.detail.text() == "1.0 GB swapped"
    row.set_detail("")
    assert not row.detail.isVisible()
