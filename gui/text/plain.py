"""Text from a lab shown where Qt would guess its format.

Qt shows a tooltip as rich text whenever it looks like HTML (``Qt.mightBeRichText``),
so a guest named ``<img src=…>`` quoted in a refusal would be drawn as markup, and
an image path in it followed.  Names and reasons are the lab's text: always plain.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` exactly as written (escaped into one paragraph)."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""
