"""Hosts and guests: the objects a world is made of."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.model.hardware import Hardware
from core.model.kinds import GuestKind, GuestState, IoPath, Mode, Network, Product, Technique
from core.sim.efficiency import StackConfig


@dataclass(frozen=True)
class VmConfig:
    os: str
    vcpus: int = 2
    memory_mb: int = 2048
    disk_gb: int = 20
    technique: Technique = Technique.HARDWARE
    ept: bool = True  # use EPT/NPT when the CPU has it
    io: IoPath = IoPath.PARAVIRTUAL
    network: Network = Network.NAT
    thin_disk: bool = True
    # The NIC is an SR-IOV virtual function of the host's NIC (network I/O
    # bypasses the hypervisor; disk I/O still follows ``io``).
    sriov: bool = False


@dataclass(frozen=True)
class ContainerConfig:
    image: str
    cpu_limit: float = 1.0  # cores
    memory_limit_mb: int = 512
    network: Network = Network.NAT
    ports: tuple[tuple[int, int], ...] = ()  # (host port, container port)
    # An image built in the lab from a Dockerfile (core.edits.images); ``image`` is its base.
    built: str = ""


@dataclass
class Host:
    id: str
    name: str
    hardware: Hardware
    mode: Mode = Mode.NATIVE
    product: Product | None = None
    host_os: str = "linux"  # the OS installed on the hardware (not used by bare-metal)
    image_cache: set[str] = field(default_factory=set)  # image layers pulled here
    # Merge identical memory pages between VMs (ESXi TPS / KVM KSM).  Off by
    # default, as on real hosts since 2014 [VMwareTPS2014] [LinuxKSM].
    page_sharing: bool = False

    def stack(self) -> StackConfig:
        return StackConfig(mode=self.mode, product=self.product)


@dataclass
class Guest:
    id: str
    name: str
    host_id: str
    config: VmConfig | ContainerConfig
    workload: str
    state: GuestState = GuestState.OFF
    # Simulated seconds left in the current transition (pulling, starting).
    timer: float = 0.0
    # Length of the current transition when it began (for a progress bar).
    timer_total: float = 0.0
    # Nested stacks: a container may run inside a Linux VM instead of on the bare
    # host.  ``in_vm`` is that VM's id; ``host_id`` stays the physical host the VM
    # is on (so every per-host view, capacity and removal keeps working), and the
    # world moves it with the VM.  Invariants (``core.sim.world``): only
    # containers have it; it names a Linux VM on the same host; the container
    # runs only while that VM runs.  Containers with it are not "on the host's
    # kernel": host-mode rules, host layers and the bare host's Docker daemon
    # ignore them; the VM gets its own engine (``core.model.layers.nested_layers``).
    in_vm: str | None = None

    @property
    def progress(self) -> float:
        """Fraction of the current transition done (1.0 when there is none)."""
        if self.timer_total <= 0:
            return 1.0
        return min(1.0, max(0.0, 1.0 - self.timer / self.timer_total))

    @property
    def kind(self) -> GuestKind:
        return GuestKind.VM if isinstance(self.config, VmConfig) else GuestKind.CONTAINER

    @property
    def is_vm(self) -> bool:
        return isinstance(self.config, VmConfig)

    def stack(self, host: Host) -> StackConfig:
        c = self.config
        if isinstance(c, VmConfig):
            ept = c.ept and host.hardware.cpu.ept
            return StackConfig(host.mode, host.product, c.technique, ept, c.io, c.network, c.sriov)
        # A container runs on the host kernel whatever else the host runs (a KVM
        # host may hold containers too): its stack is always the container one.
        return StackConfig(Mode.CONTAINER, Product.DOCKER, network=c.network)
