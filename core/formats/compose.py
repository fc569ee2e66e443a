"""Docker Compose files (``compose.yaml`` / ``docker-compose.yml``, v2 and v3 syntax): import and export.

Keys follow the Compose specification [ComposeSpec]:
``services.NAME.image``, ``cpus``, ``mem_limit``, ``deploy.resources.limits``
(``cpus``, ``memory``), ``cpu_quota``/``cpu_period``, ``ports``,
``network_mode``, ``labels``.  Build contexts, volumes, env files and secrets
are paths: reported, never read.  Variables (``${X}``) are not expanded.
"""

from __future__ import annotations

import os
import re

from core.formats.mapping import map_image, size_to_mb, to_number
from core.formats.model import FormatError, Imported, ImportedGuest, shown
from core.formats.safe_read import decode, dump_yaml, parse_yaml, read_bytes
from core.model.catalog import IMAGES
from core.model.kinds import Mode, Network, Product
from core.model.objects import ContainerConfig, Guest
from core.model.workloads import WORKLOADS
from core.sim.rules import LIMITS

MAX_SERVICES = 200
MAX_PORTS = 64
WORKLOAD_LABEL, NAME_LABEL = "virtlab.workload", "virtlab.name"
# Service keys whose values name files or directories on the machine that ran Compose.
_PATHS = {"build", "volumes", "env_file", "secrets", "configs", "extends", "dockerfile", "label_file"}
_HANDLED = {"image", "cpus", "mem_limit", "deploy", "ports", "network_mode", "labels", "cpu_quota", "cpu_period",
            "container_name"}


def _fail(src: str, where: str, problem: str) -> FormatError:
    return FormatError(src, f"{where}: {problem}")


def _limit(value: float, name: str) -> float:
    low, high, _ = LIMITS[name]
    return max(low, min(high, value))


def _cpus(imp: Imported, name: str, svc: dict) -> float:
    limits = ((svc.get("deploy") or {}).get("resources") or {}).get("limits") or {}
    raw, key = (limits.get("cpus"), "deploy.resources.limits.cpus") if "cpus" in limits else (svc.get("cpus"), "cpus")
    if raw is None and svc.get("cpu_quota") is not None:
        quota, period = to_number(svc.get("cpu_quota")), to_number(svc.get("cpu_period", 100_000))
        if quota and period:  # CFS quota per period = cores [ComposeSpec, cpu_quota / cpu_period]
            raw, key = quota / period, "cpu_quota/cpu_period"
    default = ContainerConfig("busybox").cpu_limit
    if raw is None:
        imp.mapped(name, "cpu_limit", "", default, "assumed")
        return default
    n = to_number(raw)
    if n is None or n <= 0:
        imp.mapped(name, "cpu_limit", f"{key}: {raw}", default, "bad_number")
        return default
    out = round(_limit(n, "cpu_limit"), 3)
    imp.mapped(name, "cpu_limit", f"{key}: {raw}", out, "" if out == n else "rounded")
    return out


def _memory(imp: Imported, name: str, svc: dict) -> int:
    limits = ((svc.get("deploy") or {}).get("resources") or {}).get("limits") or {}
    raw, key = (limits.get("memory"), "deploy.resources.limits.memory") if "memory" in limits \
        else (svc.get("mem_limit"), "mem_limit")
    default = ContainerConfig("busybox").memory_limit_mb
    if raw is None:
        imp.mapped(name, "memory_limit", "", default, "assumed")
        return default
    mb = size_to_mb(raw)
    if mb is None or mb <= 0:
        imp.mapped(name, "memory_limit", f"{key}: {raw}", default, "bad_number")
        return default
    out = int(round(_limit(mb, "memory_limit_mb")))
    imp.mapped(name, "memory_limit", f"{key}: {raw}", out, "" if out == mb else "rounded")
    return out


def _port(item) -> tuple[int, int] | None:
    if isinstance(item, dict):
        host, target = to_number(item.get("published")), to_number(item.get("target"))
    else:
        m = re.fullmatch(r"(?:[0-9.\[\]:a-fA-F]*:)?(\d{1,5}):(\d{1,5})(?:/(?:tcp|udp|sctp))?", shown(item, 100).strip())
        host, target = (float(m[1]), float(m[2])) if m else (None, None)
    if host is None or target is None or not (0 < host < 65536 and 0 < target < 65536):
        return None
    return int(host), int(target)


def _ports(imp: Imported, name: str, svc: dict) -> tuple[tuple[int, int], ...]:
    raw = svc.get("ports") or []
    if not isinstance(raw, list):
        imp.ignored(name, "ports", raw, "unknown_value")
        return ()
    out = []
    for item in raw[:MAX_PORTS]:
        p = _port(item)
        if p is None:
            imp.ignored(name, "ports", item, "unknown_value")  # ranges, or no published port
        elif p not in out:
            out.append(p)
    if len(raw) > MAX_PORTS:
        imp.ignored(name, "ports", f"{len(raw) - MAX_PORTS} more", "too_many")
    if out:
        imp.mapped(name, "ports", ", ".join(f"{h}:{c}" for h, c in out), len(out))
    return tuple(out)


def _labels(svc: dict) -> dict:
    labels = svc.get("labels") or {}
    if isinstance(labels, list):  # ["key=value", ...]
        labels = dict(shown(x, 200).partition("=")[::2] for x in labels[:MAX_PORTS])
    return labels if isinstance(labels, dict) else {}


def _service(imp: Imported, key: str, svc: dict) -> ImportedGuest:
    labels = _labels(svc)
    name = shown(labels.get(NAME_LABEL) or key)
    ref = svc.get("image")
    if not isinstance(ref, str) or not ref.strip():
        image, exact = "busybox", False
        imp.mapped(name, "image", "(no image: built from source)" if "build" in svc else "", image, "stand_in")
    else:
        image, exact = map_image(ref)
        imp.mapped(name, "image", ref, image, "" if exact else "stand_in")
    cpus, memory = _cpus(imp, name, svc), _memory(imp, name, svc)
    mode = shown(svc.get("network_mode") or "bridge")
    network = Network.HOST if mode == "host" else Network.NAT
    if mode not in ("host", "bridge"):
        imp.ignored(name, "network", f"network_mode: {mode}", "unknown_value")
    imp.mapped(name, "network", f"network_mode: {mode}", network.value, "" if mode in ("host", "bridge") else "assumed")
    ports = _ports(imp, name, svc) if network is Network.NAT else ()
    workload = labels.get(WORKLOAD_LABEL)
    if not isinstance(workload, str) or workload not in WORKLOADS:
        workload = IMAGES[image].workload
        imp.mapped(name, "workload", "", workload, "assumed")
    deploy = svc.get("deploy") or {}
    for k in sorted(k for k in deploy if k != "resources"):
        imp.ignored(name, "setting", f"deploy.{k}", "not_simulated")
    reservations = (deploy.get("resources") or {}).get("reservations")
    if reservations:
        imp.ignored(name, "setting", f"deploy.resources.reservations: {reservations}", "not_simulated")
    for k, v in sorted(((str(k), v) for k, v in svc.items() if k not in _HANDLED), key=lambda kv: kv[0]):
        imp.ignored(name, "setting", f"{k}: {v}" if k in _PATHS else k, "reference" if k in _PATHS else "not_simulated")
    return ImportedGuest(name, ContainerConfig(image, cpus, memory, network, ports), workload)


def import_compose(path: str | os.PathLike) -> Imported:
    src = str(path)
    data = parse_yaml(decode(read_bytes(path), src), src)
    if not isinstance(data, dict) or not isinstance(data.get("services"), dict):
        raise FormatError(src, "not a Compose file: no 'services' mapping")
    services = data["services"]
    if not services:
        raise FormatError(src, "the Compose file has no services")
    if len(services) > MAX_SERVICES:
        raise FormatError(src, f"{len(services)} services; the limit is {MAX_SERVICES}")
    imp = Imported(os.path.basename(src), "compose", Mode.CONTAINER, Product.DOCKER)
    imp.mapped("", "hypervisor", f"Compose file (version {shown(data.get('version', 'spec'), 20)})",
               f"{Mode.CONTAINER.value}/{Product.DOCKER.value}")
    for key, svc in services.items():
        if not isinstance(svc, dict):
            raise _fail(src, f"services.{shown(key, 40)}", "expected a mapping of settings")
        try:
            imp.guests.append(_service(imp, shown(key, 80), svc))
        except (AttributeError, TypeError):  # a section that should be a mapping is a list or a scalar
            raise _fail(src, f"services.{shown(key, 40)}", "a section (deploy, resources, limits) is not a mapping") \
                from None
    networks = data.get("networks")
    if isinstance(networks, dict):
        for net, spec in list(networks.items())[:MAX_PORTS]:
            driver = (spec or {}).get("driver", "bridge") if isinstance(spec, dict) else "bridge"
            imp.mapped("", "network", f"networks.{net} (driver {driver})", "nat",
                       "" if driver == "bridge" else "stand_in")
    for k in sorted(str(k) for k in data if k not in ("services", "version", "networks", "name")):
        imp.ignored("", "setting", k, "not_simulated")
    return imp


# --- export -----------------------------------------------------------------------------

def _service_key(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9._-]+", "-", name.lower()).strip("-._") or "service"
    key, n = base[:60], 2
    while key in taken:
        key, n = f"{base[:56]}-{n}", n + 1
    taken.add(key)
    return key


def export_compose(guests: list[Guest], project: str) -> str:
    """The containers ``guests`` as one Compose project (validated by ``docker compose config``)."""
    services: dict[str, dict] = {}
    taken: set[str] = set()
    for g in guests:
        c = g.config
        if not isinstance(c, ContainerConfig):
            continue
        svc: dict = {"image": c.image, "cpus": float(c.cpu_limit), "mem_limit": f"{c.memory_limit_mb}m"}
        if c.network is Network.HOST:
            svc["network_mode"] = "host"
        elif c.ports:
            svc["ports"] = [f"{h}:{p}" for h, p in c.ports]
        svc["labels"] = {NAME_LABEL: "".join(ch for ch in g.name if ch.isprintable()), WORKLOAD_LABEL: g.workload}
        services[_service_key(g.name, taken)] = svc
    if not services:
        raise ValueError("this host has no containers to export")
    name = re.sub(r"[^a-z0-9_-]+", "-", project.lower()).strip("-_") or "virtlab"
    return dump_yaml({"name": name[:60], "services": services})
