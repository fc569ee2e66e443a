"""Render the SVG icons to the PNG sizes desktops and installers ask for.

Run from anywhere: ``python packaging/make_icons.py``. Writes
``resources/icons/hicolor/<n>x<n>/{apps,mimetypes}/*.png`` (the freedesktop
icon-theme layout, so the .deb copies the tree as is) and
``packaging/windows/virtlab.ico`` (several sizes in one file, for the .exe,
the shortcuts and the .vlab association). The PNGs are committed so a package
build needs no renderer; rerun this after editing an SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
# (svg file, icon-theme context, name in the theme)
ICON_SETS = (
    ("virtlab.svg", "apps", "virtlab"),
    ("application-x-virtlab.svg", "mimetypes", "application-x-virtlab"),
)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot parse {svg}")
    img = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    img.fill(Qt.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing)
    renderer.render(p)
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    img.save(buf, "PNG")
    return bytes(data)


def write_ico(images: list[QImage], path: Path) -> None:
    """An ICO holding PNG-compressed entries (Windows Vista and later read these)."""
    blobs = [png_bytes(i) for i in images]
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(blobs).to_bytes(2, "little")
    offset = 6 + 16 * len(blobs)
    entries = b""
    for img, blob in zip(images, blobs, strict=True):
        dim = img.width() if img.width() < 256 else 0  # 0 means 256 in ICO
        entries += bytes([dim, dim, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        entries += len(blob).to_bytes(4, "little") + offset.to_bytes(4, "little")
        offset += len(blob)
    path.write_bytes(header + entries + b"".join(blobs))


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for svg_name, context, name in ICON_SETS:
        for size in SIZES:
            out = ICONS / "hicolor" / f"{size}x{size}" / context / f"{name}.png"
            out.parent.mkdir(parents=True, exist_ok=True)
            render(ICONS / svg_name, size).save(str(out), "PNG")
    win = ROOT / "packaging" / "windows"
    write_ico([render(ICONS / "virtlab.svg", s) for s in ICO_SIZES], win / "virtlab.ico")
    write_ico([render(ICONS / "application-x-virtlab.svg", s) for s in ICO_SIZES], win / "vlab-file.ico")
    print(f"icons written under {ICONS / 'hicolor'} and {win}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
