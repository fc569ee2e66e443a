"""Guests grouped by host and by VM, kept for ``World.guests_on`` / ``containers_in``.

Scanning every guest per call made loading a 20,000-guest lab quadratic (each
placement check asks for its host's guests: bench/limits.py).  The groups follow
the world's events: a new guest is appended (it is last in ``guests`` too), a
removed one taken out of its groups (an undone add: remaking the groups of
20,000 guests cost 10 ms of each such undo), events that move or remove nothing
keep them, any other change drops them, to be made again on the next question.  Every change of ``guests`` or of a guest's host
is followed by an event; a guest put in or taken out of the dict without one (a
scratch world) changes its length, which is checked too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.model.objects import Guest

# Events after which every guest is still on the host (and in the VM) it was on.
_KEEP = ("tick", "host_added", "guest_state")


class GuestGroups:
    def __init__(self):
        self._count = -1  # len(guests) when made; -1: to make again
        self.by_host: dict[str, list[Guest]] = {}
        self.by_vm: dict[str, list[Guest]] = {}
        self._put_in: dict[str, tuple[str, str | None]] = {}  # guest id -> the host and VM it is grouped under

    def of(self, guests: dict[str, Guest]) -> GuestGroups:
        """These groups, made again first if they are out of date."""
        if self._count != len(guests):
            self.by_host, self.by_vm, self._put_in = {}, {}, {}
            for g in guests.values():
                self._put(g)
            self._count = len(guests)
        return self

    def on_event(self, kind: str, obj_id: str, guests: dict[str, Guest]) -> None:
        if self._count < 0 or kind in _KEEP:
            return
        if kind == "guest_added":
            g = guests.get(obj_id)
            if g is not None and self._count == len(guests) - 1 and next(reversed(guests)) == obj_id:
                self._put(g)
                self._count += 1
                return
        elif kind == "guest_removed" and self._count == len(guests) + 1 and obj_id not in guests:
            if self._take(obj_id):
                self._count -= 1
                return
        self._count = -1

    def _put(self, g: Guest) -> None:
        self.by_host.setdefault(g.host_id, []).append(g)
        if g.in_vm is not None:
            self.by_vm.setdefault(g.in_vm, []).append(g)
        self._put_in[g.id] = (g.host_id, g.in_vm)

    def _take(self, guest_id: str) -> bool:
        """Take a guest out of the groups it was put in (its host may have changed since); False if in none."""
        where = self._put_in.pop(guest_id, None)
        if where is None:
            return False
        for groups, key in ((self.by_host, where[0]), (self.by_vm, where[1])):
            members = groups.get(key)
            if members is None:
                continue
            members[:] = [g for g in members if g.id != guest_id]  # a host's few dozen: keeps their order
            if not members:
                del groups[key]
        return True
