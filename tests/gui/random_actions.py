"""Random student actions on the real main window, and the invariants after each.

Shared by ``tests/gui/test_random_actions.py`` (a short seeded run in CI) and
``bench/random_actions.py`` (a long run that prints what it did).

Every action goes through the path a user takes: ``QAction.trigger()`` for
menu and toolbar commands, real QDragEnter/Move/Drop events with the
palette's or ``gui.document.mime``'s data, dialogs constructed with their fields set
and accepted (never a modal ``exec()``).  Document methods are called only
where the widget is a blocking ``QInputDialog`` (rename, snapshot name).

``Monkey.check()`` asserts the invariants (``monkey_checks.py``): no
exception anywhere, every meter finite and within capacity, the library tree,
tabs and layer graph agree with the world.  ``Monkey.undo_all()`` undoes
every step and compares the world's exact fingerprint
(``core.sim.restore.fingerprint``) with the one taken when the undo history
began.  Opening a lab clears the undo history, so the run is cut into
segments at each save-and-reopen: before saving, the monkey undoes the whole
segment (checked against the segment's start) and redoes it, so undo is
checked over the whole run, not only after the last reopen.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint
from PySide6.QtWidgets import QApplication

from core.model.catalog import IMAGES, VM_TEMPLATES
from core.sim.restore import fingerprint
from gui.document.mime import guest_mime, template_mime
from gui.testing import answer_if_asked
from tests.gui.dnd import drag_and_drop
from tests.gui.monkey_checks import check_window, diff, saved_view
from tests.gui.monkey_dialogs import DialogActions

# Names a hostile or playful lab file (or student) may use.
HOSTILE_NAMES = [
    "<b>bold</b><img src=x>", "&amp; & &&", "<script>alert(1)</script>", "x" * 200,
    "שלום עולם 🖥️ مرحبا", "a\u202eevil", "%1 %2 {name} %s",
]
class Monkey(DialogActions):
    def __init__(self, window, seed: int, tmp_dir: Path, hostile: bool = True):
        self.w, self.doc = window, window.doc
        self.rng = random.Random(seed)
        self.tmp = Path(tmp_dir)
        self.hostile = hostile
        self.errors: list[str] = []
        self.counts: Counter[str] = Counter()
        self.log: list[str] = []
        self.segments_checked = 0  # undo-all back to a segment's start, compared exactly
        self.beyond_limit = 0  # segments longer than the undo limit: compared to index 0 only
        self._start_segment()
        self.doc.world_replaced.connect(self._start_segment)
        self.doc.edit_applied.connect(self._pushed)
        self.w.files.ask_save_path = lambda: str(self.tmp / "monkey.vlab")
        self.w.files.ask_open_path = lambda: str(self.tmp / "monkey.vlab")
        self.actions = [
            (8, self.select), (10, self.drag_template_tree), (4, self.drag_template_graph),
            (3, self.drag_template_tab), (6, self.drag_guest), (3, self.drop_invalid), (5, self.set_mode),
            (5, self.guest_settings), (14, self.power), (3, self.migrate), (3, self.snapshot),
            (3, self.snapshot_dialog), (2, self.clone), (2, self.crash), (3, self.delete), (3, self.rename),
            (2, self.new_host), (2, self.new_vm), (10, self.undo_redo), (12, self.step), (1, self.speed),
            (2, self.tabs), (1, self.search), (1, self.save_reopen), (1, self.export_import),
        ]
        self._weights = [w for w, _ in self.actions]
        # Adds outnumber deletes, so an unbounded run ends with hundreds of guests, and then
        # measures the lab's growth, not the window's (docs/robustness.md).  Assumption: a
        # classroom lab stays under these sizes; at them, an add becomes a delete.
        self.max_hosts, self.max_guests = 16, 48
        self._growers = {self.drag_template_tree, self.drag_template_graph, self.drag_template_tab,
                         self.clone, self.new_host, self.new_vm, self.export_import}

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
                if fn in self._growers and self._full():
                    fn = self.delete
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

    def _full(self) -> bool:
        world = self.doc.world
        return len(world.hosts) >= self.max_hosts or len(world.guests) >= self.max_guests

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
        """Undo and redo the segment that ends here; Save As, then Open: the reopened lab
        must be what was saved."""
        self.undo_all()
        self.redo_all()
        before, world = saved_view(self.doc.world), self.doc.world
        self.w.actions.save_lab_as.trigger()
        self.w.actions.open_lab.trigger()
        # Saved just now, so Open does not ask; if it does (the save failed), the check below fails.
        answer_if_asked(self.w, "unsavedBox", "discard")
        box = self.w.error_box
        refused = box.informativeText() if box is not None and box.isVisible() else ""
        assert self.doc.world is not world and not refused, f"the saved lab did not open again: {refused}"
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
        check_window(self.w, self.errors, where)

    # --- undo everything: each segment between reopens, and the end ---------------------
    def _start_segment(self) -> None:
        """A lab was opened: undo now leads back to this world, and no further."""
        self.baseline = fingerprint(self.doc.world)
        self.pushes = 0

    def _pushed(self, _edit) -> None:
        self.pushes += 1

    def undo_all(self) -> int:
        """Undo with the toolbar action until nothing is left; returns how many steps.

        The world must then be exactly the one the segment started from, unless
        the undo limit has forgotten its first steps (then index 0 is only the
        oldest step kept, and time may have moved what that step did not touch).
        """
        stack, n = self.doc.undo_stack, 0
        limit = stack.count() + 1  # a refused step is dropped: the count may shrink, never grow
        while stack.canUndo():
            self.w.actions.undo.trigger()
            n += 1
            assert n <= limit, "undo does not move back"
        QApplication.processEvents()
        self.check("undo all")
        assert stack.index() == 0
        if stack.undoLimit() and self.pushes > stack.undoLimit():
            self.beyond_limit += 1
        else:
            now = fingerprint(self.doc.world)
            assert now == self.baseline, diff(self.baseline, now, "undo all did not give back the starting world:")
            self.segments_checked += 1
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
    if qtbot_or_none is not None:
        qtbot_or_none.addWidget(win)
    win.show()
    assert win.open_lab(lab or demo_lab())
    QApplication.processEvents()
    return win


__all__ = ["HOSTILE_NAMES", "Monkey", "make_window"]
