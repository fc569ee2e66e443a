"""Learn panel: explanations for every concept, figures from core, labs, and following the selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from core.course.concepts import CONCEPTS
from gui.panels.learn_panel import LearnPanel, concept_for_object, concept_for_setting
from gui.text import learn_texts
from tests.gui.test_main_window import make_window


@pytest.fixture
def panel(qtbot, tmp_path):
    (tmp_path / "xen-paravirt.vlab").write_text("{}")
    p = LearnPanel(labs=tmp_path)
    qtbot.addWidget(p)
    return p


@pytest.fixture
def win(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path)
    yield w
    w.doc.set_running(False)


def test_every_concept_has_a_title_and_a_short_text():
    assert set(learn_texts.TITLES) == set(CONCEPTS) == set(learn_texts.TEXTS)
    for cid, text in learn_texts.TEXTS.items():
        sentences = text.count(". ") + 1
        assert 2 <= sentences <= 6 and len(text) < 700, cid
    whats = {f.what for c in CONCEPTS.values() for f in c.figures}
    assert whats <= set(learn_texts.FIGURE_NAMES)


def test_shows_figures_sources_and_lab(panel):
    assert panel.show_concept("technique:para")
    text = panel.plain_text()
    assert "hypercalls" in text and "[Barham2003]" in text and "Xen and the Art" in text
    assert "0.97×" in text  # kernel build 263/271 s, read from core.sim.efficiency
    assert panel.title.text() == "Paravirtualization"
    assert "xen-paravirt.vlab" in panel.lab_label.text() and panel.open_lab.isEnabled()
    assert panel.topics.currentData() == "technique:para"


def test_degrades_without_a_lab_and_opens_one(panel, qtbot):
    panel.show_concept("swap")
    assert not panel.open_lab.isEnabled() and "No bundled lab" in panel.lab_label.text()
    assert "modelling assumption" in panel.plain_text()
    assert not panel.show_concept("no-such-thing") and panel.concept_id == "swap"
    panel.show_concept("mgmt")
    with qtbot.wait_signal(panel.lab_requested) as sig:
        panel.open_lab.click()
    assert sig.args[0].endswith("xen-paravirt.vlab")


def test_concept_for_objects_and_settings(win):
    w = win.doc.world
    assert concept_for_object(w, "ws") == "mode:hosted"
    assert concept_for_object(w, "vm1") == "technique:hardware"
    assert concept_for_object(w, "c1") == "container"
    assert concept_for_object(w, "nope") == ""
    assert concept_for_setting("ioCombo", "passthrough") == "io:passthrough"
    assert concept_for_setting("networkCombo", "host") == "network:host"
    assert concept_for_setting("eptCheck", None) == "ept"
    assert concept_for_setting("nameEdit", "x") == ""


def test_window_wires_library_graph_and_settings(win, qtbot):
    panel = win.learn.panel
    win.library.selected.emit("esx")
    assert panel.concept_id == "mode:bare-metal"
    # Clicking a node in the layer graph explains that node's kind, not just its owner.
    graph = win.graph
    graph.fit()
    item = graph.items["ws/vmm"]
    pos = graph.view.mapFromScene(item.sceneBoundingRect().center())
    with qtbot.wait_signal(graph.node_selected):
        qtbot.mouseClick(graph.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert panel.concept_id == "vmm"
    # A host tab's mode combo: focus shows the chosen mode.
    win.set_current("dock")
    combo = win.tab_for("dock").mode_combo
    win.learn.show_setting(combo)
    assert panel.concept_id == "mode:container"


def test_compare_action_and_dock(win, qtbot):
    act = win.findChild(type(win.learn.compare_action), "actionCompareStacks")
    assert act.shortcut() == QKeySequence("Ctrl+K")
    act.trigger()
    view = win.learn.compare
    assert win.tabs.currentWidget() is view
    act.trigger()  # a second time: the same tab, not another
    assert win.tabs.indexOf(view) >= 0 and win.tabs.count() == 2
    assert win.learn.dock.objectName() == "learnDock" and win.learn.dock.widget() is win.learn.panel
