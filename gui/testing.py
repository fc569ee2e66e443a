"""A pytest plugin for instructors: drive the real VirtLab window in a test.

Installed with VirtLab and registered by entry point (``pytest11``), so in any
project where VirtLab and pytest-qt are installed a test can ask for the
``virtlab`` fixture::

    def test_student_can_reach_kvm(virtlab):
        virtlab.open("kvm-qemu")                   # a bundled lab, or a path
        virtlab.set_mode("pc", "hybrid")
        vm = virtlab.drag_template("vm", "ubuntu", "pc")
        virtlab.power_on(vm)
        virtlab.advance(60)                        # simulated seconds
        assert virtlab.state(vm) == "running"
        assert virtlab.goals()[0] == ("The lab PC runs KVM", True)

Everything goes through the window as a student's actions do: drags are real
drag-and-drop events on the library tree, power uses the toolbar actions, time
advances by ticks of the document's clock.  Without a display, run pytest with
``QT_QPA_PLATFORM=offscreen``.  See docs/instructors.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest


def asking(window, box_name: str):
    """The question box ``box_name`` ("unsavedBox", "revertBox", "recoverBox", "saveErrorBox")
    the window is showing now, or None."""
    from PySide6.QtWidgets import QMessageBox

    for box in window.findChildren(QMessageBox, box_name):
        if box.isVisible():
            return box
    return None


def close_discarding(window) -> None:
    """Close ``window`` at the end of a test; a question about unsaved changes is answered "discard"."""
    window.doc.set_running(False)
    if not window.close():
        answer(window, "unsavedBox", "discard")


def answer(window, box_name: str, answer_name: str) -> None:
    """Click ``answer_name`` ("save", "discard", "cancel", "revert", "recover", "later") in the
    question box ``box_name`` the window is showing, as a user would; fail if none is shown."""
    from PySide6.QtWidgets import QAbstractButton

    box = asking(window, box_name)
    if box is None:
        raise LookupError(f"the window is not asking {box_name!r}")
    button = box.findChild(QAbstractButton, answer_name)
    if button is None:
        names = [b.objectName() for b in box.buttons()]
        raise LookupError(f"{box_name!r} has no answer {answer_name!r}; it offers {names}")
    button.click()


def answer_if_asked(window, box_name: str, answer_name: str) -> bool:
    """``answer`` when the box is shown; False (and nothing clicked) when it is not."""
    if asking(window, box_name) is None:
        return False
    answer(window, box_name, answer_name)
    return True


class VirtLab:
    """The handle the ``virtlab`` fixture gives: one main window and its document."""

    def __init__(self, qtbot, window):
        self.qtbot = qtbot
        self.window = window
        self.doc = window.doc

    # --- labs -------------------------------------------------------------------------
    @property
    def world(self):
        return self.doc.world

    def open(self, lab: str | Path) -> bool:
        """Open a lab file, or a bundled lab by name ("kvm-qemu"); False if it cannot be opened."""
        from core.files.locations import labs_dir

        path = Path(lab)
        if not path.suffix and not path.exists():
            path = labs_dir() / f"{lab}.vlab"
        return self.window.open_lab(path)

    def load_error(self) -> str:
        """The text of the last "cannot open" message ("" if none)."""
        box = self.window.error_box
        return box.informativeText() if box is not None else ""

    def save(self, path: str | Path) -> bool:
        return self.window.files.save(path)

    # --- finding things ---------------------------------------------------------------
    def host(self, name_or_id: str) -> str:
        return self._find(self.world.hosts, name_or_id, "host")

    def guest(self, name_or_id: str) -> str:
        return self._find(self.world.guests, name_or_id, "guest")

    @staticmethod
    def _find(objects: dict, key: str, what: str) -> str:
        if key in objects:
            return key
        for obj in objects.values():
            if obj.name == key:
                return obj.id
        raise LookupError(f"no {what} has the id or name {key!r}; there are: {', '.join(objects) or 'none'}")

    # --- a student's actions ----------------------------------------------------------
    def drag_template(self, kind: str, template: str, host: str) -> str | None:
        """Drag a palette template ("vm", "ubuntu") onto a host's row in the library, or onto
        a VM's row (``host`` names a VM): a container dropped there runs inside the VM.

        Returns the new guest's id, or None when VirtLab refused (``refusal()`` says why).
        """
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
        from PySide6.QtWidgets import QApplication

        is_host = host in self.world.hosts or any(h.name == host for h in self.world.hosts.values())
        target_id = self.host(host) if is_host else self.guest(host)
        palette, view = self.window.palette, self.window.library.view
        md = palette.mimeData([palette.item_for(kind, template)])
        index = self.window.library.proxy_index(target_id)
        view.scrollTo(index)
        pos = view.visualRect(index).center()
        before = set(self.world.guests)
        buttons, mods, action = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, Qt.DropAction.CopyAction
        target = view.viewport()
        QApplication.sendEvent(target, QDragEnterEvent(QPoint(pos), action, md, buttons, mods))
        QApplication.sendEvent(target, QDragMoveEvent(QPoint(pos), action, md, buttons, mods))
        QApplication.sendEvent(target, QDropEvent(pos.toPointF(), action, md, buttons, mods))
        added = set(self.world.guests) - before
        return added.pop() if added else None

    def select(self, name_or_id: str) -> None:
        key = name_or_id
        obj = self.guest(key) if key in self.world.guests or any(
            g.name == key for g in self.world.guests.values()) else self.host(key)
        self.window.set_current(obj)

    def set_mode(self, host: str, mode: str, product: str | None = None) -> bool:
        """Virtualize a host ("hosted", "bare-metal", "hybrid", "container", "native")."""
        from core.model.kinds import Mode, Product

        verdict = self.doc.set_mode(self.host(host), Mode(mode), Product(product) if product else None)
        return verdict.ok

    def _power(self, guest: str, action: str) -> bool:
        gid = self.guest(guest)
        self.window.set_current(gid)
        act = getattr(self.window.actions, action)
        if not act.isEnabled():
            return False
        act.trigger()
        return True

    def power_on(self, guest: str) -> bool:
        """Press Power On for a guest; False if the button is disabled (``refusal()`` or its tooltip says why)."""
        return self._power(guest, "power_on")

    def power_off(self, guest: str) -> bool:
        return self._power(guest, "power_off")

    def set_workload(self, guest: str, workload: str) -> bool:
        """Change what runs in a guest ("cpu", "web-server" …: core/workloads.py), as VM Settings does."""
        return self.doc.update_guest(self.guest(guest), workload=workload).ok

    def undo(self) -> None:
        self.window.actions.undo.trigger()

    def answer(self, box_name: str, answer_name: str) -> None:
        """Answer a question VirtLab is asking ("unsavedBox", "discard"): see ``answer``."""
        answer(self.window, box_name, answer_name)

    # --- time and what can be read ----------------------------------------------------
    def advance(self, seconds: float) -> None:
        """Advance simulated time by at least ``seconds`` (tick by tick, deterministic)."""
        end = self.world.time + seconds - 1e-9
        while self.world.time < end:
            self.doc.step()

    def state(self, guest: str) -> str:
        return self.world.guests[self.guest(guest)].state.value

    def meter(self, name_or_id: str, metric: str) -> float:
        """A metric of the last tick: host metrics ("cpu_pct", "mem_pct", "balloon_mb" …) or
        guest metrics ("cpu_pct", "perf" …); see core/metrics.py.  0.0 for an inactive guest.
        A container inside a VM reports its compounded speed (the VM's costs times its own)."""
        sample = self.world.latest
        if sample is None:
            raise RuntimeError("no tick yet: call advance() first")
        if name_or_id in self.world.hosts or any(h.name == name_or_id for h in self.world.hosts.values()):
            row = sample.host(self.host(name_or_id))
        else:
            row = sample.guest(self.guest(name_or_id))
        return float(row[metric]) if row else 0.0

    def goals(self) -> list[tuple[str, bool]]:
        """(text, met) of each goal, as the Lab panel shows them now."""
        self.window.lab_panel.refresh()
        return self.window.lab_panel.goal_states()

    def all_goals_met(self) -> bool:
        goals = self.goals()
        return bool(goals) and all(met for _, met in goals)

    def refusal(self) -> str:
        """The reason VirtLab gave for the last thing it refused ("" if none)."""
        return self.window.status.refusal.text()


@pytest.fixture
def virtlab(qtbot, tmp_path, monkeypatch):
    """A VirtLab main window with its own settings and data folder, shown and ready."""
    from gui.document.autosave import ENV_DIR
    from gui.document.document import Document
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    monkeypatch.setenv(ENV_DIR, str(tmp_path / "virtlab-data"))
    settings = Settings(tmp_path / "virtlab.ini")
    settings.set_value("autosave_seconds", 0)
    window = MainWindow(Document(), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait_exposed(window)
    yield VirtLab(qtbot, window)
    window.doc.set_running(False)
    # Closing a modified lab asks first: answer, so the window really closes.
    if not window.close():
        answer_if_asked(window, "unsavedBox", "discard")
