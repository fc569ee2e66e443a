"""Every stack a student can build, for checking the step-through paths and their texts.

``every_stack()`` lists the guest stacks of the model (VMs: every product, technique,
EPT on or off, I/O path, SR-IOV and network a rack server allows; containers with
NAT and host networking; the native baseline).  ``every_action()`` is the set of
hop texts these produce, which the GUI must all be able to translate.
"""

from __future__ import annotations

import itertools

from core.course.mechanisms_base import EXPLANATIONS, Stack
from core.model.kinds import PRODUCTS_BY_MODE, IoPath, Mode, Network, Product, Technique
from core.sim.efficiency import StackConfig
from core.sim.rules import TECHNIQUES_BY_PRODUCT

VM_MODES = (Mode.HOSTED, Mode.BARE_METAL, Mode.HYBRID)


def every_stack() -> list[Stack]:
    out = [Stack(StackConfig(Mode.NATIVE))]
    out += [Stack(StackConfig(Mode.CONTAINER, Product.DOCKER, network=n), container=True)
            for n in (Network.NAT, Network.HOST)]
    for mode in VM_MODES:
        for product in PRODUCTS_BY_MODE[mode]:
            for tech in TECHNIQUES_BY_PRODUCT[product]:
                for ept, io, sriov, net in itertools.product(
                        (True, False) if tech is Technique.HARDWARE else (True,), IoPath, (False, True),
                        (Network.NAT, Network.BRIDGED)):
                    if mode is Mode.HOSTED and (io is IoPath.PASSTHROUGH or sriov):
                        continue  # a hosted VMM cannot assign devices (rules.check_vm_config)
                    out.append(Stack(StackConfig(mode, product, tech, ept, io, net, sriov)))
    return out


def every_action() -> set[str]:
    from core.course.mechanisms import OPS, drafts  # noqa: PLC0415 (mechanisms imports the base, not this)

    return {h.action for st in every_stack() for kind, ops in OPS.items() for op in ops
            for h in drafts(st, kind, op)[0]}


def explanation_keys() -> tuple[str, ...]:
    return tuple(EXPLANATIONS)
