"""Edits of images: ``docker build`` on a host, ``docker push`` to the lab's registry,
``docker pull`` onto another host.  Each gives back an exact inverse.

A build keeps its Dockerfile text (not the parsed image) so that a recording
stays small; the parse is deterministic, so the same text gives the same layers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.course import images
from core.edits.base import Description, Edit, host_there, name_of
from core.model.kinds import Mode
from core.sim import rules

if TYPE_CHECKING:
    from core.sim.world import World


def has_engine(world: World, host_id: str) -> bool:
    """Only a host with a container engine (a container host, or a Linux KVM host) builds and pulls."""
    h = world.hosts[host_id]
    return h.mode is Mode.CONTAINER or (h.mode is Mode.HYBRID and h.host_os == "linux")


def _needs_engine(world: World, host_id: str) -> rules.Verdict:
    v = host_there(world, host_id)
    if v and not has_engine(world, host_id):
        return rules.refuse("no_container_engine",
                            "{host} has no container engine: make it a container host first.",
                            host=name_of(world, host_id))
    return v


def _no_image(name: str) -> rules.Verdict:
    return rules.refuse("no_such_image", "No image called {image} was built in this lab.", image=name)


@dataclass(frozen=True)
class BuildImage(Edit):
    host_id: str
    name: str
    dockerfile: str

    def check(self, world: World) -> rules.Verdict:
        v = _needs_engine(world, self.host_id)
        if v and self.name in world.built_images:
            v = rules.refuse("image_exists", "An image called {image} is already built in this lab.",
                             image=self.name)
        if v:
            try:
                images.build(self.dockerfile, self.name)
            except images.DockerfileError as e:
                v = rules.refuse("bad_dockerfile", "The Dockerfile cannot be built: {problem}", problem=str(e))
        return v

    def apply(self, world: World) -> Edit:
        image = images.build(self.dockerfile, self.name)
        cache = world.hosts[self.host_id].image_cache
        added = tuple(d for d in image.digests if d not in cache)
        cache.update(added)
        world.built_images[self.name] = (self.host_id, image, self.dockerfile)
        world.notify("image_built", self.host_id, self.name)
        return _Unbuild(self.host_id, self.name, added)

    def describe(self, world: World) -> Description:
        return Description("build_image", (self.name, name_of(world, self.host_id)))


@dataclass(frozen=True)
class _Unbuild(Edit):
    host_id: str
    name: str
    added: tuple[str, ...]

    def apply(self, world: World) -> Edit:
        _, _, text = world.built_images.pop(self.name)
        world.hosts[self.host_id].image_cache.difference_update(self.added)
        world.notify("host_changed", self.host_id)
        return BuildImage(self.host_id, self.name, text)


@dataclass(frozen=True)
class PushImage(Edit):
    """Send an image's layers that the registry lacks; the event's detail is the image name."""

    name: str

    def check(self, world: World) -> rules.Verdict:
        return rules.OK if self.name in world.built_images else _no_image(self.name)

    def apply(self, world: World) -> Edit:
        host_id, image, _ = world.built_images[self.name]
        plan = images.transfer(image, world.registry_layers)
        added = tuple(x.digest for x in plan.send)
        world.registry_layers.update(added)
        world.notify("image_pushed", host_id, self.name)
        return _Unpush(self.name, added)

    def describe(self, world: World) -> Description:
        return Description("push_image", (self.name,))


@dataclass(frozen=True)
class _Unpush(Edit):
    name: str
    added: tuple[str, ...]

    def apply(self, world: World) -> Edit:
        world.registry_layers.difference_update(self.added)
        host_id = world.built_images[self.name][0]
        if host_id in world.hosts:  # the host it was built on may have left the lab since
            world.notify("host_changed", host_id)
        return PushImage(self.name)


def pushed(world: World, name: str) -> bool:
    return name in world.built_images and set(world.built_images[name][1].digests) <= world.registry_layers


@dataclass(frozen=True)
class PullImage(Edit):
    """Fetch an image from the registry onto a host; layers the host has are not fetched."""

    name: str
    host_id: str

    def check(self, world: World) -> rules.Verdict:
        v = _needs_engine(world, self.host_id)
        if v and self.name not in world.built_images:
            v = _no_image(self.name)
        if v and not pushed(world, self.name):
            v = rules.refuse("image_not_pushed", "{image} is not in the registry yet: push it first.",
                             image=self.name)
        return v

    def apply(self, world: World) -> Edit:
        image = world.built_images[self.name][1]
        cache = world.hosts[self.host_id].image_cache
        added = tuple(x.digest for x in images.transfer(image, cache).send)
        cache.update(added)
        world.notify("image_pulled", self.host_id, self.name)
        return _Unpull(self.name, self.host_id, added)

    def describe(self, world: World) -> Description:
        return Description("pull_image", (self.name, name_of(world, self.host_id)))


@dataclass(frozen=True)
class _Unpull(Edit):
    name: str
    host_id: str
    added: tuple[str, ...]

    def apply(self, world: World) -> Edit:
        world.hosts[self.host_id].image_cache.difference_update(self.added)
        world.notify("host_changed", self.host_id)
        return PullImage(self.name, self.host_id)
