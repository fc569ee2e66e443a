"""What happens inside the machine, hop by hop: one privileged instruction, one memory
access and one I/O request on a guest's actual stack.

``path_for(world, guest_id, kind, op)`` gives a ``MechPath``: its hops name node ids
of ``core.sim.graph.build_layer_graph(world)``, so the GUI can light them up on the
live layer graph and ``virtlab-sim path`` can print them.  Each hop carries a cost
(cycles for instructions and memory, microseconds for I/O) and the source key of
``core/model/sources.py`` it comes from, or "assumption".  Memory and I/O totals are
the engine's own figures (see ``mechanisms_cpu`` and ``mechanisms_io``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.course.mechanisms_base import CYCLES, EXPLANATIONS, MICROSECONDS, Draft, Stack
from core.course.mechanisms_cpu import INSTRUCTION_OPS, MEMORY_OPS, instruction, memory, mmu_source
from core.course.mechanisms_io import ENGINE_CLASS, IO_OPS, engine_source, io_request
from core.model.kinds import Mode
from core.model.objects import ContainerConfig
from core.model.workloads import CLASSES, WORKLOADS
from core.sim.efficiency import StackConfig, efficiency, relative_speed
from core.sim.world import World

__all__ = ["EXPLANATIONS", "KINDS", "OPS", "Hop", "MechPath", "PathError", "path_for", "stack_path"]

KINDS = ("instruction", "memory", "io")
OPS: dict[str, tuple[str, ...]] = {"instruction": INSTRUCTION_OPS, "memory": MEMORY_OPS, "io": IO_OPS}
UNITS = {"instruction": CYCLES, "memory": CYCLES, "io": MICROSECONDS}
# The engine's figure each view explains: (class of work, the workload that is mostly it).
ENGINE_TIE = {"page-fault": ("mmu", "mmu-heavy"), "disk-write": ("disk_rand", "disk-rand"),
              "net-packet": ("net_lat", "net-latency")}


class PathError(ValueError):
    """A guest, kind or operation that has no path; the message is one line for the user."""


@dataclass(frozen=True)
class Hop:
    node: str  # a node id of the layer graph
    layer: str  # that node's kind ("guestos", "hypervisor", "qemu", ...)
    action: str  # English; also the translation key
    cost: float
    unit: str  # "cycles" or "us"
    source: str  # a key of sources.SOURCES or "assumption"
    exits: int = 0
    switches: int = 0
    copies: int = 0
    refs: int = 0  # memory references of a page walk

    def to_json(self) -> dict:
        return {"node": self.node, "layer": self.layer, "action": self.action, "cost": round(self.cost, 3),
                "unit": self.unit, "source": self.source}


@dataclass(frozen=True)
class MechPath:
    guest: str
    kind: str
    op: str
    hops: tuple[Hop, ...]
    unit: str
    explanations: tuple[str, ...]  # keys of EXPLANATIONS
    engine: dict | None  # the engine figure this path explains, or None

    @property
    def total(self) -> float:
        return sum(h.cost for h in self.hops)

    def count(self, what: str) -> int:
        """Sum of "exits", "switches", "copies" or "refs" over the hops."""
        return sum(getattr(h, what) for h in self.hops)

    def to_json(self) -> dict:
        return {"guest": self.guest, "kind": self.kind, "op": self.op,
                "hops": [h.to_json() for h in self.hops], "total": round(self.total, 3), "unit": self.unit,
                "counts": {k: self.count(k) for k in ("exits", "switches", "copies", "refs")},
                "engine": self.engine, "explanations": list(self.explanations)}


def drafts(st: Stack, kind: str, op: str) -> tuple[list[Draft], tuple[str, ...]]:
    if kind not in OPS:
        raise PathError(f"unknown kind {kind[:80]!r}; choose one of {', '.join(KINDS)}")
    if op not in OPS[kind]:
        raise PathError(f"unknown {kind} operation {op[:80]!r}; choose one of {', '.join(OPS[kind])}")
    if kind == "instruction":
        return instruction(st, op)
    if kind == "memory":
        return memory(st, op)
    return io_request(st, op)


def _engine(st: Stack, op: str, inner: StackConfig | None = None) -> dict | None:
    """The engine's figure for ``op`` on ``st``; ``inner``: a container's own stack inside
    that VM, whose efficiencies multiply the VM's, as the engine's do (core.sim.engine)."""
    if op not in ENGINE_TIE:
        return None
    cls, workload = ENGINE_TIE[op]
    eff = efficiency(st.cfg)
    if inner is not None:
        eff = tuple(a * b for a, b in zip(eff, efficiency(inner), strict=True))
    source = mmu_source(st) if cls == "mmu" else engine_source(st, ENGINE_CLASS[op])
    return {"class": cls, "efficiency": round(eff[CLASSES.index(cls)], 4), "workload": workload,
            "speed": round(relative_speed(WORKLOADS[workload].weight_vector(), eff), 4),
            "source": source if st.mode is not Mode.NATIVE else "assumption"}


def stack_path(st: Stack, kind: str, op: str, nodes: dict[str, str], guest: str = "") -> MechPath:
    """The path on a stack, its roles placed on ``nodes`` (role -> node id)."""
    hops, notes = drafts(st, kind, op)
    unit = UNITS[kind]
    placed = tuple(Hop(nodes[h.role], h.role, h.action, h.cost, unit, h.source, h.exits, h.switches, h.copies,
                       h.refs) for h in hops)
    return MechPath(guest, kind, op, placed, unit, notes, _engine(st, op))


def node_ids(host_id: str, guest_id: str = "", image: str = "") -> dict[str, str]:
    """Role -> node id, as ``core.sim.graph`` names them."""
    roles = {k: f"{host_id}/{k}" for k in ("hostos", "vmm", "hypervisor", "mgmt", "kvm", "daemon")}
    roles["hardware"] = f"{host_id}/hw"
    if guest_id:
        roles.update(app=f"{guest_id}/app", guestos=f"{guest_id}/os", container=f"{guest_id}/ctr",
                     qemu=f"{guest_id}/qemu")
    if image:
        roles["image"] = f"{host_id}/image/{image}"
    return roles


def guest_stack(world: World, guest_id: str) -> Stack:
    g = world.guests[guest_id]
    host = world.hosts[g.host_id]
    return Stack(g.stack(host), container=isinstance(g.config, ContainerConfig))


def path_for(world: World, guest_id: str, kind: str, op: str | None = None) -> MechPath:
    """The path of ``kind`` (default: its first operation) on the guest's stack."""
    g = world.guests.get(guest_id)
    if g is None:
        known = ", ".join(sorted(world.guests)[:10]) or "none"
        raise PathError(f"unknown guest {guest_id[:80]!r}; guests in this scenario: {known}")
    if kind not in OPS:
        raise PathError(f"unknown kind {kind[:80]!r}; choose one of {', '.join(KINDS)}")
    if g.in_vm is not None:
        # A container inside a VM: its system call goes into the VM's guest kernel, and from
        # there the path is the VM's own (core.sim.nesting); the engine figure compounds both.
        vm = world.guests[g.in_vm]
        nodes = node_ids(g.host_id, vm.id)
        nodes.update(app=f"{guest_id}/app", container=f"{guest_id}/ctr", daemon=f"{vm.id}/daemon")
        path = stack_path(guest_stack(world, vm.id), kind, op or OPS[kind][0], nodes, guest_id)
        inner = g.stack(world.hosts[g.host_id])
        return replace(path, engine=_engine(guest_stack(world, vm.id), path.op, inner))
    image = g.config.image if isinstance(g.config, ContainerConfig) else ""
    return stack_path(guest_stack(world, guest_id), kind, op or OPS[kind][0],
                      node_ids(g.host_id, guest_id, image), guest_id)


def native_path(host_id: str, kind: str, op: str | None = None) -> MechPath:
    """The same work as a process on a native host: the baseline every path is compared with."""
    return stack_path(Stack(StackConfig(Mode.NATIVE)), kind, op or OPS[kind][0], node_ids(host_id))
