"""A running VM's library tooltip carries a thumbnail of its console (issue 16)."""

from __future__ import annotations

import base64
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextDocument

from core.model.kinds import GuestState
from gui.document.document import Document
from gui.panels.library import LibraryModel
from gui.tabs.console import THUMB_SIZE, console_text, console_thumbnail
from tests.gui.test_main_window import make_world

TIP = Qt.ItemDataRole.ToolTipRole
DATA_URI = re.compile(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"')


def model_with(state: GuestState, name: str = "Ubuntu VM") -> LibraryModel:
    world = make_world()
    world.guests["vm1"].state = state
    world.guests["vm1"].name = name
    return LibraryModel(Document(world))


def test_running_vm_tooltip_has_its_console_as_an_inline_png(qtbot):
    m = model_with(GuestState.RUNNING)
    for column in (0, 1):  # the name and the status cell show the same tooltip
        tip = m.index(0, column, m.indexFromItem(m.item_for("ws"))).data(TIP)
        found = DATA_URI.search(tip)
        assert found, tip
        image = QImage.fromData(base64.b64decode(found.group(1)), "PNG")
        assert (image.width(), image.height()) == THUMB_SIZE
        # Light text on the dark screen: something was drawn.
        assert any(image.pixelColor(x, y).lightness() > 128 for x in range(0, 200, 2) for y in range(0, 120, 2))


def test_stopped_guest_and_host_tooltips_have_no_picture(qtbot):
    m = model_with(GuestState.OFF)
    assert "<img" not in m.item_for("vm1").index().data(TIP)
    assert "<img" not in m.item_for("ws").index().data(TIP)
    assert m.item_for("vm1").toolTip() == m.item_for("vm1").index().data(TIP)


def test_a_name_with_markup_stays_plain_text_in_the_tooltip(qtbot):
    m = model_with(GuestState.RUNNING, name='<img src="x"><b>evil</b>')
    tip = m.item_for("vm1").index().data(TIP)
    assert len(re.findall("<img", tip)) == 1  # only the thumbnail
    doc = QTextDocument()
    doc.setHtml(tip)
    assert '<img src="x"><b>evil</b>' in doc.toPlainText()


def test_thumbnail_shows_the_last_lines_as_a_console_scrolls(qtbot):
    few, many = console_thumbnail("one line"), console_thumbnail("\n".join(["x"] * 40 + ["last"]))
    assert few.size() == many.size()
    text = console_text(model_with(GuestState.RUNNING).doc.world, "vm1")
    assert "login:" in text  # a running Linux VM ends at its login prompt
