"""Random student actions on the real main window, and the invariants after each.

Shared by ``tests/gui/test_random_actions.py`` (a short seeded run in CI) and
``bench/random_actions.py`` (a long run that prints what it did).

Every action goes through the path a user takes: ``QAction.trigger()`` for
menu and toolbar commands, real QDragEnter/Move/Drop events with the
palette's or ``gui.document.mime``'s data, dialogs constructed with their fields set
and accepted (never a modal ``exec()``).  Document methods are called only
where the widget is a blocking ``QInputDialog`` (rename, snapshot name).

``Monkey.check()`` asserts the invariants: no exception anywhere, every
meter finite and within capacity, the library tree, tabs and layer graph
agree with the world.  ``Monkey.undo_all()`` undoes every step and compares a
canonical dump of the world with the one taken when the undo history began.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import networkx as nx
import numpy as np
from PySide6.QtCore import QEvent, QMimeData, QPoint
from PySide6.QtWidgets import QApplication

from core.files.scenario import world_to_dict
from core.model.catalog import IMAGES, VM_TEMPLATES
from core.model.kinds import IoPath, Technique
from core.sim.graph import build_layer_graph
from core.sim.metrics import GUEST_COL, HOST_COL, HOST_METRICS, LAYER_COL
from gui.document.mime import guest_mime, template_mime
from gui.graph.items import node_label
from gui.panels.library import ID_ROLE
from tests.gui.dnd import drag_and_drop

# Names a hostile or playful lab file (or student) may use.
HOSTILE_NAMES = [
    "<b>bold</b><img src=x>", "&amp; & &&", "<script>alert(1)</script>", "x" * 200,
    "שלום עולם 🖥️ مرحبا", "a\u202eevil", "%1 %2 {name} %s",
]
EPS = 1e-6


def world_dump(world) -> dict:
    """What undo must give back exactly: structure, settings, power states, snapshots.

    Simulated time, metric history and image caches are not in it: they are
    the clock's doing, not the user's, and undo does not turn time back.
    """
    hosts = {h.id: (h.name, repr(h.hardware), h.mode.value, h.product and h.product.value, h.host_os)
             for h in world.hosts.values()}
    guests = {g.id: (g.name, g.host_id, repr(g.config), g.workload, g.state.value)
              for g in world.guests.values()}
    snaps = {gid: (t.current, sorted(map(repr, t.snaps.values())))
             for gid, t in world.snapshots.items() if t.snaps and gid in world.guests}
    return {"hosts": hosts, "guests": guests, "snapshots": snaps, "links": dict(world.links),
            "migrations": sorted(world.migrations)}


def saved_view(world) -> dict:
    """The world as a lab file records it (image caches grow on load: left out)."""
    d = world_to_dict(world)
    for h in d["hosts"]:
        h.pop("image_cache", None)
    return {"hosts": d["hosts"], "guests": sorted(d["guests"], key=lambda g: g["id"])}


class Monkey:
    def __init__(self, window, seed: int, tmp_dir: Path, hostile: bool = True):
        self.w, self.doc = window, window.doc
        self.rng = random.Random(seed)
        self.tmp = Path(tmp_dir)
        self.hostile = hostile
        self.errors: list[str] = []
        self.counts: Counter[str] = Counter()
        self.log: list[str] = []
        self.baseline = world_dump(self.doc.world)
        self.doc.world_replaced.connect(self._rebase)
        self.w.files.ask_save_path = lambda: str(self.tmp / "monkey.vlab")
        self.w.files.ask_open_path = lambda: str(self.tmp / "monkey.vlab")
        self.w.files.answers.update(unsavedBox="discard", revertBox="revert")
        self.actions = [
            (8, self.select), (10, self.drag_template_tree), (4, self.drag_template_graph),
            (3, self.drag_template_tab), (6, self.drag_guest), (3, self.drop_invalid), (5, self.set_mode),
            (5, self.guest_settings), (14, self.power), (3, self.migrate), (3, self.snapshot),
            (3, self.snapshot_dialog), (2, self.clone), (2, self.crash), (3, self.delete), (3, self.rename),
            (2, self.new_host), (2, self.new_vm), (10, self.undo_redo), (12, self.step), (1, self.speed),
            (2, self.tabs), (1, self.search), (1, self.save_reopen), (1, self.export_import),
        ]
        self._weights = [w for w, _ in self.actions]

    # --- running --------------------------------------------------------------------
    def _hook(self, etype, value, tb):
        import traceback

        self.errors.append("".join(traceback.format_exception(etype, value, tb)))

    def run(self, n: int, check_every: int = 1, on_step=None) -> None:
        old = sys.excepthook
        sys.excepthook = self._hook  # exceptions raised in Qt slots end up here
        try:
            for i in range(n):
                fn = self.rng.choices(self.actions, self._weights)[0][1]
                what = fn() or fn.__name__
                self.counts[fn.__name__] += 1
                self.log.append(f"{i}: {what}")
                QApplication.processEvents()
                # deleteLater() (closed tabs, dialogs) runs only from an event loop: do it here.
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                if i % check_every == 0 or self.errors:
                    self.check(f"action {i} ({what})")
                if on_step:
                    on_step(i, what)
        finally:
            sys.excepthook = old

    def _rebase(self) -> None:
        self.baseline = world_dump(self.doc.world)

    # --- picking things ------------------------------------------------------------
    def _host(self) -> str:
        hosts = list(self.doc.world.hosts)
        return self.rng.choice(hosts) if hosts else ""

    def _guest(self, vm_only: bool = False) -> str:
        guests = [g.id for g in self.doc.world.guests.values() if g.is_vm or not vm_only]
        return self.rng.choice(guests) if guests else ""

    def _click(self, obj_id: str) -> None:
        """Select a row of the library tree, as a click does."""
        lib = self.w.library
        lib.search.clear()
        index = lib.proxy_index(obj_id)
        if index.isValid():
            lib.view.setCurrentIndex(index)

    def _template(self) -> tuple[str, str]:
        if self.rng.random() < 0.6:
            return "vm", self.rng.choice(sorted(VM_TEMPLATES))
        return "container", self.rng.choice(sorted(IMAGES))

    # --- actions -------------------------------------------------------------------
    def select(self):
        obj = self._host() if self.rng.random() < 0.4 else self._guest()
        self._click(obj)
        return f"select {obj}"

    def _tree_drop(self, md: QMimeData, host: str) -> None:
        view = self.w.library.view
        index = self.w.library.proxy_index(host)
        if not index.isValid():
            return
        view.scrollTo(index)
        drag_and_drop(view.viewport(), md, view.visualRect(index).center())

    def drag_template_tree(self):
        kind, tid = self._template()
        host = self._host()
        palette = self.w.palette
        self._tree_drop(palette.mimeData([palette.item_for(kind, tid)]), host)
        return f"drag {kind}:{tid} onto {host} (tree)"

    def drag_template_graph(self):
        kind, tid = self._template()
        host = self._host()
        graph = self.w.graph
        item = graph.items.get(f"{host}/hw")
        if item is None:
            return "drag onto graph: no host"
        graph.view.ensureVisible(item)
        pos = graph.view.mapFromScene(item.scenePos())
        drag_and_drop(graph.view.viewport(), template_mime(kind, tid), pos)
        return f"drag {kind}:{tid} onto {host} (graph)"

    def drag_template_tab(self):
        kind, tid = self._template()
        host = self._host()
        if not host:
            return "drag onto tab: no host"
        self._click(host)
        tab = self.w.tab_for(host)
        if tab is not None:
            drag_and_drop(tab, template_mime(kind, tid), tab.rect().center())
        return f"drag {kind}:{tid} onto {host} (tab)"

    def drag_guest(self):
        gid, host = self._guest(), self._host()
        if gid and host:
            self._tree_drop(guest_mime(gid), host)
        return f"drag guest {gid} onto {host}"

    def drop_invalid(self):
        view = self.w.library.view
        choice = self.rng.randrange(4)
        md = QMimeData()
        if choice == 0:
            md.setText("<b>not ours</b>")
        elif choice == 1:
            md.setData("application/x-virtlab-template", b"{not json")
        elif choice == 2:
            md = guest_mime("no-such-guest")
        else:
            md = template_mime("vm", "no-such-template")
        pos = QPoint(5, view.viewport().height() - 2)  # below the last row, or on one
        drag_and_drop(view.viewport(), md, pos)
        gv = self.w.graph.view
        drag_and_drop(gv.viewport(), md, gv.viewport().rect().center())
        return f"invalid drop #{choice}"

    def set_mode(self):
        host = self._host()
        if not host:
            return "set mode: no host"
        self._click(host)
        self.w.actions._fill_mode_menu()  # what aboutToShow does when the menu opens
        acts = [a for a in self.w.actions.mode_menu.actions() if not a.isSeparator()]
        if not acts:
            return "set mode: empty menu"
        act = self.rng.choice(acts)
        act.trigger()  # a disabled entry does nothing, as for a user
        return f"mode of {host} -> {act.text()} ({'enabled' if act.isEnabled() else 'disabled'})"

    def guest_settings(self):
        from gui.dialogs.guest_settings import GuestSettingsDialog

        gid = self._guest()
        if not gid:
            return "settings: no guest"
        dlg = GuestSettingsDialog(self.doc, gid, self.w)
        r = self.rng
        if hasattr(dlg, "vcpus"):
            dlg.vcpus.setValue(r.choice([1, 2, 4, 8, 64]))
            dlg.memory.setValue(r.choice([256, 1024, 2048, 8192, 65536]))
            dlg.technique.setCurrentIndex(dlg.technique.findData(r.choice(list(Technique)).value))
            dlg.io.setCurrentIndex(dlg.io.findData(r.choice(list(IoPath)).value))
            dlg.ept.setChecked(r.random() < 0.7)
        else:
            dlg.cpu_limit.setValue(r.choice([0.5, 1.0, 4.0, 16.0]))
            dlg.memory_limit.setValue(r.choice([64, 512, 4096]))
        dlg.network.setCurrentIndex(r.randrange(dlg.network.count()))
        dlg.workload.setCurrentIndex(r.randrange(dlg.workload.count()))
        dlg.accept()  # refused: stays open with the reason shown; then cancelled
        dlg.reject()
        dlg.deleteLater()
        return f"settings of {gid}"

    def power(self):
        gid = self._guest()
        self._click(gid)
        a = self.w.actions
        act = self.rng.choice([a.power_on, a.power_on, a.suspend, a.power_off, a.reset])
        act.trigger()
        return f"{act.objectName()} {gid}"

    def migrate(self):
        gid = self._guest(vm_only=True)
        if not gid:
            return "migrate: no VM"
        self._click(gid)
        ca = self.w.course_actions
        ca.fill_migrate_menu()
        acts = [x for x in ca.migrate_menu.actions() if x.isEnabled()]
        if acts:
            self.rng.choice(acts).trigger()
        return f"migrate {gid} ({len(acts)} targets)"

    def snapshot(self):
        gid = self._guest(vm_only=True)
        if gid:
            self.doc.take_snapshot(gid, self._name("Snap"))  # the name box is a blocking QInputDialog
        return f"snapshot {gid}"

    def snapshot_dialog(self):
        from core.sim import snapshots
        from gui.dialogs.snapshots import SnapshotDialog

        gid = self._guest(vm_only=True)
        snaps = list(snapshots.tree(self.doc.world, gid).snaps) if gid else []
        if not snaps:
            return "snapshot manager: nothing to do"
        dlg = SnapshotDialog(self.doc, gid, self.w)
        dlg.tree.setCurrentItem(dlg.item_for(self.rng.choice(snaps)))
        key = self.rng.choice(["revert", "delete", "clone_full", "clone_linked"])
        dlg.buttons[key].click()  # a disabled button ignores the click
        dlg.deleteLater()
        return f"snapshot manager {key} on {gid}"

    def clone(self):
        gid = self._guest(vm_only=True)
        self._click(gid)
        ca = self.w.course_actions
        act = self.rng.choice([ca.clone, ca.linked_clone])
        act.trigger()
        return f"{act.objectName()} {gid}"

    def crash(self):
        ca = self.w.course_actions
        if self.rng.random() < 0.7:
            gid = self._guest()
            self._click(gid)
            ca.crash.trigger()
            return f"crash {gid}"
        host = self._host()
        self._click(host)
        ca.panic_host.trigger()
        return f"panic {host}"

    def delete(self):
        obj = self._guest() if self.rng.random() < 0.8 else self._host()
        self._click(obj)
        self.w.actions.delete.trigger()
        return f"delete {obj}"

    def _name(self, base: str) -> str:
        if self.hostile and self.rng.random() < 0.5:
            return self.rng.choice(HOSTILE_NAMES)
        return f"{base} {self.rng.randrange(1000)}"

    def rename(self):
        obj = self._guest() if self.rng.random() < 0.6 else self._host()
        if obj:
            self.doc.rename(obj, self._name("Renamed"))  # Rename… asks with a blocking QInputDialog
        return f"rename {obj}"

    def new_host(self):
        from gui.dialogs.new_host import NewHostDialog

        dlg = NewHostDialog(self.doc, self.w)
        dlg.template.setCurrentIndex(self.rng.randrange(dlg.template.count()))
        dlg.mode.setCurrentIndex(self.rng.randrange(dlg.mode.count()))
        if dlg.product.count():
            dlg.product.setCurrentIndex(self.rng.randrange(dlg.product.count()))
        dlg.name.setText(self._name("Host"))
        dlg.accept()
        dlg.deleteLater()
        return f"new host {getattr(dlg, 'created', None)}"

    def new_vm(self):
        from gui.dialogs.new_vm import NewVmWizard

        wiz = NewVmWizard(self.doc, self.w.current_host(), self.w)
        if wiz.host.count():
            wiz.host.setCurrentIndex(self.rng.randrange(wiz.host.count()))
        wiz.template.setCurrentIndex(self.rng.randrange(wiz.template.count()))
        if wiz.host_id():
            wiz._load_defaults()  # what entering the hardware page does
            wiz.name.setText(self._name("VM"))
            wiz.accept()
        wiz.deleteLater()
        return f"new vm {wiz.created}"

    def undo_redo(self):
        a = self.w.actions
        for _ in range(self.rng.randint(1, 4)):
            (a.undo if self.rng.random() < 0.6 else a.redo).trigger()
        return f"undo/redo (index {self.doc.undo_stack.index()}/{self.doc.undo_stack.count()})"

    def step(self):
        n = self.rng.choice([1, 1, 2, 5, 20, 60])
        for _ in range(n):
            self.w.actions.step.trigger()
        return f"step x{n}"

    def speed(self):
        a = self.w.actions
        (a.faster if self.rng.random() < 0.5 else a.slower).trigger()
        return f"speed {self.doc.speed}"

    def tabs(self):
        a = self.w.actions
        self.rng.choice([a.close_tab, a.home, a.close_tab]).trigger()
        return "tabs"

    def search(self):
        names = [g.name for g in self.doc.world.guests.values()] or ["x"]
        text = self.rng.choice(names)[:3] if self.rng.random() < 0.7 else ""
        self.w.library.search.setText(text)
        return f"search {text!r}"

    def save_reopen(self):
        """Save As, then Open: the reopened lab must be what was saved."""
        before = saved_view(self.doc.world)
        self.w.actions.save_lab_as.trigger()
        self.w.actions.open_lab.trigger()
        after = saved_view(self.doc.world)
        assert after == before, "save and reopen changed the lab"
        return "save and reopen"

    def export_import(self):
        gid, host = self._guest(vm_only=True), self._host()
        if not gid or not host:
            return "export/import: nothing"
        path = str(self.tmp / "monkey.vlabvm")
        if self.w.course_actions.export_to(gid, path):
            self.w.course_actions.import_from(host, path)
        return f"export {gid}, import onto {host}"

    # --- invariants -------------------------------------------------------------------
    def check(self, where: str = "") -> None:
        assert not self.errors, f"exception after {where}:\n{self.errors[0]}"
        world = self.doc.world
        self._check_sample(world, where)
        self._check_tree(world, where)
        self._check_tabs(world, where)
        self._check_graph(world, where)
        assert self.w.current_id in ("", *world.hosts, *world.guests), where

    def _check_sample(self, world, where: str) -> None:
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

    def _check_tree(self, world, where: str) -> None:
        model = self.w.library.model
        rows = {}
        for r in range(model.rowCount()):
            host = model.item(r, 0)
            kids = {host.child(k, 0).data(ID_ROLE): host.child(k, 0).text() for k in range(host.rowCount())}
            rows[host.data(ID_ROLE)] = (host.text(), kids)
        want = {h.id: (h.name, {g.id: g.name for g in world.guests_on(h.id)}) for h in world.hosts.values()}
        assert rows == want, f"library tree differs from the world after {where}"

    def _check_tabs(self, world, where: str) -> None:
        tabs = self.w.tabs
        for i in range(1, tabs.count()):
            obj = getattr(tabs.widget(i), "obj_id", None)
            if obj is None:
                continue  # a feature's own tab
            assert obj in world.hosts or obj in world.guests, f"tab of a deleted object {obj} after {where}"
            name = self.doc.name_of(obj)
            assert tabs.tabText(i) == name.replace("&", "&&"), f"stale tab title for {obj} after {where}"
            assert self.w.tab_for(obj) is tabs.widget(i)

    def _check_graph(self, world, where: str) -> None:
        g = build_layer_graph(world)
        items = self.w.graph.items
        assert set(items) == set(g.nodes), f"layer graph items differ from the world after {where}"
        for nid, data in g.nodes(data=True):
            assert items[nid].label == node_label(data["kind"], str(data["label"])), f"label of {nid} after {where}"
            band = self.w.graph.bands.get(data["host"])
            assert items[nid].parentItem() is band, f"{nid} drawn outside its host's band after {where}"
        # The graph kept host by host is the one built from scratch (nodes, edges, attributes).
        live = self.w.graph.live.graph if self.w.graph.live is not None else nx.DiGraph()
        assert nx.utils.graphs_equal(live, g), f"incremental layer graph differs after {where}"
        assert set(self.w.graph.edges) == set(g.edges), f"layer graph edges differ after {where}"

    # --- the end: undo everything -----------------------------------------------------
    def undo_all(self) -> int:
        """Undo with the toolbar action until nothing is left; returns how many steps."""
        stack, n = self.doc.undo_stack, 0
        limit = stack.count() + 1  # a refused step is dropped: the count may shrink, never grow
        while stack.canUndo():
            self.w.actions.undo.trigger()
            n += 1
            assert n <= limit, "undo does not move back"
        QApplication.processEvents()
        self.check("undo all")
        assert stack.index() == 0
        now = world_dump(self.doc.world)
        assert now == self.baseline, _diff(self.baseline, now)
        return n

    def redo_all(self) -> int:
        stack, n = self.doc.undo_stack, 0
        limit = stack.count() + 1  # a refused step is dropped: the count may shrink, never grow
        while stack.canRedo():
            self.w.actions.redo.trigger()
            n += 1
            assert n <= limit, "redo does not move forward"
        QApplication.processEvents()
        self.check("redo all")
        return n


def _diff(a: dict, b: dict) -> str:
    lines = ["undo all did not give back the starting world:"]
    for part in a:
        if a[part] != b[part]:
            if isinstance(a[part], dict):
                for k in sorted(set(a[part]) | set(b[part])):
                    if a[part].get(k) != b[part].get(k):
                        lines.append(f"  {part}[{k}]: start {a[part].get(k)!r}\n      now {b[part].get(k)!r}")
            else:
                lines.append(f"  {part}: start {a[part]!r}, now {b[part]!r}")
    return "\n".join(lines[:20])


def make_window(qtbot_or_none, tmp_dir: Path, lab: Path | None = None):
    """A main window on the demo lab (or ``lab``), isolated settings, shown."""
    import os

    from core.files.locations import demo_lab
    from gui.document.autosave import ENV_DIR
    from gui.document.document import Document
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    os.environ[ENV_DIR] = str(Path(tmp_dir) / "data")
    settings = Settings(Path(tmp_dir) / "settings.ini")
    settings.set_value("autosave_seconds", 0)
    win = MainWindow(Document(), settings)
    win.files.answers.update(unsavedBox="discard", revertBox="revert", recoverBox="later")
    if qtbot_or_none is not None:
        qtbot_or_none.addWidget(win)
    win.show()
    assert win.open_lab(lab or demo_lab())
    QApplication.processEvents()
    return win


__all__ = ["HOSTILE_NAMES", "Monkey", "make_window", "saved_view", "world_dump"]
