"""The Dockerfile editor (issue 15): parse as typed, build, push, pull with the transfer shown, undo."""

from __future__ import annotations

import pytest

from core.model.catalog import IMAGES
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode, Product
from core.model.objects import Host
from core.sim.world import World
from gui.dialogs.dockerfile import DockerfileDialog
from gui.document.document import Document


@pytest.fixture
def doc(qapp):
    w = World()
    w.add_host(Host("dev", "Dev PC", HOST_TEMPLATES["lab-pc"], Mode.CONTAINER, Product.DOCKER))
    w.add_host(Host("prod", "Prod", HOST_TEMPLATES["lab-pc"], Mode.CONTAINER, Product.DOCKER))
    w.add_host(Host("esx", "ESXi", HOST_TEMPLATES["lab-pc"], Mode.BARE_METAL, Product.ESXI))
    w.hosts["prod"].image_cache.update(IMAGES["python"].layers)
    d = Document(w)
    yield d
    d.set_running(False)


@pytest.fixture
def dlg(qtbot, doc):
    d = DockerfileDialog(doc)
    qtbot.addWidget(d)
    d.show()
    return d


def test_only_hosts_with_an_engine_are_offered_and_the_example_builds(dlg):
    assert [dlg.host.itemData(i) for i in range(dlg.host.count())] == ["dev", "prod"]
    assert dlg.pull_host.currentData() == "prod"
    assert dlg.image is not None and dlg.error.text() == ""
    assert dlg.table.rowCount() == len(dlg.image.layers)
    assert dlg.table.item(0, 0).text().startswith("CMD")  # top layer first
    assert dlg.build_button.isEnabled() and not dlg.push_button.isEnabled()


def test_a_bad_line_is_named_and_shown_as_plain_text(dlg):
    dlg.editor.setPlainText("FROM python\n<b>ADD</b> x y\n")
    assert dlg.error.textFormat().name == "PlainText"
    assert dlg.error.text().startswith("Cannot build: Line 2:") and "<b>ADD</b>" in dlg.error.text()
    assert not dlg.build_button.isEnabled() and dlg.table.rowCount() == 0


def test_build_push_pull_shows_the_bytes_saved_and_undo_takes_it_back(qtbot, dlg, doc):
    assert dlg.build()
    assert "webapp" in doc.world.built_images and not dlg.build_button.isEnabled()
    assert dlg.push()
    assert "saved" in dlg.transfer.text() and dlg.pull_button.isEnabled()
    assert dlg.pull()
    assert "Pulled onto Prod" in dlg.transfer.text()
    # prod held the python layers: only the new layers (40 + 2 MB) were sent
    assert "42 MB sent" in dlg.transfer.text() and "1000 MB saved" in dlg.transfer.text()
    qtbot.wait_until(lambda: dlg.progress.value() == 1000, timeout=5000)
    for _ in range(3):
        doc.undo_stack.undo()
    assert "webapp" not in doc.world.built_images and not doc.world.registry_layers
    assert doc.world.hosts["prod"].image_cache == set(IMAGES["python"].layers)


def test_the_window_has_the_menu_entry(qtbot, doc, tmp_path):
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    win = MainWindow(doc, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(win)
    win.dockerfile_action.trigger()
    assert win.dockerfile_dialog.isVisible()


def test_a_built_image_runs_as_a_container_and_its_tab_shows_its_own_layers(qtbot, dlg, doc):
    from core.model.kinds import GuestState
    from gui.tabs.guest_tab import GuestTab

    assert dlg.build() and dlg.push()
    gid = dlg.run_container()
    g = doc.world.guests[gid]
    assert g.host_id == "prod" and g.config.built == "webapp" and g.config.ports == ((8080, 8080),)
    assert doc.power_on(gid)
    assert doc.world.guests[gid].state is GuestState.PULLING  # prod lacks the app's own layers
    tab = GuestTab(doc, gid)
    qtbot.addWidget(tab)
    assert "RUN pip install flask gunicorn: 40 MB, read-only, built in this lab" in tab.isolation.layers.text()
    doc.undo_stack.undo()  # power on
    doc.undo_stack.undo()  # the container
    assert gid not in doc.world.guests
