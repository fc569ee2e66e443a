"""The hops of one I/O request (a 4 KB disk write, a network request/response), per stack.

Tied to the engine: a path's total is the native total divided by the stack's
efficiency for that class (disk write -> ``disk_rand``, network packet ->
``net_lat``), and the hops the virtualization layers add share the difference,
citing the source behind the engine's figure.  So the view explains the number
the engine uses, and cannot disagree with it.
"""

from __future__ import annotations

from dataclasses import replace

from core.course.mechanisms_base import ASSUMPTION, Draft, Stack, d, split
from core.model.kinds import IoPath, Mode, Network, Product
from core.model.workloads import CLASSES
from core.sim.efficiency import efficiency

IO_OPS = ("disk-write", "net-packet")
ENGINE_CLASS = {"disk-write": "disk_rand", "net-packet": "net_lat"}

# Native microseconds: assumptions for the kernel's share (a few µs of block layer or
# TCP/IP work each way) and a flash SSD's 4 KB write; [Felter2014] a request/response
# costs ~30 µs more under KVM, which is +80 %, so ~37 µs natively: 29 µs is the wire,
# the NIC and the peer.
_NATIVE = {
    "disk-write": (4.0, 20.0, 2.0, ASSUMPTION),
    "net-packet": (4.0, 29.0, 4.0, "Felter2014"),
}
_SEND = {
    "disk-write": "The kernel's block layer queues the 4 KB write and its driver submits it.",
    "net-packet": "The kernel's TCP/IP stack builds the packet and its driver hands it on.",
}
_DEVICE = {
    "disk-write": "The SSD writes the block and raises a completion interrupt.",
    "net-packet": "The NIC sends the packet; the reply comes back over the wire and raises an interrupt.",
}
_DONE = {
    "disk-write": "The kernel completes the request and wakes the application.",
    "net-packet": "The kernel's stack delivers the reply to the application.",
}


def engine_source(st: Stack, cls: str) -> str:
    """The source of the engine's figure for this stack and class (see efficiency.py)."""
    if not st.vm:
        return "Felter2014"
    if st.io is IoPath.PASSTHROUGH or (st.cfg.sriov and cls.startswith("net")):
        return "Gordon2012"
    if st.mode is Mode.HYBRID and st.io is IoPath.PARAVIRTUAL:
        return "Felter2014"
    if st.mode is Mode.HOSTED and st.io is IoPath.EMULATED and cls == "disk_rand":
        return "Proxmox"
    return ASSUMPTION


def io_request(st: Stack, op: str) -> tuple[list[Draft], tuple[str, ...]]:
    send, wire, done, wire_src = _NATIVE[op]
    net = op == "net-packet"
    start = d(st.app, "The application sends a small request and waits for the reply." if net else
              "The application writes 4 KB and waits until it is on disk (write + fsync).")
    kernel = st.guest if st.vm else "hostos"
    hops = [start]
    if st.container:
        hops += _container(st, net)
    hops += [d(kernel, _SEND[op], send, copies=1)]
    device = d("hardware", _DEVICE[op], wire, wire_src)
    if net and st.vm and st.cfg.network is Network.HOST_ONLY and not st.cfg.sriov:
        # A host-only network ends at the host's own virtual adapter (vmnet1, vboxnet0,
        # virbr): no hop reaches the physical NIC [VBoxNetworking].  Assumption: the host
        # answers in about the time a LAN peer would, so the trip costs the same.
        device = d(_switch_layer(st), HOST_ONLY_HOP, wire, wire_src)
    tail = [d(kernel, _DONE[op], done), d(st.app, "The application continues.")]
    if not st.vm:
        hops = split([*hops, device, *tail], _overhead(st, op), engine_source(st, ENGINE_CLASS[op]))
        return hops, ("namespaces",) if st.container else ()
    if st.io is IoPath.PASSTHROUGH or (net and st.cfg.sriov):
        middle, after, notes = _direct(st)
    elif st.io is IoPath.PARAVIRTUAL:
        middle, after, notes = _paravirtual(st, net)
    else:
        middle, after, notes = _emulated(st, net)
    hops = split([*hops, *middle, device, *after, *tail], _overhead(st, op, bridged=True),
                 engine_source(st, ENGINE_CLASS[op]))
    nat = _nat_extra(st, op)
    if nat > 0:
        hops.insert(hops.index(device), d(_switch_layer(st), "NAT: the virtual network's address translation rewrites the "
                                                 "packet's source address and port.", nat))
    return hops, notes


HOST_ONLY_HOP = ("Host-only network: the virtual switch delivers the packet to the host's own virtual "
                 "adapter, never to the physical NIC; the reply comes back the same way.")


def _switch_layer(st: Stack) -> str:
    """The layer that runs the virtual network (its NAT and its host-only adapter)."""
    return {Mode.HOSTED: "vmm", Mode.HYBRID: "hostos"}.get(st.mode, st.driver)


def _eff(st: Stack, op: str) -> float:
    return efficiency(st.cfg)[CLASSES.index(ENGINE_CLASS[op])]


def native_total(op: str) -> float:
    send, wire, done, _src = _NATIVE[op]
    return send + wire + done


def _overhead(st: Stack, op: str, bridged: bool = False) -> float:
    cfg = st.cfg
    if bridged and cfg.network is Network.NAT:
        cfg = replace(cfg, network=Network.BRIDGED)  # NAT gets its own hop
    eff = efficiency(cfg)[CLASSES.index(ENGINE_CLASS[op])]
    return native_total(op) / eff - native_total(op)


def _nat_extra(st: Stack, op: str) -> float:
    return native_total(op) / _eff(st, op) - native_total(op) - _overhead(st, op, bridged=True)


def _container(st: Stack, net: bool) -> list[Draft]:
    if not net:
        return [d("container", "The write is an ordinary system call; the mount namespace points it at the "
                               "container's own file system."),
                d("image", "The overlay file system writes to the container's upper layer; the image's layers "
                           "below stay read-only and shared.")]
    if st.cfg.network is Network.NAT:
        # The weighted hop carries the engine's NAT cost [Felter2014].
        return [Draft("container", "The packet leaves the container's network namespace through a veth pair "
                                   "into the docker0 bridge, and NAT rewrites its address.", 0, ASSUMPTION,
                      weight=1)]
    return [d("container", "With host networking the container uses the host's own network stack: nothing "
                           "is added.")]


def _completion(st: Stack) -> Draft:
    return Draft(st.monitor, "The completion comes back: the monitor injects a virtual interrupt into the guest.",
                 0, ASSUMPTION, exits=1, weight=1)


def _emulated(st: Stack, net: bool) -> tuple[list[Draft], list[Draft], tuple[str, ...]]:
    dev = "e1000 network card" if net else "IDE disk controller"
    user = st.device_model in ("qemu", "mgmt")
    middle = [
        Draft(st.monitor, f"The guest's ordinary driver programs the emulated {dev}: each of its several "
                          "register accesses traps to the monitor.", 0, ASSUMPTION, exits=4, weight=1),
        Draft(st.device_model, "The device model decodes the command and copies the data out of guest memory.",
              0, ASSUMPTION, copies=1, switches=2 if user else 0, weight=2),
        Draft(st.driver, "The request becomes an ordinary one to the real driver"
                         + (" (a write to the disk image file on the host OS)." if st.mode is Mode.HOSTED and not net
                            else "."), 0, ASSUMPTION, switches=2 if st.mode is Mode.HOSTED else 0, weight=1),
    ]
    return middle, [_completion(st)], ("emulated-device", "popek-goldberg")


def _paravirtual(st: Stack, net: bool) -> tuple[list[Draft], list[Draft], tuple[str, ...]]:
    ring = Draft(st.guest, "The paravirtual front-end driver puts the request in a ring in memory shared with "
                           "the back-end.", 0, ASSUMPTION)
    if st.split_drivers:
        xen = st.cfg.product is Product.XEN
        middle = [ring,
                  Draft("hypervisor", "The front-end grants the back-end access to the data pages and notifies it "
                                      "with one event-channel hypercall." if xen else
                        "The client driver (VSC) signals the root partition over VMBus with one hypercall.",
                        0, ASSUMPTION, exits=1, weight=1),
                  Draft("mgmt", ("The back-end (netback / blkback) in Dom0 maps the granted pages and passes the "
                                 "request to Dom0's real driver." if xen else
                                 "The service provider (VSP) in the root partition passes the request to its real "
                                 "driver."), 0, ASSUMPTION, copies=1 if net else 0, switches=1, weight=2)]
        after = [Draft("mgmt", "The back-end answers in the ring and sends an event back.", 0, ASSUMPTION,
                       exits=1, switches=1, weight=1)]
        return middle, after, ("split-drivers", "hypercall")
    if st.mode is Mode.HYBRID:
        if net:
            middle = [ring,
                      Draft("kvm", "One notification exits; KVM kicks the vhost-net thread through an eventfd.",
                            0, ASSUMPTION, exits=1, weight=1),
                      Draft("hostos", "vhost-net in the host kernel takes the packet from the ring and passes it to "
                                      "the bridge and the NIC driver, skipping QEMU.", 0, ASSUMPTION, copies=1,
                            weight=2)]
        else:
            middle = [ring,
                      Draft("kvm", "One notification exits; KVM signals QEMU through an eventfd.", 0, ASSUMPTION,
                            exits=1, weight=1),
                      Draft("qemu", "QEMU's virtio-blk back-end takes the request from the ring and submits it to "
                                    "the host kernel.", 0, ASSUMPTION, switches=2, weight=2),
                      Draft("hostos", "The host kernel's driver sends the write to the disk.", 0, ASSUMPTION,
                            copies=1, weight=1)]
        return middle, [_completion(st)], ("virtio", "vtx-root")
    if st.mode is Mode.HOSTED:
        middle = [ring,
                  Draft("vmm", "The VMM reads the whole request with one notification instead of many register "
                               "traps.", 0, ASSUMPTION, exits=1, weight=1),
                  Draft("hostos", "World switch to the host OS: the VMM's process hands the request to the host's "
                                  + ("network stack." if net else "file system (the virtual disk is a file)."),
                        0, ASSUMPTION, copies=1, switches=2, weight=2)]
        return middle, [_completion(st)], ("virtio",)
    middle = [ring,
              Draft("hypervisor", "The paravirtual driver (pvscsi / vmxnet3) rings the doorbell once; the "
                                  "hypervisor's back-end reads the ring.", 0, ASSUMPTION, exits=1, weight=1),
              Draft("hypervisor", "The hypervisor's storage or network stack hands it to the real driver.", 0,
                    ASSUMPTION, weight=1)]
    return middle, [_completion(st)], ("virtio",)


def _direct(st: Stack) -> tuple[list[Draft], list[Draft], tuple[str, ...]]:
    middle = [Draft(st.guest, "The guest's own driver for the real device (or its SR-IOV virtual function) writes "
                              "the descriptor and rings the device's doorbell directly: no exit.", 0, ASSUMPTION),
              Draft("hardware", "The device reads the data from guest memory by DMA; the IOMMU translates the "
                                "guest-physical addresses.", 0, ASSUMPTION, weight=1)]
    after = [Draft(st.monitor, "The completion interrupt still passes through the hypervisor, which injects it "
                               "into the guest.", 0, ASSUMPTION, exits=1, weight=1)]
    return middle, after, ("iommu", "vtx-root")
