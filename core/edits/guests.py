"""Edits of guests: add (from a palette template or a full configuration), remove, move, change.

``guest_from_template`` is where a palette template becomes a configuration
for a given host: the technique follows the CPU and the product, the size
follows the host.  The GUI, the CLI and tests all start a dropped guest here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from core.edits.base import Batch, Description, Edit, check_name, gone, guest_there, host_there, name_of
from core.model.catalog import IMAGES, VM_TEMPLATES
from core.model.kinds import GuestState, Product, Technique
from core.model.naming import fit_name
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.model.workloads import WORKLOADS
from core.sim import restore, rules
from core.sim.restore import GuestStatus

if TYPE_CHECKING:
    from core.sim.world import World


def template_config(host: Host, kind: str, template_id: str) -> tuple[VmConfig | ContainerConfig, str, str]:
    """(configuration, workload, name) for a palette template placed on ``host``.

    A VM gets hardware assistance where the CPU has VT-x and binary translation
    where it has not, as VMware Workstation's wizard chose; on Xen, a kernel
    built for it (and any guest on a CPU without VT-x) runs paravirtualized,
    because Xen without VT-x has no other way [Barham2003].  Paravirtual I/O
    and NAT are the wizards' defaults.  A template asking for more than the
    host has gets at most its cores and half its memory (assumption: what a
    wizard would leave for the host).
    """
    if kind == "vm":
        t = VM_TEMPLATES[template_id]
        tech = Technique.HARDWARE if host.hardware.cpu.vtx else Technique.FULL
        if host.product is Product.XEN and (template_id == "xen-pv" or not host.hardware.cpu.vtx):
            tech = Technique.PARA
        cfg = VmConfig(t.os, vcpus=min(t.vcpus, host.hardware.cpu.cores),
                       memory_mb=min(t.memory_mb, host.hardware.memory_mb // 2),
                       disk_gb=t.disk_gb, technique=tech)
        return cfg, t.workload, t.name
    img = IMAGES[template_id]
    return ContainerConfig(img.id), img.workload, img.name


def unique_name(world: World, base: str) -> str:
    """``base``, or ``base (2)``, ``base (3)`` … if a guest already has that name; never longer
    than a lab file can hold (``NAME_MAX``)."""
    names = {g.name for g in world.guests.values()}
    name = fit_name(base)
    k = 2
    while name in names:
        name = fit_name(base, f" ({k})")
        k += 1
    return name


def guest_from_template(world: World, host_id: str, kind: str, template_id: str, probe: bool = False,
                        name: str = "") -> AddGuest:
    """The edit that a palette template dropped on ``host_id`` makes, with a fresh id and name
    (``probe``: only to ask whether it would be allowed, so no id is used up).  The name is
    ``name`` or the template's, made unique (the window passes the template's name in the
    student's language).

    ``host_id`` may also name a VM: the container then runs inside it (a nested
    stack, ``core.sim.nesting``), on the VM's host."""
    in_vm = None
    if host_id in world.guests:
        in_vm, host_id = host_id, world.guests[host_id].host_id
    cfg, workload, base = template_config(world.hosts[host_id], kind, template_id)
    prefix = "vm" if kind == "vm" else "ctr"
    gid = world.peek_id(prefix) if probe else world.new_id(prefix)
    return AddGuest(Guest(gid, unique_name(world, name or base), host_id, cfg, workload, in_vm=in_vm))


@dataclass(frozen=True)
class AddGuest(Edit):
    guest: Guest

    def check(self, world: World) -> rules.Verdict:
        g = self.guest
        if g.id in world.guests or g.id in world.hosts:
            return rules.refuse("duplicate_id", "The lab already has something called {id}.", id=g.id)
        if g.workload not in WORKLOADS:
            return rules.refuse("unknown_workload", "{workload} is not a workload VirtLab knows.",
                                workload=g.workload)
        return check_name(g.name) and host_there(world, g.host_id) and world.check_add_guest(
            g.host_id, g.config, g.id in world.links, g.in_vm)

    def apply(self, world: World) -> Edit:
        world.add_guest(replace(self.guest, state=GuestState.OFF, timer=0.0, timer_total=0.0), checked=True)
        return RemoveGuest(self.guest.id)

    def describe(self, world: World) -> Description:
        return Description("add_guest", (self.guest.name, name_of(world, self.guest.in_vm or self.guest.host_id)))


@dataclass(frozen=True)
class RemoveGuest(Edit):
    """Delete a guest; a VM with containers inside goes only with ``with_containers``
    (the window asks first), and then takes them along in the same step."""

    guest_id: str
    with_containers: bool = False

    def check(self, world: World) -> rules.Verdict:
        return guest_there(world, self.guest_id) and world.check_remove_guest(self.guest_id, self.with_containers)

    def apply(self, world: World) -> Edit:
        inner = [RemoveGuest(c.id).apply(world) for c in world.containers_in(self.guest_id)]
        status = restore.status_of(world, self.guest_id)
        back = _RestoreGuest(world.remove_guest(self.guest_id), status)
        # Undo puts the VM back first, then its containers.
        return Batch((back, *reversed(inner))) if inner else back

    def describe(self, world: World) -> Description:
        return Description("remove_guest", (name_of(world, self.guest_id),))


@dataclass(frozen=True)
class _RestoreGuest(Edit):
    guest: Guest
    status: GuestStatus

    def check(self, world: World) -> rules.Verdict:
        return host_there(world, self.guest.host_id)

    def apply(self, world: World) -> Edit:
        restore.restore_guest(world, self.guest, self.status)
        return RemoveGuest(self.guest.id)


@dataclass(frozen=True)
class MoveGuest(Edit):
    """A stopped guest moves at once; a running VM starts a live migration."""

    guest_id: str
    host_id: str
    independent = True  # not a field: moves of guests already placed need nothing of each other

    def check(self, world: World) -> rules.Verdict:
        return (guest_there(world, self.guest_id) and host_there(world, self.host_id)
                and world.check_move(self.guest_id, self.host_id))

    def apply(self, world: World) -> Edit:
        return _Place(self.guest_id, world.move_guest(self.guest_id, self.host_id, checked=True))

    def describe(self, world: World) -> Description:
        running = self.guest_id in world.guests and world.guests[self.guest_id].state is not GuestState.OFF
        return Description("migrate_guest" if running else "move_guest",
                           (name_of(world, self.guest_id), name_of(world, self.host_id)))


@dataclass(frozen=True)
class _Place(Edit):
    guest_id: str
    host_id: str

    def check(self, world: World) -> rules.Verdict:
        return guest_there(world, self.guest_id) and host_there(world, self.host_id)

    def apply(self, world: World) -> Edit:
        target = world.migrations[self.guest_id].target if self.guest_id in world.migrations else None
        restore.place(world, self.guest_id, self.host_id)
        return MoveGuest(self.guest_id, target or self.host_id)


@dataclass(frozen=True)
class UpdateGuest(Edit):
    """New virtual hardware and/or workload (None keeps what the guest has)."""

    guest_id: str
    config: VmConfig | ContainerConfig | None = None
    workload: str | None = None

    def check(self, world: World) -> rules.Verdict:
        if self.guest_id not in world.guests:
            return gone(self.guest_id)
        if self.workload is not None and self.workload not in WORKLOADS:
            return rules.refuse("unknown_workload", "{workload} is not a workload VirtLab knows.",
                                workload=self.workload)
        return world.check_update(self.guest_id, self.config) if self.config is not None else rules.OK

    def apply(self, world: World) -> Edit:
        old_config, old_workload = world.update_guest(self.guest_id, self.config, self.workload, checked=True)
        return _RestoreSettings(self.guest_id, old_config, old_workload)

    def describe(self, world: World) -> Description:
        return Description("update_guest", (name_of(world, self.guest_id),))


@dataclass(frozen=True)
class _RestoreSettings(Edit):
    guest_id: str
    config: VmConfig | ContainerConfig
    workload: str

    def check(self, world: World) -> rules.Verdict:
        return guest_there(world, self.guest_id)

    def apply(self, world: World) -> Edit:
        g = world.guests[self.guest_id]
        inverse = UpdateGuest(self.guest_id, g.config, g.workload)
        restore.restore_settings(world, self.guest_id, self.config, self.workload)
        return inverse


def move_guests(world: World, guest_ids: list[str], host_id: str) -> Edit | None:
    """Moving guests to ``host_id``: one MoveGuest, or several as one Batch (all or nothing).

    Of several, those already on the host stay, and a container inside a VM that
    moves goes with its VM (``core.sim.nesting``) rather than on its own.
    """
    ids = [g for g in dict.fromkeys(guest_ids) if g in world.guests]
    if len(ids) < 2:
        return MoveGuest(ids[0], host_id) if ids else None
    steps = tuple(MoveGuest(g, host_id) for g in ids
                  if world.guests[g].host_id != host_id and world.guests[g].in_vm not in ids)
    if not steps:
        return MoveGuest(ids[0], host_id)  # all there already: its check says so
    return steps[0] if len(steps) == 1 else Batch(steps)
