"""The shape every edit has, the one function that applies an edit with its check, and batches."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.model.naming import NAME_MAX
from core.sim import rules

if TYPE_CHECKING:
    from core.sim.world import World


@dataclass(frozen=True)
class Description:
    """What an edit does, for an undo entry or a log line: ``key`` picks a sentence
    ("add_guest", "set_mode.hosted"), ``args`` fill its %1, %2 … as written."""

    key: str
    args: tuple[str, ...] = ()


class Edit:
    """One change.  Subclasses are frozen dataclasses holding only data."""

    # Whether edits of this kind in one batch can each be checked on the lab as it is
    # (none needs what another makes), as moves of guests already there can.
    independent = False

    def check(self, world: World) -> rules.Verdict:
        """May this edit be applied to ``world`` now?  Never raises for a missing id."""
        return rules.OK

    def apply(self, world: World) -> Edit:
        """Make the change (already checked) and return its inverse."""
        raise NotImplementedError

    def describe(self, world: World) -> Description:
        """Called before ``apply``, while the objects it names still have their names."""
        return Description("restore")


def perform(world: World, edit: Edit) -> Edit:
    """Check ``edit`` and apply it; raise ``RuleError`` (changing nothing) if refused."""
    verdict = edit.check(world)
    if not verdict:
        raise rules.RuleError(verdict)
    return edit.apply(world)


def name_of(world: World, obj_id: str) -> str:
    obj = world.hosts.get(obj_id) or world.guests.get(obj_id)
    return obj.name if obj is not None else obj_id


def gone(obj_id: str) -> rules.Verdict:
    """The target of an edit is no longer in the lab (a redo after what made it was dropped)."""
    return rules.refuse("no_such_object", "{id} is no longer in the lab.", id=obj_id)


def check_name(name: str) -> rules.Verdict:
    """A name a lab file can hold: not empty, at most NAME_MAX characters."""
    if not name.strip():
        return rules.refuse("empty_name", "A name cannot be empty.")
    if len(name) > NAME_MAX:
        return rules.refuse("name_too_long", "A name can have at most {limit} characters; this one has {length}.",
                            limit=NAME_MAX, length=len(name))
    return rules.OK


def guest_there(world: World, guest_id: str) -> rules.Verdict:
    return rules.OK if guest_id in world.guests else gone(guest_id)


def host_there(world: World, host_id: str) -> rules.Verdict:
    return rules.OK if host_id in world.hosts else gone(host_id)


@dataclass(frozen=True)
class Batch(Edit):
    """Several edits as one step (an import, a multi-selection): all or nothing."""

    edits: tuple[Edit, ...]
    description: Description = Description("batch")

    def check(self, world: World) -> rules.Verdict:
        # Later edits may depend on earlier ones (a guest on an imported host), so
        # only the first can be checked before anything is applied; ``apply``
        # checks each in turn and rolls back if one is refused.
        return self.edits[0].check(world) if self.edits else rules.OK

    def apply(self, world: World) -> Edit:
        done: list[Edit] = []
        try:
            for edit in self.edits:
                done.append(perform(world, edit))
        except rules.RuleError:
            for inverse in reversed(done):
                inverse.apply(world)
            raise
        return Batch(tuple(reversed(done)))

    def describe(self, world: World) -> Description:
        return self.description


def first_refusal(world: World, edit: Edit) -> tuple[Edit, rules.Verdict]:
    """The first part of ``edit`` the rules refuse, with why; ``(edit, OK)`` when none is.

    ``Batch.check`` asks only its first part (later parts may need what earlier ones
    make).  This asks every part before anything changes: moves each on the lab as it
    is, for the usual refusals, then all parts one after the other on a copy of the lab
    (``World.twin``), for what only the sum refuses (several running VMs that
    together need more memory than a host has free).  A copy costs time in a big lab:
    ask this when the answer is shown before the change (a drag's hover, a menu).
    """
    if not isinstance(edit, Batch):
        return edit, edit.check(world)
    # Parts of an import may need a host an earlier part adds: only independent ones are
    # asked on the lab as it is.
    for part in edit.edits if all(part.independent for part in edit.edits) else ():
        verdict = part.check(world)
        if not verdict:
            return part, verdict
    twin = world.twin()
    for part in edit.edits:
        verdict = part.check(twin)
        if not verdict:
            return part, verdict
        part.apply(twin)
    return edit, rules.OK
