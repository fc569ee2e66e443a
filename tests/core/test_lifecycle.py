"""Guest lifecycles in simulated time: boot, pull, start, suspend, reset, power off."""

from __future__ import annotations

import pytest

from core.model.catalog import GUEST_OSES, IMAGES
from core.model.kinds import GuestState, Mode
from core.sim.power import CONTAINER_START_S, REGISTRY_MBS, SUSPEND_S
from core.sim.world import World

from .helpers import make_container, make_host, make_vm, set_running, step_until

S = GuestState


@pytest.fixture
def world() -> World:
    w = World(seed=3)
    make_host(w, "kvm", mode=Mode.HYBRID)
    make_host(w, "dock", mode=Mode.CONTAINER)
    make_host(w, "dock2", mode=Mode.CONTAINER)
    return w


def running(world, gid):
    return lambda: world.guests[gid].state is S.RUNNING


@pytest.mark.parametrize("os_id,dt", [("ubuntu-24.04", 1.0), ("alpine-3", 0.5), ("windows-10", 2.0)])
def test_vm_boots_in_its_os_boot_time(world, os_id, dt):
    make_vm(world, "g1", "kvm", os=os_id, memory_mb=4096)
    assert world.power_on("g1") is S.OFF
    assert world.guests["g1"].state is S.STARTING
    steps = step_until(world, running(world, "g1"), dt=dt)
    assert steps * dt == pytest.approx(GUEST_OSES[os_id].boot_s)
    assert world.time == pytest.approx(GUEST_OSES[os_id].boot_s)


def test_booting_vm_uses_host_and_appears_in_samples(world):
    make_vm(world, "g1", "kvm")
    assert world.step().guest("g1") is None  # off: not sampled
    world.power_on("g1")
    s = world.step()
    assert s.guest("g1")["cpu_pct"] > 0  # booting reads its disk and runs its kernel
    assert s.guest("g1")["disk_mbs"] > 0


def test_container_starts_in_under_a_second_when_image_cached(world):
    world.hosts["dock"].image_cache.update(IMAGES["nginx"].layers)
    make_container(world, "c1", "dock", image="nginx")
    world.power_on("c1")
    assert world.guests["c1"].state is S.STARTING
    steps = step_until(world, running(world, "c1"), dt=0.05)
    assert steps * 0.05 == pytest.approx(CONTAINER_START_S, abs=0.051)
    assert steps * 0.05 < 1.0


def test_container_pulls_image_first_when_not_cached(world):
    make_container(world, "c1", "dock", image="mysql")
    world.power_on("c1")
    assert world.guests["c1"].state is S.PULLING
    pulled = step_until(world, lambda: world.guests["c1"].state is not S.PULLING, dt=0.05) * 0.05
    assert pulled == pytest.approx(IMAGES["mysql"].size_mb / REGISTRY_MBS, abs=0.051)
    assert world.guests["c1"].state is S.STARTING
    assert set(IMAGES["mysql"].layers) <= world.hosts["dock"].image_cache
    step_until(world, running(world, "c1"), dt=0.05)
    # A pulling container is not yet a running process: it uses no CPU.
    assert pulled > 1.0


def test_pulling_container_is_not_sampled(world):
    make_container(world, "c1", "dock", image="python")
    world.power_on("c1")
    assert world.step(0.1).guest("c1") is None


def test_image_is_cached_per_host(world):
    make_container(world, "c1", "dock", image="nginx")
    make_container(world, "c2", "dock", image="nginx")
    make_container(world, "c3", "dock2", image="nginx")
    world.power_on("c1")
    step_until(world, running(world, "c1"), dt=0.1)
    world.power_on("c2")
    assert world.guests["c2"].state is S.STARTING  # same host: no pull
    world.power_on("c3")
    assert world.guests["c3"].state is S.PULLING  # other host: its own cache is empty
    assert world.hosts["dock2"].image_cache == set()


def test_shared_layers_are_pulled_once(world):
    make_container(world, "c1", "dock", image="nginx")
    make_container(world, "c2", "dock", image="redis")
    world.power_on("c1")
    step_until(world, running(world, "c1"), dt=0.1)
    world.power_on("c2")
    assert world.guests["c2"].state is S.PULLING
    # nginx and redis share the debian-slim layer: only redis's own half is fetched.
    img = IMAGES["redis"]
    assert world.guests["c2"].timer == pytest.approx(img.size_mb / len(img.layers) / REGISTRY_MBS)


def test_suspend_and_resume(world):
    make_vm(world, "g1", "kvm")
    set_running(world, "g1")
    assert world.step().guest("g1") is not None
    assert world.suspend("g1") is S.RUNNING
    assert world.guests["g1"].state is S.SUSPENDED
    assert world.step().guest("g1") is None  # a suspended VM does not run
    assert world.check_power_on("g1")
    assert world.power_on("g1") is S.SUSPENDED
    assert world.guests["g1"].state is S.STARTING
    steps = step_until(world, running(world, "g1"), dt=0.5)
    assert steps * 0.5 == pytest.approx(SUSPEND_S)  # resuming is faster than a boot
    assert SUSPEND_S < GUEST_OSES["ubuntu-24.04"].boot_s


def test_reset_reboots(world):
    make_vm(world, "g1", "kvm")
    set_running(world, "g1")
    assert world.reset("g1") is S.RUNNING
    assert world.guests["g1"].state is S.STARTING
    assert world.guests["g1"].timer == pytest.approx(GUEST_OSES["ubuntu-24.04"].boot_s)


def test_reset_during_boot_restarts_the_boot(world):
    make_vm(world, "g1", "kvm")
    world.power_on("g1")
    world.run(10)
    world.reset("g1")
    assert step_until(world, running(world, "g1")) == GUEST_OSES["ubuntu-24.04"].boot_s


def test_power_off(world):
    make_vm(world, "g1", "kvm")
    make_container(world, "c1", "dock")
    set_running(world)
    world.step()
    assert world.power_off("g1") is S.RUNNING
    assert world.power_off("c1") is S.RUNNING
    assert world.guests["g1"].state is S.OFF and world.guests["c1"].state is S.OFF
    s = world.step()
    assert s.guest("g1") is None and s.guest("c1") is None
    assert world.power_off("g1") is S.OFF  # already off: a no-op


def test_power_off_cancels_a_boot(world):
    make_vm(world, "g1", "kvm")
    world.power_on("g1")
    world.power_off("g1")
    world.run(30)
    assert world.guests["g1"].state is S.OFF


def test_events_in_order(world):
    events = []
    world.subscribe(events.append)
    make_vm(world, "g1", "kvm", os="alpine-3", memory_mb=512)
    world.power_on("g1")
    for _ in range(5):  # alpine boots in 5 s
        world.step()
    world.suspend("g1")
    world.power_off("g1")
    got = [(e.kind, e.id) for e in events]
    assert got == (
        [("guest_added", "g1"), ("guest_state", "g1")]
        + [("tick", "")] * 4
        + [("guest_state", "g1"), ("tick", ""), ("guest_state", "g1"), ("guest_state", "g1"),
           ("guest_powered_off", "g1")]  # what was done, for goals that wait for it
    )
    world.unsubscribe(events.append)
    world.step()
    assert len(events) == len(got)


def test_reset_emits_off_then_starting(world):
    make_vm(world, "g1", "kvm")
    set_running(world, "g1")
    states = []
    world.subscribe(lambda e: states.append(world.guests["g1"].state) if e.kind == "guest_state" else None)
    world.reset("g1")
    assert states == [S.OFF, S.STARTING]


def test_removed_guest_stops_its_timer(world):
    make_vm(world, "g1", "kvm")
    world.power_on("g1")
    world.remove_guest("g1")
    world.run(30)  # must not look the removed guest up
    assert "g1" not in world.guests
