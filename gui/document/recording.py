"""The window's recorder: what the student does goes into the lab's record as it happens.

The record itself (``core.files.record.Record``) is part of the lab's
``meta`` (``window.files.meta.record``), so saving, autosave and crash
recovery write it with the world.  This module only listens:

* ``Document.edit_applied``: each edit the student makes, at the simulated
  time it was made; on the new undo command it sets ``on_replayed`` so that
  each later undo (the inverse it applied) and redo are recorded too;
* ``Document.ticked``: the clock's step size, whenever it changes (speed or
  tick rate), so a replay steps exactly as this window did; a tick while the
  clock is paused was a single step;
* ``running_changed`` / ``speed_changed``: run, pause and speed, for the report.

A lab made with File → New starts a record of the empty lab.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject

from core.edits import Edit
from core.files.record import Record, lab_hash
from gui.document.undo import EditCommand


class Recorder(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w, self.doc, self.files = window, window.doc, window.files
        self._dt: float | None = None  # the step the record last noted
        self._before = 0.0  # simulated time before the latest tick
        # Run / pause / speed noted before the empty window's record exists: written into it when
        # it is made, so pressing run at start-up does not load the lab file's schema before the
        # first paint (bench/bench_startup.py).
        self._pending: list[tuple[float, str, float | None]] = []
        d = self.doc
        d.edit_applied.connect(self._edit)
        d.ticked.connect(self._tick)
        d.running_changed.connect(lambda on: self._clock("run" if on else "pause"))
        d.speed_changed.connect(lambda speed: self._clock("speed", speed))
        self.files.lab_changed.connect(self.start)
        self.start()

    @property
    def record(self) -> Record:
        meta = self.files.meta
        if meta.record is None:
            # File → New (or the empty window before the first lab opens): the empty lab is where
            # this student starts.  Made on first use: an empty lab's file does not change with
            # time, and the lab file's schema need not load before the window is on screen.
            from core.files.scenario import world_to_dict  # noqa: PLC0415 (start-up: see above)
            from core.sim.world import World  # noqa: PLC0415

            data = json.loads(json.dumps(world_to_dict(World(self.doc.world.seed), meta.title, meta.description,
                                                       meta.seed, meta.tick_seconds, meta.goals, meta.i18n)))
            meta.record = Record(lab_hash(data), self.doc.world.seed)
            if self.doc.running and not self._pending:
                meta.record.add_clock(self._before, "run")
            for t, action, speed in self._pending:
                meta.record.add_clock(t, action, speed)
            self._pending.clear()
        return meta.record

    def start(self) -> None:
        """A lab was opened, made or recovered: keep its record (or start one when first needed)."""
        meta, world = self.files.meta, self.doc.world
        self._dt, self._before = None, world.time
        self._pending.clear()  # they were the previous lab's
        if meta.record is None and (world.hosts or world.guests):  # a lab with something in it: now
            self.record  # noqa: B018 (the property makes it)
        elif meta.record is not None and self.doc.running:
            meta.record.add_clock(world.time, "run")

    def _edit(self, edit: Edit) -> None:
        self.record.add_edit(self.doc.world.time, edit)
        stack = self.doc.undo_stack
        command = stack.command(stack.index() - 1)
        if isinstance(command, EditCommand) and command.edit is edit:
            command.on_replayed = self._replayed

    def _replayed(self, kind: str, edit: Edit) -> None:
        self.record.add_edit(self.doc.world.time, edit, kind)

    def _tick(self) -> None:
        dt = self.doc.speed / self.doc.tick_hz  # what Document.step used
        if dt != self._dt:
            self.record.add_tick(self._before, dt)
            self._dt = dt
        if not self.doc.running:
            self.record.add_clock(self._before, "step")
        self._before = self.doc.world.time

    def _clock(self, action: str, speed: float | None = None) -> None:
        if self.files.meta.record is None:
            self._pending.append((self.doc.world.time, action, speed))
        else:
            self.record.add_clock(self.doc.world.time, action, speed)


def install(window) -> None:
    window.recorder = Recorder(window)
