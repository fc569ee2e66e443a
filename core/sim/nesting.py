"""Nested stacks: containers inside a Linux VM (the rules, and what a VM's containers are).

A container in a VM shares the VM's Linux kernel, not the host's: the VM runs
a Docker engine of its own, and the container pays the VM's overheads on top
of its own (the engine multiplies the two stacks' efficiencies).  This is how
clouds run containers: Kubernetes nodes on public clouds are VMs [Felter2014]
(whose KVM and Docker figures are what compound here).

Choices that keep every invariant of the flat world (assumptions of the model):
- a container's ``host_id`` stays its VM's physical host (``Guest.in_vm``);
- one level only: no VM inside a VM, no container inside a container;
- a VM that stops (off, reset, crashed) stops its containers; they do not
  come back by themselves when it boots again, as after a reboot without
  ``--restart`` policies;
- a VM that is suspended freezes its running containers with the rest of its
  memory, and resuming it thaws them where they were: suspend saves the
  guest's whole memory image and resume restores it, processes included
  [VMwareSuspend];
- the VM's engine keeps its own image cache, stored in the host's cache under
  ``<vm id>/<layer>`` keys, so a layer pulled on the bare host is pulled again
  inside a VM (they are different disks).
"""

from __future__ import annotations

from collections.abc import Iterable

from core.model.catalog import GUEST_OSES, IMAGES
from core.model.kinds import GuestState
from core.model.objects import ContainerConfig, Guest, VmConfig
from core.sim.rules import OK, Verdict, check_container_fields, refuse


def check_place_in_vm(vm: Guest | None, config: VmConfig | ContainerConfig, vm_id: str = "",
                      siblings: Iterable[Guest] = ()) -> Verdict:
    """May a guest with ``config`` run inside ``vm`` (None: no such guest)?"""
    if vm is None:
        return refuse("no_such_object", "{id} is no longer in the lab.", id=vm_id)
    if isinstance(config, VmConfig):
        return refuse("nested_vm_unsupported",
                      "VirtLab does not run a VM inside another VM ({vm}): drop it onto a host.", vm=vm.name)
    if not vm.is_vm:
        return refuse("container_in_container",
                      "{vm} is a container; a container runs on a host or inside a Linux VM.", vm=vm.name)
    os = GUEST_OSES[vm.config.os]
    if os.family != "linux":
        return refuse("container_needs_linux_vm",
                      "A Linux container needs a Linux kernel to share, and {vm} runs {os}. "
                      "Drop it onto a Linux VM instead.", vm=vm.name, os=os.name)
    v = check_container_fields(config)
    if not v:
        return v
    if config.cpu_limit > vm.config.vcpus:
        return refuse("cpu_limit_exceeds_vcpus",
                      "The CPU limit ({limit}) is more than {vm}'s {vcpus} vCPUs.",
                      limit=config.cpu_limit, vm=vm.name, vcpus=vm.config.vcpus)
    if config.memory_limit_mb > vm.config.memory_mb:
        return refuse("memory_limit_exceeds_vm",
                      "The memory limit ({limit} MB) is more than {vm}'s {memory} MB.",
                      limit=config.memory_limit_mb, vm=vm.name, memory=vm.config.memory_mb)
    return OK


def check_vm_running(vm: Guest) -> Verdict:
    """A container starts only inside a running VM (its kernel must be up)."""
    if vm.state is not GuestState.RUNNING:
        return refuse("vm_not_running",
                      "{vm} is {state}; power it on and wait until it runs: its containers need its "
                      "kernel.", vm=vm.name, state=vm.state.value)
    return OK


def containers_after(was: GuestState, now: GuestState) -> GuestState | None:
    """What a VM's change of state does to its containers: RUNNING thaws frozen ones,
    SUSPENDED freezes running ones, OFF stops them all, None leaves them as they are
    (a VM resuming from its saved memory has not got their processes back yet)."""
    if now is GuestState.RUNNING or now is GuestState.SUSPENDED:
        return now
    if now is GuestState.STARTING and was is GuestState.SUSPENDED:
        return None
    return GuestState.OFF


def check_remove_vm(vm: Guest, containers: list[Guest], with_containers: bool) -> Verdict:
    """A VM with containers goes only together with them (asked for explicitly)."""
    if containers and not with_containers:
        return refuse("vm_has_containers",
                      "{vm} runs {count} container(s); delete them with it, or delete them first.",
                      vm=vm.name, count=len(containers))
    return OK


def cache_keys(guest: Guest) -> list[str]:
    """The image-cache entries a container's image needs (per VM inside a VM)."""
    layers = IMAGES[guest.config.image].layers
    return [f"{guest.in_vm}/{lay}" for lay in layers] if guest.in_vm else list(layers)
