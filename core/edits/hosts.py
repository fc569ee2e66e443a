"""Edits of hosts: add, remove, change how it is virtualized, rename, new hardware."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from core.edits.base import Description, Edit, check_name, gone, host_there, name_of
from core.model.hardware import Hardware
from core.model.kinds import PRODUCTS_BY_MODE, Mode, Product
from core.model.objects import Guest, Host
from core.sim import restore, rules
from core.sim.restore import GuestStatus

if TYPE_CHECKING:
    from core.sim.world import World


@dataclass(frozen=True)
class AddHost(Edit):
    host: Host

    def check(self, world: World) -> rules.Verdict:
        if self.host.id in world.hosts or self.host.id in world.guests:
            return rules.refuse("duplicate_id", "The lab already has something called {id}.", id=self.host.id)
        return check_name(self.host.name) and rules.check_mode(self.host, self.host.mode, self.host.product, ())

    def apply(self, world: World) -> Edit:
        world.add_host(replace(self.host, image_cache=set(self.host.image_cache)))
        return RemoveHost(self.host.id)

    def describe(self, world: World) -> Description:
        return Description("add_host", (self.host.name,))


@dataclass(frozen=True)
class RemoveHost(Edit):
    host_id: str

    def check(self, world: World) -> rules.Verdict:
        return host_there(world, self.host_id)

    def apply(self, world: World) -> Edit:
        guests = [(replace(g), restore.status_of(world, g.id)) for g in world.guests_on(self.host_id)]
        # Migrations heading here end with the host; the inverse starts them again where they were.
        travellers = [(gid, restore.status_of(world, gid)) for gid, m in world.migrations.items()
                      if m.target == self.host_id]
        host, _ = world.remove_host(self.host_id)
        return _RestoreHost(host, tuple(guests), tuple(travellers))

    def describe(self, world: World) -> Description:
        return Description("remove_host", (name_of(world, self.host_id),))


@dataclass(frozen=True)
class _RestoreHost(Edit):
    host: Host
    guests: tuple[tuple[Guest, GuestStatus], ...]
    travellers: tuple[tuple[str, GuestStatus], ...]

    def check(self, world: World) -> rules.Verdict:
        return rules.OK if self.host.id not in world.hosts else rules.refuse(
            "duplicate_id", "The lab already has something called {id}.", id=self.host.id)

    def apply(self, world: World) -> Edit:
        restore.restore_host(world, self.host, list(self.guests), list(self.travellers))
        return RemoveHost(self.host.id)


@dataclass(frozen=True)
class SetMode(Edit):
    """Change how a host is virtualized; ``product`` None picks the mode's first product."""

    host_id: str
    mode: Mode
    product: Product | None = None

    @property
    def chosen_product(self) -> Product | None:
        if self.product is None and PRODUCTS_BY_MODE[self.mode]:
            return PRODUCTS_BY_MODE[self.mode][0]
        return self.product

    def check(self, world: World) -> rules.Verdict:
        return host_there(world, self.host_id) and world.check_mode(self.host_id, self.mode, self.chosen_product)

    def apply(self, world: World) -> Edit:
        old = world.set_mode(self.host_id, self.mode, self.chosen_product, checked=True)
        return _RestoreMode(self.host_id, *old)

    def describe(self, world: World) -> Description:
        product = self.chosen_product
        return Description(f"set_mode.{self.mode.value}", (name_of(world, self.host_id), product.value if product else ""))


@dataclass(frozen=True)
class _RestoreMode(Edit):
    host_id: str
    mode: Mode
    product: Product | None

    def check(self, world: World) -> rules.Verdict:
        return host_there(world, self.host_id)

    def apply(self, world: World) -> Edit:
        host = world.hosts[self.host_id]
        inverse = SetMode(self.host_id, host.mode, host.product)
        restore.restore_mode(world, self.host_id, self.mode, self.product)
        return inverse


@dataclass(frozen=True)
class Rename(Edit):
    obj_id: str
    name: str

    def check(self, world: World) -> rules.Verdict:
        if self.obj_id not in world.hosts and self.obj_id not in world.guests:
            return gone(self.obj_id)
        return check_name(self.name)

    def apply(self, world: World) -> Edit:
        return Rename(self.obj_id, world.rename(self.obj_id, self.name))

    def describe(self, world: World) -> Description:
        return Description("rename", (name_of(world, self.obj_id), self.name))


@dataclass(frozen=True)
class SetHardware(Edit):
    host_id: str
    hardware: Hardware

    def check(self, world: World) -> rules.Verdict:
        return host_there(world, self.host_id) and world.check_hardware(self.host_id, self.hardware)

    def apply(self, world: World) -> Edit:
        return SetHardware(self.host_id, world.set_hardware(self.host_id, self.hardware, checked=True))

    def describe(self, world: World) -> Description:
        return Description("set_hardware", (name_of(world, self.host_id),))


@dataclass(frozen=True)
class SetPageSharing(Edit):
    """Let the hypervisor merge identical memory pages across guests (ESXi's TPS, KVM's KSM).

    Off by default, as on current ESXi and most Linux distributions [VMwareTPS2014]; a
    student turns it on to see memory overcommit get cheaper."""

    host_id: str
    on: bool

    def check(self, world: World) -> rules.Verdict:
        return host_there(world, self.host_id)

    def apply(self, world: World) -> Edit:
        host = world.hosts[self.host_id]
        old, host.page_sharing = host.page_sharing, self.on
        world.notify("host_changed", self.host_id)  # the engine recompiles with the new setting
        return SetPageSharing(self.host_id, old)

    def describe(self, world: World) -> Description:
        return Description("page_sharing.on" if self.on else "page_sharing.off", (name_of(world, self.host_id),))
