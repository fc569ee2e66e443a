"""Lab goals: declarative, typed conditions over the world, checked every tick.

A scenario lists goals as plain data (never code), for example::

    {"type": "host_mode", "host": "lab-1", "mode": "bare-metal"}
    {"type": "running_guests", "host": "lab-1", "kind": "vm", "at_least": 2}
    {"type": "guest_on_mode", "kind": "container", "mode": "container", "at_least": 1}
    {"type": "technique_used", "technique": "para", "at_least": 1}
    {"type": "cpu_below", "host": "*", "pct": 90, "for_seconds": 30}
    {"type": "image_cached", "host": "docker-pc", "image": "nginx"}
    {"type": "perf_at_least", "kind": "vm", "pct": 90, "at_least": 1}
    {"type": "host_metric_above", "host": "srv", "metric": "balloon_mb", "value": 0}
    {"type": "guest_on_host", "guest": "web", "host": "server-b"}

``GoalTracker`` follows a world and keeps each goal's state; a goal with a
duration must hold for that long in simulated time to count as met, and once
met it stays met (a lab sheet ticks a box, it does not un-tick it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.files.excerpt import excerpt
from core.model.catalog import IMAGES
from core.model.kinds import GuestKind, GuestState, Mode, Technique
from core.sim.metrics import HOST_METRICS
from core.sim.world import Event, World

GOAL_TYPES = ("host_mode", "running_guests", "guest_on_mode", "technique_used", "cpu_below",
              "image_cached", "perf_at_least", "host_metric_above", "guest_on_host")


# Goals read the last tick's sample, so they are checked only when a tick has happened.
METRIC_TYPES = frozenset({"cpu_below", "perf_at_least", "host_metric_above"})

_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "text": (str,), "host": (str,), "mode": (str,), "kind": (str,), "technique": (str,),
    "at_least": (int,), "pct": (float, int), "for_seconds": (float, int),
    "image": (str,), "metric": (str,), "value": (float, int), "guest": (str,),
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
    image: str | None = None  # image_cached: an image id from core.model.catalog
    metric: str | None = None  # host_metric_above: a name from core.sim.metrics.HOST_METRICS
    value: float = 0.0  # host_metric_above: the metric must exceed this
    guest: str | None = None  # guest_on_host: a guest id
    params: dict = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def from_dict(cls, d: dict) -> Goal:
        if not isinstance(d, dict):
            raise GoalError("a goal must be an object")
        t = d.get("type")
        if t not in GOAL_TYPES:
            raise GoalError(f"type: unknown goal type {excerpt(t)}; known: {', '.join(GOAL_TYPES)}")
        known = {f for f in cls.__dataclass_fields__ if f != "params"}
        extra = set(d) - known
        if extra:
            name = sorted(map(str, extra))[0]
            raise GoalError(f"{name if name.isidentifier() and len(name) <= 40 else excerpt(name, 40)}: not a goal field")
        for name, types in _FIELD_TYPES.items():  # types first: the checks below compare values
            v = d.get(name)
            if v is not None and (not isinstance(v, types) or isinstance(v, bool) or v != v):
                raise GoalError(f"{name}: wrong type: expected {types[0].__name__}, got {type(v).__name__}")
            if isinstance(v, float) and abs(v) > 1e12:
                raise GoalError(f"{name}: out of range")
        choices = (("mode", "mode", {m.value for m in Mode}), ("kind", "guest kind", {k.value for k in GuestKind}),
                   ("technique", "technique", {x.value for x in Technique}), ("image", "image", set(IMAGES)),
                   ("metric", "host metric", set(HOST_METRICS)))
        for name, what, allowed in choices:
            if d.get(name) is not None and d[name] not in allowed:
                raise GoalError(f"{name}: unknown {what} {excerpt(d[name])}; known: {', '.join(sorted(allowed))}")
        needs = {"image_cached": "image", "host_metric_above": "metric", "guest_on_host": "guest"}.get(t)
        if needs and d.get(needs) is None:
            raise GoalError(f"{needs}: required for a {t} goal")
        if (d.get("at_least") or 0) < 0 or (d.get("for_seconds") or 0) < 0:
            raise GoalError("at_least/for_seconds: must not be negative")
        return cls(**{k: v for k, v in d.items() if k in known and v is not None})  # null = default

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
        if self.type == "image_cached":
            layers = IMAGES[self.image].layers
            return any(set(layers) <= h.image_cache for h in hosts)
        if self.type == "perf_at_least":
            s = world.latest
            rows = [s.guest(g.id) for g in running] if s is not None else []
            return sum(r is not None and r["perf"] * 100 >= self.pct for r in rows) >= self.at_least
        if self.type == "host_metric_above":
            s = world.latest
            rows = [s.host(h.id) for h in hosts] if s is not None else []
            return any(r is not None and r[self.metric] > self.value for r in rows)
        if self.type == "guest_on_host":
            g = world.guests.get(self.guest)
            return g is not None and g.host_id in ids and g.state is GuestState.RUNNING
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
        # Goals on metrics wait for the tick: between ticks the last sample is stale
        # (a guest that just finished booting still shows its boot-time figures).
        self.evaluate(metrics=ev.kind == "tick")

    @property
    def all_met(self) -> bool:
        return bool(self.goals) and all(self.met)

    def evaluate(self, metrics: bool = True) -> None:
        now = self.world.time
        for i, goal in enumerate(self.goals):
            if self.met[i] or (not metrics and goal.type in METRIC_TYPES):
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
