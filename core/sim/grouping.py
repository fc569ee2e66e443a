"""Guests grouped by host and by VM, kept for ``World.guests_on`` / ``containers_in``.

Scanning every guest per call made loading a 20,000-guest lab quadratic (each
placement check asks for its host's guests: bench/limits.py).  The groups follow
the world's events: a new guest is appended (it is last in ``guests`` too),
events that move or remove nothing keep them, any other change drops them, to be
made again on the next question.  Every change of ``guests`` or of a guest's host
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

    def of(self, guests: dict[str, Guest]) -> GuestGroups:
        """These groups, made again first if they are out of date."""
        if self._count != len(guests):
            self.by_host, self.by_vm = {}, {}
            for g in guests.values():
                self._put(g)
            self._count = len(guests)
        return self

    def on_event(self, kind: str, obj_id: str, guests: dict[str, Guest]) -> None:
        if self._count < 0 or kind in _KEEP:
            return
        g = guests.get(obj_id) if kind == "guest_added" else None
        if g is None or self._count != len(guests) - 1 or next(reversed(guests)) != obj_id:
            self._count = -1
            return
        self._put(g)
        self._count += 1

    def _put(self, g: Guest) -> None:
        self.by_host.setdefault(g.host_id, []).append(g)
        if g.in_vm is not None:
            self.by_vm.setdefault(g.in_vm, []).append(g)
