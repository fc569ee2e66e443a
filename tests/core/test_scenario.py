"""Scenario files: every kind of bad input is a ScenarioError naming file and field."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.files import locations
from core.files.scenario import (
    MAX_GUESTS,
    ScenarioError,
    load_scenario,
    loads_scenario,
    save_scenario,
    world_to_dict,
)
from core.model.kinds import GuestState, Mode, Product

from .helpers import json_paths

DEMO = json.loads(locations.demo_lab().read_text(encoding="utf-8"))


def doc() -> dict:
    return copy.deepcopy(DEMO)


def guest_index(d: dict, guest_id: str) -> int:
    return next(i for i, g in enumerate(d["guests"]) if g["id"] == guest_id)


def load_error(d, source: str = "lab.vlab") -> ScenarioError:
    text = d if isinstance(d, str) else json.dumps(d)
    with pytest.raises(ScenarioError) as info:
        loads_scenario(text, source=source)
    return info.value


def snapshot(world):
    """Everything a world is made of, for comparing two loads."""
    hosts = [(h.id, h.name, h.hardware, h.mode, h.product, h.host_os, sorted(h.image_cache))
             for h in world.hosts.values()]
    return hosts, list(world.guests.values()), world.seed


# --- the demo lab ---------------------------------------------------------------------

def test_demo_loads_with_every_stack():
    s = load_scenario(locations.demo_lab())
    w = s.world
    assert s.title and s.description and s.tick_seconds == 1.0
    modes = {h.mode for h in w.hosts.values()}
    assert modes == {Mode.HOSTED, Mode.BARE_METAL, Mode.HYBRID, Mode.CONTAINER}
    assert Product.XEN in {h.product for h in w.hosts.values()}
    techniques = {g.config.technique.value for g in w.guests.values() if g.is_vm}
    assert techniques == {"full", "para", "hardware"}
    for g in w.guests.values():
        assert w.check_add_guest(g.host_id, g.config), g.id
    running = [g for g in w.guests.values() if g.state is GuestState.RUNNING]
    assert len(running) >= len(w.guests) - 2


def test_demo_runs_and_running_guests_are_active_at_once():
    w = load_scenario(locations.demo_lab()).world
    sample = w.step(1.0)
    for g in w.guests.values():
        active = sample.guest(g.id)
        assert (active is not None) == (g.state is GuestState.RUNNING), g.id
        if active:
            assert 0 < active["perf"] <= 1.0 + 1e-9


def test_running_container_has_its_image_cached():
    w = load_scenario(locations.demo_lab()).world
    assert {"debian-slim", "nginx"} <= w.hosts["docker-pc"].image_cache


# --- round trip -------------------------------------------------------------------------

def test_round_trip_gives_an_identical_world(tmp_path):
    first = load_scenario(locations.demo_lab())
    target = tmp_path / "copy.vlab"
    save_scenario(first.world, target, first.title, first.description)
    second = load_scenario(target)
    assert snapshot(second.world) == snapshot(first.world)
    assert (second.title, second.description, second.seed) == (first.title, first.description, first.seed)
    # and the saved form is stable
    assert world_to_dict(second.world, second.title, second.description) == json.loads(target.read_text("utf-8"))
    assert not [p for p in tmp_path.iterdir() if p.name != "copy.vlab"]  # no temp file left


def test_a_lab_saved_after_deleting_a_translated_host_opens_again(tmp_path):
    """The demo lab names its hosts in Chinese; a deleted host's name must not be saved."""
    lab = load_scenario(locations.demo_lab())
    names = lab.i18n["zh_CN"]["names"]
    gone = next(h for h in lab.world.hosts if h in names)
    lab.world.remove_host(gone)
    target = tmp_path / "after-delete.vlab"
    save_scenario(lab.world, target, lab.title, lab.description, i18n=lab.i18n)
    again = load_scenario(target)  # raised ScenarioError "i18n.zh_CN.names.…: no host or guest has this id"
    kept = again.i18n["zh_CN"]["names"]
    ids = set(lab.world.hosts) | set(lab.world.guests)  # its guests went with it
    assert gone not in kept and kept == {k: v for k, v in names.items() if k in ids} and len(kept) > 3
    assert lab.i18n["zh_CN"]["names"][gone]  # the document's own copy is left alone


def test_round_trip_keeps_hardware_overrides_and_html_names(tmp_path):
    d = doc()
    d["hosts"][0]["name"] = "<b>Lab</b> & 实验室"
    d["hosts"][1]["hardware"] = {"cores": 16, "ghz": 3, "disk": {"iops": 1000}, "nic": {"gbps": 25.0}}
    d["hosts"][4]["template"] = "custom"
    d["hosts"][4]["hardware"] = {"vtx": False, "ept": False, "memory_mb": 4096}
    first = loads_scenario(json.dumps(d))
    hw = first.world.hosts["xen-server"].hardware
    assert (hw.cpu.cores, hw.cpu.ghz, hw.disk.iops, hw.nic.gbps, hw.template) == (16, 3.0, 1000, 25.0, "rack-server")
    assert first.world.hosts["pc-hosted"].name == "<b>Lab</b> & 实验室"
    save_scenario(first.world, tmp_path / "x.vlab")
    assert snapshot(load_scenario(tmp_path / "x.vlab").world) == snapshot(first.world)


def test_suspended_vm_round_trips(tmp_path):
    w = load_scenario(locations.demo_lab()).world
    w.suspend("ws-ubuntu")
    save_scenario(w, tmp_path / "s.vlab")
    assert load_scenario(tmp_path / "s.vlab").world.guests["ws-ubuntu"].state is GuestState.SUSPENDED


def test_product_defaults_to_the_modes_first():
    d = doc()
    d["hosts"][2]["product"] = None
    assert loads_scenario(json.dumps(d)).world.hosts["kvm-pc"].product is Product.KVM


# --- errors -----------------------------------------------------------------------------

def test_unreadable_file(tmp_path):
    missing = tmp_path / "nope.vlab"
    with pytest.raises(ScenarioError) as info:
        load_scenario(missing)
    assert info.value.path == str(missing)
    assert str(info.value).startswith(f"{missing}: cannot read the file")


def test_not_utf8(tmp_path):
    p = tmp_path / "bin.vlab"
    p.write_bytes(b"\xff\xfe\x00garbage")
    assert "UTF-8" in str(pytest.raises(ScenarioError, load_scenario, p).value)


def test_not_json_names_line_and_column():
    e = load_error('{"format": "virtlab-scenario",\n  "version": 1,,}')
    assert e.path == "lab.vlab" and e.field == "line 2 column 16"
    assert "not valid JSON" in e.problem


def test_nan_is_refused():
    e = load_error('{"format": "virtlab-scenario", "version": 1, "seed": NaN}')
    assert "NaN" in e.problem


def test_oversized_file(tmp_path):
    p = tmp_path / "big.vlab"
    p.write_bytes(b" " * (5 * 1024 * 1024 + 1))
    e = pytest.raises(ScenarioError, load_scenario, p).value
    assert "limit is 5 MB" in e.problem


@pytest.mark.parametrize(("key", "count"), [("hosts", 501), ("guests", MAX_GUESTS + 1)])
def test_too_many_hosts_or_guests(key, count):
    d = doc()
    d[key] = [{}] * count
    e = load_error(d)
    assert e.field == key and "too many" in e.problem


def test_newer_version():
    d = doc()
    d["version"] = 7
    e = load_error(d)
    assert e.field == "version"
    assert e.problem == "this file needs VirtLab format 7; this VirtLab reads up to 4"


@pytest.mark.parametrize("value", [[1], {"format": "other", "version": 1}])
def test_not_a_scenario(value):
    assert "not a VirtLab scenario" in load_error(value).problem


@pytest.mark.parametrize(
    ("mutate", "field", "words"),
    [
        (lambda d: d["guests"][3].__setitem__("vcpus", "four"), "guests[3].vcpus", "valid integer"),
        (lambda d: d["guests"][0].__setitem__("ept", 1), "guests[0].ept", "valid boolean"),
        (lambda d: d["hosts"][1].pop("id"), "hosts[1].id", "missing required field"),
        (lambda d: d.pop("hosts"), "hosts", "missing required field"),
        (lambda d: d["hosts"][0].__setitem__("mode", "type-3"), "hosts[0].mode", "unknown mode 'type-3'"),
        (lambda d: d["hosts"][0].__setitem__("template", "mainframe"), "hosts[0].template", "unknown template"),
        (lambda d: d["guests"][0].__setitem__("os", "os2-warp"), "guests[0].os", "unknown guest OS"),
        (lambda d: d["guests"][8].__setitem__("image", "postgres"), "guests[8].image", "unknown image"),
        (lambda d: d["guests"][1].__setitem__("workload", "mining"), "guests[1].workload", "unknown workload"),
        (lambda d: d["guests"][1].__setitem__("kind", "pod"), "guests[1]", "'kind' must be"),
        (lambda d: d["guests"][8].__setitem__("vcpus", 2), "guests[8].vcpus", "unknown field"),
        (lambda d: d["hosts"][0].__setitem__("id", "a/b"), "hosts[0].id", "pattern"),
        (lambda d: d["hosts"][0].__setitem__("hardware", {"cores": 0}), "hosts[0].hardware.cores", "greater than or equal to 1"),
        (lambda d: d["settings"].__setitem__("tick_seconds", -1), "settings.tick_seconds", "greater than or equal to 0.001"),
        (lambda d: d.__setitem__("seed", -5), "seed", "greater than or equal to 0"),
    ],
)
def test_schema_errors_name_the_field(mutate, field, words):
    d = doc()
    mutate(d)
    e = load_error(d)
    assert (e.path, e.field) == ("lab.vlab", field)
    assert words in e.problem
    assert str(e) == f"lab.vlab: {field}: {e.problem}"


def test_duplicate_ids_across_hosts_and_guests():
    d = doc()
    d["guests"][2]["id"] = "ws-ubuntu"
    e = load_error(d)
    assert e.field == "guests[2].id" and "duplicate id 'ws-ubuntu'" in e.problem and "guests[0]" in e.problem
    d = doc()
    d["guests"][0]["id"] = "kvm-pc"
    assert "also used by hosts[2]" in load_error(d).problem


def test_dangling_host_reference():
    d = doc()
    d["guests"][4]["host"] = "mars"
    e = load_error(d)
    assert e.field == "guests[4].host" and "'mars'" in e.problem


@pytest.mark.parametrize(
    ("guest", "change", "field", "code"),
    [
        ("xen-hvm", {"os": "windows-11", "technique": "para"}, "technique", "os_not_paravirtualizable"),
        ("laptop-debian", {"technique": "hardware"}, "technique", "technique_needs_vtx"),
        ("ws-ubuntu", {"io": "passthrough"}, "io", "passthrough_not_hosted"),
        ("kvm-db", {"vcpus": 64}, "vcpus", "vcpus_exceed_cores"),
        ("kvm-db", {"vcpus": 0}, "vcpus", "value_out_of_range"),
        ("db", {"cpu_limit": 99.0}, "cpu_limit", "cpu_limit_exceeds_cores"),
        ("web", {"network": "bridged"}, "network", "bad_network"),
        ("web", {"host": "xen-server"}, "host", "container_needs_linux_kernel"),
        ("ws-ubuntu", {"host": "docker-pc"}, "host", "container_host_runs_no_vms"),
    ],
)
def test_guests_refused_by_the_rules(guest, change, field, code):
    d = doc()
    i = guest_index(d, guest)
    d["guests"][i].update(change)
    e = load_error(d)
    assert e.field == f"guests[{i}].{field}"
    assert f"[{code}]" in e.problem and "not allowed on host" in e.problem


def test_host_mode_refused_by_the_rules():
    d = doc()
    d["hosts"][4]["mode"], d["hosts"][4]["product"] = "hybrid", "kvm"  # the old laptop has no VT-x
    e = load_error(d)
    assert e.field == "hosts[4].product" and "VT-x" in e.problem
    d = doc()
    d["hosts"][0]["product"] = "xen"
    assert load_error(d).field == "hosts[0].product"


# --- robustness ---------------------------------------------------------------------------

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12) | st.sampled_from(["vm", "container", "running", "kvm", "hybrid", "lab-pc", "h1"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)




_ALL_PATHS = [p for p in json_paths(DEMO) if p]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_ALL_PATHS), st.booleans(), _json_values), min_size=1, max_size=3))
def test_mutated_demo_loads_or_raises_scenario_error(edits):
    d = doc()
    for path, delete, value in edits:
        parent = d
        try:
            for part in path[:-1]:
                parent = parent[part]
            if delete:
                del parent[path[-1]]
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit removed this path
    try:
        s = loads_scenario(json.dumps(d), source="m.vlab")
    except ScenarioError as e:
        assert e.path == "m.vlab" and e.problem
        return
    s.world.step(s.tick_seconds)  # whatever loads also runs
    assert s.world.latest is not None


def test_the_documented_example_loads():
    text = (locations.resources_dir().parent / "docs" / "scenario-format.md").read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    s = loads_scenario(example, source="docs")
    assert s.title.startswith("Lab 2") and s.world.hosts["pc2"].hardware.memory_mb == 8192
    assert s.world.guests["web1"].state is GuestState.RUNNING


# --- goals and the other bundled labs ---------------------------------------------------

@pytest.mark.parametrize("lab", sorted(locations.labs_dir().glob("*.vlab")), ids=lambda p: p.name)
def test_every_bundled_lab_loads_and_runs(lab):
    s = load_scenario(lab)
    s.world.run(3, s.tick_seconds)
    assert s.title and s.world.hosts and len(s.world.history) == 3


def test_goals_round_trip(tmp_path):
    first = load_scenario(locations.labs_dir() / "xen-paravirt.vlab")
    assert [g.type for g in first.goals] == ["host_mode", "technique_used", "running_guests", "cpu_below"]
    save_scenario(first.world, tmp_path / "g.vlab", first.title, first.description, goals=first.goals)
    assert load_scenario(tmp_path / "g.vlab").goals == first.goals


@pytest.mark.parametrize(
    ("goal", "field", "words"),
    [
        ({"type": "world_peace"}, "goals[0].type", "unknown goal type"),
        ({"type": "host_mode", "mode": "warp"}, "goals[0].mode", "unknown mode"),
        ({"type": "host_mode", "mode": "hosted", "colour": "red"}, "goals[0].colour", "not a goal field"),
        ({"type": "host_mode", "host": "mars", "mode": "hosted"}, "goals[0].host", "'mars'"),
        ("run fast", "goals[0]", "valid dictionary"),
        ({"type": "running_guests", "at_least": "two"}, "goals[0].at_least", "wrong type"),
    ],
)
def test_bad_goals_name_the_field(goal, field, words):
    d = doc()
    d["goals"] = [goal]
    e = load_error(d)
    assert e.field == field and words in e.problem
