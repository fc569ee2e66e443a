"""The layer graph reads at a glance: 9-pt text at the default zoom, whole names, a big lab's first stack."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QLocale, QTranslator

from bench.limits import lab
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode, Product
from core.model.objects import Guest, Host, VmConfig
from core.sim.world import World
from gui.document.document import Document
from gui.graph.items import READABLE_PT
from gui.graph.view import GraphView
from gui.shell.app import install_translations

from .random_actions import make_window


@pytest.fixture(params=["en", "zh_CN"])
def lang(request, qapp):
    before = QLocale()
    if request.param != "en":
        assert install_translations(qapp, request.param)
    yield request.param
    QLocale.setDefault(before)
    for tr in qapp.findChildren(QTranslator):
        qapp.removeTranslator(tr)
        tr.deleteLater()


def small_world() -> World:
    w = World(seed=1)
    w.add_host(Host("h1", "Workstation", HOST_TEMPLATES["lab-pc"], Mode.HOSTED, Product.VMWARE_WORKSTATION))
    w.add_guest(Guest("g1", "a guest whose name is far too long to fit in one node of the graph at all",
                      "h1", VmConfig("ubuntu-24.04"), "web-server"))
    w.add_guest(Guest("g2", "db", "h1", VmConfig("ubuntu-24.04"), "web-server"))
    return w


@pytest.mark.parametrize("size", [(700, 390), (1200, 700), (420, 170)])
def test_text_is_at_least_9_pt_on_screen_at_the_fit_zoom(qtbot, lang, size):
    d = Document(small_world())
    v = GraphView(d)
    qtbot.addWidget(v)
    v.resize(*size)
    v.show()
    qtbot.waitExposed(v)
    v.fit()
    th = v.theme
    for font in (th.label_font, th.small_font, th.tiny_font):  # names, captions, meter numbers
        assert v.zoom() * font.pointSizeF() >= READABLE_PT - 1e-9
    d.set_running(False)


def test_names_are_whole_when_there_is_room_and_in_the_tooltip_when_not(qtbot, lang):
    d = Document(small_world())
    v = GraphView(d)
    qtbot.addWidget(v)
    vmm = next(i for i in v.items.values() if i.kind == "vmm")
    assert vmm._label.text() == vmm.label  # "VMware Workstation" is not cut
    assert v.items["g2/os"]._label.text() == "db"
    long = v.items["g1/os"]
    assert long._label.text() != long.label and long._label.text().endswith("…")
    assert long.label in long.toolTip()
    d.set_running(False)


def test_a_400_guest_lab_first_shows_a_whole_host_stack(qtbot, tmp_path):
    path = tmp_path / "big.vlab"
    path.write_text(json.dumps(lab(40, 400)))
    win = make_window(qtbot, tmp_path)
    win.resize(1366, 768)
    win.files.open(path)
    g = win.graph
    qtbot.wait_until(lambda: len(g.bands) == 40)
    first = g.live.order[0]
    qtbot.wait_until(lambda: g.view.isVisible() and g.view.viewport().height() > 0)
    seen = g.view.mapToScene(g.view.viewport().rect()).boundingRect()
    band = g.bands[first].sceneBoundingRect()
    assert seen.top() <= band.top() and seen.bottom() >= band.bottom()  # title to hardware
    assert seen.contains(g.items[f"{first}/hw"].sceneBoundingRect())  # its hardware ...
    tops = [i for i in g.items.values() if i.host_id == first and i.kind == "app"]
    assert any(seen.contains(i.sceneBoundingRect()) for i in tops)  # ... up to an application on it
    win.doc.set_running(False)
