"""Where a guest may move: the rule behind ``World.check_move`` (split from ``rules``
to keep each file readable)."""

from __future__ import annotations

from core.model.kinds import GuestState, IoPath
from core.model.objects import Guest, Host
from core.sim.rules import Verdict, check_place, refuse


def check_move(guest: Guest, target: Host, source: Host | None = None) -> Verdict:
    """May ``guest`` go to ``target``? A running VM goes by live migration."""
    if guest.host_id == target.id:
        return refuse("same_host", "{guest} is already on {host}.", guest=guest.name, host=target.name)
    if guest.in_vm is not None:
        return refuse("container_moves_with_vm",
                      "{guest} runs inside a VM; it moves when its VM moves.", guest=guest.name)
    if guest.state is not GuestState.OFF:
        if not guest.is_vm:
            # Real tools can checkpoint a container's processes and restore them
            # elsewhere [CRIU]; VirtLab models only the cold move.
            return refuse(
                "container_cannot_migrate",
                "{guest} is a running container. VirtLab moves containers only when stopped (real tools "
                "such as CRIU can checkpoint a container's processes and restore them on another host, "
                "which VirtLab does not model). Stop it, move it, and start it again.",
                guest=guest.name,
            )
        if guest.state is not GuestState.RUNNING:
            return refuse(
                "guest_must_be_off",
                "Power off {guest} before moving it: only a running VM can be live-migrated, and it is {state}.",
                guest=guest.name, state=guest.state.value,
            )
        if source is not None and (source.mode, source.product) != (target.mode, target.product):
            return refuse(
                "guest_must_be_off",
                "Power off {guest} before moving it: live migration needs the same hypervisor on both "
                "hosts, and {host} runs {product}.",
                guest=guest.name, host=target.name,
                product=target.product.value if target.product else target.mode.value,
            )
        cfg = guest.config
        if cfg.io is IoPath.PASSTHROUGH or cfg.sriov:
            return refuse(
                "migration_blocked_by_device",
                "{guest} has a physical device assigned to it (passthrough or an SR-IOV function); "
                "that device cannot follow it to another host while it runs.",
                guest=guest.name,
            )
    return check_place(target, guest.config)
