"""VirtualBox ``.vbox`` machine files (XML): import.

Elements and attributes follow VirtualBox's settings schema [VBoxSettings] (``Machine/@OSType``,
``Hardware/CPU/@count``, ``Memory/@RAMSize``, ``Firmware/@type``,
``Network/Adapter/@type`` with a ``NAT`` / ``BridgedInterface`` /
``HostOnlyInterface`` child, ``StorageController/AttachedDevice``).  Disk
images (``HardDisk/@location``) are paths: reported, never opened.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

from core.formats.model import FormatError, Imported
from core.formats.safe_read import parse_xml, read_bytes
from core.formats.vmfacts import MAX_DEVICES, DiskFact, NicFact, VmFacts, build_vm
from core.model.kinds import Mode, Network, Product, Technique

_ATTACHMENTS = {"NAT": Network.NAT, "NATNetwork": Network.NAT, "BridgedInterface": Network.BRIDGED,
                "HostOnlyInterface": Network.HOST_ONLY, "HostOnlyNetwork": Network.HOST_ONLY,
                # An internal network joins VMs only, without the host: host-only is the nearest.
                "InternalNetwork": Network.HOST_ONLY}
_BUS = {"ahci": "sata", "piix3": "ide", "piix4": "ide", "ich6": "ide", "lsilogic": "lsilogic",
        "buslogic": "buslogic", "lsilogicsas": "lsilogicsas", "virtioscsi": "virtio-scsi", "nvme": "nvme",
        "usb": "usb", "i82078": "fdc"}


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _find(parent: ET.Element | None, name: str) -> ET.Element | None:
    if parent is None:
        return None
    return next((el for el in parent if _local(el.tag) == name), None)


def _enabled(el: ET.Element | None) -> bool | None:
    if el is None:
        return None
    return el.get("enabled", "true").lower() == "true"


def import_vbox(path: str | os.PathLike) -> Imported:
    src = str(path)
    root = parse_xml(read_bytes(path), src)
    machine = _find(root, "Machine") if _local(root.tag) == "VirtualBox" else None
    if machine is None:
        raise FormatError(src, "not a VirtualBox machine file: expected <VirtualBox><Machine>")
    imp = Imported(os.path.basename(src), "vbox", Mode.HOSTED, Product.VIRTUALBOX)
    imp.mapped("", "hypervisor", "VirtualBox machine", f"{Mode.HOSTED.value}/{Product.VIRTUALBOX.value}")
    hw = _find(machine, "Hardware")
    cpu, memory = _find(hw, "CPU"), _find(hw, "Memory")
    f = VmFacts(name=machine.get("name", ""), os_id=machine.get("OSType", ""),
                vcpus=cpu.get("count", "1") if cpu is not None else None,  # VirtualBox omits count="1"
                memory_mb=memory.get("RAMSize") if memory is not None else None, disk_note="reference")
    vtx, nested = _enabled(_find(cpu, "HardwareVirtEx")), _enabled(_find(cpu, "NestedPaging"))
    if vtx is not None:
        f.technique = Technique.HARDWARE if vtx else Technique.FULL
    f.ept = nested
    firmware = _find(hw, "Firmware")
    if firmware is not None and firmware.get("type", "BIOS").upper() != "BIOS":
        f.firmware = firmware.get("type", "")

    network_el = _find(hw, "Network")
    for adapter in list(network_el if network_el is not None else [])[:MAX_DEVICES]:
        if _local(adapter.tag) != "Adapter" or adapter.get("enabled", "false").lower() != "true":
            continue
        kinds = [_local(ch.tag) for ch in adapter if _local(ch.tag) in _ATTACHMENTS]
        network = _ATTACHMENTS[kinds[0]] if kinds else None
        f.nics.append(NicFact(adapter.get("type", "Am79C973"), network, kinds[0] if kinds else ""))

    controllers = [el for el in machine.iter() if _local(el.tag) == "StorageController"]
    for ctl in controllers:
        bus = _BUS.get(ctl.get("type", "").lower(), ctl.get("type", ""))
        for dev in ctl:
            if _local(dev.tag) == "AttachedDevice" and dev.get("type") == "HardDisk" and len(f.disks) < MAX_DEVICES:
                f.disks.append(DiskFact(None, None, bus))
    guest = build_vm(imp, f, os.path.splitext(os.path.basename(src))[0])
    for el in machine.iter():
        if _local(el.tag) == "HardDisk" and el.get("location"):
            imp.ignored(guest.name, "disks", el.get("location"), "reference")
    for name in ("snapshotFolder", "stateFile"):
        if machine.get(name):
            imp.ignored(guest.name, "setting", f"{name} = {machine.get(name)}", "reference")
    handled = {"CPU", "Memory", "Firmware", "Network", "StorageControllers"}
    other = sorted({_local(el.tag) for el in (hw if hw is not None else [])} - handled)
    if other:
        imp.ignored(guest.name, "setting", ", ".join(other[:8]) + (", …" if len(other) > 8 else ""), "not_simulated")
    imp.guests.append(guest)
    return imp
