"""Compare Stacks in words: a row's stack, its units and times, in the user's language.

Kept apart from the view so that the widget module stays about drawing and
layout; the texts are marked for translation in the "CompareView" context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.text.substitute import fill
from gui.text.value_names import io_text, mode_text, network_text, product_text, technique_short

# core's units name the benchmark too ("s to first instruction of the application");
# the column header says only the unit, the summary and the header's tooltip say the rest.
HEADER_UNITS = {
    "GFLOPS (Linpack)": "GFLOPS", "GB/s (STREAM)": "GB/s", "MB/s": "MB/s", "IOPS": "IOPS", "Gb/s": "Gb/s",
    "s (Linux kernel build)": QT_TRANSLATE_NOOP("CompareView", "s"),
    "s to first instruction of the application": QT_TRANSLATE_NOOP("CompareView", "s"),
    "cycles per page fault": QT_TRANSLATE_NOOP("CompareView", "cycles per fault"),
    "us per transaction": QT_TRANSLATE_NOOP("CompareView", "µs per transaction"),
}


def header_unit(unit: str) -> str:
    short = HEADER_UNITS.get(unit)
    return QCoreApplication.translate("CompareView", short) if short else unit


def number(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 1000 else f"{v:.4g}"


def seconds_text(s: float) -> str:
    if s < 1.0:
        return fill(QCoreApplication.translate("CompareView", "%1 ms"), f"{s * 1000:.3g}")
    return fill(QCoreApplication.translate("CompareView", "%1 s"), f"{s:.3g}")


def stack_text(r: dict, with_product: bool = False) -> str:
    """A row's stack in words: technique and I/O path of a VM (and its product, where a
    mode's rows use more than one); a container's network."""
    if r["mode"] == "native":
        return QCoreApplication.translate("CompareView", "Native hardware (baseline)")
    if r["mode"] == "container" and r.get("in_vm"):  # a nested stack: Docker inside a VM
        return fill(QCoreApplication.translate("CompareView", "Docker inside a %1 VM, network: %2"),
                    product_text(r["in_vm"]), network_text(r["network"] or ""))
    if r["mode"] == "container":
        return fill(QCoreApplication.translate("CompareView", "Docker, network: %1"), network_text(r["network"] or ""))
    tech = technique_short(r["technique"], r["ept"] is not False)
    if not with_product:
        return fill(QCoreApplication.translate("CompareView", "%1 · %2"), tech, io_text(r["io"]))
    product = product_text(r["product"]) if r.get("product") else mode_text(r["mode"])
    return fill(QCoreApplication.translate("CompareView", "%1 · %2 · %3"), product, tech, io_text(r["io"]))
