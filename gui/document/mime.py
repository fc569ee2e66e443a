"""What is dragged: palette templates and existing guests, as real mime data.

Every drop target (a host's tab, its row in the library tree, its node in the
layer graph) hands the payload to ``gui.document.drops.DropTarget``, so all
targets accept and refuse the same things for the same reasons.
"""

from __future__ import annotations

import json
import os

from PySide6.QtCore import QMimeData, QRectF, Qt
from PySide6.QtGui import QColor, QDrag, QPainter, QPixmap

# Real configurations a drag from the desktop may carry (core.formats reads them).
CONFIG_SUFFIXES = (".vmx", ".vbox", ".xml", ".ovf", ".ova", ".yaml", ".yml")
TEMPLATE_MIME = "application/x-virtlab-template"  # {"kind": "vm"|"container", "template": id}
GUEST_MIME = "application/x-virtlab-guest"  # {"guest": id} or, several at once, {"guest": id, "guests": [ids]}
# A payload from another program may claim any number of guests: more than a lab holds is not ours.
MAX_DRAGGED = 10000


def template_mime(kind: str, template_id: str) -> QMimeData:
    md = QMimeData()
    md.setData(TEMPLATE_MIME, json.dumps({"kind": kind, "template": template_id}).encode())
    return md


def guest_mime(guest_id: str) -> QMimeData:
    return guests_mime([guest_id])


def guests_mime(guest_ids: list[str]) -> QMimeData:
    """One or several guests; "guest" is the first, so a reader of the one-guest form still works."""
    md = QMimeData()
    d = {"guest": guest_ids[0]}
    if len(guest_ids) > 1:
        d["guests"] = list(guest_ids)
    md.setData(GUEST_MIME, json.dumps(d).encode())
    return md


def decode(md: QMimeData) -> dict | None:
    """The payload as a dict with "kind" ("vm", "container" or "guest"), or None.
    A "guest" payload has "guests": every guest dragged, the first being "guest"."""
    try:
        if md.hasFormat(TEMPLATE_MIME):
            d = json.loads(bytes(md.data(TEMPLATE_MIME)).decode())
            if d.get("kind") in ("vm", "container") and isinstance(d.get("template"), str):
                return d
        elif md.hasFormat(GUEST_MIME):
            d = json.loads(bytes(md.data(GUEST_MIME)).decode())
            if isinstance(d.get("guest"), str):
                many = d.get("guests")
                ok = isinstance(many, list) and 0 < len(many) <= MAX_DRAGGED and all(isinstance(g, str) for g in many)
                return {"kind": "guest", "guest": d["guest"], "guests": list(dict.fromkeys(many)) if ok else [d["guest"]]}
    except (ValueError, UnicodeDecodeError, AttributeError):
        pass
    return None


def config_files(md: QMimeData) -> list[str]:
    """Local files with a configuration's suffix in a drag from the desktop (they are
    only read on the drop, by ``core.formats``, which checks them properly)."""
    if not md.hasUrls():
        return []
    return [u.toLocalFile() for u in md.urls()
            if u.isLocalFile() and u.toLocalFile().lower().endswith(CONFIG_SUFFIXES)
            and os.path.isfile(u.toLocalFile())]


def drag_pixmap(icon: QPixmap, count: int) -> QPixmap:
    """The picture under the cursor: the guest's icon, with how many guests go when several do."""
    if count < 2:
        return icon
    out = QPixmap(icon.width() + 14, icon.height() + 8)
    out.fill(Qt.GlobalColor.transparent)
    p = QPainter(out)
    p.drawPixmap(0, 8, icon)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    badge = QRectF(out.width() - 22, 0, 22, 16)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1565c0"))
    p.drawRoundedRect(badge, 8, 8)
    p.setPen(QColor("white"))
    p.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
    p.end()
    return out


def drag_guests(source, guest_ids: list[str], icon: QPixmap) -> Qt.DropAction:
    """Drag one or several guests from ``source`` (a widget); every drop target decodes the same payload."""
    drag = QDrag(source)
    drag.setMimeData(guests_mime(guest_ids))
    drag.setPixmap(drag_pixmap(icon, len(guest_ids)))
    return exec_drag(drag)


def exec_drag(drag: QDrag) -> Qt.DropAction:
    # Apart, so a test can stand in for QDrag.exec's modal loop with real drop events.
    return drag.exec(Qt.DropAction.MoveAction)
