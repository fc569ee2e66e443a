"""core.course.concepts: every concept the Learn panel explains has its figures, sources and a lab lookup."""

from __future__ import annotations

import pytest

from core.course.concepts import CONCEPTS, NODE_KINDS, concept, find_lab
from core.model.kinds import IoPath, Mode, Network, Product, Technique
from core.model.sources import SOURCES
from core.model.workloads import CLASSES
from core.sim.efficiency import StackConfig, efficiency
from core.sim.engine import PAGE_SHARING_FRACTION


def test_every_node_kind_mode_technique_io_and_network_is_a_concept():
    expected = set(NODE_KINDS)
    expected |= {f"mode:{m.value}" for m in Mode}
    expected |= {f"technique:{t.value}" for t in Technique}
    expected |= {f"io:{p.value}" for p in IoPath}
    expected |= {f"network:{n.value}" for n in Network}
    expected |= {"ept", "overcommit", "page-sharing", "ballooning", "swap"}
    assert expected <= set(CONCEPTS)


@pytest.mark.parametrize("cid", list(CONCEPTS))
def test_sources_are_known_keys(cid):
    c = CONCEPTS[cid]
    assert all(s in SOURCES for s in c.sources)
    assert all(s in c.sources for f in c.figures for s in f.sources)
    assert c.lab_keywords


def test_figures_are_read_from_the_model_not_copied():
    # KVM random IOPS [Felter2014]: the figure is efficiency()'s value.
    qemu = {f.what: f for f in concept("qemu").figures}
    cfg = StackConfig(Mode.HYBRID, Product.KVM, Technique.HARDWARE, True, IoPath.PARAVIRTUAL, Network.BRIDGED)
    assert qemu["speed:disk_rand"].value == pytest.approx(efficiency(cfg)[CLASSES.index("disk_rand")])
    assert qemu["speed:disk_rand"].sources == ("Felter2014",)
    share = concept("page-sharing").figures[0]
    assert share.value == PAGE_SHARING_FRACTION and share.sources == ("Waldspurger2002",)


def test_ept_is_faster_than_shadow_paging():
    ept, shadow = concept("ept").figures
    assert "EPT" in ept.stack and "shadow" in shadow.stack
    assert ept.value > 3 * shadow.value


def test_find_lab_by_keywords_and_degrades(tmp_path):
    assert find_lab("technique:para", tmp_path) is None  # no labs at all
    (tmp_path / "xen-paravirt.vlab").write_text("{}")
    (tmp_path / "docker-basics.vlab").write_text("{}")
    assert find_lab("technique:para", tmp_path).name == "xen-paravirt.vlab"
    assert find_lab("container", tmp_path).name == "docker-basics.vlab"
    assert find_lab("swap", tmp_path) is None
    assert find_lab("no-such-concept", tmp_path) is None
    assert find_lab("ept", tmp_path / "missing-dir") is None
    assert concept("no-such-concept") is None
