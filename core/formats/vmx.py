"""VMware ``.vmx`` files (Workstation and ESXi): import and export.

A ``.vmx`` is lines of ``key = "value"``.  VMware publishes no schema for it, so
the keys used here are the ones Workstation and ESXi write (assumption: read
from files those products produce, not from a specification)
(``numvcpus``, ``memsize``, ``guestOS``, ``ethernetN.virtualDev``,
``ethernetN.connectionType``, ``scsiN:M.fileName``, ``firmware``,
``monitor.virtual_exec`` / ``monitor.virtual_mmu``, ``pciPassthruN.present``).
Disk sizes live in the ``.vmdk`` files the ``.vmx`` names; those paths are
never opened, so VirtLab keeps the size it exports under ``guestinfo.virtlab.*``
(``guestinfo`` keys are free-form variables VMware passes to the guest).
"""

from __future__ import annotations

import os
import re

from core.formats.model import FormatError, Imported
from core.formats.safe_read import decode, read_bytes
from core.formats.vmfacts import DiskFact, NicFact, VmFacts, build_vm
from core.model.kinds import IoPath, Mode, Network, Product, Technique
from core.model.objects import Guest, Host, VmConfig

MAX_LINES = 20_000
_DISK_KEY = re.compile(r"^(scsi|sata|ide|nvme)(\d+):(\d+)\.(\w+)$")
_NIC_KEY = re.compile(r"^ethernet(\d+)\.(\w+)$")
_NETWORKS = {"nat": Network.NAT, "bridged": Network.BRIDGED, "hostonly": Network.HOST_ONLY}
# Keys that name other files (disks, NVRAM, logs): reported, never followed.
_PATH_SUFFIXES = ("filename", "nvram", "extendedconfigfile", "vmxstats.filename", "checkpoint.vmstate")
# Bookkeeping keys with nothing to simulate or report.
_QUIET = {".encoding", "config.version", "virtualhw.version", "displayname", "guestos", "numvcpus", "memsize",
          "firmware", "monitor.virtual_exec", "monitor.virtual_mmu", "cpuid.corespersocket"}


def parse_vmx(text: str, src: str) -> dict[str, str]:
    """Keys lowercased (VMware ignores their case), values unquoted; later keys win as in VMware."""
    out: dict[str, str] = {}
    lines = text.splitlines()
    if len(lines) > MAX_LINES:
        raise FormatError(src, f"more than {MAX_LINES} lines: not a .vmx file")
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not sep or not key or any(c.isspace() for c in key):
            raise FormatError(src, f"line {n}: expected key = \"value\"")
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        out[key] = value
    if not out:
        raise FormatError(src, "no settings: not a .vmx file")
    return out


def _true(v: str | None) -> bool:
    return (v or "").strip().lower() in ("true", "1", "yes")


def import_vmx(path: str | os.PathLike) -> Imported:
    src = str(path)
    keys = parse_vmx(decode(read_bytes(path), src), src)
    virtlab = {k.removeprefix("guestinfo.virtlab."): v for k, v in keys.items() if k.startswith("guestinfo.virtlab.")}
    esxi = any(k.endswith(".networkname") for k in keys) and not any(k.endswith(".connectiontype") for k in keys)
    if virtlab.get("product") in (Product.ESXI.value, Product.VMWARE_WORKSTATION.value):
        esxi = virtlab["product"] == Product.ESXI.value
    product = Product.ESXI if esxi else Product.VMWARE_WORKSTATION
    imp = Imported(os.path.basename(src), "vmx", Mode.BARE_METAL if esxi else Mode.HOSTED, product)
    why = "port groups (networkName)" if esxi else "connection types / virtual hardware"
    imp.mapped("", "hypervisor", f".vmx with {why}", f"{imp.mode.value}/{product.value}")

    f = VmFacts(name=keys.get("displayname", ""), os_id=keys.get("guestos", ""), vcpus=keys.get("numvcpus"),
                memory_mb=keys.get("memsize"), firmware=keys.get("firmware", ""), disk_note="reference",
                virtlab=virtlab)
    exec_mode, mmu = keys.get("monitor.virtual_exec", "").lower(), keys.get("monitor.virtual_mmu", "").lower()
    f.technique = {"software": Technique.FULL, "hardware": Technique.HARDWARE}.get(exec_mode)
    f.ept = {"software": False, "hardware": True}.get(mmu)

    used: set[str] = set()
    disks: dict[tuple, dict] = {}
    nics: dict[int, dict] = {}
    for k, v in keys.items():
        if m := _DISK_KEY.match(k):
            disks.setdefault((m[1], int(m[2]), int(m[3])), {})[m[4]] = v
            used.add(k)
        elif m := _NIC_KEY.match(k):
            nics.setdefault(int(m[1]), {})[m[2]] = v
            used.add(k)
    for (bus, ctl, unit), d in sorted(disks.items()):
        kind = d.get("devicetype", "disk").lower()
        if "filename" in d:
            imp.ignored(f.name, "disks", f"{bus}{ctl}:{unit}.fileName = {d['filename']}", "reference")
        if not _true(d.get("present", "TRUE")):
            continue
        if "cdrom" in kind or "floppy" in kind:
            imp.ignored(f.name, "setting", f"{bus}{ctl}:{unit} {kind}", "not_simulated")
            continue
        controller = keys.get(f"{bus}{ctl}.virtualdev", "lsilogic" if bus == "scsi" else bus)
        f.disks.append(DiskFact(bus=controller))
    for _, d in sorted(nics.items()):
        if not _true(d.get("present")):
            continue
        model = d.get("virtualdev", "e1000")  # assumption: Workstation's default adapter for most guests
        ctype = d.get("connectiontype", "").lower()
        network = _NETWORKS.get(ctype)
        raw = ctype
        if network is None and "networkname" in d:
            network, raw = Network.BRIDGED, f"networkName {d['networkname']}"  # a port group on a physical uplink
        f.nics.append(NicFact(model, network, raw, sriov=model.lower() == "sriov"))
    if any(_true(v) for k, v in keys.items() if re.fullmatch(r"pcipassthru\d+\.present", k)):
        f.passthrough = "pciPassthru"

    guest = build_vm(imp, f, os.path.splitext(os.path.basename(src))[0])
    rest = sorted(k for k in keys if k not in used and k not in _QUIET and not k.startswith("guestinfo.virtlab."))
    paths = [k for k in rest if k.endswith(_PATH_SUFFIXES)]
    other = [k for k in rest if k not in paths]
    for k in paths:
        imp.ignored(guest.name, "setting", f"{k} = {keys[k]}", "reference")
    if other:
        sample = ", ".join(other[:6]) + (", …" if len(other) > 6 else "")
        imp.ignored(guest.name, "setting", f"{len(other)} other setting{'s' if len(other) > 1 else ''}: {sample}", "not_simulated")
    imp.guests.append(guest)
    return imp


# --- export -----------------------------------------------------------------------------

_VMWARE_OS = {"ubuntu-24.04": "ubuntu-64", "debian-12": "debian12-64", "rocky-9": "rhel9-64",
              "alpine-3": "other5xlinux-64", "xen-pv-linux": "debian12-64", "windows-10": "windows9-64",
              "windows-11": "windows11-64"}
_CONNECTION = {Network.NAT: "nat", Network.BRIDGED: "bridged", Network.HOST_ONLY: "hostonly"}


def _quote(value: object) -> str:
    text = "".join(ch for ch in str(value) if ch.isprintable() and ch not in '"|')
    return f'"{text}"'


def export_vmx(guest: Guest, host: Host) -> str:
    c = guest.config
    if not isinstance(c, VmConfig):
        raise ValueError(f"{guest.name} is a container; a .vmx describes a virtual machine")
    if host.product not in (Product.VMWARE_WORKSTATION, Product.ESXI):
        raise ValueError(f"{host.name} does not run VMware (Workstation or ESXi); a .vmx is VMware's format")
    esxi = host.product is Product.ESXI
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in guest.name) or guest.id
    nic = "sriov" if c.sriov else ("vmxnet3" if c.io is IoPath.PARAVIRTUAL else "e1000e")
    lines = [
        (".encoding", "UTF-8"), ("config.version", "8"), ("virtualHW.version", "19"),
        ("displayName", guest.name), ("guestOS", _VMWARE_OS.get(c.os, "other5xlinux-64")),
        ("numvcpus", c.vcpus), ("memsize", c.memory_mb),
        ("monitor.virtual_exec", "software" if c.technique is Technique.FULL else "hardware"),
        ("monitor.virtual_mmu", "hardware" if c.ept else "software"),
        ("scsi0.present", "TRUE"), ("scsi0.virtualDev", "pvscsi" if c.io is IoPath.PARAVIRTUAL else "lsisas1068"),
        ("scsi0:0.present", "TRUE"), ("scsi0:0.fileName", f"{stem}.vmdk"),
        ("ethernet0.present", "TRUE"), ("ethernet0.virtualDev", nic),
    ]
    if esxi:
        lines.append(("ethernet0.networkName", "VM Network"))
    else:
        lines.append(("ethernet0.connectionType", _CONNECTION[c.network]))
    if c.io is IoPath.PASSTHROUGH and not c.sriov:
        lines.append(("pciPassthru0.present", "TRUE"))
    # VirtLab's exact values, which the .vmx cannot state itself (the disk size is in the .vmdk).
    lines += [("guestinfo.virtlab.os", c.os), ("guestinfo.virtlab.disk_gb", c.disk_gb),
              ("guestinfo.virtlab.thin_disk", "true" if c.thin_disk else "false"),
              ("guestinfo.virtlab.technique", c.technique.value), ("guestinfo.virtlab.io", c.io.value),
              ("guestinfo.virtlab.network", c.network.value), ("guestinfo.virtlab.workload", guest.workload),
              ("guestinfo.virtlab.product", host.product.value)]
    return "".join(f"{k} = {_quote(v)}\n" for k, v in lines)
