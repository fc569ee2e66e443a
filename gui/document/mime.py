"""What is dragged: palette templates and existing guests, as real mime data.

Every drop target (a host's tab, its row in the library tree, its node in the
layer graph) hands the payload to ``gui.document.drops.DropTarget``, so all
targets accept and refuse the same things for the same reasons.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

TEMPLATE_MIME = "application/x-virtlab-template"  # {"kind": "vm"|"container", "template": id}
GUEST_MIME = "application/x-virtlab-guest"  # {"guest": id}


def template_mime(kind: str, template_id: str) -> QMimeData:
    md = QMimeData()
    md.setData(TEMPLATE_MIME, json.dumps({"kind": kind, "template": template_id}).encode())
    return md


def guest_mime(guest_id: str) -> QMimeData:
    md = QMimeData()
    md.setData(GUEST_MIME, json.dumps({"guest": guest_id}).encode())
    return md


def decode(md: QMimeData) -> dict | None:
    """The payload as a dict with "kind" ("vm", "container" or "guest"), or None."""
    try:
        if md.hasFormat(TEMPLATE_MIME):
            d = json.loads(bytes(md.data(TEMPLATE_MIME)).decode())
            if d.get("kind") in ("vm", "container") and isinstance(d.get("template"), str):
                return d
        elif md.hasFormat(GUEST_MIME):
            d = json.loads(bytes(md.data(GUEST_MIME)).decode())
            if isinstance(d.get("guest"), str):
                return {"kind": "guest", "guest": d["guest"]}
    except (ValueError, UnicodeDecodeError):
        pass
    return None
