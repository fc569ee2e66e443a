"""A small directed graph with the part of ``networkx.DiGraph``'s interface the window uses.

``LayerGraph`` (``core.sim.graph``) keeps the layer graph the window draws in
one of these instead of a ``networkx.DiGraph``: importing networkx costs about
a tenth of a second and some 280 modules, which the window would pay before it
can draw the start-up lab (``bench/bench_startup.py``).  The layer graph needs
no algorithm of networkx, only storage, so this class stores nodes and edges
as networkx does (insertion-ordered dicts, attribute dicts copied on the way
in) and answers the same calls the same way:

    g.add_node(n, **attrs)      g.add_edge(u, v, **attrs)   g.remove_node(n)
    g.add_nodes_from(pairs)     g.add_edges_from(triples)   g.remove_nodes_from(ns)
    n in g, iter(g), len(g)     g.has_node(n)               g.has_edge(u, v)
    g.nodes[n]                  g.nodes(data=True)          g.nodes(data="key")
    g.edges[u, v]               g.edges(data=True)          iter(g.edges)
    g.successors(n)             g.predecessors(n)           g.adj, g.graph

``build_layer_graph`` still returns a real ``networkx.DiGraph`` (the CLI
exports it, algorithms may run on it); ``to_networkx`` converts, and
tests/core/test_layer_graph.py checks that the two agree after random edits.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any


class _NodeView(Mapping):
    """``g.nodes``: a mapping node -> attributes that can also be called like networkx's."""

    __slots__ = ("_node",)

    def __init__(self, node: dict[str, dict]):
        self._node = node

    def __getitem__(self, n: str) -> dict:
        return self._node[n]

    def __iter__(self) -> Iterator[str]:
        return iter(self._node)

    def __len__(self) -> int:
        return len(self._node)

    def __contains__(self, n: object) -> bool:
        return n in self._node

    def __call__(self, data: bool | str = False, default: Any = None) -> Iterator:
        if data is False:
            return iter(self._node)
        if data is True:
            return iter(self._node.items())
        return ((n, d.get(data, default)) for n, d in self._node.items())

    def __repr__(self) -> str:
        return f"NodeView({tuple(self._node)!r})"


class _EdgeView:
    """``g.edges``: iterates (u, v) pairs; ``g.edges[u, v]`` is an edge's attributes."""

    __slots__ = ("_succ",)

    def __init__(self, succ: dict[str, dict[str, dict]]):
        self._succ = succ

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return ((u, v) for u, nbrs in self._succ.items() for v in nbrs)

    def __len__(self) -> int:
        return sum(len(nbrs) for nbrs in self._succ.values())

    def __contains__(self, e: object) -> bool:
        try:
            u, v = e  # type: ignore[misc]
        except (TypeError, ValueError):
            return False
        return v in self._succ.get(u, {})

    def __getitem__(self, e: tuple[str, str]) -> dict:
        u, v = e
        return self._succ[u][v]

    def __call__(self, data: bool | str = False, default: Any = None) -> Iterator:
        if data is False:
            return iter(self)
        if data is True:
            return ((u, v, d) for u, nbrs in self._succ.items() for v, d in nbrs.items())
        return ((u, v, d.get(data, default)) for u, nbrs in self._succ.items() for v, d in nbrs.items())


class DiGraph:
    """Nodes with attribute dicts and directed edges with attribute dicts, in insertion order."""

    def __init__(self) -> None:
        self._node: dict[str, dict] = {}
        self._succ: dict[str, dict[str, dict]] = {}
        self._pred: dict[str, dict[str, dict]] = {}
        self.nodes = _NodeView(self._node)
        self.edges = _EdgeView(self._succ)
        self.graph: dict = {}  # the graph's own attributes (none here), as networkx keeps them

    @property
    def adj(self) -> dict[str, dict[str, dict]]:
        """node -> {successor: edge attributes}: with ``nodes`` and ``graph``, what
        ``networkx.utils.graphs_equal`` compares, so it takes this class too."""
        return self._succ

    # --- reading ----------------------------------------------------------------------
    def __contains__(self, n: object) -> bool:
        return n in self._node

    def __iter__(self) -> Iterator[str]:
        return iter(self._node)

    def __len__(self) -> int:
        return len(self._node)

    def has_node(self, n: str) -> bool:
        return n in self._node

    def has_edge(self, u: str, v: str) -> bool:
        return v in self._succ.get(u, {})

    def successors(self, n: str) -> Iterator[str]:
        return iter(self._succ[n])

    def predecessors(self, n: str) -> Iterator[str]:
        return iter(self._pred[n])

    # --- changing ---------------------------------------------------------------------
    def add_node(self, n: str, **attrs) -> None:
        """Add ``n`` or, if it is there, update its attributes (as networkx does)."""
        if n not in self._node:
            self._succ[n], self._pred[n], self._node[n] = {}, {}, {}
        self._node[n].update(attrs)

    def add_nodes_from(self, nodes: Iterable) -> None:
        """Nodes, or (node, attributes) pairs; the attributes are copied."""
        for item in nodes:
            if isinstance(item, tuple):
                n, attrs = item
                self.add_node(n, **attrs)
            else:
                self.add_node(item)

    def add_edge(self, u: str, v: str, **attrs) -> None:
        """Add the edge u -> v (and its ends if missing) or update its attributes."""
        for n in (u, v):
            if n not in self._node:
                self._succ[n], self._pred[n], self._node[n] = {}, {}, {}
        d = self._succ[u].get(v)
        if d is None:
            d = self._succ[u][v] = self._pred[v][u] = {}
        d.update(attrs)

    def add_edges_from(self, edges: Iterable[tuple]) -> None:
        """(u, v) pairs or (u, v, attributes) triples; the attributes are copied."""
        for e in edges:
            if len(e) == 3:
                u, v, attrs = e
                self.add_edge(u, v, **attrs)
            else:
                self.add_edge(*e)

    def remove_node(self, n: str) -> None:
        """Remove ``n`` and its edges; KeyError if it is not there (as networkx raises NetworkXError)."""
        del self._node[n]
        for v in self._succ.pop(n):
            del self._pred[v][n]
        for u in self._pred.pop(n):
            del self._succ[u][n]

    def remove_nodes_from(self, nodes: Iterable[str]) -> None:
        """Remove these nodes; ones not in the graph are ignored (as networkx does)."""
        for n in list(nodes):
            if n in self._node:
                self.remove_node(n)

    def to_networkx(self):
        """The same graph as a ``networkx.DiGraph`` (imports networkx: not for the start-up path)."""
        import networkx as nx  # noqa: PLC0415 -- see the module docstring

        g = nx.DiGraph()
        g.add_nodes_from((n, dict(d)) for n, d in self._node.items())
        g.add_edges_from((u, v, dict(d)) for u, v, d in self.edges(data=True))
        return g
