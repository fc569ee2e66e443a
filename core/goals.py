"""Lab goals: declarative, typed conditions over the world, checked every tick.

A scenario lists goals as plain data (never code), for example::

    {"type": "host_mode", "host": "lab-1", "mode": "bare-metal"}
    {"type": "running_guests", "host": "lab-1", "kind": "vm", "at_least": 2}
    {"type": "guest_on_mode", "kind": "container", "mode": "container", "at_least": 1}
    {"type": "technique_used", "technique": "para", "at_least": 1}
    {"type": "cpu_below", "host": "*", "pct": 90, "for_seconds": 30}

``GoalTracker`` follows a world and keeps each goal's state; a goal with a
duration must hold for that long in simulated time to count as met, and once
met it stays met (a lab sheet ticks a box, it does not un-tick it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .kinds import GuestKind, GuestState, Mode, Technique
from .world import Event, World

GOAL_TYPES = ("host_mode", "running_guests", "guest_on_mode", "technique_used", "cpu_below")


_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "text": (str,), "host": (str,), "mode": (str,), "kind": (str,), "technique": (str,),
    "at_least": (int,), "pct": (float, int), "for_seconds": (float, int),
}


class GoalError(ValueError):
    """A goal description that cannot be understood; names the field."""


@dataclass(frozen=True)
class Goal:
    type: str
    text: str = ""  # what the lab sheet says; shown to students as plain text
    host: str = "*"  # a host id, or "*" for every host
    mode: str | None = None
    kind: str | None = None
    technique: str | None = None
    at_least: int = 1
    pct: float = 90.0
    for_seconds: float = 0.0
    params: dict = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def from_dict(cls, d: dict) -> Goal:
        if not isinstance(d, dict):
            raise GoalError("a goal must be an object")
        t = d.get("type")
        if t not in GOAL_TYPES:
            raise GoalError(f"type: unknown goal type {t!r}; known: {', '.join(GOAL_TYPES)}")
        if d.get("mode") is not None and d["mode"] not in {m.value for m in Mode}:
            raise GoalError(f"mode: unknown mode {d['mode']!r}")
        if d.get("kind") is not None and d["kind"] not in {k.value for k in GuestKind}:
            raise GoalError(f"kind: unknown guest kind {d['kind']!r}")
        if d.get("technique") is not None and d["technique"] not in {x.value for x in Technique}:
            raise GoalError(f"technique: unknown technique {d['technique']!r}")
        known = {f for f in cls.__dataclass_fields__ if f != "params"}
        extra = set(d) - known
        if extra:
            raise GoalError(f"{sorted(extra)[0]}: not a goal field")
        for name, types in _FIELD_TYPES.items():
            v = d.get(name)
            if v is not None and (not isinstance(v, types) or isinstance(v, bool) or v != v):
                raise GoalError(f"{name}: wrong type: expected {types[0].__name__}, got {type(v).__name__}")
        if d.get("at_least", 1) < 0 or d.get("for_seconds", 0) < 0:
            raise GoalError("at_least/for_seconds: must not be negative")
        return cls(**{k: v for k, v in d.items() if k in known})

    def to_dict(self) -> dict:
        defaults = Goal(self.type)
        return {k: getattr(self, k) for k in Goal.__dataclass_fields__
                if k != "params" and (k == "type" or getattr(self, k) != getattr(defaults, k))}

    # --- evaluation -------------------------------------------------------------
    def _hosts(self, world: World):
        if self.host == "*":
            return list(world.hosts.values())
        h = world.hosts.get(self.host)
        return [h] if h else []

    def holds(self, world: World) -> bool:
        hosts = self._hosts(world)
        ids = {h.id for h in hosts}
        running = [g for g in world.guests.values()
                   if g.host_id in ids and g.state is GuestState.RUNNING
                   and (self.kind is None or g.kind.value == self.kind)]
        if self.type == "host_mode":
            return any(h.mode.value == self.mode for h in hosts)
        if self.type == "running_guests":
            return len(running) >= self.at_least
        if self.type == "guest_on_mode":
            return sum(world.hosts[g.host_id].mode.value == self.mode for g in running) >= self.at_least
        if self.type == "technique_used":
            return sum(g.is_vm and g.config.technique.value == self.technique for g in running) >= self.at_least
        if self.type == "cpu_below":
            s = world.latest
            if s is None or not hosts:
                return False
            return all((s.host(h.id) or {"cpu_pct": 0.0})["cpu_pct"] < self.pct for h in hosts)
        return False


class GoalTracker:
    """Follows a world; ``met[i]`` tells whether goal i has been reached."""

    def __init__(self, world: World, goals: list[Goal]):
        self.world = world
        self.goals = list(goals)
        self.met = [False] * len(self.goals)
        self._since: list[float | None] = [None] * len(self.goals)
        self.listeners: list = []  # callables(index) told when a goal becomes met
        world.subscribe(self._on_event)
        self.evaluate()

    def close(self) -> None:
        self.world.unsubscribe(self._on_event)

    def _on_event(self, ev: Event) -> None:
        self.evaluate()

    @property
    def all_met(self) -> bool:
        return bool(self.goals) and all(self.met)

    def evaluate(self) -> None:
        now = self.world.time
        for i, goal in enumerate(self.goals):
            if self.met[i]:
                continue
            if not goal.holds(self.world):
                self._since[i] = None
                continue
            if self._since[i] is None:
                self._since[i] = now
            if now - self._since[i] >= goal.for_seconds:
                self.met[i] = True
                for fn in list(self.listeners):
                    fn(i)
