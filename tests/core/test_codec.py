"""Every edit, and every inverse an edit gives back, survives JSON and back unchanged."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import edits
from core.edits import codec
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode, Product
from core.model.objects import Host
from core.sim import rules
from core.sim.world import World
from tests.core.test_edits import an_edit, worlds


def _round_trip(edit: edits.Edit) -> edits.Edit:
    text = json.dumps(codec.encode(edit), allow_nan=False)  # what a record line holds
    return codec.decode(json.loads(text))


def _every_kind_once() -> list[edits.Edit]:
    """A fixed walk through the lab that makes every edit class and every inverse class."""
    w, out = World(seed=3), []

    def do(edit):
        out.append(edit)
        out.append(edits.perform(w, edit))
        return out[-1]

    do(edits.AddHost(Host("a", "A", HOST_TEMPLATES["rack-server"], Mode.HYBRID, Product.KVM)))
    do(edits.AddHost(Host("b", "B", HOST_TEMPLATES["rack-server"], Mode.HYBRID, Product.KVM)))
    vm = edits.guest_from_template(w, "a", "vm", "ubuntu")
    do(vm)
    gid = vm.guest.id
    do(edits.UpdateGuest(gid, workload="cpu"))
    do(edits.Rename(gid, "网页"))
    do(edits.TakeSnapshot(gid, "s1", "clean"))
    do(edits.Clone(gid, "c1", "linked", True, "s1"))
    do(edits.RevertSnapshot(gid, "s1"))
    do(edits.Power(gid, "power_on"))
    w.run(120, 0.5)
    do(edits.MoveGuest(gid, "b"))  # a live migration: the statuses below carry it
    do(edits.RemoveHost("b"))
    do(edits.Crash(gid))
    do(edits.PanicHost("a"))
    do(edits.AddHost(Host("c", "C", HOST_TEMPLATES["rack-server"], Mode.HYBRID, Product.KVM)))
    do(edits.SetMode("c", Mode.BARE_METAL, Product.ESXI))
    do(edits.SetHardware("c", HOST_TEMPLATES["lab-pc"]))
    do(edits.SetPageSharing("c", True))
    do(edits.AddHost(Host("d", "D", HOST_TEMPLATES["lab-pc"], Mode.CONTAINER, Product.DOCKER)))
    do(edits.BuildImage("a", "app", "FROM python\nRUN pip install flask\n"))
    do(edits.PushImage("app"))
    do(edits.PullImage("app", "d"))
    do(edits.WatchPath(gid, "memory", "page-fault"))
    do(edits.RemoveGuest("c1"))
    do(edits.Batch((edits.Power(gid, "power_off"), edits.DeleteSnapshot(gid, "s1"), edits.RemoveGuest(gid))))
    return out


def test_every_edit_class_round_trips():
    made = _every_kind_once()
    inside = [x for e in made if isinstance(e, edits.Batch) for x in e.edits]
    assert {type(e).__name__ for e in made + inside} == set(codec.EDIT_CLASSES)
    for edit in made:
        assert _round_trip(edit) == edit


def test_a_line_is_short_and_readable():
    line = json.dumps(codec.encode(edits.SetMode("pc", Mode.HYBRID, Product.KVM)))
    assert json.loads(line) == {"edit": "SetMode", "host_id": "pc", "mode": "hybrid", "product": "kvm"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_edits_and_their_inverses_round_trip(data):
    world = data.draw(worlds())
    for _ in range(data.draw(st.integers(1, 12))):
        edit = data.draw(an_edit(world))
        assert _round_trip(edit) == edit
        if edit.check(world):
            try:
                inverse = edit.apply(world)
            except rules.RuleError:  # a batch checks only its first edit; a later refusal rolls it back
                continue
            assert _round_trip(inverse) == inverse


@pytest.mark.parametrize(("data", "where"), [
    ([], "edit"),
    ({"edit": "FormatDisk"}, "edit.edit"),
    ({"edit": "Power", "guest_id": "vm1"}, "edit.op"),
    ({"edit": "Power", "guest_id": 7, "op": "power_on"}, "edit.guest_id"),
    ({"edit": "Power", "guest_id": "vm1", "op": "power_on", "extra": 1}, "edit.extra"),
    ({"edit": "SetMode", "host_id": "pc", "mode": "warp"}, "edit.mode"),
    ({"edit": "UpdateGuest", "guest_id": "v", "config": {"os": "ubuntu-24.04", "vcpus": "8"}}, "edit.config"),
])
def test_bad_records_name_the_field(data, where):
    with pytest.raises(codec.CodecError) as info:
        codec.decode(data)
    assert info.value.where.startswith(where)
