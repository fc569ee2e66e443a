"""The library: a tree of hosts and their guests, with a search filter.

The model follows the Document's signals one item at a time (a guest's state
changes its icon and status cell, nothing else) and is rebuilt only when a
whole new world is loaded.  Host rows are drop targets for palette templates
and for guests dragged from this same tree; both go through ``gui.document.mime`` so
the tree accepts and refuses exactly what every other drop target does.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.document import mime
from gui.document.document import Document
from gui.document.drops import DropTarget
from gui.panels.library_model import ID_ROLE, KIND_ROLE, LAZY_FROM, LibraryModel, status_words
from gui.shell import icons
from gui.text.plain import plain_tip

__all__ = ["ID_ROLE", "KIND_ROLE", "LAZY_FROM", "LibraryFilter", "LibraryModel", "LibraryPanel", "LibraryView",
           "status_words"]


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
        model = self.sourceModel()
        return (model.sort_key(a.data(ID_ROLE) or "", a.data() or "")
                < model.sort_key(b.data(ID_ROLE) or "", b.data() or ""))


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
        self.view.expanded.connect(self._list_guests)
        self.proxy.rowsInserted.connect(self._expand_new)
        self.proxy.layoutChanged.connect(self._expand_all)
        self._expand_all()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(4)
        lay.addWidget(self.search)
        lay.addWidget(self.view)

    def _filter(self, text: str) -> None:
        if text and self.model.lazy:
            self.model.fetch_all()  # a search looks through every guest: list them all
        self.proxy.setFilterFixedString(text)
        self._expand_all()

    def _list_guests(self, index: QModelIndex) -> None:
        """A big lab's host opened: its guests' rows take its placeholder's place."""
        if self.model.lazy and not index.parent().isValid():
            self.model.fetch(index.siblingAtColumn(0).data(ID_ROLE) or "")

    def _expand_all(self) -> None:
        """Every host open, but in a big lab only while searching: an open host lists its guests."""
        if not self.model.lazy or self.search.text():
            self.view.expandAll()

    def _expand_new(self, parent: QModelIndex, first: int, last: int) -> None:
        if self.model.lazy and not self.search.text():
            return  # hosts stay closed in a big lab (their guests are listed when opened)
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
