"""The sentence an undo entry and the event log show for each kind of edit.

``core.edits`` describes an edit as a key and the names it involves; this
table gives the key its translated sentence.  One whole sentence per host
mode, so a translator can place the mode word where Chinese wants it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.edits import Description
from gui.text.substitute import fill
from gui.text.value_names import product_text

CONTEXT = "EditText"

SENTENCES = {
    "add_host": QT_TRANSLATE_NOOP("EditText", "Add host %1"),
    "remove_host": QT_TRANSLATE_NOOP("EditText", "Remove host %1"),
    "set_mode.native": QT_TRANSLATE_NOOP("EditText", "Set %1 to native (no virtualization)"),
    "set_mode.hosted": QT_TRANSLATE_NOOP("EditText", "Set %1 to hosted (%2)"),
    "set_mode.bare-metal": QT_TRANSLATE_NOOP("EditText", "Set %1 to bare-metal (%2)"),
    "set_mode.hybrid": QT_TRANSLATE_NOOP("EditText", "Set %1 to hybrid (%2)"),
    "set_mode.container": QT_TRANSLATE_NOOP("EditText", "Set %1 to a container host (%2)"),
    "rename": QT_TRANSLATE_NOOP("EditText", "Rename %1 to %2"),
    "set_hardware": QT_TRANSLATE_NOOP("EditText", "Change the hardware of %1"),
    "page_sharing.on": QT_TRANSLATE_NOOP("EditText", "Turn on page sharing on %1"),
    "page_sharing.off": QT_TRANSLATE_NOOP("EditText", "Turn off page sharing on %1"),
    "add_guest": QT_TRANSLATE_NOOP("EditText", "Add %1 to %2"),
    "add_guest_on": QT_TRANSLATE_NOOP("EditText", "Add %1 to %2 and power it on"),
    "remove_guest": QT_TRANSLATE_NOOP("EditText", "Delete %1"),
    "move_guest": QT_TRANSLATE_NOOP("EditText", "Move %1 to %2"),
    "migrate_guest": QT_TRANSLATE_NOOP("EditText", "Live-migrate %1 to %2"),
    "update_guest": QT_TRANSLATE_NOOP("EditText", "Change the settings of %1"),
    "power_on": QT_TRANSLATE_NOOP("EditText", "Power on %1"),
    "power_off": QT_TRANSLATE_NOOP("EditText", "Power off %1"),
    "suspend": QT_TRANSLATE_NOOP("EditText", "Suspend %1"),
    "reset": QT_TRANSLATE_NOOP("EditText", "Reset %1"),
    "take_snapshot": QT_TRANSLATE_NOOP("EditText", "Take a snapshot of %1"),
    "revert_snapshot": QT_TRANSLATE_NOOP("EditText", "Revert %1 to a snapshot"),
    "delete_snapshot": QT_TRANSLATE_NOOP("EditText", "Delete a snapshot of %1"),
    "clone": QT_TRANSLATE_NOOP("EditText", "Clone %1"),
    "crash": QT_TRANSLATE_NOOP("EditText", "Crash %1 (kernel panic)"),
    "panic_host": QT_TRANSLATE_NOOP("EditText", "Kernel panic on %1"),
    "build_image": QT_TRANSLATE_NOOP("EditText", "Build image %1 on %2"),
    "push_image": QT_TRANSLATE_NOOP("EditText", "Push image %1 to the registry"),
    "pull_image": QT_TRANSLATE_NOOP("EditText", "Pull image %1 onto %2"),
    "batch": QT_TRANSLATE_NOOP("EditText", "Several changes"),
    "import": QT_TRANSLATE_NOOP("EditText", "Import %1"),
    "restore": QT_TRANSLATE_NOOP("EditText", "Put back as it was"),
}


def edit_text(description: Description) -> str:
    key, args = description.key, list(description.args)
    if key.startswith("set_mode.") and len(args) > 1:
        args[1] = product_text(args[1])  # brand names, in the UI's wording
    sentence = SENTENCES.get(key, SENTENCES["restore"])
    return fill(QCoreApplication.translate(CONTEXT, sentence), *args)
