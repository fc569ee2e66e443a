"""Big labs in the window (issue 17): collapsed hosts, guest rows made on demand, and the
layer graph kept host band by host band equal to the one built from scratch.

The thresholds are lowered so that the demo lab counts as big: the same code paths a
20,000-guest lab takes, at a size a test can drive action by action.
"""

from __future__ import annotations

import json

import networkx as nx
import pytest

from core.sim.graph import build_layer_graph
from gui.panels.library import ID_ROLE
from tests.gui.random_actions import Monkey, make_window


@pytest.fixture
def big(monkeypatch):
    """The demo lab (5 hosts, 12 guests) counts as big."""
    monkeypatch.setattr("gui.graph.collapse.COLLAPSE_FROM", 4)
    monkeypatch.setattr("gui.panels.library_model.LAZY_FROM", 4)


def _incremental_equals_rebuilt(win) -> None:
    live = win.graph.live
    fresh = build_layer_graph(win.doc.world)
    assert live is not None
    assert dict(live.graph.nodes(data=True)) == dict(fresh.nodes(data=True))
    assert {(u, v): d for u, v, d in live.graph.edges(data=True)} == {
        (u, v): d for u, v, d in fresh.edges(data=True)}


def test_a_big_lab_opens_with_hosts_collapsed_and_guest_rows_on_demand(qtbot, tmp_path, big):
    win = make_window(qtbot, tmp_path)
    world, lib, graph = win.doc.world, win.library, win.graph
    assert graph.collapsed >= set(world.hosts)
    assert set(graph.items) == {f"{h}/hw" for h in world.hosts} | ({"registry"} & set(graph.items))
    model = lib.model
    assert model.lazy
    host = next(h for h in world.hosts if world.guests_on(h))
    index = lib.proxy.mapFromSource(model.item_for(host).index())
    item = model.item_for(host)
    assert item.rowCount() == 1 and item.child(0).data(ID_ROLE) == ""  # a placeholder: an arrow, no guests yet
    assert lib.proxy.hasChildren(index)
    lib.view.expand(index)  # opening the host lists its guests
    assert model.item_for(host).rowCount() == len([g for g in world.guests_on(host) if g.in_vm is None])
    other = next(g for g in world.guests.values() if not model.listed(g.host_id))
    lib.select(other.id)  # selecting a guest (from a tab, the graph) lists its host's guests
    assert lib.current_id() == other.id and model.listed(other.host_id)
    graph.set_collapsed(host, False)  # expanding in the graph draws the whole band
    assert any(i.guest_id for i in graph.items.values() if i.host_id == host)
    _incremental_equals_rebuilt(win)
    win.doc.set_running(False)


def test_a_search_in_a_big_lab_finds_guests_of_hosts_not_opened(qtbot, tmp_path, big):
    win = make_window(qtbot, tmp_path)
    lib, world = win.library, win.doc.world
    guest = next(iter(world.guests.values()))
    assert not lib.model.listed(guest.host_id)
    lib.search.setText(guest.name)
    assert lib.proxy_index(guest.id).isValid()
    assert lib.view.isExpanded(lib.proxy_index(guest.host_id))
    win.doc.set_running(False)


@pytest.mark.parametrize("seed", [3, 4])
def test_after_every_random_action_the_incremental_graph_equals_the_rebuilt_one(qtbot, tmp_path, big, seed):
    """Seeded random actions on the real window of a big lab (collapsed hosts, lazy rows):
    after each, LayerGraph equals build_layer_graph (nodes, edges, attributes), and the
    monkey's own checks (tree, tabs, graph items) hold."""
    win = make_window(qtbot, tmp_path)
    monkey = Monkey(win, seed, tmp_path)
    checked = []

    def after(i: int, what: str) -> None:
        _incremental_equals_rebuilt(win)
        assert nx.utils.graphs_equal(win.graph.live.graph, build_layer_graph(win.doc.world)), what
        checked.append(i)

    monkey.run(120, on_step=after)
    assert len(checked) == 120 and len(monkey.counts) >= 12
    monkey.undo_all()
    _incremental_equals_rebuilt(win)
    win.doc.set_running(False)


def test_the_window_opens_what_the_cli_takes(qtbot, tmp_path):
    """One limit for both: a lab at the CLI's host limit opens in the window."""
    from bench.limits import lab
    from core.files.scenario import MAX_HOSTS

    path = tmp_path / "wide.vlab"
    path.write_text(json.dumps(lab(MAX_HOSTS, MAX_HOSTS)))
    win = make_window(qtbot, tmp_path, path)
    assert len(win.doc.world.hosts) == MAX_HOSTS
    assert len(win.graph.bands) == MAX_HOSTS
    win.doc.set_running(False)
