"""Guest operating systems, container images and the palette's templates.

Boot times and footprints are modelling assumptions: no peer-reviewed figure
exists for "a full distribution boots in N s" (overhead-figures.md, start-up
table), so each template sets its own plausible value.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GuestOs:
    id: str
    name: str
    family: str  # "linux" or "windows"
    pv_capable: bool  # has a paravirtualized kernel (can run as a Xen PV guest)
    boot_s: float  # assumption, see module docstring
    min_memory_mb: int
    # 32- or 64-bit kernel: VirtualBox runs 64-bit guests only with VT-x/AMD-V
    # [VirtualBoxManual], so binary translation there needs a 32-bit guest.
    bits: int = 64
    # A micro-VM's guest (Firecracker): a minimal device model of virtio block and
    # network only, on KVM; it boots to init in about 125 ms [Agache2020].
    micro: bool = False


GUEST_OSES: dict[str, GuestOs] = {
    o.id: o
    for o in (
        GuestOs("ubuntu-24.04", "Ubuntu 24.04 LTS", "linux", True, 20.0, 1024),
        GuestOs("debian-12", "Debian 12", "linux", True, 15.0, 512),
        GuestOs("debian-12-i386", "Debian 12 (32-bit)", "linux", True, 15.0, 512, bits=32),
        GuestOs("rocky-9", "Rocky Linux 9", "linux", True, 22.0, 1024),
        GuestOs("alpine-3", "Alpine Linux 3", "linux", True, 5.0, 128),
        GuestOs("xen-pv-linux", "Debian 12 (Xen PV kernel)", "linux", True, 12.0, 512),
        GuestOs("firecracker-linux", "Linux (Firecracker micro-VM)", "linux", False, 0.125, 128, micro=True),
        GuestOs("windows-10", "Windows 10", "windows", False, 40.0, 2048),
        GuestOs("windows-11", "Windows 11", "windows", False, 45.0, 4096),
    )
}


@dataclass(frozen=True)
class Image:
    """A container image: layers are shared on disk between images and containers."""

    id: str
    name: str
    size_mb: int
    layers: tuple[str, ...]
    workload: str
    memory_mb: int  # typical resident set of the default workload


IMAGES: dict[str, Image] = {
    i.id: i
    for i in (
        Image("nginx", "nginx", 190, ("debian-slim", "nginx"), "web-server", 40),
        Image("redis", "redis", 140, ("debian-slim", "redis"), "database", 120),
        Image("mysql", "mysql", 600, ("oracle-slim", "mysql"), "database", 450),
        Image("python", "python", 1000, ("debian", "python"), "cpu", 80),
        Image("busybox", "busybox", 5, ("busybox",), "idle", 2),
    )
}


@dataclass(frozen=True)
class VmTemplate:
    id: str
    name: str
    os: str
    vcpus: int
    memory_mb: int
    disk_gb: int
    workload: str


VM_TEMPLATES: dict[str, VmTemplate] = {
    t.id: t
    for t in (
        VmTemplate("ubuntu", "Ubuntu 24.04", "ubuntu-24.04", 2, 4096, 25, "web-server"),
        VmTemplate("debian", "Debian 12", "debian-12", 1, 2048, 20, "idle"),
        VmTemplate("debian32", "Debian 12 (32-bit)", "debian-12-i386", 1, 1024, 10, "idle"),
        VmTemplate("rocky", "Rocky Linux 9", "rocky-9", 2, 4096, 30, "database"),
        VmTemplate("alpine", "Alpine Linux", "alpine-3", 1, 512, 4, "net-throughput"),
        VmTemplate("xen-pv", "Debian PV (for Xen)", "xen-pv-linux", 1, 1024, 10, "os-heavy"),
        VmTemplate("microvm", "Firecracker micro-VM", "firecracker-linux", 1, 256, 1, "web-server"),
        VmTemplate("win10", "Windows 10", "windows-10", 2, 4096, 60, "os-heavy"),
        VmTemplate("win11", "Windows 11", "windows-11", 4, 8192, 64, "cpu"),
    )
}
