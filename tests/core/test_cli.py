"""virtlab-sim: JSON contracts, readable tables, and one-line errors with exit status 2."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main
from core.course.compare import WORKLOAD_NAMES
from core.files import locations
from core.files.scenario import load_scenario
from core.sim.metrics import GUEST_METRICS, HOST_METRICS

DEMO = load_scenario(locations.demo_lab()).world
ROOT = Path(__file__).resolve().parents[2]


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_run_json_has_every_host_and_guest_of_the_demo(capsys):
    code, out, err = run_cli(capsys, "run", "--seconds", "10", "--json")
    assert code == 0 and err == ""
    report = json.loads(out)
    assert report["seconds"] == 10 and report["scenario"] == str(locations.demo_lab())
    assert set(report["hosts"]) == set(DEMO.hosts)
    assert set(report["guests"]) == set(DEMO.guests)
    for hid, h in report["hosts"].items():
        assert set(HOST_METRICS) <= set(h)
        assert (h["mode"], h["name"]) == (DEMO.hosts[hid].mode.value, DEMO.hosts[hid].name)
    for gid, g in report["guests"].items():
        assert set(GUEST_METRICS) <= set(g)
        assert (g["host"], g["state"]) == (DEMO.guests[gid].host_id, DEMO.guests[gid].state.value)
    assert report["guests"]["kvm-spare"]["active_s"] == 0  # the powered-off VM
    assert 0 < report["guests"]["xen-pv"]["perf"] <= 1


def test_run_json_reports_each_goal_with_when_it_was_met(capsys, tmp_path):
    doc = {"format": "virtlab-scenario", "version": 2, "title": "goals",
           "hosts": [{"id": "k", "name": "k", "template": "lab-pc", "mode": "hybrid", "product": "kvm"}],
           "guests": [{"kind": "vm", "id": "v", "name": "v", "host": "k", "os": "alpine-3", "state": "off"}],
           "goals": [{"type": "host_mode", "host": "k", "mode": "hybrid", "text": "KVM", "id": "kvm"},
                     {"type": "cpu_below", "host": "k", "pct": 90, "for_seconds": 5, "after": "kvm"},
                     {"type": "running_guests", "host": "k", "text": "a VM runs"}]}
    path = tmp_path / "g.vlab"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, out, _ = run_cli(capsys, "run", str(path), "--seconds", "8", "--json")
    assert code == 0
    goals = json.loads(out)["goals"]
    assert goals[0] == {"text": "KVM", "met": True, "when": 0.0}
    # The first sample comes at 1 s; from then on the CPU must stay low for 5 s.
    assert goals[1]["met"] and goals[1]["when"] == 6.0 and "cpu_below" in goals[1]["text"]
    assert goals[2] == {"text": "a VM runs", "met": False, "when": None}  # nobody powered it on
    code, out, _ = run_cli(capsys, "run", str(path), "--seconds", "8")
    assert "GOALS" in out and "a VM runs" in out


def test_run_is_deterministic(capsys):
    first = run_cli(capsys, "run", "--seconds", "5", "--json")[1]
    assert run_cli(capsys, "run", "--seconds", "5", "--json")[1] == first


def test_run_table_names_every_guest(capsys):
    code, out, _ = run_cli(capsys, "run", "--seconds", "3")
    assert code == 0
    assert "HOSTS" in out and "GUESTS" in out and "OVERHEAD%" in out
    for gid in DEMO.guests:
        assert gid in out


def test_run_csv_writes_the_history(capsys, tmp_path):
    target = tmp_path / "h.csv"
    code, _, _ = run_cli(capsys, "run", "--seconds", "4", "--csv", str(target))
    assert code == 0
    with target.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["time"] for r in rows} == {"1", "2", "3", "4"}
    assert {r["kind"] for r in rows} == {"host", "layer", "guest"}
    host_rows = [r for r in rows if r["kind"] == "host" and r["time"] == "4"]
    assert {r["id"] for r in host_rows} == set(DEMO.hosts)
    assert all(r["overhead_pct"] != "" and r["perf"] == "" for r in host_rows)


@pytest.mark.parametrize("workload", WORKLOAD_NAMES)
def test_compare_json_matches_the_contract(capsys, workload):
    code, out, _ = run_cli(capsys, "compare", "--workload", workload, "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"workload", "unit", "higher_is_better", "results"}
    assert data["workload"] == workload
    keys = {"mode", "technique", "ept", "io", "network", "value", "relative"}
    assert all(keys <= set(r) for r in data["results"])
    assert {r["mode"] for r in data["results"]} == {"native", "container", "hosted", "bare-metal", "hybrid"}
    native = [r for r in data["results"] if r["mode"] == "native"]
    assert len(native) == 1 and native[0]["relative"] == 1.0


def test_compare_table_has_bars(capsys):
    code, out, _ = run_cli(capsys, "compare", "--workload", "cpu")
    assert code == 0
    native = next(line for line in out.splitlines() if line.startswith("native"))
    assert "1.000" in native and "#" * 20 in native


def test_graph_text_and_json(capsys):
    code, out, _ = run_cli(capsys, "graph", str(locations.demo_lab()))
    assert code == 0
    assert "[mgmt] Dom0  -> serves the I/O of" in out and "[qemu] QEMU" in out
    code, out, _ = run_cli(capsys, "graph", str(locations.demo_lab()), "--json")
    data = json.loads(out)
    ids = {n["id"] for n in data["nodes"]}
    assert {"xen-server/hw", "web/ctr", "kvm-db/os"} <= ids
    assert ["guest", "kvm-db"] in [n["metrics"] for n in data["nodes"]]
    assert data["directed"] is True and data["edges"]


def _bad_scenario(tmp_path, text: str) -> str:
    p = tmp_path / "bad.vlab"
    p.write_text(text, encoding="utf-8")
    return str(p)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["run", "/no/such/file.vlab"], "/no/such/file.vlab: cannot read the file"),
        (["graph", "BAD:not json"], "bad.vlab: line 1 column 1: not valid JSON"),
        (["run", "BAD:" + json.dumps({"format": "virtlab-scenario", "version": 1, "title": "t",
                                       "hosts": [{"id": "h", "name": "h", "template": "lab-pc",
                                                  "mode": "warp"}]})],
         "bad.vlab: hosts[0].mode: unknown mode 'warp'"),
        (["compare", "--workload", "bitcoin"], "unknown workload 'bitcoin'"),
        (["compare"], "--workload"),
        (["run", "--seconds", "-3"], "--seconds must be a positive number"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path, argv, expected):
    argv = [_bad_scenario(tmp_path, a[4:]) if a.startswith("BAD:") else a for a in argv]
    code, out, err = run_cli(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("virtlab-sim: error: ") and err.count("\n") == 1
    assert expected in err and "Traceback" not in err


def test_help_exits_zero(capsys):
    code, out, _ = run_cli(capsys, "--help")
    assert code == 0 and "compare" in out


def test_python_m_core_exit_status(tmp_path):
    bad = _bad_scenario(tmp_path, "{")
    proc = subprocess.run([sys.executable, "-m", "core", "run", bad], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.startswith("virtlab-sim: error: ") and "Traceback" not in proc.stderr
