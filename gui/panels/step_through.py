"""Step Through: watch one instruction, one memory access or one I/O request cross a
guest's stack, hop by hop, over the live layer graph (a feature of
``gui.shell.extensions``).

The dock (``stepThroughDock``) holds ``StepThroughPanel`` (``stepThrough``): tabs for
the three kinds (``stepKinds``), the operation (``stepOp``), the guest
(``stepGuest``) and a second guest to compare with (``stepCompareGuest``), the
controls (``stepBack``, ``stepPlay``, ``stepForward``, ``stepRestart``,
``stepSpeed``) and two ``PathColumn``s.  Each step outlines the current hop's node
of both guests in the layer graph (``GraphView.mark_nodes``).  Keys while the dock
has focus: Right / Left step, Space plays or pauses, Home restarts.

The paths are core data (``core.course.mechanisms``); this module only shows them.

Signals (``StepThroughPanel``):
    completed(guest_id, kind, op) -- the last hop of the guest's path was reached
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import edits
from core.course.mechanisms import KINDS, OPS, PathError, path_for
from gui.panels.step_through_column import PathColumn
from gui.shell import icons
from gui.text import path_texts as pt
from gui.text.substitute import fill

SPEEDS = (0.5, 1.0, 2.0, 4.0)  # steps per second when playing
# Which view a Learn topic leads to.
LEARN_KIND = {"mechanism:instruction": "instruction", "mechanism:memory": "memory", "mechanism:io": "io",
              "technique:full": "instruction", "technique:para": "instruction",
              "technique:hardware": "instruction", "ept": "memory", "io:emulated": "io",
              "io:paravirtual": "io", "io:passthrough": "io"}


class StepThroughPanel(QWidget):
    # (guest id, kind, op): the student reached the last hop of the guest's path.  A hook for
    # lab goals that need the steps ("step a page-table update on Xen PV and on KVM with EPT").
    completed = Signal(str, str, str)

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepThrough")
        self.w, self.doc = window, window.doc
        self.kind = KINDS[0]
        self.step = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)

        self.kinds = QTabBar(self)
        self.kinds.setObjectName("stepKinds")
        for k in KINDS:
            self.kinds.addTab(pt.kind_name(k))
        self.kinds.currentChanged.connect(lambda i: self.show_path(kind=KINDS[i]))
        self.op = self._combo("stepOp", self.tr("The operation to follow"))
        self.op.activated.connect(lambda _i: self.restart())
        self.guest = self._combo("stepGuest", self.tr("The guest whose stack is shown"))
        self.guest.activated.connect(lambda _i: self.restart())
        self.compare = self._combo("stepCompareGuest", self.tr("A second guest, to compare its stack side by side"))
        self.compare.activated.connect(lambda _i: self.restart())
        self.speed = self._combo("stepSpeed", self.tr("Steps per second while playing"))
        for s in SPEEDS:
            self.speed.addItem(fill(self.tr("%1 steps/s"), f"{s:g}"), s)
        self.speed.setCurrentIndex(1)
        self.speed.activated.connect(lambda _i: self._set_interval())

        self.back = self._button("stepBack", "mdi6.skip-previous", self.tr("Step back"), "Left", self.step_back)
        self.play = self._button("stepPlay", "mdi6.play", self.tr("Play / pause"), "Space", self.toggle_play)
        self.forward = self._button("stepForward", "mdi6.skip-next", self.tr("Step forward"), "Right",
                                    self.step_forward)
        self.again = self._button("stepRestart", "mdi6.restart", self.tr("Back to the first step"), "Home",
                                  self.restart)
        self.position = QLabel(self)
        self.position.setObjectName("stepPosition")

        self.primary = PathColumn("stepPrimary", self)
        self.second = PathColumn("stepCompare", self)
        for col in (self.primary, self.second):
            col.on_row = self.go
        self.columns = QSplitter(Qt.Orientation.Horizontal, self)
        self.columns.addWidget(self.primary)
        self.columns.addWidget(self.second)
        self.columns.setStretchFactor(0, 3)  # the first guest's explanation gets the most room
        self.columns.setStretchFactor(1, 2)

        what, who = QHBoxLayout(), QHBoxLayout()
        for row, label, combo in ((what, self.tr("Operation:"), self.op), (who, self.tr("Guest:"), self.guest),
                                  (who, self.tr("Compare with:"), self.compare)):
            row.addWidget(QLabel(label, self))
            row.addWidget(combo, 1)
        controls = QHBoxLayout()
        for b in (self.again, self.back, self.play, self.forward):
            controls.addWidget(b)
        controls.addWidget(self.position, 1)
        controls.addWidget(self.speed)
        lay = QVBoxLayout(self)
        lay.addWidget(self.kinds)
        lay.addLayout(what)
        lay.addLayout(who)
        lay.addLayout(controls)
        # When the dock is short, the columns scroll rather than squeeze into each other.
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("stepColumns")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.columns)
        lay.addWidget(self.scroll, 1)

        d = self.doc
        # Guest lists follow guests one by one, before the paths are redone (20,000 guests).
        d.guest_added.connect(self._guest_added)
        d.guest_removed.connect(self._guest_removed)
        d.guest_changed.connect(self._guest_renamed)
        for sig in (d.guest_added, d.guest_removed, d.guest_changed, d.guest_moved, d.host_changed):
            sig.connect(self.refresh)
        d.world_replaced.connect(self._fill_guests)
        d.world_replaced.connect(self.refresh)
        self._fill_ops()
        self._fill_guests()
        self.refresh()

    def _combo(self, name: str, tip: str) -> QComboBox:
        c = QComboBox(self)
        c.setObjectName(name)
        c.setToolTip(tip)
        c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        c.setMinimumContentsLength(8)
        return c

    def _button(self, name: str, glyph: str, text: str, keys: str, slot) -> QToolButton:

        act = QAction(icons.glyph(glyph, color=self.palette().color(self.palette().ColorRole.WindowText)), text, self)
        act.setObjectName(name + "Action")
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.setToolTip(f"{text} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        act.triggered.connect(lambda _c=False: slot())
        self.addAction(act)
        b = QToolButton(self)
        b.setObjectName(name)
        b.setDefaultAction(act)
        return b

    # --- what is shown ------------------------------------------------------------------
    def _fill_ops(self) -> None:
        current = self.op.currentData()
        self.op.clear()
        for op in OPS[self.kind]:
            self.op.addItem(pt.op_name(op), op)
        i = self.op.findData(current)
        self.op.setCurrentIndex(max(0, i))

    def _fill_guests(self) -> None:
        world = self.doc.world
        for combo, blank in ((self.guest, None), (self.compare, self.tr("(none)"))):
            current = combo.currentData()
            combo.clear()
            if blank is not None:
                combo.addItem(blank, "")
            for gid, g in world.guests.items():
                combo.addItem(g.name, gid)  # plain text: names come from files
            i = combo.findData(current)
            combo.setCurrentIndex(i if i >= 0 else 0)

    def _guest_added(self, gid: str) -> None:
        g = self.doc.world.guests.get(gid)
        if g is None:
            return
        for combo in (self.guest, self.compare):
            if combo.findData(gid) < 0:
                combo.addItem(g.name, gid)  # last, as in world.guests; plain text: names come from files

    def _guest_removed(self, gid: str) -> None:
        for combo in (self.guest, self.compare):
            i = combo.findData(gid)
            current = combo.currentIndex()
            combo.removeItem(i)  # (-1: none to remove)
            if i >= 0 and i == current:
                combo.setCurrentIndex(0)  # the first guest, or "(none)" for the comparison

    def _guest_renamed(self, gid: str) -> None:
        g = self.doc.world.guests.get(gid)
        for combo in (self.guest, self.compare):
            i = combo.findData(gid)
            if g is not None and i >= 0 and combo.itemText(i) != g.name:
                combo.setItemText(i, g.name)

    def show_path(self, guest_id: str | None = None, kind: str | None = None, op: str | None = None) -> None:
        """Show ``kind`` (and ``op``) for ``guest_id``, from the first step."""
        if kind and kind != self.kind:
            self.kind = kind
            self.kinds.blockSignals(True)
            self.kinds.setCurrentIndex(KINDS.index(kind))
            self.kinds.blockSignals(False)
            self._fill_ops()
        if op:
            self.op.setCurrentIndex(max(0, self.op.findData(op)))
        if guest_id:
            self.guest.setCurrentIndex(max(0, self.guest.findData(guest_id)))
        self.restart()

    def compare_with(self, guest_id: str) -> None:
        self.compare.setCurrentIndex(max(0, self.compare.findData(guest_id)))
        self.restart()

    def refresh(self, *_args) -> None:
        """The world changed: rebuild the paths, keep the step where it can stay."""
        world = self.doc.world
        for col, combo in ((self.primary, self.guest), (self.second, self.compare)):
            gid = combo.currentData() or ""
            try:
                col.set_path(world, path_for(world, gid, self.kind, self.op.currentData()) if gid else None)
            except PathError:
                col.set_path(world, None)
        self.second.setVisible(self.second.path is not None)
        self.go(self.step)

    def restart(self) -> None:
        self.step = 0
        self.primary.step = self.second.step = 0
        self.refresh()

    def length(self) -> int:
        return max((len(c.path.hops) for c in (self.primary, self.second) if c.path), default=0)

    def go(self, step: int) -> None:
        n = self.length()
        self.step = max(0, min(step, n - 1)) if n else 0
        for col in (self.primary, self.second):
            col.set_step(self.step)
        self.position.setText(fill(self.tr("Step %1 of %2"), str(self.step + 1), str(n))
                              if n else self.tr("Add a guest to step through its stack."))
        self.back.setEnabled(self.step > 0)
        self.forward.setEnabled(self.step < n - 1)
        self.w.graph.mark_nodes(self.current_nodes() if self.isVisible() else [])
        p = self.primary.path
        if p is not None and n and self.step == len(p.hops) - 1:
            self.completed.emit(p.guest, p.kind, p.op)

    def current_nodes(self) -> list[str]:
        return [c.current_node() for c in (self.primary, self.second) if c.path]

    # --- stepping -----------------------------------------------------------------------
    def step_forward(self) -> None:
        self.go(self.step + 1)

    def step_back(self) -> None:
        self.go(self.step - 1)

    def _set_interval(self) -> None:
        self.timer.setInterval(round(1000 / (self.speed.currentData() or 1.0)))

    def toggle_play(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
        else:
            if self.step >= self.length() - 1:
                self.go(0)
            self._set_interval()
            self.timer.start()
        self._update_play_icon()

    def _update_play_icon(self) -> None:

        glyph = "mdi6.pause" if self.timer.isActive() else "mdi6.play"
        self.play.defaultAction().setIcon(icons.glyph(glyph, color=self.palette().color(self.palette().ColorRole.WindowText)))

    def _tick(self) -> None:
        if self.step >= self.length() - 1:
            self.timer.stop()
            self._update_play_icon()
            return
        self.step_forward()

    def resizeEvent(self, event) -> None:  # side by side when there is room, else one above the other
        super().resizeEvent(event)
        wide = self.width() >= 600
        self.columns.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        # One above the other there is room for one explanation: the first guest's.
        self.second.text.setVisible(wide)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.go(self.step)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()
        self.w.graph.mark_nodes([])


class StepThroughFeature(QObject):
    """The dock, its menu entries, toolbar button and the Learn panel's button."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self._panel: StepThroughPanel | None = None
        self.dock = QDockWidget(self.tr("Step Through"), window)
        self.dock.setObjectName("stepThroughDock")
        # The dock starts hidden: its panel is built when it is first shown or used (start-up).
        # Its view action follows the dock's visibility (View menu, restored layout, tabs).
        self.dock.toggleViewAction().toggled.connect(self._shown)
        self.dock.visibilityChanged.connect(self._shown)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        right = [d for d in window.findChildren(QDockWidget) if d is not self.dock
                 and window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
        if right:
            window.tabifyDockWidget(right[0], self.dock)
        self.dock.hide()
        window.actions.view_menu.addAction(self.dock.toggleViewAction())
        vm = window.actions.menus["menuVm"]
        vm.addSeparator()
        self.actions = {}
        for kind, text, keys in (("instruction", self.tr("Ste&p Through an Instruction"), "Ctrl+Shift+I"),
                                 ("memory", self.tr("Step Through a Memor&y Access"), "Ctrl+Shift+A"),
                                 ("io", self.tr("Step Through an I/O Re&quest"), "Ctrl+Shift+O")):
            act = QAction(text, window)
            act.setObjectName("actionStepThrough_" + kind)
            act.setShortcut(QKeySequence(keys))
            act.setStatusTip(self.tr("Follow it hop by hop through the selected guest's stack"))
            act.triggered.connect(lambda _c=False, k=kind: self.open(k))
            vm.addAction(act)
            self.actions[kind] = act
        # Right-click menus (gui.shell.context_menus) copy the VM menu, so these are there too.
        self.toolbar_action = QAction(icons.icon("step_through"), self.tr("Step Through"), window)
        self.toolbar_action.setObjectName("actionStepThrough")
        self.toolbar_action.setToolTip(self.tr("Step through an instruction, a memory access or an I/O request "
                                               "on the selected guest's stack"))
        self.toolbar_action.triggered.connect(lambda _c=False: self.open(self.panel.kind))
        window.toolbar.addSeparator()
        window.toolbar.addAction(self.toolbar_action)
        self._learn_button()

    def _shown(self, shown: bool) -> None:
        if shown:
            self.panel  # noqa: B018 (the property builds it)

    @property
    def panel(self) -> StepThroughPanel:
        """The dock's panel, built on first use (not on screen at start-up: bench/bench_startup.py)."""
        if self._panel is None:
            self._panel = StepThroughPanel(self.w)
            # Reaching a path's last hop is something the student did: lab goals and the record see it.
            self._panel.completed.connect(
                lambda guest, kind, op: self.w.doc.note(edits.WatchPath(guest, kind, op)))
            self.dock.setWidget(self._panel)
        return self._panel

    def open(self, kind: str, guest_id: str = "") -> None:
        gid = guest_id or self.w.current_guest() or next(iter(self.w.doc.world.guests), "")
        if not gid:
            self.w.statusBar().showMessage(QCoreApplication.translate(
                "StepThrough", "Add a guest to step through its stack."), 8000)
        self.dock.show()
        self.dock.raise_()
        self.panel.show_path(gid, kind)
        self.panel.primary.hops.setFocus()  # so the step keys work at once

    def _learn_button(self) -> None:
        """A button in the Learn panel for the topics a step-through explains."""
        from PySide6.QtWidgets import QPushButton

        learn = getattr(self.w, "learn", None)
        if learn is None:
            return
        panel = learn.panel
        self.learn_button = QPushButton(self.tr("Step Through It…"), panel)
        self.learn_button.setObjectName("learnStepThrough")
        self.learn_button.setToolTip(self.tr("Watch it happen on the selected guest's stack"))
        self.learn_button.clicked.connect(lambda: self.open(LEARN_KIND.get(panel.concept_id, "instruction")))
        panel.layout().addWidget(self.learn_button)
        panel.topics.currentIndexChanged.connect(self._learn_topic)
        self._learn_topic()

    def _learn_topic(self, *_args) -> None:
        self.learn_button.setVisible(self.w.learn.panel.topics.currentData() in LEARN_KIND)


def install(window) -> None:
    window.step_through = StepThroughFeature(window)
