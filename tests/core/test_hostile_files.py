"""Hostile and broken lab files: refused with a message naming the field, never run.

Huge numbers, NaN/Infinity, absurd nesting, duplicate ids and keys, dangling
references, oversize files and binary (pickle) files each give one
``ScenarioError`` that says where and what; nothing in VirtLab evaluates,
unpickles or imports what a file contains.
"""

from __future__ import annotations

import ast
import json
import pickle
from pathlib import Path

import pytest

from core.files import vm_file
from core.files.scenario import MAX_BYTES, MAX_HOSTS, ScenarioError, load_scenario, loads_scenario

ROOT = Path(__file__).resolve().parents[2]


def lab(**edit) -> dict:
    d = {"format": "virtlab-scenario", "version": 2, "title": "t",
         "hosts": [{"id": "kvm", "name": "KVM", "template": "lab-pc", "mode": "hybrid", "product": "kvm"},
                   {"id": "dock", "name": "Docker", "template": "lab-pc", "mode": "container", "product": "docker"}],
         "guests": [{"kind": "vm", "id": "v", "name": "V", "host": "kvm", "os": "debian-12"},
                    {"kind": "container", "id": "c", "name": "C", "host": "dock", "image": "nginx"}]}
    d.update(edit)
    return d


def refused(text: str) -> ScenarioError:
    with pytest.raises(ScenarioError) as info:
        loads_scenario(text, "bad.vlab")
    return info.value


def with_guest(i: int, **fields) -> str:
    d = lab()
    d["guests"][i].update(fields)
    return json.dumps(d)


@pytest.mark.parametrize(("i", "field", "value"), [
    (0, "vcpus", 10**100), (0, "memory_mb", 10**100), (0, "disk_gb", 10**100), (0, "vcpus", -1),
    (1, "memory_limit_mb", 10**100), (1, "cpu_limit", 1e308), (1, "cpu_limit", -1.0),
])
def test_huge_and_negative_numbers_name_their_field(i, field, value):
    e = refused(with_guest(i, **{field: value}))
    assert e.field == f"guests[{i}].{field}"
    assert "must be between" in e.problem


@pytest.mark.parametrize(("edit", "field"), [
    ({"hardware": {"ghz": 1e308}}, "hosts[0].hardware.ghz"),
    ({"hardware": {"disk": {"iops": 1e308}}}, "hosts[0].hardware.disk.iops"),
    ({"hardware": {"memory_mb": 10**100}}, "hosts[0].hardware.memory_mb"),
])
def test_huge_hardware_is_refused(edit, field):
    d = lab()
    d["hosts"][0].update(edit)
    assert refused(json.dumps(d)).field == field


def test_huge_top_level_numbers():
    assert refused(json.dumps(lab(seed=10**100))).field == "seed"
    assert refused(json.dumps(lab(settings={"tick_seconds": 1e308}))).field == "settings.tick_seconds"
    assert "format" in refused(json.dumps(lab(version=10**100))).problem
    # Beyond a float, JSON's 1e999 is infinity: refused as not finite.
    text = json.dumps(lab(settings={"tick_seconds": 7.5})).replace("7.5", "1e999")
    assert refused(text).field == "settings.tick_seconds"
    # An integer with more digits than Python converts is refused before any field.
    assert "digits" in refused(json.dumps(lab()).replace('"version": 2', '"version": ' + "9" * 5000)).problem


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_literals_name_their_field(literal):
    text = with_guest(1, cpu_limit=0.25).replace("0.25", literal)
    e = refused(text)
    assert e.field == "guests[1].cpu_limit"
    assert "NaN and Infinity" in e.problem


@pytest.mark.parametrize("shape", ["[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000])
def test_deep_nesting_is_refused_not_a_crash(shape):
    assert "recursion" in refused(shape).problem


def test_duplicate_ids_and_keys():
    d = lab()
    d["guests"][0]["id"] = "kvm"
    e = refused(json.dumps(d))
    assert (e.field, e.problem) == ("guests[0].id", "duplicate id 'kvm' (also used by hosts[0])")
    d = lab()
    d["hosts"][1]["id"] = "kvm"
    assert refused(json.dumps(d)).field == "hosts[1].id"
    # A repeated key would silently hide the first value: refused too.
    e = refused(json.dumps(lab()).replace('"title": "t"', '"title": "t", "title": "<b>other</b>"'))
    assert "duplicate key 'title'" in e.problem


def test_dangling_references():
    e = refused(with_guest(0, host="nowhere"))
    assert (e.field, e.problem) == ("guests[0].host", "no host has the id 'nowhere'")
    e = refused(json.dumps(lab(goals=[{"type": "host_mode", "host": "ghost", "mode": "hybrid"}])))
    assert e.field.startswith("goals[0]")


def test_too_many_and_too_big(tmp_path):
    hosts = [{"id": f"h{i}", "name": "h", "template": "lab-pc"} for i in range(MAX_HOSTS + 1)]
    e = refused(json.dumps(lab(hosts=hosts, guests=[])))
    assert e.field == "hosts" and str(MAX_HOSTS) in e.problem
    big = tmp_path / "big.vlab"
    big.write_text(json.dumps(lab(description="x" * (MAX_BYTES + 10))))
    with pytest.raises(ScenarioError, match="limit is 5 MB"):
        load_scenario(big)


def test_pickle_is_never_unpickled(tmp_path):
    class Boom:
        def __reduce__(self):
            return (Path.touch, (tmp_path / "pwned",))

    path = tmp_path / "evil.vlab"
    path.write_bytes(pickle.dumps(Boom()))
    with pytest.raises(ScenarioError):
        load_scenario(path)
    vm = tmp_path / "evil.vlabvm"
    vm.write_bytes(pickle.dumps(Boom()))
    with pytest.raises(vm_file.ExportError):
        vm_file.read_vm(vm)
    assert not (tmp_path / "pwned").exists()


def test_markup_in_names_is_kept_as_data():
    name = "<b>bold</b><img src=x> &amp; \u202e 🖥️"
    d = lab()
    d["hosts"][0]["name"] = name
    s = loads_scenario(json.dumps(d), "ok.vlab")
    assert s.world.hosts["kvm"].name == name


def _dangerous(tree: ast.AST) -> list[int]:
    bad = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
            if any(n.split(".")[0] in ("pickle", "marshal", "shelve", "dill", "yaml") for n in names):
                bad.append(node.lineno)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("eval", "exec"):
            bad.append(node.lineno)
    return bad


# The one module allowed to import yaml (Compose files): it must use the safe loader and dumper only.
YAML_GATE = Path("core/formats/safe_read.py")


def test_no_code_path_evaluates_file_contents():
    """No module may unpickle, eval, exec or yaml-load anything (files are data, never code)."""
    offenders = [f"{p.relative_to(ROOT)}:{n}" for folder in ("core", "gui") for p in sorted((ROOT / folder).rglob("*.py"))
                 if p.relative_to(ROOT) != YAML_GATE
                 for n in _dangerous(ast.parse(p.read_text(encoding="utf-8")))]
    assert offenders == []
    gate = (ROOT / YAML_GATE).read_text(encoding="utf-8")
    assert "SafeLoader" in gate and not any(w in gate for w in ("FullLoader", "UnsafeLoader", "yaml.Loader",
                                                                 "unsafe_load", "full_load", "yaml.dump("))
    assert _dangerous(ast.parse("import pickle\neval('1')")) == [1, 2]  # the scan itself works
