"""The Lab panel: the open lab's brief and its goals, ticking live.

A dock (``labDock``) holding ``LabPanel`` (``labPanel``): the title
(``labPanelTitle``), the brief (``labBrief``), one row per goal in ``labGoals``
(item data ``MET_ROLE``: True once met), the count (``labProgress``) and, when
every goal is met, a summary (``labSummary``).  A ``core.goals.GoalTracker``
follows the world; the panel only reads its answers.

Texts come from the lab file and are shown as plain text.  When the user
interface is Chinese and the lab has ``i18n.zh_CN`` texts, those are shown.
This module also lists the bundled labs under Help → Labs and gives the Home
tab's lab list the translated titles and the goals.
"""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QListWidget, QListWidgetItem, QMenu, QVBoxLayout, QWidget

from core.goals import Goal, GoalError, GoalTracker

from . import icons
from .reasons import enum_word

MET_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_HEADER_BYTES = 5 * 1024 * 1024  # as core.scenario.MAX_BYTES


def ui_language() -> str:
    """The language of the user interface, e.g. "zh_CN" (app.py sets QLocale's default)."""
    return QLocale().name()


def _language_key(i18n: dict, lang: str | None = None) -> str | None:
    """The key of ``i18n`` for ``lang`` (exact, else the same language), or None."""
    lang = lang or ui_language()
    if lang in i18n:
        return lang
    base = lang.split("_")[0]
    return next((code for code in i18n if code.split("_")[0] == base), None)


def localized(i18n: dict, lang: str | None = None) -> dict:
    """The lab's texts for ``lang`` (exact, else same language), or {}."""
    code = _language_key(i18n, lang)
    return i18n[code] if code is not None else {}


# A step number ("2. ") after the end of a sentence or a colon, Latin or Chinese.
_STEP = re.compile(r"(?<=[.:;!?。：；！？)）])\s*(?=(\d{1,2})\.\s)")


def brief_text(text: str) -> str:
    """A lab's brief with its numbered steps on lines of their own (plain text).

    Bundled labs put a line break before each step; a brief written as one
    paragraph whose steps are numbered 1., 2., ... in order is split the same
    way.  Anything else is left as it is.
    """
    text = text.strip()
    if "\n" in text:
        return text
    lines, start, want = [], 0, 1
    for m in _STEP.finditer(text):
        if int(m.group(1)) == want:
            lines.append(text[start:m.start()].rstrip())
            start, want = m.end(), want + 1
    if want < 3:  # fewer than two steps: not a list
        return text
    lines.append(text[start:])
    return "\n".join(line for line in lines if line)


def brief_html(text: str) -> str:
    """The brief for a rich-text tooltip: escaped, a line per step."""
    return escape(brief_text(text)).replace("\n", "<br>")


def lab_summary(path: Path) -> tuple[str, str, list[str]]:
    """(title, brief, goal texts) of a lab file in the UI language, from its JSON alone.

    Validating every bundled lab in full would cost half a second at start-up
    (pydantic, building each world); a lab is validated when it is opened.
    A file that cannot be read gives its name and the reason.
    """
    try:
        if path.stat().st_size > MAX_HEADER_BYTES:
            return path.stem, "", []
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return path.stem, str(e), []
    if not isinstance(data, dict):
        return path.stem, "", []
    i18n = data.get("i18n") if isinstance(data.get("i18n"), dict) else {}
    t = localized({k: v for k, v in i18n.items() if isinstance(v, dict)})
    title = t.get("title") or data.get("title")
    brief = t.get("description") or data.get("description")
    goals = []
    raw_goals = data.get("goals") if isinstance(data.get("goals"), list) else []
    texts = t.get("goals") if isinstance(t.get("goals"), list) else []
    for i, raw in enumerate(raw_goals):
        if i < len(texts) and isinstance(texts[i], str) and texts[i]:
            goals.append(texts[i])
            continue
        try:
            goals.append(goal_text(Goal.from_dict(raw)))
        except (GoalError, TypeError, ValueError):
            continue
    return (title if isinstance(title, str) and title else path.stem,
            brief if isinstance(brief, str) else "", goals)


def lab_header(path: Path) -> tuple[str, str]:
    """(title, brief) of a lab file in the UI language; see ``lab_summary``."""
    title, brief, _goals = lab_summary(path)
    return title, brief


def lab_texts(title: str, description: str, goals: list[Goal], i18n: dict,
              lang: str | None = None) -> tuple[str, str, list[str]]:
    """(title, brief, goal texts) in the UI language where the lab translates them."""
    t = localized(i18n, lang)
    texts = list(t.get("goals", ()))
    goal_texts = [texts[i] if i < len(texts) and texts[i] else goal_text(g) for i, g in enumerate(goals)]
    return t.get("title") or title, t.get("description") or description, goal_texts


def localize_names(world, i18n: dict, lang: str | None = None) -> dict:
    """Give the hosts and guests of a just-opened lab its names in the UI language.

    Returns ``i18n`` without the names it used: from now on the names are the
    world's own, so what the student sees is what is saved, and a lab saved
    after a rename reopens with that rename.  Names stay plain text.
    """
    code = _language_key(i18n, lang)
    names = i18n[code].get("names") if code is not None else None
    if not names:
        return i18n
    for obj_id, name in names.items():
        if (obj_id in world.hosts or obj_id in world.guests) and isinstance(name, str) and name:
            world.rename(obj_id, name)
    rest = {k: v for k, v in i18n[code].items() if k != "names"}
    return {**i18n, code: rest}


def goal_text(goal: Goal) -> str:
    """The goal's own ``text``, or a sentence made from its fields."""
    if goal.text:
        return goal.text
    host = goal.host if goal.host != "*" else QCoreApplication.translate("LabPanel", "any host")
    t = goal.type
    if t == "host_mode":
        s = QCoreApplication.translate("LabPanel", "Host %1 runs in %2 mode").replace("%2", enum_word("mode", str(goal.mode)))
    elif t == "running_guests":
        s = QCoreApplication.translate("LabPanel", "At least %2 guests (%3) run on %1").replace("%3", goal.kind or "vm/container")
    elif t == "guest_on_mode":
        s = QCoreApplication.translate("LabPanel", "At least %2 guests run on %3 hosts").replace("%3", enum_word("mode", str(goal.mode)))
    elif t == "technique_used":
        s = QCoreApplication.translate("LabPanel", "At least %2 running VMs use %3 virtualization").replace("%3", enum_word("technique", str(goal.technique)))
    elif t == "cpu_below":
        s = QCoreApplication.translate("LabPanel", "CPU of %1 stays below %3 % for %4 s").replace("%3", f"{goal.pct:g}").replace(
            "%4", f"{goal.for_seconds:g}")
    elif t == "image_cached":
        s = QCoreApplication.translate("LabPanel", "Image %3 is pulled to %1").replace("%3", str(goal.image))
    elif t == "perf_at_least":
        s = QCoreApplication.translate("LabPanel", "At least %2 guests reach %3 % of native speed on %1").replace("%3", f"{goal.pct:g}")
    elif t == "host_metric_above":
        s = QCoreApplication.translate("LabPanel", "%3 of %1 rises above %4").replace("%3", str(goal.metric)).replace(
            "%4", f"{goal.value:g}")
    else:  # guest_on_host
        s = QCoreApplication.translate("LabPanel", "Guest %3 runs on %1").replace("%3", str(goal.guest))
    return s.replace("%1", host).replace("%2", str(goal.at_least))


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
        self.progress.setText(self.tr("%1 of %2 goals met").replace("%1", str(n)).replace("%2", str(total))
                              if total else self.tr("This lab has no goals: explore freely."))
        done = t.all_met
        self.summary.setText(self.tr("All goals met. Well done: this lab is complete.") if done else "")
        self.summary.setVisible(done)
        if done and not self._announced:
            self.doc.logged.emit("info", self.tr("Lab complete: all %1 goals met").replace("%1", str(total)))
        self._announced = done

    def goal_states(self) -> list[tuple[str, bool]]:
        return [(self.goals.item(i).text(), bool(self.goals.item(i).data(MET_ROLE)))
                for i in range(self.goals.count())]


def _bundled() -> list[tuple[Path, str, str, list[str]]]:
    """(path, title, brief, goal texts) of every bundled lab, in the UI language."""
    from .home_tab import bundled_labs

    return [(path, *lab_summary(path)) for path in bundled_labs()]


def _home_labs(window, labs) -> None:
    """The Home tab lists the same labs: give its items translated titles and the goals."""
    from .home_tab import PATH_ROLE

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
