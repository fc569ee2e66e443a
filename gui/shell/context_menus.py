"""Right-click menus: on library rows, graph nodes, host tabs and guest cards, and the palette.

The menu offers what VMware users expect there, by reusing the window's own
actions (so a menu entry, its shortcut, its enabled state and the reason it
is disabled are the same everywhere): a guest gets the VM menu (power,
snapshots, clone, migrate, export, settings, rename, delete) and a host the
Host menu, each with "Learn about this".  Right-clicking selects the object
first, as a file manager does; right-clicking one of several selected objects
keeps them all selected and offers what applies to all of them, each as one
undo step: power on, power off, delete, move the guests to a host
(``gui.shell.multi_menu``).  Installed through ``gui.shell.extensions``, with
the one selection of the library and the graph (``gui.shell.selection``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

from gui.panels.library import ID_ROLE
from gui.shell import selection
from gui.shell.multi_menu import MENU_NAME, multi_menu

__all__ = ["MENU_NAME", "ContextMenus", "install"]


class ContextMenus(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        tree = window.library.view
        tree.customContextMenuRequested.connect(
            lambda pos: self._show(tree.indexAt(pos).data(ID_ROLE) or "", tree.viewport().mapToGlobal(pos)))
        graph = window.graph.view
        graph.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        graph.customContextMenuRequested.connect(
            lambda pos: self._show(window.graph.object_at(pos), graph.viewport().mapToGlobal(pos)))
        palette = window.palette
        palette.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        palette.customContextMenuRequested.connect(lambda pos: self._palette_menu(pos))
        window.tabs.tabBar().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.tabs.tabBar().customContextMenuRequested.connect(self._tab_menu)

    def _tab_menu(self, pos: QPoint) -> None:
        bar = self.w.tabs.tabBar()
        tab = self.w.tabs.widget(bar.tabAt(pos))
        obj = getattr(tab, "obj_id", "")
        self._show(obj, bar.mapToGlobal(pos))

    def menu_for(self, obj_id: str) -> QMenu:
        """The menu for ``obj_id`` (a host or guest id), built from the window's actions."""
        w = self.w
        menu = QMenu(w)
        menu.setObjectName(MENU_NAME)
        menu.setToolTipsVisible(True)  # disabled entries say why
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        source = w.actions.menus["menuVm" if obj_id in w.doc.world.guests else "menuHost"]
        skip = {w.actions.new_vm, w.actions.new_host} if obj_id in w.doc.world.guests else {w.actions.new_host}
        last_separator = True
        for act in source.actions():
            if act in skip:
                continue
            if act.isSeparator():
                if not last_separator:
                    menu.addSeparator()
                last_separator = True
                continue
            menu.addAction(act)
            last_separator = False
        if obj_id in w.doc.world.hosts:  # the host's column in the layer graph: one box, or whole
            menu.addAction(w.graph.collapse_action(obj_id, menu))
            last_separator = False
        if not last_separator:
            menu.addSeparator()
        learn = menu.addAction(self.tr("Learn About This"))
        learn.setObjectName("actionLearnAboutThis")
        learn.triggered.connect(self._show_learn)
        return menu

    def _show(self, obj_id: str, global_pos: QPoint) -> None:
        if not obj_id:
            return
        sync = getattr(self.w, "selection", None)
        world = self.w.doc.world
        ids = [i for i in (sync.ids if sync is not None else ()) if i in world.hosts or i in world.guests]
        if obj_id in ids and len(ids) > 1:  # one of several: keep them all, the menu acts on all
            sync.set(ids, obj_id)
            menu = multi_menu(self.w, selection.selected_objects(self.w))
        else:  # that one alone (whatever keys are held): the actions act on the selection
            sync.set([obj_id], obj_id) if sync is not None else self.w.set_current(obj_id)
            menu = self.menu_for(obj_id)
        menu.popup(global_pos)

    def _show_learn(self) -> None:
        dock = self.w.findChild(QDockWidget, "learnDock")
        if dock is not None:
            dock.show()
            dock.raise_()

    def _palette_menu(self, pos: QPoint) -> None:
        palette = self.w.palette
        item = palette.itemAt(pos)
        kind, template = palette.template_of(item) if item is not None else (None, None)
        if not template:
            return
        menu = QMenu(self.w)
        menu.setObjectName(MENU_NAME)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        host = self.w.current_host()
        add = QAction(self.tr("Add to the Selected Host"), menu)
        add.setObjectName("actionAddTemplateHere")
        add.setEnabled(bool(host))
        if not host:
            add.setToolTip(self.tr("Select a host in the library first, or drag the template onto one."))
        add.triggered.connect(lambda: self.w.doc.add_guest_from_template(host, kind, template))
        menu.addAction(add)
        menu.setToolTipsVisible(True)
        menu.popup(palette.viewport().mapToGlobal(pos))


def install(window) -> None:
    selection.install(window)  # the menus act on it: one selection for the library and the graph
    window.context_menus = ContextMenus(window)

