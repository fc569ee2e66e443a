"""The Lab panel: the open lab's brief and its goals, ticking live.

A dock (``labDock``) holding ``LabPanel`` (``labPanel``): the title
(``labPanelTitle``), the brief (``labBrief``), one row per goal in ``labGoals``
(item data ``MET_ROLE``: True once met), the count (``labProgress``) and, when
every goal is met, a summary (``labSummary``).  A ``core.course.goals.GoalTracker``
follows the world; the panel only reads its answers.

Texts come from the lab file and are shown as plain text.  When the user
interface is Chinese and the lab has ``i18n.zh_CN`` texts, those are shown.
This module also lists the bundled labs under Help → Labs and gives the Home
tab's lab list the translated titles and the goals.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.course.goals import GoalTracker
from gui.shell import icons
from gui.tabs.home_tab import PATH_ROLE, bundled_labs
from gui.text.lab_texts import brief_html, brief_text, lab_summary, lab_texts
from gui.text.substitute import fill

MET_ROLE = Qt.ItemDataRole.UserRole + 1
WAITING_ROLE = Qt.ItemDataRole.UserRole + 2  # True while the goal's ``after`` goal is not met


def next_lab(current: Path | None) -> tuple[Path, str] | None:
    """The bundled lab after ``current`` in course order that has goals, and its title; None at the end."""
    if current is None:
        return None
    labs = bundled_labs()
    try:
        here = next(i for i, p in enumerate(labs) if p.resolve() == Path(current).resolve())
    except StopIteration:
        return None  # a lab of the student's own: no course order to follow
    for path in labs[here + 1:]:
        title, _brief, goals = lab_summary(path)
        if goals:
            return path, title
    return None


def clock_text(seconds: float) -> str:
    """Simulated time as m:ss (h:mm:ss past an hour)."""
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


class LabPanel(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.setObjectName("labPanel")
        self.w = window
        self.doc = window.doc
        self.tracker: GoalTracker | None = None
        lay = QVBoxLayout(self)
        self.title = self._label("labPanelTitle", bold=True)
        self.brief = self._label("labBrief")
        self.goals = QListWidget(self)
        self.goals.setObjectName("labGoals")
        self.goals.setWordWrap(True)
        self.progress = self._label("labProgress")
        self.summary = self._label("labSummary", bold=True)
        self.next_button = QPushButton(self)  # finishing a lab offers the next one in course order
        self.next_button.setObjectName("labNext")
        self.next_button.clicked.connect(self._open_next)
        self.next_button.hide()
        self._next: Path | None = None
        # The brief scrolls on its own: beside Learn the dock may be short (1366×768).
        self.brief_box = QScrollArea(self)
        self.brief_box.setObjectName("labBriefScroll")
        self.brief_box.setWidgetResizable(True)
        self.brief_box.setFrameShape(QFrame.Shape.NoFrame)
        self.brief_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.brief_box.setWidget(self.brief)
        self.brief.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for w in (self.title, self.brief_box, self.goals, self.progress, self.summary, self.next_button):
            lay.addWidget(w)
        lay.setStretch(1, 2)
        lay.setStretch(2, 3)
        d = self.doc
        d.world_replaced.connect(self.rebuild)
        for sig in (d.ticked, d.host_changed, d.host_added, d.host_removed, d.guest_added, d.guest_removed,
                    d.guest_changed, d.guest_moved, d.guest_state_changed):
            sig.connect(self.refresh)
        self.rebuild()

    def _label(self, name: str, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # lab texts come from files
        label.setWordWrap(True)
        if bold:
            f = label.font()
            f.setBold(True)
            label.setFont(f)
        return label

    def rebuild(self) -> None:
        """A new world (or lab): follow it with a new tracker."""
        if self.tracker is not None:
            self.tracker.close()
        meta = self.w.files.meta
        self.tracker = GoalTracker(self.doc.world, meta.goals)
        # An event goal is met after the document has relayed the change: show it then.
        self.tracker.listeners.append(lambda _i: self.show_goals())
        title, brief, texts = lab_texts(meta.title, meta.description, meta.goals, meta.i18n)
        self._texts = texts
        self.title.setText(title or self.tr("Untitled lab"))
        self.brief.setText(brief_text(brief))
        self.brief_box.setVisible(bool(brief))
        self.goals.clear()
        self._announced = False
        self._next = None
        self.next_button.hide()
        for text in texts:
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.goals.addItem(item)
        self._shown = [None] * len(texts)
        self.refresh()

    def refresh(self, *_args) -> None:
        t = self.tracker
        if t is None:
            return
        t.evaluate(metrics=False)  # the document hears of a change before the tracker does
        self.show_goals()

    def show_goals(self) -> None:
        """Tick, wait or open: each goal row, item by item (only what changed)."""
        t = self.tracker
        for i, met in enumerate(t.met):
            shown = (met, t.ready(i))
            if self._shown[i] == shown:
                continue
            self._shown[i] = shown
            item = self.goals.item(i)
            item.setData(MET_ROLE, met)
            item.setData(WAITING_ROLE, not shown[1])
            item.setIcon(icons.icon("goal_met" if met else "goal_open"))
            item.setForeground(self.palette().color(QPalette.ColorGroup.Disabled if not shown[1] else
                                                    QPalette.ColorGroup.Active, QPalette.ColorRole.Text))
            # A tooltip is rich text when it looks like it: escape the lab's words inside a <p>.
            item.setToolTip(f"<p>{escape(self._goal_tip(i))}</p>")
        n, total = sum(t.met), len(t.goals)
        self.progress.setText(fill(self.tr("%1 of %2 goals met"), str(n), str(total))
                              if total else self.tr("This lab has no goals: explore freely."))
        done = t.all_met
        self.summary.setText(self.tr("All goals met. Well done: this lab is complete.") if done else "")
        self.summary.setVisible(done)
        if done != self._announced:  # just finished (or undone): offer the next lab, or stop offering
            following = next_lab(self.doc.path) if done else None
            self._next = following[0] if following else None
            if following:
                self.next_button.setText(fill(self.tr("Next lab: %1"), following[1]))
                self.next_button.setToolTip(following[1])
            self.next_button.setVisible(following is not None)
        if done and not self._announced:
            self.doc.logged.emit("info", fill(self.tr("Lab complete: all %1 goals met"), str(total)))
        self._announced = done

    def _open_next(self) -> None:
        if self._next is not None:
            self.w.files.request_open(self._next)

    def _goal_tip(self, i: int) -> str:
        """Plain text: when the goal was met, or which goal it waits for."""
        t = self.tracker
        if t.met[i]:
            return fill(self.tr("Met at %1 of simulated time"), clock_text(t.when[i] or 0.0))
        j = t.after[i]
        if j is not None and not t.met[j]:
            return fill(self.tr("Counts once goal %1 is met: %2"), str(j + 1), self._texts[j])
        return self.tr("Not met yet")

    def goal_states(self) -> list[tuple[str, bool]]:
        return [(self.goals.item(i).text(), bool(self.goals.item(i).data(MET_ROLE)))
                for i in range(self.goals.count())]


def _bundled() -> list[tuple[Path, str, str, list[str]]]:
    """(path, title, brief, goal texts) of every bundled lab, in the UI language."""
    return [(path, *lab_summary(path)) for path in bundled_labs()]


def _home_labs(window, labs) -> None:
    """The Home tab lists the same labs: give its items translated titles and the goals."""
    by_path = {str(p): (title, brief, goals) for p, title, brief, goals in labs}
    lst = window.home.lab_list
    for i in range(lst.count()):
        item = lst.item(i)
        found = by_path.get(item.data(PATH_ROLE))
        if found:
            title, brief, goals = found
            item.setText(title)
            rows = "".join(f"<li>{escape(g)}</li>" for g in goals)
            item.setToolTip(f"<p><b>{escape(title)}</b></p><p>{brief_html(brief)}</p>"
                            + (f"<ul>{rows}</ul>" if rows else ""))


def install(window) -> None:
    panel = LabPanel(window)
    dock = QDockWidget(QCoreApplication.translate("MainWindow", "Lab"), window)
    dock.setObjectName("labDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    learn = window.findChild(QDockWidget, "learnDock")
    if learn is not None and window.dockWidgetArea(learn) == Qt.DockWidgetArea.RightDockWidgetArea:
        # The brief above the explanation, both in sight: a student reads the
        # goal and what it means without switching tabs.
        window.splitDockWidget(dock, learn, Qt.Orientation.Vertical)
    window.lab_panel = panel
    window.actions.view_menu.addAction(dock.toggleViewAction())
    def lab_changed() -> None:
        has_goals = bool(window.files.meta.goals)
        dock.setVisible(has_goals)
        if has_goals:
            dock.raise_()  # a lab with goals: show its sheet in front
            learn = window.findChild(QDockWidget, "learnDock")
            if learn is not None and learn.isVisible() and not dock.isFloating():
                # A dock shown late gets its minimum height: give the sheet about half of the side.
                half = max(window.height() // 2 - 60, 200)
                window.resizeDocks([dock, learn], [half, half], Qt.Orientation.Vertical)
        panel.rebuild()

    window.files.lab_changed.connect(lab_changed)
    dock.setVisible(bool(window.files.meta.goals))

    labs = _bundled()
    menu = QMenu(QCoreApplication.translate("LabPanel", "&Labs"), window)
    menu.setObjectName("menuLabs")
    for path, title, brief, _goals in labs:
        act = menu.addAction(icons.icon("demo"), title.replace("&", "&&"))
        act.setObjectName("actionLab_" + path.stem)
        act.setStatusTip(" ".join(brief.split())[:200])  # the status bar shows one line
        act.triggered.connect(lambda _c=False, p=path: window.files.request_open(p))
    help_menu = window.actions.menus["menuHelp"]
    help_menu.insertMenu(help_menu.actions()[0], menu)
    help_menu.insertSeparator(help_menu.actions()[1])
    _home_labs(window, labs)
