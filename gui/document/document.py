"""The document: one world, one undo stack, one simulation clock.

Every change a user makes is a ``core.edits`` edit given to ``apply``: it is
checked once; a refused edit emits ``refused`` with the verdict (views show
the reason) and changes nothing; an allowed one is pushed as one undo step.
The world's events are relayed as Qt signals, so views update item by item.
The document also owns the simulation clock.

Signals:
    host_added(str), host_removed(str), host_changed(str)
    guest_added(str), guest_removed(str), guest_changed(str), guest_moved(str),
    guest_state_changed(str)
    ticked()               -- after each simulation step; read ``world.latest``
    world_replaced()       -- a new world was loaded: rebuild views once
    refused(object)        -- a ``core.sim.rules.Verdict`` that said no
    drop_hovered(object)   -- a Verdict for a drag over a host, when the answer changes
    edit_applied(object)   -- a core edit the user made (not undo/redo): what a recording keeps
    files_dropped(str, list) -- configuration files dropped on a host (host id, paths)
    logged(str, str)       -- (level, text) for the event log: "info", "warning"
    running_changed(bool), speed_changed(float)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core import edits
from core.files import vm_file
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode, Product
from core.model.naming import NAME_MAX
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.sim import rules, snapshots
from core.sim.world import Event, World
from gui.document.undo import EditCommand
from gui.text.edit_texts import edit_text
from gui.text.reasons import reason_text
from gui.text.substitute import fill
from gui.text.value_names import template_text

SPEEDS = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
DEFAULT_TICK_HZ = 4


class Document(QObject):
    host_added = Signal(str)
    host_removed = Signal(str)
    host_changed = Signal(str)
    guest_added = Signal(str)
    guest_removed = Signal(str)
    guest_changed = Signal(str)
    guest_moved = Signal(str)
    guest_state_changed = Signal(str)
    ticked = Signal()
    world_replaced = Signal()
    refused = Signal(object)
    drop_hovered = Signal(object)
    edit_applied = Signal(object)
    files_dropped = Signal(str, list)
    logged = Signal(str, str)
    running_changed = Signal(bool)
    speed_changed = Signal(float)

    def __init__(self, world: World | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.path: Path | None = None
        self.speed = 1.0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer)
        self.set_tick_rate(DEFAULT_TICK_HZ)
        self.world: World = World()
        self.world.subscribe(self._on_event)
        self._relay = {
            "host_added": self.host_added, "host_removed": self.host_removed,
            "host_changed": self.host_changed, "guest_added": self.guest_added,
            "guest_removed": self.guest_removed, "guest_changed": self.guest_changed,
            "guest_moved": self.guest_moved, "guest_state": self.guest_state_changed,
        }
        self._refused_redo = False
        self.undo_stack.indexChanged.connect(self._after_index_change)
        # Qt does not emit indexChanged when a redone command makes itself obsolete (the index
        # stays); canRedoChanged fires then, so the tail is dropped at once either way.
        self.undo_stack.canRedoChanged.connect(self._after_index_change)
        self.set_world(world or World())

    # --- the world ---------------------------------------------------------------------
    def set_world(self, world: World, path: Path | None = None) -> None:
        """Replace the whole world (new or opened document); clears undo."""
        self.world.unsubscribe(self._on_event)
        self.world = world
        self.path = path
        world.subscribe(self._on_event)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.world_replaced.emit()

    def _on_event(self, ev: Event) -> None:
        if ev.kind == "tick":
            self.ticked.emit()
        elif ev.kind in self._relay:
            self._relay[ev.kind].emit(ev.id)

    # --- applying edits ---------------------------------------------------------------
    def _check(self, verdict: rules.Verdict) -> bool:
        if not verdict:
            self.refused.emit(verdict)
            self.logged.emit("warning", reason_text(verdict))
        return verdict.ok

    def apply(self, edit: edits.Edit, text: str | None = None) -> rules.Verdict:
        """Check ``edit`` once; if allowed, push it as one undo step (which applies it)."""
        verdict = edit.check(self.world)
        if self._check(verdict):
            text = text or edit_text(edit.describe(self.world))
            self._refused_redo = False
            self.undo_stack.push(EditCommand(self.world, edit, text, self._on_replay_refused))
            self.logged.emit("info", text)
            self.edit_applied.emit(edit)
        return verdict

    def note(self, edit: edits.Edit) -> rules.Verdict:
        """An edit that changes nothing one could undo (watching a path to its end): checked,
        applied (lab goals see it) and recorded for the grader, with no undo step."""
        verdict = edit.check(self.world)
        if verdict:
            edit.apply(self.world)
            self.edit_applied.emit(edit)
        return verdict

    def _on_replay_refused(self, verdict: rules.Verdict) -> None:
        """A redo (or, by a fault, an undo) the world refused: report it, and after the
        stack has finished, drop what came after it: those steps may act on what the
        refused one would have made."""
        self._check(verdict)
        self._refused_redo = True

    def _after_index_change(self, _index: int) -> None:
        if self._refused_redo:
            self._refused_redo = False
            # Pushing an obsolete command clears the redo tail and adds nothing.
            tail_cut = QUndoCommand()
            tail_cut.setObsolete(True)
            self.undo_stack.push(tail_cut)

    def name_of(self, obj_id: str) -> str:
        obj = self.world.hosts.get(obj_id) or self.world.guests.get(obj_id)
        return obj.name if obj else obj_id

    # --- shorthands for the window's actions: each builds one edit ------------------------
    def add_host(self, template: str = "lab-pc", name: str | None = None,
                 mode: Mode = Mode.NATIVE, product: Product | None = None) -> str | None:
        """Add a host; None (and ``refused``) when its hardware cannot run ``mode``."""
        hid = self.world.new_id("host")
        ok = self.apply(edits.AddHost(Host(hid, name or hid, HOST_TEMPLATES[template], mode, product)))
        return hid if ok else None

    def remove_host(self, host_id: str) -> rules.Verdict:
        return self.apply(edits.RemoveHost(host_id))

    def set_mode(self, host_id: str, mode: Mode, product: Product | None = None) -> rules.Verdict:
        return self.apply(edits.SetMode(host_id, mode, product))

    def rename(self, obj_id: str, name: str) -> rules.Verdict:
        return self.apply(edits.Rename(obj_id, name))

    def add_guest_from_template(self, host_id: str, kind: str, template_id: str) -> tuple[rules.Verdict, str | None]:
        """Create a guest from a palette template; returns (verdict, new guest id)."""
        edit = edits.guest_from_template(self.world, host_id, kind, template_id, name=template_text(kind, template_id))
        verdict = self.apply(edit)
        return verdict, edit.guest.id if verdict else None

    def add_guest(self, host_id: str, config: VmConfig | ContainerConfig, workload: str,
                  name: str) -> tuple[rules.Verdict, str | None]:
        """Create a guest with a given configuration (the New VM wizard); one undo step."""
        gid = self.world.new_id("vm" if isinstance(config, VmConfig) else "ctr")
        verdict = self.apply(edits.AddGuest(Guest(gid, name, host_id, config, workload)))
        return verdict, gid if verdict else None

    def remove_guest(self, guest_id: str) -> rules.Verdict:
        return self.apply(edits.RemoveGuest(guest_id))

    def move_guest(self, guest_id: str, host_id: str) -> rules.Verdict:
        return self.apply(edits.MoveGuest(guest_id, host_id))

    def update_guest(self, guest_id: str, config=None, workload: str | None = None) -> rules.Verdict:
        return self.apply(edits.UpdateGuest(guest_id, config, workload))

    def power_on(self, guest_id: str) -> rules.Verdict:
        return self.apply(edits.Power(guest_id, "power_on"))

    def power_off(self, guest_id: str) -> rules.Verdict:
        return self.apply(edits.Power(guest_id, "power_off"))

    def suspend(self, guest_id: str) -> rules.Verdict:
        return self.apply(edits.Power(guest_id, "suspend"))

    def reset(self, guest_id: str) -> rules.Verdict:
        return self.apply(edits.Power(guest_id, "reset"))

    def take_snapshot(self, guest_id: str, name: str) -> rules.Verdict:
        return self.apply(edits.TakeSnapshot(guest_id, self.world.new_id("snap"), name))

    def revert_snapshot(self, guest_id: str, snap_id: str) -> rules.Verdict:
        return self.apply(edits.RevertSnapshot(guest_id, snap_id))

    def delete_snapshot(self, guest_id: str, snap_id: str) -> rules.Verdict:
        return self.apply(edits.DeleteSnapshot(guest_id, snap_id))

    def clone_guest(self, guest_id: str, linked: bool, snap_id: str | None = None) -> tuple[rules.Verdict, str | None]:
        """A full or linked clone of ``guest_id`` (from ``snap_id`` or its present state)."""
        if linked and snap_id is None and guest_id in self.world.guests:
            snap_id = snapshots.tree(self.world, guest_id).current
        base = self.name_of(guest_id)
        template = self.tr("%1 (linked clone)") if linked else self.tr("%1 (clone)")
        name = fill(template, base[:NAME_MAX - (len(template) - 2)])  # the suffix survives a long name
        cid = self.world.new_id("vm")
        verdict = self.apply(edits.Clone(guest_id, cid, edits.unique_name(self.world, name), linked, snap_id))
        return verdict, cid if verdict else None

    def crash_guest(self, guest_id: str) -> rules.Verdict:
        """A kernel panic in the guest: a VM falls alone, containers share the host's kernel."""
        return self.apply(edits.Crash(guest_id))

    def panic_host(self, host_id: str) -> rules.Verdict:
        return self.apply(edits.PanicHost(host_id))

    def import_vm(self, host_id: str, path) -> tuple[rules.Verdict | None, str]:
        """Import a .vlabvm file onto ``host_id``: (verdict, new id), or (None, error) for a bad file."""
        try:
            cfg, workload, name = vm_file.read_vm(path)
        except vm_file.ExportError as e:
            self.logged.emit("warning", str(e))
            return None, str(e)
        v, gid = self.add_guest(host_id, cfg, workload, edits.unique_name(self.world, name))
        return v, gid or ""

    # --- the clock ---------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_running(self, on: bool) -> None:
        if on != self.running:
            self._timer.start() if on else self._timer.stop()
            self.running_changed.emit(on)

    def set_speed(self, speed: float) -> None:
        self.speed = max(SPEEDS[0], min(SPEEDS[-1], speed))
        self.speed_changed.emit(self.speed)

    def set_tick_rate(self, hz: float) -> None:
        self.tick_hz = max(1.0, min(30.0, hz))
        self._timer.setInterval(round(1000 / self.tick_hz))

    def step(self) -> None:
        """One tick of simulated time (speed x tick interval)."""
        self.world.step(self.speed / self.tick_hz)

    def _on_timer(self) -> None:
        self.step()
