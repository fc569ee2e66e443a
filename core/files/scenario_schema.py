"""The schema of scenario files (.vlab), as pydantic models.

Strict types and unknown fields refused, so a typo in a lab file is reported
with its field path instead of being silently ignored.  ``scenario.py`` turns
a validated ``ScenarioSpec`` into a ``World`` and back.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from core.files.excerpt import excerpt
from core.model.catalog import GUEST_OSES, IMAGES
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import VM_NETWORKS, IoPath, Mode, Network, Product, Technique
from core.model.naming import NAME_MAX
from core.model.workloads import WORKLOADS


def _choice(what: str, choices, offered=None):
    """A string from ``choices``; the schema's enum lists ``offered`` (default: all of them)."""
    keys = tuple(choices)

    def check(v: str) -> str:
        if v not in keys:
            raise ValueError(f"unknown {what} {excerpt(v)}; choose one of {', '.join(keys)}")
        return v

    # The enum is for editors; the validator's message is what the loader reports.
    return Annotated[str, AfterValidator(check), Field(json_schema_extra={"enum": list(offered or keys)})]


Id = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]+$", min_length=1, max_length=64)]
Name = Annotated[str, Field(min_length=1, max_length=NAME_MAX)]


def _between(low: float, high: float):
    """A finite float in [low, high]."""
    return Annotated[float, Field(ge=low, le=high, allow_inf_nan=False)]


# Sanity bounds (modelling assumption: beyond any lab machine, but finite; the lower
# ones keep subnormal rates such as 5e-324 out of the engine's divisions).


class _Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class DiskSpec(_Model):
    seq_mbs: _between(1, 1e9) | None = None
    iops: _between(1, 1e9) | None = None


class NicSpec(_Model):
    gbps: _between(0.001, 1000) | None = None
    sriov: bool | None = None


class HardwareSpec(_Model):
    cores: Annotated[int, Field(ge=1, le=1024)] | None = None
    ghz: _between(0.1, 10) | None = None
    vendor: Literal["intel", "amd"] | None = None
    vtx: bool | None = None
    ept: bool | None = None
    iommu: bool | None = None
    memory_mb: Annotated[int, Field(ge=64, le=64 * 1024 * 1024)] | None = None
    mem_bw_gbs: _between(0.1, 1e9) | None = None
    datastore_gb: Annotated[int, Field(ge=1, le=10**7)] | None = None
    disk: DiskSpec | None = None
    nic: NicSpec | None = None


class HostSpec(_Model):
    id: Id
    name: Name
    template: _choice("template", (*HOST_TEMPLATES, "custom"))
    hardware: HardwareSpec | None = None
    mode: _choice("mode", (m.value for m in Mode)) = "native"
    product: _choice("product", (p.value for p in Product)) | None = None
    host_os: Literal["linux", "windows"] = "linux"
    # Share identical pages between VMs (TPS / KSM): off unless the lab turns it on,
    # as on real hosts since 2014 [VMwareTPS2014].
    page_sharing: bool = False
    image_cache: list[Annotated[str, Field(max_length=200)]] = Field(default_factory=list, max_length=1000)


Workload = _choice("workload", WORKLOADS)
Port = Annotated[int, Field(ge=1, le=65535)]


class PortSpec(_Model):
    host: Port
    container: Port


class VmHardware(_Model):
    """A VM's virtual hardware (core.model.objects.VmConfig): a VM's own, or what a snapshot recorded."""

    os: _choice("guest OS", GUEST_OSES)
    # Ranges are checked by core.sim.rules (value_out_of_range), which names the limit.
    vcpus: int = 2
    memory_mb: int = 2048
    disk_gb: int = 20
    technique: _choice("technique", (t.value for t in Technique)) = "hardware"
    ept: bool = True
    io: _choice("I/O path", (i.value for i in IoPath)) = "paravirtual"
    # "host" is refused by core.sim.rules with its own message; editors offer only a VM's networks.
    network: _choice("network", (n.value for n in Network), [n.value for n in VM_NETWORKS]) = "nat"
    thin_disk: bool = True
    sriov: bool = False  # the NIC is an SR-IOV virtual function of the host's NIC


class SnapshotContainerSpec(_Model):
    """A container inside a snapshotted VM, running or not when the snapshot was taken."""

    id: Id
    state: Literal["off", "running"] = "off"


class SnapshotSpec(_Model):
    """One snapshot (core.sim.snapshots.Snapshot): what the VM was when it was taken."""

    id: Id
    name: Annotated[str, Field(max_length=200)]
    parent: Id | None = None  # null: a root of the tree
    state: Literal["off", "running"] = "off"  # running: the memory was saved too
    time: Annotated[float, Field(ge=0, le=1e12, allow_inf_nan=False)] = 0.0  # simulated seconds
    workload: Workload = "idle"
    config: VmHardware
    # Containers inside the VM and how the snapshot saw them.  Format 4.
    containers: list[SnapshotContainerSpec] = Field(default_factory=list, max_length=1000)


class SnapshotTreeSpec(_Model):
    """A VM's snapshots; ``current`` is the one its present state grew from ("You are here")."""

    current: Id | None = None
    items: list[SnapshotSpec] = Field(default_factory=list, max_length=1000)


class LinkSpec(_Model):
    """A linked clone's base: a snapshot of another VM whose disk it reads."""

    guest: Id
    snapshot: Id


class VmSpec(VmHardware):
    kind: Literal["vm"]
    id: Id
    name: Name
    host: Id
    workload: Workload = "idle"
    state: Literal["off", "running", "suspended"] = "off"
    snapshots: SnapshotTreeSpec | None = None
    linked_to: LinkSpec | None = None  # set for a linked clone only


class ContainerSpec(_Model):
    kind: Literal["container"]
    id: Id
    name: Name
    host: Id
    workload: Workload | None = None  # None: the image's own workload
    state: Literal["off", "running", "suspended"] = "off"  # suspended: frozen with its VM
    image: _choice("image", IMAGES)
    cpu_limit: Annotated[float, Field(allow_inf_nan=False)] = 1.0
    memory_limit_mb: int = 512
    network: _choice("network", (n.value for n in Network)) = "nat"
    ports: list[PortSpec] = Field(default_factory=list, max_length=100)
    built: Annotated[str, Field(pattern=r"^([a-z0-9][a-z0-9._-]{0,39})?$")] = ""  # an entry of ``images``
    # The Linux VM the container runs in (listed before it); null: on the host's own kernel.  Format 4.
    in_vm: Id | None = None


class Settings(_Model):
    # A millisecond at least: shorter ticks only multiply the work (and the run's tick count overflows
    # for a subnormal tick); an hour at most.  Modelling assumption, as for the hardware bounds.
    tick_seconds: Annotated[float, Field(ge=0.001, le=3600, allow_inf_nan=False)] = 1.0


class LabTranslation(_Model):
    """A lab's texts in one language; anything left out falls back to the main text."""

    title: Annotated[str, Field(max_length=500)] | None = None
    description: Annotated[str, Field(max_length=20_000)] | None = None
    # The goals' texts, in the order of ``goals``.
    goals: list[Annotated[str, Field(max_length=500)]] = Field(default_factory=list, max_length=200)
    # Host and guest names by id, shown instead of ``name`` when a lab is opened in this language.
    names: dict[Id, Name] = Field(default_factory=dict, max_length=25_000)  # one per host and guest at most


Lang = Annotated[str, Field(pattern=r"^[a-z]{2,3}(_[A-Z]{2})?$")]


class RecordSpec(_Model):
    """What the student did (``core.files.record``); the items are checked when a grader replays them."""

    start: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    seed: Annotated[int, Field(ge=0, lt=2**63)]
    # Far beyond a lab session (an edit a second for two days): bounds a hostile file.
    items: list[dict] = Field(max_length=200_000)


class ImageSpec(_Model):
    """An image built in the lab from a Dockerfile (core.edits.images); the text is parsed, never run."""

    name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,39}$")]
    host: Id  # where it was built
    dockerfile: Annotated[str, Field(max_length=20_000)]
    pushed: bool = False  # its layers are in the lab's registry


class ScenarioSpec(_Model):
    format: Literal["virtlab-scenario"]
    version: Literal[4]
    title: Annotated[str, Field(max_length=500)]
    description: Annotated[str, Field(max_length=20_000)] = ""
    seed: Annotated[int, Field(ge=0, lt=2**63)] = 0
    settings: Settings = Field(default_factory=Settings)
    hosts: list[HostSpec]
    guests: list[Annotated[Union[VmSpec, ContainerSpec], Field(discriminator="kind")]] = Field(  # noqa: UP007
        default_factory=list)
    # Lab goals are checked by core.course.goals, which names the field of a bad one.
    goals: list[dict] = Field(default_factory=list, max_length=200)
    # Optional translations of the lab's texts, by language code ("zh_CN").  Format 2.
    i18n: dict[Lang, LabTranslation] = Field(default_factory=dict, max_length=50)
    # What the student did since the lab was handed out.  Format 3.
    record: RecordSpec | None = None
    # Images built from Dockerfiles in the lab (optional; absent = none).
    images: list[ImageSpec] = Field(default_factory=list, max_length=100)


