"""Small world-building helpers for the core tests (no Qt)."""

from __future__ import annotations

from dataclasses import replace

from core.model.hardware import HOST_TEMPLATES, Hardware
from core.model.kinds import PRODUCTS_BY_MODE, GuestState, Mode, Product
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.sim.world import World


def default_product(mode: Mode) -> Product | None:
    choices = PRODUCTS_BY_MODE[mode]
    return choices[0] if choices else None


def hardware(template: str = "lab-pc", **changes) -> Hardware:
    """A host template, optionally with some fields changed (cpu=..., memory_mb=...)."""
    return replace(HOST_TEMPLATES[template], **changes)


def cpu(template: str = "lab-pc", **changes):
    return replace(HOST_TEMPLATES[template].cpu, **changes)


def make_host(world: World | None, hid: str = "h1", template: str | Hardware = "lab-pc",
              mode: Mode = Mode.NATIVE, product: Product | None = ..., host_os: str = "linux",
              name: str | None = None) -> Host:
    """A host; added to ``world`` when one is given. ``product`` defaults to the mode's first."""
    hw = HOST_TEMPLATES[template] if isinstance(template, str) else template
    if product is ...:
        product = default_product(mode)
    host = Host(hid, name or hid.upper(), hw, mode, product, host_os)
    if world is not None:
        world.add_host(host)
    return host


def make_vm(world: World, gid: str, host_id: str, os: str = "ubuntu-24.04",
            workload: str = "idle", **cfg) -> Guest:
    guest = Guest(gid, gid.upper(), host_id, VmConfig(os, **cfg), workload)
    return world.add_guest(guest)


def make_container(world: World, gid: str, host_id: str, image: str = "nginx",
                   workload: str = "idle", **cfg) -> Guest:
    guest = Guest(gid, gid.upper(), host_id, ContainerConfig(image, **cfg), workload)
    return world.add_guest(guest)


def set_running(world: World, *guest_ids: str) -> None:
    """Skip boot: put guests straight into RUNNING (as a loaded scenario would)."""
    for gid in guest_ids or tuple(world.guests):
        world.restore_state(gid, GuestState.RUNNING)


def step_until(world: World, pred, dt: float = 1.0, limit: int = 10_000) -> int:
    """Step until ``pred()`` holds; returns the number of steps taken."""
    for n in range(1, limit + 1):
        world.step(dt)
        if pred():
            return n
    raise AssertionError(f"condition not reached in {limit} steps")


def json_paths(node, prefix=()):
    """Every path (a tuple of keys and indices) to a value inside a JSON document."""
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from json_paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from json_paths(v, (*prefix, i))
