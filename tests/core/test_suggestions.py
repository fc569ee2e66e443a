"""Every way out a refusal suggests is one the student can take (issue 20, fault 5).

A container dropped on a Windows host used to suggest "Make it a container
host", which the mode change then refused.  Here every placement a student can
try, on every kind of host, is checked; each suggestion a refusal carries
(``Verdict.fixes``) is then followed in a fresh world, and the placement must
be accepted (or refused only for another setting of the guest, which its own
refusal then explains).  A sentence that suggests something must carry it as a fix.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from core.model.kinds import PRODUCTS_BY_MODE, IoPath, Mode, Technique
from core.model.objects import ContainerConfig, VmConfig
from core.sim import rules
from core.sim.world import World

from .helpers import make_host, make_vm, set_running

HOSTS = [(template, host_os, mode, product)
         for template in ("lab-pc", "old-laptop", "rack-server")
         for host_os in ("linux", "windows")
         for mode in Mode
         for product in (PRODUCTS_BY_MODE[mode] or (None,))]
CONFIGS = [ContainerConfig("nginx")] + [
    VmConfig(os, memory_mb=4096, technique=tech, io=io)
    for os, tech, io in itertools.product(("debian-12", "debian-12-i386", "xen-pv-linux", "windows-11"), Technique,
                                          (IoPath.PARAVIRTUAL, IoPath.PASSTHROUGH))
]
# Words that announce a way out; a refusal that says one must carry it as a fix.
SUGGESTING = ("switch it to", "Switch it to", "run it as", "Put the container on", "use hardware",
              "use a 32-bit", "Drop it onto", "Run a Linux VM")


def new_world(template, host_os, mode, product, with_vm: bool | str = False) -> World | None:
    w = World(seed=1)
    make_host(w, "h", template, host_os=host_os)
    if not w.check_mode("h", mode, product):
        return None  # not a host a student can build
    w.set_mode("h", mode, product)
    if with_vm:
        if not w.check_add_guest("h", VmConfig("debian-12", technique=Technique.FULL, io=IoPath.EMULATED)):
            return None
        make_vm(w, "vm", "h", os="debian-12", technique=Technique.FULL, io=IoPath.EMULATED)
        if with_vm == "running":  # a Linux VM a container can be dropped onto
            set_running(w, "vm")
    return w


def follow(fix: tuple, setup: tuple, config, with_vm: bool | str) -> rules.Verdict:
    """Take the suggested way out in a fresh world and try the placement again."""
    w = new_world(*setup, with_vm=with_vm)
    kind = fix[0]
    if kind == "mode":
        w.set_mode("h", fix[1], fix[2])  # raises RuleError when the suggestion is refused
        return w.check_add_guest("h", config)
    if kind == "technique":
        return w.check_add_guest("h", replace(config, technique=fix[1]))
    if kind == "os":
        return w.check_add_guest("h", replace(config, os=fix[1]))
    if kind == "into_vm":  # drop the container onto that running Linux VM
        return w.check_add_guest("h", config, in_vm=fix[1])
    if kind == "linux_vm":  # run a Linux VM on the host, then drop the container onto it
        cfg = next(VmConfig("debian-12", vcpus=1, memory_mb=1024, technique=t) for t in Technique
                   if w.check_add_guest("h", VmConfig("debian-12", vcpus=1, memory_mb=1024, technique=t)))
        make_vm(w, "linux", "h", os="debian-12", vcpus=1, memory_mb=1024, technique=cfg.technique)
        set_running(w, "linux")
        return w.check_add_guest("h", config, in_vm="linux")
    if kind == "other_host":
        make_host(w, "new", "lab-pc")  # a new host is Linux unless the student says otherwise
        w.set_mode("new", fix[1], fix[2])
        return w.check_add_guest("new", config)
    raise AssertionError(f"unknown fix {fix}")


def refusals(with_vm: bool):
    for setup in HOSTS:
        w = new_world(*setup, with_vm=with_vm)
        if w is None:
            continue
        for config in CONFIGS:
            guests = w.guests_on("h")
            v = rules.check_place(w.hosts["h"], config, guests)
            if not v.ok:
                yield setup, config, v


@pytest.mark.parametrize("with_vm", [False, True, "running"],
                         ids=["empty host", "host with a VM", "host with a running Linux VM"])
def test_every_suggested_way_out_is_accepted(with_vm):
    followed = accepted = 0
    for setup, config, v in refusals(with_vm):
        if any(word in v.template for word in SUGGESTING):
            assert v.fixes, (setup, config, v.message)
        for fix in v.fixes:
            after = follow(fix, setup, config, with_vm)
            # The way out clears this refusal; another setting of the same guest
            # (say, passthrough without an IOMMU) may still need its own change.
            assert after.ok or after.code != v.code, (setup, config, v.message, fix, after.message)
            accepted += after.ok
            followed += 1
    assert followed > 20 and accepted > 10  # the grid really exercised the suggestions


def test_the_world_gives_the_same_refusal_codes_as_the_rules():
    # World.check_add_guest does not pass the host's guests yet: the code and the
    # suggestion for an empty host must not depend on them.
    for setup, config, v in refusals(with_vm=False):
        w = new_world(*setup)
        assert w.check_add_guest("h", config).code == v.code
