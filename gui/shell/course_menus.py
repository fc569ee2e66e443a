"""Menu entries for the course's operations (installed through ``gui.shell.extensions``).

VM menu: snapshots (take, manager), clone, live migration to a chosen host,
crash the guest (kernel panic), export to one file, import.  Host menu:
kernel panic on the host, and VMs vs containers side by side.  Each entry
acts on the selection through the document, so everything is undoable and
refusals come with core's reason.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from core.files import vm_file
from core.sim import snapshots
from gui.text.plain import plain_tip
from gui.text.reasons import reason_text
from gui.text.substitute import fill

VM_FILTER = "VirtLab VM (*.vlabvm)"


class CourseActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w, self.doc = window, window.doc
        a = self._make
        self.take_snapshot = a("actionTakeSnapshot", self.tr("Ta&ke Snapshot…"), self.ask_snapshot,
                               self.tr("Save the selected VM's state so you can come back to it"), "Ctrl+Alt+T")
        self.snapshot_manager = a("actionSnapshotManager", self.tr("Snapshot &Manager…"), self.show_manager,
                                  self.tr("The selected VM's snapshots as a tree: revert, delete, clone"), "Ctrl+M")
        self.clone = a("actionClone", self.tr("&Clone (Full)"), lambda: self._clone(False),
                       self.tr("Make an independent copy of the selected VM and its whole disk"))
        self.linked_clone = a("actionLinkedClone", self.tr("Clone (&Linked)"), lambda: self._clone(True),
                              self.tr("Make a copy that shares the current snapshot's disk"))
        self.crash = a("actionCrashGuest", self.tr("Crash &Guest (Kernel Panic)"), self.crash_guest,
                       self.tr("Make the selected guest's kernel panic: who else goes down?"))
        self.export_vm = a("actionExportVm", self.tr("&Export VM…"), self.ask_export,
                           self.tr("Save the selected VM as one file (encapsulation)"))
        self.import_vm = a("actionImportVm", self.tr("&Import VM…"), self.ask_import,
                           self.tr("Add a VM from a file to the selected host"))
        self.panic_host = a("actionPanicHost", self.tr("Kernel &Panic on Host"), self.panic,
                            self.tr("The selected host's own kernel fails: every guest on it stops"))
        self.side_by_side = a("actionSideBySide", self.tr("VMs vs &Containers…"), self.show_side_by_side,
                              self.tr("Start time, memory and how many fit: a VM and a container compared"))
        self.migrate_menu = QMenu(self.tr("Migrate &To"), window)
        self.migrate_menu.setObjectName("menuMigrate")
        self.migrate_menu.setToolTipsVisible(True)
        self.migrate_menu.aboutToShow.connect(self.fill_migrate_menu)
        vm = window.actions.menus["menuVm"]
        vm.addSeparator()
        for act in (self.take_snapshot, self.snapshot_manager, self.clone, self.linked_clone):
            vm.addAction(act)
        vm.addMenu(self.migrate_menu)
        for act in (self.crash, self.export_vm, self.import_vm):
            vm.addAction(act)
        host = window.actions.menus["menuHost"]
        host.addSeparator()
        host.addAction(self.panic_host)
        host.addAction(self.side_by_side)

    def _make(self, name, text, slot, tip, keys=None) -> QAction:
        act = QAction(text, self.w)
        act.setObjectName(name)
        act.setStatusTip(tip)
        act.setToolTip(tip)
        if keys:
            act.setShortcut(QKeySequence(keys))
        act.triggered.connect(lambda _c=False: slot())
        return act

    def _vm(self) -> str:
        return self.w.current_guest() or ""

    def _say(self, verdict) -> None:
        if verdict is not None and not verdict.ok:
            self.w.statusBar().showMessage(reason_text(verdict), 8000)

    # --- snapshots and clones ------------------------------------------------------------
    def ask_snapshot(self) -> None:
        gid = self._vm()
        if not gid:
            return
        n = len(snapshots.tree(self.doc.world, gid).snaps) + 1
        name, ok = QInputDialog.getText(self.w, self.tr("Take Snapshot"), self.tr("Name:"),
                                        text=fill(self.tr("Snapshot %1"), str(n)))
        if ok and name.strip():
            self._say(self.doc.take_snapshot(gid, name.strip()))

    def show_manager(self, guest_id: str = "") -> None:
        from gui.dialogs.snapshots import SnapshotDialog

        gid = guest_id or self._vm()
        if gid:
            self.dialog = SnapshotDialog(self.doc, gid, self.w)
            self.dialog.open()

    def _clone(self, linked: bool) -> None:
        gid = self._vm()
        if gid:
            v, cid = self.doc.clone_guest(gid, linked)
            self._say(v)
            if cid:
                self.w.set_current(cid)

    # --- migration ----------------------------------------------------------------------
    def fill_migrate_menu(self) -> None:
        """One entry per other host; disabled with core's reason when the move is refused."""
        self.migrate_menu.clear()
        gid = self._vm()
        world = self.doc.world
        if not gid:
            self.migrate_menu.addAction(self.tr("Select a virtual machine first.")).setEnabled(False)
            return
        for host in world.hosts.values():
            if host.id == world.guests[gid].host_id:
                continue
            act = self.migrate_menu.addAction(host.name)
            v = world.check_move(gid, host.id)
            act.setEnabled(v.ok)
            act.setToolTip(plain_tip(reason_text(v)))
            act.triggered.connect(lambda _c=False, h=host.id: self._say(self.doc.move_guest(gid, h)))

    # --- isolation ----------------------------------------------------------------------
    def crash_guest(self) -> None:
        gid = self._vm()
        if gid:
            self._say(self.doc.crash_guest(gid))

    def panic(self) -> None:
        hid = self.w.current_host()
        if hid:
            self.doc.panic_host(hid)

    # --- encapsulation ------------------------------------------------------------------
    def ask_export(self) -> None:
        gid = self._vm()
        g = self.doc.world.guests.get(gid)
        if g is None or not g.is_vm:
            self.w.statusBar().showMessage(self.tr("Select a virtual machine to export."), 8000)
            return
        path, _ = QFileDialog.getSaveFileName(self.w, self.tr("Export VM"), f"{g.name}.vlabvm", VM_FILTER)
        if path:
            self.export_to(gid, path)

    def export_to(self, guest_id: str, path: str) -> bool:
        try:
            vm_file.export_vm(self.doc.world.guests[guest_id], path)
        except (OSError, vm_file.ExportError) as e:
            QMessageBox.warning(self.w, self.tr("Export VM"), str(e))
            return False
        self.doc.logged.emit("info", fill(self.tr("Exported %1 to one file"), self.doc.name_of(guest_id)))
        return True

    def ask_import(self) -> None:
        hid = self.w.current_host()
        if not hid:
            self.w.statusBar().showMessage(self.tr("Select the host to import the VM onto."), 8000)
            return
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Import VM"), "", VM_FILTER)
        if path:
            self.import_from(hid, path)

    def import_from(self, host_id: str, path: str) -> str:
        v, result = self.doc.import_vm(host_id, path)
        if v is None:
            QMessageBox.warning(self.w, self.tr("Import VM"), result)
            return ""
        self._say(v)
        return result

    def show_side_by_side(self) -> None:
        from gui.dialogs.side_by_side import SideBySideDialog

        hid = self.w.current_host()
        hw = self.doc.world.hosts[hid].hardware if hid else None
        self.side_dialog = SideBySideDialog(self.w, hw)
        self.side_dialog.open()


def install(window) -> None:
    window.course_actions = CourseActions(window)
