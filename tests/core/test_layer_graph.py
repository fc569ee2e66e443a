"""The layer graph kept host by host equals the one built from scratch.

``LayerGraph`` follows the world's events and rebuilds only the bands of the
hosts they touch; after any sequence of edits (and their inverses) its graph
must be ``build_layer_graph(world)``: same nodes, edges and attributes.
"""

from __future__ import annotations

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import edits
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode, Product
from core.model.objects import Host
from core.sim import rules
from core.sim.graph import REGISTRY_ID, LayerGraph, build_layer_graph
from core.sim.world import World
from tests.core.test_edits import an_edit, worlds


def _same(live: LayerGraph, world: World) -> None:
    fresh = build_layer_graph(world)
    assert dict(live.graph.nodes(data=True)) == dict(fresh.nodes(data=True))
    assert {(u, v): d for u, v, d in live.graph.edges(data=True)} == {(u, v): d for u, v, d in fresh.edges(data=True)}
    assert nx.utils.graphs_equal(live.graph, fresh)
    # The bands' order is the library's, as in the graph built from scratch.
    hosts_in_order = list(dict.fromkeys(d["host"] for _n, d in fresh.nodes(data=True) if d["host"]))
    assert live.order == hosts_in_order


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_live_graph_equals_a_rebuilt_one_after_random_edits_and_their_inverses(data):
    world = data.draw(worlds())
    live = LayerGraph(world)
    world.subscribe(live.on_event)
    _same(live, world)
    done: list[edits.Edit] = []
    for _ in range(data.draw(st.integers(1, 25))):
        edit = data.draw(an_edit(world))
        if edit.check(world):
            try:
                done.append(edit.apply(world))
            except rules.RuleError:  # a batch whose later edit is refused rolls back: events and all
                assert isinstance(edit, edits.Batch)
        _same(live, world)
        world.step(0.5)  # migrations finish and move guests between hosts by themselves
        _same(live, world)
    for inverse in reversed(done):
        inverse.apply(world)
        _same(live, world)


def test_a_guest_added_rebuilds_only_its_hosts_band():
    world = World()
    for i in range(3):
        edits.perform(world, edits.AddHost(Host(f"h{i}", f"Host {i}", HOST_TEMPLATES["rack-server"],
                                                Mode.CONTAINER, Product.DOCKER)))
    live = LayerGraph(world)
    touched: list[set[str]] = []
    world.subscribe(lambda ev: touched.append(live.on_event(ev)))
    untouched = {h: live.bands[h] for h in ("h0", "h2")}
    edits.perform(world, edits.guest_from_template(world, "h1", "container", "nginx"))
    assert touched == [{"h1"}]
    assert all(live.bands[h] is band for h, band in untouched.items())
    assert live.graph.has_edge(REGISTRY_ID, "h1/image/nginx")
    _same(live, world)
