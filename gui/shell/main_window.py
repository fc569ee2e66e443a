"""The main window, laid out like VMware Workstation.

Library tree and palette on the left, tabs in the middle (Home, one per host,
one per guest), the live layer graph on the right, the event log below, the
status bar at the bottom.  Menus, toolbar and shortcuts live in
``gui.shell.actions``; this class wires widgets to the Document and keeps the
selection (``current_id``) the same in the tree, the tabs and the graph.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from core.files.locations import demo_lab
from gui.document.document import Document
from gui.document.files import DocumentFiles
from gui.graph.view import GraphView
from gui.panels.event_log import EventLog
from gui.panels.library import LibraryPanel
from gui.panels.palette import Palette
from gui.shell import icons
from gui.shell.actions import Actions
from gui.shell.settings import Settings
from gui.shell.status_bar import StatusBar
from gui.tabs.guest_tab import GuestTab
from gui.tabs.home_tab import HomeTab
from gui.tabs.host_tab import HostTab
from gui.text.reasons import reason_text
from gui.text.substitute import fill

# Assumption: the size the layout was designed at; smaller screens get their available area.
DEFAULT_SIZE = (1440, 900)


class MainWindow(QMainWindow):
    def __init__(self, document: Document, settings: Settings | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.doc = document
        self.settings = settings or Settings(parent=self)
        self.current_id = ""
        self.lab_info = ("", "")  # (title, description) of the open lab
        self.error_box: QMessageBox | None = None
        self._tabs: dict[str, QWidget] = {}
        self._stay_on_tab = False  # select without opening the object's tab (a guest card's menu)
        self.setWindowIcon(icons.icon("host"))
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.home = HomeTab(document, self)
        self.tabs.addTab(self.home, icons.icon("home"), self.tr("Home"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.LeftSide, None)
        self.setCentralWidget(self.tabs)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)  # library full height
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)  # Learn too

        self.library = LibraryPanel(document, self)
        self.palette = Palette(self)
        self.graph = GraphView(document, self)
        self.event_log = EventLog(document, self)
        self.docks = {
            "library": self._dock("library", self.tr("Library"), self.library, Qt.DockWidgetArea.LeftDockWidgetArea),
            "palette": self._dock("palette", self.tr("Palette"), self.palette, Qt.DockWidgetArea.LeftDockWidgetArea),
            "graph": self._dock("graphDock", self.tr("Layer Graph"), self.graph, Qt.DockWidgetArea.BottomDockWidgetArea),
            "log": self._dock("eventLog", self.tr("Event Log"), self.event_log, Qt.DockWidgetArea.BottomDockWidgetArea),
        }
        self.status = StatusBar(document, self)
        self.setStatusBar(self.status)

        self.files = DocumentFiles(self)  # open/save/revert/recent; File menu actions call it
        self.actions = Actions(self)
        self.actions.build_menus(self.menuBar())
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolBar")
        self.actions.build_toolbar(self.toolbar)
        self.addToolBar(self.toolbar)
        for dock in self.docks.values():
            self.actions.view_menu.addAction(dock.toggleViewAction())
        self.actions.view_menu.addAction(self.toolbar.toggleViewAction())
        a = self.actions
        self.home.add_quick_actions([a.new_host, a.new_vm, a.open_demo, a.open_lab])

        d = document
        self.library.selected.connect(self.set_current)
        d.drop_hovered.connect(self._drop_hovered)
        self.graph.node_selected.connect(self.set_current)
        self.palette.template_activated.connect(self._add_template_to_selected)
        self.home.lab_chosen.connect(self.files.request_open)  # asks first if there are unsaved changes
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.tabCloseRequested.connect(self._close_tab_at)
        d.host_removed.connect(self._object_removed)
        d.guest_removed.connect(self._object_removed)
        for sig in (d.host_changed, d.guest_changed, d.guest_state_changed, d.guest_moved, d.host_added,
                    d.guest_added):
            sig.connect(self._object_changed)
        d.world_replaced.connect(self._world_replaced)
        d.undo_stack.cleanChanged.connect(self._clean_changed)
        self.settings.valueChanged.connect(self._setting_changed)

        from gui.shell.extensions import install_features  # noqa: PLC0415 (features import this module)

        install_features(self)
        self.resize(*DEFAULT_SIZE)  # until shown: then fitted to the screen it is on
        self._placed = False
        self.update_title()
        self.actions.update_for("")

    def _dock(self, name: str, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._placed:  # dock sizes only stick once the window has its real size
            self._placed = True
            self._place_docks()

    def _fit_to_screen(self, centre: bool) -> None:
        """Keep the whole window, frame included, inside the screen's available area
        (a lab PC's 1366×768 less the task bar); ``centre`` on a first start."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.size()  # title bar and borders
        width = min(self.width(), area.width() - frame.width())
        height = min(self.height(), area.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        box = self.frameGeometry()
        if centre:
            box.moveCenter(area.center())
        box.moveLeft(max(area.left(), min(box.left(), area.right() - box.width() + 1)))
        box.moveTop(max(area.top(), min(box.top(), area.bottom() - box.height() + 1)))
        if box.topLeft() != self.frameGeometry().topLeft():
            self.move(box.topLeft())

    def _place_docks(self) -> None:
        geometry, state = self.settings.value("window/geometry"), self.settings.value("window/state")
        if geometry and state:
            self.restoreGeometry(geometry)
            self.restoreState(state)
            self._fit_to_screen(centre=False)  # saved on a bigger screen than this one
            return
        self._fit_to_screen(centre=True)
        # The layer graph is wide (one column per host) and tall (six layers at a
        # readable zoom): it gets the whole bottom.  The event log joins the
        # feature docks on the right (Learn, Lab) as a tab, or sits beside the graph.
        d = self.docks
        right = [dk for dk in self.findChildren(QDockWidget)
                 if dk is not d["log"] and self.dockWidgetArea(dk) == Qt.DockWidgetArea.RightDockWidgetArea]
        if right:
            learn = self.findChild(QDockWidget, "learnDock") or right[-1]
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, d["log"])
            self.tabifyDockWidget(learn, d["log"])
            learn.raise_()
            side = max(320, min(400, self.width() // 5))  # wider screens: whole names in the library
            self.resizeDocks([d["library"], learn], [side, max(310, side)], Qt.Orientation.Horizontal)
            lab = self.findChild(QDockWidget, "labDock")
            if lab is not None:  # the lab sheet above, the explanation below (Learn keeps the rest)
                self.resizeDocks([lab, learn], [self.height() * 2 // 5, self.height() * 3 // 5],
                                 Qt.Orientation.Vertical)
        else:
            self.splitDockWidget(d["graph"], d["log"], Qt.Orientation.Horizontal)
            self.resizeDocks([d["library"], d["graph"], d["log"]], [290, 800, 300], Qt.Orientation.Horizontal)
        self.resizeDocks([d["library"], d["palette"]], [430, 300], Qt.Orientation.Vertical)
        self.resizeDocks([d["graph"]], [450], Qt.Orientation.Vertical)

    # --- selection: tree, tabs and graph agree -------------------------------------------
    def set_current(self, obj_id: str) -> None:
        world = self.doc.world
        if obj_id and obj_id not in world.hosts and obj_id not in world.guests:
            return
        self.current_id = obj_id
        self.library.select(obj_id)
        if obj_id and not self._stay_on_tab:
            self.open_tab(obj_id)
        self.graph.select(obj_id)
        self.actions.update_for(obj_id)

    def _guest_card_menu(self, guest_id: str, global_pos) -> None:
        """A guest card's right-click: select the guest (the menu's actions act on it) but stay on the host tab."""
        menus = getattr(self, "context_menus", None)
        if menus is None or guest_id not in self.doc.world.guests:
            return
        self._stay_on_tab = True
        try:
            self.set_current(guest_id)
        finally:
            self._stay_on_tab = False
        menus.menu_for(guest_id).popup(global_pos)

    def current_guest(self) -> str:
        return self.current_id if self.current_id in self.doc.world.guests else ""

    def current_host(self) -> str:
        w = self.doc.world
        if self.current_id in w.hosts:
            return self.current_id
        g = w.guests.get(self.current_id)
        return g.host_id if g else ""

    # --- tabs ---------------------------------------------------------------------------
    def open_tab(self, obj_id: str) -> QWidget | None:
        tab = self._tabs.get(obj_id)
        if tab is None:
            world = self.doc.world
            if obj_id in world.hosts:
                tab = HostTab(self.doc, obj_id)
                tab.guest_activated.connect(self.set_current)
                tab.guest_menu_requested.connect(self._guest_card_menu)
            elif obj_id in world.guests:
                tab = GuestTab(self.doc, obj_id)
                tab.settings_requested.connect(self.actions.ask_guest_settings)
            else:
                return None
            self._tabs[obj_id] = tab
            self.tabs.addTab(tab, "")
            self._retitle(obj_id)
        self.tabs.setCurrentWidget(tab)
        return tab

    def tab_for(self, obj_id: str) -> QWidget | None:
        return self._tabs.get(obj_id)

    def _retitle(self, obj_id: str) -> None:
        tab = self._tabs.get(obj_id)
        if tab is None:
            return
        i = self.tabs.indexOf(tab)
        w = self.doc.world
        g = w.guests.get(obj_id)
        name = self.doc.name_of(obj_id)
        self.tabs.setTabText(i, name.replace("&", "&&"))  # "&" would become a mnemonic
        self.tabs.setTabToolTip(i, escape(name))
        self.tabs.setTabIcon(i, icons.state_icon(g.state.value) if g else icons.icon("host"))

    def _tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        self.set_current(getattr(tab, "obj_id", "") if tab is not self.home else "")

    def _close_tab_at(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if tab is None or tab is self.home:
            return
        self._tabs.pop(getattr(tab, "obj_id", ""), None)
        self.tabs.removeTab(index)
        tab.deleteLater()

    def close_current_tab(self) -> None:
        self._close_tab_at(self.tabs.currentIndex())

    def show_home(self) -> None:
        self.tabs.setCurrentWidget(self.home)

    # --- following the document ---------------------------------------------------------
    def _object_removed(self, obj_id: str) -> None:
        tab = self._tabs.get(obj_id)
        if tab is not None:
            self._close_tab_at(self.tabs.indexOf(tab))
        if obj_id == self.current_id:
            self.set_current(self.library.current_id())

    def _object_changed(self, obj_id: str) -> None:
        self._retitle(obj_id)
        if obj_id == self.current_id or obj_id == self.current_host() or not self.current_id:
            self.actions.update_for(self.current_id)

    def _world_replaced(self) -> None:
        for obj_id in list(self._tabs):
            self._close_tab_at(self.tabs.indexOf(self._tabs[obj_id]))
        self.current_id = ""
        self.show_home()
        self.actions.update_for("")
        self.update_title()

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(self.files.modified)

    def update_title(self) -> None:
        title = self.lab_info[0] or (self.doc.path.name if self.doc.path else self.tr("Untitled lab"))
        if self.lab_info[0] and self.doc.path:
            self.setWindowTitle(fill(self.tr("%1 (%2)[*] — VirtLab"), title, self.doc.path.name))
        else:
            self.setWindowTitle(fill(self.tr("%1[*] — VirtLab"), title))
        self.home.set_lab(*self.lab_info)

    def _drop_hovered(self, verdict) -> None:
        if verdict:
            self.status.show_message("")
            return
        text = reason_text(verdict)
        self.status.show_message(text, "warning")
        self.event_log.add("warning", text)

    def _add_template_to_selected(self, kind: str, template_id: str) -> None:
        host = self.current_host()
        if not host:
            self.status.show_message(self.tr("Select a host in the library first, or drag the template onto one."), "warning")
            return
        self.doc.add_guest_from_template(host, kind, template_id)

    def _setting_changed(self, key: str, value) -> None:
        if key == "theme":
            from gui.shell.theme import apply_theme

            apply_theme(value)

    # --- labs ---------------------------------------------------------------------------
    def open_lab(self, path: str | Path, startup: bool = False) -> bool:
        """Load a lab file now, without asking; on failure explain why (and, at start-up, open an empty lab)."""
        return self.files.open(path, startup)

    def show_load_error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot open lab"),
                          self.tr("VirtLab could not open this lab file."), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("loadErrorBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(text)  # plain: the box's text format applies to both
        self.error_box = box
        self.event_log.add("error", text.replace("\n", "; "))
        box.open()  # not exec(): the window stays usable and scripted runs do not block

    def new_lab(self) -> None:
        self.files.new()

    def open_demo(self) -> None:
        self.files.request_open(demo_lab())

    def ask_open_lab(self) -> None:
        self.files.request_open_dialog()

    def save_lab(self, path: str | Path | None = None) -> bool:
        return self.files.save(path)

    def ask_save_lab(self) -> bool:
        return self.files.save_as()

    def closeEvent(self, event) -> None:
        if not self.files.close_event(event):  # unsaved changes: asked; closes later if the user agrees
            return
        self.doc.set_running(False)
        self.settings.set_value("window/geometry", bytes(self.saveGeometry()))
        self.settings.set_value("window/state", bytes(self.saveState()))
        self.settings.set_value("speed", self.doc.speed)
        self.settings.sync()
        super().closeEvent(event)
