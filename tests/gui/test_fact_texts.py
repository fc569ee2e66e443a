"""The course's facts as the student reads them: technique names, Learn entries, reasons."""

from __future__ import annotations

from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode, Product
from core.model.objects import ContainerConfig, Guest, Host, VmConfig
from core.sim.world import World
from gui.panels.learn_panel import LearnPanel, concept_for_object
from gui.text import learn_texts
from gui.text.reasons import reason_text
from gui.text.value_names import technique_short, technique_text


def kvm_world() -> World:
    w = World(seed=1)
    w.add_host(Host("kvm", "KVM PC", HOST_TEMPLATES["lab-pc"], Mode.HYBRID, Product.KVM))
    w.add_host(Host("win", "Windows PC", HOST_TEMPLATES["lab-pc"], Mode.HOSTED, Product.VIRTUALBOX, "windows"))
    w.add_guest(Guest("vm", "Ubuntu", "kvm", VmConfig("ubuntu-24.04"), "idle"))
    return w


def test_every_technique_is_named_with_both_words():
    # The notes: full virtualization by binary translation or with hardware
    # assistance (KVM), and paravirtualization.
    assert technique_text("full") == "full virtualization (binary translation)"
    assert technique_text("hardware", True) == "full virtualization (hardware-assisted, with EPT/NPT)"
    assert technique_text("hardware", False) == "full virtualization (hardware-assisted, shadow page tables)"
    assert technique_text("para").startswith("paravirtualization")
    assert technique_short("full").startswith("Full (") and technique_short("hardware").startswith("Full (")


def test_a_kvm_guest_is_shown_as_full_virtualization_with_hardware_assistance(qtbot):
    w = kvm_world()
    cid = concept_for_object(w, "vm")
    assert cid == "technique:hardware"
    assert learn_texts.title(cid) == "Full virtualization (hardware-assisted)"
    assert "This is how KVM runs every guest" in learn_texts.text(cid)
    assert "full virtualization, done with hardware assistance" in learn_texts.text("kvm")


def test_learn_lists_cloud_computing_and_live_migration(qtbot, tmp_path):
    panel = LearnPanel(labs=tmp_path)
    qtbot.addWidget(panel)
    entries = [panel.topics.itemData(i) for i in range(panel.topics.count())]
    assert "cloud" in entries and "migration" in entries
    assert panel.show_concept("cloud")
    text = panel.plain_text()
    assert "not a cloud" in text and "NIST" in text  # the definition's source is listed
    assert panel.show_concept("migration")
    assert "Clark2005" in panel.plain_text() and "Pre-copy rounds" in panel.plain_text()


def test_a_container_refused_on_a_windows_host_is_sent_to_a_linux_host(language):  # noqa: F811
    w = kvm_world()
    v = w.check_add_guest("win", ContainerConfig("nginx"))
    assert reason_text(v) == ("A Linux container needs a Linux kernel to share, and Windows PC runs Windows. "
                              "Put the container on a Linux host that is a container host or runs KVM.")
    plain = Host("p", "Plain", HOST_TEMPLATES["lab-pc"], Mode.NATIVE, None)
    w.add_host(plain)
    v = w.check_add_guest("p", ContainerConfig("nginx"))
    assert reason_text(v).endswith("switch it to one of these modes: Container host, Hybrid (KVM).")
    language("zh_CN")
    assert "容器主机" in reason_text(v) and "混合" in reason_text(v)
