"""The world: hosts, guests, simulated time, and who is told of changes.

Every change goes through a method here, which checks the rules first (and
raises ``RuleError`` with the verdict when refused), changes the model, and
tells observers with an ``Event``.  Observers are plain callables, so a GUI
can turn events into Qt signals and update its views item by item, and a test
or the CLI can listen without Qt.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace

from core.model.hardware import Hardware
from core.model.kinds import GuestState, Mode, Product
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.model.workloads import WORKLOADS
from core.sim import isolation, migration, moves, nesting, network, rules, snapshots, storage
from core.sim.grouping import GuestGroups
from core.sim.metrics import History, Sample
from core.sim.power import CONTAINER_START_S, PowerButtons, require


@dataclass(frozen=True)
class Event:
    """What changed. ``kind`` is one of EVENT_KINDS; ``id`` names the object; ``detail``: the image
    pulled, the host's previous mode, the snapshot reverted to, or the host a migrated VM left."""

    kind: str
    id: str = ""
    detail: str = ""


EVENT_KINDS = (
    "host_added", "host_removed", "host_changed",
    "guest_added", "guest_removed", "guest_changed", "guest_moved", "guest_state",
    "tick", "reset",
    # Happenings that lab goals wait for (core.course.goals): what was done, not only what is.
    "guest_reset", "guest_powered_off", "mode_changed", "image_pulled", "migration_done", "snapshot_reverted",
    "oom_killed", "image_built", "image_pushed",
    # A student followed one operation through a guest's stack to its end (core.edits.WatchPath).
    "path_watched",
)

Observer = Callable[[Event], None]


class World(PowerButtons):
    """Hosts, guests and time.  Mutating methods check their rule first unless the
    caller already did (``checked=True``: ``core.edits`` checks once, then applies)."""

    def __init__(self, seed: int = 0, history: int = 240):
        self.hosts: dict[str, Host] = {}
        self.guests: dict[str, Guest] = {}
        self.time = 0.0
        self.seed = seed
        self._rng = None  # numpy's generator, made on the first tick
        self.history = History(history)
        self._observers: list[Observer] = []
        self._compiled = None  # engine.Compiled: the world as arrays, rebuilt after changes
        self._groups = GuestGroups()  # guests by host and by VM (core.sim.grouping)
        self._transitions: set[str] = set()  # guests with a running timer
        self._next_id = 1
        self.migrations: dict[str, migration.Migration] = {}  # live migrations in progress
        self.snapshots: dict = {}  # guest id -> snapshots.SnapshotTree
        self.links: dict[str, tuple[str, str | None]] = {}  # linked clone -> (base guest, snapshot)
        self.oom_killed: set[str] = set()  # containers the OOM killer ended (core.sim.isolation)
        self.built_images: dict = {}  # name -> core.course.images.BuiltImage, built in this lab
        self.registry_layers: set[str] = set()  # layer digests pushed to the lab's registry

    # --- observers --------------------------------------------------------------
    def subscribe(self, fn: Observer) -> None:
        self._observers.append(fn)

    def unsubscribe(self, fn: Observer) -> None:
        self._observers.remove(fn)

    def twin(self) -> World:
        """A deep copy with no observers: edits tried on it (several moves that may only be
        refused together, gui.document.drops) change nothing here and tell no one."""
        return copy.deepcopy(self, {id(self._observers): []})

    def notify(self, kind: str, obj_id: str = "", detail: str = "") -> None:
        if kind not in ("tick",):
            self._compiled = None  # structure changed: recompile before next tick
            self._groups.on_event(kind, obj_id, self.guests)
        ev = Event(kind, obj_id, detail)
        for fn in list(self._observers):
            fn(ev)

    # --- ids ------------------------------------------------------------------------
    def new_id(self, prefix: str) -> str:
        """A fresh id ("vm12"), used up: the next call gives another."""
        candidate, self._next_id = self._free_id(prefix, self._next_id)
        return candidate

    def peek_id(self, prefix: str) -> str:
        """The id ``new_id`` would give now, without using it (a drop being hovered)."""
        return self._free_id(prefix, self._next_id)[0]

    def _free_id(self, prefix: str, start: int) -> tuple[str, int]:
        n = start
        while True:
            candidate = f"{prefix}{n}"
            n += 1
            # Snapshot ids too: a loaded lab restarts the counter, and its trees hold "snap3" already.
            # Nor the id of a deleted guest whose snapshot tree or clone link an undo may bring back.
            if (candidate not in self.hosts and candidate not in self.guests and candidate not in self.links
                    and candidate not in self.snapshots
                    and not any(candidate in t.snaps for t in self.snapshots.values())):
                return candidate, n

    def guests_on(self, host_id: str) -> list[Guest]:
        """Every guest on the host, containers inside its VMs included (after their VM)."""
        return list(self._groups.of(self.guests).by_host.get(host_id, ()))

    def containers_in(self, vm_id: str) -> list[Guest]:
        """The containers running inside a VM (nested stacks, ``core.sim.nesting``)."""
        return list(self._groups.of(self.guests).by_vm.get(vm_id, ()))

    def follow_vm(self, vm_id: str) -> None:
        """Keep a VM's containers on its host after the VM moved (any way it moved)."""
        host_id = self.guests[vm_id].host_id
        for c in self.containers_in(vm_id):
            if c.host_id != host_id:
                c.host_id = host_id
                self.notify("guest_moved", c.id)

    # --- hosts ----------------------------------------------------------------------
    def add_host(self, host: Host) -> Host:
        if host.id in self.hosts or host.id in self.guests:
            raise ValueError(f"duplicate id {host.id!r}")
        self.hosts[host.id] = host
        self.notify("host_added", host.id)
        return host

    def remove_host(self, host_id: str) -> tuple[Host, list[Guest]]:
        """Remove a host and its guests; returns both so an undo can restore them."""
        host = self.hosts[host_id]
        # VMs migrating to this host stay where they are (their migration ends).
        for gid in [m.guest_id for m in self.migrations.values() if m.target == host_id]:
            self.cancel_migration(gid)
        removed = self.guests_on(host_id)
        for g in removed:
            self.remove_guest(g.id)
        del self.hosts[host_id]
        self.notify("host_removed", host_id)
        return host, removed

    def check_mode(self, host_id: str, mode: Mode, product: Product | None) -> rules.Verdict:
        host = self.hosts[host_id]
        return rules.check_mode(host, mode, product, self.guests_on(host_id))

    def set_mode(self, host_id: str, mode: Mode, product: Product | None,
                 checked: bool = False) -> tuple[Mode, Product | None]:
        """Change how a host is virtualized; returns the old (mode, product)."""
        checked or require(self.check_mode(host_id, mode, product))
        host = self.hosts[host_id]
        old = (host.mode, host.product)
        host.mode, host.product = mode, product
        self.notify("host_changed", host_id)
        if old[0] is not mode:
            self.notify("mode_changed", host_id, old[0].value)
        return old

    def rename(self, obj_id: str, name: str) -> str:
        obj = self.hosts.get(obj_id) or self.guests[obj_id]
        old, obj.name = obj.name, name
        self.notify("host_changed" if obj_id in self.hosts else "guest_changed", obj_id)
        return old

    def check_hardware(self, host_id: str, hardware: Hardware) -> rules.Verdict:
        """May ``host`` get new hardware? Its mode and stopped VMs must still fit."""
        host = self.hosts[host_id]
        guests = self.guests_on(host_id)
        running = [g for g in guests if g.state is not GuestState.OFF]
        if running:
            return rules.refuse("host_has_running_guests",
                                "Power off the {count} guest(s) on {host} before changing how it is virtualized.",
                                host=host.name, count=len(running))
        # e.g. a KVM host cannot move to a CPU without VT-x, nor keep an 8-vCPU VM on 2 cores.
        changed = replace(host, hardware=hardware)
        verdict = rules.check_mode(changed, host.mode, host.product, guests)
        for g in guests:
            if verdict and not g.is_vm:
                verdict = rules.check_container_config(changed, g.config)
        return verdict

    def set_hardware(self, host_id: str, hardware: Hardware, checked: bool = False) -> Hardware:
        checked or require(self.check_hardware(host_id, hardware))
        host = self.hosts[host_id]
        old, host.hardware = host.hardware, hardware
        self.notify("host_changed", host_id)
        return old

    # --- guests ---------------------------------------------------------------------
    def check_add_guest(self, host_id: str, config: VmConfig | ContainerConfig,
                        linked: bool = False, in_vm: str | None = None) -> rules.Verdict:
        """``in_vm``: the container is to run inside that VM (which must be on ``host_id``)."""
        if in_vm is not None:
            vm = self.guests.get(in_vm)
            v = nesting.check_place_in_vm(vm, config, in_vm)
            if v and vm.host_id != host_id:
                v = rules.refuse("container_moves_with_vm", "A container inside {vm} is on {vm}'s host.",
                                 vm=vm.name)
            return v
        v = rules.check_place(self.hosts[host_id], config, self.guests_on(host_id))
        if v and isinstance(config, VmConfig):
            v = storage.check_fits(self, host_id, config, linked) and network.check_vf(self, host_id, config)
        return v

    def check_remove_guest(self, guest_id: str, with_containers: bool = False) -> rules.Verdict:
        v = nesting.check_remove_vm(self.guests[guest_id], self.containers_in(guest_id), with_containers)
        return v and snapshots.check_remove(self, guest_id)

    def add_guest(self, guest: Guest, checked: bool = False) -> Guest:
        if guest.id in self.guests or guest.id in self.hosts:
            raise ValueError(f"duplicate id {guest.id!r}")
        if guest.workload not in WORKLOADS:
            raise ValueError(f"unknown workload {guest.workload!r}")
        checked or require(self.check_add_guest(guest.host_id, guest.config, guest.id in self.links, guest.in_vm))
        self.guests[guest.id] = guest
        if guest.timer > 0:
            self._transitions.add(guest.id)
        self.notify("guest_added", guest.id)
        return guest

    def remove_guest(self, guest_id: str) -> Guest:
        guest = self.guests.pop(guest_id)
        self._transitions.discard(guest_id)
        self.migrations.pop(guest_id, None)
        self.notify("guest_removed", guest_id)
        return guest

    def check_move(self, guest_id: str, host_id: str) -> rules.Verdict:
        """A stopped guest moves at once; a running VM by live migration (``core.sim.migration``)."""
        g = self.guests[guest_id]
        v = moves.check_move(g, self.hosts[host_id], self.hosts[g.host_id])
        if v and guest_id in self.links:
            v = rules.refuse("linked_clone_stays",
                             "{guest} is a linked clone: its disk reads from a snapshot on its host, so it "
                             "cannot leave it. Make a full clone to move it.", guest=g.name)
        if v and g.state is not GuestState.OFF:
            v = migration.check_migrate(self, guest_id, host_id)
        if v and g.is_vm:
            v = storage.check_fits(self, host_id, g.config) and network.check_vf(self, host_id, g.config)
        return v

    def move_guest(self, guest_id: str, host_id: str, checked: bool = False) -> str:
        """Move a stopped guest, or start migrating a running VM; returns its host now."""
        checked or require(self.check_move(guest_id, host_id))
        guest = self.guests[guest_id]
        old = guest.host_id
        if guest.state is not GuestState.OFF:
            self.migrations[guest_id] = migration.plan(self, guest_id, host_id)
            self.notify("guest_state", guest_id)
            return old
        guest.host_id = host_id
        self.notify("guest_moved", guest_id)
        self.follow_vm(guest_id)
        return old

    def cancel_migration(self, guest_id: str) -> None:
        if self.migrations.pop(guest_id, None) is not None:
            self.notify("guest_state", guest_id)

    def check_update(self, guest_id: str, config: VmConfig | ContainerConfig) -> rules.Verdict:
        guest = self.guests[guest_id]
        if type(config) is not type(guest.config):
            return rules.refuse("kind_mismatch", "A VM cannot become a container or the reverse.")
        if guest.state is not GuestState.OFF and _hardware_changed(guest.config, config):
            return rules.refuse(
                "guest_must_be_off",
                "Power off {guest} before changing its virtual hardware.",
                guest=guest.name,
            )
        if guest.in_vm is not None:
            return nesting.check_place_in_vm(self.guests.get(guest.in_vm), config, guest.in_vm)
        v = rules.check_place(self.hosts[guest.host_id], config,
                              [o for o in self.guests_on(guest.host_id) if o.id != guest_id])
        return v and network.check_vf(self, guest.host_id, config, guest_id)

    def update_guest(self, guest_id: str, config: VmConfig | ContainerConfig | None = None,
                     workload: str | None = None, checked: bool = False) -> tuple[VmConfig | ContainerConfig, str]:
        """Change a guest's settings; returns the old (config, workload)."""
        guest = self.guests[guest_id]
        old = (guest.config, guest.workload)
        if config is not None and not checked:
            require(self.check_update(guest_id, config))
        if workload is not None and workload not in WORKLOADS:
            raise ValueError(f"unknown workload {workload!r}")
        guest.config = config or guest.config
        guest.workload = workload or guest.workload
        self.notify("guest_changed", guest_id)
        return old

    def restore_state(self, guest_id: str, state: GuestState, timer: float = 0.0) -> None:
        """Put a guest back into a recorded state (used by undo and scenario loading)."""
        self._set_state(self.guests[guest_id], state, timer)

    def _set_state(self, g: Guest, state: GuestState, timer: float) -> None:
        was = g.state
        g.state, g.timer, g.timer_total = state, timer, timer
        if state is not GuestState.CRASHED:
            self.oom_killed.discard(g.id)
        if state is not GuestState.RUNNING:
            self.migrations.pop(g.id, None)  # a VM that stops is no longer migrating
        if g.is_vm and g.in_vm is None:  # a VM: its containers follow it (core.sim.nesting)
            self._carry_containers(g.id, nesting.containers_after(was, state))
        if timer > 0:
            self._transitions.add(g.id)
        else:
            self._transitions.discard(g.id)
        self.notify("guest_state", g.id)

    def _carry_containers(self, vm_id: str, then: GuestState | None) -> None:
        """Put the containers inside a VM into the state its change leaves them in."""
        for c in self.containers_in(vm_id):
            if then is GuestState.RUNNING:
                if c.state is GuestState.SUSPENDED:  # thawed with the VM's memory
                    self._set_state(c, GuestState.RUNNING, 0.0)
            elif then is GuestState.SUSPENDED:
                if c.state is GuestState.RUNNING:
                    self._set_state(c, GuestState.SUSPENDED, 0.0)
                elif c.state is not GuestState.OFF:  # one still starting is abandoned (assumption)
                    self._set_state(c, GuestState.OFF, 0.0)
            elif then is GuestState.OFF and c.state is not GuestState.OFF:
                self._set_state(c, GuestState.OFF, 0.0)

    # --- time -------------------------------------------------------------------------
    def _advance_transitions(self, dt: float) -> None:
        for gid in sorted(self._transitions):
            g = self.guests[gid]
            g.timer -= dt
            if g.timer > 1e-9:
                continue
            if g.state is GuestState.PULLING:
                self.hosts[g.host_id].image_cache.update(self._image_layers(g))
                self._set_state(g, GuestState.STARTING, CONTAINER_START_S)
                self.notify("image_pulled", g.host_id, g.config.image)
            else:
                self._set_state(g, GuestState.RUNNING, 0.0)

    def step(self, dt: float = 1.0) -> Sample:
        """Advance simulated time by ``dt`` seconds and sample every metric."""
        if not dt > 0:
            raise ValueError("dt must be positive")
        if self._transitions:
            self._advance_transitions(dt)
        if self.migrations:
            migration.advance(self, dt)
        if self._compiled is None:  # only a change (a start, a new limit) can push a container over
            isolation.oom_kill(self)
        self.time += dt
        # The engine (and numpy) load on the first tick, not at start-up.
        from core.sim import engine

        if self._compiled is None:
            self._compiled = engine.Compiled(self)
        sample = engine.tick(self._compiled, self.time, self.rng)
        self.history.append(sample)
        self.notify("tick")
        return sample

    def run(self, seconds: float, dt: float = 1.0) -> Sample | None:
        sample = None
        for _ in range(max(1, round(seconds / dt))):
            sample = self.step(dt)
        return sample

    @property
    def rng(self):
        """The seeded random generator (numpy), created on first use."""
        if self._rng is None:
            import numpy as np

            self._rng = np.random.default_rng(self.seed)
        return self._rng

    @property
    def latest(self) -> Sample | None:
        return self.history.latest


def _hardware_changed(old, new) -> bool:
    """Anything but the network mode needs the guest off to change."""
    return replace(old, network=new.network) != new
