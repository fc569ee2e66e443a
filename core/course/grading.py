"""Grade one submission: replay its record from the lab, never trusting what the file claims.

``grade_file`` gives one row per submission, a plain dict (it crosses process
boundaries and becomes JSON, CSV and HTML): the student, the status ("graded"
or "rejected" with a reason), each goal met or not and when (from the
replay), the actions taken, the simulated time spent and flags.  A submission
whose saved world differs from the replayed one is flagged "edited by hand".
A bad submission is a row with its reason: grading a class never stops for one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from core.course.replay import ReplayError, replay
from core.files.errors import ScenarioError
from core.files.scenario import MAX_BYTES, loads_scenario, world_to_dict
from core.sim.restore import fingerprint

EDITED = "edited by hand"
# What a saved world is compared on: the world, not the texts around it.
_WORLD_KEYS = ("seed", "hosts", "guests")


@dataclass(frozen=True)
class Lab:
    """The lab being graded, as every worker needs it (picklable)."""

    text: str
    hash: str
    goals: tuple[str, ...]  # each goal's text (or type) for the report

    @classmethod
    def read(cls, path: str | Path) -> Lab:
        """Raises ScenarioError for a lab that cannot be used (the CLI exits 2)."""
        p = Path(path)
        try:
            text = p.read_bytes()[:MAX_BYTES + 1].decode("utf-8-sig")
        except OSError as e:
            raise ScenarioError(str(path), "", f"cannot read the file: {e.strerror or e}") from None
        except UnicodeDecodeError as e:
            raise ScenarioError(str(path), "", f"not UTF-8 text (byte {e.start})") from None
        s = loads_scenario(text, source=str(path))
        if s.record is not None and s.record.items:
            # Its record's start is another lab (an empty one, or a student's): grading against it would
            # reject every student.  Hand out and grade a lab without a record.
            raise ScenarioError(str(path), "record", "this file carries a record of work done in it (a "
                                "submission?); grade against the lab as handed out, without a record")
        if not s.goals:
            raise ScenarioError(str(path), "goals", "the lab has no goals to grade")
        return cls(text, s.record.start, tuple(g.text or g.type for g in s.goals))


def student_of(path: Path) -> str:
    """File → Submit… names a copy "<name or ID> - <lab>.vlab"; any other file is its stem."""
    name, sep, _lab = path.stem.rpartition(" - ")
    return name if sep and name else path.stem


def _row(path: Path, lab: Lab) -> dict:
    return {"file": str(path), "student": student_of(path), "status": "rejected", "reason": "",
            "goals": [None] * len(lab.goals), "met": 0, "actions": 0, "undos": 0, "sim_time": 0.0,
            "sessions": 0, "flags": [], "timeline": []}


def _saved_world(world) -> dict:
    d = world_to_dict(world)
    return {k: d[k] for k in _WORLD_KEYS}


def grade_file(path: str | Path, lab: Lab) -> dict:
    """One row for one submission (never raises for a bad file)."""
    path = Path(path)
    row = _row(path, lab)
    try:
        raw = path.read_bytes()[:MAX_BYTES + 1]
        text = raw.decode("utf-8-sig")
        sub = loads_scenario(text, source=path.name)
    except OSError as e:
        row["reason"] = f"cannot read the file: {e.strerror or e}"
        return row
    except UnicodeDecodeError:
        row["reason"] = "not a text file"
        return row
    except ScenarioError as e:
        row["reason"] = _scenario_reason(e)
        return row
    record = sub.record
    if not record.items:
        row["reason"] = "no record of what was done (not saved by VirtLab 3 or later)"
        return row
    if record.start != lab.hash:
        row["reason"] = "made from another lab (its starting lab differs from the one being graded)"
        return row
    try:
        result = replay(lab.text, record)
    except ReplayError as e:
        row["reason"] = f"the record does not replay: {str(e)[:160]}"
        return row
    replayed = result.world
    same = (_saved_world(replayed) == _saved_world(sub.world)
            and fingerprint(loads_scenario(json.dumps(world_to_dict(replayed))).world) == fingerprint(sub.world))
    row.update(status="graded", goals=[None if t is None else round(t, 3) for t in result.met_at],
               met=sum(t is not None for t in result.met_at), actions=result.actions, undos=result.undos,
               sim_time=round(result.sim_time, 3), sessions=result.sessions, flags=[] if same else [EDITED],
               timeline=[(round(t, 3), name) for t, name in result.history])
    return row


def _scenario_reason(e: ScenarioError) -> str:
    problem = e.problem
    if e.field == "version" and "needs VirtLab format" in problem:
        return f"made by a newer VirtLab: {problem}"
    if problem.startswith("not valid JSON") or problem.startswith("not a VirtLab"):
        return f"broken file: {problem} ({e.field})" if e.field else f"broken file: {problem}"
    where = f" at {e.field}" if e.field else ""
    return f"not a valid lab file{where}: {problem[:120]}"


def summary(rows: list[dict], lab: Lab) -> dict:
    """How many met each goal, and the class in numbers (computed from the rows alone)."""
    graded = [r for r in rows if r["status"] == "graded"]
    return {
        "submissions": len(rows), "graded": len(graded), "rejected": len(rows) - len(graded),
        "flagged": sum(bool(r["flags"]) for r in graded),
        "goals": [{"goal": text, "met": sum(r["goals"][i] is not None for r in graded)}
                  for i, text in enumerate(lab.goals)],
        "all_met": sum(r["met"] == len(lab.goals) for r in graded),
    }

