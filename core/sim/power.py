"""The power buttons of a guest: on (or resume), off, suspend, reset; part of ``World``.

A VM boots for its OS's boot time; a container starts in well under a second,
after pulling the image layers its host does not have yet.  Kept apart from
the rest of the world's bookkeeping only to keep each file readable.
"""

from __future__ import annotations

from core.model.catalog import GUEST_OSES, IMAGES
from core.model.kinds import GuestState
from core.model.objects import Guest
from core.sim import nesting, rules

# [Manco2017] a Docker container starts in about 0.15-0.5 s on an idle host.
CONTAINER_START_S = 0.3
# Assumption: a campus link to the registry delivers image layers at 80 MB/s.
REGISTRY_MBS = 80.0
# Assumption: saving or restoring a suspended VM's memory image takes 2 s.
SUSPEND_S = 2.0


def require(verdict: rules.Verdict) -> None:
    if not verdict:
        raise rules.RuleError(verdict)


class PowerButtons:
    """Mixed into ``core.sim.world.World``: uses its guests, hosts, ``_set_state`` and ``notify``."""

    def check_power_on(self, guest_id: str) -> rules.Verdict:
        g = self.guests[guest_id]
        if g.in_vm is not None:  # a container inside a VM: the VM's kernel must be up
            if g.state not in (GuestState.OFF, GuestState.CRASHED, GuestState.SUSPENDED):
                return rules.refuse("already_on", "{guest} is already {state}.", guest=g.name, state=g.state.value)
            v = nesting.check_vm_running(self.guests[g.in_vm])
        else:
            v = rules.check_power_on(self.hosts[g.host_id], g)
        built = getattr(g.config, "built", "")
        if v and built and built not in self.built_images:
            v = rules.refuse("no_such_image", "No image called {image} was built in this lab.", image=built)
        elif v and built and self._missing_layers(g) and not set(self.built_images[built][1].digests) <= self.registry_layers:
            v = rules.refuse("image_not_pushed", "{image} is not in the registry yet: push it first.", image=built)
        return v

    def power_on(self, guest_id: str, checked: bool = False) -> GuestState:
        """Start (or resume) a guest; returns its previous state."""
        checked or require(self.check_power_on(guest_id))
        g = self.guests[guest_id]
        old = g.state
        if old is GuestState.SUSPENDED:
            self._set_state(g, GuestState.STARTING, SUSPEND_S)
        elif g.is_vm:
            self._set_state(g, GuestState.STARTING, GUEST_OSES[g.config.os].boot_s)
        else:
            missing = self._missing_layers(g)
            if missing:
                size = self._layers_mb(g, missing)
                # A layer already on its way for another container is not fetched twice.
                sharing = [o for o in self.guests_on(g.host_id) if o.state is GuestState.PULLING
                           and (o.config.image, o.config.built, o.in_vm) == (g.config.image, g.config.built, g.in_vm)]
                seconds = max((o.timer for o in sharing), default=size / REGISTRY_MBS)
                self._set_state(g, GuestState.PULLING, seconds)
                g.timer_total = size / REGISTRY_MBS  # the bar shows the whole download
            else:
                self._set_state(g, GuestState.STARTING, CONTAINER_START_S)
        return old

    def power_off(self, guest_id: str, checked: bool = False) -> GuestState:
        g = self.guests[guest_id]
        old = g.state
        if old is not GuestState.OFF:
            self._set_state(g, GuestState.OFF, 0.0)
            self.notify("guest_powered_off", guest_id)
        return old

    def check_suspend(self, guest_id: str) -> rules.Verdict:
        g = self.guests[guest_id]
        if g.state is not GuestState.RUNNING or not g.is_vm:
            return rules.refuse("cannot_suspend", "Only a running VM can be suspended; {guest} is {state}.",
                             guest=g.name, state=g.state.value)
        return rules.OK

    def suspend(self, guest_id: str, checked: bool = False) -> GuestState:
        checked or require(self.check_suspend(guest_id))
        g = self.guests[guest_id]
        old = g.state
        self._set_state(g, GuestState.SUSPENDED, 0.0)
        return old

    def check_reset(self, guest_id: str) -> rules.Verdict:
        g = self.guests[guest_id]
        if g.state is GuestState.OFF:
            return rules.refuse("cannot_reset", "{guest} is off; power it on instead.", guest=g.name)
        return rules.OK

    def reset(self, guest_id: str, checked: bool = False) -> GuestState:
        checked or require(self.check_reset(guest_id))
        g = self.guests[guest_id]
        old = g.state
        self._set_state(g, GuestState.OFF, 0.0)
        self.power_on(guest_id, checked=True)
        self.notify("guest_reset", guest_id)
        return old

    def _image_layers(self, g: Guest) -> list[str]:
        """The image-cache entries a container needs: its built image's layers or the catalog
        image's, each kept per VM for a container inside a VM (core.sim.nesting)."""
        built = self.built_images.get(getattr(g.config, "built", ""))
        if built is None:
            return nesting.cache_keys(g)
        return [f"{g.in_vm}/{d}" if g.in_vm else d for d in built[1].digests]

    def _layers_mb(self, g: Guest, layers: list[str]) -> float:
        built = self.built_images.get(getattr(g.config, "built", ""))
        if built:
            wanted = {lay.rsplit("/", 1)[-1] for lay in layers}  # without a VM's prefix
            return sum(x.size_mb for x in built[1].layers if x.digest in wanted)
        image = IMAGES[g.config.image]
        return image.size_mb * len(layers) / len(image.layers)

    def _missing_layers(self, g: Guest) -> list[str]:
        cache = self.hosts[g.host_id].image_cache
        return [lay for lay in self._image_layers(g) if lay not in cache]
