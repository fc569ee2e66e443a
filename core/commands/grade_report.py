"""The grader's reports: a text table, CSV, JSON and one printable HTML page.

Everything here is computed from the rows (``core.course.grading``), so the
summary can never disagree with the per-student results.  Goal texts come from
the lab file and names from submission file names: the HTML escapes them all.
"""

from __future__ import annotations

import csv
import io
import json
from html import escape

from core.course.grading import Lab, summary


def _time(t: float | None) -> str:
    return "-" if t is None else f"{t:g} s"


def _flags(row: dict) -> str:
    return "; ".join(row["flags"]) if row["status"] == "graded" else f"rejected: {row['reason']}"


def text(rows: list[dict], lab: Lab) -> str:
    width = max([len("student"), *(len(r["student"]) for r in rows)])
    n = len(lab.goals)
    lines = [f"{'student':<{width}}  goals  actions  sim time  flags"]
    for r in rows:
        goals = f"{r['met']}/{n}" if r["status"] == "graded" else "-"
        lines.append(f"{r['student']:<{width}}  {goals:>5}  {r['actions']:>7}  {r['sim_time']:>7g}s  {_flags(r)}")
    s = summary(rows, lab)
    lines.append("")
    lines.append(f"{s['graded']} graded, {s['rejected']} rejected, {s['flagged']} flagged, "
                 f"{s['all_met']} met every goal")
    for i, g in enumerate(s["goals"], 1):
        lines.append(f"goal {i}: met by {g['met']} of {s['graded']}: {g['goal']}")
    return "\n".join(lines) + "\n"


def as_json(rows: list[dict], lab: Lab, lab_path: str) -> str:
    return json.dumps({"lab": lab_path, "goals": list(lab.goals), "summary": summary(rows, lab), "students": rows},
                      ensure_ascii=False, indent=2) + "\n"


def as_csv(rows: list[dict], lab: Lab) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["student", "file", "status", "reason", "goals_met", *(f"goal_{i}_s" for i in range(1, len(lab.goals) + 1)),
                "actions", "undos", "sim_time_s", "sessions", "flags"])
    for r in rows:
        w.writerow([r["student"], r["file"], r["status"], r["reason"], r["met"],
                    *("" if t is None else t for t in r["goals"]), r["actions"], r["undos"], r["sim_time"],
                    r["sessions"], "; ".join(r["flags"])])
    return out.getvalue()


_STYLE = """
body { font-family: sans-serif; margin: 1.5em; color: #111; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; }
.met { background: #dff0d8; } .not { background: #f8e0e0; } .flag { color: #a00; font-weight: bold; }
.timeline { font-size: 0.8em; color: #444; }
@media print { body { margin: 0; } tr { page-break-inside: avoid; } }
"""


def _chart(s: dict) -> str:
    """A bar per goal: how many students met it (inline SVG: prints, needs no script)."""
    goals, total = s["goals"], max(1, s["graded"])
    bar_h, gap, label_w, bar_w = 22, 8, 80, 420
    height = len(goals) * (bar_h + gap) + gap
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 90}" height="{height}" '
             f'role="img" aria-label="students who met each goal">']
    for i, g in enumerate(goals):
        y = gap + i * (bar_h + gap)
        w = round(bar_w * g["met"] / total)
        parts.append(f'<text x="0" y="{y + 15}" font-size="13">goal {i + 1}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{bar_w}" height="{bar_h}" fill="#eee"/>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" fill="#4a7ebb"/>')
        parts.append(f'<text x="{label_w + bar_w + 6}" y="{y + 15}" font-size="13">{g["met"]} / {s["graded"]}</text>')
    parts.append("</svg>")
    return "".join(parts)


def as_html(rows: list[dict], lab: Lab, lab_path: str) -> str:
    s = summary(rows, lab)
    e = escape
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>Grades: {e(lab_path)}</title><style>{_STYLE}</style></head><body>",
           f"<h1>Grades for {e(lab_path)}</h1>",
           f"<p>{s['submissions']} submissions: {s['graded']} graded by replay, {s['rejected']} rejected, "
           f"<span class=\"flag\">{s['flagged']} edited by hand</span>; {s['all_met']} met every goal.</p>",
           "<h2>Goals</h2>", "<table><tr><th>#</th><th>goal</th><th>met by</th></tr>"]
    for i, g in enumerate(s["goals"], 1):
        out.append(f"<tr><td>{i}</td><td>{e(g['goal'])}</td><td>{g['met']} of {s['graded']}</td></tr>")
    out.append("</table>")
    out.append(_chart(s))
    head = "".join(f"<th>goal {i}</th>" for i in range(1, len(lab.goals) + 1))
    out += ["<h2>Students</h2>",
            f"<table><tr><th>student</th>{head}<th>actions</th><th>simulated time</th><th>flags</th></tr>"]
    for r in rows:
        if r["status"] == "graded":
            cells = "".join(f'<td class="{"not" if t is None else "met"}">{"not met" if t is None else e(_time(t))}</td>'
                            for t in r["goals"])
            steps = ", ".join(f"{t:g} s {e(name)}" for t, name in r["timeline"][:40])
            more = " …" if len(r["timeline"]) > 40 else ""
            actions = f'{r["actions"]}<div class="timeline">{steps}{more}</div>'
            flags = f'<span class="flag">{e("; ".join(r["flags"]))}</span>' if r["flags"] else ""
            out.append(f"<tr><td>{e(r['student'])}</td>{cells}<td>{actions}</td><td>{e(_time(r['sim_time']))}</td>"
                       f"<td>{flags}</td></tr>")
        else:
            out.append(f"<tr><td>{e(r['student'])}</td><td colspan=\"{len(lab.goals) + 2}\">rejected</td>"
                       f"<td class=\"flag\">{e(r['reason'])}</td></tr>")
    out.append("</table></body></html>")
    return "\n".join(out) + "\n"
