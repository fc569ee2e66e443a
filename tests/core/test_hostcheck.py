"""core.course.hostcheck reads a machine through an injectable Reader: fake machines here."""

from __future__ import annotations

import json

from core import cli
from core.course.hostcheck import MESSAGES, host_check, judge
from core.course.machine_facts import FACT_KEYS, SOURCES, Reader, read_facts

INTEL = """processor\t: 0
vendor_id\t: GenuineIntel
model name\t: Intel(R) Core(TM) i7-8700 CPU @ 3.20GHz
flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic vmx ept vpid sse sse2
vmx flags\t: vnmi preemption_timer invvpid ept_x_only ept ept_ad

processor\t: 1
vendor_id\t: GenuineIntel
flags\t\t: fpu
"""
AMD = """processor : 0
vendor_id : AuthenticAMD
model name : AMD Ryzen 5 3600
flags : fpu vme svm npt sse2
"""
NO_VTX = """processor : 0
vendor_id : GenuineIntel
model name : Intel(R) Celeron(R) CPU N2840
flags : fpu vme sse2 hypervisor
"""


class FakeReader(Reader):
    def __init__(self, system="Linux", files=None, kvm=None, run=None, cim=None):
        self.system = system
        self.files = files or {}
        self.kvm = kvm  # None: no /dev/kvm, False: present but no access, True: usable
        self.outputs = run or {}
        self.cim = cim

    def text(self, path):
        return self.files.get(path)

    def exists(self, path):
        return path == "/dev/kvm" and self.kvm is not None

    def access(self, path):
        return bool(self.kvm)

    def run(self, cmd):
        return self.outputs.get(cmd[0])

    def windows_cim(self):
        return self.cim


def verdicts(reader) -> dict[str, tuple[str, str]]:
    return {v.stack: (v.status, v.code) for v in judge(read_facts(reader))}


def test_lab_pc_with_vtx_ept_and_kvm():
    r = FakeReader(files={"/proc/cpuinfo": INTEL}, kvm=True, run={"systemd-detect-virt": "none\n"})
    f = read_facts(r)
    assert set(f) == set(FACT_KEYS)
    assert f["cpu_vendor"].value == "intel" and "i7-8700" in f["cpu_model"].value
    assert f["hw_virt"].value is True and f["slat"].value is True
    assert f["in_vm"].value is False and f["hyperv"].value is False
    assert verdicts(r) == {"hosted": ("yes", "hw-ok"), "bare-metal": ("yes", "bare-ok"), "hybrid": ("yes", "kvm-ok")}


def test_amd_names_and_missing_kvm_module():
    r = FakeReader(files={"/proc/cpuinfo": AMD}, run={"systemd-detect-virt": "none"})
    assert verdicts(r)["hybrid"] == ("no", "kvm-not-loaded")
    msg = next(v.message for v in judge(read_facts(r)) if v.stack == "hybrid")
    assert "AMD-V" in msg and "VT-x" not in msg
    hosted = next(v for v in judge(read_facts(r)) if v.stack == "hosted")
    assert "NPT" in hosted.message


def test_no_vtx_on_bare_hardware():
    text = NO_VTX.replace(" hypervisor", "")
    r = FakeReader(files={"/proc/cpuinfo": text}, run={"systemd-detect-virt": "none"})
    f = read_facts(r)
    assert f["hw_virt"].value is False and "firmware" in f["hw_virt"].why
    assert verdicts(r) == {"hosted": ("no", "no-hw-virt"), "bare-metal": ("limited", "bare-pv-only"),
                           "hybrid": ("no", "kvm-no-hw-virt")}


def test_inside_virtualbox_without_nested_virtualization():
    r = FakeReader(files={"/proc/cpuinfo": NO_VTX, "/sys/class/dmi/id/sys_vendor": "innotek GmbH\n",
                          "/sys/class/dmi/id/product_name": "VirtualBox\n"})
    f = read_facts(r)
    assert f["in_vm"].value == "VirtualBox" and "DMI" in f["in_vm"].why
    v = verdicts(r)
    assert v["hosted"] == ("no", "nested-missing") and v["bare-metal"] == ("limited", "bare-in-vm")


def test_kvm_device_without_permission_and_flags_hidden():
    r = FakeReader(files={"/proc/cpuinfo": NO_VTX}, kvm=False, run={"systemd-detect-virt": "kvm"})
    f = read_facts(r)
    assert f["hw_virt"].value is True and "/dev/kvm" in f["hw_virt"].why  # the kernel found VT-x
    assert f["slat"].value is None
    v = verdicts(r)
    assert v["hybrid"] == ("limited", "kvm-no-access")
    assert v["hosted"] == ("yes", "hw-ok-slat-unknown")


def test_unreadable_machine_says_unknown_and_why():
    r = FakeReader()
    f = read_facts(r)
    for key in ("cpu_vendor", "hw_virt", "slat", "dmi", "in_vm"):
        assert f[key].value is None and f[key].why, key
    v = verdicts(r)
    assert v["hosted"][0] == "unknown" and v["bare-metal"][0] == "unknown"
    assert v["hybrid"] == ("unknown", "unknown-hw-virt")


def test_windows_with_hyperv_holding_vtx():
    cim = {"Manufacturer": "GenuineIntel", "Name": "Intel Core i5", "VMX": False, "Firmware": False,
           "SLAT": False, "HypervisorPresent": True, "SysVendor": "Dell Inc.", "Model": "OptiPlex 7070"}
    r = FakeReader("Windows", cim=cim)
    f = read_facts(r)
    assert f["hyperv"].value is True
    # Windows reports the extensions as absent while Hyper-V holds them: not a "no".
    assert f["hw_virt"].value is None and "Hyper-V" in f["hw_virt"].why
    assert f["in_vm"].value is False and f["kvm_device"].value is False
    assert verdicts(r) == {"hosted": ("limited", "hyperv-holds"), "bare-metal": ("yes", "bare-hyperv-running"),
                           "hybrid": ("no", "kvm-linux-only")}


def test_windows_vtx_disabled_in_firmware():
    cim = {"Manufacturer": "AuthenticAMD", "Name": "AMD Ryzen", "VMX": True, "Firmware": False,
           "SLAT": True, "HypervisorPresent": False, "SysVendor": "LENOVO", "Model": "ThinkCentre"}
    v = judge(read_facts(FakeReader("Windows", cim=cim)))
    assert (v[0].status, v[0].code) == ("no", "firmware-off") and "AMD-V" in v[0].message
    assert v[1].code == "bare-pv-only"
    cim["Firmware"] = True
    v = judge(read_facts(FakeReader("Windows", cim=cim)))
    assert (v[0].status, v[0].code) == ("yes", "hw-ok") and v[1].code == "bare-ok"


def test_windows_without_powershell():
    f = read_facts(FakeReader("Windows", cim=None))
    assert f["hw_virt"].value is None and "PowerShell" in f["hw_virt"].why


def test_other_systems_are_unknown():
    v = judge(read_facts(FakeReader("Darwin")))
    assert {x.status for x in v} == {"unknown"}


def test_every_message_fills_its_placeholders():
    for code, template in MESSAGES.items():
        text = template.format(ext="VT-x", slat="EPT", hypervisor="VMware")
        assert "{" not in text and text, code


MACHINES = [
    FakeReader(files={"/proc/cpuinfo": INTEL}, kvm=True, run={"systemd-detect-virt": "none"}),
    FakeReader(files={"/proc/cpuinfo": NO_VTX}, kvm=False),
    FakeReader(files={"/proc/cpuinfo": "processor : 0\n"}),
    FakeReader(),
    FakeReader("Windows", cim={"Manufacturer": "GenuineIntel", "Name": "i5", "VMX": False, "Firmware": False,
                               "SLAT": False, "HypervisorPresent": True, "SysVendor": "QEMU", "Model": "x"}),
    FakeReader("Windows", cim={"Manufacturer": "AuthenticAMD", "SysVendor": "LENOVO"}),
    FakeReader("Windows", cim=None),
    FakeReader("Darwin"),
    FakeReader(""),
]


def test_every_source_is_a_code_with_params_and_its_english():
    """Like the verdicts: the GUI translates the code; the CLI prints the English."""
    seen = set()
    for reader in MACHINES:
        for key, f in read_facts(reader).items():
            assert f.code in SOURCES, (key, f.code)
            assert f.why == SOURCES[f.code].format(**f.params), key
            seen.add(f.code)
    assert {"cim-no-field", "cim-field", "unsupported-system", "unsupported-system-unnamed",
            "hyperv-hides", "cpuinfo-no-vendor"} <= seen
    f = read_facts(FakeReader("Windows", cim={"Manufacturer": "AuthenticAMD"}))["cpu_model"]
    assert (f.code, f.params, f.why) == ("cim-no-field", {"source": "Win32_Processor (PowerShell)",
                                                         "field": "Name"}, "Win32_Processor (PowerShell) has no Name")


def test_json_shape_and_cli(capsys):
    data = host_check(FakeReader(files={"/proc/cpuinfo": INTEL}, kvm=True))
    assert list(data["facts"]) == list(FACT_KEYS)
    assert data["facts"]["hw_virt"] == {"value": True, "why": "vmx/svm flag in /proc/cpuinfo",
                                        "code": "cpuinfo-vmx", "params": {}}
    assert [v["stack"] for v in data["verdicts"]] == ["hosted", "bare-metal", "hybrid"]
    assert cli.main(["host-check", "--json"]) == 0
    real = json.loads(capsys.readouterr().out)
    assert set(real) == {"facts", "verdicts"} and set(real["facts"]) == set(FACT_KEYS)
    assert cli.main(["host-check"]) == 0
    assert "WHAT A REAL HYPERVISOR COULD DO HERE" in capsys.readouterr().out
