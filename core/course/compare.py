"""One guest, one workload, every stack: the course's comparison, run on the engine.

``compare(workload)`` builds, for each valid stack of a reference host (the
rack-server template, so that passthrough and SR-IOV are possible), a world of
one host and one guest running that workload; it powers the guest on, steps
the world past the boot and then a few ticks more (a fixed seed, so the same
numbers every time), and reports what the engine's last sample says: the
guest's ``perf`` (the "× native" that the guest tab, the layer graph and
``virtlab-sim run`` show), the benchmark value that speed gives, the slowdown
split by the layer the engine charges it to, and the time from power-on to
running.  There is no second formula here: a change to the engine's costs
shows up in Compare by construction.  Runs are cached per (stack, workload).

The GUI's Compare view and ``virtlab-sim compare`` both call this, so they agree.

Beyond one guest on one stack, two rows show where the line between VMs and
containers moves: a container inside a VM (a nested stack, ``core.sim.nesting``:
its row is a container row with ``in_vm`` naming the VM's product) and a
Firecracker micro-VM on KVM (a hybrid row whose ``product`` is "firecracker").
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache

from core.model.catalog import GUEST_OSES, IMAGES
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import GuestState, IoPath, Mode, Network, Product, Technique
from core.model.layers import compute_overhead_layer, io_overhead_layer
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.model.workloads import COMPUTE_CLASSES, WORKLOADS
from core.sim.efficiency import StackConfig
from core.sim.nesting import cache_keys
from core.sim.rules import check_vm_config
from core.sim.world import World

REFERENCE_HOST = HOST_TEMPLATES["rack-server"]
REFERENCE_OS = "ubuntu-24.04"
REFERENCE_IMAGE = "python"
MICROVM_OS = next(o.id for o in GUEST_OSES.values() if o.micro)
SEED = 1
# Ticks after the boot: one guest alone on a rack server is never short of a
# core, a disk or a NIC, so its speed is steady from the first running tick;
# a few more let the meters leave the boot behind.
SETTLE_TICKS = 5


@dataclass(frozen=True)
class Measure:
    unit: str
    native: float
    higher_is_better: bool


# What each benchmark reports on native hardware; the engine's workload of the
# same name gives the speed relative to it.  Native values are the measured
# baselines where a source gives one.
MEASURES: dict[str, Measure] = {
    "cpu": Measure("GFLOPS (Linpack)", 290.8, True),  # [Felter2014]
    "os-heavy": Measure("s (Linux kernel build)", 263.0, False),  # [Barham2003]
    "mmu-heavy": Measure("cycles per page fault", 1093.0, False),  # [Adams2006]
    # Assumption: STREAM on the reference host's memory system.
    "memory-bandwidth": Measure("GB/s (STREAM)", REFERENCE_HOST.mem_bw_gbs, True),
    "disk-seq": Measure("MB/s", REFERENCE_HOST.disk.seq_mbs, True),
    "disk-rand": Measure("IOPS", REFERENCE_HOST.disk.iops, True),
    "net-throughput": Measure("Gb/s", 9.3, True),  # [Felter2014] 10 GbE
    # [Felter2014] KVM adds ~30 us per transaction, which is +80 %: native ~37.5 us.
    "net-latency": Measure("us per transaction", 30.0 / 0.8, False),
    # [Manco2017] a process fork/exec takes about 1 ms.
    "startup": Measure("s to first instruction of the application", 0.001, False),
}
WORKLOAD_NAMES = tuple(MEASURES)
LAYER_KEYS = ("hostos", "vmm", "hypervisor", "mgmt", "kvm", "qemu", "daemon")


@dataclass(frozen=True)
class Result:
    mode: str
    product: str | None
    technique: str | None
    ept: bool | None
    io: str | None
    network: str | None
    value: float
    relative: float
    # Extra time per unit of native time, by the layer the engine charges it to
    # (layer keys of ``layers.py``); the parts add up to 1/relative - 1.
    overhead: dict[str, float]
    # Host CPU cores the layer that moves the I/O burnt for this guest (last tick).
    io_cpu_cores: dict[str, float]
    startup_s: float  # time from power-on to the application's first instruction
    in_vm: str | None = None  # a container row inside a VM: that VM's product ("kvm", "esxi")


@dataclass(frozen=True)
class Variant:
    """One row's stack: a StackConfig, or a container inside a VM, or a micro-VM."""

    stack: StackConfig
    in_vm: StackConfig | None = None  # the VM stack a container runs inside
    micro: bool = False  # a Firecracker micro-VM (stack: KVM, hardware, EPT, virtio)

    @property
    def product(self) -> str | None:
        if self.micro:
            return "firecracker"
        return self.stack.product.value if self.stack.product else None


# Bare metal: ESXi for unmodified guests; Xen for the paravirtual one, since
# ESXi's paravirtual CPU interface (VMI) was retired in 2011 [VMwareVMI2011].
_VM_PRODUCTS = {Mode.HOSTED: Product.VMWARE_WORKSTATION, Mode.BARE_METAL: Product.ESXI, Mode.HYBRID: Product.KVM}
_PARA_PRODUCTS = {Mode.BARE_METAL: Product.XEN}


# The VMs a nested container row runs in: hardware-assisted with EPT and virtio,
# as clouds run their container hosts (assumption: the common configuration).
_NESTING_PRODUCTS = {Mode.HYBRID: Product.KVM, Mode.BARE_METAL: Product.ESXI}


def variants() -> list[Variant]:
    """Every valid stack for one Linux guest on the reference host, in display order."""
    docker = [StackConfig(Mode.CONTAINER, Product.DOCKER, network=n) for n in (Network.NAT, Network.HOST)]
    out = [Variant(StackConfig(Mode.NATIVE))] + [Variant(s) for s in docker]
    out += [Variant(docker[0], in_vm=StackConfig(m, p, Technique.HARDWARE, True, IoPath.PARAVIRTUAL, Network.BRIDGED))
            for m, p in _NESTING_PRODUCTS.items()]
    for mode, default in _VM_PRODUCTS.items():
        for tech in (Technique.FULL, Technique.PARA, Technique.HARDWARE):
            product = _PARA_PRODUCTS.get(mode, default) if tech is Technique.PARA else default
            host = Host("ref", "reference", REFERENCE_HOST, mode, product)
            for ept in ((True, False) if tech is Technique.HARDWARE else (True,)):
                for io in IoPath:
                    cfg = VmConfig(REFERENCE_OS, technique=tech, ept=ept, io=io, network=Network.BRIDGED)
                    if check_vm_config(host, cfg):
                        out.append(Variant(StackConfig(mode, product, tech, ept, io, Network.BRIDGED)))
    out.append(Variant(StackConfig(Mode.HYBRID, Product.KVM, Technique.HARDWARE, True, IoPath.PARAVIRTUAL,
                                   Network.BRIDGED), micro=True))
    return out


def stack_world(variant: Variant, workload: str, seed: int = SEED) -> tuple[World, str]:
    """A world of one reference host and one guest with that stack, powered off (a container
    in a VM: the VM already running, idle, so the container has its vCPUs to itself)."""
    world = World(seed=seed, history=2)
    cfg = variant.stack
    if variant.in_vm is not None:
        vm = variant.in_vm
        world.add_host(Host("ref", "reference host", REFERENCE_HOST, vm.mode, vm.product))
        world.add_guest(Guest("vm", "vm", "ref", VmConfig(REFERENCE_OS, technique=vm.technique, ept=vm.ept,
                                                          io=vm.io, network=vm.network), "idle"))
        world.restore_state("vm", GuestState.RUNNING)
        guest = world.add_guest(Guest("guest", "guest", "ref", ContainerConfig(REFERENCE_IMAGE, network=cfg.network),
                                      workload, in_vm="vm"))
        world.hosts["ref"].image_cache.update(cache_keys(guest))  # pulled earlier
        return world, "guest"
    world.add_host(Host("ref", "reference host", REFERENCE_HOST, cfg.mode, cfg.product))
    if cfg.mode is Mode.CONTAINER:
        config = ContainerConfig(REFERENCE_IMAGE, network=cfg.network or Network.NAT)
        world.hosts["ref"].image_cache.update(IMAGES[REFERENCE_IMAGE].layers)  # pulled earlier
    else:
        config = VmConfig(MICROVM_OS if variant.micro else REFERENCE_OS,
                          technique=cfg.technique or Technique.HARDWARE, ept=cfg.ept,
                          io=cfg.io or IoPath.PARAVIRTUAL, network=cfg.network or Network.BRIDGED)
    world.add_guest(Guest("guest", "guest", "ref", config, workload))
    return world, "guest"


@dataclass(frozen=True)
class _Run:
    perf: float
    overhead: dict[str, float]
    io_cpu_cores: dict[str, float]
    startup_s: float


@cache
def run_stack(cfg: Variant, workload: str) -> _Run:
    """Power the guest on, run it to steady state, and read the engine's last sample."""
    from core.sim import engine  # numpy: loaded on the first comparison, not at start-up

    world, gid = stack_world(cfg, workload)
    world.power_on(gid)
    guest = world.guests[gid]
    startup_s = guest.timer_total  # the boot (or container start) the world scheduled
    world.step(max(guest.timer, 1e-6))  # through the boot in one step
    for _ in range(SETTLE_TICKS):
        sample = world.step(1.0)
    row = sample.guest(gid)
    if row is None:  # the world refused to run it: a bug in variants(), not a user error
        raise RuntimeError(f"{cfg} did not reach steady state")
    perf = float(row["perf"])
    compiled = engine.Compiled(world)  # the arrays the engine ticks with, for this guest
    return _Run(perf, _split(world, compiled, perf), _io_cpu(world, compiled, row), startup_s)


def _split(world: World, compiled, perf: float) -> dict[str, float]:
    """Split the engine's slowdown 1/perf - 1 over the layers the engine charges.

    Each class of work takes w / efficiency of its native time under the
    engine's harmonic mix; the extra part of compute classes is charged to the
    layer that traps privileged work, the extra part of I/O classes to the
    layer that moves the I/O (as ``engine.tick`` charges CPU).
    """
    extra = 1.0 / perf - 1.0
    if extra <= 1e-9:
        return {}
    host = world.hosts["ref"]
    guest = world.guests["guest"]
    row = compiled.index.guests["guest"]
    weights, eff = compiled.weights[row], compiled.eff[row]
    # A container in a VM: its I/O takes the VM's path (core.sim.engine).
    io_path = getattr(world.guests[guest.in_vm or "guest"].config, "io", None)
    parts: dict[str, float] = {}
    for k, (w, e) in enumerate(zip(weights, eff, strict=True)):
        if w <= 0 or e >= 1.0:
            continue
        compute = k < len(COMPUTE_CLASSES)
        layer = compute_overhead_layer(host.mode) if compute else io_overhead_layer(host.mode, host.product, io_path)
        key = layer or "hostos"
        parts[key] = parts.get(key, 0.0) + float(w) * (1.0 / float(e) - 1.0)
    total = sum(parts.values())
    if total <= 0:
        return {}
    return {k: round(extra * v / total, 4) for k, v in parts.items()}


def _io_cpu(world: World, compiled, row: dict[str, float]) -> dict[str, float]:
    """Cores the I/O layer burnt for the guest's achieved I/O in the last sample."""
    host = world.hosts["ref"]
    r = compiled.index.guests["guest"]
    cores = (row["net_mbps"] / 1000.0 * compiled.cpu_per_gbps[r]
             + row["disk_iops"] / 10_000.0 * compiled.cpu_per_10k_iops[r])
    owner = world.guests[world.guests["guest"].in_vm or "guest"]
    layer = io_overhead_layer(host.mode, host.product, getattr(owner.config, "io", None))
    return {layer or "hostos": round(float(cores), 4)} if cores > 1e-9 else {}


def _result(variant: Variant, workload: str, m: Measure) -> Result:
    cfg = variant.stack
    vm = cfg.mode not in (Mode.NATIVE, Mode.CONTAINER)
    if cfg.mode is Mode.NATIVE:
        # The baseline itself: no guest, nothing between the work and the hardware.
        rel, overhead, io_cpu, startup = 1.0, {}, {}, MEASURES["startup"].native
    else:
        run = run_stack(variant, "idle" if workload == "startup" else workload)
        rel, overhead, io_cpu, startup = run.perf, run.overhead, run.io_cpu_cores, run.startup_s
    if workload == "startup":
        rel, overhead, io_cpu = m.native / startup, {}, {}
        value = startup
    else:
        value = m.native * rel if m.higher_is_better else m.native / rel
    return Result(
        mode=cfg.mode.value,
        product=variant.product,
        technique=cfg.technique.value if vm else None,
        ept=cfg.ept if vm and cfg.technique is Technique.HARDWARE else None,
        io=cfg.io.value if vm else None,
        network=cfg.network.value if cfg.network else None,
        value=round(value, 4),
        relative=round(rel, 4),
        overhead=overhead,
        io_cpu_cores=io_cpu,
        startup_s=startup,
        in_vm=variant.in_vm.product.value if variant.in_vm else None,
    )


def compare(workload: str) -> tuple[Measure, list[Result]]:
    if workload not in MEASURES:
        raise KeyError(workload)
    if workload != "startup" and workload not in WORKLOADS:
        raise KeyError(workload)
    m = MEASURES[workload]
    return m, [_result(cfg, workload, m) for cfg in variants()]


def compare_json(workload: str) -> dict:
    m, results = compare(workload)
    return {
        "workload": workload,
        "unit": m.unit,
        "higher_is_better": m.higher_is_better,
        "results": [asdict(r) for r in results],
    }
