"""Network virtualization: one virtual switch per host, and where packets go.

Each VM's virtual NIC plugs into its host's virtual switch, on one of three
networks (VMware's and VirtualBox's names):

* bridged   -- the switch is bridged to the physical NIC: the VM is on the LAN;
* NAT       -- the host translates addresses: the VM reaches out, the LAN
               cannot reach in (except through port forwarding);
* host-only -- a private network of the host and its VMs, no way out.

Containers use Docker's bridge (NAT through the host) or the host's own stack.
A VM with an SR-IOV virtual function bypasses the switch: its packets go to a
slice of the real NIC.  ``path`` tells which hops a packet between two guests
takes, or why it cannot get there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.model.kinds import Network
from core.model.objects import VmConfig
from core.sim import rules

if TYPE_CHECKING:
    from core.sim.world import World

# Spec-sheet value: an Intel 82599 10 GbE port offers up to 63 virtual
# functions; a modelling assumption for every SR-IOV NIC here.
SRIOV_VFS = 63


@dataclass(frozen=True)
class Port:
    guest_id: str
    network: Network
    sriov: bool = False


def switch_ports(world: World, host_id: str) -> list[Port]:
    out = []
    for g in world.guests_on(host_id):
        c = g.config
        out.append(Port(g.id, c.network, isinstance(c, VmConfig) and c.sriov))
    return out


def vfs_in_use(world: World, host_id: str, exclude: str = "") -> int:
    return sum(p.sriov for p in switch_ports(world, host_id) if p.guest_id != exclude)


def vf_limit(world: World, host_id: str) -> int:
    return SRIOV_VFS if world.hosts[host_id].hardware.nic.sriov else 0


def check_vf(world: World, host_id: str, cfg, guest_id: str = "") -> rules.Verdict:
    """One virtual function per VM, and the NIC has only so many."""
    if not (isinstance(cfg, VmConfig) and cfg.sriov):
        return rules.OK
    limit = vf_limit(world, host_id)
    if vfs_in_use(world, host_id, exclude=guest_id) >= limit:
        return rules.refuse("sriov_no_free_vf",
                            "All {limit} SR-IOV virtual functions of {host}'s NIC are in use.",
                            limit=limit, host=world.hosts[host_id].name)
    return rules.OK


def path(world: World, src_id: str, dst_id: str) -> tuple[list[str], rules.Verdict]:
    """Hops of a packet from guest ``src_id`` to guest ``dst_id`` (English keys), or a refusal."""
    a, b = world.guests[src_id], world.guests[dst_id]
    na, nb = a.config.network, b.config.network
    if a.host_id == b.host_id and na == nb and na is not Network.HOST:
        hops = ["vnic", "vswitch", "vnic"]
        if getattr(a.config, "sriov", False) or getattr(b.config, "sriov", False):
            hops = ["vf", "nic", "vf"]  # the NIC's embedded switch turns the packet around
        return hops, rules.OK
    if Network.HOST_ONLY in (na, nb):
        return [], rules.refuse(
            "host_only_isolated",
            "{guest} is on a host-only network: it can talk only to its host and the VMs on the same host-only network.",
            guest=(a if na is Network.HOST_ONLY else b).name)
    if nb is Network.NAT:
        return [], rules.refuse(
            "nat_unreachable",
            "{guest} is behind NAT: it can reach out, but nothing can reach it without port forwarding.",
            guest=b.name)
    out = ["vnic", "vswitch", "nat" if na is Network.NAT else "bridge", "nic", "lan"]
    back = ["lan", "nic", "bridge" if nb is not Network.HOST else "hostos", "vswitch", "vnic"]
    if a.host_id == b.host_id:
        out, back = out[:-2], back[2:]  # the physical NIC turns it around on the same host
    return out + back[1:], rules.OK
