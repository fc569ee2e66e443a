"""``core.sim.digraph.DiGraph`` answers as ``networkx.DiGraph`` does, order included.

The window's layer graph is kept in one (no networkx import at start-up), and
the graph code written against networkx must read it the same way: nodes and
edges in the same order with the same attributes, the same neighbours.
"""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.sim.digraph import DiGraph

NODES = st.sampled_from(["a", "b", "c", "d", "e"])
ATTRS = st.dictionaries(st.sampled_from(["kind", "layer", "guest"]), st.integers(0, 3), max_size=2)
OPS = st.one_of(
    st.tuples(st.just("add_node"), NODES, ATTRS),
    st.tuples(st.just("add_edge"), NODES, NODES, ATTRS),
    st.tuples(st.just("remove_node"), NODES),
    st.tuples(st.just("remove_nodes_from"), st.lists(NODES, max_size=3)),
    st.tuples(st.just("add_nodes_from"), st.lists(st.tuples(NODES, ATTRS), max_size=3)),
    st.tuples(st.just("add_edges_from"), st.lists(st.tuples(NODES, NODES, ATTRS), max_size=3)),
)


def _apply(g, op) -> None:
    name, *args = op
    if name == "add_node":
        g.add_node(args[0], **args[1])
    elif name == "add_edge":
        g.add_edge(args[0], args[1], **args[2])
    elif name == "remove_node":
        if args[0] in g:  # both refuse a missing node (networkx with its own error)
            g.remove_node(args[0])
    else:
        getattr(g, name)(args[0])


def _view(g) -> tuple:
    return (
        list(g.nodes(data=True)), list(g.nodes(data="kind")), list(g.edges(data=True)), list(g.edges),
        {n: (list(g.successors(n)), list(g.predecessors(n))) for n in g},
        len(g), len(g.edges), list(g),
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(OPS, max_size=30))
def test_the_same_operations_give_the_same_graph_as_networkx(ops):
    mine, ref = DiGraph(), nx.DiGraph()
    for op in ops:
        _apply(mine, op)
        _apply(ref, op)
        assert _view(mine) == _view(ref)
    for u in "abcde":
        assert mine.has_node(u) == ref.has_node(u) and (u in mine) == (u in ref)
        for v in "abcde":
            assert mine.has_edge(u, v) == ref.has_edge(u, v)
            assert ((u, v) in mine.edges) == ((u, v) in ref.edges)
            if ref.has_edge(u, v):
                assert mine.edges[u, v] == ref.edges[u, v]
    assert nx.utils.graphs_equal(mine.to_networkx(), ref)
    assert nx.utils.graphs_equal(mine, ref) and nx.utils.graphs_equal(ref, mine)  # compared as it is


def test_attributes_are_copied_in_not_shared():
    band = DiGraph()
    band.add_node("n", label="old")
    band.add_edge("n", "m", relation="runs")
    g = DiGraph()
    g.add_nodes_from(band.nodes(data=True))
    g.add_edges_from(band.edges(data=True))
    band.nodes["n"]["label"] = "changed"
    band.edges["n", "m"]["relation"] = "changed"
    assert g.nodes["n"] == {"label": "old"}
    assert g.edges["n", "m"] == {"relation": "runs"}


def test_a_missing_node_is_an_error_to_remove_alone_but_ignored_in_a_batch():
    g = DiGraph()
    g.add_edge("a", "b")
    with pytest.raises(KeyError):
        g.remove_node("z")
    g.remove_nodes_from(["z", "a"])
    assert list(g) == ["b"] and list(g.predecessors("b")) == []
