"""virtlab-sim path: the JSON contract, node ids shared with `graph --json`, one-line errors."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.course.mechanisms import KINDS, OPS, path_for
from core.files import locations
from core.files.scenario import load_scenario
from core.model.sources import SOURCES

DEMO = str(locations.demo_lab())


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def graph_ids(capsys) -> set[str]:
    code, out, _ = run_cli(capsys, "graph", DEMO, "--json")
    assert code == 0
    return {n["id"] for n in json.loads(out)["nodes"]}


@pytest.mark.parametrize("guest", ["xen-pv", "kvm-db", "web", "laptop-debian"])
def test_path_json_matches_the_contract_and_the_graph(capsys, guest):
    ids = graph_ids(capsys)
    for kind in KINDS:
        for op in (None, *OPS[kind]):
            code, out, err = run_cli(capsys, "path", DEMO, guest, "--kind", kind, "--json",
                                     *(["--op", op] if op else []))
            assert code == 0 and err == ""
            data = json.loads(out)
            assert {"guest", "kind", "op", "hops", "total"} <= set(data)
            assert (data["guest"], data["kind"], data["op"]) == (guest, kind, op or OPS[kind][0])
            for hop in data["hops"]:
                assert set(hop) == {"node", "layer", "action", "cost", "unit", "source"}
                assert hop["node"] in ids
                assert hop["source"] == "assumption" or hop["source"] in SOURCES
            assert data["total"] == pytest.approx(sum(h["cost"] for h in data["hops"]), abs=0.01)


def test_path_text_names_hops_costs_and_the_engine_figure(capsys):
    code, out, _ = run_cli(capsys, "path", DEMO, "kvm-noept", "--kind", "memory", "--op", "page-fault")
    assert code == 0
    # The figures are the engine's (core.sim.efficiency), read here the same way, not copied.
    path = path_for(load_scenario(DEMO).world, "kvm-noept", "memory", "page-fault")
    assert path.engine["class"] == "mmu" and 0 < path.engine["efficiency"] < 0.5  # shadow paging is slow
    assert "kvm-pc/kvm" in out and "[Adams2006]" in out and f"total: {path.total:,.1f} cycles" in out
    assert f"engine: mmu runs at {path.engine['efficiency']:.2f}x native" in out and "Shadow page tables" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["path", DEMO, "ghost", "--kind", "io"], "unknown guest 'ghost'"),
        (["path", DEMO, "web", "--kind", "teleport"], "unknown kind 'teleport'"),
        (["path", DEMO, "web", "--kind", "io", "--op", "fly"], "unknown io operation 'fly'"),
        (["path", DEMO, "web"], "--kind"),
        (["path", "/no/such.vlab", "web", "--kind", "io"], "cannot read the file"),
    ],
)
def test_bad_path_input_is_one_line_and_exit_2(capsys, argv, expected):
    code, out, err = run_cli(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("virtlab-sim: error: ") and err.count("\n") == 1 and expected in err
