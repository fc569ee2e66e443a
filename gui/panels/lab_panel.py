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
from PySide6.QtWidgets import QDockWidget, QLabel, QListWidget, QListWidgetItem, QMenu, QVBoxLayout, QWidget

from core.course.goals import GoalTracker
from gui.shell import icons
from gui.tabs.home_tab import PATH_ROLE, bundled_labs
from gui.text.lab_texts import brief_html, brief_text, lab_summary, lab_texts
from gui.text.substitute import fill

MET_ROLE = Qt.ItemDataRole.UserRole + 1


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
        for w in (self.title, self.brief, self.goals, self.progress, self.summary):
            lay.addWidget(w)
        lay.setStretch(2, 1)
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
        title, brief, texts = lab_texts(meta.title, meta.description, meta.goals, meta.i18n)
        self.title.setText(title or self.tr("Untitled lab"))
        self.brief.setText(brief_text(brief))
        self.brief.setVisible(bool(brief))
        self.goals.clear()
        self._announced = False
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
        for i, met in enumerate(t.met):
            if self._shown[i] is met:
                continue  # item by item: only what changed
            self._shown[i] = met
            item = self.goals.item(i)
            item.setData(MET_ROLE, met)
            item.setIcon(icons.icon("goal_met" if met else "goal_open"))
        n, total = sum(t.met), len(t.goals)
        self.progress.setText(fill(self.tr("%1 of %2 goals met"), str(n), str(total))
                              if total else self.tr("This lab has no goals: explore freely."))
        done = t.all_met
        self.summary.setText(self.tr("All goals met. Well done: this lab is complete.") if done else "")
        self.summary.setVisible(done)
        if done and not self._announced:
            self.doc.logged.emit("info", fill(self.tr("Lab complete: all %1 goals met"), str(total)))
        self._announced = done

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
    right = [d for d in window.findChildren(QDockWidget) if d is not dock
             and window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
    if right:  # share the right side as tabs rather than squeezing both
        window.tabifyDockWidget(right[0], dock)
    window.lab_panel = panel
    window.actions.view_menu.addAction(dock.toggleViewAction())
    def lab_changed() -> None:
        has_goals = bool(window.files.meta.goals)
        dock.setVisible(has_goals)
        if has_goals:
            dock.raise_()  # a lab with goals: show its sheet in front
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
