"""The grader on generated classes: finished, half-done, hand-edited and broken submissions."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from core import cli
from core.commands import grade, grade_report
from core.course.grading import EDITED, Lab, grade_file, summary
from tests.core.students import lab_path, work
from tests.core.test_labs import SOLUTIONS

LAB = "kvm-qemu"


@pytest.fixture(scope="module")
def lab() -> Lab:
    return Lab.read(lab_path(LAB))


@pytest.fixture(scope="module")
def klass(tmp_path_factory) -> dict:
    """A small class of the kvm-qemu lab: each kind of submission once."""
    d = tmp_path_factory.mktemp("class")
    files = {
        "ada": work(LAB, SOLUTIONS[LAB]).save(d / "ada.vlab"),
        "bo": work(LAB, SOLUTIONS[LAB], stop_after=1).save(d / "bo.vlab"),  # set the mode, then stopped
        "cy": work(LAB, SOLUTIONS[LAB], stop_after=0).save(d / "cy.vlab"),  # did nothing
    }
    # Dee stopped halfway, then edited the saved world to look finished.
    text = work(LAB, SOLUTIONS[LAB], stop_after=1).text()
    finished = json.loads(work(LAB, SOLUTIONS[LAB]).text())
    data = json.loads(text)
    data["guests"] = finished["guests"]
    files["dee"] = d / "dee.vlab"
    files["dee"].write_text(json.dumps(data), encoding="utf-8")
    files["eve"] = d / "eve.vlab"
    files["eve"].write_text(text[: len(text) // 2], encoding="utf-8")  # cut off mid-file
    other = work("xen-paravirt", SOLUTIONS["xen-paravirt"], stop_after=1)
    files["fay"] = other.save(d / "fay.vlab")  # another lab's file
    newer = json.loads(text)
    newer["version"] = 99
    files["gus"] = d / "gus.vlab"
    files["gus"].write_text(json.dumps(newer), encoding="utf-8")
    cut = json.loads(text)
    cut["record"]["items"] = cut["record"]["items"][:-1]  # the record lost its end
    files["hal"] = d / "hal.vlab"
    files["hal"].write_text(json.dumps(cut), encoding="utf-8")
    return files


def test_each_kind_of_submission_gets_the_right_row(lab, klass):
    rows = {name: grade_file(path, lab) for name, path in klass.items()}
    n = len(lab.goals)
    assert rows["ada"]["status"] == "graded" and rows["ada"]["met"] == n and rows["ada"]["flags"] == []
    assert all(t is not None for t in rows["ada"]["goals"]) and rows["ada"]["goals"][-1] > 0
    assert rows["ada"]["actions"] == 5 and rows["ada"]["sim_time"] == 30.0
    assert 0 < rows["bo"]["met"] < n and rows["bo"]["flags"] == [] and rows["bo"]["actions"] == 1
    assert rows["cy"]["met"] == 0 and rows["cy"]["actions"] == 0
    # Dee's saved world claims what the replay never reached: flagged, and graded on the replay.
    assert rows["dee"]["flags"] == [EDITED] and rows["dee"]["met"] == rows["bo"]["met"]
    assert rows["eve"]["status"] == "rejected" and "broken file" in rows["eve"]["reason"]
    assert "another lab" in rows["fay"]["reason"]
    assert "newer VirtLab" in rows["gus"]["reason"]
    assert "cut short" in rows["hal"]["reason"]


def test_the_report_numbers_match_the_rows(lab, klass):
    rows = grade.grade_all(lab, list(klass.values()), workers=1)
    s = summary(rows, lab)
    graded = [r for r in rows if r["status"] == "graded"]
    assert (s["graded"], s["rejected"], s["flagged"]) == (4, 4, 1)
    for i, g in enumerate(s["goals"]):
        assert g["met"] == sum(r["goals"][i] is not None for r in graded)
    assert s["all_met"] == 1
    table = list(csv.DictReader(io.StringIO(grade_report.as_csv(rows, lab))))
    assert [r["student"] for r in table] == list(klass)
    assert [int(r["goals_met"]) for r in table] == [r["met"] for r in rows]
    page = grade_report.as_html(rows, lab, "kvm-qemu.vlab")
    assert page.count("<svg") == 1 and "<script" not in page
    for i, g in enumerate(s["goals"], 1):
        assert f"<td>{i}</td>" in page and f"{g['met']} of {s['graded']}" in page
    assert page.count("rejected</td>") == 4


def test_a_pool_grades_as_one_process_does(lab, klass):
    files = list(klass.values())
    assert grade.grade_all(lab, files, workers=2) == grade.grade_all(lab, files, workers=1)


def test_the_command(lab, klass, tmp_path, capsys):
    out_csv, out_html = tmp_path / "g.csv", tmp_path / "g.html"
    code = cli.main(["grade", str(lab_path(LAB)), *map(str, klass.values()), "--workers", "1", "--json",
                     "--csv", str(out_csv), "--html", str(out_html)])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["graded"] == 4 and len(report["students"]) == len(klass)
    assert out_csv.read_text(encoding="utf-8").count("\n") == len(klass) + 1
    assert "edited by hand" in out_html.read_text(encoding="utf-8")


def test_a_folder_and_progress(klass, capsys):
    folder = next(iter(klass.values())).parent
    many = [str(folder)] * 3  # 24 files: a long run prints progress
    assert cli.main(["grade", str(lab_path(LAB)), *many, "--workers", "1"]) == 0
    captured = capsys.readouterr()
    assert re.search(r"graded 24/24", captured.err)
    assert "4 rejected" not in captured.out and "12 rejected" in captured.out


@pytest.mark.parametrize("args", [
    ["grade", "missing.vlab", "x.vlab"],
    ["grade", str(lab_path(LAB)), "x.vlab", "--workers", "0"],
])
def test_bad_input_is_one_line_and_exit_2(args, capsys):
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("virtlab-sim: error:")


def test_a_submission_is_not_a_lab(klass, capsys):
    assert cli.main(["grade", str(klass["ada"]), str(klass["bo"])]) == 2
    assert "record" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(SOLUTIONS))
def test_every_bundled_lab_completed_is_graded_complete(name, tmp_path):
    lab = Lab.read(lab_path(name))
    row = grade_file(work(name, SOLUTIONS[name], linger=90).save(tmp_path / "s.vlab"), lab)
    assert row["status"] == "graded", row["reason"]
    assert row["met"] == len(lab.goals) and row["flags"] == []


def test_a_forged_undo_is_refused(lab, tmp_path):
    """An "undo" that undoes nothing would change the world without the rules: refused."""
    student = work(LAB, SOLUTIONS[LAB], stop_after=0)
    student.record.items.append({"t": student.world.time, "undo": {
        "edit": "_RestoreMode", "host_id": "pc", "mode": "hybrid", "product": "kvm"}})
    row = grade_file(student.save(tmp_path / "forged.vlab"), lab)
    assert row["status"] == "rejected" and "not the undo" in row["reason"]


def test_undo_and_redo_replay(lab, tmp_path):
    from core import edits
    from core.model.kinds import Mode, Product

    student = work(LAB, SOLUTIONS[LAB], stop_after=0)
    w, rec = student.world, student.record
    edit = edits.SetMode("pc", Mode.HYBRID, Product.KVM)
    inverse = edits.perform(w, edit)
    rec.add_edit(w.time, edit)
    student.run(5)
    inverse.apply(w)
    rec.add_edit(w.time, inverse, "undo")
    edits.perform(w, edit)
    rec.add_edit(w.time, edit, "redo")
    row = grade_file(student.save(tmp_path / "undo.vlab"), lab)
    assert row["status"] == "graded" and row["flags"] == [] and (row["actions"], row["undos"]) == (3, 1)
    assert row["goals"][0] is not None
