"""World.twin: a copy to try edits on, which neither changes the lab nor tells its observers."""

from __future__ import annotations

from core import edits
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode, Product
from core.model.objects import Guest, Host, VmConfig
from core.sim.restore import fingerprint
from core.sim.world import World


def test_edits_on_the_twin_leave_the_world_and_its_observers_alone():
    w = World(seed=4)
    for hid in ("a", "b"):
        w.add_host(Host(hid, hid, HOST_TEMPLATES["lab-pc"], Mode.HOSTED, Product.VMWARE_WORKSTATION))
    w.add_guest(Guest("g", "g", "a", VmConfig("alpine-3"), "idle"))
    heard = []
    w.subscribe(heard.append)
    before = fingerprint(w)
    twin = w.twin()
    assert fingerprint(twin) == before
    edits.perform(twin, edits.MoveGuest("g", "b"))
    assert twin.guests["g"].host_id == "b"
    assert w.guests["g"].host_id == "a" and fingerprint(w) == before
    assert heard == []  # the twin has no observers of its own, nor the world's
