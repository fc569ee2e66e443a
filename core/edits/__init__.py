"""Every change a user can make to a lab, as a small object: check, apply, inverse.

An edit is plain data (ids, names, configurations).  ``check(world)`` asks the
rules and returns a ``Verdict``; ``apply(world)`` makes the change and returns
the edit that undoes it.  Inverses put back exactly what was there (they go
through ``core.sim.restore`` and do not ask the rules again).  The window
wraps one edit in one undo step (``gui.document.undo``), the CLI and the tests
apply the same edits without Qt, and a list of edits is what a student did.

``perform(world, edit)`` is the one way to apply an edit with its check.
"""

from core.edits.base import Batch, Description, Edit, first_refusal, perform
from core.edits.course import (
    Clone,
    Crash,
    DeleteSnapshot,
    Nothing,
    PanicHost,
    RevertSnapshot,
    TakeSnapshot,
    WatchPath,
)
from core.edits.guests import (
    AddGuest,
    MoveGuest,
    RemoveGuest,
    UpdateGuest,
    guest_from_template,
    move_guests,
    unique_name,
)
from core.edits.hosts import AddHost, RemoveHost, Rename, SetHardware, SetMode, SetPageSharing
from core.edits.images import BuildImage, PullImage, PushImage
from core.edits.power import Power

__all__ = [
    "AddGuest", "AddHost", "Batch", "BuildImage", "PullImage", "PushImage", "Clone", "Crash", "DeleteSnapshot", "Description", "Edit", "MoveGuest",
    "PanicHost", "Power", "RemoveGuest", "RemoveHost", "Rename", "RevertSnapshot", "SetHardware", "SetMode",
    "SetPageSharing",
    "TakeSnapshot", "UpdateGuest", "WatchPath", "Nothing", "first_refusal", "guest_from_template", "move_guests",
    "perform", "unique_name",
]
