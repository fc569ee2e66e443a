"""The document: one world, one undo stack, one simulation clock.

Every change a user makes goes through a method here.  It asks ``core`` first;
a refused change emits ``refused`` with the verdict (views show the reason) and
changes nothing.  An allowed change is pushed as an undo command.  The world's
events are relayed as Qt signals, so views update item by item.

Signals:
    host_added(str), host_removed(str), host_changed(str)
    guest_added(str), guest_removed(str), guest_changed(str), guest_moved(str),
    guest_state_changed(str)
    ticked()               -- after each simulation step; read ``world.latest``
    world_replaced()       -- a new world was loaded: rebuild views once
    refused(object)        -- a ``core.sim.rules.Verdict`` that said no
    logged(str, str)       -- (level, text) for the event log: "info", "warning"
    running_changed(bool), speed_changed(float)
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from core.files import vm_file
from core.model.catalog import IMAGES, VM_TEMPLATES
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import PRODUCTS_BY_MODE, GuestState, Mode, Product, Technique
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.sim import faults, rules, snapshots
from core.sim.world import Event, World
from gui.document import undo
from gui.text.reasons import reason_text

SPEEDS = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
DEFAULT_TICK_HZ = 4


def fill(template: str, *args: str) -> str:
    """Put ``args`` into ``template``'s %1, %2 … in one pass, so a name that itself
    contains "%2" is shown as written (QString::arg semantics, without Qt)."""
    return re.sub(r"%(\d)", lambda m: args[int(m[1]) - 1] if 0 < int(m[1]) <= len(args) else m[0], template)


class Document(QObject):
    host_added = Signal(str)
    host_removed = Signal(str)
    host_changed = Signal(str)
    guest_added = Signal(str)
    guest_removed = Signal(str)
    guest_changed = Signal(str)
    guest_moved = Signal(str)
    guest_state_changed = Signal(str)
    ticked = Signal()
    world_replaced = Signal()
    refused = Signal(object)
    logged = Signal(str, str)
    running_changed = Signal(bool)
    speed_changed = Signal(float)

    def __init__(self, world: World | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.path: Path | None = None
        self.speed = 1.0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer)
        self.set_tick_rate(DEFAULT_TICK_HZ)
        self.world: World = World()
        self.world.subscribe(self._on_event)
        self._relay = {
            "host_added": self.host_added, "host_removed": self.host_removed,
            "host_changed": self.host_changed, "guest_added": self.guest_added,
            "guest_removed": self.guest_removed, "guest_changed": self.guest_changed,
            "guest_moved": self.guest_moved, "guest_state": self.guest_state_changed,
        }
        self.set_world(world or World())

    # --- the world ---------------------------------------------------------------------
    def set_world(self, world: World, path: Path | None = None) -> None:
        """Replace the whole world (new or opened document); clears undo."""
        self.world.unsubscribe(self._on_event)
        self.world = world
        self.path = path
        world.subscribe(self._on_event)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.world_replaced.emit()

    def _on_event(self, ev: Event) -> None:
        if ev.kind == "tick":
            self.ticked.emit()
        elif ev.kind in self._relay:
            self._relay[ev.kind].emit(ev.id)

    # --- helpers -----------------------------------------------------------------------
    def _check(self, verdict: rules.Verdict) -> bool:
        if not verdict:
            self.refused.emit(verdict)
            self.logged.emit("warning", reason_text(verdict))
        return verdict.ok

    def _push(self, cmd) -> None:
        cmd.on_refused = self._check  # a later redo/undo the world refuses is reported, not raised
        text = cmd.text()  # before push: a command refused at once is deleted by the stack
        self.undo_stack.push(cmd)
        self.logged.emit("info", text)

    def name_of(self, obj_id: str) -> str:
        obj = self.world.hosts.get(obj_id) or self.world.guests.get(obj_id)
        return obj.name if obj else obj_id

    # --- hosts -------------------------------------------------------------------------
    def add_host(self, template: str = "lab-pc", name: str | None = None,
                 mode: Mode = Mode.NATIVE, product: Product | None = None) -> str | None:
        """Add a host; None (and ``refused``) when its hardware cannot run ``mode``."""
        hid = self.world.new_id("host")
        host = Host(hid, name or hid, HOST_TEMPLATES[template], mode, product)
        if not self._check(rules.check_mode(host, mode, product, ())):
            return None
        self._push(undo.AddHost(self.world, host, self.tr("Add host %s") % host.name))
        return hid

    def remove_host(self, host_id: str) -> None:
        self._push(undo.RemoveHost(self.world, host_id, self.tr("Remove host %s") % self.name_of(host_id)))

    def check_mode(self, host_id: str, mode: Mode, product: Product | None) -> rules.Verdict:
        return self.world.check_mode(host_id, mode, product)

    def set_mode(self, host_id: str, mode: Mode, product: Product | None = None) -> rules.Verdict:
        if product is None and PRODUCTS_BY_MODE[mode]:
            product = PRODUCTS_BY_MODE[mode][0]
        v = self.check_mode(host_id, mode, product)
        if self._check(v):
            from gui.text.value_names import product_text  # noqa: PLC0415 (words for core's enum values)

            # One whole sentence per mode, so a translator can place the mode word.
            template = {
                Mode.NATIVE: self.tr("Set %1 to native (no virtualization)"),
                Mode.HOSTED: self.tr("Set %1 to hosted (%2)"),
                Mode.BARE_METAL: self.tr("Set %1 to bare-metal (%2)"),
                Mode.HYBRID: self.tr("Set %1 to hybrid (%2)"),
                Mode.CONTAINER: self.tr("Set %1 to a container host (%2)"),
            }[mode]
            text = fill(template, self.name_of(host_id), product_text(product))
            self._push(undo.SetMode(self.world, host_id, mode, product, text))
        return v

    def rename(self, obj_id: str, name: str) -> None:
        self._push(undo.Rename(self.world, obj_id, name, fill(self.tr("Rename %1 to %2"), self.name_of(obj_id), name)))

    # --- guests ------------------------------------------------------------------------
    def template_config(self, host_id: str, kind: str, template_id: str) -> tuple[VmConfig | ContainerConfig, str, str]:
        """(config, workload, name) for a palette template dropped on ``host_id``.

        VM defaults follow the host: hardware assist where the CPU has VT-x,
        otherwise binary translation; paravirtual I/O; NAT, as VMware's wizard does.
        """
        host = self.world.hosts[host_id]
        if kind == "vm":
            t = VM_TEMPLATES[template_id]
            tech = Technique.HARDWARE if host.hardware.cpu.vtx else Technique.FULL
            if host.product is Product.XEN and template_id == "xen-pv":
                tech = Technique.PARA
            elif host.product is Product.XEN and not host.hardware.cpu.vtx:
                tech = Technique.PARA
            cfg = VmConfig(t.os, vcpus=min(t.vcpus, host.hardware.cpu.cores),
                           memory_mb=min(t.memory_mb, host.hardware.memory_mb // 2),
                           disk_gb=t.disk_gb, technique=tech)
            return cfg, t.workload, t.name
        img = IMAGES[template_id]
        return ContainerConfig(img.id), img.workload, img.name

    def check_drop(self, host_id: str, kind: str, template_id: str) -> rules.Verdict:
        cfg, _, _ = self.template_config(host_id, kind, template_id)
        return self.world.check_add_guest(host_id, cfg)

    def add_guest_from_template(self, host_id: str, kind: str, template_id: str) -> tuple[rules.Verdict, str | None]:
        """Create a guest from a palette template; returns (verdict, new guest id)."""
        cfg, workload, base = self.template_config(host_id, kind, template_id)
        return self.add_guest(host_id, cfg, workload, self.unique_name(base))

    def add_guest(self, host_id: str, config: VmConfig | ContainerConfig, workload: str,
                  name: str) -> tuple[rules.Verdict, str | None]:
        """Create a guest with a given configuration (the New VM wizard); one undo step."""
        v = self.world.check_add_guest(host_id, config)
        if not self._check(v):
            return v, None
        gid = self.world.new_id("vm" if isinstance(config, VmConfig) else "ctr")
        guest = Guest(gid, name, host_id, config, workload)
        self._push(undo.AddGuest(self.world, guest, fill(self.tr("Add %1 to %2"), guest.name, self.name_of(host_id))))
        return v, gid

    def unique_name(self, base: str) -> str:
        """``base``, or ``base (2)``, ``base (3)`` … if a guest already has that name."""
        names = {g.name for g in self.world.guests.values()}
        if base not in names:
            return base
        k = 2
        while f"{base} ({k})" in names:
            k += 1
        return f"{base} ({k})"

    def remove_guest(self, guest_id: str) -> rules.Verdict:
        v = self.world.check_remove_guest(guest_id)
        if self._check(v):
            self._push(undo.RemoveGuest(self.world, guest_id, self.tr("Delete %s") % self.name_of(guest_id)))
        return v

    def move_guest(self, guest_id: str, host_id: str) -> rules.Verdict:
        v = self.world.check_move(guest_id, host_id)
        if self._check(v):
            if self.world.guests[guest_id].state is GuestState.OFF:
                text = fill(self.tr("Move %1 to %2"), self.name_of(guest_id), self.name_of(host_id))
            else:  # a running VM goes by live migration (core.sim.migration)
                text = fill(self.tr("Live-migrate %1 to %2"), self.name_of(guest_id), self.name_of(host_id))
            self._push(undo.MoveGuest(self.world, guest_id, host_id, text))
        return v

    def update_guest(self, guest_id: str, config=None, workload: str | None = None) -> rules.Verdict:
        v = self.world.check_update(guest_id, config) if config is not None else rules.OK
        if self._check(v):
            text = self.tr("Change the settings of %s") % self.name_of(guest_id)
            self._push(undo.UpdateGuest(self.world, guest_id, config, workload, text))
        return v

    # --- power -------------------------------------------------------------------------
    def power_on(self, guest_id: str) -> rules.Verdict:
        v = self.world.check_power_on(guest_id)
        if self._check(v):
            self._push(undo.Power(self.world, guest_id, "power_on", self.tr("Power on %s") % self.name_of(guest_id)))
        return v

    def power_off(self, guest_id: str) -> rules.Verdict:
        self._push(undo.Power(self.world, guest_id, "power_off", self.tr("Power off %s") % self.name_of(guest_id)))
        return rules.OK

    def suspend(self, guest_id: str) -> rules.Verdict:
        v = self.world.check_suspend(guest_id)
        if self._check(v):
            self._push(undo.Power(self.world, guest_id, "suspend", self.tr("Suspend %s") % self.name_of(guest_id)))
        return v

    def reset(self, guest_id: str) -> rules.Verdict:
        v = self.world.check_reset(guest_id)
        if self._check(v):
            self._push(undo.Power(self.world, guest_id, "reset", self.tr("Reset %s") % self.name_of(guest_id)))
        return v

    # --- course operations: snapshots, clones, crashes, import ---------------------------
    def take_snapshot(self, guest_id: str, name: str) -> rules.Verdict:
        v = snapshots.check_take(self.world, guest_id)
        if self._check(v):
            sid = self.world.new_id("snap")
            self._push(undo.TakeSnapshot(self.world, guest_id, sid, name,
                                             self.tr("Take a snapshot of %s") % self.name_of(guest_id)))
        return v

    def revert_snapshot(self, guest_id: str, snap_id: str) -> rules.Verdict:
        v = snapshots.check_revert(self.world, guest_id, snap_id)
        if self._check(v):
            self._push(undo.RevertSnapshot(self.world, guest_id, snap_id,
                                               self.tr("Revert %s to a snapshot") % self.name_of(guest_id)))
        return v

    def delete_snapshot(self, guest_id: str, snap_id: str) -> rules.Verdict:
        v = snapshots.check_delete(self.world, guest_id, snap_id)
        if self._check(v):
            self._push(undo.DeleteSnapshot(self.world, guest_id, snap_id,
                                               self.tr("Delete a snapshot of %s") % self.name_of(guest_id)))
        return v

    def clone_guest(self, guest_id: str, linked: bool, snap_id: str | None = None) -> tuple[rules.Verdict, str | None]:
        """A full or linked clone of ``guest_id`` (from ``snap_id`` or its present state)."""
        if linked and snap_id is None:
            snap_id = snapshots.tree(self.world, guest_id).current
        v = snapshots.check_clone(self.world, guest_id, linked, snap_id)
        if not self._check(v):
            return v, None
        cid = self.world.new_id("vm")
        base = self.name_of(guest_id)
        name = self.unique_name(self.tr("%s (linked clone)") % base if linked else self.tr("%s (clone)") % base)
        self._push(undo.CloneGuest(self.world, guest_id, cid, name, linked, snap_id,
                                       self.tr("Clone %s") % base))
        return v, cid

    def crash_guest(self, guest_id: str) -> rules.Verdict:
        """A kernel panic in the guest: a VM falls alone, containers share the host's kernel."""
        v = faults.check_crash(self.world, guest_id)
        if self._check(v):
            self._push(undo.Crash(self.world, guest_id, False,
                                      self.tr("Crash %s (kernel panic)") % self.name_of(guest_id)))
        return v

    def panic_host(self, host_id: str) -> None:
        self._push(undo.Crash(self.world, host_id, True,
                                  self.tr("Kernel panic on %s") % self.name_of(host_id)))

    def import_vm(self, host_id: str, path) -> tuple[rules.Verdict | None, str]:
        """Import a .vlabvm file onto ``host_id``: (verdict, new id), or (None, error) for a bad file."""
        try:
            cfg, workload, name = vm_file.read_vm(path)
        except vm_file.ExportError as e:
            self.logged.emit("warning", str(e))
            return None, str(e)
        v, gid = self.add_guest(host_id, cfg, workload, self.unique_name(name))
        return v, gid or ""

    # --- the clock ---------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_running(self, on: bool) -> None:
        if on != self.running:
            self._timer.start() if on else self._timer.stop()
            self.running_changed.emit(on)

    def set_speed(self, speed: float) -> None:
        self.speed = max(SPEEDS[0], min(SPEEDS[-1], speed))
        self.speed_changed.emit(self.speed)

    def set_tick_rate(self, hz: float) -> None:
        self.tick_hz = max(1.0, min(30.0, hz))
        self._timer.setInterval(round(1000 / self.tick_hz))

    def step(self) -> None:
        """One tick of simulated time (speed x tick interval)."""
        self.world.step(self.speed / self.tick_hz)

    def _on_timer(self) -> None:
        self.step()
