"""One entry point for exports: find the guest or host, check the format fits, write the text."""

from __future__ import annotations

from core.formats.compose import export_compose
from core.formats.libvirt import export_libvirt
from core.formats.model import shown
from core.formats.vmx import export_vmx
from core.model.kinds import Product
from core.model.objects import Guest, Host
from core.sim.world import World

FORMATS = ("libvirt", "vmx", "compose")
SUFFIX = {"libvirt": ".xml", "vmx": ".vmx", "compose": ".yaml"}


class ExportError(ValueError):
    """The target cannot be exported in that format; the message says why (one line)."""


def find(world: World, target: str) -> Guest | Host:
    """A guest or host by id, else by exact name (refusing an ambiguous name)."""
    if target in world.guests:
        return world.guests[target]
    if target in world.hosts:
        return world.hosts[target]
    named = [o for o in (*world.guests.values(), *world.hosts.values()) if o.name == target]
    if len(named) == 1:
        return named[0]
    if named:
        raise ExportError(f"{len(named)} guests or hosts are named {shown(target)!r}; use an id")
    raise ExportError(f"no guest or host has the id or name {shown(target)!r}")


def formats_for(world: World, obj: Guest | Host) -> tuple[str, ...]:
    """The formats ``obj`` can be exported in (for the window's menu)."""
    if isinstance(obj, Host):
        return ("compose",) if any(not g.is_vm for g in world.guests_on(obj.id)) else ()
    if not obj.is_vm:
        return ("compose",)
    product = world.hosts[obj.host_id].product
    if product is Product.KVM:
        return ("libvirt",)
    if product in (Product.VMWARE_WORKSTATION, Product.ESXI):
        return ("vmx",)
    return ()


def export_text(world: World, target: str, fmt: str) -> str:
    obj = find(world, target)
    if fmt not in formats_for(world, obj):
        raise ExportError(_why_not(world, obj, fmt))
    if fmt == "compose":
        if isinstance(obj, Host):
            return export_compose(world.guests_on(obj.id), obj.name)
        return export_compose([obj], world.hosts[obj.host_id].name)
    host = world.hosts[obj.host_id]
    return export_libvirt(obj, host) if fmt == "libvirt" else export_vmx(obj, host)


def _why_not(world: World, obj: Guest | Host, fmt: str) -> str:
    name = shown(obj.name)
    if isinstance(obj, Host):
        if fmt == "compose":
            return f"host {name!r} holds no containers"
        return f"{name!r} is a host; name one of its VMs to export it as {fmt}"
    if fmt == "compose":
        return f"{name!r} is a VM; Compose describes containers"
    if not obj.is_vm:
        return f"{name!r} is a container; {fmt} describes virtual machines (use --format compose)"
    host = world.hosts[obj.host_id]
    stack = f"{host.mode.value}/{host.product.value if host.product else 'none'}"
    need = "a hybrid (KVM) host" if fmt == "libvirt" else "a VMware Workstation or ESXi host"
    return f"{name!r} runs on {stack}; {fmt} is exported from VMs on {need}"
