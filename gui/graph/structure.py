"""The layer graph's items follow the world host by host.

``GraphView`` mixes this in.  A ``core.sim.graph.LayerGraph`` keeps the graph
one host band at a time; here each host's band is one ``BandItem`` whose
children are that host's nodes and edges, in band coordinates.  A structural
change (a guest added, deleted, moved; a host renamed or re-moded) redoes the
items of the hosts it touched only, and moves the bands to its right by
moving each band item once (their children follow without being visited).
Only a new world rebuilds everything.  The registry, shared by container
hosts, is a top-level node after the last band; its edges are top-level too
and follow the bands they reach into.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF

from core.sim.graph import REGISTRY_ID, LayerGraph, layered_layout
from gui.graph.edges import EdgeItem
from gui.graph.items import (
    BAND_TITLE_H,
    NODE_H,
    NODE_W,
    PAD,
    X_STEP,
    BandItem,
    NodeItem,
    row_y,
    scene_pos,
)
from gui.graph.scene_view import untangle
from gui.text.value_names import mode_text, product_text

COLUMN_GAP = 0.35  # layout units between two hosts' bands
# Spare room in a band's slot (see StructureSync._slot).  Assumption: a quarter
# more columns covers the few guests a student adds to a host at a time.
SLOT_FROM, SLOT_SPARE, SLOT_KEEP = 4, 0.25, 0.6
# Dashed: relations that are services rather than "runs on".
_DASHED_KINDS = {"client", "registry", "mgmt"}
# Which document signal says what (the world's event kinds, for LayerGraph.hosts_touched).
SIGNAL_KINDS = ("host_added", "host_removed", "host_changed", "guest_added", "guest_removed", "guest_moved",
                "guest_changed")


class StructureSync:
    """The structural half of ``GraphView``: items per node, bands per host."""

    def _init_structure(self) -> None:
        self.live: LayerGraph | None = None
        self.items: dict[str, NodeItem] = {}
        self.edges: dict[tuple[str, str], EdgeItem] = {}
        self.bands: dict[str, BandItem] = {}
        self._band_nodes: dict[str, list[str]] = {}  # host id -> its node ids
        self._band_width: dict[str, float] = {}  # host id -> its width in layout units
        self._band_levels: dict[str, set[int]] = {}  # host id -> the layers its nodes are in
        self._levels: tuple[int, ...] = ()  # the layers drawn (some host has a node there), ascending
        self._by_obj: dict[str, list[NodeItem]] = {}
        self._metric_items: list[NodeItem] | None = None  # None: to gather again
        d = self.document
        for kind in SIGNAL_KINDS:
            getattr(d, kind).connect(lambda obj_id, kind=kind: self._changed(kind, obj_id))

    # --- a new world: the only full rebuild --------------------------------------------
    def _rebuild(self) -> None:
        for e in self.edges.values():
            if e.parentItem() is None:
                self.scene.removeItem(e)
        for item in list(self.bands.values()) + ([self.items[REGISTRY_ID]] if REGISTRY_ID in self.items else []):
            self.scene.removeItem(item)  # a band takes its nodes and edges with it
        self.items.clear()
        self.edges.clear()
        self.bands.clear()
        self._band_nodes.clear()
        self._band_width.clear()
        self._band_levels.clear()
        self._by_obj.clear()
        self._selected, self._chosen = "", ()
        world = self.document.world
        self.collapse_big_lab(world)
        self.live = LayerGraph(world) if world.hosts else None
        if self.live is not None:
            self._redo_hosts(set(self.live.bands))
        self._place_bands()
        self.user_zoomed = False
        self.fit()

    def _changed(self, kind: str, obj_id: str) -> None:
        if self.live is None:
            if not self.document.world.hosts:
                return  # nothing to draw (e.g. the empty window before a lab loads)
            self.live = LayerGraph(self.document.world)
            touched = set(self.live.bands)
        else:
            touched = self.live.refresh(self.live.hosts_touched(kind, obj_id))
        if touched:
            self._redo_hosts(touched)
            self._place_bands()

    # --- one host's band -------------------------------------------------------------------
    def _redo_hosts(self, hosts: set[str]) -> None:
        live, world = self.live, self.document.world
        g = live.graph
        old = {n for h in hosts for n in self._band_nodes.pop(h, ())}
        objs = set(hosts) | {self.items[n].guest_id for n in old if self.items[n].guest_id}
        new: dict[str, tuple[str, tuple[float, float]]] = {}  # node -> (host, local position)
        for hid in hosts:
            band = live.bands.get(hid)
            if band is None:
                continue
            pos = self._shown_part(hid, band)
            if pos is None:  # drawn whole: laid out (a collapsed host's box needs no layout)
                pos = untangle(band, layered_layout(band))
                pos.pop(REGISTRY_ID, None)
            x_min = min(x for x, _y in pos.values())
            width = max(x for x, _y in pos.values()) - x_min + 1
            self._band_width[hid] = self._slot(hid, width)
            self._band_levels[hid] = {int(y) for _x, y in pos.values()}
            # Spare columns at its right: a new guest then moves few of the others.
            self._band_nodes[hid] = list(pos)
            for n, (x, y) in pos.items():
                new[n] = (hid, (x - x_min, y))
        # Edges of the redone bands: those gone (or whose guest changed host) go; the rest stay.
        new_edges = {e for hid in hosts - self.collapsed if hid in live.bands for e in live.bands[hid].edges}
        for key in [k for k in self._band_edges(old) if k not in new_edges or new.get(k[1], ("",))[0] !=
                    (self.items[k[1]].host_id if k[1] in self.items else None)]:
            self._drop_edge(key)
        for n in old - new.keys():
            self.scene.removeItem(self.items.pop(n))
        for hid in hosts - live.bands.keys():
            band_item = self.bands.pop(hid, None)
            if band_item is not None:
                self.scene.removeItem(band_item)
            self._band_width.pop(hid, None)
            self._band_levels.pop(hid, None)
        for hid in hosts & live.bands.keys():
            if hid not in self.bands:
                self.bands[hid] = BandItem(hid, self.theme)
                self.scene.addItem(self.bands[hid])
        # Only layers with a node in some host get a row (rows 6 and 7, containers inside
        # VMs, only while some VM runs containers): when that set changes every node
        # moves up or down and every band's height changes, else only the redone bands'.
        levels = set().union(*self._band_levels.values())
        if REGISTRY_ID in g:
            levels.add(int(g.nodes[REGISTRY_ID]["layer"]))
        levels = tuple(sorted(levels))
        relevel = levels != self._levels
        self._levels = levels
        self.backdrop.set_levels(levels)
        if relevel:
            for n, item in self.items.items():
                if n not in new:
                    item.setPos(QPointF(item.pos().x(), row_y(levels, item.layer)))
        for n, (hid, (x, y)) in new.items():
            self._place_node(n, g.nodes[n], self.bands[hid], QPointF(x * X_STEP, row_y(levels, y)))
        self._sync_registry(g)
        for u, v in new_edges:
            self._add_edge(g, u, v)
        redo = live.bands.keys() if relevel else hosts & live.bands.keys()
        for hid in redo:
            self._band_geometry(hid, world.hosts[hid])
        # Selection, state and meter bookkeeping of what was redone.
        objs |= {self.items[n].guest_id for n in new if self.items[n].guest_id}
        for key in objs:
            self._by_obj.pop(key, None)
        for n in new:
            item = self.items[n]
            key = item.guest_id or item.host_id
            if key in objs:
                self._by_obj.setdefault(key, []).append(item)
        self._metric_items = None
        self._plan = None
        for key in objs:
            if key in world.guests:
                self._on_state(key)
        for hid in hosts & live.bands.keys():
            self._summarize(hid)
        self.select(self._selected)

    def _slot(self, hid: str, width: float) -> float:
        """How wide a band is drawn: its nodes' width, with room to grow once it is wide.

        A band keeps its slot while its nodes fit and fill most of it, so adding
        or deleting a guest does not move every band to its right (a student's
        drop target stays put, and the scene need not re-index thousands of
        items: bench/limits.py).  Narrow bands get no spare room: the demo lab
        looks as laid out.
        """
        old = self._band_width.get(hid)
        if old is not None and SLOT_KEEP * old <= width <= old:
            return old
        return width if width < SLOT_FROM else width + math.ceil(width * SLOT_SPARE)

    def _band_edges(self, nodes: set[str]) -> set[tuple[str, str]]:
        out = set()
        for n in nodes:
            item = self.items.get(n)
            if item is not None:
                out.update((e.src.node_id, e.dst.node_id) for e in item.edges)
        return out

    def _place_node(self, n: str, data: dict, parent, p) -> NodeItem:
        item = self.items.get(n)
        attrs = (data["kind"], data["layer"], data["label"], data.get("detail"), data.get("metrics"),
                 data.get("privileged"), data.get("host", ""))  # a moved guest keeps its node ids
        if item is None:
            item = NodeItem(n, data, self.theme)
            item.attrs = attrs
            item.setPos(p)  # before it is in the scene: no index to update yet
            self.items[n] = item
            if parent is None:
                self.scene.addItem(item)
            else:
                item.setParentItem(parent)
        else:
            if item.attrs != attrs:
                item.set_data(data)
                item.host_id = data.get("host", "")  # else its old host's band (and a KeyError once deleted)
                item.attrs = attrs
            if item.parentItem() is not parent:
                item.setParentItem(parent)
        if item.pos() != p:  # a move re-routes its edges (itemChange): only when it moved
            item.setPos(p)
        return item

    def _sync_registry(self, g) -> None:
        if REGISTRY_ID in g:
            old = self.items.get(REGISTRY_ID)
            # Where it stands is _place_bands' business: after the last band.
            p = old.pos() if old is not None else scene_pos(0, g.nodes[REGISTRY_ID]["layer"])
            self._place_node(REGISTRY_ID, g.nodes[REGISTRY_ID], None, p)
        elif REGISTRY_ID in self.items:
            for key in [k for k in self.edges if REGISTRY_ID in k]:
                self._drop_edge(key)
            self.scene.removeItem(self.items.pop(REGISTRY_ID))

    def _add_edge(self, g, u: str, v: str) -> None:
        network = g.edges[u, v].get("network")  # a NIC edge: styled by its network (nat, bridged, …)
        if (u, v) in self.edges:
            if self.edges[(u, v)].network != network:  # the guest changed network
                self.edges[(u, v)].set_network(network)
            return
        src, dst = self.items[u], self.items[v]
        # An edge inside one band is the band's child; one to the registry stays top-level.
        parent = src.parentItem() if src.parentItem() is dst.parentItem() else None
        e = EdgeItem(src, dst, self.theme, g.nodes[u]["kind"] in _DASHED_KINDS, parent, network)
        self.edges[(u, v)] = e
        if parent is None:
            self.scene.addItem(e)

    def _drop_edge(self, key: tuple[str, str]) -> None:
        e = self.edges.pop(key)
        e.detach()
        self.scene.removeItem(e)

    def _band_geometry(self, hid: str, host) -> None:
        band = self.bands[hid]
        top = self._top_y()
        bottom = row_y(self._levels, 0) + NODE_H / 2 + PAD / 2
        width = (self._band_width[hid] - 1) * X_STEP
        band.set_geometry(QRectF(-NODE_W / 2 - PAD, top, width + NODE_W + 2 * PAD, bottom - top))
        sub = mode_text(host.mode)
        if host.product is not None:
            sub = f"{sub} · {product_text(host.product)}"
        band.set_title(host.name, sub)

    # --- the bands side by side ----------------------------------------------------------
    def _place_bands(self) -> None:
        """Bands in the library's order; a band that moves takes its children along."""
        x0 = 0.0
        moved = False
        for hid in self.live.order if self.live is not None else ():
            p = QPointF(x0 * X_STEP, 0.0)  # band coordinates are scene ones shifted sideways
            band = self.bands[hid]
            if band.pos() != p:
                band.setPos(p)
                moved = True
            x0 += self._band_width[hid] + COLUMN_GAP
        reg = self.items.get(REGISTRY_ID)
        if reg is not None:
            p = QPointF(x0 * X_STEP, row_y(self._levels, reg.layer))
            if reg.pos() != p:
                reg.setPos(p)  # re-routes its own edges
            elif moved:
                for e in reg.edges:
                    e.adjust()
            x0 += 1
        right = max(0.0, x0 - 1 - COLUMN_GAP) * X_STEP
        self.backdrop.set_span(-NODE_W / 2 - 150, right + NODE_W / 2 + 20)
        rect = self.backdrop.boundingRect()
        rect.setTop(self._top_y())
        rect.setRight(max(rect.right(), right + NODE_W / 2 + PAD))
        self.scene.setSceneRect(rect.adjusted(-20, -20, 20, 20))
        if moved:
            self._plan = None  # its node positions (what is in view) changed

    def _top_y(self) -> float:
        """Where bands begin: their titles above the highest row drawn."""
        return row_y(self._levels, self._levels[-1] if self._levels else 0) - NODE_H / 2 - BAND_TITLE_H

    def metric_items(self) -> list[NodeItem]:
        if self._metric_items is None:
            self._metric_items = [i for i in self.items.values() if i.metrics is not None]
        return self._metric_items
