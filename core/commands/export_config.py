"""``virtlab-sim export LAB.vlab GUEST_OR_HOST --format libvirt|vmx|compose``: a lab's guests in the real tools' formats.

libvirt and vmx export one VM (named by id or name); compose exports the
containers of a host (or one container).  Bad input: exit status 2 and one line.
"""

from __future__ import annotations

import sys

from core.commands import CommandError
from core.files.scenario import ScenarioError, load_scenario
from core.files.writing import write_atomically
from core.formats.export import ExportError, export_text


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("export", help="write a VM as libvirt XML or .vmx, or a host's containers as Compose")
    p.add_argument("lab", metavar="LAB.vlab", help="the lab file")
    p.add_argument("target", metavar="GUEST_OR_HOST", help="id or name of a guest (or of a host, for compose)")
    p.add_argument("--format", required=True, choices=("libvirt", "vmx", "compose"), help="the file format")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (default: print)")
    p.set_defaults(func=run)


def _error(message: str) -> int:
    # core.cli prints it on one short line and exits with 2, as for every other command.
    raise CommandError(message)


def run(args) -> int:
    try:
        scenario = load_scenario(args.lab)
        text = export_text(scenario.world, args.target, args.format)
    except ScenarioError as e:
        return _error(str(e))
    except ExportError as e:
        return _error(f"{args.lab}: {e}")
    if args.output:
        try:
            write_atomically(args.output, text.encode("utf-8"))
        except OSError as e:
            return _error(f"{args.output}: cannot write the file: {e.strerror or e}")
    else:
        sys.stdout.write(text)
    return 0
