"""The figures under a virtual switch or datastore node, refreshed each tick (core.sim.infra)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.sim import infra

SWITCH = QT_TRANSLATE_NOOP("LayerGraph", "%1 Mb/s · %2 pkt/s")
DATASTORE = QT_TRANSLATE_NOOP("LayerGraph", "%1 IOPS · %2/%3 GB")


def _tr(text: str) -> str:
    return QCoreApplication.translate("LayerGraph", text)


def infra_text(world, sample, key: tuple[str, str]) -> str:
    """"230 Mb/s · 19,000 pkt/s" for a switch, "640 IOPS · 30/500 GB" (used of capacity) for a datastore."""
    m = infra.meters(world, sample, key)
    if not m:
        return ""
    if key[0] == "switch":
        return _tr(SWITCH).replace("%1", f"{m['mbps']:,.0f}").replace("%2", f"{m['packets_s']:,.0f}")
    total = m["used_gb"] + m["free_gb"]
    return _tr(DATASTORE).replace("%1", f"{m['iops']:,.0f}").replace(
        "%2", f"{m['used_gb']:,.0f}").replace("%3", f"{total:,.0f}")
