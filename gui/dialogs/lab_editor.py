"""Lab → Edit Lab…: the lab's title, brief and goals, in English and Chinese side by side.

Goals are added (by type), removed and reordered in a list; the selected one
is edited in a ``GoalForm``.  Beside each goal the list shows whether the lab
as it is now meets it (a live preview: it follows the world's ticks), so an
instructor can build the solution in the window and see the goals turn green.
OK writes the texts and goals into the lab's ``meta`` (the file is saved as
usual); a goal the form cannot make is reported in ``problem`` and keeps the
dialog open.  Texts are plain text.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from core.course.goals import GOAL_TYPES, Goal, GoalError
from gui.dialogs.goal_form import GoalForm
from gui.shell import icons
from gui.text.lab_texts import lab_texts, ui_language
from gui.text.substitute import fill

ZH = "zh_CN"
# A goal as a new one starts: the fields its type requires, with the lab's first ids.
_NEW = {"image_cached": {"image": "nginx"}, "host_metric_above": {"metric": "cpu_pct"},
        "host_mode": {"mode": "hybrid"}, "guest_on_mode": {"mode": "container"},
        "technique_used": {"technique": "para"}, "guest_event": {"event": "reset"},
        "image_pulled": {"image": "nginx"}, "mode_changed": {"mode": "hybrid"},
        "path_watched": {"path": "instruction"}}


class LabEditor(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("labEditor")
        self.setWindowTitle(self.tr("Edit Lab"))
        self.w, self.doc = window, window.doc
        meta = window.files.meta
        zh = meta.i18n.get(ZH, {})
        self.goals: list[dict] = [g.to_dict() for g in meta.goals]
        zh_goals = list(zh.get("goals", []))
        self.zh_goals: list[str] = (zh_goals + [""] * len(self.goals))[:len(self.goals)]
        self.problem = ""
        self._current = -1

        self.title = QLineEdit(meta.title, self)
        self.title.setObjectName("labTitle")
        self.title_zh = QLineEdit(zh.get("title", ""), self)
        self.title_zh.setObjectName("labTitleZh")
        self.brief = QPlainTextEdit(meta.description, self)
        self.brief.setObjectName("labBrief")
        self.brief_zh = QPlainTextEdit(zh.get("description", ""), self)
        self.brief_zh.setObjectName("labBriefZh")
        texts = QGridLayout()
        texts.addWidget(QLabel(self.tr("English"), self), 0, 1)
        texts.addWidget(QLabel(self.tr("Chinese"), self), 0, 2)
        texts.addWidget(QLabel(self.tr("Title:"), self), 1, 0)
        texts.addWidget(self.title, 1, 1)
        texts.addWidget(self.title_zh, 1, 2)
        texts.addWidget(QLabel(self.tr("Brief:"), self), 2, 0, Qt.AlignmentFlag.AlignTop)
        texts.addWidget(self.brief, 2, 1)
        texts.addWidget(self.brief_zh, 2, 2)

        self.list = QListWidget(self)
        self.list.setObjectName("goalList")
        self.list.currentRowChanged.connect(self._select)
        add = QPushButton(self.tr("Add Goal"), self)
        add.setObjectName("addGoal")
        self.add_menu = QMenu(add)
        for t in GOAL_TYPES:
            self.add_menu.addAction(t, lambda t=t: self.add_goal(t))
        add.setMenu(self.add_menu)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        for name, text, slot in (("removeGoal", self.tr("Remove"), self.remove_goal),
                                 ("goalUp", self.tr("Move Up"), lambda: self.move_goal(-1)),
                                 ("goalDown", self.tr("Move Down"), lambda: self.move_goal(1))):
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.form = GoalForm(self.doc.world, self)
        self.form.changed.connect(self._form_changed)
        goals_box = QGroupBox(self.tr("Goals (a tick: the lab as it is now meets it)"), self)
        row = QHBoxLayout(goals_box)
        row.addWidget(self.list, 2)
        row.addLayout(buttons)
        row.addWidget(self.form, 3)

        self.error = QLabel(self)
        self.error.setObjectName("labEditorProblem")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(texts)
        layout.addWidget(goals_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.doc.ticked.connect(self.preview)
        self._fill()
        self.resize(1000, 640)

    # --- the list of goals --------------------------------------------------------------
    def _label(self, i: int) -> str:
        d = self.goals[i]
        zh = self.zh_goals[i] if ui_language().startswith("zh") else ""
        return f"{i + 1}. {zh or d.get('text') or d['type']}"

    def _fill(self, select: int = 0) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for i in range(len(self.goals)):
            item = QListWidgetItem(self._label(i))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._current = -1
        self.form.setEnabled(bool(self.goals))
        if self.goals:
            self.list.setCurrentRow(max(0, min(select, len(self.goals) - 1)))
        self.preview()

    def _select(self, row: int) -> None:
        self._store()
        self._current = row
        if 0 <= row < len(self.goals):
            self.form.load(self.goals[row], self.zh_goals[row])

    def _store(self) -> bool:
        """Keep what the form holds for the goal being edited; False (and ``problem``) if it cannot be a goal."""
        i = self._current
        if not 0 <= i < len(self.goals):
            return True
        try:
            self.goals[i] = self.form.data()
        except (GoalError, TypeError, ValueError) as e:
            self._set_problem(fill(self.tr("Goal %1: %2"), str(i + 1), str(e)))
            return False
        self.zh_goals[i] = self.form.zh_text()
        self._set_problem("")
        return True

    def _form_changed(self) -> None:
        if self._store() and 0 <= self._current < len(self.goals):
            self.list.item(self._current).setText(self._label(self._current))
            self.preview()

    def add_goal(self, goal_type: str) -> None:
        self._store()
        d = {"type": goal_type, **_NEW.get(goal_type, {})}
        if goal_type == "guest_on_host":  # the first guest, or an id still to be typed in
            d["guest"] = next(iter(self.doc.world.guests), "")
        self.goals.append(Goal.from_dict(d).to_dict())
        self.zh_goals.append("")
        self._fill(len(self.goals) - 1)

    def remove_goal(self) -> None:
        i = self.list.currentRow()
        if 0 <= i < len(self.goals):
            self._current = -1  # nothing to keep from the form
            del self.goals[i], self.zh_goals[i]
            self._fill(i)

    def move_goal(self, step: int) -> None:
        i = self.list.currentRow()
        j = i + step
        if self._store() and 0 <= i < len(self.goals) and 0 <= j < len(self.goals):
            self.goals[i], self.goals[j] = self.goals[j], self.goals[i]
            self.zh_goals[i], self.zh_goals[j] = self.zh_goals[j], self.zh_goals[i]
            self._current = -1
            self._fill(j)

    def preview(self) -> None:
        """Tick each goal the lab meets as it is now (durations and history aside)."""
        world = self.doc.world
        for i, d in enumerate(self.goals):
            item = self.list.item(i)
            try:
                met = Goal.from_dict(d).holds(world)
            except (GoalError, TypeError, ValueError, KeyError):
                met = False
            item.setIcon(icons.icon("goal_met" if met else "goal_open"))
            item.setData(Qt.ItemDataRole.UserRole, met)

    def preview_states(self) -> list[bool]:
        return [bool(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def _set_problem(self, text: str) -> None:
        self.problem = text
        self.error.setText(text)

    # --- the result ---------------------------------------------------------------------
    def accept(self) -> None:
        if not self._store():
            return
        files = self.w.files
        meta = files.meta
        meta.title = self.title.text().strip()
        meta.description = self.brief.toPlainText().strip()
        meta.goals = [Goal.from_dict(d) for d in self.goals]
        i18n = copy.deepcopy(meta.i18n)
        zh = {k: v for k, v in i18n.get(ZH, {}).items() if k not in ("title", "description", "goals")}
        for key, value in (("title", self.title_zh.text().strip()), ("description", self.brief_zh.toPlainText().strip())):
            if value:
                zh[key] = value
        if any(self.zh_goals):
            zh["goals"] = list(self.zh_goals)
        if zh:
            i18n[ZH] = zh
        else:
            i18n.pop(ZH, None)
        meta.i18n = i18n
        self.doc.ticked.disconnect(self.preview)
        super().accept()
        title, brief, _texts = lab_texts(meta.title, meta.description, [], meta.i18n)
        self.w.lab_info = (title, brief)
        files.lab_changed.emit()  # the Lab panel follows the new texts and goals
        files.set_dirty()
        self.w.update_title()

    def reject(self) -> None:
        try:
            self.doc.ticked.disconnect(self.preview)
        except (RuntimeError, TypeError):  # already disconnected
            pass
        super().reject()
