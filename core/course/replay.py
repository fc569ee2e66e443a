"""Replay a student's record from the original lab, and judge the goals on the replay.

The engine is deterministic: the same lab, seed, edits at the same simulated
times and the same clock steps give the same world.  So a grader never needs
to trust a submitted world; it rebuilds it from the record:

* the world steps from one item's time to the next with the step size the
  record says the window used (``tick`` items), so the sums of time match the
  student's window exactly;
* an edit (or a redo) is checked and applied as the window did; an undo
  applies the inverse the window applied, which must be the inverse the
  replay's own undo stack holds at that point (a forged record cannot
  apply an unchecked "inverse");
* an ``open`` item rebuilds the world from its saved form, as reopening the
  file did in the window (time starts again at 0; the goal times add up);
* the lab's goals are followed by a ``GoalTracker`` on the replay.

Anything that cannot be replayed (a broken item, an edit the rules refuse
where the student's window allowed it, time running backwards, a record cut
short) is a ``ReplayError`` with a short reason.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field

from core.course.goals import Goal, GoalTracker
from core.edits import Edit, perform
from core.edits.codec import CodecError, decode
from core.files.errors import ScenarioError
from core.files.record import KINDS, Record
from core.files.scenario import loads_scenario, world_to_dict
from core.sim import rules
from core.sim.world import World

# Bounds a hostile record: a lab session at 4 ticks a second for a day is ~350,000 steps.
MAX_STEPS = 1_000_000
MAX_DT = 3600.0  # assumption: no speed setting steps more than an hour of simulated time at once
# Float sums of the same steps are exact, so this only absorbs a hand-written time.
EPS = 1e-9


class ReplayError(ValueError):
    """The record cannot be replayed; the message says why (and which item)."""


@dataclass
class Replay:
    world: World  # the world at the end of the record
    goals: list[Goal]
    met_at: list[float | None]  # simulated seconds (over all sessions) when each goal was first met
    sim_time: float = 0.0  # simulated seconds the student spent, over all sessions
    actions: int = 0  # edits, undos and redos
    undos: int = 0
    clock: int = 0  # run, pause, speed and single-step actions
    sessions: int = 1
    history: list[tuple[float, str]] = field(default_factory=list)  # (time, edit class) for a report


class _Goals:
    """A tracker per session (a reopened lab is a new world), one list of times."""

    def __init__(self, goals: list[Goal]):
        self.goals, self.met_at = goals, [None] * len(goals)
        self.offset, self.tracker = 0.0, None

    def follow(self, world: World, offset: float) -> None:
        if self.tracker is not None:
            self.tracker.close()
        self.offset = offset
        self.tracker = GoalTracker(world, self.goals)
        self.tracker.listeners.append(lambda i: self._met(i, world))
        for i, met in enumerate(self.tracker.met):
            if met:
                self._met(i, world)

    def _met(self, i: int, world: World) -> None:
        if self.met_at[i] is None:
            self.met_at[i] = self.offset + world.time

    def close(self) -> None:
        if self.tracker is not None:
            self.tracker.close()


def _time(item: dict, where: str) -> float:
    t = item.get("t")
    if isinstance(t, bool) or not isinstance(t, (int, float)) or not math.isfinite(t) or t < 0:
        raise ReplayError(f"{where}.t: not a simulated time")
    return float(t)


def _kind(item: object, where: str) -> str:
    if not isinstance(item, dict):
        raise ReplayError(f"{where}: not an object")
    kinds = [k for k in KINDS if k in item]
    extra = set(item) - {"t", "speed", *KINDS}
    if len(kinds) != 1 or extra:
        raise ReplayError(f"{where}: not a record item")
    return kinds[0]


def _reload(world: World) -> World:
    """The world as the window rebuilt it from the saved file."""
    try:
        return loads_scenario(json.dumps(world_to_dict(world)), source="replay").world
    except ScenarioError as e:  # a saved world the loader refuses: the window could not have opened it
        raise ReplayError(f"the saved lab could not be reopened: {e.problem}") from None


def replay(lab_text: str, record: Record, max_steps: int = MAX_STEPS) -> Replay:
    """Replay ``record`` from the lab whose file text is ``lab_text``."""
    lab = loads_scenario(lab_text, source="lab")
    world = lab.world
    goals = _Goals(lab.goals)
    goals.follow(world, 0.0)
    out = Replay(world, lab.goals, goals.met_at)
    dt: float | None = None
    steps, offset, kind, stack = 0, 0.0, "", _UndoStack()
    try:
        for i, item in enumerate(record.items):
            where = f"record.items[{i}]"
            kind = _kind(item, where)
            t = _time(item, where)
            if kind == "open":
                offset += world.time
                world = _reload(world)
                goals.follow(world, offset)
                stack = _UndoStack()  # opening a lab clears the window's undo stack
                out.sessions += 1
                continue
            if t < world.time - EPS:
                raise ReplayError(f"{where}.t: time runs backwards ({t:g} s after {world.time:g} s)")
            while world.time < t - EPS:
                if dt is None:
                    raise ReplayError(f"{where}: time passes before the record says the clock's step")
                steps += 1
                if steps > max_steps:
                    raise ReplayError(f"the record runs longer than {max_steps} simulation steps")
                world.step(dt)
            if kind == "tick":
                value = item["tick"]
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= MAX_DT:
                    raise ReplayError(f"{where}.tick: not a step size")
                dt = float(value)
            elif kind == "clock":
                out.clock += 1
            elif kind in ("edit", "redo", "undo"):
                _apply(world, stack, kind, item[kind], where)
                out.actions += 1
                out.undos += kind == "undo"
                out.history.append((offset + world.time, item[kind].get("edit", "?")))
        if kind != "save":
            raise ReplayError("the record is cut short: it does not end with a save")
    finally:
        goals.close()
    out.world, out.sim_time = world, offset + world.time
    return out


class _UndoStack:
    """The window's undo stack, rebuilt: an undo or redo in a record must be the one the window
    could do at that point, so a forged record cannot slip in an unchecked "inverse"."""

    def __init__(self):
        self.steps: list[list[Edit]] = []  # [edit, its latest inverse]
        self.index = 0

    def apply(self, world: World, kind: str, edit: Edit, where: str) -> None:
        if kind == "edit":
            inverse = perform(world, edit)
            del self.steps[self.index:]
            self.steps.append([edit, inverse])
            self.index += 1
        elif kind == "undo":
            if self.index == 0 or self.steps[self.index - 1][1] != edit:
                raise ReplayError(f"{where}: this undo is not the undo of the step before it")
            verdict = edit.check(world)  # what the window asked; an undo only puts back what was there
            if not verdict:
                raise rules.RuleError(verdict)
            edit.apply(world)
            self.index -= 1
        else:
            if self.index >= len(self.steps) or self.steps[self.index][0] != edit:
                raise ReplayError(f"{where}: this redo is not the step that was undone")
            self.steps[self.index][1] = perform(world, edit)
            self.index += 1


def _apply(world: World, stack: _UndoStack, kind: str, data: object, where: str) -> None:
    try:
        edit = decode(data, f"{where}.{kind}")
    except CodecError as e:
        raise ReplayError(str(e)) from None
    try:
        stack.apply(world, kind, edit, where)
    except ReplayError:
        raise
    except rules.RuleError as e:
        raise ReplayError(f"{where}: the replay refuses this {kind}: {e.verdict.message}") from None
    except (KeyError, ValueError, TypeError, AttributeError) as e:  # an edit naming what is not there
        raise ReplayError(f"{where}: this {kind} does not fit the lab at this point ({type(e).__name__})") from None
