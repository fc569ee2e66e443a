"""Dialogs ask core while the user edits, show the reason, and change the world only on OK."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from core.model.catalog import VM_TEMPLATES
from core.model.kinds import GuestState, Mode, Product, Technique
from gui.dialogs.guest_settings import GuestSettingsDialog
from gui.dialogs.new_host import NewHostDialog
from gui.dialogs.new_vm import NewVmWizard
from gui.dialogs.preferences import PreferencesDialog
from gui.document.document import Document
from gui.shell.settings import Settings
from gui.text.reasons import reason_text
from tests.gui.test_main_window import make_world


@pytest.fixture
def doc():
    return Document(make_world())


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_guest_settings_refuses_too_many_vcpus_with_the_reason(qtbot, doc):
    dlg = GuestSettingsDialog(doc, "vm1")
    qtbot.addWidget(dlg)
    assert ok(dlg).isEnabled() and dlg.reason.text() == ""
    dlg.vcpus.setValue(64)  # the lab PC has 8 cores
    assert not ok(dlg).isEnabled()
    assert "more vCPUs (64) than its host has cores (8)" in dlg.reason.text()
    dlg.accept()  # refused: nothing changes, the dialog stays open
    assert doc.world.guests["vm1"].config.vcpus == 2 and dlg.result() == 0
    dlg.vcpus.setValue(4)
    dlg.technique.setCurrentIndex(dlg.technique.findData(Technique.PARA.value))
    assert "does not offer the paravirtualization technique" in dlg.reason.text()  # VMware Workstation has no PV
    dlg.technique.setCurrentIndex(dlg.technique.findData(Technique.FULL.value))
    dlg.workload.setCurrentIndex(dlg.workload.findData("database"))
    assert ok(dlg).isEnabled()
    dlg.accept()
    g = doc.world.guests["vm1"]
    assert (g.config.vcpus, g.config.technique, g.workload) == (4, Technique.FULL, "database")
    doc.undo_stack.undo()
    assert (g.config.vcpus, g.workload) == (2, "web-server")


def test_guest_settings_of_a_running_guest_explains_power_off(qtbot, doc):
    doc.power_on("vm1")
    dlg = GuestSettingsDialog(doc, "vm1")
    qtbot.addWidget(dlg)
    dlg.memory.setValue(4096)
    assert not ok(dlg).isEnabled() and "Power off Ubuntu VM" in dlg.reason.text()


def test_container_settings(qtbot, doc):
    dlg = GuestSettingsDialog(doc, "c1")
    qtbot.addWidget(dlg)
    dlg.cpu_limit.setValue(20.0)
    assert "more than the host's 8 cores" in dlg.reason.text() and not ok(dlg).isEnabled()
    dlg.cpu_limit.setValue(2.0)
    dlg.accept()
    assert doc.world.guests["c1"].config.cpu_limit == 2.0


def test_new_host_refuses_kvm_without_vtx(qtbot, doc):
    dlg = NewHostDialog(doc)
    qtbot.addWidget(dlg)
    dlg.template.setCurrentIndex(dlg.template.findData("old-laptop"))
    dlg.mode.setCurrentIndex(dlg.mode.findData(Mode.HYBRID.value))
    assert not ok(dlg).isEnabled() and "no VT-x" in dlg.reason.text()
    dlg.mode.setCurrentIndex(dlg.mode.findData(Mode.HOSTED.value))
    dlg.product.setCurrentIndex(dlg.product.findData(Product.VIRTUALBOX.value))
    assert ok(dlg).isEnabled()
    dlg.name.setText("  ")
    assert not ok(dlg).isEnabled() and dlg.reason.text()
    dlg.name.setText("My laptop")
    dlg.accept()
    host = doc.world.hosts[dlg.created]
    assert (host.name, host.mode, host.product) == ("My laptop", Mode.HOSTED, Product.VIRTUALBOX)
    assert not host.hardware.cpu.vtx


def test_new_vm_wizard_defaults_and_one_undo_step(qtbot, doc):
    wiz = NewVmWizard(doc, "ws")
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.template.setCurrentIndex(wiz.template.findData("debian"))
    assert wiz.currentPage().isComplete()
    wiz.next()
    assert wiz.name.text() == "Debian 12"
    assert wiz.technique.currentData() == Technique.HARDWARE.value and wiz.network.currentData() == "nat"
    wiz.vcpus.setValue(32)
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "more vCPUs" in wiz.hw_page.reason.text()
    wiz.vcpus.setValue(2)
    wiz.name.setText("Mine")
    wiz.next()
    assert "Mine" in wiz.summary.text()
    depth = doc.undo_stack.count()
    wiz.accept()
    g = doc.world.guests[wiz.created]
    assert (g.name, g.config.vcpus, g.host_id) == ("Mine", 2, "ws")
    assert doc.undo_stack.count() == depth + 1
    doc.undo_stack.undo()
    assert wiz.created not in doc.world.guests


def test_new_vm_wizard_hardware_page_offers_every_choice_and_the_summary_lists_them(qtbot, doc):
    wiz = NewVmWizard(doc, "ws")
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.template.setCurrentIndex(wiz.template.findData("ubuntu"))
    wiz.next()
    t = VM_TEMPLATES["ubuntu"]
    # The template's defaults: its disk size, thin, EPT on, its workload.
    assert wiz.disk.value() == t.disk_gb and wiz.provisioning.currentData() == "thin"
    assert wiz.ept.isChecked() and wiz.workload.currentData() == t.workload
    wiz.disk.setValue(60)
    wiz.provisioning.setCurrentIndex(wiz.provisioning.findData("thick"))
    wiz.ept.setChecked(False)
    wiz.workload.setCurrentIndex(wiz.workload.findData("database"))
    wiz.next()
    lines = wiz.summary.text().split("\n")
    assert "Disk: 60 GB, thick (all of it taken at once)" in lines
    assert "EPT: off" in lines and "Workload: database" in lines
    assert "Memory: 4096 MB" in lines and "Processors: 2 vCPUs" in lines
    assert not any("25 GB" in line for line in lines)  # the template's size, no longer chosen
    assert lines == wiz.summary_lines()
    wiz.accept()
    g = doc.world.guests[wiz.created]
    assert (g.config.disk_gb, g.config.thin_disk, g.config.ept, g.workload) == (60, False, False, "database")


def test_new_vm_wizard_checks_the_disk_against_the_datastore_live(qtbot, doc):
    wiz = NewVmWizard(doc, "ws")  # a lab PC: a 500 GB datastore
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    next_button = wiz.button(QWizard.WizardButton.NextButton)
    wiz.disk.setValue(900)
    wiz.provisioning.setCurrentIndex(wiz.provisioning.findData("thick"))
    assert not next_button.isEnabled()
    expected = reason_text(doc.world.check_add_guest("ws", wiz.config()))
    assert "datastore" in expected and wiz.hw_page.reason.text() == expected
    wiz.provisioning.setCurrentIndex(wiz.provisioning.findData("thin"))  # a thin disk only promises the space
    assert next_button.isEnabled() and wiz.hw_page.reason.text() == ""
    wiz.next()
    assert "Disk: 900 GB, thin (grows as the guest writes)" in wiz.summary.text().split("\n")


def test_new_vm_wizard_ept_line_follows_the_cpu_and_technique(qtbot, doc):
    wiz = NewVmWizard(doc, "ws")
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    cpu = doc.world.hosts["ws"].hardware.cpu
    assert cpu.ept and f"{cpu.ept_name}: used" in wiz.summary_lines()
    wiz.technique.setCurrentIndex(wiz.technique.findData(Technique.FULL.value))
    assert f"{cpu.ept_name}: on, used only with hardware assist" in wiz.summary_lines()


def test_new_vm_wizard_refuses_a_native_host(qtbot, doc):
    wiz = NewVmWizard(doc, "plain")
    qtbot.addWidget(wiz)
    wiz.show()
    assert not wiz.currentPage().isComplete()
    assert "runs no hypervisor" in wiz.place_page.reason.text()


def test_preferences_save_and_apply(qtbot, doc, tmp_path):
    settings = Settings(tmp_path / "s.ini")
    dlg = PreferencesDialog(settings, doc)
    qtbot.addWidget(dlg)
    assert dlg.undo_limit.value() == 1000  # the default
    dlg.tick_rate.setValue(10)
    dlg.undo_limit.setValue(250)
    dlg.language.setCurrentIndex(dlg.language.findData("zh_CN"))
    with qtbot.wait_signal(settings.valueChanged):
        dlg.accept()
    assert doc.tick_hz == 10
    again = Settings(tmp_path / "s.ini")
    assert again.value("tick_rate") == 10 and again.value("language") == "zh_CN"
    assert again.value("undo_limit") == 250
    assert again.value("theme") == "system"


def test_settings_types_and_signal(qtbot, tmp_path):
    s = Settings(tmp_path / "t.ini")
    with qtbot.wait_signal(s.valueChanged) as blocker:
        s.set_value("speed", 4.0)
    assert blocker.args == ["speed", 4.0]
    with qtbot.assert_not_emitted(s.valueChanged):
        s.set_value("speed", 4.0)
    s.sync()
    assert Settings(tmp_path / "t.ini").value("speed") == 4.0
    with pytest.raises(KeyError):
        s.set_value("nope", 1)


def test_cancel_changes_nothing(qtbot, doc):
    doc.power_on("c1")
    depth = doc.undo_stack.count()
    dlg = GuestSettingsDialog(doc, "c1")
    qtbot.addWidget(dlg)
    dlg.workload.setCurrentIndex(dlg.workload.findData("idle"))
    dlg.reject()
    assert doc.undo_stack.count() == depth and doc.world.guests["c1"].workload == "web-server"
    assert doc.world.guests["c1"].state is GuestState.PULLING


def test_sriov_refused_without_an_sriov_nic_and_accepted_on_a_rack_server(qtbot, doc):
    dlg = GuestSettingsDialog(doc, "vm1")  # a lab PC: its NIC has no virtual functions
    qtbot.addWidget(dlg)
    assert "SR-IOV" in dlg.sriov.toolTip() and not dlg.sriov.isChecked()
    dlg.sriov.setChecked(True)
    assert not ok(dlg).isEnabled() and "cannot split itself into SR-IOV virtual functions" in dlg.reason.text()
    dlg.sriov.setChecked(False)
    assert ok(dlg).isEnabled() and dlg.reason.text() == ""

    wiz = NewVmWizard(doc, "esx")  # the rack-server template: SR-IOV NIC, VT-d, bare-metal ESXi
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    next_button = wiz.button(QWizard.WizardButton.NextButton)
    wiz.sriov.setChecked(True)
    assert next_button.isEnabled() and wiz.hw_page.reason.text() == ""
    wiz.next()
    assert "SR-IOV" in wiz.summary.text()
    wiz.accept()
    assert doc.world.guests[wiz.created].config.sriov

    wiz = NewVmWizard(doc, "ws")  # the same box on a lab PC is refused, with core's reason
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    wiz.sriov.setChecked(True)
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "SR-IOV" in wiz.hw_page.reason.text()


def test_new_vm_wizard_powers_on_after_creating_in_the_same_undo_step(qtbot, doc):
    wiz = NewVmWizard(doc, "ws")
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    wiz.name.setText("Started")
    wiz.next()
    assert wiz.power_on.isVisible() and not wiz.power_on.isChecked()  # as VMware: the student opts in
    wiz.power_on.setChecked(True)
    depth = doc.undo_stack.count()
    wiz.accept()
    g = doc.world.guests[wiz.created]
    assert g.name == "Started" and g.state is GuestState.STARTING
    assert doc.undo_stack.count() == depth + 1
    assert doc.undo_stack.undoText().endswith("and power it on")
    doc.undo_stack.undo()  # one step takes the VM away, running or not
    assert wiz.created not in doc.world.guests
    doc.undo_stack.redo()
    assert doc.world.guests[wiz.created].state is GuestState.STARTING


def test_vm_settings_lists_virtual_hardware_as_devices(qtbot, doc):
    dlg = GuestSettingsDialog(doc, "vm1")
    qtbot.addWidget(dlg)
    dlg.show()
    d = dlg.devices
    assert d.keys == ["cpu", "memory", "disk", "nic", "display", "workload"]
    assert d.stack.currentIndex() == 0 and dlg.vcpus.isVisible()  # Processors first, as in VMware
    d.list.setCurrentRow(d.keys.index("memory"))
    assert dlg.memory.isVisible() and not dlg.vcpus.isVisible()
    mb = doc.world.guests["vm1"].config.memory_mb
    assert d.summary("memory") == f"{mb / 1024:g} GB"
    dlg.memory.setValue(mb + 1024)  # the summary follows the input
    assert d.summary("memory") == f"{(mb + 1024) / 1024:g} GB"
    d.show_device("nic")
    assert dlg.network.isVisible() and dlg.sriov.isVisible()
    assert d.summary("cpu").endswith("vCPUs") or d.summary("cpu") == "1 vCPU"
    dlg.accept()
    assert doc.world.guests["vm1"].config.memory_mb == mb + 1024
    # A container keeps its short form: limits, network, workload.
    ctr = GuestSettingsDialog(doc, "c1")
    qtbot.addWidget(ctr)
    assert ctr.devices is None
