"""Feature: Compare Stacks (View > Compare Stacks, Ctrl+K), the Learn dock, and
Help > Can this PC virtualize?

The Learn dock follows what the user looks at: a node clicked in the layer
graph (its kind), a host or guest picked in the library or tabs (its mode or
technique), and a settings combo that gets the focus or a new value (the
chosen mode, technique, I/O path or network).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDockWidget, QWidget

from gui.panels.learn_panel import (
    SETTING_PREFIX,
    LearnPanel,
    concept_for_object,
    concept_for_setting,
    selection_stack,
)
from gui.shell import icons

# The two dialogs load when first opened: neither is in the first picture (bench/bench_startup.py).
if TYPE_CHECKING:
    from gui.dialogs.compare_view import CompareView
    from gui.dialogs.host_check import HostCheckDialog


class LearnFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.clicked_kind = ""
        self.compare: CompareView | None = None
        self.host_check: HostCheckDialog | None = None

        self.panel = LearnPanel(window)
        self.panel.lab_requested.connect(window.open_lab)
        self.dock = QDockWidget(self.tr("Learn"), window)
        self.dock.setObjectName("learnDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

        menus = window.actions.menus
        self.compare_action = QAction(icons.icon("graph"), self.tr("Com&pare Stacks"), window)
        self.compare_action.setObjectName("actionCompareStacks")
        self.compare_action.setShortcut(QKeySequence("Ctrl+K"))
        self.compare_action.setStatusTip(self.tr("Run one workload on every stack side by side"))
        self.compare_action.triggered.connect(self.open_compare)
        view_menu = menus["menuView"]
        view_menu.addSeparator()
        view_menu.addAction(self.compare_action)
        view_menu.addAction(self.dock.toggleViewAction())
        self.check_action = QAction(icons.icon("about"), self.tr("Can This PC &Virtualize?"), window)
        self.check_action.setObjectName("actionHostCheck")
        self.check_action.setStatusTip(self.tr("Check this computer's CPU and operating system for "
                                               "hardware virtualization"))
        self.check_action.triggered.connect(self.open_host_check)
        help_menu = menus["menuHelp"]
        help_menu.insertAction(help_menu.actions()[1] if len(help_menu.actions()) > 1 else None,
                               self.check_action)

        self.selected_id = ""
        d = window.doc
        for sig in (d.host_changed, d.guest_changed, d.guest_moved, d.host_removed, d.guest_removed):
            sig.connect(self._changed)
        d.world_replaced.connect(self._changed)
        window.graph.node_clicked.connect(self._node_clicked)
        window.graph.node_selected.connect(self._node_selected)
        window.library.selected.connect(self.show_object)
        window.tabs.currentChanged.connect(self._tab_changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # --- following the selection ---------------------------------------------------------
    # node_clicked (the node: explain its kind) comes just before node_selected (its owner).
    def _node_clicked(self, node_id: str) -> None:
        item = self.window.graph.items.get(node_id)
        self.clicked_kind = item.kind if item is not None else ""

    def _node_selected(self, obj_id: str) -> None:
        kind, self.clicked_kind = self.clicked_kind, ""
        self.follow(obj_id)
        if not (kind and self.panel.show_concept(kind)):
            self.show_object(obj_id)

    def follow(self, obj_id: str) -> None:
        """Keep the panel on the selection's real stack (it changes with a mode, technique or migration)."""
        self.selected_id = obj_id
        self.panel.set_selection(*selection_stack(self.window.doc.world, obj_id))

    def _changed(self, obj_id: str = "") -> None:
        w = self.window.doc.world
        if self.selected_id and (obj_id in (self.selected_id, "")
                                 or self.selected_id in w.guests and w.guests[self.selected_id].host_id == obj_id):
            self.follow(self.selected_id)

    def show_object(self, obj_id: str) -> None:
        self.follow(obj_id)
        cid = concept_for_object(self.window.doc.world, obj_id)
        if cid:
            self.panel.show_concept(cid)

    def _tab_changed(self, index: int) -> None:
        obj_id = getattr(self.window.tabs.widget(index), "obj_id", "")
        if obj_id:
            self.show_object(obj_id)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isinstance(new, (QComboBox, QCheckBox)):
            return
        name = new.objectName()
        if name not in SETTING_PREFIX and name != "eptCheck":
            return
        if new.window() is not self.window and new.window().parent() is not self.window:
            return
        if not new.property("learnConnected"):  # follow later changes of the same widget too
            new.setProperty("learnConnected", True)
            if isinstance(new, QComboBox):
                new.currentIndexChanged.connect(lambda _i, w=new: self.show_setting(w))
        self.show_setting(new)

    def show_setting(self, widget: QWidget) -> None:
        value = widget.currentData() if isinstance(widget, QComboBox) else None
        cid = concept_for_setting(widget.objectName(), value)
        if cid:
            self.panel.show_concept(cid)

    # --- actions ---------------------------------------------------------------------------
    def open_compare(self) -> CompareView:
        tabs = self.window.tabs
        if self.compare is None or tabs.indexOf(self.compare) < 0:
            from gui.dialogs.compare_view import CompareView  # noqa: PLC0415 (first use: see the top)

            self.compare = CompareView()
            self.compare.destroyed.connect(self._compare_gone)
            tabs.addTab(self.compare, icons.icon("graph"), self.tr("Compare Stacks"))
        tabs.setCurrentWidget(self.compare)
        return self.compare

    def _compare_gone(self, *_args) -> None:
        self.compare = None

    def open_host_check(self) -> HostCheckDialog:
        from gui.dialogs.host_check import HostCheckDialog  # noqa: PLC0415 (first use: see the top)

        self.host_check = HostCheckDialog(self.window)
        self.host_check.open()
        return self.host_check


def install(window) -> None:
    window.learn = LearnFeature(window)
