"""One guest, one workload, every stack: the course's comparison in numbers.

``compare(workload)`` runs the same work on every valid stack of a reference
host (the rack-server template, so that passthrough and SR-IOV are possible)
and reports the measured value and its speed relative to native.  The GUI's
Compare view and ``virtlab-sim compare`` both call this, so they agree.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from core.model.catalog import GUEST_OSES
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import IoPath, Mode, Network, Product, Technique
from core.model.layers import compute_overhead_layer, io_overhead_layer
from core.model.objects import Host, VmConfig
from core.model.workloads import CLASSES
from core.sim.efficiency import StackConfig, efficiency, io_cpu_cost, relative_speed
from core.sim.rules import check_vm_config
from core.sim.world import CONTAINER_START_S

REFERENCE_HOST = HOST_TEMPLATES["rack-server"]
REFERENCE_OS = "ubuntu-24.04"


@dataclass(frozen=True)
class Measure:
    unit: str
    native: float
    higher_is_better: bool
    weights: dict[str, float]


# Native values are the measured baselines where a source gives one.
MEASURES: dict[str, Measure] = {
    "cpu": Measure("GFLOPS (Linpack)", 290.8, True, {"cpu": 1.0}),  # [Felter2014]
    "os-heavy": Measure("s (Linux kernel build)", 263.0, False, {"os": 1.0}),  # [Barham2003]
    "mmu-heavy": Measure("cycles per page fault", 1093.0, False, {"mmu": 1.0}),  # [Adams2006]
    # Assumption: STREAM on the reference host's memory system.
    "memory-bandwidth": Measure("GB/s (STREAM)", REFERENCE_HOST.mem_bw_gbs, True, {"mem": 1.0}),
    "disk-seq": Measure("MB/s", REFERENCE_HOST.disk.seq_mbs, True, {"disk_seq": 1.0}),
    "disk-rand": Measure("IOPS", REFERENCE_HOST.disk.iops, True, {"disk_rand": 1.0}),
    "net-throughput": Measure("Gb/s", 9.3, True, {"net_tput": 1.0}),  # [Felter2014] 10 GbE
    # [Felter2014] KVM adds ~30 us per transaction, which is +80 %: native ~37.5 us.
    "net-latency": Measure("us per transaction", 30.0 / 0.8, False, {"net_lat": 1.0}),
    # [Manco2017] a process fork/exec takes about 1 ms.
    "startup": Measure("s to first instruction of the application", 0.001, False, {}),
}
WORKLOAD_NAMES = tuple(MEASURES)


@dataclass(frozen=True)
class Result:
    mode: str
    technique: str | None
    ept: bool | None
    io: str | None
    network: str | None
    value: float
    relative: float
    # Extra time per unit of native time, by the layer that causes it (layer keys
    # of ``layers.py``); the parts add up to 1/relative - 1.
    overhead: dict[str, float]
    # Host CPU cores each layer burns to move this workload's I/O at ``value``.
    io_cpu_cores: dict[str, float]
    startup_s: float  # time from power-on to the application's first instruction


def variants() -> list[StackConfig]:
    """Every valid stack for one Linux guest on the reference host, in display order."""
    out = [StackConfig(Mode.NATIVE)]
    out += [StackConfig(Mode.CONTAINER, Product.DOCKER, network=n) for n in (Network.NAT, Network.HOST)]
    products = {Mode.HOSTED: Product.VMWARE_WORKSTATION, Mode.BARE_METAL: Product.ESXI, Mode.HYBRID: Product.KVM}
    for mode, product in products.items():
        host = Host("ref", "reference", REFERENCE_HOST, mode, product)
        for tech in (Technique.FULL, Technique.PARA, Technique.HARDWARE):
            for ept in ((True, False) if tech is Technique.HARDWARE else (True,)):
                for io in IoPath:
                    cfg = VmConfig(REFERENCE_OS, technique=tech, ept=ept, io=io, network=Network.BRIDGED)
                    if check_vm_config(host, cfg):
                        out.append(StackConfig(mode, product, tech, ept, io, Network.BRIDGED))
    return out


def _startup_s(cfg: StackConfig) -> float:
    if cfg.mode is Mode.NATIVE:
        return MEASURES["startup"].native
    if cfg.mode is Mode.CONTAINER:
        return CONTAINER_START_S
    return GUEST_OSES[REFERENCE_OS].boot_s


COMPUTE_CLASSES = {"cpu", "os", "mmu", "mem"}
LAYER_KEYS = ("hostos", "vmm", "hypervisor", "mgmt", "kvm", "qemu", "daemon")


def overhead_by_layer(cfg: StackConfig, weights: dict[str, float]) -> dict[str, float]:
    """Split the slowdown 1/relative - 1 over the layers that cause it.

    Time adds up (``relative_speed`` is harmonic), so each class of work adds
    w * (1/e - 1) to the run time; compute classes are charged to the layer that
    traps privileged work, I/O classes to the layer that moves the I/O, as the
    engine charges them each tick.
    """
    eff = dict(zip(CLASSES, efficiency(cfg), strict=True))
    out: dict[str, float] = {}
    for c, w in weights.items():
        if not w or eff[c] >= 1.0:
            continue
        if c in COMPUTE_CLASSES:
            layer = compute_overhead_layer(cfg.mode)
        else:
            layer = io_overhead_layer(cfg.mode, cfg.product, cfg.io)
        layer = layer or "hostos"
        out[layer] = out.get(layer, 0.0) + w * (1.0 / eff[c] - 1.0)
    return {k: round(v, 4) for k, v in out.items()}


def io_cpu_by_layer(cfg: StackConfig, workload: str, value: float) -> dict[str, float]:
    """Cores burnt moving I/O at the measured rate (the engine's io_cpu for one guest)."""
    per_gbps, per_10k_iops = io_cpu_cost(cfg)
    if workload == "net-throughput":
        cores = value * per_gbps
    elif workload == "disk-rand":
        cores = value / 10_000.0 * per_10k_iops
    else:
        return {}
    layer = io_overhead_layer(cfg.mode, cfg.product, cfg.io) or "hostos"
    return {layer: round(cores, 4)} if cores > 0 else {}


def compare(workload: str) -> tuple[Measure, list[Result]]:
    if workload not in MEASURES:
        raise KeyError(workload)
    m = MEASURES[workload]
    results = []
    for cfg in variants():
        if workload == "startup":
            value = _startup_s(cfg)
            rel = m.native / value
        else:
            weights = tuple(m.weights.get(c, 0.0) for c in CLASSES)
            rel = relative_speed(weights, efficiency(cfg))
            value = m.native * rel if m.higher_is_better else m.native / rel
        vm = cfg.mode not in (Mode.NATIVE, Mode.CONTAINER)
        results.append(Result(
            mode=cfg.mode.value,
            technique=cfg.technique.value if vm else None,
            ept=cfg.ept if vm and cfg.technique is Technique.HARDWARE else None,
            io=cfg.io.value if vm else None,
            network=cfg.network.value if cfg.network else None,
            value=round(value, 4),
            relative=round(rel, 4),
            overhead={} if workload == "startup" else overhead_by_layer(cfg, m.weights),
            io_cpu_cores=io_cpu_by_layer(cfg, workload, value),
            startup_s=_startup_s(cfg),
        ))
    return m, results


def compare_json(workload: str) -> dict:
    m, results = compare(workload)
    return {
        "workload": workload,
        "unit": m.unit,
        "higher_is_better": m.higher_is_better,
        "results": [asdict(r) for r in results],
    }
