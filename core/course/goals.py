"""Lab goals: declarative, typed conditions over the world, on states and on events.

A scenario lists goals as plain data (never code).  *State* goals hold while
the world is in some state, checked after every change and tick::

    {"type": "host_mode", "host": "lab-1", "mode": "bare-metal"}
    {"type": "running_guests", "host": "lab-1", "kind": "vm", "at_least": 2}
    {"type": "guest_on_mode", "kind": "container", "mode": "container", "at_least": 1}
    {"type": "technique_used", "technique": "para", "at_least": 1}
    {"type": "cpu_below", "host": "*", "pct": 90, "for_seconds": 30}
    {"type": "image_cached", "host": "docker-pc", "image": "nginx"}
    {"type": "perf_at_least", "kind": "vm", "workload": "cpu", "pct": 90, "at_least": 1}
    {"type": "host_metric_above", "host": "srv", "metric": "balloon_mb", "value": 0}
    {"type": "guest_on_host", "guest": "web", "host": "server-b"}

*Event* goals are met when something is done, which a state cannot tell (a
VM that was reset looks like one that was never touched)::

    {"type": "guest_event", "event": "reset", "host": "a", "at_least": 1}
        a guest was reset / "crashed" / "powered_off" (or any of them: "stopped")
        while at least ``at_least`` other guests on its host kept running
    {"type": "migration_done", "guest": "web", "host": "server-b"}  # arrived running
    {"type": "snapshot_reverted", "guest": "web"}
    {"type": "image_pulled", "host": "docker-pc", "image": "nginx"}
    {"type": "mode_changed", "host": "pc", "from_mode": "native", "mode": "hybrid"}
    {"type": "path_watched", "path": "instruction:page-table", "technique": "para"}  # stepped to the end

Any goal may name another with ``after`` (its ``id``, or its index in the
list; it must come earlier): it counts only once that one is met, so a goal
can stand for "step 3" of a lab sheet rather than for a state the lab starts in.

``GoalTracker`` follows a world and keeps each goal's state and the simulated
time it was met; a goal with a duration must hold for that long to count, and
once met it stays met (a lab sheet ticks a box, it does not un-tick it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.files.excerpt import excerpt
from core.model.catalog import IMAGES
from core.model.kinds import GuestKind, GuestState, Mode, Technique
from core.model.workloads import WORKLOADS
from core.sim.metrics import HOST_METRICS
from core.sim.world import Event, World

STATE_TYPES = ("host_mode", "running_guests", "guest_on_mode", "technique_used", "cpu_below",
               "image_cached", "perf_at_least", "host_metric_above", "guest_on_host")
EVENT_TYPES = ("guest_event", "migration_done", "snapshot_reverted", "image_pulled", "mode_changed",
               "path_watched")
# What a path_watched goal may name: a step-through view, or a view and its operation.
PATH_KINDS = ("instruction", "memory", "io")
GOAL_TYPES = STATE_TYPES + EVENT_TYPES
GUEST_EVENTS = ("reset", "crashed", "powered_off", "stopped")

# Goals read the last tick's sample, so they are checked only when a tick has happened.
METRIC_TYPES = frozenset({"cpu_below", "perf_at_least", "host_metric_above"})

_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "text": (str,), "host": (str,), "mode": (str,), "kind": (str,), "technique": (str,),
    "at_least": (int,), "pct": (float, int), "for_seconds": (float, int),
    "image": (str,), "metric": (str,), "value": (float, int), "guest": (str,),
    "id": (str,), "after": (str, int), "event": (str,), "from_mode": (str,), "workload": (str,),
    "path": (str,),
}
_MODES = {m.value for m in Mode}


class GoalError(ValueError):
    """A goal description that cannot be understood; names the field."""


@dataclass(frozen=True)
class Goal:
    type: str
    text: str = ""  # what the lab sheet says; shown to students as plain text
    host: str = "*"  # a host id, or "*" for every host
    mode: str | None = None  # host_mode, guest_on_mode; mode_changed: the new mode
    kind: str | None = None
    technique: str | None = None
    at_least: int = 1
    pct: float = 90.0
    for_seconds: float = 0.0
    image: str | None = None  # image_cached / image_pulled: an image id from core.model.catalog
    metric: str | None = None  # host_metric_above: a name from core.sim.metrics.HOST_METRICS
    value: float = 0.0  # host_metric_above: the metric must exceed this
    guest: str | None = None  # guest_on_host (required), event goals (optional): a guest id
    id: str | None = None  # a name other goals' ``after`` can use
    after: str | int | None = None  # another goal's id or index: count this one only once that is met
    event: str | None = None  # guest_event: one of GUEST_EVENTS
    from_mode: str | None = None  # mode_changed: the mode the host left
    workload: str | None = None  # state goals on guests: count only guests running this workload
    # path_watched: "memory", or "memory:page-fault"; ``technique``/``mode`` narrow the guest's stack
    path: str | None = None
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
            if isinstance(v, float | int) and abs(v) > 1e12:
                raise GoalError(f"{name}: out of range")
        choices = (("mode", "mode", _MODES), ("from_mode", "mode", _MODES),
                   ("kind", "guest kind", {k.value for k in GuestKind}),
                   ("technique", "technique", {x.value for x in Technique}), ("image", "image", set(IMAGES)),
                   ("metric", "host metric", set(HOST_METRICS)), ("event", "guest event", set(GUEST_EVENTS)),
                   ("workload", "workload", set(WORKLOADS)))
        for name, what, allowed in choices:
            if d.get(name) is not None and d[name] not in allowed:
                raise GoalError(f"{name}: unknown {what} {excerpt(d[name])}; known: {', '.join(sorted(allowed))}")
        if d.get("path") is not None and d["path"].partition(":")[0] not in PATH_KINDS:
            raise GoalError(f"path: unknown view {excerpt(d['path'])}; known: {', '.join(PATH_KINDS)}")
        needs = {"image_cached": "image", "host_metric_above": "metric", "guest_on_host": "guest",
                 "guest_event": "event", "path_watched": "path"}.get(t)
        if needs and d.get(needs) is None:
            raise GoalError(f"{needs}: required for a {t} goal")
        if (d.get("at_least") or 0) < 0 or (d.get("for_seconds") or 0) < 0:
            raise GoalError("at_least/for_seconds: must not be negative")
        return cls(**{k: v for k, v in d.items() if k in known and v is not None})  # null = default

    def to_dict(self) -> dict:
        defaults = Goal(self.type)
        return {k: getattr(self, k) for k in Goal.__dataclass_fields__
                if k != "params" and (k == "type" or getattr(self, k) != getattr(defaults, k))}

    def summary(self) -> str:
        """The goal's text, or its fields in plain words (for the CLI, which has no translations)."""
        if self.text:
            return self.text
        fields = {k: v for k, v in self.to_dict().items() if k != "type"}
        return self.type + (": " + ", ".join(f"{k}={v}" for k, v in fields.items()) if fields else "")

    @property
    def on_event(self) -> bool:
        return self.type in EVENT_TYPES

    # --- evaluation -------------------------------------------------------------
    def _hosts(self, world: World):
        if self.host == "*":
            return list(world.hosts.values())
        h = world.hosts.get(self.host)
        return [h] if h else []

    def holds(self, world: World) -> bool:
        """Whether a state goal's condition holds now (event goals never hold: they happen)."""
        hosts = self._hosts(world)
        ids = {h.id for h in hosts}
        running = [g for g in world.guests.values()
                   if g.host_id in ids and g.state is GuestState.RUNNING
                   and (self.kind is None or g.kind.value == self.kind)
                   and (self.workload is None or g.workload == self.workload)]
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

    def _guest_matches(self, world: World, guest_id: str) -> bool:
        g = world.guests.get(guest_id)
        return (g is not None and (self.guest is None or self.guest == guest_id)
                and (self.host == "*" or g.host_id == self.host)
                and (self.kind is None or g.kind.value == self.kind))

    def happened(self, world: World, ev: Event) -> bool | set[str]:
        """Whether ``ev`` is what this event goal waits for.

        A guest_event returns the other guests running on that host at the time
        (a set, maybe empty): whether they *kept* running is known only once
        the happening is over (a host panic stops its guests one after another).
        """
        if self.type == "guest_event":
            g = world.guests.get(ev.id)
            if g is None or not self._guest_matches(world, ev.id):
                return False
            what = {"guest_reset": "reset", "guest_powered_off": "powered_off"}.get(ev.kind)
            if ev.kind == "guest_state" and g.state is GuestState.CRASHED:
                what = "crashed"
            if what is None or self.event not in (what, "stopped"):
                return False
            return {o.id for o in world.guests_on(g.host_id) if o.id != ev.id and o.state is GuestState.RUNNING}
        if self.type == "migration_done":
            g = world.guests.get(ev.id)
            return (ev.kind == "migration_done" and self._guest_matches(world, ev.id)
                    and g.state is GuestState.RUNNING)
        if self.type == "snapshot_reverted":
            return ev.kind == "snapshot_reverted" and self._guest_matches(world, ev.id)
        if self.type == "image_pulled":
            return (ev.kind == "image_pulled" and self.host in ("*", ev.id)
                    and self.image in (None, ev.detail))
        if self.type == "path_watched":
            g = world.guests.get(ev.id)
            if ev.kind != "path_watched" or g is None or not self._guest_matches(world, ev.id):
                return False
            kind, _, op = ev.detail.partition(":")
            want_kind, _, want_op = (self.path or "").partition(":")
            stack = g.stack(world.hosts[g.host_id])
            return (kind == want_kind and want_op in ("", op)
                    and (self.technique is None or (g.is_vm and g.config.technique.value == self.technique))
                    and (self.mode is None or stack.mode.value == self.mode))
        if self.type == "mode_changed":
            h = world.hosts.get(ev.id)
            return (ev.kind == "mode_changed" and h is not None and self.host in ("*", ev.id)
                    and self.from_mode in (None, ev.detail) and self.mode in (None, h.mode.value))
        return False


def resolve_after(goals: list[Goal]) -> list[int | None]:
    """Each goal's prerequisite as an index; raises GoalError("<index>: ...") for a bad one."""
    ids: dict[str, int] = {}
    out: list[int | None] = []
    for i, g in enumerate(goals):
        if g.id is not None:
            if g.id in ids:
                raise GoalError(f"{i}: id: {g.id[:80]!r} is used by goal {ids[g.id]} already")
            ids[g.id] = i
        a = g.after
        if a is None:
            out.append(None)
            continue
        j = ids.get(a) if isinstance(a, str) else a
        if j is None or not 0 <= j < i:
            raise GoalError(f"{i}: after: {str(a)[:80]!r} names no goal listed before this one")
        out.append(j)
    return out


class GoalListError(ValueError):
    """A bad goal in a list: ``field`` is its path ("goals[2].after"), ``problem`` what is wrong."""

    def __init__(self, field: str, problem: str):
        super().__init__(f"{field}: {problem}")
        self.field, self.problem = field, problem


def parse_goals(items: list, host_ids: set[str], hosts_must_exist: bool = True) -> list[Goal]:
    """Goals from a scenario's list; the earlier goals they name must exist, and so must the
    hosts, unless ``hosts_must_exist`` is off (a student's saved work may have deleted a host a
    goal names: that goal then simply cannot be met)."""
    goals = []
    for i, d in enumerate(items):
        try:
            goals.append(Goal.from_dict(d))
        except (GoalError, TypeError, ValueError) as e:
            name, sep, problem = str(e).partition(": ")
            simple = sep and name.isidentifier()  # GoalError says "<field>: <problem>"
            where = f"goals[{i}]" + (f".{name}" if simple else "")
            raise GoalListError(where, problem if simple else str(e)) from None
        if hosts_must_exist and goals[-1].host != "*" and goals[-1].host not in host_ids:
            raise GoalListError(f"goals[{i}].host", f"no host has the id {excerpt(goals[-1].host)}")
    try:
        resolve_after(goals)
    except GoalError as e:  # "<index>: <field>: <problem>"
        index, name, problem = str(e).split(": ", 2)
        raise GoalListError(f"goals[{index}].{name}", problem) from None
    return goals


class GoalTracker:
    """Follows a world; ``met[i]`` tells whether goal i has been reached, ``when[i]`` at what time."""

    def __init__(self, world: World, goals: list[Goal]):
        self.world = world
        self.goals = list(goals)
        self.after = resolve_after(self.goals)
        self.met = [False] * len(self.goals)
        self.when: list[float | None] = [None] * len(self.goals)
        self._since: list[float | None] = [None] * len(self.goals)
        # guest_event goals waiting for the next tick: (goal index, guests that were running)
        self._pending: list[tuple[int, set[str]]] = []
        self.listeners: list = []  # callables(index) told when a goal becomes met
        world.subscribe(self._on_event)
        self.evaluate()

    def close(self) -> None:
        self.world.unsubscribe(self._on_event)

    def ready(self, i: int) -> bool:
        """Goal i may count now: it names no prerequisite, or that one is met."""
        j = self.after[i]
        return j is None or self.met[j]

    def _on_event(self, ev: Event) -> None:
        if ev.kind == "tick":
            self._settle()
        else:
            self._happening(ev)
        # Goals on metrics wait for the tick: between ticks the last sample is stale
        # (a guest that just finished booting still shows its boot-time figures).
        self.evaluate(metrics=ev.kind == "tick")

    def _happening(self, ev: Event) -> None:
        for i, goal in enumerate(self.goals):
            if self.met[i] or not goal.on_event or not self.ready(i):
                continue
            got = goal.happened(self.world, ev)
            if isinstance(got, set):
                self._pending.append((i, got))
            elif got:
                self._mark(i)

    def _settle(self) -> None:
        """guest_event goals: the others count if they are still running a tick later."""
        pending, self._pending = self._pending, []
        for i, others in pending:
            kept = [gid for gid in others if gid in self.world.guests
                    and self.world.guests[gid].state is GuestState.RUNNING]
            if not self.met[i] and len(kept) >= self.goals[i].at_least:
                self._mark(i)

    @property
    def all_met(self) -> bool:
        return bool(self.goals) and all(self.met)

    def _mark(self, i: int) -> None:
        self.met[i] = True
        self.when[i] = self.world.time
        for fn in list(self.listeners):
            fn(i)

    def evaluate(self, metrics: bool = True) -> None:
        now = self.world.time
        for i, goal in enumerate(self.goals):
            if self.met[i] or goal.on_event or (not metrics and goal.type in METRIC_TYPES):
                continue
            if not self.ready(i) or not goal.holds(self.world):
                self._since[i] = None
                continue
            if self._since[i] is None:
                self._since[i] = now
            if now - self._since[i] >= goal.for_seconds:
                self._mark(i)

    def report(self) -> list[dict]:
        """Each goal as the CLI prints it: its text, whether it is met, and when (simulated s)."""
        return [{"text": g.summary(), "met": m, "when": None if w is None else round(w, 6)}
                for g, m, w in zip(self.goals, self.met, self.when, strict=True)]
