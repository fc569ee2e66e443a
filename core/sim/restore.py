"""Putting the world back as it was: what undo needs and nothing else does.

The edits in ``core.edits`` check their rules before they change anything.
Their inverses do not: an inverse applied in strict reverse order returns the
world to a state it was in a moment ago, which the rules allowed then, so
checking again could only refuse by mistake (a datastore that counts the
returning disk twice, a mode check that sees a guest still half-removed).
These functions are the only places that write a world without asking
``core.sim.rules``; each one still tells observers, so views follow undo the
way they follow any other change.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from core.model.kinds import GuestState, Mode, Product
from core.model.objects import ContainerConfig, Guest, Host, VmConfig

if TYPE_CHECKING:
    from core.sim.migration import Migration
    from core.sim.world import World


@dataclass(frozen=True)
class GuestStatus:
    """Everything about a guest that time or power buttons change."""

    state: GuestState
    timer: float
    timer_total: float
    migration: Migration | None  # a copy: the world's own object keeps moving on


def status_of(world: World, guest_id: str) -> GuestStatus:
    g = world.guests[guest_id]
    m = world.migrations.get(guest_id)
    return GuestStatus(g.state, g.timer, g.timer_total, replace(m) if m is not None else None)


def restore_status(world: World, guest_id: str, status: GuestStatus) -> None:
    world.restore_state(guest_id, status.state, status.timer)
    g = world.guests[guest_id]
    g.timer_total = status.timer_total
    if status.migration is not None:
        world.migrations[guest_id] = replace(status.migration)
        world.notify("guest_state", guest_id)


def restore_guest(world: World, guest: Guest, status: GuestStatus) -> None:
    """Put a removed guest back (a copy, so an edit's record is never the live object)."""
    copy = replace(guest, state=GuestState.OFF, timer=0.0, timer_total=0.0)
    world.guests[copy.id] = copy
    world.notify("guest_added", copy.id)
    restore_status(world, copy.id, status)


def restore_host(world: World, host: Host, guests: list[tuple[Guest, GuestStatus]],
                 travellers: list[tuple[str, GuestStatus]]) -> None:
    """Put a removed host back with its guests, and the migrations that were heading to it."""
    world.hosts[host.id] = replace(host, image_cache=set(host.image_cache))
    world.notify("host_added", host.id)
    for guest, status in guests:
        restore_guest(world, guest, status)
    for guest_id, status in travellers:
        restore_status(world, guest_id, status)


def restore_mode(world: World, host_id: str, mode: Mode, product: Product | None) -> None:
    host = world.hosts[host_id]
    host.mode, host.product = mode, product
    world.notify("host_changed", host_id)


def restore_settings(world: World, guest_id: str, config: VmConfig | ContainerConfig, workload: str) -> None:
    g = world.guests[guest_id]
    g.config, g.workload = config, workload
    world.notify("guest_changed", guest_id)


def place(world: World, guest_id: str, host_id: str) -> None:
    """Put a guest back on ``host_id`` (a live migration still under way ends)."""
    world.cancel_migration(guest_id)
    world.guests[guest_id].host_id = host_id
    world.notify("guest_moved", guest_id)
    world.follow_vm(guest_id)


def fingerprint(world: World) -> dict:
    """All that the user's edits can change, in a form that compares with ``==``.

    Simulated time, metric history and image caches are left out: they are the
    clock's doing, and undo does not turn time back.
    """
    hosts = {h.id: (h.name, repr(h.hardware), h.mode, h.product, h.host_os, h.page_sharing)
             for h in world.hosts.values()}
    guests = {g.id: (g.name, g.host_id, g.in_vm, repr(g.config), g.workload, g.state, g.timer, g.timer_total)
              for g in world.guests.values()}
    snaps = {gid: (t.current, sorted(map(repr, t.snaps.values())))
             for gid, t in world.snapshots.items() if t.snaps}
    migrations = {gid: repr(m) for gid, m in world.migrations.items()}
    return {"hosts": hosts, "guests": guests, "snapshots": snaps, "links": dict(world.links),
            "migrations": migrations}
