"""Physical hosts' hardware and the bundled host templates.

Template figures are typical spec-sheet values for each class of machine
(modelling assumptions: no source measures "a lab PC").
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cpu:
    cores: int
    ghz: float
    vendor: str = "intel"  # "intel" or "amd": decides VT-x/AMD-V and EPT/NPT wording
    vtx: bool = True  # VT-x / AMD-V
    ept: bool = True  # EPT / NPT (second-level address translation)
    iommu: bool = False  # VT-d / AMD-Vi

    @property
    def vtx_name(self) -> str:
        return "AMD-V" if self.vendor == "amd" else "VT-x"

    @property
    def ept_name(self) -> str:
        return "NPT" if self.vendor == "amd" else "EPT"


@dataclass(frozen=True)
class Disk:
    seq_mbs: float  # sequential throughput, MB/s
    iops: float  # random 4 KiB operations per second


@dataclass(frozen=True)
class Nic:
    gbps: float
    sriov: bool = False


@dataclass(frozen=True)
class Hardware:
    cpu: Cpu
    memory_mb: int
    disk: Disk
    nic: Nic
    mem_bw_gbs: float = 25.0  # STREAM-like memory bandwidth
    datastore_gb: int = 500
    template: str = "custom"
    extra: dict = field(default_factory=dict, compare=False, hash=False)


HOST_TEMPLATES: dict[str, Hardware] = {
    # A current desktop in a university lab: VT-x with EPT, SATA SSD, 1 GbE.
    "lab-pc": Hardware(
        cpu=Cpu(cores=8, ghz=3.6, vtx=True, ept=True, iommu=False),
        memory_mb=16 * 1024,
        disk=Disk(seq_mbs=520, iops=90_000),
        nic=Nic(gbps=1.0),
        mem_bw_gbs=25.0,
        datastore_gb=500,
        template="lab-pc",
    ),
    # A laptop from before VT-x was common: only binary translation or PV works.
    "old-laptop": Hardware(
        cpu=Cpu(cores=2, ghz=1.8, vtx=False, ept=False, iommu=False),
        memory_mb=4 * 1024,
        disk=Disk(seq_mbs=90, iops=150),
        nic=Nic(gbps=0.1),
        mem_bw_gbs=6.0,
        datastore_gb=250,
        template="old-laptop",
    ),
    # A two-socket rack server: VT-d for passthrough and an SR-IOV 10 GbE NIC.
    "rack-server": Hardware(
        cpu=Cpu(cores=32, ghz=2.4, vtx=True, ept=True, iommu=True),
        memory_mb=256 * 1024,
        disk=Disk(seq_mbs=3000, iops=500_000),
        nic=Nic(gbps=10.0, sriov=True),
        mem_bw_gbs=100.0,
        datastore_gb=4000,
        template="rack-server",
    ),
}
