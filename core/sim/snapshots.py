"""Snapshots as a tree with a "current state", and clones (encapsulation).

A snapshot records a VM's virtual hardware, workload and power state (a
snapshot of a running VM also saves its memory).  Taking one makes it a child
of the current snapshot and the new current; reverting makes the VM what the
snapshot recorded; deleting one re-attaches its children to its parent.

Clones: a *full* clone copies the whole virtual disk; a *linked* clone shares
a snapshot's disk read-only and writes only its own delta, so that snapshot
cannot be deleted while the clone exists.

All operations take explicit ids so that an undo command can redo them
identically.  Each one tells observers with ``guest_changed``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from core.model.kinds import GuestState
from core.model.objects import Guest, VmConfig
from core.sim import rules

if TYPE_CHECKING:
    from core.sim.world import World


@dataclass(frozen=True)
class Snapshot:
    id: str
    name: str
    parent: str | None
    config: VmConfig
    workload: str
    state: GuestState  # OFF, or RUNNING when memory was saved too
    time: float
    # Containers inside the VM and whether each was running: a snapshot of a
    # VM's memory holds its containers' processes (core.sim.nesting).
    containers: tuple[tuple[str, GuestState], ...] = ()


@dataclass
class SnapshotTree:
    snaps: dict[str, Snapshot] = field(default_factory=dict)
    current: str | None = None  # the snapshot the VM's present state grew from

    def children(self, sid: str | None) -> list[Snapshot]:
        return [s for s in self.snaps.values() if s.parent == sid]


def tree(world: World, guest_id: str) -> SnapshotTree:
    return world.snapshots.setdefault(guest_id, SnapshotTree())


def _vm(world: World, guest_id: str) -> rules.Verdict:
    g = world.guests[guest_id]
    if not g.is_vm:
        return rules.refuse("snapshot_vm_only",
                            "{guest} is a container; snapshots and clones are for virtual machines.",
                            guest=g.name)
    if guest_id in world.migrations:
        return rules.refuse("busy_migrating", "{guest} is being migrated; wait until it arrives.", guest=g.name)
    if g.state not in (GuestState.OFF, GuestState.RUNNING):
        return rules.refuse("snapshot_needs_stable_state",
                            "{guest} is {state}; snapshots need a VM that is off or running.",
                            guest=g.name, state=g.state.value)
    return rules.OK


def check_take(world: World, guest_id: str) -> rules.Verdict:
    return _vm(world, guest_id)


def take(world: World, guest_id: str, snap_id: str, name: str) -> Snapshot:
    rules_require(check_take(world, guest_id))
    g, t = world.guests[guest_id], tree(world, guest_id)
    inside = tuple((c.id, GuestState.RUNNING if c.state is GuestState.RUNNING and g.state is GuestState.RUNNING
                    else GuestState.OFF) for c in world.containers_in(guest_id))
    snap = Snapshot(snap_id, name, t.current, g.config, g.workload, g.state, world.time, inside)
    t.snaps[snap_id] = snap
    t.current = snap_id
    world.notify("guest_changed", guest_id)
    return snap


def check_revert(world: World, guest_id: str, snap_id: str) -> rules.Verdict:
    v = _vm(world, guest_id)
    if v and snap_id not in tree(world, guest_id).snaps:
        return rules.refuse("no_such_snapshot", "{guest} has no such snapshot.", guest=world.guests[guest_id].name)
    if v:
        # The VM may have moved since the snapshot: its settings must suit the host it is on now.
        g = world.guests[guest_id]
        v = rules.check_place(world.hosts[g.host_id], tree(world, guest_id).snaps[snap_id].config)
    return v


def revert(world: World, guest_id: str, snap_id: str) -> None:
    rules_require(check_revert(world, guest_id, snap_id))
    g, t = world.guests[guest_id], tree(world, guest_id)
    snap = t.snaps[snap_id]
    g.config, g.workload = snap.config, snap.workload
    t.current = snap_id
    world.notify("guest_changed", guest_id)
    world.restore_state(guest_id, snap.state)
    # Containers still in the VM come back as the snapshot saw them (deleted ones stay deleted).
    inside = {c.id for c in world.containers_in(guest_id)}
    for cid, state in snap.containers:
        if cid in inside and snap.state is GuestState.RUNNING:
            world.restore_state(cid, state)
    world.notify("snapshot_reverted", guest_id, snap_id)


def linked_clones_of(world: World, guest_id: str, snap_id: str) -> list[str]:
    return [c for c, base in world.links.items() if base == (guest_id, snap_id) and c in world.guests]


def check_delete(world: World, guest_id: str, snap_id: str) -> rules.Verdict:
    v = check_revert(world, guest_id, snap_id)
    if not v:
        return v
    clones = linked_clones_of(world, guest_id, snap_id)
    if clones:
        return rules.refuse(
            "snapshot_has_linked_clones",
            "{clone} is a linked clone that reads its disk from this snapshot; delete it or make it a "
            "full clone first.", clone=world.guests[clones[0]].name,
        )
    return rules.OK


def delete(world: World, guest_id: str, snap_id: str) -> tuple[Snapshot, list[str], str | None]:
    """Remove a snapshot; returns (snapshot, re-attached children, old current) for undo."""
    rules_require(check_delete(world, guest_id, snap_id))
    t = tree(world, guest_id)
    snap = t.snaps.pop(snap_id)
    kids = [c.id for c in t.children(snap_id)]
    for k in kids:
        t.snaps[k] = replace(t.snaps[k], parent=snap.parent)
    old_current = t.current
    if t.current == snap_id:
        t.current = snap.parent
    world.notify("guest_changed", guest_id)
    return snap, kids, old_current


def undelete(world: World, guest_id: str, snap: Snapshot, kids: list[str], current: str | None) -> None:
    t = tree(world, guest_id)
    t.snaps[snap.id] = snap
    for k in kids:
        t.snaps[k] = replace(t.snaps[k], parent=snap.id)
    t.current = current
    world.notify("guest_changed", guest_id)


def set_current(world: World, guest_id: str, snap_id: str | None) -> None:
    """Make ``snap_id`` the snapshot the VM's present state grew from (undo of a revert)."""
    tree(world, guest_id).current = snap_id
    world.notify("guest_changed", guest_id)


def remove_clone(world: World, clone_id: str) -> None:
    """Undo of ``make_clone``: the clone goes, and with it its link to a base snapshot."""
    world.remove_guest(clone_id)
    world.links.pop(clone_id, None)


def untake(world: World, guest_id: str, snap_id: str, current: str | None) -> None:
    """Undo of ``take``: the snapshot had no children yet."""
    t = tree(world, guest_id)
    t.snaps.pop(snap_id, None)
    t.current = current
    world.notify("guest_changed", guest_id)


def check_clone(world: World, guest_id: str, linked: bool, snap_id: str | None) -> rules.Verdict:
    v = _vm(world, guest_id)
    if not v:
        return v
    if linked and (snap_id is None or snap_id not in tree(world, guest_id).snaps):
        return rules.refuse("linked_clone_needs_snapshot",
                            "A linked clone shares a snapshot's disk: take a snapshot of {guest} first.",
                            guest=world.guests[guest_id].name)
    src = world.guests[guest_id]
    cfg = tree(world, guest_id).snaps[snap_id].config if snap_id is not None else src.config
    # A linked clone only needs room for its delta disk on the datastore.
    return world.check_add_guest(src.host_id, cfg, linked)


def check_remove(world: World, guest_id: str) -> rules.Verdict:
    """A VM whose snapshots back linked clones cannot go: the clones read their disks from it."""
    clones = [c for c, (base, _snap) in world.links.items() if base == guest_id and c in world.guests]
    if clones:
        return rules.refuse(
            "guest_has_linked_clones",
            "{clone} is a linked clone of {guest} and reads its disk from it; delete the clone first.",
            clone=world.guests[clones[0]].name, guest=world.guests[guest_id].name,
        )
    return rules.OK


def make_clone(world: World, guest_id: str, clone_id: str, name: str, linked: bool,
               snap_id: str | None) -> Guest:
    """A new powered-off VM on the same host; a linked one records its base snapshot."""
    rules_require(check_clone(world, guest_id, linked, snap_id))
    src = world.guests[guest_id]
    cfg, workload = src.config, src.workload
    if snap_id is not None:
        snap = tree(world, guest_id).snaps[snap_id]
        cfg, workload = snap.config, snap.workload
    clone = Guest(clone_id, name, src.host_id, cfg, workload)
    if linked:
        world.links[clone_id] = (guest_id, snap_id)
    world.add_guest(clone)
    return clone


def rules_require(v: rules.Verdict) -> None:
    if not v:
        raise rules.RuleError(v)
