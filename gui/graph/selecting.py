"""The layer graph's selection: one object or several, by click, Ctrl/Shift-click or rubber band.

A part of ``GraphView``.  The graph shows a selection of hosts and guests
(``chosen``) and one current object among them (the one whose tab and Learn
page show).  A click selects one; Ctrl-click adds or takes away one; Shift-click
adds one; dragging on the background draws a rubber band and selects every
host and guest with a node inside it (Ctrl keeps what was selected).  Each
change the user makes is announced with ``selection_changed(ids, current)``;
``gui.shell.selection`` keeps the library's selection the same.  Pressing on a
selected guest and dragging carries every selected guest (``gui.document.mime``).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt

from gui.document import mime
from gui.graph.items import BandItem, NodeItem
from gui.shell import icons

_ADD = Qt.KeyboardModifier.ShiftModifier
_TOGGLE = Qt.KeyboardModifier.ControlModifier


class GraphSelection:
    """Expects ``view``, ``items``, ``bands``, ``_by_obj``, ``overview``, ``document`` and the
    signals ``node_clicked``, ``node_selected`` and ``selection_changed`` on the host class."""

    _selected = ""  # the current object
    _chosen: tuple[str, ...] = ()  # every selected object, the current one among them
    _band_base: tuple[str, ...] | None = None  # the selection a rubber band adds to, while one is drawn
    _band_moved = False  # the band has been drawn (a click on the background draws none)

    def chosen(self) -> tuple[str, ...]:
        """The selected hosts and guests (ids), in the order they were selected."""
        return self._chosen

    def current(self) -> str:
        return self._selected

    def select(self, obj_id: str) -> None:
        """Make ``obj_id`` current: selected alone, or, when it is among several selected, with them."""
        chosen = self._chosen if obj_id and obj_id in self._chosen else ((obj_id,) if obj_id else ())
        self._show_selection(chosen, obj_id or "", reveal=True)

    def set_selection(self, ids, current: str) -> None:
        """Show ``ids`` selected (the library's selection) with ``current`` among them."""
        ids = tuple(dict.fromkeys(i for i in ids if i))
        if current and current not in ids:
            ids += (current,)
        self._show_selection(ids, current, reveal=current != self._selected)

    def _own_items(self, obj_id: str) -> list[NodeItem]:
        """A guest's nodes, or a host's own nodes (not its guests')."""
        return [i for i in self._by_obj.get(obj_id, ()) if obj_id not in self.bands or not i.guest_id]

    def _show_selection(self, chosen: tuple[str, ...], current: str, reveal: bool) -> None:
        for obj in self._chosen:
            for item in self._by_obj.get(obj, ()):
                item.set_highlighted(False)
            if obj in self.bands:
                self.bands[obj].set_highlighted(False)
        self._chosen, self._selected = chosen, current
        for obj in chosen:
            for item in self._own_items(obj):
                item.set_highlighted(True)
            if obj in self.bands:
                self.bands[obj].set_highlighted(True)
        self.overview.update()
        if reveal:
            self._reveal(self._own_items(current))

    def _reveal(self, chosen: list[NodeItem]) -> None:
        """Scroll the current object's column into view: a host's whole band, a guest's nodes
        (or, when its host is collapsed, that host's box)."""
        band = self.bands.get(self._selected)
        guest = self.document.world.guests.get(self._selected)
        if not chosen and guest is not None:  # a guest of a collapsed host: show the host's box
            band = self.bands.get(guest.host_id)
        if band is not None:
            rect, middle = band.sceneBoundingRect(), chosen[0].scenePos() if chosen else None
        elif chosen:
            rect = chosen[0].sceneBoundingRect()
            for item in chosen[1:]:
                rect = rect.united(item.sceneBoundingRect())
            middle = chosen[0].scenePos()
        else:
            return
        # Larger than the view: show the part around its own node (a host's hardware,
        # a guest's OS) rather than wherever Qt would scroll to.
        seen = self.view.mapToScene(self.view.viewport().rect()).boundingRect().adjusted(20, 20, -20, -20)
        if middle is not None and rect.width() > seen.width() > 0:
            rect.setLeft(middle.x() - seen.width() / 2)
            rect.setWidth(seen.width())
        if rect.height() > seen.height() > 0:
            rect.setTop(rect.center().y() - seen.height() / 2)
            rect.setHeight(seen.height())
        self.view.ensureVisible(rect, 10, 10)

    def selected_items(self) -> list[NodeItem]:
        return [i for i in self.items.values() if i.highlighted]

    # --- the user's clicks ----------------------------------------------------------------
    def click_at(self, pos: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        it = self._item_at(pos)
        if it is None:
            return
        if isinstance(it, BandItem) and it.toggle_rect().contains(it.mapFromScene(self.view.mapToScene(pos))):
            self.toggle_collapsed(it.host_id)
        if isinstance(it, NodeItem):
            self.node_clicked.emit(it.node_id)
        obj = getattr(it, "guest_id", "") or it.host_id
        if not obj:
            return
        if modifiers & _TOGGLE and obj in self._chosen:
            chosen = tuple(o for o in self._chosen if o != obj)
            current = self._selected if self._selected in chosen else (chosen[-1] if chosen else "")
        elif modifiers & (_TOGGLE | _ADD):
            chosen, current = self._chosen + ((obj,) if obj not in self._chosen else ()), obj
        else:
            chosen, current = (obj,), obj
        self._show_selection(chosen, current, reveal=False)
        self.selection_changed.emit(list(chosen), current)
        if current == obj:
            self.node_selected.emit(obj)

    # --- rubber band (LayerView draws it; Qt reports it with rubberBandChanged) -----------
    def band_started(self, modifiers) -> None:
        self._band_base = self._chosen if modifiers & (_TOGGLE | _ADD) else ()

    def band_changed(self, rect: QRect, start: QPointF, end: QPointF) -> None:
        """While the band is drawn: select what it touches.  At its end (an empty rect): announce it."""
        if self._band_base is None:
            return
        if not rect.isNull():
            found = self.objects_in(QRectF(start, end).normalized())
            chosen = self._band_base + tuple(o for o in found if o not in self._band_base)
            current = self._selected if self._selected in chosen else (chosen[0] if chosen else "")
            self._show_selection(chosen, current, reveal=False)
            self._band_moved = True
            return
        moved, self._band_base, self._band_moved = self._band_moved, None, False
        if moved:
            self.selection_changed.emit(list(self._chosen), self._selected)

    def objects_in(self, rect: QRectF) -> list[str]:
        """The hosts and guests with a node touching ``rect`` (scene coordinates), left to right."""
        nodes = [i for i in self.scene.items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
                 if isinstance(i, NodeItem) and i.isVisible()]
        nodes.sort(key=lambda i: (i.scenePos().x(), -i.scenePos().y()))
        return list(dict.fromkeys(i.guest_id or i.host_id for i in nodes if i.guest_id or i.host_id))

    # --- dragging guests out of the graph --------------------------------------------------
    def guest_at(self, pos: QPoint) -> str:
        it = self._item_at(pos)
        return getattr(it, "guest_id", "") if isinstance(it, NodeItem) else ""

    def dragged_guests(self, guest_id: str) -> list[str]:
        """What a drag that starts on ``guest_id`` carries: every selected guest when it is one of them."""
        if guest_id not in self._chosen:
            return [guest_id]
        world = self.document.world
        return [o for o in self._chosen if o in world.guests]

    def start_guest_drag(self, guest_id: str) -> None:
        ids = self.dragged_guests(guest_id)
        g = self.document.world.guests.get(guest_id)
        if g is None:
            return
        mime.drag_guests(self.view, ids, icons.icon("vm" if g.is_vm else "container").pixmap(24, 24))
