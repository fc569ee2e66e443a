"""``virtlab-sim``: run scenarios, compare stacks and print layer graphs headless.

Bad input of any kind ends with exit status 2 and one line on stderr
("virtlab-sim: error: <file>: <field>: <problem>"), never a traceback, so
instructors can script it.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import sys
import unicodedata

from core import __version__
from core.commands import CommandError, export_config, grade, image, import_files
from core.commands import path as path_command
from core.course.compare import WORKLOAD_NAMES, compare_json
from core.course.goals import GoalTracker
from core.files import locations
from core.files.excerpt import clip, clip_path, excerpt
from core.files.scenario import Scenario, ScenarioError, load_scenario
from core.sim import infra
from core.sim.graph import REGISTRY_ID, build_layer_graph
from core.sim.metrics import GUEST_METRICS, HOST_METRICS, LAYER_METRICS, History
from core.sim.world import World

PROG = "virtlab-sim"
# Enough for a day of simulated time at 1 s ticks; beyond that a batch run
# should sample less often (bigger tick_seconds) rather than hold every tick.
MAX_TICKS = 100_000
MAX_ERROR_CHARS = 298  # with its newline, under 300


class UsageError(Exception):
    """Bad command-line input: reported on one line with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line instead of usage + message
        raise UsageError(f"{message} (see '{PROG} --help')")


# --- run ---------------------------------------------------------------------------------

def _averages(world: World, dt: float) -> tuple[dict, dict]:
    """Per host and per guest: each metric averaged over the ticks it was active."""
    sums: dict[tuple[str, str], list] = {}
    for s in world.history:
        for table, index, arr in (("host", s.index.hosts, s.hosts), ("guest", s.index.guests, s.guests)):
            for obj_id, row in index.items():
                acc = sums.setdefault((table, obj_id), [0, 0.0])
                acc[0] += 1
                acc[1] = acc[1] + arr[row]
    hosts, guests = {}, {}
    for (table, obj_id), (n, total) in sums.items():
        names = HOST_METRICS if table == "host" else GUEST_METRICS
        avg = {m: round(float(v), 4) for m, v in zip(names, total / n, strict=True)}
        if table == "host":
            hosts[obj_id] = avg
        else:
            guests[obj_id] = {**avg, "active_s": round(n * dt, 6)}
    return hosts, guests


def run_report(scenario: Scenario, source: str, seconds: float) -> dict:
    w = scenario.world
    tracker = GoalTracker(w, scenario.goals)  # before the run: event goals need to see it happen
    w.run(seconds, scenario.tick_seconds)
    tracker.close()
    host_avg, guest_avg = _averages(w, scenario.tick_seconds)
    zeros = {**dict.fromkeys(GUEST_METRICS, 0.0), "active_s": 0.0}
    return {
        "scenario": source,
        "seconds": round(w.time, 6),
        "hosts": {
            h.id: {**host_avg.get(h.id, dict.fromkeys(HOST_METRICS, 0.0)), "mode": h.mode.value,
                   "product": h.product.value if h.product else None, "name": h.name}
            for h in w.hosts.values()
        },
        "guests": {
            g.id: {**guest_avg.get(g.id, zeros), "state": g.state.value, "host": g.host_id, "name": g.name,
                   "oom_killed": g.id in w.oom_killed}
            for g in w.guests.values()
        },
        "infra": infra.report(w, host_avg, guest_avg),
        "goals": tracker.report(),
    }


def _width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    while _width(text) > width:
        text = text[:-2] + "…"
    return text + " " * (width - _width(text))


def _table(headers: list[str], rows: list[list[str]], widths: list[int], right: set[int]) -> str:
    """Text columns; the columns in ``right`` (numbers) are right-aligned, header included."""
    lines = []
    for cells in [headers, *rows]:
        parts = [cell.rjust(w) if k in right else _fit(cell, w)
                 for k, (cell, w) in enumerate(zip(cells, widths, strict=True))]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def format_run(report: dict, title: str) -> str:
    out = [f"{title} — {report['seconds']:g} s simulated (averages over the run)", "", "HOSTS"]
    rows = []
    for hid, h in report["hosts"].items():
        stack = h["mode"] + (f"/{h['product']}" if h["product"] else "")
        mem = f"{h['mem_used_mb']:.0f}/{h['mem_alloc_mb']:.0f}"
        rows.append([hid, h["name"], stack, f"{h['cpu_pct']:.1f}", mem, f"{h['overhead_pct']:.1f}"])
    out.append(_table(["ID", "NAME", "STACK", "CPU%", "MEM MB used/alloc", "OVERHEAD%"], rows,
                      [12, 30, 26, 6, 18, 9], right={3, 4, 5}))
    out += ["", "GUESTS"]
    rows = []
    for gid, g in report["guests"].items():
        mem = f"{g['mem_used_mb']:.0f}/{g['mem_alloc_mb']:.0f}"
        perf = f"{g['perf']:.2f}x" if g["active_s"] else "-"
        rows.append([gid, g["name"], g["host"], g["state"], f"{g['cpu_pct']:.1f}",
                     f"{g['ready_pct']:.1f}", mem, perf])
    out.append(_table(["ID", "NAME", "HOST", "STATE", "CPU%", "READY%", "MEM MB used/alloc", "PERF"], rows,
                      [14, 30, 12, 9, 6, 6, 18, 6], right={4, 5, 6, 7}))
    out += ["", "PERF = speed relative to the same work on native hardware (1.00x = native)."]
    if report.get("infra"):
        rows = [[hid, f"{x['switch_mbps']:.0f}", f"{x['switch_packets_s']:.0f}", f"{x['datastore_iops']:.0f}",
                 f"{x['datastore_used_gb']:.0f}", f"{x['datastore_free_gb']:.0f}"] for hid, x in report["infra"].items()]
        out += ["", "VIRTUAL SWITCHES AND DATASTORES",
                _table(["HOST", "SWITCH Mb/s", "PACKETS/s", "IOPS", "USED GB", "FREE GB"], rows,
                       [12, 11, 10, 8, 8, 8], right={1, 2, 3, 4, 5})]
    if report["goals"]:
        rows = [["yes" if g["met"] else "no", "" if g["when"] is None else f"{g['when']:g}", g["text"]]
                for g in report["goals"]]
        out += ["", "GOALS", _table(["MET", "AT (s)", "GOAL"], rows, [3, 8, 60], right={1})]
    return "\n".join(out)


def write_csv(world: World, path: str) -> None:
    """Every sample: one row per host, layer and active guest, blank where a metric does not apply."""
    metrics = list(dict.fromkeys((*HOST_METRICS, *GUEST_METRICS, *LAYER_METRICS)))
    tables = (("host", "hosts", HOST_METRICS), ("layer", "layers", LAYER_METRICS),
              ("guest", "guests", GUEST_METRICS))
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["time", "kind", "id", *metrics])
        for s in world.history:
            for kind, attr, names in tables:
                arr = getattr(s, attr)
                for obj_id, row in getattr(s.index, attr).items():
                    values = dict(zip(names, arr[row].tolist(), strict=True))
                    out.writerow([f"{s.time:g}", kind, obj_id,
                                  *(f"{values[m]:.6g}" if m in values else "" for m in metrics)])


def cmd_run(args) -> int:
    source = args.scenario or str(locations.demo_lab())
    if not (math.isfinite(args.seconds) and args.seconds > 0):
        raise UsageError(f"--seconds must be a positive number, not {args.seconds:g}")
    scenario = load_scenario(source, history=1)
    # Checked as a ratio before rounding: a tiny tick makes it inf, which round() cannot take.
    ratio = args.seconds / scenario.tick_seconds
    if not ratio <= MAX_TICKS:
        shown = str(round(ratio)) if ratio < 1e15 else "too many"
        raise UsageError(f"{shown} ticks is more than {MAX_TICKS}; "
                         f"use fewer --seconds or a larger tick_seconds in the scenario")
    ticks = max(1, round(ratio))
    scenario.world.history = History(ticks)  # keep every tick: averages and CSV need them all
    report = run_report(scenario, source, args.seconds)
    if args.csv:
        try:
            write_csv(scenario.world, args.csv)
        except OSError as e:
            raise UsageError(f"{clip_path(args.csv, 80)}: cannot write the CSV file: {e.strerror or e}") from None
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(format_run(report, scenario.title or os.path.basename(source)))
    return 0


# --- compare -----------------------------------------------------------------------------

def _bar(relative: float, width: int = 20) -> str:
    filled = max(0, min(width, round(relative * width)))
    return "#" * filled + "." * (width - filled)


def _number(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 1000 else f"{v:.4g}"


def format_compare(data: dict) -> str:
    better = "higher" if data["higher_is_better"] else "lower"
    out = [f"{data['workload']}: {data['unit']} ({better} is better); relative = speed vs native, "
           "as the engine runs one guest on each stack", ""]
    rows = []
    for r in data["results"]:
        ept = "" if r["ept"] is None else ("ept" if r["ept"] else "no-ept")
        product = f"{r['product']} in {r['in_vm']} VM" if r.get("in_vm") else r.get("product") or ""
        rows.append([r["mode"], product, r["technique"] or "", ept, r["io"] or "",
                     r["network"] or "", _number(r["value"]), f"{r['relative']:.3f}", _bar(r["relative"])])
    out.append(_table(["MODE", "PRODUCT", "TECHNIQUE", "EPT", "I/O", "NETWORK", "VALUE", "RELATIVE", ""], rows,
                      [10, 18, 9, 6, 11, 8, 12, 8, 20], right={6, 7}))
    return "\n".join(out)


def cmd_compare(args) -> int:
    if args.workload not in WORKLOAD_NAMES:
        raise UsageError(f"unknown workload {excerpt(args.workload)}; choose one of {', '.join(WORKLOAD_NAMES)}")
    data = compare_json(args.workload)
    print(json.dumps(data, ensure_ascii=False) if args.json else format_compare(data))
    return 0


# --- graph -------------------------------------------------------------------------------

def graph_json(g) -> dict:
    import networkx as nx

    data = nx.node_link_data(g, edges="edges")
    for node in data["nodes"]:
        if node.get("metrics") is not None:
            node["metrics"] = list(node["metrics"])
    return data


def format_graph(g, world: World) -> str:
    out: list[str] = []
    shown: set[str] = set()

    def line(n: str, depth: int, note: str = "") -> None:
        d = g.nodes[n]
        detail = f" ({d['detail']})" if d.get("detail") else ""
        out.append(f"{'  ' * depth}[{d['kind']}] {d['label']}{detail}{note}")

    def primary(child: str) -> str:
        """The parent a node is drawn under: not Dom0, which only serves its I/O."""
        parents = sorted(g.predecessors(child))
        main = [p for p in parents if g.nodes[p]["kind"] not in ("mgmt", "registry")
                and g.edges[p, child].get("relation") not in ("nic", "disk")]
        return (main or parents)[0]

    def walk(n: str, depth: int) -> None:
        shown.add(n)
        children = sorted(g.successors(n), key=lambda c: (g.nodes[c]["kind"] != "mgmt", c))
        own = [c for c in children if primary(c) == n]
        served = [g.nodes[c]["label"] + _link(g.edges[n, c]) for c in children if c not in own]
        line(n, depth, f"  -> serves the I/O of {', '.join(served)}" if served else "")
        for child in own:
            walk(child, depth + 1)

    for host in world.hosts.values():
        out.append(f"{host.id}: {host.name} [{host.mode.value}{'/' + host.product.value if host.product else ''}]")
        walk(f"{host.id}/hw", 1)
        for n in sorted(x for x, d in g.nodes(data=True) if d["host"] == host.id and x not in shown):
            targets = ", ".join(g.nodes[t]["label"] for t in sorted(g.successors(n)))
            line(n, 1, f"  -> talks to {targets}" if targets else "")
            shown.add(n)
        out.append("")
    if g.has_node(REGISTRY_ID):
        images = sorted({g.nodes[t]["label"] for t in g.successors(REGISTRY_ID)})
        out.append(f"registry: supplies {', '.join(images) or 'no images yet'}")
    return "\n".join(out).rstrip()


def _link(edge: dict) -> str:
    """How a served guest is attached: its network (nat, bridged, host-only) or its disk (thin, thick)."""
    if "network" in edge:
        return f" [{edge['network']}]"
    if "thin" in edge:
        return " [thin disk]" if edge["thin"] else " [thick disk]"
    return ""


def cmd_host_check(args) -> int:
    from core.course.hostcheck import format_host_check, host_check

    data = host_check()
    print(json.dumps(data, ensure_ascii=False) if args.json else format_host_check(data))
    return 0


def cmd_graph(args) -> int:
    scenario = load_scenario(args.scenario)
    g = build_layer_graph(scenario.world)
    print(json.dumps(graph_json(g), ensure_ascii=False) if args.json else format_graph(g, scenario.world))
    return 0


# --- entry point -------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="Run VirtLab scenarios and comparisons without the GUI.")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="{run,compare,graph,host-check,import,export,path,grade,image}")
    r = sub.add_parser("run", help="simulate a scenario and print its metrics")
    r.add_argument("scenario", nargs="?", help="a .vlab file (default: the bundled demo lab)")
    r.add_argument("--seconds", type=float, default=60.0, help="simulated seconds to run (default 60)")
    r.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    r.add_argument("--csv", metavar="FILE", help="also write every sample to FILE as CSV")
    r.set_defaults(func=cmd_run)
    c = sub.add_parser("compare", help="one workload on every stack, relative to native")
    c.add_argument("--workload", required=True, help=f"one of: {', '.join(WORKLOAD_NAMES)}")
    c.add_argument("--json", action="store_true", help="print JSON instead of a table")
    c.set_defaults(func=cmd_compare)
    g = sub.add_parser("graph", help="print a scenario's layer graph")
    g.add_argument("scenario", help="a .vlab file")
    g.add_argument("--json", action="store_true", help="networkx node-link JSON")
    g.set_defaults(func=cmd_graph)
    h = sub.add_parser("host-check", help="can this PC run a real hypervisor? (reads CPU flags, /dev/kvm, ...)")
    h.add_argument("--json", action="store_true", help="print JSON instead of text")
    h.set_defaults(func=cmd_host_check)
    for module in (import_files, export_config):
        module.add_parser(sub)
    path_command.add_parser(sub)
    grade.add_parser(sub)
    image.add_parser(sub)
    return p


def _tolerant_stdout() -> None:
    """A console that cannot show a character (a CJK name on a legacy code page) gets a '?'."""
    try:
        sys.stdout.reconfigure(errors="replace")
    except (AttributeError, ValueError):
        pass


def main(argv: list[str] | None = None) -> int:
    _tolerant_stdout()
    try:
        args = build_parser().parse_args(argv)
        return args.func(args)
    except SystemExit as e:  # --help and --version exit through argparse
        return e.code if isinstance(e.code, int) else 0
    except (UsageError, ScenarioError, CommandError) as e:
        # One line under 300 characters whatever the input held (ScenarioError's parts are short already).
        print(clip(f"{PROG}: error: {e}", MAX_ERROR_CHARS), file=sys.stderr)
        return 2
    except BrokenPipeError:  # `virtlab-sim run | head`: the reader left, not an error
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
