"""The random actions that go through a dialog (``tests/gui/random_actions.py``).

Each dialog is built with its fields set by the monkey's random generator and
accepted or clicked, never run with a modal ``exec()``.  The Monkey class
mixes these in; it provides ``rng``, ``doc``, ``w``, ``_guest`` and ``_name``.
"""

from __future__ import annotations

from core.model.kinds import IoPath, Technique


class DialogActions:
    def guest_settings(self):
        from gui.dialogs.guest_settings import GuestSettingsDialog

        gid = self._guest()
        if not gid:
            return "settings: no guest"
        dlg = GuestSettingsDialog(self.doc, gid, self.w)
        r = self.rng
        if hasattr(dlg, "vcpus"):
            dlg.vcpus.setValue(r.choice([1, 2, 4, 8, 64]))
            dlg.memory.setValue(r.choice([256, 1024, 2048, 8192, 65536]))
            dlg.technique.setCurrentIndex(dlg.technique.findData(r.choice(list(Technique)).value))
            dlg.io.setCurrentIndex(dlg.io.findData(r.choice(list(IoPath)).value))
            dlg.ept.setChecked(r.random() < 0.7)
        else:
            dlg.cpu_limit.setValue(r.choice([0.5, 1.0, 4.0, 16.0]))
            dlg.memory_limit.setValue(r.choice([64, 512, 4096]))
        dlg.network.setCurrentIndex(r.randrange(dlg.network.count()))
        dlg.workload.setCurrentIndex(r.randrange(dlg.workload.count()))
        dlg.accept()  # refused: stays open with the reason shown; then cancelled
        dlg.reject()
        dlg.deleteLater()
        return f"settings of {gid}"

    def snapshot_dialog(self):
        from core.sim import snapshots
        from gui.dialogs.snapshots import SnapshotDialog

        gid = self._guest(vm_only=True)
        snaps = list(snapshots.tree(self.doc.world, gid).snaps) if gid else []
        if not snaps:
            return "snapshot manager: nothing to do"
        dlg = SnapshotDialog(self.doc, gid, self.w)
        dlg.tree.setCurrentItem(dlg.item_for(self.rng.choice(snaps)))
        key = self.rng.choice(["revert", "delete", "clone_full", "clone_linked"])
        dlg.buttons[key].click()  # a disabled button ignores the click
        dlg.deleteLater()
        return f"snapshot manager {key} on {gid}"

    def new_host(self):
        from gui.dialogs.new_host import NewHostDialog

        dlg = NewHostDialog(self.doc, self.w)
        dlg.template.setCurrentIndex(self.rng.randrange(dlg.template.count()))
        dlg.mode.setCurrentIndex(self.rng.randrange(dlg.mode.count()))
        if dlg.product.count():
            dlg.product.setCurrentIndex(self.rng.randrange(dlg.product.count()))
        dlg.name.setText(self._name("Host"))
        dlg.accept()
        dlg.deleteLater()
        return f"new host {getattr(dlg, 'created', None)}"

    def new_vm(self):
        from gui.dialogs.new_vm import NewVmWizard

        wiz = NewVmWizard(self.doc, self.w.current_host(), self.w)
        if wiz.host.count():
            wiz.host.setCurrentIndex(self.rng.randrange(wiz.host.count()))
        wiz.template.setCurrentIndex(self.rng.randrange(wiz.template.count()))
        if wiz.host_id():
            wiz._load_defaults()  # what entering the hardware page does
            wiz.name.setText(self._name("VM"))
            wiz.accept()
        wiz.deleteLater()
        return f"new vm {wiz.created}"
