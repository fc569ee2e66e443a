"""Encapsulation: a whole VM as one file, exported and imported elsewhere.

The file (``.vlabvm``, JSON) holds the VM's virtual hardware, workload and
name, like an OVA holds a VM's descriptor and disks.  Importing checks the VM
against the target host with the same rules as any placement.
"""

from __future__ import annotations

import json
import os

from core.files.errors import PROBLEM_CHARS
from core.files.excerpt import clip, excerpt
from core.files.reading import FileRefused, read_regular_file
from core.model.catalog import GUEST_OSES
from core.model.kinds import IoPath, Network, Technique
from core.model.objects import Guest, VmConfig
from core.model.workloads import WORKLOADS
from core.sim import rules

FORMAT = "virtlab-vm"
VERSION = 1
MAX_BYTES = 1024 * 1024


class ExportError(ValueError):
    """A file that is not a VirtLab VM export; the message (one short line) says why."""

    def __init__(self, message: str):
        super().__init__(clip(message, PROBLEM_CHARS))


def vm_to_dict(guest: Guest) -> dict:
    c = guest.config
    if not isinstance(c, VmConfig):
        raise ExportError("only virtual machines can be exported")
    return {"format": FORMAT, "version": VERSION, "name": guest.name, "workload": guest.workload,
            "os": c.os, "vcpus": c.vcpus, "memory_mb": c.memory_mb, "disk_gb": c.disk_gb,
            "technique": c.technique.value, "ept": c.ept, "io": c.io.value, "network": c.network.value,
            "thin_disk": c.thin_disk, "sriov": c.sriov}


def export_vm(guest: Guest, path: str | os.PathLike) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(vm_to_dict(guest), f, indent=2, ensure_ascii=False)


def vm_from_dict(d) -> tuple[VmConfig, str, str]:
    """(config, workload, name); raises ExportError naming the bad field."""
    if not isinstance(d, dict) or d.get("format") != FORMAT:
        raise ExportError("not a VirtLab VM file")
    if d.get("version") != VERSION:
        raise ExportError(f"unsupported version {excerpt(d.get('version'))}")
    try:
        cfg = VmConfig(d["os"], int(d["vcpus"]), int(d["memory_mb"]), int(d["disk_gb"]),
                       Technique(d["technique"]), bool(d["ept"]), IoPath(d["io"]), Network(d["network"]),
                       bool(d.get("thin_disk", True)), bool(d.get("sriov", False)))
        name, workload = str(d["name"]), str(d["workload"])
    except KeyError as e:
        raise ExportError(f"missing field {excerpt(e.args[0])}") from None
    except (TypeError, ValueError) as e:
        raise ExportError(str(e)) from None
    for field in ("vcpus", "memory_mb", "disk_gb"):  # here, so a 4,000-digit count is refused in a short message
        verdict = rules.check_range(field, getattr(cfg, field))
        if not verdict:
            raise ExportError(f"{field} must be between {verdict.params['low']} and {verdict.params['high']}; "
                              f"got {excerpt(getattr(cfg, field))}")
    if cfg.os not in GUEST_OSES:
        raise ExportError(f"unknown guest OS {excerpt(cfg.os)}")
    if workload not in WORKLOADS:
        raise ExportError(f"unknown workload {excerpt(workload)}")
    return cfg, workload, name


def read_vm(path: str | os.PathLike) -> tuple[VmConfig, str, str]:
    try:
        raw = read_regular_file(path, MAX_BYTES)
    except FileRefused as e:
        raise ExportError(e.problem) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as e:  # not UTF-8 or not JSON, a 5,000-digit integer, absurd nesting
        raise ExportError(f"not valid JSON: {e}") from None
    return vm_from_dict(data)


def check_import(world, host_id: str, cfg: VmConfig) -> rules.Verdict:
    return world.check_add_guest(host_id, cfg)
