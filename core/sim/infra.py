"""Storage and network as layers of their own: each host's virtual switch and datastore.

The layer graph draws them as nodes (``core.sim.graph``); this module gives
their meters from the world and a sample: the switch's traffic in Mb/s and
packets/s, the datastore's IOPS and its used and free space.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.model.kinds import Network
from core.sim import migration, storage

if TYPE_CHECKING:
    from core.sim.metrics import Sample
    from core.sim.world import World

# Assumption: bulk traffic travels in full Ethernet frames (1500-byte MTU), so
# packets/s is the throughput divided by 1500 bytes; small-packet traffic would
# show more packets for the same Mb/s.
FRAME_BYTES = 1500
# Networks whose packets leave through the physical NIC: bridged puts the
# guest on the LAN, NAT goes out through the host's address; host-only never
# leaves the host (core.sim.network).
REACHES_NIC = frozenset({Network.BRIDGED, Network.NAT})


def switch_id(host_id: str) -> str:
    return f"{host_id}/vswitch"


def datastore_id(host_id: str) -> str:
    return f"{host_id}/datastore"


def shared_storage() -> bool:
    """Whether the lab's hosts share one datastore (what live migration assumes)."""
    return migration.SHARED_STORAGE


@dataclass(frozen=True)
class SwitchMeters:
    mbps: float
    packets_s: float
    ports: int


@dataclass(frozen=True)
class DatastoreMeters:
    iops: float
    used_gb: float
    free_gb: float
    provisioned_gb: float
    capacity_gb: float


def on_switch(world: World, host_id: str) -> list[str]:
    """Guests whose NIC is a port of the host's switch: not SR-IOV VMs, not containers on the host's stack."""
    return [g.id for g in world.guests_on(host_id)
            if g.config.network is not Network.HOST and not getattr(g.config, "sriov", False)]


def switch_meters(world: World, sample: Sample | None, host_id: str) -> SwitchMeters:
    ports = on_switch(world, host_id)
    mbps = 0.0
    if sample is not None:
        rows = [sample.guest(gid) for gid in ports]
        mbps = sum(r["net_mbps"] for r in rows if r)
    return SwitchMeters(mbps, mbps * 1e6 / 8 / FRAME_BYTES, len(ports))


def datastore_meters(world: World, sample: Sample | None, host_id: str) -> DatastoreMeters:
    row = sample.host(host_id) if sample is not None else None
    u = storage.usage(world, host_id)
    return DatastoreMeters(row["disk_iops"] if row else 0.0, u.used_gb, u.free_gb, u.provisioned_gb, u.capacity_gb)


def meters(world: World, sample: Sample | None, node: tuple[str, str]) -> dict[str, float]:
    """The figures of a graph node's ``infra`` key: ("switch", host) or ("datastore", host)."""
    kind, host_id = node
    if host_id not in world.hosts:
        return {}
    if kind == "switch":
        m = switch_meters(world, sample, host_id)
        return {"mbps": m.mbps, "packets_s": m.packets_s}
    d = datastore_meters(world, sample, host_id)
    return {"iops": d.iops, "used_gb": d.used_gb, "free_gb": d.free_gb}


def report(world: World, host_avg: dict[str, dict[str, float]],
           guest_avg: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Per host with a switch and a datastore, their figures averaged over a run (``virtlab-sim run``)."""
    out = {}
    for h in world.hosts.values():
        if h.mode.value == "native":
            continue
        avg = host_avg.get(h.id, {})
        mbps = sum(guest_avg.get(gid, {}).get("net_mbps", 0.0) for gid in on_switch(world, h.id))
        u = storage.usage(world, h.id)
        out[h.id] = {"switch_mbps": mbps, "switch_packets_s": mbps * 1e6 / 8 / FRAME_BYTES,
                     "datastore_iops": avg.get("disk_iops", 0.0), "datastore_used_gb": u.used_gb,
                     "datastore_free_gb": u.free_gb, "datastore_provisioned_gb": u.provisioned_gb}
    return out


# Where each network puts a guest (the default subnets of VirtualBox's NAT and
# host-only networks [VBoxNetworking]; bridged guests take an address on the
# LAN from its DHCP server, here an assumed 192.168.1.0/24 office LAN).
SUBNETS = {Network.NAT: "10.0.2.", Network.HOST_ONLY: "192.168.56.", Network.BRIDGED: "192.168.1."}
FIRST_HOST = {Network.NAT: 15, Network.HOST_ONLY: 101, Network.BRIDGED: 100}
DOCKER_BRIDGE = "172.17.0."  # Docker's default bridge network (docker0) [DockerNetworking]


def address(world: World, guest_id: str) -> str:
    """The guest's IPv4 address as its own OS sees it; stable for a given lab.

    NAT guests all see 10.0.2.15 (each VM has its own NAT engine, as in
    VirtualBox); host-only and bridged guests are numbered per host in the
    order of their ids; containers get Docker's bridge network, or the host's
    own address with ``--network host`` (shown as "host")."""
    g = world.guests[guest_id]
    net = g.config.network
    if not g.is_vm:
        if net is Network.HOST:
            return "host"
        peers = sorted(o.id for o in world.guests_on(g.host_id) if not o.is_vm and o.config.network is net)
        return f"{DOCKER_BRIDGE}{2 + peers.index(guest_id)}"
    if net is Network.NAT:
        return f"{SUBNETS[net]}{FIRST_HOST[net]}"
    hosts = sorted(world.hosts)
    peers = sorted(o.id for o in world.guests_on(g.host_id) if o.is_vm and o.config.network is net)
    # Bridged guests share one LAN across hosts: offset by the host's place so they do not clash.
    offset = hosts.index(g.host_id) * 50 if net is Network.BRIDGED else 0
    return f"{SUBNETS[net]}{FIRST_HOST[net] + offset + peers.index(guest_id)}"


def reaches_outside(world: World, guest_id: str) -> bool:
    """Can the guest open a connection to the LAN and beyond?  Not from a host-only network."""
    return world.guests[guest_id].config.network is not Network.HOST_ONLY


def reachable_from_lan(world: World, guest_id: str) -> bool:
    """Can a machine on the LAN open a connection to it?  Bridged: yes; NAT and host-only: no
    (NAT lets only replies and forwarded ports in) [VBoxNetworking]."""
    g = world.guests[guest_id]
    if not g.is_vm:
        return g.config.network is Network.HOST or bool(g.config.ports)
    return g.config.network is Network.BRIDGED
