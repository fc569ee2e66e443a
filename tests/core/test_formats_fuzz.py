"""Fuzzing the importers: mutated real files give a clear ``FormatError`` or a lab, never a traceback.

Three kinds of damage: random bytes changed in every sample; XML samples with
random text and attributes put into their elements; Compose and ``.vmx`` files
built from random values under the keys the importers read.  Whatever is
imported must also become a lab (``plan_new_hosts`` + ``build_world``).
"""

from __future__ import annotations

import io
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.formats.detect import import_file
from core.formats.lab import build_world, plan_new_hosts
from core.formats.model import FormatError

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"
SAMPLES = {p.name: p.read_bytes() for p in sorted(DATA.iterdir())}


def _ova(descriptor: bytes) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        for name, data in (("web-appliance.ovf", descriptor), ("disk1.vmdk", b"\0" * 1024)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


SAMPLES["web-appliance.ova"] = _ova(SAMPLES["web-appliance.ovf"])
XML_SAMPLES = [n for n in SAMPLES if n.endswith((".xml", ".vbox", ".ovf"))]
FUZZ = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=True),
                    st.text(max_size=20),
                    st.sampled_from(["host", "bridge", "0.5", "512m", "1g", "-1", "1e400", "8080:80", "nginx:1", ""]))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                      max_leaves=10)


def _import(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            imp = import_file(path)
        except FormatError as e:
            assert str(e).startswith(str(path)) and "\n" not in str(e)
            return
    plan = plan_new_hosts([imp], "rack-server")
    world = build_world(plan)
    assert len(world.guests) == len(plan.guests) <= len(imp.guests)
    assert all(isinstance(line, str) and "\n" not in line for line in plan.report_lines())


@st.composite
def byte_mutations(draw):
    name = draw(st.sampled_from(sorted(SAMPLES)))
    data = bytearray(SAMPLES[name])
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at:at + draw(st.integers(1, 40))]
        elif op == "insert":
            data[at:at] = draw(st.sampled_from([b"<", b">", b"&", b'"', b"'", b"\x00", b"\xff", b"=", b":", b"\n  - ",
                                                b"*a", b"&a ", b"{", b"]", "数".encode()]))
        else:
            del data[at:]
    return name, bytes(data)


@FUZZ
@given(byte_mutations())
def test_byte_mutated_samples(case):
    _import(*case)


@st.composite
def xml_mutations(draw):
    name = draw(st.sampled_from(XML_SAMPLES))
    root = ET.fromstring(SAMPLES[name])
    elements = list(root.iter())
    for _ in range(draw(st.integers(1, 5))):
        el = draw(st.sampled_from(elements))
        text = draw(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
                    | st.sampled_from(["-3", "1e400", "0", "99999999", "virtio", "hostdev", "xen", "efi"]))
        if el.attrib and draw(st.booleans()):
            el.set(draw(st.sampled_from(sorted(el.attrib))), text)
        elif draw(st.booleans()):
            el.text = text
        elif el is not root:
            el.clear()
    return name, ET.tostring(root)


@FUZZ
@given(xml_mutations())
def test_xml_samples_with_random_values(case):
    _import(*case)


_SERVICE_KEYS = ["image", "cpus", "mem_limit", "deploy", "ports", "network_mode", "labels", "cpu_quota",
                 "cpu_period", "build", "volumes"]


@FUZZ
@given(st.dictionaries(st.text(min_size=1, max_size=8),
                       st.dictionaries(st.sampled_from(_SERVICE_KEYS), values, max_size=6) | values,
                       min_size=1, max_size=4),
       st.sampled_from([None, "2.4", "3.8"]))
def test_compose_built_from_random_values(services, version):
    doc = {"services": services} | ({"version": version} if version else {})
    _import("compose.yaml", yaml.safe_dump(doc, allow_unicode=True).encode())


_VMX_KEYS = ["displayName", "guestOS", "numvcpus", "memsize", "firmware", "scsi0:0.fileName", "scsi0:0.present",
             "ethernet0.present", "ethernet0.virtualDev", "ethernet0.connectionType", "ethernet0.networkName",
             "pciPassthru0.present", "monitor.virtual_exec", "guestinfo.virtlab.disk_gb", "guestinfo.virtlab.os"]


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(_VMX_KEYS), st.text(max_size=12) | st.sampled_from(
    ["TRUE", "1e400", "-5", "vmxnet3", "nat", "windows11-64", "hardware", "software"])), min_size=1, max_size=12))
def test_vmx_built_from_random_values(pairs):
    text = "".join(f'{k} = "{v}"\n' for k, v in pairs)
    _import("random.vmx", text.encode("utf-8", "surrogatepass"))
