"""Scenario files (.vlab): a versioned JSON description of a lab.

Loading is three passes, each of which reports the first problem as a
``ScenarioError`` naming the file, the field ("guests[3].vcpus") and what is
wrong:

1. the file itself: a regular file of at most 5 MB (``reading.py``), JSON
   (``scenario_json.py``), a VirtLab scenario of a version this VirtLab
   knows, not too many hosts or guests;
2. the schema (pydantic, strict types, unknown fields refused);
3. the world: unique ids, guests on hosts that exist, and every guest allowed
   on its host by ``core.sim.rules`` (the rule's own message is quoted); snapshot
   trees and linked clones (``scenario_course.py``) refer to what exists.

Nothing but ``ScenarioError`` escapes for bad input; it quotes values with
``excerpt.excerpt`` (short, invisible characters escaped).  The format is described
for instructors in ``docs/scenario-format.md``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace

from pydantic import ValidationError

from core.course.goals import Goal, GoalListError, parse_goals
from core.files import record as records
from core.files import scenario_images
from core.files.errors import ScenarioError, TooBigError
from core.files.excerpt import excerpt
from core.files.reading import FileRefused, read_regular_file
from core.files.scenario_course import (
    link_dict,
    read_in_vm,
    read_links,
    read_trees,
    tree_dict,
    vm_config,
    vm_hardware_dict,
)
from core.files.scenario_json import parse_json
from core.files.scenario_migrate import migrate
from core.files.scenario_schema import ContainerSpec, HostSpec, ScenarioSpec, VmSpec
from core.files.writing import write_atomically
from core.model.catalog import IMAGES
from core.model.hardware import HOST_TEMPLATES, Cpu, Disk, Hardware, Nic
from core.model.kinds import PRODUCTS_BY_MODE, GuestState, Mode, Network, Product
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.sim import isolation, nesting, rules
from core.sim.world import World

FORMAT = "virtlab-scenario"
VERSION = 4  # see core/scenario_migrate.py for what changed
# Limits that keep a hostile or broken file from exhausting memory or time.
MAX_BYTES = 5 * 1024 * 1024
MAX_HOSTS = 500
MAX_GUESTS = 20_000
GOAL_TEXT_MAX = 500  # as a translated goal text (scenario_schema.LabTranslation)
# Hardware a host built on the "custom" template starts from before overrides.
CUSTOM_BASE = "lab-pc"


@dataclass
class Scenario:
    title: str
    description: str
    seed: int
    tick_seconds: float
    world: World
    goals: list[Goal] = field(default_factory=list)
    i18n: dict = field(default_factory=dict)  # {"zh_CN": {"title", "description", "goals": [...], "names": {id: name}}}
    # The file's record of what a student did, or a new one that starts at this lab.
    record: records.Record | None = None


# --- loading --------------------------------------------------------------------------

def load_scenario(path: str | os.PathLike, history: int = 240, limits: tuple[int, int] | None = None) -> Scenario:
    """Read a .vlab file; ``history`` is how many samples the world keeps.

    ``limits``: (hosts, guests) below the file limits (the window's own, smaller caps);
    a lab over them raises ``TooBigError`` before the slow validation starts.
    """
    src = str(path)
    try:
        raw = read_regular_file(path, MAX_BYTES)
    except FileRefused as e:
        raise ScenarioError(src, "", e.problem) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ScenarioError(src, "", f"not UTF-8 text (byte {e.start})") from None
    return loads_scenario(text, source=src, history=history, limits=limits)


def loads_scenario(text: str, source: str = "<string>", history: int = 240,
                   limits: tuple[int, int] | None = None) -> Scenario:
    if len(text) > MAX_BYTES:
        raise ScenarioError(source, "", f"scenario is larger than {MAX_BYTES // 2**20} MB")
    data = parse_json(text, source)
    _check_header(data, source, limits or (MAX_HOSTS, MAX_GUESTS))
    data = migrate(data, VERSION, source)
    try:
        spec = ScenarioSpec.model_validate(data)
    except ValidationError as e:
        raise _from_pydantic(e, source) from None
    world = _build_world(spec, source, history)
    isolation.oom_kill(world)  # a running container over its memory limit (a hand-made file) is ended
    goals = _goals(spec.goals, world, source, student_work=spec.record is not None)
    i18n = {lang: t.model_dump(exclude_none=True, exclude_defaults=True) for lang, t in spec.i18n.items()}
    for lang, t in i18n.items():
        if len(t.get("goals", ())) > len(goals):
            raise ScenarioError(source, f"i18n.{lang}.goals", f"{len(t['goals'])} texts for {len(goals)} goals")
        for obj_id in t.get("names", {}):
            if obj_id not in world.hosts and obj_id not in world.guests:
                raise ScenarioError(source, f"i18n.{lang}.names.{obj_id}", "no host or guest has this id")
    record = (records.from_dict(spec.record.model_dump()) if spec.record is not None
              else records.Record(records.lab_hash(data), spec.seed))
    return Scenario(spec.title, spec.description, spec.seed, spec.settings.tick_seconds, world, goals, i18n, record)


def _goals(items: list[dict], world: World, source: str, student_work: bool) -> list[Goal]:
    try:
        goals = parse_goals(items, set(world.hosts), hosts_must_exist=not student_work)
    except GoalListError as e:
        raise ScenarioError(source, e.field, e.problem) from None
    for i, goal in enumerate(goals):
        if len(goal.text) > GOAL_TEXT_MAX:  # a 4 MB goal text took the window seconds to lay out
            raise ScenarioError(source, f"goals[{i}].text", f"{len(goal.text)} characters; the limit is {GOAL_TEXT_MAX}")
    return goals


def _check_header(data, source: str, limits: tuple[int, int] = (MAX_HOSTS, MAX_GUESTS)) -> None:
    """Format and version first: a newer file may not match this schema at all."""
    if not isinstance(data, dict):
        raise ScenarioError(source, "", "not a VirtLab scenario: expected a JSON object")
    if data.get("format") != FORMAT:
        raise ScenarioError(source, "format", f"not a VirtLab scenario (format must be {FORMAT!r})")
    version = data.get("version")
    if type(version) is not int:
        raise ScenarioError(source, "version", "missing or not an integer")
    if version > VERSION:
        raise ScenarioError(source, "version",
                            f"this file needs VirtLab format {version}; this VirtLab reads up to {VERSION}")
    if version < 1:
        raise ScenarioError(source, "version", f"unknown format version {version}")
    for key, limit in zip(("hosts", "guests"), limits, strict=True):
        items = data.get(key)
        if isinstance(items, list) and len(items) > limit:
            raise TooBigError(source, key, f"too many {key} ({len(items)}); the limit is {limit}", len(items), limit)


def _field_path(loc) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("vm", "container") and re.fullmatch(r"guests\[\d+\]", out):
            continue  # pydantic's tag of the discriminated union, not a field
        else:  # a key may come from the file (an unknown field): quoted short
            part = str(part) if str(part).isidentifier() and len(str(part)) <= 40 else excerpt(str(part), 40)
            out += f".{part}" if out else part
    return out


def _problem(err: dict) -> str:
    kind, msg = err["type"], err["msg"]
    if kind == "missing":
        return "missing required field"
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "value_error":
        return msg.removeprefix("Value error, ")
    if kind in ("union_tag_not_found", "union_tag_invalid"):
        return "'kind' must be 'vm' or 'container'"
    return f"{msg} (got {excerpt(err.get('input'))})"


def _from_pydantic(e: ValidationError, source: str) -> ScenarioError:
    first = e.errors(include_url=False)[0]
    return ScenarioError(source, _field_path(first["loc"]), _problem(first))


def _hardware(spec: HostSpec) -> Hardware:
    base = HOST_TEMPLATES[CUSTOM_BASE if spec.template == "custom" else spec.template]
    o = spec.hardware
    if o is None:
        return replace(base, template=spec.template)

    def pick(obj, name, default):
        value = getattr(obj, name) if obj is not None else None
        return default if value is None else value

    cpu = Cpu(*(pick(o, n, getattr(base.cpu, n)) for n in ("cores", "ghz", "vendor", "vtx", "ept", "iommu")))
    disk = Disk(pick(o.disk, "seq_mbs", base.disk.seq_mbs), pick(o.disk, "iops", base.disk.iops))
    nic = Nic(pick(o.nic, "gbps", base.nic.gbps), pick(o.nic, "sriov", base.nic.sriov))
    return Hardware(cpu, pick(o, "memory_mb", base.memory_mb), disk, nic,
                    pick(o, "mem_bw_gbs", base.mem_bw_gbs), pick(o, "datastore_gb", base.datastore_gb),
                    template=spec.template)


# Which field a refusal is about, by the rule's reason code.
_RULE_FIELD = {
    "product_mode_mismatch": "product", "needs_vtx": "product", "needs_ept": "product",
    "needs_linux_host": "host_os", "unknown_os": "os", "unknown_image": "image",
    "vcpus_exceed_cores": "vcpus", "memory_exceeds_host": "memory_mb", "bad_network": "network",
    "technique_needs_vtx": "technique", "os_not_paravirtualizable": "technique",
    "technique_not_offered": "technique", "passthrough_not_hosted": "io",
    "passthrough_needs_iommu": "io", "cpu_limit_exceeds_cores": "cpu_limit",
    "native_runs_no_vms": "host", "container_host_runs_no_vms": "host",
    "container_needs_linux_kernel": "host", "container_needs_engine": "host",
    "memory_below_os_minimum": "memory_mb", "datastore_full": "disk_gb",
    "sriov_needs_nic": "sriov", "sriov_needs_iommu": "sriov", "sriov_no_free_vf": "sriov",
}


def _rule_field(prefix: str, v: rules.Verdict) -> str:
    name = v.params.get("field") if v.code == "value_out_of_range" else _RULE_FIELD.get(v.code)
    return f"{prefix}.{name}" if name else prefix


def _build_world(spec: ScenarioSpec, source: str, history: int) -> World:
    world = World(seed=spec.seed, history=history)
    seen: dict[str, str] = {}

    def claim(obj_id: str, where: str) -> None:
        if obj_id in seen:
            raise ScenarioError(source, f"{where}.id", f"duplicate id {excerpt(obj_id)} (also used by {seen[obj_id]})")
        seen[obj_id] = where

    for i, h in enumerate(spec.hosts):
        where = f"hosts[{i}]"
        claim(h.id, where)
        mode = Mode(h.mode)
        product = Product(h.product) if h.product else (PRODUCTS_BY_MODE[mode] or (None,))[0]
        host = Host(h.id, h.name, _hardware(h), Mode.NATIVE, None, h.host_os, set(h.image_cache),
                    page_sharing=h.page_sharing)
        verdict = rules.check_mode(host, mode, product, [])
        if not verdict:
            raise ScenarioError(source, _rule_field(where, verdict), verdict.message)
        host.mode, host.product = mode, product
        world.add_host(host)

    for i, g in enumerate(spec.guests):
        claim(g.id, f"guests[{i}]")
    trees = read_trees(spec.guests, source)
    links = read_links(spec.guests, trees, source)
    for i, g in enumerate(spec.guests):
        where = f"guests[{i}]"
        if g.host not in world.hosts:
            raise ScenarioError(source, f"{where}.host", f"no host has the id {excerpt(g.host)}")
        config = _guest_config(g)
        if g.id in links:  # before the checks: a linked clone's disk is charged only as a delta
            world.links[g.id] = links[g.id]
        verdict = world.check_add_guest(g.host, config, g.id in links, in_vm := read_in_vm(world, g, where, source))
        if not verdict:
            host_name = world.hosts[g.host].name
            raise ScenarioError(source, _rule_field(where, verdict),
                                f"not allowed on host {excerpt(host_name, 40)} [{verdict.code}]: {verdict.message}")
        workload = g.workload or IMAGES[g.image].workload  # VMs always have one (default "idle")
        state = GuestState(g.state)
        guest = world.add_guest(Guest(g.id, g.name, g.host, config, workload, state, in_vm=in_vm))
        if isinstance(g, ContainerSpec) and state is GuestState.RUNNING:
            world.hosts[g.host].image_cache.update(nesting.cache_keys(guest))  # it ran, so it was pulled
    # Snapshot files last: the guests were placed before their snapshots were taken.
    world.snapshots.update(trees)
    return scenario_images.build_images(spec.images, world, source)  # images last: they are built on the hosts


def _guest_config(g: VmSpec | ContainerSpec) -> VmConfig | ContainerConfig:
    if isinstance(g, VmSpec):
        return vm_config(g)
    ports = tuple((p.host, p.container) for p in g.ports)
    return ContainerConfig(g.image, g.cpu_limit, g.memory_limit_mb, Network(g.network), ports, g.built)


# --- saving ---------------------------------------------------------------------------

# Guest states as saved: a transition in progress is saved as where it is going.
_SAVED_STATE = {
    GuestState.OFF: "off", GuestState.CRASHED: "off", GuestState.PULLING: "running",
    GuestState.STARTING: "running", GuestState.RUNNING: "running", GuestState.SUSPENDED: "suspended",
}


def _hardware_dict(hw: Hardware) -> tuple[str, dict]:
    """The template name and only the fields that differ from it."""
    template = hw.template if hw.template in HOST_TEMPLATES else "custom"
    base = HOST_TEMPLATES[CUSTOM_BASE if template == "custom" else template]
    out: dict = {}
    for n in ("cores", "ghz", "vendor", "vtx", "ept", "iommu"):
        if getattr(hw.cpu, n) != getattr(base.cpu, n):
            out[n] = getattr(hw.cpu, n)
    for n in ("memory_mb", "mem_bw_gbs", "datastore_gb"):
        if getattr(hw, n) != getattr(base, n):
            out[n] = getattr(hw, n)
    for part, names in (("disk", ("seq_mbs", "iops")), ("nic", ("gbps", "sriov"))):
        sub = {n: getattr(getattr(hw, part), n) for n in names
               if getattr(getattr(hw, part), n) != getattr(getattr(base, part), n)}
        if sub:
            out[part] = sub
    return template, out


def _guest_dict(world: World, g: Guest) -> dict:
    c = g.config
    d: dict = {"kind": g.kind.value, "id": g.id, "name": g.name, "host": g.host_id,
               "workload": g.workload, "state": _SAVED_STATE[g.state], **({"in_vm": g.in_vm} if g.in_vm else {})}
    if isinstance(c, VmConfig):
        d.update(vm_hardware_dict(c))
        tree = tree_dict(world, g.id)
        if tree:
            d["snapshots"] = tree
        link = link_dict(world, g.id)
        if link:
            d["linked_to"] = link
    else:
        # Only a suspended VM freezes containers (core.sim.nesting); none suspends by itself.
        state = "off" if d["state"] == "suspended" and not g.in_vm else d["state"]
        if state == "running" and isolation.over_memory_limit(c):  # starting now, killed when it runs:
            state = "off"  # written as a crashed guest is, so a reopened lab is the same lab
        d.update(state=state, image=c.image,
                 cpu_limit=float(c.cpu_limit), memory_limit_mb=c.memory_limit_mb, **({"built": c.built} if c.built else {}),
                 network=c.network.value, ports=[{"host": h, "container": p} for h, p in c.ports])
    return d


def world_to_dict(world: World, title: str = "", description: str = "",
                  seed: int | None = None, tick_seconds: float = 1.0, goals: list[Goal] = (),
                  i18n: dict | None = None, record: dict | None = None) -> dict:
    hosts = []
    for h in world.hosts.values():
        template, overrides = _hardware_dict(h.hardware)
        d = {"id": h.id, "name": h.name, "template": template}
        if overrides:
            d["hardware"] = overrides
        d.update(mode=h.mode.value, product=h.product.value if h.product else None, host_os=h.host_os)
        if h.page_sharing:
            d["page_sharing"] = True
        if h.image_cache:
            d["image_cache"] = sorted(h.image_cache)
        hosts.append(d)
    # A translated name of an object the user has deleted would make the file unloadable.
    ids = world.hosts.keys() | world.guests.keys()
    i18n = {lang: {**t, "names": {k: v for k, v in t["names"].items() if k in ids}} if "names" in t else t
            for lang, t in (i18n or {}).items()}
    return {
        "format": FORMAT, "version": VERSION, "title": title, "description": description,
        "seed": world.seed if seed is None else seed,
        "settings": {"tick_seconds": float(tick_seconds)},
        "hosts": hosts,
        "guests": [_guest_dict(world, g) for g in world.guests.values()],
        **({"goals": [g.to_dict() for g in goals]} if goals else {}),
        **({"i18n": i18n} if i18n else {}),
        **({records.KEY: record} if record else {}), **scenario_images.images_entry(world),
    }


def scenario_bytes(world: World, title: str = "", description: str = "", seed: int | None = None,
                   tick_seconds: float = 1.0, goals: list[Goal] = (), i18n: dict | None = None,
                   record: dict | None = None) -> bytes:
    """The lab file's content: indented UTF-8 JSON (a student's record last, one item per line)."""
    data = world_to_dict(world, title, description, seed, tick_seconds, goals, i18n, record)
    return records.dumps_lab(data).encode("utf-8")


def save_scenario(world: World, path: str | os.PathLike, title: str = "", description: str = "",
                  tick_seconds: float = 1.0, goals: list[Goal] = (), i18n: dict | None = None,
                  seed: int | None = None) -> None:
    """Write atomically: a half-written file never replaces a good one."""
    write_atomically(path, scenario_bytes(world, title, description, seed, tick_seconds, goals, i18n))
