"""The library: a tree of hosts and their guests, with a search filter.

The model follows the Document's signals one item at a time (a guest's state
changes its icon and status cell, nothing else) and is rebuilt only when a
whole new world is loaded.  Host rows are drop targets for palette templates
and for guests dragged from this same tree; both go through ``gui.document.mime`` so
the tree accepts and refuses exactly what every other drop target does.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.model.naming import natural_key
from gui.document import mime
from gui.document.document import Document
from gui.document.drops import DropTarget
from gui.shell import icons
from gui.tabs.console import console_text, thumbnail_html
from gui.text.plain import plain_tip
from gui.text.substitute import fill
from gui.text.value_names import mode_short, mode_text, product_text, state_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "host" or "guest"

class LibraryModel(QStandardItemModel):
    """Two columns: name (with icon) and status (a host's mode, a guest's state).

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
        return self._items.get(obj_id)

    def rebuild(self) -> None:
        self.removeRows(0, self.rowCount())
        self._items.clear()
        for hid in self.doc.world.hosts:
            self._add_host(hid)
        # Containers inside VMs after every VM, so that their VM's row is there to hold them.
        for gid in sorted(self.doc.world.guests, key=lambda i: self.doc.world.guests[i].in_vm is not None):
            self._add_guest(gid)

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

    def _add_host(self, hid: str) -> None:
        if hid in self._items or hid not in self.doc.world.hosts:
            return
        row = self._row(hid, "host")
        self._items[hid] = row[0]
        self.appendRow(row)
        self._update_host(hid)

    def _add_guest(self, gid: str) -> None:
        g = self.doc.world.guests.get(gid)
        if gid in self._items or g is None or g.host_id not in self._items:
            return
        row = self._row(gid, "guest")
        self._items[gid] = row[0]
        self._parent_of(g).appendRow(row)
        self._update_guest(gid)

    def _parent_of(self, g) -> QStandardItem:
        """A container inside a VM is listed under its VM; any other guest under its host."""
        return self._items.get(g.in_vm) or self._items[g.host_id]

    def _remove(self, obj_id: str) -> None:
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
        if item is None or g is None:
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
        item.setText(h.name)
        item.setIcon(icons.icon("host"))
        status = mode_text(h.mode) + (f" · {product_text(h.product)}" if h.product else "")
        self._status(item).setText(mode_short(h.mode))  # the full words are in the tooltip
        cpu = h.hardware.cpu
        tip = fill(self.tr("<b>%1</b><br>%2<br>%3 cores, %4 GB memory"), escape(h.name), escape(status), str(cpu.cores), str(h.hardware.memory_mb // 1024))
        item.setToolTip(tip)
        self._status(item).setToolTip(tip)

    def _update_guest(self, gid: str) -> None:
        item, g = self._items.get(gid), self.doc.world.guests.get(gid)
        if item is None or g is None:
            return
        item.setText(g.name)
        item.setIcon(icons.state_icon(g.state.value))
        kind = self.tr("virtual machine") if g.is_vm else self.tr("container")
        self._status(item).setText(state_text(g.state))
        self._status(item).setIcon(icons.icon("vm" if g.is_vm else "container"))
        tip = f"<b>{escape(g.name)}</b><br>{escape(kind)}: {escape(state_text(g.state))}"
        item.setToolTip(tip)
        self._status(item).setToolTip(tip)


def status_words() -> list[str]:
    """Every text the status column can show, in the interface language."""
    from gui.text.value_names import MODES, STATES  # noqa: PLC0415 (tables, read once)

    return [state_text(s) for s in STATES] + [mode_short(m) for m in MODES]


class LibraryFilter(QSortFilterProxyModel):
    """Case-insensitive search over names and status; a match keeps its host visible.
    Rows in natural order of their names ("vm 2" before "vm 10"), as the layer graph."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setDynamicSortFilter(True)  # a renamed or added object moves to its place
        self.sort(0, Qt.SortOrder.AscendingOrder)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        a, b = left.siblingAtColumn(0), right.siblingAtColumn(0)
        return (natural_key(a.data() or ""), a.data(ID_ROLE) or "") < (natural_key(b.data() or ""),
                                                                       b.data(ID_ROLE) or "")


class LibraryView(QTreeView):
    """The tree; host rows take drops, guest rows can be dragged to another host.

    Signals:
    """


    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.doc = document
        self.setObjectName("libraryTree")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDropIndicatorShown(False)  # the whole host row is highlighted instead
        # Ctrl/Shift-click selects several: power and delete then act on all of them, as one undo step.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setUniformRowHeights(True)
        self.setAnimated(True)
        self._hover: tuple[QModelIndex, bool] | None = None  # (host row, accepted)
        self._drag_row: QModelIndex | None = None  # the host row under a drag
        self.drops = DropTarget(document, self._mark_drop)

    # --- which host is under the cursor ---------------------------------------------
    def host_at(self, pos: QPoint) -> tuple[QModelIndex, str] | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        # A guest row is a target of its own: a container dropped on a VM runs inside it;
        # anything else goes to the guest's host (gui.document.drops.drop_place).
        index = index.siblingAtColumn(0)
        return index, index.data(ID_ROLE)

    def _set_hover(self, hover: tuple[QModelIndex, bool] | None) -> None:
        self._hover = hover
        self.viewport().update()

    # --- drops (gui.document.drops) ----------------------------------------------------
    def _mark_drop(self, host_id: str | None, state: str | None) -> None:
        row = self._drag_row if host_id else None
        self._set_hover((row, state == "accept") if row is not None and state else None)

    def dragEnterEvent(self, event):
        self.drops.enter(event)

    def dragMoveEvent(self, event):
        pos = event.position().toPoint()
        target = self.host_at(pos)
        self._drag_row = target[0] if target else None
        verdict = self.drops.hover(event, target[1] if target else None)
        if verdict is not None and not verdict:
            QToolTip.showText(self.viewport().mapToGlobal(pos), plain_tip(self.drops.message), self.viewport())
        else:
            QToolTip.hideText()

    def dragLeaveEvent(self, event):
        self.drops.leave()
        QToolTip.hideText()
        event.accept()

    def dropEvent(self, event):
        target = self.host_at(event.position().toPoint())
        self.drops.drop(event, target[1] if target else None)

    # --- drags ----------------------------------------------------------------------
    def startDrag(self, supported_actions):
        index = self.currentIndex().siblingAtColumn(0)
        if index.data(KIND_ROLE) != "guest":
            return
        # Every selected guest goes when the dragged one is among them (one undo step on the drop).
        rows = [i for i in self.selectionModel().selectedRows(0) if i.data(KIND_ROLE) == "guest"]
        ids = [i.data(ID_ROLE) for i in sorted(rows, key=lambda i: self.visualRect(i).top())]
        if index.data(ID_ROLE) not in ids:
            ids = [index.data(ID_ROLE)]
        # Not QAbstractItemView's own drag: it would delete the row after a move;
        # here the row moves when the document says the guest moved.
        mime.drag_guests(self, ids, index.data(Qt.ItemDataRole.DecorationRole).pixmap(24, 24))

    def drawRow(self, painter, option, index):
        if self._hover and index.siblingAtColumn(0) == self._hover[0]:
            colour = QColor("#2e9d44" if self._hover[1] else "#c62828")
            colour.setAlpha(60)
            painter.fillRect(option.rect, colour)
        super().drawRow(painter, option, index)


class LibraryPanel(QWidget):
    """Search field over the tree.

    Signals:
        selected(str)  -- the id of the host or guest the user selected ("" for none)
    """

    selected = Signal(str)

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.model = LibraryModel(document, self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(self.tr("Search hosts and guests"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._filter)
        self.view = LibraryView(document, self)
        self.view.setModel(self.proxy)
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(1, self.status_width())
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.proxy.rowsInserted.connect(self._expand_new)
        self.proxy.layoutChanged.connect(self.view.expandAll)
        self.view.expandAll()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(4)
        lay.addWidget(self.search)
        lay.addWidget(self.view)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.view.expandAll()

    def _expand_new(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():
            for row in range(first, last + 1):
                self.view.expand(self.proxy.index(row, 0))
        else:
            self.view.expand(parent)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selected.emit(current.data(ID_ROLE) or "")

    def status_width(self) -> int:
        """The status column as wide as its longest word ("powered off", "pulling image") and its icon."""
        fm = self.view.fontMetrics()
        icon = self.view.iconSize().width() if self.view.iconSize().width() > 0 else 16
        return max(fm.horizontalAdvance(t) for t in status_words()) + icon + 16

    def current_id(self) -> str:
        return self.view.currentIndex().data(ID_ROLE) or ""

    def selected_ids(self) -> list[str]:
        """Every selected host and guest, in the tree's order (the current one if none is)."""
        rows = self.view.selectionModel().selectedRows(0)
        ids = [i.data(ID_ROLE) for i in sorted(rows, key=lambda i: self.view.visualRect(i).top()) if i.data(ID_ROLE)]
        current = self.current_id()
        return ids or ([current] if current else [])

    def proxy_index(self, obj_id: str) -> QModelIndex:
        item = self.model.item_for(obj_id)
        return self.proxy.mapFromSource(item.index()) if item else QModelIndex()

    def select(self, obj_id: str) -> None:
        """Make ``obj_id`` the current row (no signal if it already is)."""
        if obj_id == self.current_id():
            return
        index = self.proxy_index(obj_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        else:
            self.view.clearSelection()
