"""Containers beside KVM on one Linux host (issue 13, points 10 and 11).

Docker and KVM share one Linux kernel, as on a Proxmox VE host [ProxmoxCT]:
the engine must run such a host, and the layer graph must show that the
daemon manages containers while the host kernel runs them.
"""

from __future__ import annotations

import pytest

from core.model.kinds import Mode
from core.sim.graph import build_layer_graph
from core.sim.world import World

from .helpers import make_container, make_host, make_vm, set_running


@pytest.fixture
def hybrid() -> World:
    w = World(seed=3)
    make_host(w, "h", mode=Mode.HYBRID)
    make_vm(w, "vm", "h", workload="cpu")
    make_container(w, "c", "h", image="redis", workload="cpu")
    set_running(w)
    return w


def test_engine_runs_containers_beside_kvm(hybrid):
    s = hybrid.run(10)
    assert s.layer("h/daemon") is not None  # the container engine is a layer of this host
    assert s.layer("h/kvm") is not None and s.layer("vm/qemu") is not None
    ctr, vm = s.guest("c"), s.guest("vm")
    assert ctr["perf"] > vm["perf"]  # the container pays no trap or translation cost
    assert ctr["perf"] == pytest.approx(1.0, abs=0.05)


def test_a_kvm_host_without_containers_has_no_daemon():
    w = World(seed=3)
    make_host(w, "h", mode=Mode.HYBRID)
    make_vm(w, "vm", "h")
    set_running(w)
    assert w.step().layer("h/daemon") is None
    assert "h/daemon" not in build_layer_graph(w)


def test_graph_shows_the_kernel_running_the_container(hybrid):
    g = build_layer_graph(hybrid)
    # The daemon sits on the host kernel beside KVM, not on top of KVM.
    assert g.has_edge("h/hostos", "h/daemon") and not g.has_edge("h/kvm", "h/daemon")
    # VMs still run on KVM and QEMU, not on the container engine.
    assert g.has_edge("h/kvm", "vm/qemu") and g.has_edge("vm/qemu", "vm/os")
    # The daemon manages (unpacks the image), the kernel runs the container's processes.
    img = "h/image/redis"
    assert g.edges["h/daemon", img]["relation"] == "manages"
    assert g.edges["h/hostos", "c/ctr"]["relation"] == "runs"
    assert g.has_edge("h/client", "h/daemon") and g.has_edge("registry", img)


def test_container_host_graph_has_the_kernel_edge_too():
    w = World(seed=3)
    make_host(w, "d", mode=Mode.CONTAINER)
    make_container(w, "c", "d")
    g = build_layer_graph(w)
    assert g.has_edge("d/hostos", "c/ctr") and g.has_edge("d/daemon", "d/image/nginx")
