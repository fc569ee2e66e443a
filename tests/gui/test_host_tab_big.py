"""The host tab with hundreds of guests (issue 17): cards only for the rows in view, recycled
as the student scrolls, and everything a card does still aimed at the guest it shows now."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import GuestState, Mode, Product
from core.model.objects import ContainerConfig, Guest, Host
from core.sim.world import World
from gui.document.document import Document
from gui.tabs.card_grid import EXTRA_ROWS, SPACING
from gui.tabs.guest_cards import GuestCard
from gui.tabs.host_tab import HostTab
from gui.text.plain import plain_tip

N = 300  # containers on one container host: light enough to build quickly


@pytest.fixture
def doc(qapp):
    w = World(seed=3)
    w.add_host(Host("d", "Docker", HOST_TEMPLATES["rack-server"], Mode.CONTAINER, Product.DOCKER))
    for k in range(N):
        # Every third one busy, so neighbouring cards show different figures.
        w.add_guest(Guest(f"c{k}", f"box {k}", "d", ContainerConfig("nginx"), "cpu" if k % 3 == 0 else "idle"))
    d = Document(w)
    yield d
    d.set_running(False)


@pytest.fixture
def tab(qtbot, doc):
    t = HostTab(doc, "d")
    qtbot.addWidget(t)
    t.resize(1100, 700)
    t.show()
    qtbot.wait_exposed(t)
    return t


def bound(tab) -> int:
    """Cards the rows in view (a partly shown row at each edge) and the extra rows may need."""
    grid = tab.scroll
    pitch = grid.row_height() + SPACING
    rows = grid.viewport().height() // pitch + 2
    return (rows + 2 * EXTRA_ROWS) * grid.columns()


def scroll_to_end(qtbot, tab) -> None:
    bar = tab.scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the canvas is as tall as all rows
    qtbot.keyClick(bar, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()


def shown_now(tab) -> dict:
    """Card -> the guest it shows, for every card the tab has."""
    return {card: card.guest_id for card in tab.findChildren(GuestCard)}


def recycled(before: dict, card, gid: str) -> bool:
    """The card showed another guest before: it was rebound, not made for ``gid``."""
    return before.get(card) not in (None, gid)


def in_view(tab, card) -> bool:
    top = card.mapTo(tab.scroll.viewport(), QPoint(0, 0))
    return card.isVisible() and tab.scroll.viewport().rect().intersects(card.rect().translated(top))


def test_only_the_rows_in_view_have_cards(tab):
    made = tab.findChildren(GuestCard)
    assert tab.scroll.columns() >= 2  # a real grid, not one column
    assert len(made) <= bound(tab) < N // 5
    assert len(tab.cards) <= len(made)
    assert list(tab.cards) == [f"c{k}" for k in range(len(tab.cards))]  # the host's order, from the top
    assert tab.guests_title.text() == f"Guests on this host ({N})"
    assert tab.findChild(QScrollArea, "guestCardGrid") is tab.scroll  # docs/object-names.md


def test_every_card_has_the_same_height_whether_or_not_its_bar_shows(tab, doc):
    doc.power_on("c0")  # pulling its image: the bar shows
    doc.step()
    card = tab.cards["c0"]
    assert card.progress.isVisible()
    heights = {c.height() for c in tab.cards.values()}
    assert heights == {tab.scroll.row_height()}
    assert card.sizeHint().height() == tab.cards["c1"].sizeHint().height()  # the hidden bar keeps its space
    bar = card.progress  # a narrow bar elides what happens, keeps the percentage, and tells all in its tooltip
    assert bar.format().endswith(" %") and bar.fontMetrics().horizontalAdvance(bar.format()) <= bar.width() - 12
    assert bar.toolTip() == "Pulling image layers from the registry"


def test_scrolling_to_the_end_shows_the_last_guests(qtbot, tab):
    before = shown_now(tab)
    scroll_to_end(qtbot, tab)
    last = tab.cards[f"c{N - 1}"]
    assert in_view(tab, last) and last.name.text() == f"box {N - 1}"
    assert "c0" not in tab.cards  # the top rows' cards went to the guests at the end
    assert recycled(before, last, f"c{N - 1}")
    assert len(tab.findChildren(GuestCard)) <= bound(tab)
    for gid, card in tab.cards.items():
        assert card.guest_id == gid and card.name.toolTip() == plain_tip(f"box {gid[1:]}")


def test_the_power_button_of_a_recycled_card_powers_the_guest_it_shows(qtbot, tab, doc):
    before = shown_now(tab)
    scroll_to_end(qtbot, tab)
    gid = f"c{N - 2}"
    card = tab.cards[gid]
    assert recycled(before, card, gid)
    qtbot.mouseClick(card.power, Qt.MouseButton.LeftButton)
    assert doc.world.guests[gid].state is not GuestState.OFF
    assert [g.id for g in doc.world.guests.values() if g.state is not GuestState.OFF] == [gid]


def test_double_click_and_right_click_of_a_recycled_card_name_its_guest(qtbot, tab):
    before = shown_now(tab)
    scroll_to_end(qtbot, tab)
    gid = f"c{N - 1}"
    card = tab.cards[gid]
    assert recycled(before, card, gid)
    with qtbot.wait_signal(tab.guest_activated) as opened:
        qtbot.mouseDClick(card, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert opened.args == [gid]
    with qtbot.wait_signal(tab.guest_menu_requested) as menu:
        QApplication.sendEvent(card, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(20, 20),
                                                        card.mapToGlobal(QPoint(20, 20))))
    assert menu.args[0] == gid


def test_after_a_tick_each_card_shows_its_own_guests_figures(qtbot, tab, doc):
    for g in list(doc.world.guests.values()):
        doc.world.restore_state(g.id, GuestState.RUNNING)
    doc.step()
    before = shown_now(tab)
    scroll_to_end(qtbot, tab)
    doc.step()
    latest = doc.world.latest
    assert any(recycled(before, card, gid) for gid, card in tab.cards.items())
    values = set()
    for gid, card in tab.cards.items():
        row = latest.guest(gid)
        assert card.cpu.value == pytest.approx(row["cpu_pct"])
        assert card.mem.value == pytest.approx(row["mem_used_mb"])
        values.add(round(card.cpu.value, 3))
    assert len(values) > 1  # busy and idle guests side by side: a mix-up would show


def test_adding_and_removing_guests_keeps_title_and_cards_right(qtbot, tab, doc):
    grid = tab.scroll
    c1_card = tab.cards["c1"]
    assert doc.remove_guest("c0").ok
    assert tab.guests_title.text() == f"Guests on this host ({N - 1})"
    assert "c0" not in tab.cards and tab.cards["c1"] is c1_card  # still in view: same card, moved
    assert (c1_card.x(), c1_card.y()) == grid.card_rect(0)[:2]
    doc.undo_stack.undo()  # c0 comes back where the world now lists it
    assert tab.guests_title.text() == f"Guests on this host ({N})"
    order = [g.id for g in doc.world.guests_on("d")]
    assert list(tab.cards) == order[:len(tab.cards)] and tab.cards["c1"] is c1_card
    scroll_to_end(qtbot, tab)
    ok, gid = doc.add_guest_from_template("d", "container", "nginx")
    assert ok and tab.guests_title.text() == f"Guests on this host ({N + 1})"
    scroll_to_end(qtbot, tab)
    assert in_view(tab, tab.cards[gid]) and tab.cards[gid].guest_id == gid
    assert len(tab.findChildren(GuestCard)) <= bound(tab)


def test_tab_goes_through_the_guests_in_order_past_recycled_cards(qtbot, tab, doc):
    tab.activateWindow()
    qtbot.wait_active(tab)
    grid = tab.scroll
    grid.verticalScrollBar().setValue(3 * (grid.row_height() + SPACING))  # the top rows' cards now show lower ones
    order = [g.id for g in doc.world.guests_on("d")]
    gid = next(iter(tab.cards))
    tab.cards[gid].power.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(2 * len(tab.cards)):  # past the bottom: the grid scrolls along
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        gid = order[order.index(gid) + 1]
        assert gid in tab.cards and QApplication.focusWidget() is tab.cards[gid].power
        assert in_view(tab, tab.cards[gid])


def test_focus_leaves_a_card_that_is_rebound_to_another_guest(qtbot, tab):
    tab.activateWindow()
    qtbot.wait_active(tab)
    bar = tab.scroll.verticalScrollBar()
    card = tab.cards["c1"]
    card.power.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is card.power
    bar.setValue(bar.maximum())
    assert "c1" not in tab.cards and card.isVisible() and card.guest_id != "c1"  # it shows another guest now
    assert QApplication.focusWidget() is tab.scroll  # so the focus left it for the grid itself


def test_a_card_made_while_paused_shows_its_guests_figures_at_once(qtbot, tab, doc):
    """The simulation is paused (no tick will come): cards made when the tab grows still show
    the latest figures, as the cards they join do."""
    for g in list(doc.world.guests.values()):
        doc.world.restore_state(g.id, GuestState.RUNNING)
    doc.step()
    before = set(tab.cards.values())
    tab.resize(1300, 1000)
    qtbot.wait_until(lambda: bool(set(tab.cards.values()) - before))
    latest = doc.world.latest
    for gid, card in tab.cards.items():
        assert card.cpu.value == pytest.approx(latest.guest(gid)["cpu_pct"]), gid
