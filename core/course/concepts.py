"""What VirtLab teaches, as data: each concept's figures, their sources and its lab.

The Learn panel explains a concept (the text lives in ``gui/learn_texts.py`` so
it can be translated) and shows here what the simulation *uses* for it.  The
values are read from the model (``efficiency``, ``layers``, ``engine``,
``catalog``) rather than copied, so the panel never disagrees with the engine.
Source keys are those of ``sources.py``; an empty tuple marks a modelling
assumption.

Concept ids: the layer graph's node kinds ("hostos", "qemu", ...), and
"mode:<mode>", "technique:<technique>", "io:<path>", "network:<mode>", "ept",
"overcommit", "page-sharing", "ballooning", "swap", "migration", "cloud", and
"mechanism:<kind>" for the step-through views (instruction, memory, io).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.model.catalog import GUEST_OSES, IMAGES
from core.model.kinds import IoPath, Mode, Network, Product, Technique
from core.model.layers import PAGE_SHARING_FRACTION, SWAP_PENALTY, LayerSpec, host_layers, vm_layers
from core.model.workloads import CLASSES, WORKLOADS
from core.sim import migration
from core.sim.efficiency import StackConfig, efficiency, io_cpu_cost
from core.sim.power import CONTAINER_START_S

NODE_KINDS = ("hardware", "hostos", "vmm", "hypervisor", "mgmt", "kvm", "qemu", "daemon", "client",
              "registry", "image", "guestos", "container", "app", "vswitch", "datastore")


@dataclass(frozen=True)
class Figure:
    what: str  # "speed:<class>" or a quantity id ("memory_mb", "boot_s", ...); the GUI names it
    value: float
    stack: str  # the stack it applies to, in the CLI's words ("" when it is not per stack)
    sources: tuple[str, ...]  # keys of sources.SOURCES; () = modelling assumption


@dataclass(frozen=True)
class Concept:
    id: str
    figures: tuple[Figure, ...]
    sources: tuple[str, ...]  # all sources behind the concept, figures' included
    lab_keywords: tuple[str, ...]  # words in a lab's file name that mark it as practising this


REF_OS = "ubuntu-24.04"
_VM = {Mode.HOSTED: Product.VMWARE_WORKSTATION, Mode.BARE_METAL: Product.ESXI, Mode.HYBRID: Product.KVM}


def _stack(mode: Mode, tech=Technique.HARDWARE, ept=True, io=IoPath.PARAVIRTUAL,
           net: Network | None = None) -> StackConfig:
    if mode in _VM:
        return StackConfig(mode, _VM[mode], tech, ept, io, net or Network.BRIDGED)
    return StackConfig(mode, Product.DOCKER if mode is Mode.CONTAINER else None, network=net)


def stack_text(cfg: StackConfig) -> str:
    parts = [cfg.mode.value]
    if cfg.mode in _VM:
        tech = cfg.technique.value
        if cfg.technique is Technique.HARDWARE:
            tech += ", EPT" if cfg.ept else ", shadow paging"
        parts += [tech, cfg.io.value]
    if cfg.network:
        parts.append(cfg.network.value)
    return ", ".join(parts)


def _speed(cls: str, cfg: StackConfig, *sources: str) -> Figure:
    value = efficiency(cfg)[CLASSES.index(cls)]
    return Figure(f"speed:{cls}", round(value, 4), stack_text(cfg), tuple(sources))


def _nested_speed(cls: str, vm: StackConfig, *sources: str) -> Figure:
    """A container (NAT) inside a VM: the engine multiplies both stacks' efficiencies
    (core.sim.engine, core.sim.nesting)."""
    inner = StackConfig(Mode.CONTAINER, Product.DOCKER, network=Network.NAT)
    k = CLASSES.index(cls)
    value = efficiency(inner)[k] * efficiency(vm)[k]
    return Figure(f"speed:{cls}", round(value, 4), f"{stack_text(inner)}, {stack_text(vm)}", tuple(sources))


def _layer(mode: Mode, key: str, product: Product | None = None, host_os: str = "linux") -> LayerSpec:
    return next(s for s in host_layers(mode, product, host_os) + vm_layers(mode) if s.key == key)


def _footprint(spec: LayerSpec, stack: str, *sources: str, per_vm: bool = False) -> list[Figure]:
    out = [Figure("memory_mb", spec.memory_mb, stack, ()), Figure("base_cpu", spec.base_cpu, stack, ())]
    if per_vm:
        out.append(Figure("per_vm_memory_mb", spec.per_vm_memory_mb, stack, tuple(sources)))
    return out


def _io_cpu(cfg: StackConfig) -> list[Figure]:
    gbps, iops = io_cpu_cost(cfg)
    s = stack_text(cfg)
    return [Figure("io_cpu_per_gbps", gbps, s, ()), Figure("io_cpu_per_10k_iops", iops, s, ())]


def _migration() -> list[Figure]:
    """A 4 GB, 2-vCPU VM running the "cpu" workload, moved over 1 Gb/s [Clark2005]."""
    wl, memory, vcpus = WORKLOADS["cpu"], 4096, 2
    bw = 1000 / 8 * migration.BANDWIDTH_SHARE
    dirty = vcpus * wl.busy * wl.mem_touch * migration.DIRTY_MBS_PER_BUSY_VCPU
    rounds, seconds, left = migration.precopy(memory, dirty, bw, memory * wl.mem_touch * migration.WWS_FRACTION)
    pause = left / bw + migration.SWITCH_S
    return [Figure("migration_s", round(seconds + pause, 1), "hybrid", ("Clark2005",)),
            Figure("migration_pause_s", round(pause, 3), "hybrid", ("Clark2005",)),
            Figure("migration_rounds", rounds, "hybrid", ("Clark2005",))]


def _build() -> dict[str, list]:
    H, B, Y, C, N = Mode.HOSTED, Mode.BARE_METAL, Mode.HYBRID, Mode.CONTAINER, Mode.NATIVE
    boot = Figure("boot_s", GUEST_OSES[REF_OS].boot_s, GUEST_OSES[REF_OS].name, ())
    start = Figure("start_s", CONTAINER_START_S, "container", ("Manco2017",))
    native_start = Figure("start_s", 0.001, "native", ("Manco2017",))  # a process fork/exec
    return {
        # id: [figures, extra sources, lab keywords]
        "hardware": [[], (), ("four-properties", "demo")],
        "hostos": [_footprint(_layer(N, "hostos"), "linux")
                   + _footprint(_layer(N, "hostos", host_os="windows"), "windows"), (), ("hosted", "demo")],
        "vmm": [_footprint(_layer(H, "vmm"), "hosted", per_vm=True)
                + [_speed("os", _stack(H, Technique.FULL), "Adams2006"),
                   _speed("net_tput", _stack(H, io=IoPath.EMULATED), "Barham2003")], (), ("hosted", "workstation")],
        "hypervisor": [_footprint(_layer(B, "hypervisor", Product.ESXI), "bare-metal, esxi")
                       + [Figure("per_vm_memory_mb", _layer(B, "hypervisor", Product.XEN).per_vm_memory_mb,
                                 "bare-metal, xen", ("Barham2003",)),
                          _speed("os", _stack(B), "Adams2006", "VMwareEPT2009")], ("VMwareESXiArch", "HyperVArch"),
                       ("baremetal", "bare-metal", "esxi", "xen")],
        "mgmt": [_footprint(_layer(B, "mgmt", Product.XEN), "bare-metal, xen"), ("Barham2003", "HyperVArch"),
                 ("xen", "dom0")],
        "kvm": [[Figure("per_vm_memory_mb", _layer(Y, "kvm").per_vm_memory_mb, "hybrid", ()),
                 _speed("cpu", _stack(Y), "Felter2014"),
                 _speed("os", _stack(Y), "Adams2006", "VMwareEPT2009")], (), ("kvm", "hybrid")],
        "qemu": [_footprint(_layer(Y, "qemu"), "hybrid")
                 + [_speed("disk_rand", _stack(Y), "Felter2014"), *_io_cpu(_stack(Y))], (), ("kvm", "qemu")],
        "daemon": [_footprint(_layer(C, "daemon"), "container") + [start], (), ("docker", "container")],
        "client": [[start], (), ("docker", "container")],
        "registry": [[Figure("image_size_mb", i.size_mb, i.name, ()) for i in IMAGES.values()][:3], (),
                     ("docker", "registry", "image")],
        "image": [[Figure("image_size_mb", i.size_mb, i.name, ()) for i in IMAGES.values()][:3], (),
                  ("docker", "image")],
        "guestos": [[boot], (), ("vms-vs-containers", "four-properties", "demo")],
        # Storage and network virtualization (issue 15): the switch carries every bridged, NAT
        # and host-only packet; the datastore holds every virtual disk file.
        "vswitch": [[_speed("net_tput", _stack(Y), "Barham2003"), _speed("net_lat", _stack(Y), "Felter2014")],
                    ("VBoxNetworking",), ("storage-and-network",)],
        "datastore": [[_speed("disk_rand", _stack(Y), "Felter2014"), _speed("disk_seq", _stack(Y))],
                      (), ("storage-and-network",)],
        "container": [[_speed("cpu", _stack(C), "Felter2014"), _speed("disk_rand", _stack(C), "Felter2014"),
                       start], ("CRIU", "ProxmoxCT"), ("vms-vs-containers", "docker", "container")],
        "app": [[_speed("cpu", _stack(Y), "Felter2014", "Adams2006"),
                 _speed("os", _stack(Y), "Adams2006", "VMwareEPT2009")], (), ("kvm-qemu", "demo")],
        "mode:native": [[native_start], (), ("hosted-baremetal", "demo")],
        "mode:hosted": [[_speed("os", _stack(H, Technique.FULL), "Adams2006"),  # measured on a hosted VMM
                         _speed("disk_rand", _stack(H)),
                         _speed("net_tput", _stack(H, io=IoPath.EMULATED), "Barham2003"), boot], (),
                        ("hosted", "workstation")],
        "mode:bare-metal": [[_speed("os", _stack(B), "Adams2006", "VMwareEPT2009"),
                             _speed("disk_rand", _stack(B)),
                             _speed("net_tput", _stack(B), "Barham2003"), boot], ("VMwareESXiArch", "HyperVArch"),
                            ("baremetal", "bare-metal", "esxi", "xen")],
        "mode:hybrid": [[_speed("os", _stack(Y), "Adams2006", "VMwareEPT2009"),
                         _speed("disk_rand", _stack(Y), "Felter2014"),
                         _speed("net_lat", _stack(Y), "Felter2014"), boot], ("ProxmoxCT",), ("kvm", "hybrid")],
        "mode:container": [[_speed("cpu", _stack(C), "Felter2014"),
                            _speed("net_lat", _stack(C, net=Network.NAT), "Felter2014"), start], (),
                           ("vms-vs-containers", "docker", "container")],
        "container-in-vm": [[_nested_speed("os", _stack(Y), "Felter2014", "Adams2006"),
                             _nested_speed("net_lat", _stack(Y), "Felter2014"), start], (),
                            ("containers-in-vms", "container")],
        "technique:full": [[_speed("os", _stack(B, Technique.FULL), "Adams2006"),
                            _speed("mmu", _stack(B, Technique.FULL), "Adams2006")], (), ("binary", "techniques")],
        "technique:para": [[_speed("cpu", _stack(B, Technique.PARA), "Barham2003"),
                            _speed("os", _stack(B, Technique.PARA), "Barham2003"),
                            _speed("mmu", _stack(B, Technique.PARA)),
                            _speed("mmu", _stack(B), "Adams2006", "VMwareEPT2009")], ("HyperVTLFS",),
                           ("paravirt", "techniques", "xen")],
        "technique:hardware": [[_speed("os", _stack(B), "Adams2006", "VMwareEPT2009"),
                                _speed("os", _stack(B, ept=False), "Adams2006")], (), ("techniques", "hardware", "vt-x")],
        "ept": [[_speed("mmu", _stack(B), "Adams2006", "VMwareEPT2009"),
                 _speed("mmu", _stack(B, ept=False), "Adams2006")], ("Bhargava2008",),
                ("ept", "shadow", "mmu", "demo")],
        "io:emulated": [[_speed("disk_seq", _stack(Y, io=IoPath.EMULATED), "Proxmox"),
                         _speed("net_tput", _stack(Y, io=IoPath.EMULATED), "Proxmox"),
                         *_io_cpu(_stack(Y, io=IoPath.EMULATED))], (), ("emulat", "virtio", "kvm-qemu")],
        "io:paravirtual": [[_speed("disk_rand", _stack(Y), "Felter2014"),
                            _speed("net_tput", _stack(Y), "Felter2014"),
                            _speed("net_lat", _stack(Y), "Felter2014"), *_io_cpu(_stack(Y))], ("Proxmox",),
                           ("virtio", "paravirtual-io", "kvm-qemu")],
        "io:passthrough": [[_speed("disk_rand", _stack(Y, io=IoPath.PASSTHROUGH), "Gordon2012"),
                            _speed("net_lat", _stack(Y, io=IoPath.PASSTHROUGH), "Gordon2012"),
                            *_io_cpu(_stack(Y, io=IoPath.PASSTHROUGH))], (), ("passthrough", "sr-iov", "demo")],
        "network:nat": [[_speed("net_lat", _stack(C, net=Network.NAT), "Felter2014"),
                         _speed("net_lat", _stack(Y, net=Network.NAT))], (), ("network", "nat")],
        "network:bridged": [[_speed("net_lat", _stack(Y, net=Network.BRIDGED), "Felter2014")], (),
                            ("network", "bridged")],
        "network:host-only": [[_speed("net_lat", _stack(Y, net=Network.HOST_ONLY), "Felter2014")], (),
                              ("network", "host-only")],
        "network:host": [[_speed("net_lat", _stack(C, net=Network.HOST), "Felter2014")], (),
                         ("network", "docker")],
        # The step-through views (core/course/mechanisms.py): what each path's total explains.
        "mechanism:instruction": [[_speed("os", _stack(B, Technique.FULL), "Adams2006"),
                                   _speed("os", _stack(B, ept=False), "Adams2006"),
                                   _speed("os", _stack(B, Technique.PARA), "Barham2003")],
                                  ("Popek1974", "Agesen2012", "IntelSDM"), ("techniques", "binary", "paravirt")],
        "mechanism:memory": [[_speed("mmu", _stack(B, Technique.FULL), "Adams2006"),
                              _speed("mmu", _stack(B, ept=False), "Adams2006"),
                              _speed("mmu", _stack(B), "Adams2006", "VMwareEPT2009"),
                              _speed("mmu", _stack(B, Technique.PARA))], ("Bhargava2008", "Barham2003"),
                             ("ept", "shadow", "xen", "techniques")],
        "mechanism:io": [[_speed("disk_rand", _stack(Y, io=IoPath.EMULATED)),
                          _speed("disk_rand", _stack(Y), "Felter2014"),
                          _speed("disk_rand", _stack(Y, io=IoPath.PASSTHROUGH), "Gordon2012"),
                          _speed("net_lat", _stack(C, net=Network.NAT), "Felter2014")], ("Russell2008", "Barham2003"),
                         ("kvm-qemu", "virtio", "passthrough")],
        "overcommit": [[], ("CloudSimPlus", "Barham2003"), ("overcommit", "ready", "cpu")],
        "page-sharing": [[Figure("page_sharing_fraction", PAGE_SHARING_FRACTION, "", ("Waldspurger2002",))],
                         ("VMwareTPS2014", "LinuxKSM"), ("memory", "sharing", "overcommit")],
        "ballooning": [[], ("Waldspurger2002",), ("memory", "balloon", "overcommit")],
        "swap": [[Figure("swap_penalty", SWAP_PENALTY, "", ())], (), ("memory", "swap", "overcommit")],
        "migration": [_migration(), ("VMwareEVC",), ("migration", "four-properties", "demo")],
        "cloud": [[], ("NIST800-145",), ("cloud",)],
    }


def _concepts() -> dict[str, Concept]:
    out = {}
    for cid, (figs, extra, keywords) in _build().items():
        sources = tuple(dict.fromkeys([s for f in figs for s in f.sources] + list(extra)))
        out[cid] = Concept(cid, tuple(figs), sources, tuple(keywords))
    return out


CONCEPTS: dict[str, Concept] = _concepts()


def concept(concept_id: str) -> Concept | None:
    return CONCEPTS.get(concept_id)


def find_lab(concept_id: str, labs_dir: Path) -> Path | None:
    """The bundled lab that practises a concept: the first whose file name has one of its
    keywords, in keyword order; None when no lab does (labs come and go between releases)."""
    c = CONCEPTS.get(concept_id)
    try:
        labs = sorted(p for p in Path(labs_dir).glob("*.vlab") if p.is_file())
    except OSError:
        return None
    if c is None:
        return None
    for word in c.lab_keywords:
        for p in labs:
            if word in p.stem.lower():
                return p
    return None
