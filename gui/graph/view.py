"""The live layer graph: the whole stack of every host, with meters on each layer.

``core.sim.graph.LayerGraph`` says what the nodes are, host band by host band;
this view keeps one item per node id (``items``) and follows the document: a
structural change redoes the items of the hosts it touched
(``gui.graph.structure``), a tick only writes meter values into the items.  Each host's column
is a drop target for palette templates and guests (``gui.document.mime``).  Meter
values for all nodes come from one ``MeterPlan`` gather per tick, and only
nodes in view whose meters visibly moved are repainted.

Signals:
    node_clicked(str)  -- a node was clicked: its node id (emitted first)
    node_selected(str) -- a node or host band was clicked: the id of its guest, or of its host
    selection_changed(list, str) -- the user selected several (Ctrl/Shift-click, rubber band) or one:
                          the selected host and guest ids and the current one (``gui.graph.selecting``)
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGraphicsScene,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from core.model.kinds import ACTIVE_STATES, GuestState
from gui.document.drops import DropTarget
from gui.graph.backdrop import BackdropItem
from gui.graph.collapse import HostCollapse
from gui.graph.infra_text import infra_text
from gui.graph.items import (
    METER_LOD,
    BandItem,
    NodeItem,
    Theme,
)
from gui.graph.overview import Overview
from gui.graph.scene_view import (
    LayerView,
    MeterPlan,
)
from gui.graph.selecting import GraphSelection
from gui.graph.structure import StructureSync
from gui.graph.tips import node_tip
from gui.graph.zoom_export import ZoomAndExport
from gui.shell import colors as pc
from gui.shell import icons
from gui.text.plain import plain_tip
from gui.text.value_names import state_text

# Nodes that show the guest's state next to their caption.
_STATE_KINDS = {"guestos", "container"}
_INFRA = {"vswitch": "switch", "datastore": "datastore"}  # node kind -> its key in core.sim.infra


class GraphView(StructureSync, HostCollapse, ZoomAndExport, GraphSelection, QWidget):
    node_clicked = Signal(str)
    node_selected = Signal(str)
    selection_changed = Signal(list, str)  # the user changed the selection: (ids, current id)

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("layerGraph")
        self.document = document
        self.scene = QGraphicsScene(self)
        # Items move only on structural changes, so the BSP index stays valid between
        # them and each repaint finds the few items in view without visiting all.
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.theme = Theme(self.font(), pc.is_dark(self.palette()))
        self._plan: MeterPlan | None = None  # rebuilt when the structure or the engine's rows change
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
        self.overview = Overview(self, self.view)

        d = document
        self._infra_items: list[NodeItem] = []
        self._init_collapse()
        self._init_structure()
        d.guest_state_changed.connect(self._on_state)
        d.ticked.connect(self._on_ticked)
        d.world_replaced.connect(self._rebuild)
        self._rebuild()

    def _make_toolbar(self) -> QToolBar:

        bar = QToolBar(self)
        bar.setObjectName("layerGraphToolbar")
        bar.setIconSize(QSize(16, 16))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

        def act(icon, text, slot, keys=None):
            a = QAction(icons.glyph(icon, color=self.palette().color(self.palette().ColorRole.WindowText)), "", self)
            a.triggered.connect(slot)
            if keys:
                a.setShortcut(keys)
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._tool_texts.append((a, text))
            self.addAction(a)
            bar.addAction(a)
            return a

        # Source texts: retranslate() sets them again in the current language.
        self._tool_texts: list[tuple[QAction, str]] = []
        act("mdi6.magnify-plus-outline", QT_TRANSLATE_NOOP("GraphView", "Zoom in"), self.zoom_in,
            QKeySequence.StandardKey.ZoomIn)
        act("mdi6.magnify-minus-outline", QT_TRANSLATE_NOOP("GraphView", "Zoom out"), self.zoom_out,
            QKeySequence.StandardKey.ZoomOut)
        act("mdi6.fit-to-screen-outline", QT_TRANSLATE_NOOP("GraphView", "Fit to window"), self.fit,
            QKeySequence("Ctrl+0"))
        bar.addSeparator()
        act("mdi6.file-image-outline", QT_TRANSLATE_NOOP("GraphView", "Export as PNG image…"), self._ask_png)
        act("mdi6.file-code-outline", QT_TRANSLATE_NOOP("GraphView", "Export as SVG drawing…"), self._ask_svg)
        self._translate_tools()
        return bar

    def _translate_tools(self) -> None:
        """The toolbar's texts and tooltips (with their shortcut) in the current language."""
        for a, source in self._tool_texts:
            text = QCoreApplication.translate("GraphView", source)
            a.setText(text)
            keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            a.setToolTip(f"{text} ({keys})" if keys else text)

    def _on_state(self, guest_id: str) -> None:
        guest = self.document.world.guests.get(guest_id)
        if guest is None:
            return
        off = guest.state not in ACTIVE_STATES
        text = state_text(guest.state) if guest.state is not GuestState.RUNNING else ""
        for item in self._by_obj.get(guest_id, ()):
            item.set_state(off, text if item.kind in _STATE_KINDS else "")
        if guest.host_id in self.collapsed:
            self._summarize(guest.host_id)  # its count of running guests

    def retranslate(self) -> None:
        """Draw every text again in the current language (after the translators changed)."""
        self.theme.retranslate()
        self.backdrop.retranslate()
        self._translate_tools()
        if self.live is not None:
            g = self.live.graph
            for nid, item in self.items.items():
                if nid in g:
                    item.set_data(g.nodes[nid])
            for hid in self.bands:
                self._band_geometry(hid, self.document.world.hosts[hid])
            for gid in self.document.world.guests:
                self._on_state(gid)
        self._infra_items = []
        self._plan = None  # the next tick writes the switches' and datastores' figures again
        self._on_ticked()
        self.scene.update()

    # --- ticks: values only --------------------------------------------------------------
    def _on_ticked(self) -> None:
        world = self.document.world
        sample = world.latest
        if sample is None:
            return
        plan = self._plan
        if plan is None or plan.index is not sample.index:
            # Switch and datastore nodes show their figures in their caption (core.sim.infra).
            self._infra_items = [i for i in self.items.values() if i.kind in _INFRA]
            items = self.metric_items()
            xy = [(p.x(), p.y()) for p in (i.scenePos() for i in items)]
            plan = self._plan = MeterPlan([i.metrics for i in items], [world.hosts.get(i.host_id) for i in items],
                                          sample.index, xy)
            for k, item in enumerate(items):
                item.bind(plan.values, k)
                item.update()
        plan.update(sample)
        for item in self._infra_items:
            item.set_state(False, infra_text(world, sample, (_INFRA[item.kind], item.host_id)))
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
        items = self.metric_items()
        for k in plan.changed(z, visible).tolist():
            items[k].update()

    # --- selection: gui.graph.selecting ----------------------------------------------------
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

    def tooltip_at(self, pos: QPoint) -> str:
        """The tooltip of the node at ``pos`` (viewport coordinates) with its latest figures; "" elsewhere."""
        it = self._item_at(pos)
        return node_tip(it, self.document.world) if isinstance(it, NodeItem) else ""

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
            QToolTip.showText(self.view.viewport().mapToGlobal(pos), plain_tip(self.drops.message), self.view.viewport())
        else:
            QToolTip.hideText()

    def drop_at(self, pos: QPoint, event) -> None:
        QToolTip.hideText()
        self.drops.drop(event, self._host_at(pos))
