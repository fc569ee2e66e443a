"""Students for the grader's tests and benchmark: a lab driven the way the window drives it.

``Student`` stands in for the world that ``tests/core/test_labs.py``'s
solutions drive: each change they make becomes a core edit, checked, applied
and recorded with its simulated time; ``run`` steps the clock at the window's
step size.  ``save`` writes the ``.vlab`` a student would hand in.
"""

from __future__ import annotations

from pathlib import Path

from core import edits
from core.files import locations
from core.files.record import dumps_lab
from core.files.scenario import Scenario, load_scenario, world_to_dict
from core.model.objects import Guest

DT = 0.25  # the window's default step: speed 1 at 4 ticks a second


class Stopped(Exception):
    """The student stopped working here (a half-done lab)."""


class Student:
    def __init__(self, scenario: Scenario, stop_after: int | None = None):
        self.s, self.world, self.record = scenario, scenario.world, scenario.record
        self.stop_after = stop_after
        self.record.add_clock(0.0, "run")
        self.record.add_tick(0.0, DT)

    def __getattr__(self, name):  # check_mode, check_add_guest …: questions go to the world
        return getattr(self.world, name)

    def _do(self, edit: edits.Edit) -> None:
        if self.stop_after is not None and self.record.actions >= self.stop_after:
            raise Stopped
        edits.perform(self.world, edit)
        self.record.add_edit(self.world.time, edit)

    def do(self, edit: edits.Edit) -> None:
        """Any other edit a solution makes (one the world has no method for, like WatchPath)."""
        self._do(edit)

    def set_mode(self, host_id, mode, product=None):
        self._do(edits.SetMode(host_id, mode, product))

    def add_guest(self, guest: Guest, checked: bool = False):
        self._do(edits.AddGuest(guest))

    def power_on(self, gid):
        self._do(edits.Power(gid, "power_on"))

    def power_off(self, gid):
        self._do(edits.Power(gid, "power_off"))

    def update_guest(self, gid, config=None, workload=None):
        self._do(edits.UpdateGuest(gid, config, workload))

    def move_guest(self, gid, host_id):
        self._do(edits.MoveGuest(gid, host_id))

    def run(self, seconds: float, dt: float = DT):
        for _ in range(max(1, round(seconds / DT))):
            self.world.step(DT)

    def text(self) -> str:
        s = self.s
        record = self.record.to_dict(self.world.time)
        return dumps_lab(world_to_dict(self.world, s.title, s.description, s.seed, s.tick_seconds, s.goals,
                                       s.i18n, record))

    def save(self, path: Path) -> Path:
        path.write_text(self.text(), encoding="utf-8")
        return path


def lab_path(name: str) -> Path:
    return locations.labs_dir() / f"{name}.vlab"


def work(name: str, solution, stop_after: int | None = None, linger: float = 30.0) -> Student:
    """A student who opens lab ``name`` and follows ``solution`` (up to ``stop_after`` edits)."""
    student = Student(load_scenario(lab_path(name)), stop_after)
    try:
        solution(student)
    except Stopped:
        pass
    student.run(linger)
    return student
