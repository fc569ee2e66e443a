"""``virtlab-sim path SCENARIO GUEST --kind instruction|memory|io [--op NAME] [--json]``:
the hops one instruction, memory access or I/O request takes on a guest's stack.

Node ids are those of ``virtlab-sim graph SCENARIO --json``.  Bad input (unknown
guest, kind or operation) raises ``CommandError``, which ``core.cli`` reports on
one line with exit status 2.
"""

from __future__ import annotations

import json

from core.commands import CommandError
from core.course.mechanisms import EXPLANATIONS, KINDS, OPS, PathError, path_for
from core.files.scenario import load_scenario

UNIT_TEXT = {"cycles": "cycles", "us": "µs"}


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("path", help="step through an instruction, a memory access or an I/O request")
    p.add_argument("scenario", help="a .vlab file")
    p.add_argument("guest", help="a guest id of the scenario")
    p.add_argument("--kind", required=True, help=f"one of: {', '.join(KINDS)}")
    ops = "; ".join(f"{k}: {', '.join(v)}" for k, v in OPS.items())
    p.add_argument("--op", help=f"the operation (default: the kind's first) — {ops}")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    p.set_defaults(func=run)


def format_path(path, title: str) -> str:
    unit = UNIT_TEXT[path.unit]
    out = [f"{title}: {path.kind} {path.op}", ""]
    width = max(len(h.node) for h in path.hops)
    for k, h in enumerate(path.hops, 1):
        cost = f"{h.cost:,.1f} {unit}  [{h.source}]" if h.cost else "-"
        out.append(f"{k:>2}. {h.node:<{width}}  {cost}")
        out.append(f"    {h.action}")
    counts = ", ".join(f"{c}: {path.count(c)}" for c in ("exits", "switches", "copies", "refs") if path.count(c))
    out += ["", f"total: {path.total:,.1f} {unit}" + (f" ({counts})" if counts else "")]
    if path.engine:
        e = path.engine
        out.append(f"engine: {e['class']} runs at {e['efficiency']:.2f}x native on this stack; "
                   f"the {e['workload']} workload at {e['speed']:.2f}x [{e['source']}]")
    for key in path.explanations:
        out += ["", EXPLANATIONS[key]]
    return "\n".join(out)


def run(args) -> int:
    scenario = load_scenario(args.scenario)
    try:
        path = path_for(scenario.world, args.guest, args.kind, args.op)
    except PathError as e:
        raise CommandError(str(e)) from None
    name = scenario.world.guests[args.guest].name
    print(json.dumps(path.to_json(), ensure_ascii=False) if args.json else format_path(path, name))
    return 0
