"""Real configuration files: what each sample maps to, and the one-line errors for bad ones."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from core.formats.detect import import_file
from core.formats.lab import build_world, plan_new_hosts, plan_onto_host
from core.formats.model import FormatError
from core.model.kinds import IoPath, Mode, Network, Product, Technique
from core.model.objects import ContainerConfig, VmConfig
from core.sim import rules

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"

# file -> (mode, product, guest name, the fields the sample states)
VMS = {
    "ubuntu-workstation.vmx": (Mode.HOSTED, Product.VMWARE_WORKSTATION, "Ubuntu course VM",
                               dict(os="ubuntu-24.04", vcpus=2, memory_mb=4096, disk_gb=40, io=IoPath.EMULATED,
                                    network=Network.NAT)),
    "win11-esxi.vmx": (Mode.BARE_METAL, Product.ESXI, "Win11 desktop pool",
                       dict(os="windows-11", vcpus=4, memory_mb=8192, io=IoPath.PARAVIRTUAL,
                            network=Network.BRIDGED)),
    "legacy-bt.vmx": (Mode.HOSTED, Product.VMWARE_WORKSTATION, "Legacy Debian (BT)",
                      dict(os="debian-12", technique=Technique.FULL, ept=False, io=IoPath.EMULATED,
                           network=Network.HOST_ONLY)),
    "debian-server.vbox": (Mode.HOSTED, Product.VIRTUALBOX, "debian-server",
                           dict(os="debian-12", vcpus=2, memory_mb=2048, disk_gb=40, io=IoPath.PARAVIRTUAL,
                                network=Network.BRIDGED)),
    "windows10.vbox": (Mode.HOSTED, Product.VIRTUALBOX, "Windows 10 lab",
                       dict(os="windows-10", memory_mb=4096, ept=False, io=IoPath.EMULATED, network=Network.NAT)),
    "rocky-kvm.xml": (Mode.HYBRID, Product.KVM, "rocky-db",
                      dict(os="rocky-9", vcpus=4, memory_mb=8192, disk_gb=40, thin_disk=True,
                           io=IoPath.PARAVIRTUAL, network=Network.NAT)),
    "debian-xen-pv.xml": (Mode.BARE_METAL, Product.XEN, "debian-pv",
                          dict(technique=Technique.PARA, memory_mb=1024, network=Network.BRIDGED)),
    "alpine-qemu.xml": (Mode.HYBRID, Product.KVM, "alpine-router",
                        dict(os="alpine-3", memory_mb=256, io=IoPath.EMULATED, thin_disk=False)),
    "ubuntu-sriov.xml": (Mode.HYBRID, Product.KVM, "nfv-ubuntu",
                         dict(memory_mb=4096, io=IoPath.PASSTHROUGH, sriov=True)),
    "web-appliance.ovf": (Mode.BARE_METAL, Product.ESXI, "web-appliance",
                          dict(os="ubuntu-24.04", vcpus=2, memory_mb=4096, disk_gb=42, io=IoPath.PARAVIRTUAL,
                               network=Network.BRIDGED)),
    "vbox-export.ovf": (Mode.HOSTED, Product.VIRTUALBOX, "win10-classroom",
                        dict(os="windows-10", disk_gb=50, io=IoPath.EMULATED, network=Network.NAT)),
}


@pytest.mark.parametrize("name", sorted(VMS))
def test_each_vm_sample_maps_what_it_states(name):
    mode, product, guest_name, fields = VMS[name]
    imp = import_file(DATA / name)
    assert (imp.mode, imp.product) == (mode, product)
    [guest] = imp.guests
    assert guest.name == guest_name and isinstance(guest.config, VmConfig)
    for field, value in fields.items():
        assert getattr(guest.config, field) == value, field
    assert any(n.what == "hypervisor" for n in imp.notes)


@pytest.mark.parametrize("name", ["ubuntu-workstation.vmx", "rocky-kvm.xml", "web-appliance.ovf", "debian-xen-pv.xml"])
def test_paths_inside_files_are_reported_never_followed(name):
    imp = import_file(DATA / name)
    refs = [n for n in imp.notes if n.reason == "reference" and not n.mapped]
    assert refs and all(n.value for n in refs)


def test_what_is_not_simulated_is_listed_in_the_report():
    imp = import_file(DATA / "rocky-kvm.xml")
    ignored = " ".join(n.value for n in imp.notes if not n.mapped)
    assert "efi" in ignored and "<graphics>" in ignored and "cdrom" in ignored
    text = "\n".join(imp.report_lines())
    assert "ignored" in text and "VirtLab does not simulate this" in text


def test_compose_v2_services_become_containers_with_their_limits():
    imp = import_file(DATA / "docker-compose.yml")
    assert (imp.mode, imp.product) == (Mode.CONTAINER, Product.DOCKER)
    got = {g.name: g.config for g in imp.guests}
    assert got["web"] == ContainerConfig("nginx", 0.5, 128, Network.NAT, ((8080, 80), (8443, 443)))
    assert got["app"].cpu_limit == 1.5 and got["app"].memory_limit_mb == 1024  # cpu_quota / cpu_period, 1g
    assert got["db"].image == "mysql"  # postgres: a database stand-in, reported
    assert got["cache"] == ContainerConfig("redis", 0.25, 256, Network.NAT, ())
    assert any(n.guest == "db" and n.reason == "stand_in" for n in imp.notes)
    assert any(n.guest == "app" and n.value.startswith("build") and n.reason == "reference" for n in imp.notes)


def test_compose_v3_deploy_limits_anchors_and_host_networking():
    imp = import_file(DATA / "compose.yaml")
    got = {g.name: g for g in imp.guests}
    assert got["frontend"].config == ContainerConfig("nginx", 0.5, 256, Network.NAT, ((8000, 80),))
    assert got["api"].config.cpu_limit == 1.5 and got["api"].config.memory_limit_mb == 1024
    assert got["monitor"].config.network is Network.HOST
    assert got["db"].workload == "database" and got["db"].config.memory_limit_mb == 2048
    assert any(n.value == "deploy.replicas" and not n.mapped for n in imp.notes)


def _ova(tmp_path: Path, members: list[tuple[str, bytes]]) -> Path:
    target = tmp_path / "appliance.ova"
    with tarfile.open(target, "w") as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return target


def test_ova_reads_only_the_descriptor(tmp_path):
    ovf = (DATA / "web-appliance.ovf").read_bytes()
    ova = _ova(tmp_path, [("web-appliance.ovf", ovf), ("web-appliance-disk1.vmdk", b"\0" * 4096)])
    imp = import_file(ova)
    assert [g.name for g in imp.guests] == ["web-appliance"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["appliance.ova"]  # nothing extracted


def test_ova_whose_first_member_is_not_a_descriptor_is_refused(tmp_path):
    ova = _ova(tmp_path, [("../../etc/passwd", b"x"), ("a.ovf", b"<Envelope/>")])
    with pytest.raises(FormatError, match="first file in the archive is not an .ovf"):
        import_file(ova)


def test_ova_with_a_huge_extended_header_is_refused_before_reading_it(tmp_path):
    info = tarfile.TarInfo("././@LongLink")
    info.type, info.size = tarfile.GNUTYPE_LONGNAME, 2**33
    path = tmp_path / "huge.ova"
    path.write_bytes(info.tobuf(tarfile.GNU_FORMAT))
    with pytest.raises(FormatError, match="first tar header is too large"):
        import_file(path)


@pytest.mark.parametrize("content, problem", [
    (b'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<domain type="kvm">'
     b"<name>&b;</name></domain>", "DTD or entities"),
    (b'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<domain type="kvm">'
     b"<name>&x;</name></domain>", "DTD or entities"),
    (b"<domain type='lxc'><name>c</name></domain>", "domain type 'lxc'"),
    (b"<domain type='kvm'><name>x</name>", "not well-formed XML"),
    (b"<html><body/></html>", "unknown XML document <html>"),
])
def test_hostile_or_wrong_xml_is_refused_with_one_line(tmp_path, content, problem):
    path = tmp_path / "bad.xml"
    path.write_bytes(content)
    with pytest.raises(FormatError) as e:
        import_file(path)
    assert problem in str(e.value) and str(path) in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize("name, content, problem", [
    ("c.yaml", "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefghijklmnopqrstuvw", "bcdefghijklmnopqrstuvwx", strict=True)), "aliases"),
    ("c.yaml", "services: [web]\n", "no 'services' mapping"),
    ("c.yaml", "services:\n  web: nginx\n", "services.web: expected a mapping"),
    ("c.yaml", "services:\n  web: {image: nginx, deploy: 3}\n", "is not a mapping"),
    ("c.yaml", "services: {web: {image: [unclosed}\n", "not valid YAML"),
    ("x.vmx", "this is not a vmx\n", "line 1"),
    ("x.vbox", "<VirtualBox xmlns='http://www.virtualbox.org/'/>", "expected <VirtualBox><Machine>"),
    ("x.ovf", "<Envelope xmlns='http://schemas.dmtf.org/ovf/envelope/1'/>", "no VirtualSystem"),
    ("x.ova", "not a tar", "not a valid OVA"),
    ("x.txt", "hello", "unknown file type"),
])
def test_bad_files_get_one_clear_line(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError) as e:
        import_file(path)
    assert problem in str(e.value) and "\n" not in str(e.value)


def test_directories_fifos_and_huge_files_are_refused_before_reading(tmp_path):
    with pytest.raises(FormatError, match="not a regular file"):
        import_file(tmp_path)
    big = tmp_path / "big.vmx"
    big.write_bytes(b"#" * (1024 * 1024 + 1))
    with pytest.raises(FormatError, match="limit is 1 MB"):
        import_file(big)
    with pytest.raises(FormatError, match="cannot read the file"):
        import_file(tmp_path / "missing.vmx")


def test_a_lab_has_one_host_per_suggested_stack_and_runs():
    imports = [import_file(DATA / n) for n in ("rocky-kvm.xml", "alpine-qemu.xml", "docker-compose.yml",
                                                "ubuntu-workstation.vmx", "debian-server.vbox")]
    plan = plan_new_hosts(imports, "lab-pc")
    stacks = sorted((h.mode.value, h.product.value) for h in plan.hosts)
    assert stacks == [("container", "docker"), ("hosted", "virtualbox"), ("hosted", "vmware-workstation"),
                      ("hybrid", "kvm")]
    assert len(plan.guests) == 2 + 4 + 1 + 1 and not plan.refused
    world = build_world(plan)
    for g in world.guests.values():
        world.power_on(g.id)
    world.run(120)
    assert world.latest is not None and all(g.state.value == "running" for g in world.guests.values())


def test_a_guest_the_template_cannot_hold_is_reported_not_placed():
    imp = import_file(DATA / "win11-esxi.vmx")
    plan = plan_new_hosts([imp], "rack-server")
    assert len(plan.guests) == 1
    with pytest.raises(rules.RuleError):  # ESXi needs VT-x, which the old laptop lacks
        plan_new_hosts([imp], "old-laptop")
    imp = import_file(DATA / "ubuntu-sriov.xml")
    plan = plan_new_hosts([imp], "lab-pc")  # no SR-IOV NIC on a lab PC
    assert not plan.guests and [(n, v.code) for n, v in plan.refused] == [("nfv-ubuntu", "passthrough_needs_iommu")]
    assert any("not placed" in line for line in plan.report_lines())


def test_import_onto_an_existing_host_checks_against_it():
    plan = plan_new_hosts([import_file(DATA / "rocky-kvm.xml")], "lab-pc")
    world = build_world(plan)
    [host] = world.hosts
    onto = plan_onto_host(world, host, [import_file(DATA / "debian-server.vbox"), import_file(DATA / "compose.yaml")])
    # A KVM host runs containers beside its VMs (as Proxmox VE does), so everything lands on it.
    names = [g.name for g in onto.guests]
    assert names[0] == "debian-server" and len(names) == 5 and not onto.refused
    assert all(g.host_id == host for g in onto.guests)
    assert not set(g.id for g in onto.guests) & set(world.guests)
    assert any(n.what == "hypervisor" and n.reason == "stand_in" for n in onto.imports[0].notes)
