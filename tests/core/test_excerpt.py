"""Short, visible error messages whatever a file holds (issue 20, fault 4)."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.files import vm_file
from core.files.errors import ScenarioError
from core.files.excerpt import QUOTE_CHARS, clip, clip_path, excerpt
from core.files.scenario import loads_scenario

ZWSP = "\u200b"


def test_a_huge_invisible_value_is_quoted_short_with_its_length():
    shown = excerpt(ZWSP * 900_000)
    assert shown.endswith("…' (900000 characters)") and shown.startswith("'\\u200b")
    assert ZWSP not in shown and len(shown) < QUOTE_CHARS + 40


@pytest.mark.parametrize(("raw", "escaped"), [
    ("a\u202eb", "a\\u202eb"), ("\x00\x1b[31m", "\\x00\\x1b[31m"), ("x\x85y\x9b", "x\\x85y\\x9b"),
    ("\ufeffbom", "\\ufeffbom"), ("line\nbreak\u2028", "line\\x0abreak\\u2028"), ("tab\t", "tab\\x09"),
    ("nb\u00a0sp", "nb\\xa0sp"), ("\U000e0041tag", "\\U000e0041tag"), ("\ud800", "\\ud800"),
])
def test_invisible_and_control_characters_are_escaped(raw, escaped):
    assert excerpt(raw) == f"'{escaped}'"
    assert clip(raw, 100) == escaped


def test_visible_text_is_kept():
    assert excerpt("中文 KVM-主机 😀") == "'中文 KVM-主机 😀'"
    assert excerpt("it's") == '"it\'s"'
    # A backslash typed in a file is shown doubled, so it differs from an escaped invisible character.
    assert excerpt("\\u200b") == "'\\\\u200b'" and clip("\\u200b", 20) == "\\u200b"


def test_cut_at_the_limit():
    assert excerpt("a" * QUOTE_CHARS) == "'" + "a" * QUOTE_CHARS + "'"
    assert excerpt("a" * (QUOTE_CHARS + 1)) == "'" + "a" * QUOTE_CHARS + f"…' ({QUOTE_CHARS + 1} characters)"
    assert clip("b" * 1000, 50) == "b" * 49 + "…" and clip("b" * 50, 50) == "b" * 50
    assert len(clip(ZWSP * 1000, 50)) <= 50
    assert clip_path("/very/" + "deep/" * 100 + "lab.vlab", 40).endswith("/deep/lab.vlab")
    assert len(clip_path("/x" * 500, 40)) == 40


def test_numbers_and_other_values():
    assert excerpt(10**5000) == "an integer of about 5001 digits"  # 1 and 5000 zeros
    assert excerpt(1e308) == "1e+308" and excerpt(float("nan")) == "nan" and excerpt(-0.0) == "-0.0"
    assert excerpt(None) == "None" and excerpt(True) == "True"
    assert excerpt([1, 2]) == "a JSON list" and excerpt({"a": 1}) == "a JSON object"


def test_scenario_error_parts_are_short_and_visible():
    e = ScenarioError("/tmp/" + "d" * 1000 + "/x.vlab", "a" * 5000, ZWSP * 10**6)
    assert len(e.path) <= 160 and e.path.endswith("/x.vlab")
    assert len(e.field) <= 100 and len(e.problem) <= 260 and ZWSP not in str(e)
    assert len(str(e)) < 530


def _lab(**host) -> dict:
    return {"format": "virtlab-scenario", "version": 2, "title": "t",
            "hosts": [{"id": "h", "name": "H", "template": "lab-pc", **host}]}


def _problem(doc_or_text) -> ScenarioError:
    text = doc_or_text if isinstance(doc_or_text, str) else json.dumps(doc_or_text, ensure_ascii=False)
    with pytest.raises(ScenarioError) as info:
        loads_scenario(text, "x.vlab")
    return info.value


def test_loader_messages_quote_values_short():
    e = _problem(_lab(mode=ZWSP * 900_000))
    assert e.field == "hosts[0].mode"
    assert e.problem.startswith("unknown mode '\\u200b") and "(900000 characters); choose one of" in e.problem
    e = _problem(_lab(**{"\u202e" + "k" * 10_000: 1}))  # an unknown field with a hostile name
    assert e.problem == "unknown field" and len(e.field) < 80 and "\u202e" not in e.field
    e = _problem(_lab(name=["x"] * 10))  # pydantic's input: the kind of value, not its dump
    assert e.problem == "Input should be a valid string (got a JSON list)"
    e = _problem(_lab(template="custom", hardware={"cores": "9" * 100_000}))
    assert "(100000 characters)" in e.problem
    key = "q" * 10**5
    dup = json.dumps(_lab()).replace('"title": "t"', f'"title": "t", "{key}": 1, "{key}": 2')
    assert "duplicate key 'qqq" in _problem(dup).problem and "(100000 characters)" in _problem(dup).problem
    e = _problem({**_lab(), "goals": [{"type": "\u202e" * 50_000}]})
    assert e.field == "goals[0].type" and "(50000 characters)" in e.problem and "\u202e" not in e.problem


def test_cli_error_is_one_short_line(tmp_path, capsys):
    f = tmp_path / "zw.vlab"
    f.write_text(json.dumps(_lab(mode=ZWSP * 900_000), ensure_ascii=False), encoding="utf-8")
    assert main(["run", str(f)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and len(err) < 300 and ZWSP not in err
    assert "hosts[0].mode: unknown mode '\\u200b" in err and "(900000 characters)" in err
    assert main(["compare", "--workload", "\u202e" * 10_000]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and len(err) < 300 and "\u202e" not in err


def test_vm_file_errors_are_short(tmp_path):
    p = tmp_path / "vm.vlabvm"
    d = {"format": "virtlab-vm", "version": 1, "name": "n", "workload": "idle", "os": ZWSP * 200_000,
         "vcpus": 1, "memory_mb": 512, "disk_gb": 8, "technique": "hardware", "ept": True, "io": "paravirtual",
         "network": "nat"}
    p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(vm_file.ExportError) as info:
        vm_file.read_vm(p)
    assert str(info.value).startswith("unknown guest OS '\\u200b") and len(str(info.value)) < 150
    d.update(os="debian-12", technique="x" * 100_000)
    p.write_text(json.dumps(d), encoding="utf-8")
    with pytest.raises(vm_file.ExportError) as info:
        vm_file.read_vm(p)
    assert len(str(info.value)) <= 260


def test_a_goal_text_is_at_most_500_characters():
    lab = {**_lab(mode="hybrid", product="kvm"), "goals": [{"type": "host_mode", "mode": "hybrid", "text": "x" * 501}]}
    e = _problem(lab)
    assert (e.field, e.problem) == ("goals[0].text", "501 characters; the limit is 500")
    lab["goals"][0]["text"] = "x" * 500
    assert loads_scenario(json.dumps(lab), "ok.vlab").goals[0].text == "x" * 500


def test_a_hostile_file_name_stays_on_one_line(tmp_path, capsys):
    f = tmp_path / "evil\n\u202elab.vlab"
    f.write_text("{", encoding="utf-8")
    assert main(["run", str(f)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "evil\\x0a\\u202elab.vlab: line 1 column 2: not valid JSON" in err
    assert main(["run", str(f), "--seconds", "\u202e" * 1000]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and len(err) < 300 and "\u202e" not in err


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, '{"vcpus": ' + "9" * 5000 + "}", "\xff"])
def test_vm_files_nested_or_with_huge_numbers_are_refused(tmp_path, text):
    p = tmp_path / "vm.vlabvm"
    p.write_bytes(text.encode("latin-1"))
    with pytest.raises(vm_file.ExportError, match="not valid JSON"):
        vm_file.read_vm(p)


def test_vm_file_counts_out_of_range_are_short(tmp_path):
    p = tmp_path / "vm.vlabvm"
    d = {"format": "virtlab-vm", "version": 1, "name": "n", "workload": "idle", "os": "debian-12",
         "vcpus": 10**4000, "memory_mb": 512, "disk_gb": 8, "technique": "hardware", "ept": True,
         "io": "paravirtual", "network": "nat"}
    p.write_text(json.dumps(d), encoding="utf-8")
    with pytest.raises(vm_file.ExportError) as info:
        vm_file.read_vm(p)
    assert str(info.value).startswith("vcpus must be between 1 and ") and len(str(info.value)) < 100
    assert str(info.value).endswith("got an integer of about 4001 digits")
