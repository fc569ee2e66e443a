"""OVF descriptors (``.ovf``) and OVA archives (``.ova``): import.

Names follow DMTF's OVF standard [DMTF-OVF]: ``Envelope/DiskSection/Disk``
(``capacity`` in ``capacityAllocationUnits``), ``VirtualSystem`` with an
``OperatingSystemSection`` and a ``VirtualHardwareSection`` of CIM
``Item``s whose ``ResourceType`` says what they are (3 CPU, 4 memory,
10 Ethernet, 17 disk).  From an ``.ova`` only the descriptor (the tar's
first member, as the standard requires) is read; disks are never extracted.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET

from core.formats.mapping import to_number
from core.formats.model import FormatError, Imported
from core.formats.safe_read import ova_descriptor, parse_xml, read_bytes
from core.formats.vmfacts import MAX_DEVICES, DiskFact, NicFact, VmFacts, build_vm
from core.model.kinds import Mode, Network, Product

MAX_SYSTEMS = 50
# CIM ResourceType values (CIM_ResourceAllocationSettingData).
CPU, MEMORY, ETHERNET, DISK = "3", "4", "10", "17"
_NAMED_UNITS = {"bytes": 0, "byte": 0, "kilobytes": 10, "megabytes": 20, "gigabytes": 30, "terabytes": 40}


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _attr(el: ET.Element, name: str) -> str:
    """An attribute by its local name (``ovf:capacity`` or ``capacity``)."""
    for key, value in el.attrib.items():
        if _local(key) == name:
            return value
    return ""


def _child_text(el: ET.Element, name: str) -> str:
    return next(((ch.text or "").strip() for ch in el if _local(ch.tag) == name), "")


def units_power(text: str) -> int | None:
    """``byte * 2^30`` → 30, ``MegaBytes`` → 20 (power of two of one unit), None if unknown."""
    low = text.replace(" ", "").lower()
    if not low:
        return 0
    if low in _NAMED_UNITS:
        return _NAMED_UNITS[low]
    m = re.fullmatch(r"byte(?:\*2\^(\d{1,2}))?", low)
    return int(m[1] or 0) if m else None


def _scaled(value: str, units: str, to_power: int) -> float | str:
    n, p = to_number(value), units_power(units)
    if n is None or p is None:
        return f"{value} {units}".strip()
    return n * 2.0 ** (p - to_power)


def _network(name: str) -> Network | None:
    low = name.lower()
    if "nat" in low:
        return Network.NAT
    if "host" in low and "only" in low:
        return Network.HOST_ONLY
    if "bridge" in low or low == "vm network":  # ESXi's default port group is on a physical uplink
        return Network.BRIDGED
    return None


def _stack(system_type: str) -> tuple[Mode, Product, str]:
    low = system_type.lower()
    if low.startswith("virtualbox"):
        return Mode.HOSTED, Product.VIRTUALBOX, ""
    if "kvm" in low or "qemu" in low:
        return Mode.HYBRID, Product.KVM, ""
    if "xen" in low:
        return Mode.BARE_METAL, Product.XEN, ""
    if "hyper-v" in low or "hyperv" in low or "msvm" in low:
        return Mode.BARE_METAL, Product.HYPER_V, ""
    # vmx-NN, or nothing: OVF is above all vSphere's appliance format.
    return Mode.BARE_METAL, Product.ESXI, "" if low.startswith("vmx") else "assumed"


def import_ovf(path: str | os.PathLike) -> Imported:
    src = str(path)
    if src.lower().endswith(".ova"):
        member, raw = ova_descriptor(path)
        where = f"{src}:{member}"
    else:
        raw, where = read_bytes(path), src
    root = parse_xml(raw, where)
    if _local(root.tag) != "Envelope":
        raise FormatError(src, f"not an OVF descriptor: the root element is <{_local(root.tag)[:40]}>")
    systems = [el for el in root.iter() if _local(el.tag) == "VirtualSystem"]
    if not systems:
        raise FormatError(src, "the OVF descriptor has no VirtualSystem")
    disks: dict[str, float | str] = {}
    for el in root.iter():
        if _local(el.tag) == "Disk":
            disks[_attr(el, "diskId")] = _scaled(_attr(el, "capacity"), _attr(el, "capacityAllocationUnits"), 30)
    types = [_child_text(el, "VirtualSystemType") for el in root.iter() if _local(el.tag) == "System"]
    mode, product, why = _stack(types[0] if types else "")
    imp = Imported(os.path.basename(src), "ovf", mode, product)
    imp.mapped("", "hypervisor", f"VirtualSystemType {types[0] if types else ''}".strip(),
               f"{mode.value}/{product.value}", why)
    for el in root.iter():
        if _local(el.tag) == "File" and _attr(el, "href"):
            imp.ignored("", "setting", f"File href={_attr(el, 'href')}", "reference")
    if len(systems) > MAX_SYSTEMS:
        imp.ignored("", "setting", f"{len(systems) - MAX_SYSTEMS} more VirtualSystem{'s' if len(systems) - MAX_SYSTEMS > 1 else ''}", "too_many")
    for system in systems[:MAX_SYSTEMS]:
        imp.guests.append(_system(imp, system, disks, os.path.splitext(os.path.basename(src))[0]))
    return imp


def _system(imp: Imported, system: ET.Element, disks: dict, fallback: str) -> object:
    f = VmFacts(name=_child_text(system, "Name") or _attr(system, "id"), disk_note="assumed")
    skipped: dict[str, int] = {}
    for section in system:
        kind = _local(section.tag)
        if kind == "OperatingSystemSection":
            f.os_id = _attr(section, "osType") or _child_text(section, "Description") or _attr(section, "id")
        elif kind == "VirtualHardwareSection":
            for item in list(section)[: MAX_DEVICES * 4]:
                if _local(item.tag) == "Config" and _attr(item, "key") == "firmware":
                    f.firmware = _attr(item, "value")
                if _local(item.tag) not in ("Item", "StorageItem", "EthernetPortItem"):
                    continue
                rtype = _child_text(item, "ResourceType")
                if rtype == CPU:
                    f.vcpus = _child_text(item, "VirtualQuantity")
                elif rtype == MEMORY:
                    f.memory_mb = _scaled(_child_text(item, "VirtualQuantity"), _child_text(item, "AllocationUnits")
                                          or "byte * 2^20", 20)
                elif rtype == ETHERNET:
                    conn = _child_text(item, "Connection")
                    f.nics.append(NicFact(_child_text(item, "ResourceSubType"), _network(conn), conn))
                elif rtype == DISK:
                    ref = _child_text(item, "HostResource")
                    size = disks.get(ref.rsplit("/", 1)[-1]) if ref else None
                    f.disks.append(DiskFact(size if isinstance(size, float) else None))
                    if isinstance(size, str) and size:
                        imp.ignored(f.name, "disk_size", size, "bad_number")
                else:
                    label = _child_text(item, "ElementName") or f"ResourceType {rtype}"
                    skipped[label] = skipped.get(label, 0) + 1
        elif kind not in ("Info", "Name", "AnnotationSection", "ProductSection"):
            skipped[kind] = skipped.get(kind, 0) + 1
    guest = build_vm(imp, f, fallback)
    if skipped:
        names = sorted(skipped)
        imp.ignored(guest.name, "setting", ", ".join(names[:8]) + (", …" if len(names) > 8 else ""), "not_simulated")
    return guest
