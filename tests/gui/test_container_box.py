"""The guest tab's isolation box (issue 15): namespaces, cgroup limits, OOM kill, throttling, layers."""

from __future__ import annotations

import pytest

from core import edits
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import GuestState, Mode, Product
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.sim.world import World
from gui.document.document import Document
from gui.tabs.guest_tab import GuestTab


@pytest.fixture
def doc(qapp):
    w = World(seed=5)
    w.add_host(Host("h", "Docker", HOST_TEMPLATES["lab-pc"], Mode.CONTAINER, Product.DOCKER))
    w.add_guest(Guest("small", "squeezed", "h", ContainerConfig("mysql", memory_limit_mb=256), "database"))
    w.add_guest(Guest("busy", "<i>busy</i>", "h", ContainerConfig("python", cpu_limit=0.5), "cpu"))
    d = Document(w)
    yield d
    d.set_running(False)


def _tab(qtbot, doc, gid):
    t = GuestTab(doc, gid)
    qtbot.addWidget(t)
    t.resize(1100, 900)
    t.show()
    return t


def test_the_box_names_every_namespace_and_the_cgroup_limits(qtbot, doc):
    t = _tab(qtbot, doc, "busy")
    box = t.isolation
    assert box.isVisibleTo(t)
    text = box.findChild(type(box.cpu), "cgroupCpu").text()
    assert "0.5" in text and "50000 100000" in text
    labels = [box.layout().itemAt(i) for i in range(box.layout().count())]
    assert labels  # the form is there
    assert "python" in box.layers.text() and "writable" in box.layers.text()


def test_a_memory_limit_below_the_need_shows_the_oom_kill(qtbot, doc):
    t = _tab(qtbot, doc, "small")
    assert "OOM killer will end it" in t.isolation.status.text()
    assert doc.apply(edits.Power("small", "power_on"))
    qtbot.wait_until(lambda: (doc.step() or True) and doc.world.guests["small"].state is GuestState.CRASHED,
                     timeout=5000)
    assert "Killed by the kernel's OOM killer" in t.isolation.status.text()
    assert "450 MB" in t.isolation.status.text()


def test_a_cpu_quota_shows_throttling_in_the_cpu_meter(qtbot, doc):
    t = _tab(qtbot, doc, "busy")
    assert doc.apply(edits.Power("busy", "power_on"))
    qtbot.wait_until(lambda: (doc.step() or True) and "throttled" in t.rows["cpu"].bar.text, timeout=5000)
    assert t.isolation.status.text().startswith("Throttled")


def test_a_vm_tab_has_no_isolation_box(qtbot):
    w = World()
    w.add_host(Host("k", "KVM", HOST_TEMPLATES["lab-pc"], Mode.HYBRID, Product.KVM))
    w.add_guest(Guest("v", "v", "k", VmConfig("ubuntu-24.04"), "idle"))
    d = Document(w)
    t = _tab(qtbot, d, "v")
    assert not t.isolation.isVisibleTo(t)


def test_the_summary_shows_each_network_address_and_what_it_reaches(qtbot):
    from core.files import locations
    from core.files.scenario import load_scenario

    d = Document(load_scenario(locations.labs_dir() / "storage-and-network.vlab").world)
    texts = {}
    for gid in ("files", "backup", "build"):
        t = _tab(qtbot, d, gid)
        texts[gid] = [t.form.itemAt(i).widget().text() for i in range(t.form.count()) if t.form.itemAt(i).widget()]
    assert any(x.startswith("10.0.2.15: private, behind NAT") for x in texts["build"])
    assert any("host-only, cannot reach outside" in x for x in texts["backup"])
    assert any(x.startswith("192.168.1.") and "reachable" in x for x in texts["files"])
