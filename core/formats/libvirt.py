"""libvirt domain XML (``<domain type='kvm'|'qemu'|'xen'>``): import and export.

Element names follow libvirt's domain format [LibvirtDomainXML]:
``<memory unit=…>``, ``<vcpu>``, ``<os><type>``, ``<devices><disk>``,
``<interface type=…><model type=…>``, ``<hostdev>``.  Disk sizes live in the
image files, which are never opened; VirtLab's export keeps its exact values in
its own ``<metadata>`` element, and the guest OS also as a libosinfo id, as
virt-manager writes it.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

from core.formats.mapping import to_number
from core.formats.model import FormatError, Imported
from core.formats.safe_read import parse_xml, read_bytes
from core.formats.vmfacts import MAX_DEVICES, DiskFact, NicFact, VmFacts, build_vm
from core.model.kinds import IoPath, Mode, Network, Product, Technique
from core.model.objects import Guest, Host, VmConfig

LIBOSINFO_NS = "http://libosinfo.org/xmlns/libvirt/domain/1.0"
VIRTLAB_NS = "urn:x-virtlab:vm:1"
# domain type -> (mode, product, note); libvirt also drives VMware, Hyper-V and VirtualBox.
_TYPES = {
    "kvm": (Mode.HYBRID, Product.KVM, ""),
    "qemu": (Mode.HYBRID, Product.KVM, "stand_in"),  # plain QEMU emulation: VirtLab's nearest is QEMU+KVM
    "xen": (Mode.BARE_METAL, Product.XEN, ""),
    "hyperv": (Mode.BARE_METAL, Product.HYPER_V, ""),
    "vmware": (Mode.BARE_METAL, Product.ESXI, ""),
    "vbox": (Mode.HOSTED, Product.VIRTUALBOX, ""),
}
_UNIT_MB = {"b": 2**-20, "bytes": 2**-20, "k": 2**-10, "kib": 2**-10, "kb": 1000 / 2**20, "m": 1.0, "mib": 1.0,
            "mb": 10**6 / 2**20, "g": 1024.0, "gib": 1024.0, "gb": 10**9 / 2**20, "t": 2.0**20, "tib": 2.0**20,
            "tb": 10**12 / 2**20}
_QUIET = {"name", "uuid", "memory", "currentMemory", "vcpu", "os", "metadata", "devices", "title", "description"}


def _memory_mb(el: ET.Element | None) -> float | str | None:
    if el is None:
        return None
    n = to_number(el.text or "")
    unit = (el.get("unit") or "KiB").lower()  # libvirt's default unit is KiB
    if n is None or unit not in _UNIT_MB:
        return el.text or ""
    return n * _UNIT_MB[unit]


def _network(iface: ET.Element) -> tuple[Network | None, str]:
    kind = iface.get("type", "")
    src = iface.find("source")
    name = (src.get("network") or src.get("bridge") or src.get("dev") or "") if src is not None else ""
    raw = f"{kind} {name}".strip()
    if kind in ("bridge", "direct"):
        return Network.BRIDGED, raw
    if kind == "user":
        return Network.NAT, raw
    if kind == "network":
        low = name.lower()
        if any(w in low for w in ("isolated", "host-only", "hostonly", "private")):
            return Network.HOST_ONLY, raw
        if low == "default":  # libvirt's stock "default" network is NAT [LibvirtDomainXML, "Virtual network"]
            return Network.NAT, raw
    return None, raw


def import_libvirt(path: str | os.PathLike, raw: bytes | None = None) -> Imported:
    src = str(path)
    root = parse_xml(read_bytes(path) if raw is None else raw, src)
    if root.tag != "domain":
        raise FormatError(src, f"not a libvirt domain: the root element is <{root.tag[:40]}>")
    dtype = root.get("type", "")
    if dtype not in _TYPES:
        raise FormatError(src, f"domain type {dtype[:40]!r} is not one VirtLab knows (kvm, qemu, xen)")
    mode, product, why = _TYPES[dtype]
    imp = Imported(os.path.basename(src), "libvirt", mode, product)
    imp.mapped("", "hypervisor", f"domain type {dtype}", f"{mode.value}/{product.value}", why)

    meta = root.find(f"metadata/{{{VIRTLAB_NS}}}vm")
    virtlab = dict(meta.attrib) if meta is not None else {}
    osinfo = root.find(f"metadata/{{{LIBOSINFO_NS}}}libosinfo/{{{LIBOSINFO_NS}}}os")
    f = VmFacts(name=(root.findtext("title") or root.findtext("name") or ""), os_id=osinfo.get("id", "") if osinfo is not None else "",
                vcpus=root.findtext("vcpu"), memory_mb=_memory_mb(root.find("memory")),
                disk_note="reference", virtlab=virtlab)
    os_el = root.find("os")
    if os_el is not None:
        os_type = (os_el.findtext("type") or "").strip()
        if dtype == "xen":
            f.technique = Technique.PARA if os_type in ("linux", "xen", "xenpvh") else Technique.HARDWARE
        elif os_type and os_type != "hvm":
            imp.ignored(f.name, "setting", f"os type {os_type}", "unknown_value")
        loader = os_el.find("loader")
        f.firmware = os_el.get("firmware", "") or ("uefi" if loader is not None else "")
        for tag in ("kernel", "initrd", "loader", "nvram"):
            if (el := os_el.find(tag)) is not None and (el.text or "").strip():
                imp.ignored(f.name, "setting", f"<{tag}> {el.text.strip()}", "reference")

    devices = root.find("devices")
    skipped: dict[str, int] = {}
    for dev in list(devices) if devices is not None else []:
        tag = dev.tag if isinstance(dev.tag, str) else "?"
        if tag == "disk" and dev.get("device", "disk") == "disk" and len(f.disks) < MAX_DEVICES:
            driver, target, source = dev.find("driver"), dev.find("target"), dev.find("source")
            fmt = driver.get("type", "") if driver is not None else ""
            thin = {"qcow2": True, "qed": True, "raw": False}.get(fmt)
            f.disks.append(DiskFact(None, thin, target.get("bus", "") if target is not None else ""))
            if source is not None and (ref := source.get("file") or source.get("dev") or source.get("name")):
                imp.ignored(f.name, "disks", ref, "reference")
        elif tag == "interface" and len(f.nics) < MAX_DEVICES:
            model = dev.find("model")
            network, raw = _network(dev)
            hostdev = dev.get("type") == "hostdev"  # an SR-IOV virtual function given to the guest
            f.nics.append(NicFact(model.get("type", "") if model is not None else "", network, raw, sriov=hostdev))
        elif tag == "hostdev" and dev.get("type", "pci") == "pci":
            f.passthrough = "<hostdev type='pci'>"
        else:
            label = tag if tag != "disk" else f"disk device={dev.get('device')}"
            skipped[label] = skipped.get(label, 0) + 1
    guest = build_vm(imp, f, os.path.splitext(os.path.basename(src))[0])
    for label, n in sorted(skipped.items()):
        imp.ignored(guest.name, "setting", f"<{label}> ×{n}" if n > 1 else f"<{label}>", "not_simulated")
    other = sorted({el.tag for el in root if isinstance(el.tag, str) and el.tag not in _QUIET})
    if other:
        imp.ignored(guest.name, "setting", ", ".join(f"<{t}>" for t in other[:8]), "not_simulated")
    imp.guests.append(guest)
    return imp


# --- export -----------------------------------------------------------------------------

_OSINFO = {"ubuntu-24.04": "http://ubuntu.com/ubuntu/24.04", "debian-12": "http://debian.org/debian/12",
           "rocky-9": "http://rockylinux.org/rocky/9", "alpine-3": "http://alpinelinux.org/alpinelinux/3.20",
           "xen-pv-linux": "http://debian.org/debian/12", "windows-10": "http://microsoft.com/win/10",
           "windows-11": "http://microsoft.com/win/11"}


def safe_stem(name: str, fallback: str) -> str:
    """A name usable as a file name and a libvirt domain name (no slashes, no control characters)."""
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name).strip("._")
    return stem[:60] or fallback


def export_libvirt(guest: Guest, host: Host) -> str:
    c = guest.config
    if not isinstance(c, VmConfig):
        raise ValueError(f"{guest.name} is a container; libvirt domain XML describes a virtual machine")
    if host.product is not Product.KVM:
        raise ValueError(f"{host.name} is not a hybrid (KVM) host; libvirt XML is exported from KVM hosts")
    stem = safe_stem(guest.name, guest.id)
    dom = ET.Element("domain", type="kvm")
    ET.SubElement(dom, "name").text = stem
    if stem != guest.name:
        ET.SubElement(dom, "title").text = "".join(ch for ch in guest.name if ch.isprintable())
    meta = ET.SubElement(dom, "metadata")
    info = ET.SubElement(meta, f"{{{LIBOSINFO_NS}}}libosinfo")
    ET.SubElement(info, f"{{{LIBOSINFO_NS}}}os", id=_OSINFO[c.os])
    ET.SubElement(meta, f"{{{VIRTLAB_NS}}}vm", os=c.os, disk_gb=str(c.disk_gb),
                  thin_disk="true" if c.thin_disk else "false", technique=c.technique.value, io=c.io.value,
                  network=c.network.value, workload=guest.workload, ept="true" if c.ept else "false")
    ET.SubElement(dom, "memory", unit="MiB").text = str(c.memory_mb)
    ET.SubElement(dom, "vcpu").text = str(c.vcpus)
    os_el = ET.SubElement(dom, "os")
    ET.SubElement(os_el, "type", arch="x86_64", machine="q35").text = "hvm"
    features = ET.SubElement(dom, "features")
    ET.SubElement(features, "acpi")
    ET.SubElement(features, "apic")
    devices = ET.SubElement(dom, "devices")
    disk = ET.SubElement(devices, "disk", type="file", device="disk")
    ET.SubElement(disk, "driver", name="qemu", type="qcow2" if c.thin_disk else "raw")
    ET.SubElement(disk, "source", file=f"/var/lib/libvirt/images/{stem}.{'qcow2' if c.thin_disk else 'img'}")
    pv = c.io is not IoPath.EMULATED
    ET.SubElement(disk, "target", dev="vda" if pv else "sda", bus="virtio" if pv else "sata")
    if c.sriov:
        iface = ET.SubElement(devices, "interface", type="hostdev", managed="yes")
        src = ET.SubElement(iface, "source")
        ET.SubElement(src, "address", type="pci", domain="0x0000", bus="0x03", slot="0x10", function="0x0")
    else:
        kind, attr, value = {Network.NAT: ("network", "network", "default"),
                             Network.BRIDGED: ("bridge", "bridge", "br0"),
                             Network.HOST_ONLY: ("network", "network", "isolated")}[c.network]
        iface = ET.SubElement(devices, "interface", type=kind)
        ET.SubElement(iface, "source", {attr: value})
        ET.SubElement(iface, "model", type="virtio" if pv else "e1000e")
        if c.io is IoPath.PASSTHROUGH:
            hd = ET.SubElement(devices, "hostdev", mode="subsystem", type="pci", managed="yes")
            src = ET.SubElement(hd, "source")
            ET.SubElement(src, "address", domain="0x0000", bus="0x03", slot="0x00", function="0x0")
    ET.register_namespace("libosinfo", LIBOSINFO_NS)
    ET.register_namespace("virtlab", VIRTLAB_NS)
    ET.indent(dom)
    return ET.tostring(dom, encoding="unicode") + "\n"
