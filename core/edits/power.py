"""Power buttons: on (or resume), off, suspend, reset."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.edits.base import Description, Edit, guest_there, name_of
from core.sim import restore, rules
from core.sim.restore import GuestStatus

if TYPE_CHECKING:
    from core.sim.world import World

OPS = ("power_on", "power_off", "suspend", "reset")


@dataclass(frozen=True)
class Power(Edit):
    guest_id: str
    op: str  # one of OPS

    def check(self, world: World) -> rules.Verdict:
        if self.op not in OPS:
            raise ValueError(f"unknown power operation {self.op!r}")
        v = guest_there(world, self.guest_id)
        if not v or self.op == "power_off":
            return v
        return {"power_on": world.check_power_on, "suspend": world.check_suspend,
                "reset": world.check_reset}[self.op](self.guest_id)

    def apply(self, world: World) -> Edit:
        # A VM that stops stops its containers: the inverse restarts them too (VM first).
        ids = [self.guest_id] + [c.id for c in world.containers_in(self.guest_id)]
        before = RestoreStatuses(tuple((gid, restore.status_of(world, gid)) for gid in ids))
        getattr(world, self.op)(self.guest_id, checked=True)
        return before

    def describe(self, world: World) -> Description:
        return Description(self.op, (name_of(world, self.guest_id),))


@dataclass(frozen=True)
class RestoreStatuses(Edit):
    """The inverse of anything that only changed power states (power, crashes, panics)."""

    statuses: tuple[tuple[str, GuestStatus], ...]

    def check(self, world: World) -> rules.Verdict:
        for gid, _ in self.statuses:
            v = guest_there(world, gid)
            if not v:
                return v
        return rules.OK

    def apply(self, world: World) -> Edit:
        now = RestoreStatuses(tuple((gid, restore.status_of(world, gid)) for gid, _ in self.statuses))
        # VMs before the containers inside them: a VM put back in a stopped state stops its containers.
        for gid, status in sorted(self.statuses, key=lambda s: world.guests[s[0]].in_vm is not None):
            restore.restore_status(world, gid, status)
        return now
