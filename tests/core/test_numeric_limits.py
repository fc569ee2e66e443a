"""Every number of the scenario format at its limits (issue 20, fault 2).

Each numeric field gets 0, the smallest subnormal, the largest float,
infinity (``1e999``), ``NaN`` and ``-0.0``.  Through ``virtlab-sim run`` each
file is either run (exit 0, every figure finite) or refused with exit 2 and
one short line naming the field; never a traceback.  A refusal is the same
``ScenarioError`` the window shows, since both load through ``load_scenario``.
"""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.files.scenario import ScenarioError, load_scenario

LIMITS = {"zero": "0", "subnormal": "5e-324", "max_float": "1.7976931348623157e+308",
          "inf": "1e999", "nan": "NaN", "negative_zero": "-0.0"}
MARK = 4242.125  # a placeholder number that appears nowhere else in the lab


def lab() -> dict:
    snapshot = {"id": "s1", "name": "base", "time": 1.0,
                "config": {"os": "debian-12", "vcpus": 1, "memory_mb": 1024, "disk_gb": 10}}
    return {
        "format": "virtlab-scenario", "version": 2, "title": "limits", "seed": 1,
        "settings": {"tick_seconds": 1.0},
        "hosts": [
            {"id": "kvm", "name": "KVM", "template": "custom", "mode": "hybrid", "product": "kvm",
             "hardware": {"cores": 8, "ghz": 3.0, "memory_mb": 32768, "mem_bw_gbs": 20.0, "datastore_gb": 500,
                          "disk": {"seq_mbs": 500.0, "iops": 50000.0}, "nic": {"gbps": 1.0}}},
            {"id": "dock", "name": "Docker", "template": "lab-pc", "mode": "container", "product": "docker"}],
        "guests": [
            {"kind": "vm", "id": "v", "name": "V", "host": "kvm", "os": "debian-12", "state": "running",
             "vcpus": 2, "memory_mb": 2048, "disk_gb": 20, "snapshots": {"current": "s1", "items": [snapshot]}},
            {"kind": "container", "id": "c", "name": "C", "host": "dock", "image": "nginx", "state": "running",
             "cpu_limit": 1.0, "memory_limit_mb": 512, "ports": [{"host": 8080, "container": 80}]}],
        "goals": [{"type": "host_metric_above", "metric": "cpu_pct", "value": 10.0, "pct": 90.0,
                   "for_seconds": 5.0, "at_least": 1}],
    }


# Every numeric field of the format, as (path in lab(), field name in messages).
FIELDS = [
    (("version",), "version"),
    (("seed",), "seed"),
    (("settings", "tick_seconds"), "settings.tick_seconds"),
    *((("hosts", 0, "hardware", n), f"hosts[0].hardware.{n}")
      for n in ("cores", "ghz", "memory_mb", "mem_bw_gbs", "datastore_gb")),
    (("hosts", 0, "hardware", "disk", "seq_mbs"), "hosts[0].hardware.disk.seq_mbs"),
    (("hosts", 0, "hardware", "disk", "iops"), "hosts[0].hardware.disk.iops"),
    (("hosts", 0, "hardware", "nic", "gbps"), "hosts[0].hardware.nic.gbps"),
    *((("guests", 0, n), f"guests[0].{n}") for n in ("vcpus", "memory_mb", "disk_gb")),
    (("guests", 0, "snapshots", "items", 0, "time"), "guests[0].snapshots.items[0].time"),
    *((("guests", 0, "snapshots", "items", 0, "config", n), f"guests[0].snapshots.items[0].config.{n}")
      for n in ("vcpus", "memory_mb", "disk_gb")),
    *((("guests", 1, n), f"guests[1].{n}") for n in ("cpu_limit", "memory_limit_mb")),
    (("guests", 1, "ports", 0, "host"), "guests[1].ports[0].host"),
    (("guests", 1, "ports", 0, "container"), "guests[1].ports[0].container"),
    *((("goals", 0, n), f"goals[0].{n}") for n in ("value", "pct", "for_seconds", "at_least")),
]


def lab_text(path: tuple, literal: str) -> str:
    d = lab()
    parent = d
    for k in path[:-1]:
        parent = parent[k]
    parent[path[-1]] = MARK
    text = json.dumps(d)
    assert text.count(str(MARK)) == 1
    return text.replace(str(MARK), literal)


def _finite(text: str) -> None:
    def refuse(literal):
        raise AssertionError(f"{literal} in the report")

    json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("limit", LIMITS)
@pytest.mark.parametrize(("path", "name"), FIELDS, ids=[n for _, n in FIELDS])
def test_every_numeric_field_at_its_limits(tmp_path, capsys, path, name, limit):
    f = tmp_path / "lab.vlab"
    f.write_text(lab_text(path, LIMITS[limit]), encoding="utf-8")
    code = main(["run", str(f), "--seconds", "3", "--json"])
    out, err = capsys.readouterr()
    if code == 0:
        assert err == ""
        _finite(out)
        assert set(json.loads(out)["guests"]) == {"v", "c"}
        return
    assert code == 2 and out == ""
    assert err.startswith("virtlab-sim: error: ") and err.endswith("\n") and err.count("\n") == 1
    assert len(err) < 300 and "Traceback" not in err
    # The message names the field (the version is checked before the fields are).
    assert f": {name}: " in err or (name == "version" and ": version: " in err), err
    with pytest.raises(ScenarioError) as info:
        load_scenario(f)
    assert f"virtlab-sim: error: {info.value}\n" == err  # the window's message has the same parts


def test_base_lab_runs(tmp_path, capsys):
    f = tmp_path / "lab.vlab"
    f.write_text(json.dumps(lab()), encoding="utf-8")
    assert main(["run", str(f), "--seconds", "3", "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)["hosts"]) == {"kvm", "dock"}


@pytest.mark.parametrize("tick", ["5e-324", "1e-320", "0.0009"])
def test_a_tick_under_a_millisecond_is_refused(tmp_path, capsys, tick):
    f = tmp_path / "lab.vlab"
    f.write_text(lab_text(("settings", "tick_seconds"), tick), encoding="utf-8")
    assert main(["run", str(f)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "settings.tick_seconds: Input should be greater than or equal to 0.001" in err


def test_a_millisecond_tick_is_fine_but_too_many_ticks_are_refused(tmp_path, capsys):
    f = tmp_path / "lab.vlab"
    f.write_text(lab_text(("settings", "tick_seconds"), "0.001"), encoding="utf-8")
    assert main(["run", str(f), "--seconds", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["seconds"] == pytest.approx(1.0)
    assert main(["run", str(f), "--seconds", "1e308"]) == 2
    err = capsys.readouterr().err
    assert "too many ticks is more than 100000" in err and err.count("\n") == 1
