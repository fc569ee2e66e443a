"""A running guest's console, simulated: boot messages, then a login prompt or the app's output.

``console_text(world, guest_id)`` is plain text built from the guest's state and
boot progress, so a VM feels like a machine: its kernel names the hypervisor
below it and the disk and network drivers its I/O path gives it.  The lines are
what a machine prints, so they stay in English as on a real console (assumption:
illustrative lines, not captured from real boots).  ``ConsoleView`` shows them
read-only in a small monospace box on the guest's tab.
"""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter
from PySide6.QtWidgets import QPlainTextEdit

from core.model.catalog import GUEST_OSES, IMAGES
from core.model.kinds import GuestState, IoPath

# What the guest's kernel reports as the hypervisor under it (per product).
HYPERVISOR_NAMES = {"vmware-workstation": "VMware", "esxi": "VMware", "virtualbox": "KVM (VirtualBox)",
                    "xen": "Xen", "hyper-v": "Microsoft Hyper-V", "fusionsphere": "KVM", "kvm": "KVM"}
# A container's last line once its process runs.
APP_OUTPUT = {"nginx": "nginx: [notice] start worker processes", "redis": "* Ready to accept connections tcp",
              "mysql": "mysqld: ready for connections. port: 3306", "python": "Python 3.12 >>> ",
              "busybox": "/ # "}


def _linux_boot(g, host) -> list[str]:
    os_name = GUEST_OSES[g.config.os].name if g.config.os in GUEST_OSES else g.config.os
    hv = HYPERVISOR_NAMES.get(host.product.value if host.product else "", "none")
    disk, nic = {IoPath.PARAVIRTUAL: ("virtio_blk vda", "virtio_net eth0"),
                 IoPath.EMULATED: ("ata_piix sda", "e1000 eth0"),
                 IoPath.PASSTHROUGH: ("nvme nvme0n1", "ixgbevf eth0")}[g.config.io]
    return [f"[    0.000000] Linux version 6.8.0 ({os_name})",
            f"[    0.000000] Hypervisor detected: {hv}",
            f"[    0.412345] {disk}: 1 partition",
            f"[    0.523456] {nic}: link up",
            "[    1.234567] EXT4-fs: mounted filesystem",
            "[    2.345678] systemd[1]: Reached target Multi-User System"]


def _windows_boot(_g, _host) -> list[str]:
    return ["Windows Boot Manager", "Loading Windows...", "Starting services...", "Preparing your desktop..."]


def console_text(world, guest_id: str) -> str:
    g = world.guests.get(guest_id)
    if g is None or g.host_id not in world.hosts:
        return ""
    host = world.hosts[g.host_id]
    if not g.is_vm:
        image = g.config.image
        if g.state is GuestState.PULLING:
            return f"Pulling {image}: {100 * g.progress:.0f} %"
        if g.state in (GuestState.STARTING, GuestState.RUNNING):
            name = IMAGES[image].name if image in IMAGES else image
            lines = [f"Starting container {g.name} ({name})"]
            return "\n".join(lines + ([APP_OUTPUT.get(image, "ready")] if g.state is GuestState.RUNNING else []))
        return "" if g.state is GuestState.OFF else f"container {g.state.value}"
    windows = GUEST_OSES.get(g.config.os) is not None and GUEST_OSES[g.config.os].family == "windows"
    if g.state is GuestState.CRASHED:
        return ("Your PC ran into a problem and needs to restart." if windows
                else "Kernel panic - not syncing: Fatal exception")
    if g.state in (GuestState.OFF, GuestState.SUSPENDED):
        return ""
    boot = (_windows_boot if windows else _linux_boot)(g, host)
    if g.state is GuestState.STARTING:
        shown = max(1, round(len(boot) * g.progress))
        return "\n".join(boot[:shown])
    prompt = "Press Ctrl+Alt+Delete to sign in." if windows else f"{g.name.split()[0].lower()} login: _"
    return "\n".join([*boot, "", prompt])


class ConsoleView(QPlainTextEdit):
    """Read-only, monospace, a few lines tall: what the guest prints."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("guestConsole")
        self.setReadOnly(True)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setStyleSheet("QPlainTextEdit#guestConsole { background: #1e1f22; color: #d7dae0; }")
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 9 + 12)

    def show_text(self, text: str) -> None:
        if text != self.toPlainText():  # ticks often change nothing: no repaint
            self.setPlainText(text)


# The library tooltip's picture of a console: small enough for a tooltip, wide enough for a
# boot line's start (assumption: 8 lines at 6 px type read as "a screen", not as text).
THUMB_SIZE = (200, 120)


def console_thumbnail(text: str) -> QImage:
    """``text`` drawn as a small dark console screen (the last lines, as a console scrolls)."""
    width, height = THUMB_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1e1f22"))
    painter = QPainter(image)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPixelSize(9)
    painter.setFont(font)
    painter.setPen(QColor("#d7dae0"))
    step = painter.fontMetrics().lineSpacing()
    rows = (height - 8) // step
    for i, line in enumerate(text.splitlines()[-rows:]):
        # Drawn as pixels, so a guest's name in the prompt is never read as markup.
        painter.drawText(4, 4 + painter.fontMetrics().ascent() + i * step, line)
    painter.end()
    return image


def thumbnail_html(text: str) -> str:
    """An <img> with the console's thumbnail as an inline PNG (data URI), for a rich-text tooltip."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    console_thumbnail(text).save(buffer, "PNG")
    data = base64.b64encode(bytes(buffer.data())).decode("ascii")
    width, height = THUMB_SIZE
    return f'<img src="data:image/png;base64,{data}" width="{width}" height="{height}">'
