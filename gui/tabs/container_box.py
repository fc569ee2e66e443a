"""A container's isolation on its guest tab: namespaces, cgroup limits, image layers.

What makes a container "isolated but sharing one kernel" (core.sim.isolation):
its namespaces, its cgroup's CPU quota and memory limit, and whether the kernel
is throttling it or has OOM-killed it; and its root file system, the image's
read-only layers under its own thin writable layer (core.course.images).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from core.course.images import BASE_LAYER_MB
from core.model.catalog import IMAGES
from core.model.kinds import GuestState
from core.sim import infra, isolation
from gui.text.substitute import fill

CONTEXT = "ContainerBox"
# What the container sees of its own through each namespace (core.sim.isolation.NAMESPACES).
NAMESPACE_TEXTS = {
    "pid": QT_TRANSLATE_NOOP("ContainerBox", "its own process ids: its first process is PID 1"),
    "net": QT_TRANSLATE_NOOP("ContainerBox", "its own network interfaces, addresses and ports"),
    "mnt": QT_TRANSLATE_NOOP("ContainerBox", "its own mounts: the image's layers as its root file system"),
    "uts": QT_TRANSLATE_NOOP("ContainerBox", "its own host name"),
    "ipc": QT_TRANSLATE_NOOP("ContainerBox", "its own shared memory and message queues"),
    "user": QT_TRANSLATE_NOOP("ContainerBox", "its own user ids: root inside is not root on the host"),
}


THROTTLED = QT_TRANSLATE_NOOP("ContainerBox", " · throttled")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _plain(text: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)  # image and layer names come from lab files
    lab.setWordWrap(True)
    return lab


class ContainerBox(QGroupBox):
    """Shown for containers only; ``refresh`` on changes, ``update_values`` on ticks."""

    def __init__(self, document, guest_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("containerIsolation")
        self.setTitle(self.tr("Isolation: namespaces and cgroups"))
        self.document, self.guest_id = document, guest_id
        lay = QVBoxLayout(self)
        self.intro = _plain(self.tr("Isolated, but sharing one kernel: the host's kernel runs this container's "
                                    "processes. Namespaces give it its own view; its cgroup limits what it uses."))
        lay.addWidget(self.intro)
        ns = QFormLayout()
        ns.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, _ in isolation.NAMESPACES:
            ns.addRow(f"{key}:", _plain(_tr(NAMESPACE_TEXTS[key])))
        limits = ns  # one form, so namespace names and limit names line up
        self.cpu = _plain()
        self.cpu.setObjectName("cgroupCpu")
        self.memory = _plain()
        self.memory.setObjectName("cgroupMemory")
        limits.addRow(self.tr("CPU quota:"), self.cpu)
        limits.addRow(self.tr("Memory limit:"), self.memory)
        lay.addLayout(ns)
        self.status = _plain()
        self.status.setObjectName("isolationStatus")
        lay.addWidget(self.status)
        self.layers = _plain()
        self.layers.setObjectName("unionLayers")
        lay.addWidget(QLabel(self.tr("File system (union of layers, top first):")))
        lay.addWidget(self.layers)
        lay.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        g = self.document.world.guests.get(self.guest_id)
        if g is None or g.is_vm:
            return
        lim = isolation.limits(g.config)
        self.cpu.setText(fill(self.tr("%1 cores (cpu.max \u201c%2\u201d: %3 µs of CPU time every %4 µs)"),
                              f"{lim.cpu_cores:g}", lim.cpu_max, f"{lim.cpu_quota_us:,}",
                              f"{isolation.CFS_PERIOD_US:,}"))
        self.memory.setText(fill(self.tr("%1 MB (memory.max); its processes need about %2 MB"),
                                 f"{lim.memory_max_mb:,}", f"{lim.memory_need_mb:,}"))
        image = IMAGES.get(g.config.image)
        lines = [self.tr("▲ writable layer: this container's own; its writes and deletions go here")]
        built = self.document.world.built_images.get(g.config.built)
        if built is not None:  # an image built in the lab: its own layers, then its base's
            for layer in reversed(built[1].layers):
                if layer.instruction.startswith("FROM"):
                    break
                lines.append(fill(self.tr("■ %1: %2 MB, read-only, built in this lab"),
                                  layer.instruction, f"{layer.size_mb:g}"))
        if image is not None:
            for layer in reversed(image.layers):
                lines.append(fill(self.tr("■ %1: %2 MB, read-only, shared with every container of the image"),
                                  layer, f"{BASE_LAYER_MB.get(layer, 0):,}"))
        self.layers.setText("\n".join(lines))
        self.update_values()

    def update_values(self) -> None:
        world = self.document.world
        g = world.guests.get(self.guest_id)
        if g is None or g.is_vm:
            return
        lim = isolation.limits(g.config)
        if g.id in world.oom_killed:
            text = fill(self.tr("Killed by the kernel's OOM killer: its processes needed %1 MB, more than its "
                                "%2 MB memory limit. Raise the limit and power it on again."),
                        f"{lim.memory_need_mb:,}", f"{lim.memory_max_mb:,}")
        elif g.state is not GuestState.RUNNING:
            text = "" if lim.fits else fill(self.tr("Its memory limit (%1 MB) is below what it needs (%2 MB): "
                                                    "the OOM killer will end it when it runs."),
                                            f"{lim.memory_max_mb:,}", f"{lim.memory_need_mb:,}")
        else:
            used = isolation.throttled(world.latest, world, g.id)
            if isolation.is_throttled(used):
                text = self.tr("Throttled: it uses its whole CPU quota, so the scheduler holds it back until "
                               "the next period.")
            else:
                text = fill(self.tr("Within its limits: %1 % of its CPU quota in use."), f"{used or 0:.0f}")
        if text != self.status.text():
            self.status.setText(text)


def throttle_note(world, guest_id: str) -> str:
    """" · throttled" after a container's CPU meter when its quota holds it back, else ""."""
    g = world.guests.get(guest_id)
    if g is None or g.is_vm or g.state is not GuestState.RUNNING:
        return ""
    return _tr(THROTTLED) if isolation.is_throttled(isolation.throttled(world.latest, world, guest_id)) else ""


REACH = {  # (reaches outside, reachable from the LAN) -> what the address means
    (True, True): QT_TRANSLATE_NOOP("ContainerBox", "%1: on the LAN, reachable from it"),
    (True, False): QT_TRANSLATE_NOOP("ContainerBox", "%1: private, behind NAT: it reaches out, the LAN cannot reach in"),
    (False, False): QT_TRANSLATE_NOOP("ContainerBox", "%1: host-only, cannot reach outside the host"),
    (False, True): QT_TRANSLATE_NOOP("ContainerBox", "%1"),
}


def address_text(world, guest_id: str) -> str:
    """A guest's address and what it can reach (core.sim.infra), for the guest tab's summary."""
    addr = infra.address(world, guest_id)
    if addr == "host":
        return _tr(HOST_STACK)
    if not world.guests[guest_id].is_vm and world.guests[guest_id].config.ports:
        return fill(_tr(PUBLISHED), addr)
    key = (infra.reaches_outside(world, guest_id), infra.reachable_from_lan(world, guest_id))
    return fill(_tr(REACH[key]), addr)


PUBLISHED = QT_TRANSLATE_NOOP("ContainerBox", "%1: Docker's bridge, behind NAT; its published ports let the LAN in")
HOST_STACK = QT_TRANSLATE_NOOP("ContainerBox", "the host's own address (host network)")
