"""Isolation: what a crash takes down with it.

A kernel panic inside a VM stops that VM only: its kernel is its own, and the
hypervisor keeps the others running.  A container has no kernel of its own: a
panic in the kernel it runs on is a panic of the host kernel, so every
container on that host goes down with it.  ``crash`` returns every guest it
stopped with its previous state and timer, so an undo can put them back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.model.kinds import ACTIVE_STATES, GuestState
from core.sim import rules

if TYPE_CHECKING:
    from core.sim.world import World

Saved = list[tuple[str, GuestState, float]]


def victims(world: World, guest_id: str) -> list[str]:
    """Guests a kernel panic in ``guest_id`` stops: itself, or all containers on its host."""
    g = world.guests[guest_id]
    if g.is_vm:  # its containers stop with its kernel
        return [guest_id] + [c.id for c in world.containers_in(guest_id) if c.state in ACTIVE_STATES]
    # The kernel that panics is the VM's for a container inside one, else the host's.
    return [o.id for o in world.guests_on(g.host_id) if not o.is_vm and o.in_vm == g.in_vm
            and o.state in ACTIVE_STATES]


def check_crash(world: World, guest_id: str) -> rules.Verdict:
    g = world.guests[guest_id]
    if g.state not in ACTIVE_STATES:
        return rules.refuse("crash_needs_running", "{guest} is not running, so it cannot crash.", guest=g.name)
    if guest_id in world.migrations:
        return rules.refuse("busy_migrating", "{guest} is being migrated; wait until it arrives.", guest=g.name)
    return rules.OK


def crash(world: World, guest_id: str) -> Saved:
    v = check_crash(world, guest_id)
    if not v:
        raise rules.RuleError(v)
    # Record every victim before stopping any: a VM that stops stops its containers.
    saved: Saved = [(gid, world.guests[gid].state, world.guests[gid].timer) for gid in victims(world, guest_id)]
    for gid, _, _ in saved:
        world.restore_state(gid, GuestState.CRASHED)
    return saved


def panic_host(world: World, host_id: str) -> Saved:
    """The host's own kernel (or hypervisor) fails: every guest on it stops."""
    saved: Saved = [(g.id, g.state, g.timer) for g in world.guests_on(host_id)
                    if g.state in ACTIVE_STATES or g.state is GuestState.SUSPENDED]
    for gid, _, _ in saved:
        world.restore_state(gid, GuestState.CRASHED)
    return saved


def restore(world: World, saved: Saved) -> None:
    for gid, state, timer in saved:
        world.restore_state(gid, state, timer)
