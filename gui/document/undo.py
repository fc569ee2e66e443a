"""Undo commands: each changes the world through ``World`` and nothing else.

Views never listen to commands; they follow the world's events (relayed as
the Document's signals), so undo, redo and direct changes look the same to
them.  A command that the world refuses on redo is marked obsolete so the
stack drops it instead of recording a change that did not happen.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from core.model.kinds import GuestState, Mode, Product
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.sim import faults, rules, snapshots
from core.sim.world import World


class AddGuest(QUndoCommand):
    def __init__(self, world: World, guest: Guest, text: str):
        super().__init__(text)
        self.world, self.guest = world, guest

    def redo(self):
        self.world.add_guest(self.guest)

    def undo(self):
        self.world.remove_guest(self.guest.id)


class RemoveGuest(QUndoCommand):
    def __init__(self, world: World, guest_id: str, text: str):
        super().__init__(text)
        self.world, self.guest_id = world, guest_id
        self.guest: Guest | None = None
        self.state: tuple[GuestState, float] = (GuestState.OFF, 0.0)

    def redo(self):
        g = self.world.guests[self.guest_id]
        self.state = (g.state, g.timer)
        self.guest = self.world.remove_guest(self.guest_id)

    def undo(self):
        state, timer = self.state
        self.guest.state, self.guest.timer = GuestState.OFF, 0.0
        self.world.add_guest(self.guest)
        if state is not GuestState.OFF:
            self.world.restore_state(self.guest.id, state, timer)


class AddHost(QUndoCommand):
    def __init__(self, world: World, host: Host, text: str):
        super().__init__(text)
        self.world, self.host = world, host

    def redo(self):
        self.world.add_host(self.host)

    def undo(self):
        self.world.remove_host(self.host.id)


class RemoveHost(QUndoCommand):
    def __init__(self, world: World, host_id: str, text: str):
        super().__init__(text)
        self.world, self.host_id = world, host_id
        self.saved: list[tuple[Guest, GuestState, float]] = []
        self.host: Host | None = None

    def redo(self):
        self.saved = [(g, g.state, g.timer) for g in self.world.guests_on(self.host_id)]
        self.host, _ = self.world.remove_host(self.host_id)

    def undo(self):
        self.world.add_host(self.host)
        for g, state, timer in self.saved:
            g.state, g.timer = GuestState.OFF, 0.0
            self.world.add_guest(g)
            if state is not GuestState.OFF:
                self.world.restore_state(g.id, state, timer)


class SetMode(QUndoCommand):
    def __init__(self, world: World, host_id: str, mode: Mode, product: Product | None, text: str):
        super().__init__(text)
        self.world, self.host_id, self.new = world, host_id, (mode, product)
        self.old: tuple[Mode, Product | None] | None = None

    def redo(self):
        self.old = self.world.set_mode(self.host_id, *self.new)

    def undo(self):
        # Bypass the rule check: going back to a state the world was in is always allowed.
        host = self.world.hosts[self.host_id]
        host.mode, host.product = self.old
        self.world.notify("host_changed", self.host_id)


class MoveGuest(QUndoCommand):
    def __init__(self, world: World, guest_id: str, host_id: str, text: str):
        super().__init__(text)
        self.world, self.guest_id, self.target = world, guest_id, host_id
        self.source = ""

    def redo(self):
        self.source = self.world.move_guest(self.guest_id, self.target)

    def undo(self):
        self.world.cancel_migration(self.guest_id)  # a live migration still under way stops
        self.world.guests[self.guest_id].host_id = self.source
        self.world.notify("guest_moved", self.guest_id)


class UpdateGuest(QUndoCommand):
    def __init__(self, world: World, guest_id: str, config: VmConfig | ContainerConfig | None,
                 workload: str | None, text: str):
        super().__init__(text)
        self.world, self.guest_id, self.new = world, guest_id, (config, workload)
        self.old = None

    def redo(self):
        self.old = self.world.update_guest(self.guest_id, *self.new)

    def undo(self):
        g = self.world.guests[self.guest_id]
        g.config, g.workload = self.old
        self.world.notify("guest_changed", self.guest_id)


class Rename(QUndoCommand):
    def __init__(self, world: World, obj_id: str, name: str, text: str):
        super().__init__(text)
        self.world, self.obj_id, self.name = world, obj_id, name
        self.old = ""

    def redo(self):
        self.old = self.world.rename(self.obj_id, self.name)

    def undo(self):
        self.world.rename(self.obj_id, self.old)


class Power(QUndoCommand):
    """Power on / off / suspend / reset. Undo puts the guest back as it was."""

    def __init__(self, world: World, guest_id: str, op: str, text: str):
        super().__init__(text)
        self.world, self.guest_id, self.op = world, guest_id, op
        self.before: tuple[GuestState, float] = (GuestState.OFF, 0.0)

    def redo(self):
        g = self.world.guests[self.guest_id]
        self.before = (g.state, g.timer)
        getattr(self.world, self.op)(self.guest_id)

    def undo(self):
        self.world.restore_state(self.guest_id, *self.before)


# --- course operations: snapshots, clones, crashes (core.sim.snapshots, core.sim.faults) -------------
class TakeSnapshot(QUndoCommand):
    def __init__(self, world: World, guest_id: str, snap_id: str, name: str, text: str):
        super().__init__(text)
        self.world, self.guest_id, self.snap_id, self.name = world, guest_id, snap_id, name
        self.current: str | None = None

    def redo(self):
        self.current = snapshots.tree(self.world, self.guest_id).current
        snapshots.take(self.world, self.guest_id, self.snap_id, self.name)

    def undo(self):
        snapshots.untake(self.world, self.guest_id, self.snap_id, self.current)


class RevertSnapshot(QUndoCommand):
    def __init__(self, world: World, guest_id: str, snap_id: str, text: str):
        super().__init__(text)
        self.world, self.guest_id, self.snap_id = world, guest_id, snap_id
        self.before = None

    def redo(self):
        g = self.world.guests[self.guest_id]
        self.before = (g.config, g.workload, g.state, g.timer, snapshots.tree(self.world, self.guest_id).current)
        snapshots.revert(self.world, self.guest_id, self.snap_id)

    def undo(self):
        config, workload, state, timer, current = self.before
        g = self.world.guests[self.guest_id]
        g.config, g.workload = config, workload
        snapshots.tree(self.world, self.guest_id).current = current
        self.world.notify("guest_changed", self.guest_id)
        self.world.restore_state(self.guest_id, state, timer)


class DeleteSnapshot(QUndoCommand):
    def __init__(self, world: World, guest_id: str, snap_id: str, text: str):
        super().__init__(text)
        self.world, self.guest_id, self.snap_id = world, guest_id, snap_id
        self.saved = None

    def redo(self):
        self.saved = snapshots.delete(self.world, self.guest_id, self.snap_id)

    def undo(self):
        snapshots.undelete(self.world, self.guest_id, *self.saved)


class CloneGuest(QUndoCommand):
    def __init__(self, world: World, guest_id: str, clone_id: str, name: str, linked: bool,
                 snap_id: str | None, text: str):
        super().__init__(text)
        self.world, self.args = world, (guest_id, clone_id, name, linked, snap_id)

    def redo(self):
        snapshots.make_clone(self.world, *self.args)

    def undo(self):
        clone_id = self.args[1]
        self.world.remove_guest(clone_id)
        self.world.links.pop(clone_id, None)


class Crash(QUndoCommand):
    """A kernel panic in a guest (``host_wide``: in the host's own kernel)."""

    def __init__(self, world: World, obj_id: str, host_wide: bool, text: str):
        super().__init__(text)
        self.world, self.obj_id, self.host_wide = world, obj_id, host_wide
        self.saved: faults.Saved = []

    def redo(self):
        fn = faults.panic_host if self.host_wide else faults.crash
        self.saved = fn(self.world, self.obj_id)

    def undo(self):
        faults.restore(self.world, self.saved)


# --- a refused redo or undo drops the command (as the module docstring promises) --------------
def _guarded(method):
    """Run ``method``; if the world refuses (time moved on: a VM is now booting, a host is
    full), mark the command obsolete so QUndoStack drops it, and report the verdict
    through ``on_refused`` (the Document's ``_check``) instead of raising into Qt."""
    def run(self):
        try:
            method(self)
        except rules.RuleError as e:
            self.setObsolete(True)
            report = getattr(self, "on_refused", None)
            if report is not None:
                report(e.verdict)
    run.__name__ = method.__name__
    return run


for _cls in [c for c in list(globals().values()) if isinstance(c, type) and issubclass(c, QUndoCommand)
             and c is not QUndoCommand]:
    _cls.redo, _cls.undo = _guarded(_cls.redo), _guarded(_cls.undo)
