"""The host tab's guest cards: a scrolling grid that makes cards only for the rows in view.

A host may carry thousands of guests (labs go up to 20,000), and one widget per
guest made every structural change and every tick cost as many widgets.  Here
the canvas is as tall as all rows together, so the scroll bar tells the truth,
but cards exist only for the rows in view plus one row above and one below
(so Tab and a small scroll find the next card ready).  Cards are placed by
geometry; a card whose guest leaves the range is rebound (``bind``) to a guest
entering it, spare ones wait hidden, and a new card is made only when the pool
is short.  Every card has the same height (its progress bar keeps its space
when hidden), so a guest's row follows from its index alone.

``cards`` maps guest id -> card for exactly the guests that have a card now,
in the host's order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

from gui.tabs.guest_cards import CARD_W

if TYPE_CHECKING:
    from gui.tabs.guest_cards import GuestCard

MARGIN = 10  # around the cards, inside the canvas border
SPACING = 10  # between cards, both ways
EXTRA_ROWS = 1  # rows made beyond the viewport, above and below


class CardGrid(QScrollArea):
    """A vertical grid of guest cards wrapped to the viewport's width, built for the rows in view."""

    def __init__(self, make_card: Callable[[str], GuestCard], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guestCardGrid")
        self._make_card = make_card
        self._ids: list[str] = []
        self.cards: dict[str, GuestCard] = {}
        self._spare: list[GuestCard] = []
        self._card_h: int | None = None  # measured on the first card made
        self.canvas = QFrame()
        self.canvas.setObjectName("hostDropArea")
        # Sized here, not by the scroll area: its height is that of all rows, its
        # width the viewport's (cards wrap to it, so none is half hidden).
        self.setWidgetResizable(False)
        self.setWidget(self.canvas)
        self.setMinimumWidth(CARD_W + 2 * 12 + self.verticalScrollBar().sizeHint().width())  # one whole card
        self.verticalScrollBar().valueChanged.connect(self._place)

    # --- what to show ---------------------------------------------------------------------
    def set_guests(self, ids: list[str]) -> None:
        """The host's guests changed (added, removed, moved): re-place the rows in view."""
        self._ids = ids
        self._fit_canvas()
        self._place()

    def columns(self) -> int:
        return max(1, (self.viewport().width() - MARGIN) // (CARD_W + SPACING))

    def row_height(self) -> int:
        """Height of one card (all cards have it); 0 until a card exists to measure."""
        if self._card_h is None and self._ids:
            card = self._new_card(self._ids[0])
            card.ensurePolished()  # the canvas's style sheet takes part in its size
            self._card_h = card.sizeHint().height()
            self._spare.append(card)  # the first placement takes it from here
        return self._card_h or 0

    def card_rect(self, index: int) -> tuple[int, int, int, int]:
        """(x, y, width, height) of the card of the index-th guest, in canvas coordinates."""
        cols, h = self.columns(), self.row_height()
        row, col = divmod(index, cols)
        return MARGIN + col * (CARD_W + SPACING), MARGIN + row * (h + SPACING), CARD_W, h

    # --- placement ------------------------------------------------------------------------
    def _fit_canvas(self) -> None:
        vp = self.viewport()
        rows = -(-len(self._ids) // self.columns())
        pitch = self.row_height() + SPACING
        height = MARGIN + rows * pitch if rows else 0
        # At least the viewport, so the drop area's border frames all of it.
        self.canvas.resize(max(vp.width(), 2 * MARGIN + CARD_W), max(vp.height(), height))

    def _range(self) -> tuple[int, int]:
        """Indexes [first, end) of the guests whose rows are in view, with the extra rows."""
        if not self._ids:
            return 0, 0
        cols, pitch = self.columns(), self.row_height() + SPACING
        top = self.verticalScrollBar().value()
        first_row = max(0, (top - MARGIN) // pitch - EXTRA_ROWS)
        last_row = (top + self.viewport().height() - MARGIN) // pitch + EXTRA_ROWS
        return first_row * cols, min(len(self._ids), (last_row + 1) * cols)

    def _place(self, *_args) -> None:
        first, end = self._range()
        want = self._ids[first:end]
        before = list(self.cards.values())
        old = dict(self.cards)
        # A guest still in view keeps its card (no rebind, focus stays on it).
        kept = {gid: old.pop(gid) for gid in want if gid in old}
        free = list(old.values())
        focus = QApplication.focusWidget()
        if focus is not None and any(card.isAncestorOf(focus) for card in free):
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # not onto the guest its card will show next
        free.reverse()  # pop() takes them back in their old order
        self._spare.extend(free)
        cards: dict[str, GuestCard] = {}
        for k, gid in enumerate(want, start=first):
            card = kept.get(gid)
            if card is None:
                card = self._spare.pop() if self._spare else self._new_card(gid)
                if card.guest_id != gid:
                    card.bind(gid)
            card.setGeometry(*self.card_rect(k))
            card.show()
            cards[gid] = card
        for card in self._spare:  # hidden only now: a card rebound at once needs no hide and show
            card.hide()
            if card.guest_id is not None:
                card.bind(None)  # a spare follows no guest
        self.cards = cards
        if list(cards.values()) != before:
            self._chain_focus()

    def _chain_focus(self) -> None:
        # Tab goes through the cards in the host's order, whatever their creation order.
        prev: QWidget = self
        for card in self.cards.values():
            QWidget.setTabOrder(prev, card.power)
            prev = card.power

    def _new_card(self, gid: str) -> GuestCard:
        card = self._make_card(gid)
        card.setParent(self.canvas)
        return card

    def viewportEvent(self, event: QEvent) -> bool:
        # Columns follow the width the viewport really has (known only after the
        # tab's own resize has been laid out, and smaller by a scroll bar).
        if event.type() == QEvent.Type.Resize:
            self._fit_canvas()
            self._place()
        return super().viewportEvent(event)
