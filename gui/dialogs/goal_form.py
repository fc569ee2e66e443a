"""One lab goal as a form: the fields its type uses, each as a proper widget.

``GoalForm.load(data, zh_text)`` shows a goal (its ``Goal.to_dict()`` form);
``GoalForm.data()`` gives it back as a dict for ``Goal.from_dict``, with only
the fields its type uses.  Host and guest fields offer the lab's ids (and keep
an id the lab no longer has, so nothing is lost silently).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from core.course.goals import GUEST_EVENTS, PATH_KINDS, Goal
from core.course.mechanisms import OPS
from core.model.catalog import IMAGES
from core.model.kinds import GuestKind, Mode, Technique
from core.sim.metrics import HOST_METRICS
from core.sim.world import World
from gui.text.reasons import enum_word

# Which fields each goal type reads (core/course/goals.py ``Goal.holds``); every goal may
# also ask to hold for a while (``for_seconds``).
FIELDS: dict[str, tuple[str, ...]] = {
    "host_mode": ("host", "mode"),
    "running_guests": ("host", "kind", "at_least"),
    "guest_on_mode": ("host", "kind", "mode", "at_least"),
    "technique_used": ("host", "technique", "at_least"),
    "cpu_below": ("host", "pct"),
    "image_cached": ("host", "image"),
    "perf_at_least": ("host", "kind", "pct", "at_least"),
    "host_metric_above": ("host", "metric", "value"),
    "guest_on_host": ("guest", "host"),
    # Goals met by something happening, not by a state (core/course/goals.py EVENT_TYPES).
    "guest_event": ("host", "guest", "kind", "event"),
    "migration_done": ("guest", "host", "kind"),
    "snapshot_reverted": ("guest", "host"),
    "image_pulled": ("host", "image"),
    "mode_changed": ("host", "from_mode", "mode"),
    "path_watched": ("host", "kind", "technique", "path"),
}
# Fields every goal has: a name others can wait for, and the goal this one waits for.
COMMON = ("goal_id", "after")
_ANY = "*"
# Everything the form has a widget for; other fields of a goal (added by later goal types,
# such as an ordering) are kept as they were.
_FORM_KEYS = {"type", "text", "for_seconds", "id", "after",
              *(f for fields in FIELDS.values() for f in fields)}


class GoalForm(QWidget):
    changed = Signal()

    def __init__(self, world: World, parent=None):
        super().__init__(parent)
        self.world = world
        self.type = ""
        self._kept: dict = {}
        form = QFormLayout(self)
        self.text = QLineEdit(self)
        self.text.setObjectName("goalText")
        self.text_zh = QLineEdit(self)
        self.text_zh.setObjectName("goalTextZh")
        self.host = self._combo("goalHost")
        self.guest = self._combo("goalGuest")
        self.guest.setEditable(True)  # a goal may name a guest the student will make (its id)
        self.mode = self._combo("goalMode", [m.value for m in Mode], "mode")
        self.kind = self._combo("goalKind", ["", *(k.value for k in GuestKind)], "kind")
        self.technique = self._combo("goalTechnique", [t.value for t in Technique], "technique")
        self.image = self._combo("goalImage", list(IMAGES))
        self.metric = self._combo("goalMetric", list(HOST_METRICS))
        self.event = self._combo("goalEvent", list(GUEST_EVENTS))
        self.from_mode = self._combo("goalFromMode", ["", *(m.value for m in Mode)], "mode")
        self.path = self._combo("goalPath", [*PATH_KINDS, *(f"{k}:{op}" for k in PATH_KINDS for op in OPS[k])])
        self.goal_id = QLineEdit(self)
        self.goal_id.setObjectName("goalId")
        self.goal_id.setPlaceholderText(self.tr("optional: a name other goals can wait for"))
        self.after = QLineEdit(self)
        self.after.setObjectName("goalAfter")
        self.after.setPlaceholderText(self.tr("optional: the name or number of the goal to meet first"))
        self.at_least = QSpinBox(self)
        self.at_least.setObjectName("goalAtLeast")
        self.at_least.setRange(0, 10_000)
        self.pct = self._double("goalPct", 0, 100, " %")
        self.value = self._double("goalValue", -1e9, 1e9, "")
        self.for_seconds = self._double("goalForSeconds", 0, 86_400, " s")
        self.rows = {
            "text": (self.tr("Text (English):"), self.text), "text_zh": (self.tr("Text (Chinese):"), self.text_zh),
            "host": (self.tr("Host:"), self.host), "guest": (self.tr("Guest id:"), self.guest),
            "mode": (self.tr("Mode:"), self.mode), "kind": (self.tr("Guest kind:"), self.kind),
            "technique": (self.tr("Technique:"), self.technique), "image": (self.tr("Image:"), self.image),
            "metric": (self.tr("Host metric:"), self.metric), "at_least": (self.tr("At least:"), self.at_least),
            "pct": (self.tr("Percent:"), self.pct), "value": (self.tr("Above:"), self.value),
            "for_seconds": (self.tr("Holds for:"), self.for_seconds),
            "path": (self.tr("Step-through view:"), self.path),
            "event": (self.tr("What happens:"), self.event), "from_mode": (self.tr("From mode:"), self.from_mode),
            "goal_id": (self.tr("Goal name:"), self.goal_id), "after": (self.tr("Only after goal:"), self.after),
        }
        for label, widget in self.rows.values():
            form.addRow(label, widget)
        self.text.textEdited.connect(self.changed)
        self.text_zh.textEdited.connect(self.changed)
        self.goal_id.textEdited.connect(self.changed)
        self.after.textEdited.connect(self.changed)
        self.guest.editTextChanged.connect(lambda _text: self.changed.emit())
        for spin in (self.at_least, self.pct, self.value, self.for_seconds):
            spin.valueChanged.connect(self.changed)

    def _combo(self, name: str, items: list[str] | None = None, words: str = "") -> QComboBox:
        """``words``: the value_names key that puts the values into the user's words."""
        box = QComboBox(self)
        box.setObjectName(name)
        for item in items or ():
            box.addItem((enum_word(words, item) if words else item) if item else self.tr("(any)"), item)
        box.activated.connect(lambda _i: self.changed.emit())
        return box

    def _double(self, name: str, low: float, high: float, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSuffix(suffix)
        return spin

    @staticmethod
    def _pick(box: QComboBox, value: str | None) -> None:
        value = value or ""
        i = box.findData(value)
        if i < 0:  # an id the lab does not have (any more): keep it rather than lose it
            box.addItem(value, value)
            i = box.count() - 1
        box.setCurrentIndex(i)

    def load(self, data: dict, zh_text: str = "") -> None:
        """Show one goal: ``data`` is its ``to_dict()``."""
        goal = Goal.from_dict(data)
        self.type = goal.type
        self._kept = {k: v for k, v in data.items() if k not in _FORM_KEYS}
        self.host.clear()
        self.host.addItem(self.tr("any host"), _ANY)
        for h in self.world.hosts.values():
            self.host.addItem(f"{h.name} ({h.id})", h.id)
        self.guest.clear()
        for g in self.world.guests.values():
            self.guest.addItem(g.id, g.id)
            self.guest.setItemData(self.guest.count() - 1, g.name, Qt.ItemDataRole.ToolTipRole)
        self.text.setText(goal.text)
        self.text_zh.setText(zh_text)
        for name in ("host", "guest", "mode", "kind", "technique", "image", "metric", "event", "from_mode", "path"):
            self._pick(getattr(self, name), getattr(goal, name))
        self.goal_id.setText(goal.id or "")
        # The list numbers goals from 1; the file counts from 0.
        after = goal.after
        self.after.setText("" if after is None else str(after + 1) if isinstance(after, int) else after)
        self.at_least.setValue(goal.at_least)
        self.pct.setValue(goal.pct)
        self.value.setValue(goal.value)
        self.for_seconds.setValue(goal.for_seconds)
        used = {"text", "text_zh", "for_seconds", *COMMON, *FIELDS.get(goal.type, ())}
        form: QFormLayout = self.layout()
        for name, (_label, widget) in self.rows.items():
            form.setRowVisible(widget, name in used)

    def data(self) -> dict:
        """The goal being edited, as a dict for ``Goal.from_dict`` (defaults left out)."""
        d: dict = {**self._kept, "type": self.type, "text": self.text.text().strip()}
        for name in FIELDS.get(self.type, ()):
            widget = getattr(self, name)
            d[name] = widget.currentData() if isinstance(widget, QComboBox) else widget.value()
        if "guest" in d:
            d["guest"] = self.guest.currentText().strip() or None
        d["for_seconds"] = self.for_seconds.value()
        for name in ("kind", "from_mode"):
            if d.get(name) == "":
                d[name] = None
        d["id"] = self.goal_id.text().strip() or None
        after = self.after.text().strip()
        d["after"] = int(after) - 1 if after.isdigit() and int(after) > 0 else (after or None)  # number or name
        return Goal.from_dict({k: v for k, v in d.items() if v is not None}).to_dict()

    def zh_text(self) -> str:
        return self.text_zh.text().strip()
