"""An instructor's check of a lab, written with VirtLab's pytest plugin.

Copy this file next to your own lab files and change it.  Run it with

    QT_QPA_PLATFORM=offscreen pytest test_kvm_lab_check.py

The ``virtlab`` fixture comes with VirtLab (no conftest.py needed): it opens
the real window, and every step below is what a student does with the mouse.
"""


def test_kvm_lab_can_be_completed(virtlab):
    assert virtlab.open("kvm-qemu")  # a bundled lab by name, or the path of your .vlab
    assert [met for _text, met in virtlab.goals()] == [False, False, False]

    # The old laptop has no VT-x: KVM must be refused, with a reason.
    assert not virtlab.set_mode("laptop", "hybrid", "kvm")
    assert "VT-x" in virtlab.refusal()

    assert virtlab.set_mode("Lab PC (Linux)", "hybrid")  # hosts by name or id
    first = virtlab.drag_template("vm", "ubuntu", "pc")
    second = virtlab.drag_template("vm", "rocky", "pc")
    assert first and second
    assert virtlab.power_on(first) and virtlab.power_on(second)

    virtlab.advance(60)  # simulated seconds: both guests finish booting
    assert virtlab.state(first) == virtlab.state(second) == "running"
    assert virtlab.meter("pc", "cpu_pct") > 0
    assert virtlab.meter(first, "perf") < 0.8  # a web server pays for QEMU's device emulation
    assert not virtlab.all_goals_met()

    assert virtlab.set_workload(first, "cpu")  # as the brief's step 4 asks
    virtlab.advance(5)
    assert virtlab.meter(first, "perf") >= 0.8  # speed relative to native
    assert virtlab.all_goals_met(), virtlab.goals()


def test_containers_run_on_a_kvm_host_too(virtlab):
    # Docker and KVM share one Linux kernel (Proxmox VE runs both), as the lab's brief says.
    virtlab.open("vms-vs-containers")
    assert virtlab.drag_template("container", "nginx", "KVM host")
    assert virtlab.drag_template("container", "nginx", "Docker host")
