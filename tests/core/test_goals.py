"""Goals on events and in order: met by doing what they ask, not by a state the world starts in."""

from __future__ import annotations

import json

import pytest

from core.course.goals import Goal, GoalError, GoalTracker, resolve_after
from core.files.scenario import ScenarioError, loads_scenario
from core.model.kinds import Mode, Product
from core.sim import faults, snapshots
from core.sim.world import World

from .helpers import make_container, make_host, make_vm, set_running, step_until


def track(world: World, *goals: dict) -> GoalTracker:
    return GoalTracker(world, [Goal.from_dict(g) for g in goals])


@pytest.fixture
def world():
    w = World(seed=3)
    make_host(w, "a", mode=Mode.HYBRID)
    make_vm(w, "v1", "a", memory_mb=1024)
    make_vm(w, "v2", "a", memory_mb=1024)
    return w


# --- guest events ----------------------------------------------------------------------------

@pytest.mark.parametrize("event", ["reset", "powered_off", "crashed", "stopped"])
def test_a_guest_stops_while_another_keeps_running(world, event):
    set_running(world, "v1", "v2")
    t = track(world, {"type": "guest_event", "event": event, "host": "a"})
    world.run(5)
    assert not t.met[0]  # running is a state, not the event
    {"reset": world.reset, "powered_off": world.power_off,
     "crashed": lambda g: faults.crash(world, g), "stopped": world.reset}[event]("v1")
    assert not t.met[0]  # whether v2 kept running is known at the next tick
    world.step()
    assert t.met[0] and t.when[0] == world.time


def test_stopping_the_only_running_guest_is_not_isolation(world):
    set_running(world, "v1")
    t = track(world, {"type": "guest_event", "event": "stopped", "host": "a"})
    world.power_off("v1")
    world.run(3)
    assert not t.met[0]


def test_the_event_must_be_the_one_asked_for(world):
    set_running(world, "v1", "v2")
    t = track(world, {"type": "guest_event", "event": "reset", "guest": "v1"},
              {"type": "guest_event", "event": "powered_off", "guest": "v2"})
    world.power_off("v1")  # v1 powered off, not reset
    world.reset("v2")  # v2 reset, not powered off
    world.run(3)
    assert t.met == [False, False]


def test_a_container_panic_takes_its_neighbours_down_so_it_is_not_isolation():
    w = World(seed=1)
    make_host(w, "d", mode=Mode.CONTAINER)
    make_container(w, "c1", "d")
    make_container(w, "c2", "d")
    set_running(w, "c1", "c2")
    t = track(w, {"type": "guest_event", "event": "crashed", "host": "d"})
    faults.crash(w, "c1")  # the shared kernel panics: c2 goes down too
    w.step()
    assert not t.met[0]


def test_a_host_panic_is_not_isolation(world):
    set_running(world, "v1", "v2")
    t = track(world, {"type": "guest_event", "event": "crashed", "host": "a"})
    faults.panic_host(world, "a")
    world.step()
    assert not t.met[0]


# --- migration, snapshots, images, modes ---------------------------------------------------------

def test_migration_done_with_the_guest_running(world):
    make_host(world, "b", mode=Mode.HYBRID)
    set_running(world, "v1")
    t = track(world, {"type": "migration_done", "guest": "v1", "host": "b"},
              {"type": "guest_on_host", "guest": "v1", "host": "b"})
    world.move_guest("v1", "b")
    world.step()
    assert t.met == [False, False]
    step_until(world, lambda: "v1" not in world.migrations)
    assert t.met == [True, True]


def test_moving_a_stopped_vm_is_not_a_live_migration(world):
    make_host(world, "b", mode=Mode.HYBRID)
    t = track(world, {"type": "migration_done"})
    world.move_guest("v1", "b")
    world.power_on("v1")
    world.run(60)
    assert not t.met[0]


def test_snapshot_reverted(world):
    t = track(world, {"type": "snapshot_reverted", "guest": "v1"})
    snapshots.take(world, "v1", "s1", "clean")
    world.run(3)
    assert not t.met[0]
    snapshots.revert(world, "v1", "s1")
    assert t.met[0]


def test_image_pulled_is_the_download_not_a_cache_the_lab_starts_with():
    w = World(seed=1)
    make_host(w, "d", mode=Mode.CONTAINER)
    make_host(w, "e", mode=Mode.CONTAINER)
    w.hosts["e"].image_cache.update({"debian-slim", "nginx"})
    t = track(w, {"type": "image_pulled", "host": "*", "image": "nginx"},
              {"type": "image_pulled", "host": "d", "image": "redis"})
    make_container(w, "c0", "e")
    w.power_on("c0")  # cached on e already: no pull
    w.run(5)
    assert t.met == [False, False]
    make_container(w, "c1", "d")
    w.power_on("c1")
    step_until(w, lambda: "nginx" in w.hosts["d"].image_cache)
    assert t.met == [True, False]


def test_mode_changed_from_one_mode_to_another():
    w = World()
    make_host(w, "pc")
    t = track(w, {"type": "mode_changed", "host": "pc", "from_mode": "native", "mode": "hybrid"},
              {"type": "mode_changed", "host": "pc", "from_mode": "hosted"},
              {"type": "mode_changed", "mode": "container"})
    w.set_mode("pc", Mode.HOSTED, Product.VMWARE_WORKSTATION)
    assert t.met == [False, False, False]
    w.set_mode("pc", Mode.HYBRID, Product.KVM)
    assert t.met == [False, True, False]
    w.set_mode("pc", Mode.NATIVE, None)
    w.set_mode("pc", Mode.HYBRID, Product.KVM)
    assert t.met == [True, True, False]


# --- after -------------------------------------------------------------------------------------

def test_after_waits_for_the_goal_it_names(world):
    t = track(world, {"type": "running_guests", "id": "two", "host": "a", "at_least": 2},
              {"type": "cpu_below", "host": "a", "pct": 90, "for_seconds": 10, "after": "two"},
              {"type": "guest_event", "event": "powered_off", "after": 0})
    world.run(30)
    assert t.met == [False, False, False]  # the CPU was low all along, but step 1 is not done
    world.power_on("v1")
    world.power_off("v1")  # a power-off before goal 0 is met does not count later
    set_running(world, "v1", "v2")
    world.step()
    assert t.met == [True, False, False]
    world.run(10)
    assert t.met[1] and t.when[1] - t.when[0] >= 10


def test_after_must_name_an_earlier_goal():
    goals = [Goal.from_dict(d) for d in ({"type": "host_mode", "id": "x", "mode": "hybrid"},
                                         {"type": "host_mode", "after": 1, "mode": "hosted"})]
    with pytest.raises(GoalError, match="^1: after:"):
        resolve_after(goals)
    assert resolve_after([goals[0], Goal.from_dict({"type": "host_mode", "after": "x"})]) == [None, 0]


@pytest.mark.parametrize(("goals", "field"), [
    ([{"type": "host_mode", "after": "nope"}], "goals[0].after"),
    ([{"type": "host_mode", "id": "a"}, {"type": "host_mode", "id": "a"}], "goals[1].id"),
    ([{"type": "host_mode"}, {"type": "host_mode", "after": 5}], "goals[1].after"),
    ([{"type": "guest_event"}], "goals[0].event"),
    ([{"type": "guest_event", "event": "exploded"}], "goals[0].event"),
    ([{"type": "mode_changed", "from_mode": "sideways"}], "goals[0].from_mode"),
    ([{"type": "perf_at_least", "workload": "bitcoin"}], "goals[0].workload"),
    ([{"type": "host_mode", "after": True}], "goals[0].after"),
])
def test_bad_goals_name_their_field(goals, field):
    doc = {"format": "virtlab-scenario", "version": 2, "title": "t", "hosts": [], "guests": [], "goals": goals}
    with pytest.raises(ScenarioError) as info:
        loads_scenario(json.dumps(doc))
    assert info.value.field == field
    assert len(str(info.value)) < 300


def test_report_gives_text_met_and_when(world):
    set_running(world, "v1")
    t = track(world, {"type": "running_guests", "text": "one VM", "host": "a"},
              {"type": "host_mode", "text": "hosted", "mode": "hosted"})
    world.run(2)
    assert t.report() == [{"text": "one VM", "met": True, "when": 0.0},
                          {"text": "hosted", "met": False, "when": None}]


def test_goals_round_trip_through_dicts():
    d = {"type": "guest_event", "event": "stopped", "after": "p", "id": "iso", "host": "a", "text": "x"}
    assert Goal.from_dict(d).to_dict() == d
