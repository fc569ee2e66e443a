"""What the real files' vocabulary means in VirtLab's: OS names, NIC models, images, sizes.

The guest-OS identifiers come from the products' own lists: VMware's
``guestOS`` values (e.g. ``ubuntu-64``, ``windows11-64``), VirtualBox's
``OSType`` (``Ubuntu_64``, ``Windows10_64``), libosinfo ids
(``http://ubuntu.com/ubuntu/24.04``) and OVF's ``vmw:osType``.  VirtLab has a
handful of OSes, so each family maps to its one representative and the report
says when the version differs (assumption: the family, not the version, is
what matters for the simulation's costs).
"""

from __future__ import annotations

import math
import re

from core.model.catalog import GUEST_OSES, IMAGES
from core.model.kinds import IoPath

# (pattern on the lowercased identifier, VirtLab OS); first match wins.
_OS_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"win(dows)?[ _-]?11|windows11", "windows-11"),
    (r"win", "windows-10"),
    (r"ubuntu", "ubuntu-24.04"),
    (r"debian", "debian-12"),
    (r"rhel|redhat|red ?hat|rocky|centos|alma|fedora|oracle|oel", "rocky-9"),
    (r"alpine", "alpine-3"),
    (r"linux|sles|suse|arch|gentoo|mandriva|turbolinux|other.*(2|3|4|5|6)x", "debian-12"),
)
DEFAULT_OS = "debian-12"


def guess_os(identifier: str) -> tuple[str, bool]:
    """(VirtLab OS id, recognised?): an unknown identifier gets the default Linux."""
    low = identifier.lower()
    if low in GUEST_OSES:
        return low, True
    for pattern, os_id in _OS_PATTERNS:
        if re.search(pattern, low):
            return os_id, True
    return DEFAULT_OS, False


# NIC and disk-controller models as the products name them (vmx ``virtualDev``,
# VirtualBox ``type``, libvirt ``<model type>``, OVF ``ResourceSubType``).
_EMULATED = {"e1000", "e1000e", "rtl8139", "pcnet", "pcnet32", "vlance", "am79c970a", "am79c973",
             "am79c960", "82540em", "82543gc", "82545em", "ne2k_pci", "i82551", "i82557b", "i82559er",
             "pcnetpci", "pcnetfast", "flexible", "ide", "sata", "ahci", "lsilogic", "buslogic",
             "lsisas1068", "lsilogicsas", "usb", "sd", "fdc", "scsi", "nvme"}
_PARAVIRTUAL = {"virtio", "virtio-net", "virtio-net-pci", "virtio_net", "vmxnet", "vmxnet2", "vmxnet3",
                "netvsc", "xen", "xennet", "netfront", "pvscsi", "virtio-scsi", "virtio-blk", "vmbus"}


def io_of_model(model: str) -> IoPath | None:
    low = model.strip().lower()
    if low in _PARAVIRTUAL or low.startswith("virtio") or low.startswith("vmxnet"):
        return IoPath.PARAVIRTUAL
    if low in _EMULATED or low.startswith("e1000"):
        return IoPath.EMULATED
    if low in ("sriov", "hostdev", "passthrough"):
        return IoPath.PASSTHROUGH
    return None


# Image families that VirtLab's five images stand in for, by what they do
# (assumption: the workload kind, not the product, drives the simulation).
_IMAGE_STAND_INS = {
    "postgres": "mysql", "mariadb": "mysql", "mongo": "mysql", "percona": "mysql",
    "memcached": "redis", "valkey": "redis", "keydb": "redis",
    "httpd": "nginx", "caddy": "nginx", "traefik": "nginx", "haproxy": "nginx",
    "node": "python", "golang": "python", "openjdk": "python", "ruby": "python", "php": "python",
    "alpine": "busybox", "debian": "busybox", "ubuntu": "busybox",
}


def image_name(ref: str) -> str:
    """``registry:5000/library/nginx:1.27@sha256:…`` → ``nginx`` (the repository's last part)."""
    ref = ref.split("@", 1)[0]
    last = ref.rsplit("/", 1)[-1]
    return last.split(":", 1)[0].lower()


def map_image(ref: str) -> tuple[str, bool]:
    """(VirtLab image id, exact?): unknown images become busybox."""
    name = image_name(ref)
    if name in IMAGES:
        return name, True
    return _IMAGE_STAND_INS.get(name, "busybox"), False


_UNITS = {"": 1, "b": 1, "k": 2**10, "kb": 2**10, "m": 2**20, "mb": 2**20, "g": 2**30, "gb": 2**30,
          "t": 2**40, "tb": 2**40, "kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40}


def size_to_mb(value: object) -> float | None:
    """A Docker-style byte size (``512m``, ``1.5g``, ``268435456``) in MiB, or None if it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number, unit = float(value), ""
    elif isinstance(value, str):
        m = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z]{0,3})\s*", value[:100])
        if not m or m.group(2).lower() not in _UNITS:
            return None
        number, unit = float(m.group(1)), m.group(2).lower()
    else:
        return None
    mb = number * _UNITS[unit] / 2**20
    return mb if math.isfinite(mb) and mb >= 0 else None


def to_number(value: object) -> float | None:
    """A finite number from a file's text, or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        n = float(str(value)[:100].strip().strip('"'))
    except (TypeError, ValueError):
        return None
    return n if math.isfinite(n) else None


def clamp_int(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, round(value))))
