"""The course's operations as edits: snapshots, clones, crashes (isolation)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.edits.base import Description, Edit, check_name, guest_there, host_there, name_of
from core.edits.power import RestoreStatuses
from core.model.kinds import ACTIVE_STATES, GuestState
from core.model.objects import ContainerConfig, VmConfig
from core.sim import faults, restore, rules, snapshots
from core.sim.snapshots import Snapshot

if TYPE_CHECKING:
    from core.sim.world import World


@dataclass(frozen=True)
class TakeSnapshot(Edit):
    guest_id: str
    snap_id: str
    name: str

    def check(self, world: World) -> rules.Verdict:
        return guest_there(world, self.guest_id) and snapshots.check_take(world, self.guest_id)

    def apply(self, world: World) -> Edit:
        current = snapshots.tree(world, self.guest_id).current
        snapshots.take(world, self.guest_id, self.snap_id, self.name)
        return _Untake(self.guest_id, self.snap_id, current)

    def describe(self, world: World) -> Description:
        return Description("take_snapshot", (name_of(world, self.guest_id),))


@dataclass(frozen=True)
class _Untake(Edit):
    guest_id: str
    snap_id: str
    current: str | None

    def apply(self, world: World) -> Edit:
        snap = snapshots.tree(world, self.guest_id).snaps[self.snap_id]
        snapshots.untake(world, self.guest_id, self.snap_id, self.current)
        return TakeSnapshot(self.guest_id, self.snap_id, snap.name)


@dataclass(frozen=True)
class RevertSnapshot(Edit):
    guest_id: str
    snap_id: str

    def check(self, world: World) -> rules.Verdict:
        return guest_there(world, self.guest_id) and snapshots.check_revert(world, self.guest_id, self.snap_id)

    def apply(self, world: World) -> Edit:
        g = world.guests[self.guest_id]
        before = _Unrevert(self.guest_id, g.config, g.workload, snapshots.tree(world, self.guest_id).current,
                           restore.status_of(world, self.guest_id),
                           tuple((c.id, restore.status_of(world, c.id)) for c in world.containers_in(self.guest_id)))
        snapshots.revert(world, self.guest_id, self.snap_id)
        return before

    def describe(self, world: World) -> Description:
        return Description("revert_snapshot", (name_of(world, self.guest_id),))


@dataclass(frozen=True)
class _Unrevert(Edit):
    guest_id: str
    config: VmConfig | ContainerConfig
    workload: str
    current: str | None
    status: restore.GuestStatus
    containers: tuple[tuple[str, restore.GuestStatus], ...] = ()  # the VM's, restored after it

    def apply(self, world: World) -> Edit:
        back = RevertSnapshot(self.guest_id, snapshots.tree(world, self.guest_id).current or "")
        restore.restore_settings(world, self.guest_id, self.config, self.workload)
        snapshots.set_current(world, self.guest_id, self.current)
        restore.restore_status(world, self.guest_id, self.status)
        for cid, status in self.containers:
            restore.restore_status(world, cid, status)
        return back


@dataclass(frozen=True)
class DeleteSnapshot(Edit):
    guest_id: str
    snap_id: str

    def check(self, world: World) -> rules.Verdict:
        return guest_there(world, self.guest_id) and snapshots.check_delete(world, self.guest_id, self.snap_id)

    def apply(self, world: World) -> Edit:
        snap, kids, current = snapshots.delete(world, self.guest_id, self.snap_id)
        return _Undelete(self.guest_id, snap, tuple(kids), current)

    def describe(self, world: World) -> Description:
        return Description("delete_snapshot", (name_of(world, self.guest_id),))


@dataclass(frozen=True)
class _Undelete(Edit):
    guest_id: str
    snap: Snapshot
    kids: tuple[str, ...]
    current: str | None

    def apply(self, world: World) -> Edit:
        snapshots.undelete(world, self.guest_id, self.snap, list(self.kids), self.current)
        return DeleteSnapshot(self.guest_id, self.snap.id)


@dataclass(frozen=True)
class Clone(Edit):
    """A full or linked clone of ``guest_id`` from ``snap_id`` (None: its present state)."""

    guest_id: str
    clone_id: str
    name: str
    linked: bool = False
    snap_id: str | None = None

    def check(self, world: World) -> rules.Verdict:
        if self.clone_id in world.guests or self.clone_id in world.hosts:
            return rules.refuse("duplicate_id", "The lab already has something called {id}.", id=self.clone_id)
        return check_name(self.name) and guest_there(world, self.guest_id) and snapshots.check_clone(
            world, self.guest_id, self.linked, self.snap_id)

    def apply(self, world: World) -> Edit:
        snapshots.make_clone(world, self.guest_id, self.clone_id, self.name, self.linked, self.snap_id)
        return _Unclone(self.clone_id, self)

    def describe(self, world: World) -> Description:
        return Description("clone", (name_of(world, self.guest_id),))


@dataclass(frozen=True)
class _Unclone(Edit):
    clone_id: str
    original: Clone

    def check(self, world: World) -> rules.Verdict:
        return guest_there(world, self.clone_id)

    def apply(self, world: World) -> Edit:
        snapshots.remove_clone(world, self.clone_id)
        return self.original


@dataclass(frozen=True)
class Crash(Edit):
    """A kernel panic in a guest: a VM falls alone, containers share their host's kernel."""

    guest_id: str

    def check(self, world: World) -> rules.Verdict:
        return guest_there(world, self.guest_id) and faults.check_crash(world, self.guest_id)

    def apply(self, world: World) -> Edit:
        # Its victims, and every container inside a VM that falls (a pulling one stops too).
        ids = faults.victims(world, self.guest_id)
        ids += [c.id for c in world.containers_in(self.guest_id) if c.id not in ids]
        before = RestoreStatuses(tuple((gid, restore.status_of(world, gid)) for gid in ids))
        faults.crash(world, self.guest_id)
        return before

    def describe(self, world: World) -> Description:
        return Description("crash", (name_of(world, self.guest_id),))


@dataclass(frozen=True)
class PanicHost(Edit):
    """The host's own kernel or hypervisor fails: every guest on it stops."""

    host_id: str

    def check(self, world: World) -> rules.Verdict:
        return host_there(world, self.host_id)

    def apply(self, world: World) -> Edit:
        # Every guest that stops, and any container inside a VM that does (core.sim.nesting).
        before = RestoreStatuses(tuple(
            (g.id, restore.status_of(world, g.id)) for g in world.guests_on(self.host_id)
            if g.state in ACTIVE_STATES or g.state is GuestState.SUSPENDED or g.in_vm is not None))
        faults.panic_host(world, self.host_id)
        return before

    def describe(self, world: World) -> Description:
        return Description("panic_host", (name_of(world, self.host_id),))


@dataclass(frozen=True)
class WatchPath(Edit):
    """The student stepped one operation through a guest's stack to its end (the step-through
    views).  It changes nothing in the world; it is an edit so that it is recorded, replayed by
    the grader and seen by lab goals (``path_watched``), like everything else a student does."""

    guest_id: str
    kind: str  # "instruction", "memory" or "io" (core.course.mechanisms.KINDS)
    op: str

    def check(self, world: World) -> rules.Verdict:
        return guest_there(world, self.guest_id)

    def apply(self, world: World) -> Edit:
        world.notify("path_watched", self.guest_id, f"{self.kind}:{self.op}")
        return Nothing()

    def describe(self, world: World) -> Description:
        return Description("watch_path", (name_of(world, self.guest_id),))


@dataclass(frozen=True)
class Nothing(Edit):
    """The inverse of an edit that changed nothing."""

    def apply(self, world: World) -> Edit:
        return self
