"""What the window keeps after things come and go (issue 20: memory over 20,000 actions).

Counts, not memory figures: after a guest is added, shown, deleted and the
step undone and redone, and after a lab is saved and opened again, the
window has as many live Qt objects and graph items as before.  A menu filled
each time it opens must not leave one object behind per opening.  Opening,
saving and autosaving hand the heap their file freed back to the system
(``gui.document.heap``).
"""

from __future__ import annotations

import json
import platform
import sys

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication

from gui.document import autosave, files, heap
from tests.gui.random_actions import make_window

CYCLES = 6


def settle() -> None:
    """Let Qt run what a window's event loop would: queued events and deleteLater()."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def counts(win) -> tuple[int, int]:
    settle()
    return len(win.findChildren(QObject)), len(win.graph.scene.items())


def test_opening_the_host_mode_menu_again_and_again_leaves_nothing_behind(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    host = next(iter(win.doc.world.hosts))
    win.set_current(host)
    win.actions._fill_mode_menu()  # what the menu's aboutToShow does
    before = counts(win)
    for _ in range(CYCLES):
        win.actions._fill_mode_menu()
    assert counts(win) == before
    assert len(win.actions.mode_menu.findChildren(QActionGroup)) == 1


def test_a_guest_added_shown_and_deleted_leaves_no_items_or_objects(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    doc = win.doc
    host = next(iter(doc.world.hosts))

    def cycle() -> None:
        verdict, gid = doc.add_guest_from_template(host, "vm", "ubuntu")
        assert verdict and gid
        win.set_current(gid)  # its tab opens
        assert doc.remove_guest(gid)  # and closes
        win.actions.undo.trigger()  # the guest, its nodes and edges come back
        win.actions.redo.trigger()  # and go again
        win.actions.undo.trigger()  # the add is undone too: the lab is as it was
        win.actions.undo.trigger()

    cycle()  # the first time may build what is made once (a tab's kind, fonts, caches)
    before = counts(win)
    for _ in range(CYCLES):
        cycle()
    assert counts(win) == before


def test_saving_and_opening_a_lab_again_leaves_no_items_or_objects(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    path = str(tmp_path / "again.vlab")
    win.files.ask_save_path = lambda: path
    for gid in list(win.doc.world.guests)[:3]:
        win.set_current(gid)  # tabs, which an open closes

    def cycle() -> None:
        assert win.save_lab(path)
        assert win.open_lab(path)

    cycle()
    before = counts(win)
    for _ in range(CYCLES):
        cycle()
    assert counts(win) == before


def _glibc() -> bool:
    return sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


@pytest.mark.skipif(not _glibc(), reason="malloc_trim is glibc's")
def test_the_freed_heap_goes_back_to_the_system_on_glibc():
    assert heap.release_free_memory()


def test_without_malloc_trim_nothing_is_done(monkeypatch):
    monkeypatch.setattr(heap, "_looked", True)
    monkeypatch.setattr(heap, "_trim", None)
    assert not heap.release_free_memory()


def test_opening_saving_and_autosaving_a_lab_give_the_freed_heap_back(qtbot, tmp_path, monkeypatch):
    win = make_window(qtbot, tmp_path)
    calls = []
    for module in (files, autosave):
        monkeypatch.setattr(module, "release_free_memory", lambda: calls.append(1) or True)
    path = tmp_path / "again.vlab"
    assert win.save_lab(path)
    assert len(calls) == 1
    assert win.open_lab(path)
    assert len(calls) == 2
    win.doc.add_host("lab-pc")
    assert win.autosave.save_now()
    assert len(calls) == 3
    data = json.loads(win.autosave.path.read_text(encoding="utf-8"))  # the lab's JSON inside, unparsed
    assert data["format"] == "virtlab-autosave" and len(data["scenario"]["hosts"]) == len(win.doc.world.hosts)


@pytest.mark.skipif(not _glibc(), reason="mallopt's M_MMAP_THRESHOLD is glibc's")
def test_big_blocks_get_a_fixed_mmap_threshold_on_glibc():
    assert heap.keep_big_blocks_apart()


def test_elsewhere_the_allocator_is_left_as_it_is(monkeypatch):
    monkeypatch.setattr(heap.sys, "platform", "win32")
    assert not heap.keep_big_blocks_apart()
