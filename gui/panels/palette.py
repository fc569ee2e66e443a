"""The palette: VM templates and container images to drag onto a host.

A drag carries ``gui.document.mime.template_mime(kind, id)``, the same payload every
drop target (library tree, host tab, layer graph) understands.  Double-click
adds the template to the host selected in the library, for users who do not
drag.

Signals:
    template_activated(str, str)  -- (kind, template id) on double-click / Enter
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from core.model.catalog import GUEST_OSES, IMAGES, VM_TEMPLATES
from gui.document import mime
from gui.shell import icons
from gui.text.substitute import fill
from gui.text.value_names import catalog_text

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "vm" or "container"
TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 2


class Palette(QTreeWidget):
    template_activated = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("paletteTree")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(8)
        self.setIconSize(QSize(20, 20))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self._group(self.tr("Virtual machines"), "vm", [
            (t.id, catalog_text(t.name), icons.vm_template_icon(t.os),
             fill(self.tr("%1 · %2 vCPU · %3 GB"), catalog_text(GUEST_OSES[t.os].name), str(t.vcpus),
                  f"{t.memory_mb / 1024:g}"))
            for t in VM_TEMPLATES.values()
        ])
        self._group(self.tr("Container images"), "container", [
            (i.id, i.name, icons.image_icon(i.workload),
             fill(self.tr("image %1 · %2 MB"), i.id, str(i.size_mb)))
            for i in IMAGES.values()
        ])
        self.expandAll()
        self.itemActivated.connect(self._activated)

    def _group(self, title: str, kind: str, entries) -> None:
        group = QTreeWidgetItem(self, [title])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, not draggable
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setIcon(0, icons.icon("vm" if kind == "vm" else "container"))
        for tid, name, icon, detail in entries:
            item = QTreeWidgetItem(group, [name])
            item.setIcon(0, icon)
            item.setData(0, KIND_ROLE, kind)
            item.setData(0, TEMPLATE_ROLE, tid)
            item.setToolTip(0, f"<b>{escape(name)}</b><br>{escape(detail)}<br>"
                            + escape(self.tr("Drag onto a host to add it.")))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
            self._items[(kind, tid)] = item

    @staticmethod
    def template_of(item: QTreeWidgetItem) -> tuple[str | None, str | None]:
        """(kind, template id) of a palette row; (None, None) for a group heading."""
        return item.data(0, KIND_ROLE), item.data(0, TEMPLATE_ROLE)

    def item_for(self, kind: str, template_id: str) -> QTreeWidgetItem:
        return self._items[(kind, template_id)]

    # --- dragging ---------------------------------------------------------------------
    def mimeTypes(self):
        return [mime.TEMPLATE_MIME]

    def mimeData(self, items):
        """The payload of a drag of ``items`` (only the first one is used)."""
        for item in items:
            kind = item.data(0, KIND_ROLE)
            if kind:
                return mime.template_mime(kind, item.data(0, TEMPLATE_ROLE))
        return None

    def startDrag(self, supported_actions):
        item = self.currentItem()
        md = self.mimeData([item]) if item else None
        if md is None:
            return
        drag = QDrag(self)
        drag.setMimeData(md)
        drag.setPixmap(item.icon(0).pixmap(32, 32))
        drag.exec(Qt.DropAction.CopyAction)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind:
            self.template_activated.emit(kind, item.data(0, TEMPLATE_ROLE))
