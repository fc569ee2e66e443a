"""The library's item model: hosts and their guests, following the Document's signals.

A guest's state changes its icon and status cell, nothing else; the model is
rebuilt only when a whole new world is loaded.  Split from ``library.py``
(the tree view, its search filter and drops).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from core.model.naming import natural_key
from gui.document.document import Document
from gui.shell import icons
from gui.tabs.console import console_text, thumbnail_html
from gui.text.substitute import fill
from gui.text.value_names import mode_short, mode_text, product_text, state_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "host" or "guest" (or PLACEHOLDER)
PLACEHOLDER = "more"  # the one row of a big lab's host whose guests are not listed yet

# Labs with more guests than this list a host's guests only once it is expanded,
# searched or selected (``fetch``).  Assumption: 2,000 rows build in well
# under a second; 20,000 took minutes before and seconds after (bench/limits.py).
LAZY_FROM = 2000


class LibraryModel(QStandardItemModel):
    """Two columns: name (with icon) and status (a host's mode, a guest's state).

    In a big lab a host's guest rows are made when the host is first opened
    (``fetch``) or when ``item_for`` needs one; until then one placeholder row
    stands for them.

    Signals:
        row_moving(), row_moved() -- around a guest's row going under another host (the
                                     tree forgets a moved row was selected: gui.shell.selection)
    """

    row_moving = Signal()
    row_moved = Signal()

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.doc = document
        self._items: dict[str, QStandardItem] = {}
        self._fetched: set[str] = set()  # hosts whose guest rows exist
        self.lazy = False
        self._keys: dict[str, tuple] = {}  # id -> natural sort key of its name (LibraryFilter)
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Status")])
        d = document
        d.host_added.connect(self._add_host)
        d.host_removed.connect(self._remove)
        d.host_changed.connect(self._update_host)
        d.guest_added.connect(self._add_guest)
        d.guest_removed.connect(self._remove)
        d.guest_changed.connect(self._update_guest)
        d.guest_state_changed.connect(self._update_guest)
        d.guest_moved.connect(self._move_guest)
        d.world_replaced.connect(self.rebuild)
        self.rebuild()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """A guest row's tooltip carries a thumbnail of its console while it prints something:
        drawn when the tooltip is asked for, never on a tick."""
        value = super().data(index, role)
        if role != Qt.ItemDataRole.ToolTipRole or not value:
            return value
        first = index.siblingAtColumn(0)
        if super().data(first, KIND_ROLE) != "guest":
            return value
        text = console_text(self.doc.world, super().data(first, ID_ROLE))
        return f"{value}<br>{thumbnail_html(text)}" if text else value

    def item_for(self, obj_id: str) -> QStandardItem | None:
        g = self.doc.world.guests.get(obj_id)
        if obj_id not in self._items and g is not None and g.host_id not in self._fetched:
            self._fetch(g.host_id)  # a guest of a host not listed yet: list that host's guests
        return self._items.get(obj_id)

    def listed(self, host_id: str) -> bool:
        """Whether the host's guest rows exist (always in a small lab; once opened in a big one)."""
        return host_id in self._fetched or not self.doc.world.guests_on(host_id)

    def sort_key(self, obj_id: str, name: str) -> tuple:
        key = self._keys.get(obj_id)
        if key is None:
            key = self._keys[obj_id] = (natural_key(name), obj_id)
        return key

    def rebuild(self) -> None:
        self.removeRows(0, self.rowCount())
        self._items.clear()
        self._fetched.clear()
        self._keys.clear()
        world = self.doc.world
        self.lazy = len(world.guests) > LAZY_FROM
        for hid in world.hosts:
            self._add_host(hid)
        if not self.lazy:
            for hid in world.hosts:
                self._fetch(hid)

    # --- guest rows made on demand ------------------------------------------------------
    # An unopened host of a big lab holds one placeholder row, so the tree draws its arrow;
    # opening it (LibraryPanel: the view's ``expanded``) puts its guests in its place.  Not
    # Qt's canFetchMore: the tree asks a Python hasChildren for every row it lays out,
    # which cost a small lab ~3 ms per change (bench/limits.py).
    def fetch(self, hid: str) -> None:
        self._fetch(hid)

    def fetch_all(self) -> None:
        for hid in list(self.doc.world.hosts):
            self._fetch(hid)

    def _fetch(self, hid: str) -> None:
        if hid in self._fetched or hid not in self._items:
            return
        self._fetched.add(hid)
        host = self._items[hid]
        if host.rowCount() and host.child(0).data(KIND_ROLE) == PLACEHOLDER:
            host.removeRow(0)
        # Containers inside VMs after every VM, so that their VM's row is there to hold them.
        for g in sorted(self.doc.world.guests_on(hid), key=lambda x: x.in_vm is not None):
            self._add_guest(g.id)

    @staticmethod
    def _row(obj_id: str, kind: str) -> list[QStandardItem]:
        name, status = QStandardItem(), QStandardItem()
        for it in (name, status):
            it.setData(obj_id, ID_ROLE)
            it.setData(kind, KIND_ROLE)
            it.setEditable(False)
            it.setDropEnabled(kind == "host")
            it.setDragEnabled(kind == "guest")
        return [name, status]

    # Rows get their texts before they join the model: a text set afterwards is a
    # dataChanged the sorting proxy answers, per row (minutes for 20,000 guests).
    def _add_host(self, hid: str) -> None:
        h = self.doc.world.hosts.get(hid)
        if hid in self._items or h is None:
            return
        row = self._row(hid, "host")
        self._fill_host(row, h)
        self._items[hid] = row[0]
        if self.lazy and self.doc.world.guests_on(hid):
            more = self._row("", PLACEHOLDER)
            more[0].setText("…")
            for it in more:
                it.setEnabled(False)
                it.setSelectable(False)
            row[0].appendRow(more)
        self.appendRow(row)

    def _add_guest(self, gid: str) -> None:
        g = self.doc.world.guests.get(gid)
        if gid in self._items or g is None or g.host_id not in self._items:
            return
        if g.host_id not in self._fetched:
            # The host's row may show no expand arrow yet: list its guests now.
            self._fetch(g.host_id)
            return
        row = self._row(gid, "guest")
        self._fill_guest(row, g)
        self._items[gid] = row[0]
        self._parent_of(g).appendRow(row)

    def _parent_of(self, g) -> QStandardItem:
        """A container inside a VM is listed under its VM; any other guest under its host."""
        return self._items.get(g.in_vm) or self._items[g.host_id]

    def _remove(self, obj_id: str) -> None:
        self._fetched.discard(obj_id)
        self._keys.pop(obj_id, None)
        item = self._items.pop(obj_id, None)
        if item is None:
            return
        stack = [item]
        while stack:  # a host's guests go with it, and the containers inside its VMs
            it = stack.pop()
            for i in range(it.rowCount()):
                stack.append(it.child(i))
                self._items.pop(it.child(i).data(ID_ROLE), None)
        (item.parent() or self.invisibleRootItem()).removeRow(item.row())

    def _move_guest(self, gid: str) -> None:
        item, g = self._items.get(gid), self.doc.world.guests.get(gid)
        if g is None:
            return
        if g.host_id not in self._fetched:  # to a host not listed yet: its listing will hold it
            self.row_moving.emit()
            if item is not None:
                self._remove(gid)
            self._fetch(g.host_id)
            self.row_moved.emit()
            return
        if item is None:
            self._add_guest(gid)
            return
        parent = self._parent_of(g)
        if item.parent() is parent:
            return  # a container that moved with its VM is already under it
        self.row_moving.emit()
        row = (item.parent() or self.invisibleRootItem()).takeRow(item.row())
        parent.appendRow(row)
        self.row_moved.emit()

    def _status(self, item: QStandardItem) -> QStandardItem:
        parent = item.parent() or self.invisibleRootItem()
        return parent.child(item.row(), 1)

    def _update_host(self, hid: str) -> None:
        item, h = self._items.get(hid), self.doc.world.hosts.get(hid)
        if item is None or h is None:
            return
        self._keys.pop(hid, None)  # a rename sorts it again
        self._fill_host([item, self._status(item)], h)

    def _fill_host(self, row: list[QStandardItem], h) -> None:
        item, status_item = row
        item.setText(h.name)
        item.setIcon(icons.icon("host"))
        status = mode_text(h.mode) + (f" · {product_text(h.product)}" if h.product else "")
        status_item.setText(mode_short(h.mode))  # the full words are in the tooltip
        cpu = h.hardware.cpu
        tip = fill(self.tr("<b>%1</b><br>%2<br>%3 cores, %4 GB memory"), escape(h.name), escape(status), str(cpu.cores), str(h.hardware.memory_mb // 1024))
        item.setToolTip(tip)
        status_item.setToolTip(tip)

    def _update_guest(self, gid: str) -> None:
        item, g = self._items.get(gid), self.doc.world.guests.get(gid)
        if item is None or g is None:
            return
        self._keys.pop(gid, None)
        self._fill_guest([item, self._status(item)], g)

    def _fill_guest(self, row: list[QStandardItem], g) -> None:
        item, status_item = row
        item.setText(g.name)
        item.setIcon(icons.state_icon(g.state.value))
        kind = self.tr("virtual machine") if g.is_vm else self.tr("container")
        status_item.setText(state_text(g.state))
        status_item.setIcon(icons.icon("vm" if g.is_vm else "container"))
        tip = f"<b>{escape(g.name)}</b><br>{escape(kind)}: {escape(state_text(g.state))}"
        item.setToolTip(tip)
        status_item.setToolTip(tip)


def status_words() -> list[str]:
    """Every text the status column can show, in the interface language."""
    from gui.text.value_names import MODES, STATES  # noqa: PLC0415 (tables, read once)

    return [state_text(s) for s in STATES] + [mode_short(m) for m in MODES]
