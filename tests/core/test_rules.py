"""Every rule in core/rules.py and every check_* in core/world.py, one code at a time."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from core.model.kinds import GuestState, IoPath, Mode, Network, Product, Technique
from core.model.objects import ContainerConfig, VmConfig
from core.sim import rules
from core.sim.world import World

from .helpers import cpu, hardware, make_container, make_host, make_vm, set_running

ROOT = Path(__file__).resolve().parents[2]


def refused(v: rules.Verdict, code: str, *names: str) -> None:
    """``v`` refuses with ``code``, and its message names every one of ``names``."""
    assert not v.ok and not bool(v)
    assert v.code == code, v
    assert v.message == v.template.format(**v.params)
    fields = {f for _, f, _, _ in string.Formatter().parse(v.template) if f}
    assert fields <= set(v.params)
    for name in names:
        assert name in v.message, (name, v.message)


@pytest.fixture
def world() -> World:
    return World(seed=1)


# --- ranges --------------------------------------------------------------------------
@pytest.mark.parametrize("field,value", [("vcpus", 0), ("vcpus", 129), ("memory_mb", 32),
                                         ("disk_gb", 0), ("cpu_limit", 0.05),
                                         ("memory_limit_mb", 2)])
def test_value_out_of_range(field, value):
    refused(rules.check_range(field, value), "value_out_of_range", field, str(value))


def test_value_in_range_allowed():
    assert rules.check_range("vcpus", 1) and rules.check_range("vcpus", 128)


def test_vm_config_range_checked(world):
    h = make_host(world, mode=Mode.HYBRID)
    refused(world.check_add_guest(h.id, VmConfig("debian-12", vcpus=0)), "value_out_of_range", "vcpus")
    refused(world.check_add_guest(h.id, VmConfig("debian-12", memory_mb=10)), "value_out_of_range",
            "memory_mb")


# --- check_mode --------------------------------------------------------------------
def test_native_takes_no_product(world):
    h = make_host(world)
    refused(world.check_mode(h.id, Mode.NATIVE, Product.KVM), "product_mode_mismatch")


def test_product_must_match_mode(world):
    h = make_host(world)
    refused(world.check_mode(h.id, Mode.HOSTED, Product.KVM), "product_mode_mismatch",
            "kvm", "hosted", "vmware-workstation")
    refused(world.check_mode(h.id, Mode.HYBRID, None), "product_mode_mismatch")


def test_mode_cannot_change_while_guests_run(world):
    h = make_host(world, mode=Mode.HOSTED)
    make_vm(world, "g1", h.id)
    world.power_on("g1")
    v = world.check_mode(h.id, Mode.BARE_METAL, Product.ESXI)
    refused(v, "host_has_running_guests", "H1", "1")
    with pytest.raises(rules.RuleError) as err:
        world.set_mode(h.id, Mode.BARE_METAL, Product.ESXI)
    assert err.value.verdict.code == "host_has_running_guests"
    assert h.mode is Mode.HOSTED  # unchanged
    # Re-confirming the current mode is not a change.
    assert world.check_mode(h.id, Mode.HOSTED, Product.VMWARE_WORKSTATION)


def test_hardware_cannot_change_while_guests_run(world):
    h = make_host(world, mode=Mode.HOSTED)
    make_vm(world, "g1", h.id)
    set_running(world, "g1")
    with pytest.raises(rules.RuleError) as err:
        world.set_hardware(h.id, hardware("rack-server"))
    assert err.value.verdict.code == "host_has_running_guests"
    world.power_off("g1")
    assert world.set_hardware(h.id, hardware("rack-server")).template == "lab-pc"


def test_new_hardware_must_suit_mode_and_guests(world):
    kvm = make_host(world, "k", mode=Mode.HYBRID)
    refused(world.check_hardware(kvm.id, hardware("old-laptop")), "needs_vtx", "VT-x", "kvm")
    hosted = make_host(world, "v", mode=Mode.HOSTED)
    make_vm(world, "g1", hosted.id, vcpus=4, technique=Technique.FULL, io=IoPath.EMULATED)
    refused(world.check_hardware(hosted.id, hardware("old-laptop")), "vcpus_exceed_cores", "4", "2")
    dock = make_host(world, "d", mode=Mode.CONTAINER)
    make_container(world, "c1", dock.id, cpu_limit=4)
    refused(world.check_hardware(dock.id, hardware("old-laptop")), "cpu_limit_exceeds_cores", "4", "2")
    assert world.check_hardware(dock.id, hardware("rack-server"))


@pytest.mark.parametrize("product", [Product.KVM, Product.ESXI, Product.HYPER_V])
def test_no_vtx_no_hypervisor_that_needs_it(world, product):
    h = make_host(world, template="old-laptop")
    mode = Mode.HYBRID if product is Product.KVM else Mode.BARE_METAL
    refused(world.check_mode(h.id, mode, product), "needs_vtx", "VT-x", product.value)


def test_no_amdv_named_for_amd(world):
    h = make_host(world, template=hardware(cpu=cpu(vendor="amd", vtx=False, ept=False)))
    refused(world.check_mode(h.id, Mode.HYBRID, Product.KVM), "needs_vtx", "AMD-V", "kvm")


def test_no_vtx_still_allows_xen_and_hosted(world):
    h = make_host(world, template="old-laptop")
    assert world.check_mode(h.id, Mode.BARE_METAL, Product.XEN)
    assert world.check_mode(h.id, Mode.HOSTED, Product.VIRTUALBOX)


def test_hyper_v_needs_ept(world):
    h = make_host(world, template=hardware(cpu=cpu(ept=False)))
    refused(world.check_mode(h.id, Mode.BARE_METAL, Product.HYPER_V), "needs_ept", "Hyper-V", "EPT")
    assert world.check_mode(h.id, Mode.BARE_METAL, Product.ESXI)


@pytest.mark.parametrize("mode,product", [(Mode.HYBRID, Product.KVM), (Mode.CONTAINER, Product.DOCKER)])
def test_kvm_and_docker_need_linux_host(world, mode, product):
    h = make_host(world, host_os="windows")
    refused(world.check_mode(h.id, mode, product), "needs_linux_host", product.value, "windows")
    assert world.check_mode(h.id, Mode.HOSTED, Product.VMWARE_WORKSTATION)


@pytest.mark.parametrize("mode,product", [(Mode.NATIVE, None), (Mode.CONTAINER, Product.DOCKER)])
def test_host_with_vms_cannot_drop_hypervisor(world, mode, product):
    h = make_host(world, mode=Mode.HOSTED)
    make_vm(world, "g1", h.id)
    refused(world.check_mode(h.id, mode, product), "host_has_vms", "H1", mode.value)


def test_host_with_containers_keeps_a_linux_kernel_with_an_engine(world):
    h = make_host(world, mode=Mode.CONTAINER)
    make_container(world, "c1", h.id)
    refused(world.check_mode(h.id, Mode.HOSTED, Product.VMWARE_WORKSTATION), "host_has_containers", "H1", "1")
    # Docker and KVM share one Linux kernel (Proxmox VE runs both) [ProxmoxCT].
    assert world.check_mode(h.id, Mode.HYBRID, Product.KVM)


def test_mode_change_revalidates_vms(world):
    h = make_host(world, mode=Mode.HOSTED)
    make_vm(world, "g1", h.id, technique=Technique.FULL)
    refused(world.check_mode(h.id, Mode.HYBRID, Product.KVM), "technique_not_offered", "kvm", "full")
    assert world.check_mode(h.id, Mode.BARE_METAL, Product.ESXI)
    assert world.set_mode(h.id, Mode.BARE_METAL, Product.ESXI) == (Mode.HOSTED, Product.VMWARE_WORKSTATION)
    assert h.mode is Mode.BARE_METAL and h.product is Product.ESXI


# --- VM configuration -------------------------------------------------------------------
def test_unknown_os(world):
    h = make_host(world, mode=Mode.HYBRID)
    refused(world.check_add_guest(h.id, VmConfig("beos-5")), "unknown_os", "beos-5")


def test_vcpus_exceed_cores(world):
    h = make_host(world, mode=Mode.HYBRID)  # lab-pc: 8 cores
    refused(world.check_add_guest(h.id, VmConfig("debian-12", vcpus=9)), "vcpus_exceed_cores", "9", "8")
    assert world.check_add_guest(h.id, VmConfig("debian-12", vcpus=8))


def test_memory_exceeds_host(world):
    h = make_host(world, mode=Mode.HYBRID)
    refused(world.check_add_guest(h.id, VmConfig("debian-12", memory_mb=17 * 1024)),
            "memory_exceeds_host", "17408", "16384")


def test_memory_below_os_minimum(world):
    h = make_host(world, mode=Mode.HYBRID)
    refused(world.check_add_guest(h.id, VmConfig("windows-11", memory_mb=2048)),
            "memory_below_os_minimum", "Windows 11", "4096", "2048")
    assert world.check_add_guest(h.id, VmConfig("windows-11", memory_mb=4096))
    assert world.check_add_guest(h.id, VmConfig("alpine-3", memory_mb=128))


def test_vm_network_kinds(world):
    h = make_host(world, mode=Mode.HYBRID)
    refused(world.check_add_guest(h.id, VmConfig("debian-12", network=Network.HOST)), "bad_network", "host")
    for net in (Network.NAT, Network.BRIDGED, Network.HOST_ONLY):
        assert world.check_add_guest(h.id, VmConfig("debian-12", network=net))


def test_hardware_assist_needs_vtx(world):
    h = make_host(world, template="old-laptop", mode=Mode.HOSTED)
    refused(world.check_add_guest(h.id, VmConfig("debian-12", technique=Technique.HARDWARE)),
            "technique_needs_vtx", "VT-x")
    assert world.check_add_guest(h.id, VmConfig("debian-12", technique=Technique.FULL, io=IoPath.EMULATED))


@pytest.mark.parametrize("os_id,name", [("windows-10", "Windows 10"), ("windows-11", "Windows 11")])
def test_windows_cannot_be_a_xen_pv_guest(world, os_id, name):
    h = make_host(world, mode=Mode.BARE_METAL, product=Product.XEN)
    v = world.check_add_guest(h.id, VmConfig(os_id, memory_mb=4096, technique=Technique.PARA))
    refused(v, "os_not_paravirtualizable", name, "Xen PV", "HVM", "PV drivers")
    assert v.fixes == (("technique", Technique.HARDWARE),)
    assert world.check_add_guest(h.id, VmConfig("xen-pv-linux", technique=Technique.PARA))
    assert world.check_add_guest(h.id, VmConfig(os_id, memory_mb=4096, technique=Technique.HARDWARE))


@pytest.mark.parametrize("os_id", ["windows-10", "windows-11"])
def test_windows_is_an_enlightened_paravirtual_guest_on_hyper_v(world, os_id):
    # [HyperVTLFS] Windows on Hyper-V makes hypercalls; [Barham2003] even ported XP to Xen.
    h = make_host(world, mode=Mode.BARE_METAL, product=Product.HYPER_V)
    assert world.check_add_guest(h.id, VmConfig(os_id, memory_mb=4096, technique=Technique.PARA))


def test_without_vtx_windows_has_no_way_onto_xen(world):
    h = make_host(world, template="old-laptop", mode=Mode.BARE_METAL, product=Product.XEN)
    v = world.check_add_guest(h.id, VmConfig("windows-10", technique=Technique.PARA))
    refused(v, "os_not_paravirtualizable", "Windows 10", "VT-x")
    assert v.fixes == ()


@pytest.mark.parametrize("product", [Product.FUSIONSPHERE, Product.ESXI, Product.HYPER_V])
def test_only_xen_runs_bare_metal_without_vtx(world, product):
    h = make_host(world, template="old-laptop")
    refused(world.check_mode(h.id, Mode.BARE_METAL, product), "needs_vtx", "VT-x", product.value)
    assert world.check_mode(h.id, Mode.BARE_METAL, Product.XEN)


@pytest.mark.parametrize("product,tech", [(Product.KVM, Technique.FULL), (Product.KVM, Technique.PARA),
                                          (Product.XEN, Technique.FULL), (Product.ESXI, Technique.PARA),
                                          (Product.VMWARE_WORKSTATION, Technique.PARA)])
def test_technique_not_offered(world, product, tech):
    mode = {Product.KVM: Mode.HYBRID, Product.XEN: Mode.BARE_METAL, Product.ESXI: Mode.BARE_METAL}.get(product, Mode.HOSTED)
    h = make_host(world, mode=mode, product=product)
    refused(world.check_add_guest(h.id, VmConfig("debian-12", technique=tech)), "technique_not_offered",
            product.value, tech.value)


def test_passthrough_not_on_hosted(world):
    h = make_host(world, template="rack-server", mode=Mode.HOSTED)
    refused(world.check_add_guest(h.id, VmConfig("debian-12", io=IoPath.PASSTHROUGH)),
            "passthrough_not_hosted", "hosted")


def test_passthrough_needs_iommu(world):
    h = make_host(world, template="lab-pc", mode=Mode.HYBRID)  # lab-pc: no VT-d
    refused(world.check_add_guest(h.id, VmConfig("debian-12", io=IoPath.PASSTHROUGH)),
            "passthrough_needs_iommu", "IOMMU")
    rack = make_host(world, "h2", template="rack-server", mode=Mode.HYBRID)
    assert world.check_add_guest(rack.id, VmConfig("debian-12", io=IoPath.PASSTHROUGH))


# --- containers ---------------------------------------------------------------------------
def test_unknown_image(world):
    h = make_host(world, mode=Mode.CONTAINER)
    refused(world.check_add_guest(h.id, ContainerConfig("nosuch")), "unknown_image", "nosuch")


def test_container_network_kinds(world):
    h = make_host(world, mode=Mode.CONTAINER)
    refused(world.check_add_guest(h.id, ContainerConfig("nginx", network=Network.BRIDGED)),
            "bad_network", "bridged")
    assert world.check_add_guest(h.id, ContainerConfig("nginx", network=Network.HOST))


def test_cpu_limit_exceeds_cores(world):
    h = make_host(world, mode=Mode.CONTAINER)
    refused(world.check_add_guest(h.id, ContainerConfig("nginx", cpu_limit=12)),
            "cpu_limit_exceeds_cores", "12", "8")


def test_container_range_checked(world):
    h = make_host(world, mode=Mode.CONTAINER)
    refused(world.check_add_guest(h.id, ContainerConfig("nginx", memory_limit_mb=1)),
            "value_out_of_range", "memory_limit_mb")


# --- placement ------------------------------------------------------------------------------
def test_native_runs_no_vms(world):
    h = make_host(world)
    refused(world.check_add_guest(h.id, VmConfig("debian-12")), "native_runs_no_vms", "H1")
    with pytest.raises(rules.RuleError):
        make_vm(world, "g1", h.id)
    assert "g1" not in world.guests


def test_container_host_runs_no_vms(world):
    h = make_host(world, mode=Mode.CONTAINER)
    refused(world.check_add_guest(h.id, VmConfig("debian-12")), "container_host_runs_no_vms", "H1")


def test_container_needs_linux_kernel_on_bare_metal(world):
    h = make_host(world, mode=Mode.BARE_METAL, product=Product.ESXI)
    v = world.check_add_guest(h.id, ContainerConfig("nginx"))
    refused(v, "container_needs_linux_kernel", "Linux container needs a Linux kernel", "H1", "container, hybrid")
    # Issue 15: the way that works without changing the host, a Linux VM, comes first.
    assert "Run a Linux VM" in v.message
    assert v.fixes == (("linux_vm",), ("mode", Mode.CONTAINER, Product.DOCKER), ("mode", Mode.HYBRID, Product.KVM))


@pytest.mark.parametrize("mode", [Mode.NATIVE, Mode.HOSTED])
def test_container_needs_engine(world, mode):
    h = make_host(world, mode=mode)
    refused(world.check_add_guest(h.id, ContainerConfig("nginx")), "container_needs_engine", "H1", "container")


def test_container_on_a_windows_host_is_sent_to_a_linux_host(world):
    # issue 20, fault 5: "Make it a container host" was advised, and then refused.
    h = make_host(world, mode=Mode.HOSTED, host_os="windows")
    v = world.check_add_guest(h.id, ContainerConfig("nginx"))
    refused(v, "container_needs_engine", "H1", "windows", "Linux host")
    assert "switch it" not in v.message.lower()
    assert v.fixes == (("other_host", Mode.CONTAINER, Product.DOCKER),)


def test_containers_run_beside_kvm_on_a_hybrid_host(world):
    h = make_host(world, mode=Mode.HYBRID)
    make_vm(world, "vm", h.id)
    assert world.check_add_guest(h.id, ContainerConfig("nginx"))
    make_container(world, "c", h.id)
    refused(world.check_mode(h.id, Mode.CONTAINER, Product.DOCKER), "host_has_vms", "H1")


def test_allowed_placements(world):
    for i, (mode, product) in enumerate([(Mode.HOSTED, Product.VIRTUALBOX), (Mode.BARE_METAL, Product.ESXI),
                                         (Mode.BARE_METAL, Product.XEN), (Mode.HYBRID, Product.KVM)]):
        h = make_host(world, f"h{i}", mode=mode, product=product)
        assert world.check_add_guest(h.id, VmConfig("debian-12")) is rules.OK
    d = make_host(world, "d", mode=Mode.CONTAINER)
    assert world.check_add_guest(d.id, ContainerConfig("redis")).ok


# --- power, move, update --------------------------------------------------------------------
def test_already_on(world):
    h = make_host(world, mode=Mode.HYBRID)
    make_vm(world, "g1", h.id)
    world.power_on("g1")
    refused(world.check_power_on("g1"), "already_on", "G1", "starting")


def test_move_rules(world):
    a = make_host(world, "a", mode=Mode.HYBRID)
    b = make_host(world, "b", mode=Mode.HOSTED)
    n = make_host(world, "n")
    make_vm(world, "g1", a.id)
    refused(world.check_move("g1", a.id), "same_host", "G1", "A")
    refused(world.check_move("g1", n.id), "native_runs_no_vms", "N")
    assert world.move_guest("g1", b.id) == a.id and world.guests["g1"].host_id == b.id
    set_running(world, "g1")
    refused(world.check_move("g1", a.id), "guest_must_be_off", "G1", "migration")


def test_update_rules(world):
    h = make_host(world, mode=Mode.HYBRID)
    g = make_vm(world, "g1", h.id)
    refused(world.check_update("g1", ContainerConfig("nginx")), "kind_mismatch", "container")
    set_running(world, "g1")
    bigger = VmConfig("ubuntu-24.04", vcpus=4)
    refused(world.check_update("g1", bigger), "guest_must_be_off", "G1", "virtual hardware")
    # The network mode may change while it runs.
    assert world.check_update("g1", VmConfig("ubuntu-24.04", network=Network.BRIDGED))
    world.power_off("g1")
    world.update_guest("g1", bigger, workload="cpu")
    assert g.config.vcpus == 4 and g.workload == "cpu"
    with pytest.raises(ValueError):
        world.update_guest("g1", workload="nosuch")


def test_suspend_rules(world):
    h = make_host(world, mode=Mode.CONTAINER)
    make_container(world, "c1", h.id)
    set_running(world, "c1")
    refused(world.check_suspend("c1"), "cannot_suspend", "C1", "running")
    v = make_host(world, "h2", mode=Mode.HYBRID)
    make_vm(world, "g1", v.id)
    refused(world.check_suspend("g1"), "cannot_suspend", "G1", "off")
    world.restore_state("g1", GuestState.RUNNING)
    assert world.check_suspend("g1")


def test_reset_rules(world):
    h = make_host(world, mode=Mode.HYBRID)
    make_vm(world, "g1", h.id)
    refused(world.check_reset("g1"), "cannot_reset", "G1", "power it on")
    with pytest.raises(rules.RuleError):
        world.reset("g1")


# --- every code is tested, every template is translatable -----------------------------------


def _refusals_in_core() -> list[tuple[str, str, str]]:
    """(file, code, template) of every ``refuse("code", "template", ...)`` call in core."""
    found = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            if name == "refuse" and len(node.args) >= 2:
                code, tpl = node.args[0], node.args[1]
                assert isinstance(code, ast.Constant) and isinstance(tpl, ast.Constant), (path, node.lineno)
                found.append((path.name, code.value, tpl.value))
    return found


def test_every_reason_code_has_a_test():
    """Each code core can refuse with is asserted, as a quoted string, in some core test."""
    codes = {code for _, code, _ in _refusals_in_core()}
    assert codes, "no refuse() calls found: the parser is broken"
    tests = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "core").glob("test_*.py"))
    untested = {c for c in codes if f'"{c}"' not in tests and f"'{c}'" not in tests}
    assert untested == set()


def test_every_template_is_listed_for_translation():
    # Read gui/reasons.py as text: importing it would need Qt.
    tree = ast.parse((ROOT / "gui" / "text" / "reasons.py").read_text(encoding="utf-8"))
    listed = {
        node.args[1].value for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2 and isinstance(node.args[1], ast.Constant)
    }
    templates = {tpl for _, _, tpl in _refusals_in_core()}
    assert len(templates) > 20
    missing = sorted(templates - listed)
    assert missing == [], f"add to gui/reasons.py TEMPLATES: {missing}"


# --- VirtualBox without VT-x: binary translation of 32-bit guests only [VirtualBoxManual] ---
def test_virtualbox_translates_32bit_guests_only(world):
    laptop = make_host(world, "l", template="old-laptop", mode=Mode.HOSTED, product=Product.VIRTUALBOX)
    v = world.check_add_guest(laptop.id, VmConfig("debian-12", memory_mb=1024, technique=Technique.FULL))
    refused(v, "bt_needs_32bit_guest", "virtualbox", "Debian 12", "VT-x", "32-bit")
    assert v.fixes == (("os", "debian-12-i386"),)
    assert world.check_add_guest(laptop.id, VmConfig("debian-12-i386", memory_mb=1024, technique=Technique.FULL))
    win = world.check_add_guest(laptop.id, VmConfig("windows-10", memory_mb=2048, technique=Technique.FULL))
    refused(win, "bt_needs_32bit_guest", "Windows 10", "cannot run it here")
    pc = make_host(world, "pc", mode=Mode.HOSTED, product=Product.VIRTUALBOX)
    v = world.check_add_guest(pc.id, VmConfig("debian-12", technique=Technique.FULL))
    refused(v, "bt_needs_32bit_guest", "hardware assistance")
    assert v.fixes == (("technique", Technique.HARDWARE),)
    # VMware Workstation's translator is left as it was (Compare's hosted row uses it).
    ws = make_host(world, "ws", template="old-laptop", mode=Mode.HOSTED, product=Product.VMWARE_WORKSTATION)
    assert world.check_add_guest(ws.id, VmConfig("debian-12", memory_mb=1024, technique=Technique.FULL))
