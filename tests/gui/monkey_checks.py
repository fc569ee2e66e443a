"""What must hold in the window after every random action (``tests/gui/random_actions.py``).

``check_window`` asserts: every meter finite, not negative and within its
host's capacity; the library tree, the tabs and the layer graph agree with the
world.  ``diff`` explains two world fingerprints that should be equal.
"""

from __future__ import annotations

import networkx as nx
import numpy as np

from core.files.scenario import world_to_dict
from core.sim.graph import build_layer_graph
from core.sim.metrics import GUEST_COL, HOST_COL, HOST_METRICS, LAYER_COL
from gui.graph.items import node_label
from gui.panels.library import ID_ROLE

EPS = 1e-6


def saved_view(world) -> dict:
    """The world as a lab file records it (image caches grow on load: left out)."""
    d = world_to_dict(world)
    for h in d["hosts"]:
        h.pop("image_cache", None)
    return {"hosts": d["hosts"], "guests": sorted(d["guests"], key=lambda g: g["id"])}


def check_window(window, errors: list[str], where: str) -> None:
    assert not errors, f"exception after {where}:\n{errors[0]}"
    world = window.doc.world
    _check_sample(world, where)
    _check_tree(window, world, where)
    _check_tabs(window, world, where)
    _check_graph(window, world, where)
    assert window.current_id in ("", *world.hosts, *world.guests), where


def _check_sample(world, where: str) -> None:
    s = world.latest
    if s is None:
        return
    for arr in (s.hosts, s.layers, s.guests):
        assert np.isfinite(arr).all(), f"NaN or infinity in a meter after {where}"
        assert (arr >= -EPS).all(), f"negative meter after {where}"
    for table, col in ((s.hosts, HOST_COL), (s.layers, LAYER_COL), (s.guests, GUEST_COL)):
        pct = [c for n, c in col.items() if n.endswith("_pct")]
        assert (table[:, pct] <= 100 + EPS).all(), f"meter over 100 % after {where}"
    for hid, row in s.index.hosts.items():
        host = world.hosts.get(hid)
        if host is None:  # removed since the last tick
            continue
        h, hw = dict(zip(HOST_METRICS, s.hosts[row], strict=True)), host.hardware
        assert h["mem_used_mb"] <= hw.memory_mb * (1 + EPS), f"{hid} memory over capacity after {where}"
        assert h["disk_iops"] <= hw.disk.iops * (1 + EPS), f"{hid} IOPS over capacity after {where}"
        assert h["disk_mbs"] <= hw.disk.seq_mbs * (1 + EPS), f"{hid} disk over capacity after {where}"
        assert h["net_mbps"] <= hw.nic.gbps * 1000 * (1 + EPS), f"{hid} NIC over capacity after {where}"


def _check_tree(window, world, where: str) -> None:
    model = window.library.model
    rows = {}
    for r in range(model.rowCount()):
        host = model.item(r, 0)
        kids = {host.child(k, 0).data(ID_ROLE): host.child(k, 0).text() for k in range(host.rowCount())}
        if not model.listed(host.data(ID_ROLE)):  # a big lab's host not opened yet: rows on demand
            assert set(kids) <= {""}, f"rows of a host not listed yet after {where}"  # its placeholder
            kids = {g.id: g.name for g in world.guests_on(host.data(ID_ROLE))}
        rows[host.data(ID_ROLE)] = (host.text(), kids)
    want = {h.id: (h.name, {g.id: g.name for g in world.guests_on(h.id)}) for h in world.hosts.values()}
    assert rows == want, f"library tree differs from the world after {where}"


def _check_tabs(window, world, where: str) -> None:
    tabs = window.tabs
    for i in range(1, tabs.count()):
        obj = getattr(tabs.widget(i), "obj_id", None)
        if obj is None:
            continue  # a feature's own tab
        assert obj in world.hosts or obj in world.guests, f"tab of a deleted object {obj} after {where}"
        name = window.doc.name_of(obj)
        assert tabs.tabText(i) == name.replace("&", "&&"), f"stale tab title for {obj} after {where}"
        assert window.tab_for(obj) is tabs.widget(i)


def _check_graph(window, world, where: str) -> None:
    g = build_layer_graph(world)
    items, collapsed = window.graph.items, window.graph.collapsed
    # A collapsed host is drawn as its hardware node alone (level of detail in big labs).
    shown = {n for n, h in g.nodes(data="host") if h not in collapsed or n == f"{h}/hw"}
    assert set(items) == shown, f"layer graph items differ from the world after {where}"
    for nid, data in g.nodes(data=True):
        if nid not in shown:
            continue
        assert items[nid].label == node_label(data["kind"], str(data["label"])), f"label of {nid} after {where}"
        band = window.graph.bands.get(data["host"])
        assert items[nid].parentItem() is band, f"{nid} drawn outside its host's band after {where}"
    # The graph kept host by host is the one built from scratch (nodes, edges, attributes).
    live = window.graph.live.graph if window.graph.live is not None else nx.DiGraph()
    assert nx.utils.graphs_equal(live, g), f"incremental layer graph differs after {where}"
    want = {(u, v) for u, v in g.edges if u in shown and v in shown}
    assert set(window.graph.edges) == want, f"layer graph edges differ after {where}"


def diff(a: dict, b: dict, title: str) -> str:
    """The parts of two fingerprints that differ, at most 20 lines."""
    lines = [title]
    for part in a:
        if a[part] != b[part]:
            if isinstance(a[part], dict):
                for k in sorted(set(a[part]) | set(b[part])):
                    if a[part].get(k) != b[part].get(k):
                        lines.append(f"  {part}[{k}]: start {a[part].get(k)!r}\n      now {b[part].get(k)!r}")
            else:
                lines.append(f"  {part}: start {a[part]!r}, now {b[part]!r}")
    return "\n".join(lines[:20])
