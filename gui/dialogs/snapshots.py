"""The Snapshot Manager: a VM's snapshots as a tree with "You are here", like VMware's.

Take, revert to, delete, and clone (full or linked) from the selected
snapshot.  Every button goes through the document (undoable); a refusal is
shown with core's reason under the tree.  The tree is rebuilt when the guest
changes (a handful of items).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from core.model.kinds import GuestState
from core.sim import snapshots
from gui.text.plain import plain_tip
from gui.text.reasons import reason_text
from gui.text.substitute import fill

HERE = "__here__"  # the "You are here" item's data


class SnapshotDialog(QDialog):
    def __init__(self, document, guest_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("snapshotDialog")
        self.document, self.guest_id = document, guest_id
        self.setWindowTitle(fill(self.tr("Snapshot Manager — %1"), document.name_of(guest_id)))
        self.tree = QTreeWidget()
        self.tree.setObjectName("snapshotTree")
        self.tree.setHeaderLabels([self.tr("Snapshot"), self.tr("State"), self.tr("Taken at")])
        self.tree.setColumnWidth(0, 240)
        self.tree.setColumnWidth(1, 170)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.reason = QLabel()
        self.reason.setObjectName("snapshotReason")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        col = QVBoxLayout()
        for key, text in (("take", self.tr("&Take Snapshot…")), ("revert", self.tr("&Revert to")),
                          ("delete", self.tr("&Delete")), ("clone_full", self.tr("&Full Clone")),
                          ("clone_linked", self.tr("&Linked Clone"))):
            b = QPushButton(text)
            b.setObjectName(f"snapshot_{key}")
            b.clicked.connect(lambda _=False, k=key: self._do(k))
            self.buttons[key] = b
            col.addWidget(b)
        col.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(col)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(body)
        lay.addWidget(self.reason)
        lay.addWidget(close)
        document.guest_changed.connect(self._on_changed)
        document.guest_state_changed.connect(self._on_changed)
        for sig in (document.guest_added, document.guest_removed):  # linked clones guard snapshots
            sig.connect(self._on_added_or_removed)  # bound: disconnected when the dialog is deleted
        self.rebuild()
        self.resize(620, 380)

    def _on_added_or_removed(self, _guest_id: str) -> None:
        self.rebuild()

    def _on_changed(self, guest_id: str) -> None:
        if guest_id == self.guest_id:
            self.rebuild()

    def rebuild(self) -> None:
        world = self.document.world
        if self.guest_id not in world.guests:
            return
        selected = self.selected_id()
        self.tree.clear()
        t = snapshots.tree(world, self.guest_id)
        items: dict[str | None, QTreeWidgetItem] = {}

        def add(parent_item, snap) -> None:
            state = self.tr("powered on (with memory)") if snap.state is GuestState.RUNNING else self.tr("powered off")
            item = QTreeWidgetItem(parent_item, [snap.name, state, fill(self.tr("%1 s"), f"{snap.time:.0f}")])
            item.setData(0, Qt.ItemDataRole.UserRole, snap.id)
            item.setToolTip(0, plain_tip(snap.name))
            items[snap.id] = item
            for child in t.children(snap.id):
                add(item, child)

        for root in t.children(None):
            add(self.tree.invisibleRootItem(), root)
        here_parent = items.get(t.current, self.tree.invisibleRootItem())
        here = QTreeWidgetItem(here_parent, [self.tr("You are here"), "", ""])
        here.setData(0, Qt.ItemDataRole.UserRole, HERE)
        f = here.font(0)
        f.setBold(True)
        here.setFont(0, f)
        self.tree.expandAll()
        self.tree.setCurrentItem(items.get(selected, here))
        self._update_buttons()

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        sid = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return None if sid in (None, HERE) else sid

    def item_for(self, snap_id: str) -> QTreeWidgetItem | None:
        for item in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, Qt.ItemDataRole.UserRole) == snap_id:
                return item
        return None

    def _update_buttons(self) -> None:
        world, gid, sid = self.document.world, self.guest_id, self.selected_id()
        if gid not in world.guests:
            return
        checks = {
            "take": snapshots.check_take(world, gid),
            "revert": snapshots.check_revert(world, gid, sid) if sid else None,
            "delete": snapshots.check_delete(world, gid, sid) if sid else None,
            "clone_full": snapshots.check_clone(world, gid, False, sid),
            # From "You are here", a linked clone shares the current snapshot.
            "clone_linked": snapshots.check_clone(world, gid, True, sid or snapshots.tree(world, gid).current),
        }
        pick = self.tr("Select a snapshot first.")
        for key, v in checks.items():
            ok = v is not None and v.ok
            self.buttons[key].setEnabled(ok)
            self.buttons[key].setToolTip("" if ok else plain_tip(reason_text(v) if v is not None else pick))

    def _do(self, key: str) -> None:
        d, gid, sid = self.document, self.guest_id, self.selected_id()
        if key == "take":
            n = len(snapshots.tree(d.world, gid).snaps) + 1
            name, ok = QInputDialog.getText(self, self.tr("Take Snapshot"), self.tr("Name:"),
                                            text=fill(self.tr("Snapshot %1"), str(n)))
            if not ok or not name.strip():
                return
            v = d.take_snapshot(gid, name.strip())
        elif key == "revert":
            v = d.revert_snapshot(gid, sid)
        elif key == "delete":
            v = d.delete_snapshot(gid, sid)
        else:
            v, _ = d.clone_guest(gid, key == "clone_linked", sid)
        self.reason.setText("" if v.ok else reason_text(v))
