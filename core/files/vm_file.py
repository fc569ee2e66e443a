"""Encapsulation: a whole VM as one file, exported and imported elsewhere.

The file (``.vlabvm``, JSON) holds the VM's virtual hardware, workload and
name, like an OVA holds a VM's descriptor and disks.  Importing checks the VM
against the target host with the same rules as any placement.
"""

from __future__ import annotations

import json
import os

from core.model.catalog import GUEST_OSES
from core.model.kinds import IoPath, Network, Technique
from core.model.objects import Guest, VmConfig
from core.model.workloads import WORKLOADS
from core.sim import rules

FORMAT = "virtlab-vm"
VERSION = 1
MAX_BYTES = 1024 * 1024


class ExportError(ValueError):
    """A file that is not a VirtLab VM export; the message says why."""


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
        raise ExportError(f"unsupported version {d.get('version')!r}")
    try:
        cfg = VmConfig(d["os"], int(d["vcpus"]), int(d["memory_mb"]), int(d["disk_gb"]),
                       Technique(d["technique"]), bool(d["ept"]), IoPath(d["io"]), Network(d["network"]),
                       bool(d.get("thin_disk", True)), bool(d.get("sriov", False)))
        name, workload = str(d["name"]), str(d["workload"])
    except KeyError as e:
        raise ExportError(f"missing field {e.args[0]}") from None
    except (TypeError, ValueError) as e:
        raise ExportError(str(e)) from None
    if cfg.os not in GUEST_OSES:
        raise ExportError(f"unknown guest OS {cfg.os!r}")
    if workload not in WORKLOADS:
        raise ExportError(f"unknown workload {workload!r}")
    return cfg, workload, name


def read_vm(path: str | os.PathLike) -> tuple[VmConfig, str, str]:
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError as e:
        raise ExportError(f"cannot read the file: {e.strerror or e}") from None
    if len(raw) > MAX_BYTES:
        raise ExportError("file too large")
    try:
        return vm_from_dict(json.loads(raw.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ExportError(f"not valid JSON: {e}") from None


def check_import(world, host_id: str, cfg: VmConfig) -> rules.Verdict:
    return world.check_add_guest(host_id, cfg)
