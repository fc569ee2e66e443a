"""The main window's actions, menus and toolbar.

Every command the user can give is one QAction here, with a menu entry, a
status tip, and a shortcut where users expect one (VMware Workstation's where
they do not clash: see docs/object-names.md).  Power actions are enabled only
when ``core`` says the operation is valid for the selected guest; when
disabled, their tooltip says why.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QMenu, QMenuBar, QMessageBox, QToolBar

from core import edits
from core.model.kinds import PRODUCTS_BY_MODE, GuestState, Mode
from gui.document.document import SPEEDS
from gui.shell import icons, selection
from gui.text.plain import plain_tip
from gui.text.reasons import reason_text
from gui.text.substitute import fill
from gui.text.value_names import mode_text, product_text

# Shortcuts not covered by QKeySequence.StandardKey.  VMware Workstation uses
# Ctrl+B / Ctrl+E / Ctrl+R for power on / off / reset and Ctrl+D for VM
# settings; its Ctrl+Z (suspend) is Undo here, so suspend takes Ctrl+Shift+P
# (VMware's "pause", the nearest operation).
SHORTCUTS = {
    "actionNewVm": "Ctrl+N",
    "actionNewHost": "Ctrl+Shift+H",
    "actionNewLab": "Ctrl+Shift+N",
    "actionOpenLab": "Ctrl+O",
    "actionSaveLab": "Ctrl+S",
    "actionSaveLabAs": "Ctrl+Shift+S",
    "actionCloseLab": "Ctrl+Shift+W",
    "actionQuit": "Ctrl+Q",
    "actionRename": "F2",
    "actionDelete": "Del",
    "actionSettings": "Ctrl+D",
    "actionPreferences": "Ctrl+P",
    "actionPowerOn": "Ctrl+B",
    "actionSuspend": "Ctrl+Shift+P",
    "actionPowerOff": "Ctrl+E",
    "actionReset": "Ctrl+R",
    "actionRunSimulation": "F5",
    "actionStep": "F6",
    "actionFaster": "Ctrl+]",
    "actionSlower": "Ctrl+[",
    "actionHome": "Alt+Home",
    "actionCloseTab": "Ctrl+W",
    "actionShortcuts": "F1",
}


class Actions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.doc = window.doc
        a = self._make
        w = window
        # File (document behaviour lives in gui/document_files.py: window.files)
        f = w.files
        self.new_lab = a("actionNewLab", self.tr("New &Empty Lab"), "new_lab", f.request_new,
                         self.tr("Start an empty lab with no hosts"))
        self.open_lab = a("actionOpenLab", self.tr("&Open Lab…"), "open", f.request_open_dialog,
                          self.tr("Open a lab scenario file (.vlab)"))
        self.open_demo = a("actionOpenDemo", self.tr("Open &Demo Lab"), "demo", w.open_demo,
                           self.tr("Open the bundled demo lab: every kind of stack side by side"))
        self.save_lab = a("actionSaveLab", self.tr("&Save Lab"), None, f.save,
                          self.tr("Save the lab to its file"))
        self.save_lab_as = a("actionSaveLabAs", self.tr("Save Lab &As…"), None, f.save_as,
                             self.tr("Save the lab to a new file"))
        self.revert_lab = a("actionRevertLab", self.tr("Re&vert Lab"), None, f.request_revert,
                            self.tr("Throw away unsaved changes and reload the lab from its file"))
        self.close_lab = a("actionCloseLab", self.tr("&Close Lab"), None, f.request_new,
                           self.tr("Close this lab (asks first if it has unsaved changes)"))
        self.recent_menu = QMenu(self.tr("Open &Recent"), w)
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.quit = a("actionQuit", self.tr("&Quit"), None, w.close, self.tr("Quit VirtLab"))
        # Edit
        self.undo = self.doc.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.redo = self.doc.undo_stack.createRedoAction(self, self.tr("&Redo"))
        for act, name, key, icon in ((self.undo, "actionUndo", QKeySequence.StandardKey.Undo, "undo"),
                                     (self.redo, "actionRedo", QKeySequence.StandardKey.Redo, "redo")):
            act.setObjectName(name)
            act.setShortcut(key)
            act.setIcon(icons.icon(icon))
        self.undo.setStatusTip(self.tr("Undo the last change"))
        self.redo.setStatusTip(self.tr("Redo the change just undone"))
        self.rename = a("actionRename", self.tr("Ren&ame…"), "rename", self.ask_rename,
                        self.tr("Rename the selected host or guest"))
        self.delete = a("actionDelete", self.tr("&Delete"), "delete", self.delete_selected,
                        self.tr("Delete the selected host or guest (undo brings it back)"))
        self.settings = a("actionSettings", self.tr("VM &Settings…"), "settings", self.ask_guest_settings,
                          self.tr("Change the selected guest's virtual hardware and workload"))
        self.preferences = a("actionPreferences", self.tr("&Preferences…"), "preferences", self.ask_preferences,
                             self.tr("Language, simulation tick rate and theme"))
        # VM and Host
        self.new_vm = a("actionNewVm", self.tr("&New Virtual Machine…"), "new_vm", self.ask_new_vm,
                        self.tr("Create a virtual machine with the New VM wizard"))
        self.new_host = a("actionNewHost", self.tr("New &Host…"), "new_host", self.ask_new_host,
                          self.tr("Add a simulated physical host"))
        self.power_on = a("actionPowerOn", self.tr("Power &On"), "power_on", lambda: self._power("power_on"),
                          self.tr("Power on or resume the selected guest"))
        self.suspend = a("actionSuspend", self.tr("S&uspend"), "suspend", lambda: self._power("suspend"),
                         self.tr("Suspend the selected VM: its memory is saved and it stops running"))
        self.power_off = a("actionPowerOff", self.tr("Power O&ff"), "power_off", lambda: self._power("power_off"),
                           self.tr("Power off the selected guest (like pulling the plug)"))
        self.reset = a("actionReset", self.tr("&Reset"), "reset", lambda: self._power("reset"),
                       self.tr("Reset the selected guest: it boots again"))
        self.power_actions = (self.power_on, self.suspend, self.power_off, self.reset)
        # Simulation
        self.run = a("actionRunSimulation", self.tr("&Run Simulation"), "sim_run", self.doc.set_running,
                     self.tr("Run or pause simulated time"), signal="toggled")
        self.run.setCheckable(True)
        self.step = a("actionStep", self.tr("S&tep"), "sim_step", self.doc.step,
                      self.tr("Advance simulated time by one tick"))
        self.faster = a("actionFaster", self.tr("&Faster"), "faster", lambda: self._nudge_speed(+1),
                        self.tr("Double the simulation speed"))
        self.slower = a("actionSlower", self.tr("S&lower"), "slower", lambda: self._nudge_speed(-1),
                        self.tr("Halve the simulation speed"))
        # View and Help
        self.home = a("actionHome", self.tr("&Home"), "home", w.show_home, self.tr("Show the Home tab"))
        self.close_tab = a("actionCloseTab", self.tr("&Close Tab"), None, w.close_current_tab,
                           self.tr("Close the current tab"))
        self.shortcuts = a("actionShortcuts", self.tr("&Keyboard Shortcuts"), None, self.show_shortcuts,
                           self.tr("List the keyboard shortcuts"))
        self.about = a("actionAbout", self.tr("&About VirtLab"), "about", self.show_about,
                       self.tr("What VirtLab is"))
        self.about_qt = a("actionAboutQt", self.tr("About &Qt"), None, self.show_about_qt,
                          self.tr("The Qt version VirtLab runs on"))
        for act, short in ((self.new_vm, self.tr("New VM")), (self.new_host, self.tr("New Host")),
                           (self.open_demo, self.tr("Demo Lab")), (self.open_lab, self.tr("Open Lab"))):
            act.setIconText(short)  # under the Home tab's big buttons
        self._base_tips = {act: act.toolTip() for act in self.power_actions + (self.settings,)}
        self.doc.running_changed.connect(self._on_running)
        self.doc.speed_changed.connect(self._on_speed)

    # --- commands on the selection (the window keeps what is selected) -------------------
    def _power(self, op: str) -> None:
        """op: "power_on", "suspend", "power_off" or "reset"; on every selected guest, as one step."""
        texts = {"power_on": lambda n: self.tr("Power on %n guest(s)", "", n),
                 "power_off": lambda n: self.tr("Power off %n guest(s)", "", n),
                 "suspend": lambda n: self.tr("Suspend %n guest(s)", "", n),
                 "reset": lambda n: self.tr("Reset %n guest(s)", "", n)}
        selection.power(self.w, op, texts[op])

    def delete_selected(self) -> None:
        selection.delete(self.w, lambda n: self.tr("Delete %n object(s)", "", n))

    def ask_rename(self) -> None:
        obj = self.w.current_id
        if not obj:
            return
        old = self.doc.name_of(obj)
        name, ok = QInputDialog.getText(self.w, self.tr("Rename"), self.tr("New name:"), text=old)
        if ok and name.strip() and name.strip() != old:
            self.doc.rename(obj, name.strip())

    def ask_guest_settings(self, guest_id: str = "") -> None:
        from gui.dialogs.guest_settings import GuestSettingsDialog

        gid = guest_id or self.w.current_guest()
        if gid:
            GuestSettingsDialog(self.doc, gid, self.w).exec()

    def ask_new_host(self) -> None:
        from gui.dialogs.new_host import NewHostDialog

        dlg = NewHostDialog(self.doc, self.w)
        if dlg.exec():
            self.w.set_current(dlg.created)

    def ask_new_vm(self) -> None:
        from gui.dialogs.new_vm import NewVmWizard

        wizard = NewVmWizard(self.doc, self.w.current_host(), self.w)
        if wizard.exec() and wizard.created:
            self.w.set_current(wizard.created)

    def ask_preferences(self) -> None:
        from gui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self.w.settings, self.doc, self.w).exec()

    def show_shortcuts(self) -> None:
        rows = "\n".join(f"{keys}\t{text}" for text, keys in shortcut_list(self))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Keyboard Shortcuts"), rows,
                          QMessageBox.StandardButton.Ok, self.w)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def show_about(self) -> None:
        QMessageBox.about(self.w, self.tr("About VirtLab"), self.tr(
            "<h3>VirtLab</h3><p>A desktop lab for learning virtualization and containers. "
            "Everything you see is simulated: no hypervisor, no root, no network.</p>"))

    def show_about_qt(self) -> None:
        QMessageBox.aboutQt(self.w)

    def _make(self, name: str, text: str, icon: str | None, slot, tip: str, signal: str = "triggered") -> QAction:
        act = QAction(text, self.w)
        act.setObjectName(name)
        if icon:
            act.setIcon(icons.icon(icon))
        if name in SHORTCUTS:
            act.setShortcut(QKeySequence(SHORTCUTS[name]))
        act.setStatusTip(tip)
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = text.replace("&", "").rstrip("…")
        act.setToolTip(f"{plain} ({keys})" if keys else plain)
        if signal == "toggled":
            act.toggled.connect(slot)
        else:
            act.triggered.connect(lambda _checked=False: slot())
        return act

    # --- menus and toolbar ----------------------------------------------------------
    def build_menus(self, bar: QMenuBar) -> None:
        self.menus: dict[str, QMenu] = {}  # by objectName, for feature modules (gui/features.py)

        def menu(name: str, title: str, items) -> QMenu:
            m = bar.addMenu(title)
            m.setObjectName(name)
            self.menus[name] = m
            m.setToolTipsVisible(True)  # disabled entries explain themselves
            for item in items:
                if item is None:
                    m.addSeparator()
                elif isinstance(item, QMenu):
                    m.addMenu(item)
                else:
                    m.addAction(item)
            return m

        menu("menuFile", self.tr("&File"), [self.new_vm, self.new_host, self.new_lab, None, self.open_lab,
                                            self.recent_menu, self.open_demo, None, self.save_lab,
                                            self.save_lab_as, self.revert_lab, None, self.close_lab, self.quit])
        menu("menuEdit", self.tr("&Edit"), [self.undo, self.redo, None, self.rename, self.delete, None,
                                            self.settings, self.preferences])
        self.view_menu = menu("menuView", self.tr("&View"), [self.home, self.close_tab, None])
        menu("menuVm", self.tr("V&M"), [self.new_vm, None, *self.power_actions, None, self.settings,
                                        self.rename, self.delete])
        self.mode_menu = QMenu(self.tr("&Virtualization"), self.w)
        self.mode_menu.setObjectName("menuHostMode")
        self.mode_menu.setToolTipsVisible(True)
        self.mode_menu.aboutToShow.connect(self._fill_mode_menu)
        menu("menuHost", self.tr("&Host"), [self.new_host, None, self.mode_menu, None, self.rename, self.delete])
        self.speed_menu = QMenu(self.tr("S&peed"), self.w)
        self.speed_menu.setObjectName("menuSpeed")
        self.speed_group = QActionGroup(self)
        for s in SPEEDS:
            act = self.speed_menu.addAction(f"{s:g}×")
            act.setCheckable(True)
            act.setData(s)
            act.setChecked(s == self.doc.speed)
            self.speed_group.addAction(act)
        self.speed_group.triggered.connect(lambda act: self.doc.set_speed(act.data()))
        menu("menuSimulation", self.tr("&Simulation"), [self.run, self.step, None, self.faster, self.slower,
                                                        self.speed_menu])
        menu("menuHelp", self.tr("He&lp"), [self.shortcuts, None, self.about, self.about_qt])

    def build_toolbar(self, bar: QToolBar) -> None:
        for act in (self.new_vm, self.new_host, None, *self.power_actions, None, self.settings, None,
                    self.run, self.step):
            bar.addSeparator() if act is None else bar.addAction(act)
        label = QLabel(self.tr(" Speed "), bar)
        label.setObjectName("speedLabel")
        bar.addWidget(label)
        self.speed_combo = QComboBox(bar)
        self.speed_combo.setObjectName("speedCombo")
        self.speed_combo.setToolTip(self.tr("Simulated seconds per wall-clock second"))
        self.speed_combo.setStatusTip(self.speed_combo.toolTip())
        for s in SPEEDS:
            self.speed_combo.addItem(f"{s:g}×", s)
        self.speed_combo.setCurrentIndex(SPEEDS.index(self.doc.speed) if self.doc.speed in SPEEDS else 1)
        self.speed_combo.activated.connect(lambda i: self.doc.set_speed(self.speed_combo.itemData(i)))
        bar.addWidget(self.speed_combo)

    # --- the document's file ------------------------------------------------------------
    def update_file_actions(self) -> None:
        f = self.w.files
        self.revert_lab.setEnabled(f.path is not None and f.modified)

    def fill_recent_menu(self) -> None:
        """Rebuilt each time it opens: another VirtLab window may have added files."""
        m = self.recent_menu
        m.clear()
        files = self.w.files.recent_files()
        for i, path in enumerate(files, 1):
            name = Path(path).name.replace("&", "&&")  # "&" would become a mnemonic
            act = m.addAction(f"&{i} {name}" if i < 10 else name)
            act.setObjectName(f"actionRecent{i}")
            act.setStatusTip(path)
            act.setToolTip(escape(path))
            act.triggered.connect(lambda _c=False, p=path: self.w.files.request_open(p))
        if not files:
            empty = m.addAction(self.tr("No recent labs"))
            empty.setEnabled(False)
        m.addSeparator()
        clear = m.addAction(self.tr("&Clear Menu"))
        clear.setObjectName("actionClearRecent")
        clear.setEnabled(bool(files))
        clear.triggered.connect(self.w.files.clear_recent)

    # --- state ------------------------------------------------------------------------
    def update_for(self, obj_id: str) -> None:
        """Enable what is valid for the selected object; disabled actions say why."""
        world = self.doc.world
        g = world.guests.get(obj_id)
        has_obj = obj_id in world.hosts or g is not None
        self.rename.setEnabled(has_obj)
        self.delete.setEnabled(has_obj)
        self.mode_menu.setEnabled(obj_id in world.hosts)
        if g is None:
            why = {a: self.tr("Select a virtual machine or container first.") for a in self._base_tips}
        else:
            off_reason = fill(self.tr("%1 is already powered off."), g.name)
            why = {
                self.power_on: reason_text(world.check_power_on(obj_id)),
                self.suspend: reason_text(world.check_suspend(obj_id)),
                self.power_off: off_reason if g.state is GuestState.OFF else "",
                self.reset: reason_text(world.check_reset(obj_id)),
                self.settings: "",
            }
        for act, reason in why.items():
            act.setEnabled(not reason)
            base = self._base_tips[act]
            # Explicit rich text with escaped names: a name from a file cannot inject markup.
            act.setToolTip(f"<p>{escape(base)}<br><i>{escape(reason)}</i></p>" if reason else base)

    def _fill_mode_menu(self) -> None:
        """One entry per (mode, product), checked for the current one, disabled with the reason."""
        self.mode_menu.clear()
        hid = self.w.current_id
        host = self.doc.world.hosts.get(hid)
        if host is None:
            return
        group = QActionGroup(self.mode_menu)
        for mode in Mode:
            for product in PRODUCTS_BY_MODE[mode] or (None,):
                text = mode_text(mode) + (f" — {product_text(product)}" if product else "")
                act = self.mode_menu.addAction(text)
                act.setCheckable(True)
                act.setChecked((host.mode, host.product) == (mode, product))
                group.addAction(act)
                verdict = edits.SetMode(hid, mode, product).check(self.doc.world)
                if not verdict and not act.isChecked():
                    act.setEnabled(False)
                    act.setToolTip(plain_tip(reason_text(verdict)))
                act.triggered.connect(lambda _c=False, m=mode, p=product: self.doc.set_mode(hid, m, p))

    def _nudge_speed(self, direction: int) -> None:
        i = SPEEDS.index(self.doc.speed) if self.doc.speed in SPEEDS else 1
        self.doc.set_speed(SPEEDS[max(0, min(len(SPEEDS) - 1, i + direction))])

    def _on_running(self, on: bool) -> None:
        self.run.blockSignals(True)
        self.run.setChecked(on)
        self.run.blockSignals(False)
        self.run.setIcon(icons.icon("sim_pause" if on else "sim_run"))
        self.run.setText(self.tr("&Pause Simulation") if on else self.tr("&Run Simulation"))
        keys = self.run.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.run.setToolTip(f"{self.run.text().replace('&', '')} ({keys})")

    def _on_speed(self, speed: float) -> None:
        if hasattr(self, "speed_combo") and speed in SPEEDS:
            self.speed_combo.setCurrentIndex(SPEEDS.index(speed))
        for act in self.speed_group.actions():
            act.setChecked(act.data() == speed)


def shortcut_list(actions: Actions) -> list[tuple[str, str]]:
    """(action text, shortcut) for the Help > Keyboard Shortcuts box."""
    rows = []
    for act in actions.w.findChildren(QAction):
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and act.text():
            rows.append((act.text().replace("&", ""), keys))
    return sorted(set(rows), key=lambda r: r[0])

