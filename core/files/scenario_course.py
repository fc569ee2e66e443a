"""Scenario files: the course state a student builds on VMs (snapshots, clones, SR-IOV).

A VM in a ``.vlab`` file may carry its snapshot tree (``snapshots``: the
snapshots and which one is current) and, if it is a linked clone, the snapshot
of another VM whose disk it reads (``linked_to``).  This module checks what the
schema cannot (references, cycles, duplicates), turns the specs into
``core.sim.snapshots`` objects, and writes them back.  Problems are
``ScenarioError``s naming the field, like the rest of the loader.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.files.errors import ScenarioError
from core.files.excerpt import excerpt
from core.files.scenario_schema import ContainerSpec, SnapshotTreeSpec, VmHardware, VmSpec
from core.model.kinds import GuestState, IoPath, Network, Technique
from core.model.objects import VmConfig
from core.sim import rules
from core.sim.snapshots import Snapshot, SnapshotTree
from core.sim.world import World

Link = tuple[str, str]
NAME_MAX = 200  # SnapshotSpec.name's limit: a longer name (scripts allow it) is cut so the file loads


def _error(source: str, where: str, problem: str):
    return ScenarioError(source, where, problem)


def vm_config(h: VmHardware) -> VmConfig:
    return VmConfig(h.os, h.vcpus, h.memory_mb, h.disk_gb, Technique(h.technique), h.ept,
                    IoPath(h.io), Network(h.network), h.thin_disk, h.sriov)


def vm_hardware_dict(c: VmConfig) -> dict:
    return {"os": c.os, "vcpus": c.vcpus, "memory_mb": c.memory_mb, "disk_gb": c.disk_gb,
            "technique": c.technique.value, "ept": c.ept, "io": c.io.value, "network": c.network.value,
            "thin_disk": c.thin_disk, "sriov": c.sriov}


# --- loading ----------------------------------------------------------------------------

def _snapshot_config(h: VmHardware, where: str, source: str) -> VmConfig:
    """Only the host-independent rules: the VM may have moved since the snapshot was taken."""
    for name in ("vcpus", "memory_mb", "disk_gb"):
        v = rules.check_range(name, getattr(h, name))
        if not v:
            raise _error(source, f"{where}.{name}", v.message)
    if h.network not in {n.value for n in rules.VM_NETWORKS}:
        raise _error(source, f"{where}.network", f"a VM's network is nat, bridged or host-only, not {excerpt(h.network)}")
    return vm_config(h)


def _tree(spec: SnapshotTreeSpec, where: str, source: str) -> SnapshotTree:
    seen: dict[str, int] = {}
    for j, item in enumerate(spec.items):
        if item.id in seen:
            raise _error(source, f"{where}.items[{j}].id",
                         f"duplicate snapshot id {excerpt(item.id)} (also used by items[{seen[item.id]}])")
        seen[item.id] = j
    parents = {item.id: item.parent for item in spec.items}
    for j, item in enumerate(spec.items):
        if item.parent is not None and item.parent not in parents:
            raise _error(source, f"{where}.items[{j}].parent", f"this VM has no snapshot with the id {excerpt(item.parent)}")
    _no_cycle(parents, lambda sid: f"{where}.items[{seen[sid]}].parent", "snapshot parents", source)
    if spec.current is not None and spec.current not in parents:
        raise _error(source, f"{where}.current", f"this VM has no snapshot with the id {excerpt(spec.current)}")
    snaps = {}
    for j, item in enumerate(spec.items):
        config = _snapshot_config(item.config, f"{where}.items[{j}].config", source)
        snaps[item.id] = Snapshot(item.id, item.name, item.parent, config, item.workload,
                                  GuestState(item.state), float(item.time),
                                  tuple((c.id, GuestState(c.state)) for c in item.containers))
    return SnapshotTree(snaps, spec.current)


def _no_cycle(step: dict[str, str | None], field, what: str, source: str) -> None:
    """Refuse a loop in ``step`` (each key points to its parent or base, or None)."""
    done: set[str] = set()
    for start in step:
        path: list[str] = []
        node: str | None = start
        while node is not None and node not in done and node in step:
            if node in path:
                loop = path[path.index(node):] + [node]
                raise _error(source, field(node), f"{what} form a cycle ({' → '.join(loop)})")
            path.append(node)
            node = step[node]
        done.update(path)


def read_trees(guests: Sequence[VmSpec | ContainerSpec], source: str) -> dict[str, SnapshotTree]:
    """Each VM's snapshot tree, by guest id (VMs without snapshots are left out)."""
    trees = {}
    for i, g in enumerate(guests):
        if isinstance(g, VmSpec) and g.snapshots is not None and (g.snapshots.items or g.snapshots.current):
            trees[g.id] = _tree(g.snapshots, f"guests[{i}].snapshots", source)
    return trees


def read_links(guests: Sequence[VmSpec | ContainerSpec], trees: dict[str, SnapshotTree],
               source: str) -> dict[str, Link]:
    """Linked clone id -> (base VM id, snapshot id), every reference checked."""
    index = {g.id: (i, g) for i, g in enumerate(guests)}
    links: dict[str, Link] = {}
    for i, g in enumerate(guests):
        if not isinstance(g, VmSpec) or g.linked_to is None:
            continue
        where, base, sid = f"guests[{i}].linked_to", g.linked_to.guest, g.linked_to.snapshot
        if base not in index:
            raise _error(source, f"{where}.guest", f"no guest has the id {excerpt(base)}")
        if not isinstance(index[base][1], VmSpec):
            raise _error(source, f"{where}.guest", f"{excerpt(base)} is a container; a linked clone reads a VM's snapshot")
        if sid not in (trees[base].snaps if base in trees else {}):
            raise _error(source, f"{where}.snapshot", f"guest {excerpt(base)} has no snapshot with the id {excerpt(sid)}")
        links[g.id] = (base, sid)
    _no_cycle({c: b for c, (b, _) in links.items()}, lambda gid: f"guests[{index[gid][0]}].linked_to.guest",
              "linked clones", source)
    return links


# --- saving -----------------------------------------------------------------------------

def tree_dict(world: World, guest_id: str) -> dict | None:
    """The VM's snapshot tree as saved, or None when it has no snapshots."""
    t = world.snapshots.get(guest_id)
    if t is None or not t.snaps:
        return None
    items = []
    for s in t.snaps.values():
        items.append({"id": s.id, "name": s.name[:NAME_MAX], "parent": s.parent if s.parent in t.snaps else None,
                      "state": "running" if s.state is GuestState.RUNNING else "off", "time": float(s.time),
                      "workload": s.workload, "config": vm_hardware_dict(s.config),
                      **({"containers": [{"id": cid, "state": "running" if st is GuestState.RUNNING else "off"}
                                         for cid, st in s.containers]} if s.containers else {})})
    return {"current": t.current if t.current in t.snaps else None, "items": items}


def link_dict(world: World, guest_id: str) -> dict | None:
    """A linked clone's base, or None; a base that no longer exists is not written (the file would not load)."""
    base = world.links.get(guest_id)
    if base is None:
        return None
    base_id, sid = base
    t = world.snapshots.get(base_id)
    if base_id == guest_id or base_id not in world.guests or t is None or sid not in t.snaps:
        return None
    return {"guest": base_id, "snapshot": sid}


def read_in_vm(world: World, g: VmSpec | ContainerSpec, where: str, source: str) -> str | None:
    """A container's ``in_vm`` (format 4): a VM listed before it, running if the container runs."""
    in_vm = getattr(g, "in_vm", None)
    if in_vm is None:
        if g.kind == "container" and g.state == "suspended":
            raise _error(source, f"{where}.state", "only a container inside a suspended VM is suspended")
        return None
    vm = world.guests.get(in_vm)
    if vm is None or not vm.is_vm:
        raise _error(source, f"{where}.in_vm", f"no VM listed before this container has the id {in_vm!r}")
    if g.state == "running" and vm.state is not GuestState.RUNNING:
        raise _error(source, f"{where}.state", "a container inside a VM can run only while its VM runs")
    if g.state == "suspended" and vm.state is not GuestState.SUSPENDED:
        raise _error(source, f"{where}.state", "a container inside a VM is suspended only with its VM")
    return in_vm
