"""The live layer graph: the whole stack of every host, with meters on each layer.

``core.sim.graph.build_layer_graph`` says what the nodes are; this view keeps one
item per node id (``items``) and follows the document: a structural change
diffs the new graph against the items (add, remove, move — the scene is never
cleared), a tick only writes meter values into the items.  Each host's column
is a drop target for palette templates and guests (``gui.document.mime``).  Meter
values for all nodes come from one ``MeterPlan`` gather per tick, and only
nodes in view whose meters visibly moved are repainted.

Signals:
    node_clicked(str)  -- a node was clicked: its node id (emitted first)
    node_selected(str) -- a node or host band was clicked: the id of its guest, or of its host
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGraphicsScene,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from core.model.kinds import ACTIVE_STATES, GuestState
from core.sim.graph import build_layer_graph, layered_layout
from gui.document.drops import DropTarget
from gui.graph.infra_text import infra_text
from gui.graph.items import (
    BASE_TOP,
    METER_LOD,
    NODE_H,
    NODE_W,
    PAD,
    TOP_LEVEL,
    BackdropItem,
    BandItem,
    EdgeItem,
    NodeItem,
    Theme,
    scene_pos,
)
from gui.graph.scene_view import (
    LayerView,
    MeterPlan,
    untangle,
)
from gui.graph.zoom_export import ZoomAndExport
from gui.shell import colors as pc
from gui.text.value_names import mode_text, product_text, state_text

# Relations that are services rather than "runs on": drawn dashed.
_DASHED_KINDS = {"client", "registry", "mgmt"}
# Nodes that show the guest's state next to their caption.
_STATE_KINDS = {"guestos", "container"}


class GraphView(ZoomAndExport, QWidget):
    node_clicked = Signal(str)
    node_selected = Signal(str)

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("layerGraph")
        self.document = document
        self.scene = QGraphicsScene(self)
        # Items move only on structural changes, so the BSP index stays valid between
        # them and each repaint finds the few items in view without visiting all.
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.theme = Theme(self.font(), pc.is_dark(self.palette()))
        self.items: dict[str, NodeItem] = {}
        self._plan: MeterPlan | None = None  # rebuilt when the structure or the engine's rows change
        self.edges: dict[tuple[str, str], EdgeItem] = {}
        self.bands: dict[str, BandItem] = {}
        self._by_obj: dict[str, list[NodeItem]] = {}
        self._metric_items: list[NodeItem] = []
        self._infra_items: list[tuple[NodeItem, tuple[str, str]]] = []
        self._selected = ""
        self._drop_host: str | None = None
        self.drops = DropTarget(document, self._set_drop_target)
        self.user_zoomed = False
        self.backdrop = BackdropItem(self.theme)
        self.scene.addItem(self.backdrop)

        self.view = LayerView(self)
        self.toolbar = self._make_toolbar()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.view)

        d = document
        for sig in (d.host_added, d.host_removed, d.host_changed, d.guest_added, d.guest_removed,
                    d.guest_moved, d.guest_changed):
            sig.connect(self._sync)
        d.guest_state_changed.connect(self._on_state)
        d.ticked.connect(self._on_ticked)
        d.world_replaced.connect(self._rebuild)
        self._rebuild()

    def _make_toolbar(self) -> QToolBar:
        import qtawesome as qta  # after the QApplication exists

        bar = QToolBar(self)
        bar.setObjectName("layerGraphToolbar")
        bar.setIconSize(QSize(16, 16))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

        def act(icon, text, slot, keys=None):
            a = QAction(qta.icon(icon, color=self.palette().color(self.palette().ColorRole.WindowText)), text, self)
            a.triggered.connect(slot)
            if keys:
                a.setShortcut(keys)
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                a.setToolTip(f"{text} ({a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            self.addAction(a)
            bar.addAction(a)
            return a

        act("mdi6.magnify-plus-outline", self.tr("Zoom in"), self.zoom_in, QKeySequence.StandardKey.ZoomIn)
        act("mdi6.magnify-minus-outline", self.tr("Zoom out"), self.zoom_out, QKeySequence.StandardKey.ZoomOut)
        act("mdi6.fit-to-screen-outline", self.tr("Fit to window"), self.fit, QKeySequence("Ctrl+0"))
        bar.addSeparator()
        act("mdi6.file-image-outline", self.tr("Export as PNG image…"), self._ask_png)
        act("mdi6.file-code-outline", self.tr("Export as SVG drawing…"), self._ask_svg)
        return bar

    # --- structure: diff the graph against the items ----------------------------------
    def _rebuild(self) -> None:
        """A new world: drop every item and build again (the only full rebuild)."""
        for e in self.edges.values():
            self.scene.removeItem(e)
        for item in list(self.items.values()) + list(self.bands.values()):
            self.scene.removeItem(item)
        self.items.clear()
        self.edges.clear()
        self.bands.clear()
        self._selected = ""
        self._sync()
        self.user_zoomed = False
        self.fit()

    def _sync(self, *_args) -> None:
        world = self.document.world
        if not world.hosts and not self.items:
            return  # nothing to draw (e.g. the empty window before a lab loads)
        g = build_layer_graph(world)
        pos = untangle(g, layered_layout(g, column_gap=0.35))
        for key in [k for k in self.edges if not g.has_edge(*k)]:
            e = self.edges.pop(key)
            e.detach()
            self.scene.removeItem(e)
        for nid in [n for n in self.items if n not in g]:
            self.scene.removeItem(self.items.pop(nid))
        for nid, data in g.nodes(data=True):
            item = self.items.get(nid)
            attrs = (data["kind"], data["layer"], data["label"], data.get("detail"), data.get("metrics"),
                     data.get("privileged"), data.get("host", ""))  # a moved guest keeps its node ids
            if item is None:
                item = NodeItem(nid, data, self.theme)
                item.attrs = attrs
                self.items[nid] = item
                self.scene.addItem(item)
            elif item.attrs != attrs:
                item.set_data(data)
                item.host_id = data.get("host", "")  # else its old host's band (and a KeyError once deleted)
                item.attrs = attrs
            p = scene_pos(*pos[nid])
            if item.pos() != p:  # a move re-routes its edges (itemChange): only when it moved
                item.setPos(p)
        for u, v in g.edges:
            if (u, v) not in self.edges:
                dashed = g.nodes[u]["kind"] in _DASHED_KINDS
                e = EdgeItem(self.items[u], self.items[v], self.theme, dashed, g.edges[u, v].get("network"))
                self.edges[(u, v)] = e
                self.scene.addItem(e)
            elif self.edges[(u, v)].network != g.edges[u, v].get("network"):  # a guest changed network
                self.edges[(u, v)].set_network(g.edges[u, v].get("network"))
        self._sync_bands(world)
        self._by_obj = {}
        for item in self.items.values():
            key = item.guest_id or item.host_id
            if key:
                self._by_obj.setdefault(key, []).append(item)
        self._metric_items = [i for i in self.items.values() if i.metrics is not None]
        self._infra_items = [(self.items[n], d["infra"]) for n, d in g.nodes(data=True) if d.get("infra")]
        self._plan = None
        for gid in world.guests:
            self._on_state(gid)
        self.select(self._selected)
        self._on_ticked()

    def _sync_bands(self, world) -> None:
        spans: dict[str, list[float]] = {}
        for item in self.items.values():
            if item.host_id:
                x = item.pos().x()
                s = spans.setdefault(item.host_id, [x, x])
                s[0], s[1] = min(s[0], x), max(s[1], x)
        for hid in [h for h in self.bands if h not in spans]:
            self.scene.removeItem(self.bands.pop(hid))
        # Rows 6 and 7 (containers inside VMs) take room only while some VM runs containers.
        top_level = min(TOP_LEVEL, max([BASE_TOP] + [int(i.layer) for i in self.items.values()]))
        self.backdrop.set_top(top_level)
        top = scene_pos(0, top_level).y() - NODE_H / 2 - 44
        bottom = scene_pos(0, 0).y() + NODE_H / 2 + PAD
        for hid, (x0, x1) in spans.items():
            band = self.bands.get(hid)
            if band is None:
                band = self.bands[hid] = BandItem(hid, self.theme)
                self.scene.addItem(band)
            band.set_geometry(QRectF(x0 - NODE_W / 2 - PAD, top, x1 - x0 + NODE_W + 2 * PAD, bottom - top))
            host = world.hosts[hid]
            sub = mode_text(host.mode)
            if host.product is not None:
                sub = f"{sub} · {product_text(host.product)}"
            band.set_title(host.name, sub)
        xs = [i.pos().x() for i in self.items.values()] or [0.0]
        self.backdrop.set_span(min(xs) - NODE_W / 2 - 150, max(xs) + NODE_W / 2 + 20)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    def _on_state(self, guest_id: str) -> None:
        guest = self.document.world.guests.get(guest_id)
        if guest is None:
            return
        off = guest.state not in ACTIVE_STATES
        text = state_text(guest.state) if guest.state is not GuestState.RUNNING else ""
        for item in self._by_obj.get(guest_id, ()):
            item.set_state(off, text if item.kind in _STATE_KINDS else "")

    # --- ticks: values only --------------------------------------------------------------
    def _on_ticked(self) -> None:
        world = self.document.world
        sample = world.latest
        if sample is None:
            return
        plan = self._plan
        if plan is None or plan.index is not sample.index:
            items = self._metric_items
            plan = self._plan = MeterPlan([i.metrics for i in items], [world.hosts.get(i.host_id) for i in items],
                                          sample.index, [(i.pos().x(), i.pos().y()) for i in items])
            for k, item in enumerate(items):
                item.bind(plan.values, k)
                item.update()
        plan.update(sample)
        for item, key in self._infra_items:  # switch and datastore figures ride on the caption
            item.set_state(False, infra_text(world, sample, key))
        self.repaint_changed()

    def repaint_changed(self) -> None:
        """Repaint the nodes in view whose meters look different from their last drawing.

        Zoomed out the meters are not drawn, and a hidden view draws nothing: the
        values are kept and the nodes catch up when they come into view.
        """
        plan = self._plan
        z = self.zoom()
        if plan is None or z < METER_LOD or not self.view.isVisible():
            return
        vp = self.view.viewport().rect()
        visible = self.view.mapToScene(vp).boundingRect()
        items = self._metric_items
        for k in plan.changed(z, visible).tolist():
            items[k].update()

    # --- selection -----------------------------------------------------------------------
    def select(self, obj_id: str) -> None:
        """Highlight the nodes of a guest, or a host's own nodes and column."""
        for item in self._by_obj.get(self._selected, ()):
            item.set_highlighted(False)
        if self._selected in self.bands:
            self.bands[self._selected].set_highlighted(False)
        self._selected = obj_id or ""
        chosen = [i for i in self._by_obj.get(self._selected, ())
                  if self._selected not in self.bands or not i.guest_id]
        for item in chosen:
            item.set_highlighted(True)
        if self._selected in self.bands:
            self.bands[self._selected].set_highlighted(True)
        if chosen:
            self.view.ensureVisible(chosen[0], 40, 40)

    def selected_items(self) -> list[NodeItem]:
        return [i for i in self.items.values() if i.highlighted]

    marked: tuple[str, ...] = ()  # nodes outlined by mark_nodes

    def mark_nodes(self, node_ids) -> tuple[str, ...]:
        """Outline these nodes apart from the selection (a step-through's current hop);
        an empty list clears.  Returns the ids that are in the graph."""
        for nid in self.marked:
            if nid in self.items:
                self.items[nid].set_drop_state(None)
        self.marked = tuple(n for n in dict.fromkeys(node_ids) if n in self.items)
        for nid in self.marked:
            self.items[nid].set_drop_state("accept")
        if self.marked:
            self.view.ensureVisible(self.items[self.marked[0]], 40, 40)
        return self.marked

    def _item_at(self, pos: QPoint):
        for it in self.view.items(pos):
            if isinstance(it, (NodeItem, BandItem)):
                return it
        return None

    def object_at(self, pos: QPoint) -> str:
        """The host or guest whose node (or band) is at ``pos`` in the view's viewport, or ""."""
        it = self._item_at(pos)
        return (getattr(it, "guest_id", "") or it.host_id or "") if it is not None else ""

    def click_at(self, pos: QPoint) -> None:
        it = self._item_at(pos)
        if it is None:
            return
        if isinstance(it, NodeItem):
            self.node_clicked.emit(it.node_id)
        obj = getattr(it, "guest_id", "") or it.host_id
        if obj:
            self.select(obj)
            self.node_selected.emit(obj)

    # --- drops ------------------------------------------------------------------------------
    def _host_at(self, pos: QPoint) -> str | None:
        # A guest's node is a drop target of its own (a container dropped on a VM runs inside it).
        it = self._item_at(pos)
        return (getattr(it, "guest_id", "") or it.host_id or None) if it is not None else None

    def _set_drop_target(self, host_id: str | None, state: str | None) -> None:
        if self._drop_host and self._drop_host != host_id:
            self._mark_drop(self._drop_host, None)
        self._drop_host = host_id
        if host_id:
            self._mark_drop(host_id, state)

    def _mark_drop(self, host_id: str, state: str | None) -> None:
        os_node = self.items.get(f"{host_id}/os")  # a VM that is the target: mark its guest OS
        if os_node is not None:
            os_node.set_drop_state(state)
        if host_id in self.bands:
            self.bands[host_id].set_drop_state(state)
        hw = self.items.get(f"{host_id}/hw")
        if hw is not None:
            hw.set_drop_state(state)

    def hover_drop(self, pos: QPoint, event) -> None:
        verdict = self.drops.hover(event, self._host_at(pos))
        if verdict is not None and not verdict:
            QToolTip.showText(self.view.viewport().mapToGlobal(pos), self.drops.message, self.view.viewport())
        else:
            QToolTip.hideText()

    def drop_at(self, pos: QPoint, event) -> None:
        QToolTip.hideText()
        self.drops.drop(event, self._host_at(pos))
