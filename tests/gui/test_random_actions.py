"""A seeded monkey drives the real window; after each action the invariants hold.

The action library and the invariant checks are in ``random_actions.py``;
``bench/random_actions.py`` runs the same monkey for 20,000 actions.
"""

from __future__ import annotations

import pytest

from tests.gui.random_actions import Monkey, make_window, world_dump


@pytest.mark.parametrize("seed", [1, 2])
def test_random_actions_keep_invariants_and_undo_all(qtbot, tmp_path, seed):
    win = make_window(qtbot, tmp_path)
    start = world_dump(win.doc.world)
    monkey = Monkey(win, seed, tmp_path)
    monkey.run(250)
    # The run really exercised the window: many kinds of action, a real undo history.
    assert len(monkey.counts) >= 15, monkey.counts
    assert win.doc.undo_stack.count() > 0 or monkey.counts["save_reopen"] > 0
    monkey.undo_all()
    monkey.redo_all()
    monkey.undo_all()
    if not monkey.counts["save_reopen"]:
        assert world_dump(win.doc.world) == start
    win.doc.set_running(False)


def test_checker_catches_a_tree_out_of_step(qtbot, tmp_path):
    """The invariant checker itself can fail: a library row renamed behind its back."""
    win = make_window(qtbot, tmp_path)
    monkey = Monkey(win, 0, tmp_path)
    monkey.check("start")
    win.library.model.item(0, 0).setText("stale")
    with pytest.raises(AssertionError, match="library tree"):
        monkey.check("tampered")


def test_checker_catches_an_exception_in_a_slot(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    monkey = Monkey(win, 0, tmp_path)

    from PySide6.QtGui import QAction

    act = QAction(win)
    act.triggered.connect(lambda: 1 / 0)  # raises inside a Qt slot, as a real bug would

    def broken():
        act.trigger()
        return "trigger a broken action"

    monkey.actions = [(1, broken)]
    monkey._weights = [1]
    with pytest.raises(AssertionError, match="ZeroDivisionError"):
        monkey.run(1)
