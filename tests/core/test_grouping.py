"""World.guests_on / containers_in, answered from kept groups, equal a scan of every guest."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import edits
from core.sim import rules
from core.sim.world import World
from tests.core.test_edits import an_edit, worlds


def _same_as_a_scan(world: World) -> None:
    for hid in list(world.hosts) + ["nowhere"]:
        assert world.guests_on(hid) == [g for g in world.guests.values() if g.host_id == hid]
    for vid in world.guests:
        assert world.containers_in(vid) == [g for g in world.guests.values() if g.in_vm == vid]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_groups_follow_random_edits_their_inverses_and_ticks(data):
    world = data.draw(worlds())
    _same_as_a_scan(world)
    done: list[edits.Edit] = []
    for _ in range(data.draw(st.integers(1, 20))):
        edit = data.draw(an_edit(world))
        if edit.check(world):
            try:
                done.append(edit.apply(world))
            except rules.RuleError:
                pass
        _same_as_a_scan(world)
        world.step(0.5)  # migrations end and move guests by themselves
        _same_as_a_scan(world)
    for inverse in reversed(done):
        inverse.apply(world)
        _same_as_a_scan(world)


def test_a_guest_put_in_the_dict_without_an_event_is_still_found():
    """A scratch world (core.formats.lab) fills ``guests`` directly: the count check catches it."""
    from dataclasses import replace

    world = _lab()
    g = next(iter(world.guests.values()))
    assert world.guests_on(g.host_id)  # groups made
    world.guests["copy"] = replace(g, id="copy")
    assert [x.id for x in world.guests_on(g.host_id)][-1] == "copy"


def _lab() -> World:
    from core.model.hardware import HOST_TEMPLATES
    from core.model.kinds import Mode, Product
    from core.model.objects import Guest, Host, VmConfig

    w = World()
    w.add_host(Host("h", "H", HOST_TEMPLATES["rack-server"], Mode.HYBRID, Product.KVM))
    w.add_guest(Guest("v", "v", "h", VmConfig("ubuntu-24.04"), "idle"))
    return w


def test_a_moved_guest_is_on_its_new_host_at_once():
    from core.model.hardware import HOST_TEMPLATES
    from core.model.kinds import Mode, Product
    from core.model.objects import Host

    world = _lab()
    world.add_host(Host("h2", "H2", HOST_TEMPLATES["rack-server"], Mode.HYBRID, Product.KVM))
    assert [g.id for g in world.guests_on("h")] == ["v"]  # groups made
    edits.perform(world, edits.MoveGuest("v", "h2"))
    assert world.guests_on("h") == [] and [g.id for g in world.guests_on("h2")] == ["v"]
    _same_as_a_scan(world)


def test_a_removed_guest_leaves_its_groups_at_once_and_the_rest_keep_their_order():
    """An undone add at 20,000 guests remade every group (bench/limits.py): a removal now takes
    the guest out where it was, so the groups hold the scan's answer without being made again."""
    from core.model.objects import ContainerConfig, Guest

    world = _lab()
    for k in range(4):
        world.add_guest(Guest(f"c{k}", f"c{k}", "h", ContainerConfig("nginx"), "idle", in_vm="v"))
    groups = world._groups.of(world.guests)
    world.remove_guest("c1")
    assert [g.id for g in groups.by_host["h"]] == ["v", "c0", "c2", "c3"]
    assert [g.id for g in groups.by_vm["v"]] == ["c0", "c2", "c3"]
    _same_as_a_scan(world)
