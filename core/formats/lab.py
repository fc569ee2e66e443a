"""From imported files to hosts and guests: one host per suggested stack, each guest checked by the rules.

``plan_new_hosts`` works on a scratch world, so it never changes the lab it is
planning for: the CLI adds its result to an empty world, the window wraps it
in one undo step.  A guest the rules refuse (more vCPUs than the template's
cores, too little memory for its OS…) is left out and reported with the rule's
own reason.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from core.formats.detect import import_file
from core.formats.model import Imported, Note
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode, Product
from core.model.objects import Guest, Host, VmConfig
from core.sim import rules
from core.sim.world import World

HOST_NAMES = {
    Product.VMWARE_WORKSTATION: "VMware Workstation host", Product.VIRTUALBOX: "VirtualBox host",
    Product.ESXI: "ESXi host", Product.XEN: "Xen host", Product.HYPER_V: "Hyper-V host",
    Product.KVM: "KVM host", Product.DOCKER: "Docker host", Product.FUSIONSPHERE: "FusionSphere host",
}


@dataclass
class Plan:
    hosts: list[Host] = field(default_factory=list)
    guests: list[Guest] = field(default_factory=list)
    imports: list[Imported] = field(default_factory=list)
    # Guests the rules refused: (guest name, the rule's verdict, with its code for the GUI's translation).
    refused: list[tuple[str, rules.Verdict]] = field(default_factory=list)

    def report_lines(self) -> list[str]:
        out = [line for imp in self.imports for line in imp.report_lines()]
        out += [f"  not placed: {name}: {v.message} [{v.code}]" for name, v in self.refused]
        return out

    def report_json(self) -> list[dict]:
        reports = [imp.report_json() for imp in self.imports]
        return reports + [{"not_placed": {"guest": name, "code": v.code, "reason": v.message}}
                          for name, v in self.refused]


class _Ids:
    """Fresh ids that clash neither with the target lab nor with each other."""

    def __init__(self, taken: set[str]):
        self.taken: set[str] = set(taken)
        self.counts: dict[str, int] = {}

    def __call__(self, prefix: str) -> str:
        while True:
            self.counts[prefix] = n = self.counts.get(prefix, 0) + 1
            candidate = f"{prefix}{n}"
            if candidate not in self.taken:
                self.taken.add(candidate)
                return candidate


def plan_new_hosts(imports: list[Imported], template: str = "lab-pc", taken: set[str] = frozenset()) -> Plan:
    """New hosts (one per stack the files suggest) holding the imported guests.

    Raises ``rules.RuleError`` if the template cannot run a suggested stack
    (KVM on a CPU without VT-x): nothing could be placed on it.
    """
    hardware = HOST_TEMPLATES[template]
    ids = _Ids(set(taken))
    scratch = World()
    plan = Plan(imports=list(imports))
    by_stack: dict[tuple[Mode, Product | None], Host] = {}
    for imp in imports:
        key = (imp.mode, imp.product)
        if key not in by_stack:
            name = HOST_NAMES.get(imp.product, f"{imp.mode.value} host")
            host = Host(ids("host"), f"{name} ({template})", replace(hardware), Mode.NATIVE, None)
            verdict = rules.check_mode(host, imp.mode, imp.product, [])
            if not verdict:
                raise rules.RuleError(verdict)
            host.mode, host.product = imp.mode, imp.product
            scratch.add_host(host)
            by_stack[key] = host
            plan.hosts.append(host)
        host = by_stack[key]
        for g in imp.guests:
            verdict = scratch.check_add_guest(host.id, g.config)
            if not verdict:
                plan.refused.append((g.name, verdict))
                continue
            gid = ids("vm" if isinstance(g.config, VmConfig) else "ctr")
            plan.guests.append(scratch.add_guest(Guest(gid, g.name, host.id, g.config, g.workload)))
    return plan


def plan_onto_host(world: World, host_id: str, imports: list[Imported]) -> Plan:
    """The imported guests on an existing host, each checked against it (and the ones before it)."""
    host = world.hosts[host_id]
    ids = _Ids(set(world.hosts) | set(world.guests))
    scratch = World()
    scratch.add_host(replace(host, image_cache=set(host.image_cache)))
    for g in world.guests_on(host_id):  # what the host already holds counts against its datastore
        scratch.guests[g.id] = replace(g)
    plan = Plan(imports=list(imports))
    for imp in imports:
        if (imp.mode, imp.product) != (host.mode, host.product):
            suggested = f"{imp.mode.value}/{imp.product.value if imp.product else ''}"
            imp.notes.append(Note("", "hypervisor", suggested, f"{host.mode.value} ({host.name})", "stand_in"))
        for g in imp.guests:
            verdict = scratch.check_add_guest(host_id, g.config)
            if not verdict:
                plan.refused.append((g.name, verdict))
                continue
            gid = ids("vm" if isinstance(g.config, VmConfig) else "ctr")
            plan.guests.append(scratch.add_guest(Guest(gid, g.name, host_id, g.config, g.workload)))
    return plan


def import_files(paths: list[str | os.PathLike]) -> list[Imported]:
    """Every file imported, or the first ``FormatError``."""
    return [import_file(p) for p in paths]


def build_world(plan: Plan, seed: int = 0) -> World:
    world = World(seed=seed)
    for h in plan.hosts:
        world.add_host(replace(h, image_cache=set()))
    for g in plan.guests:
        world.add_guest(replace(g))
    return world
