"""A seeded monkey drives the real window; after each action the invariants hold.

The action library and the invariant checks are in ``random_actions.py``;
``bench/random_actions.py`` runs the same monkey for 20,000 actions.
"""

from __future__ import annotations

import pytest

from tests.gui.random_actions import Monkey, make_window


@pytest.mark.parametrize("seed", [1, 2])
def test_random_actions_keep_invariants_and_undo_all(qtbot, tmp_path, seed):
    win = make_window(qtbot, tmp_path)
    monkey = Monkey(win, seed, tmp_path)
    monkey.run(250)
    # The run really exercised the window: many kinds of action, a real undo history.
    assert len(monkey.counts) >= 15, monkey.counts
    assert win.doc.undo_stack.count() > 0
    monkey.undo_all()
    monkey.redo_all()
    monkey.undo_all()
    # Every segment between reopens was undone back to its start and compared
    # exactly (each reopen undoes its segment before saving), and so was the last one twice.
    assert monkey.counts["save_reopen"] >= 2, "seeds 1 and 2 reopen: the segments are what is tested"
    assert monkey.segments_checked == monkey.counts["save_reopen"] + 2
    assert monkey.beyond_limit == 0
    win.doc.set_running(False)


def test_undo_all_catches_a_step_that_undoes_too_little(qtbot, tmp_path):
    """The undo-all check itself can fail: a change made behind the undo stack's back."""
    win = make_window(qtbot, tmp_path)
    monkey = Monkey(win, 0, tmp_path)
    guest = next(iter(win.doc.world.guests.values()))
    win.doc.rename(guest.id, "renamed")
    guest.workload = "idle" if guest.workload != "idle" else "cpu"  # no edit, so no undo for it
    with pytest.raises(AssertionError, match="did not give back the starting world"):
        monkey.undo_all()


def test_undo_all_covers_a_segment_before_a_reopen(qtbot, tmp_path):
    """A step broken before a save-and-reopen is caught: the reopen no longer hides it."""
    win = make_window(qtbot, tmp_path)
    monkey = Monkey(win, 0, tmp_path)
    guest = next(iter(win.doc.world.guests.values()))
    win.doc.rename(guest.id, "renamed")
    guest.workload = "idle" if guest.workload != "idle" else "cpu"
    with pytest.raises(AssertionError, match="did not give back the starting world"):
        monkey.save_reopen()


def test_a_bounded_undo_stack_undoes_to_its_oldest_step(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    win.settings.set_value("undo_limit", 10)
    win.files.new()  # a stack takes a new limit when it is empty: from the next lab on
    assert win.doc.undo_stack.undoLimit() == 10
    monkey = Monkey(win, 0, tmp_path)
    host = win.doc.add_host("lab-pc", "h")
    for i in range(15):
        win.doc.rename(host, f"name {i}")
    assert win.doc.undo_stack.count() == 10 and monkey.pushes == 16
    assert monkey.undo_all() == 10
    assert win.doc.world.hosts[host].name == "name 4"  # the six oldest steps are forgotten
    assert monkey.beyond_limit == 1 and monkey.segments_checked == 0


def test_a_full_lab_deletes_instead_of_adding(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    monkey = Monkey(win, 5, tmp_path)
    monkey.max_guests = 0  # always full
    monkey.run(40)
    assert monkey.counts["delete"] > 0
    assert not {f.__name__ for f in monkey._growers} & set(monkey.counts)


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
