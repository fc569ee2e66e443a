"""``virtlab-sim import FILE…``: real VM and container configurations as a VirtLab lab.

The lab (one host per stack the files suggest, holding their guests) goes to
``-o LAB.vlab`` or, without it, to stdout; the report of what was mapped and
what was left out goes to stderr, or under ``"report"`` with ``--json``.  A
file that cannot be read or parsed ends the command with exit status 2 and
one line naming the file and the problem.
"""

from __future__ import annotations

import json
import sys

from core.commands import CommandError
from core.files.scenario import ScenarioError, load_scenario, save_scenario, scenario_bytes, world_to_dict
from core.formats.lab import build_world, import_files, plan_new_hosts
from core.formats.model import FormatError
from core.model.hardware import HOST_TEMPLATES
from core.sim.rules import RuleError

TEMPLATES = tuple(t for t in HOST_TEMPLATES if t != "custom")


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("import", help="turn .vmx, .vbox, libvirt XML, OVF/OVA and Compose files into a lab")
    p.add_argument("files", nargs="+", metavar="FILE", help="configuration files to import")
    p.add_argument("--host-template", choices=TEMPLATES, default="lab-pc",
                   help="hardware of the hosts the guests are put on (default lab-pc)")
    p.add_argument("-o", "--output", metavar="LAB.vlab", help="write the lab here (default: print it)")
    p.add_argument("--json", action="store_true", help="print one JSON object with the lab and the report")
    p.set_defaults(func=run)


def _error(message: str) -> int:
    # core.cli prints it on one short line and exits with 2, as for every other command.
    raise CommandError(message)


def run(args) -> int:
    try:
        imports = import_files(args.files)
        plan = plan_new_hosts(imports, args.host_template)
    except FormatError as e:
        return _error(str(e))
    except RuleError as e:  # the template cannot run a stack a file asks for (KVM without VT-x)
        return _error(f"--host-template {args.host_template}: {e.verdict.message}")
    world = build_world(plan)
    title = "Imported: " + ", ".join(imp.source for imp in imports)
    description = "Built by virtlab-sim import from real configuration files."
    if args.output:
        try:
            save_scenario(world, args.output, title=title[:200], description=description)
            load_scenario(args.output)  # the written lab must load as any other
        except OSError as e:
            return _error(f"{args.output}: cannot write the lab: {e.strerror or e}")
        except ScenarioError as e:
            return _error(str(e))
    lab = world_to_dict(world, title[:200], description)
    if args.json:
        out = {"lab": args.output, "hosts": [h.id for h in plan.hosts], "guests": [g.id for g in plan.guests],
               "report": plan.report_json()}
        if not args.output:
            out["scenario"] = lab
        print(json.dumps(out, ensure_ascii=False))
    else:
        if not args.output:  # the same bytes the lab file would hold
            sys.stdout.write(scenario_bytes(world, title[:200], description).decode("utf-8"))
        print("\n".join(plan.report_lines()), file=sys.stderr)
    return 0
