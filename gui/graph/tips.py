"""A layer-graph node's tooltip: what it is, and its figures from the last sample.

Built when the tooltip is asked for (``LayerView.viewportEvent``), so it always
shows the latest tick without the nodes rewriting their tooltips every tick.
Names come from lab files: they are escaped before going into the rich text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from gui.text.substitute import fill
from gui.text.value_names import privileged_text


def _figures(table: str, oid: str, sample) -> list[str]:
    if table == "host":
        h = sample.host(oid)
        if h is None:
            return []
        return [
            fill(QCoreApplication.translate("GraphTips", "CPU: %1 % busy (%2 % for the virtualization layers)"),
                 f"{h['cpu_pct']:.0f}", f"{h['overhead_pct']:.0f}"),
            fill(QCoreApplication.translate("GraphTips", "Memory: %1 % of RAM in use (%2 GB promised to guests and layers)"),
                 f"{h['mem_pct']:.0f}", f"{h['mem_alloc_mb'] / 1024:.1f}"),
            fill(QCoreApplication.translate("GraphTips", "Disk: %1 MB/s, %2 IOPS (%3 % busy)"),
                 f"{h['disk_mbs']:,.0f}", f"{h['disk_iops']:,.0f}", f"{h['disk_pct']:.0f}"),
            fill(QCoreApplication.translate("GraphTips", "Network: %1 Mb/s (%2 % of the NIC)"), f"{h['net_mbps']:,.0f}", f"{h['net_pct']:.0f}"),
        ]
    if table == "layer":
        m = sample.layer(oid)
        if m is None:
            return []
        return [fill(QCoreApplication.translate("GraphTips", "CPU: %1 % of the host"), f"{m['cpu_pct']:.1f}"),
                fill(QCoreApplication.translate("GraphTips", "Memory: %1 MB"), f"{m['mem_mb']:,.0f}")]
    r = sample.guest(oid)
    if r is None:
        return [QCoreApplication.translate("GraphTips", "Not running: no figures.")]
    return [
        fill(QCoreApplication.translate("GraphTips", "CPU: %1 % of its vCPUs busy, %2 % waiting for a core"),
             f"{r['cpu_pct']:.0f}", f"{r['ready_pct']:.0f}"),
        fill(QCoreApplication.translate("GraphTips", "Memory: %1 of %2 MB in use"), f"{r['mem_used_mb']:,.0f}", f"{r['mem_alloc_mb']:,.0f}"),
        fill(QCoreApplication.translate("GraphTips", "Disk: %1 MB/s, %2 IOPS"), f"{r['disk_mbs']:,.0f}", f"{r['disk_iops']:,.0f}"),
        fill(QCoreApplication.translate("GraphTips", "Network: %1 Mb/s"), f"{r['net_mbps']:,.0f}"),
        fill(QCoreApplication.translate("GraphTips", "Speed: %1 % of the same work on native hardware"), f"{100 * r['perf']:.0f}"),
    ]


def node_tip(item, world) -> str:
    """Rich text for ``item`` (a ``NodeItem``): its static description, then its latest figures."""
    lines = [item.toolTip()]  # name, kind and detail, set with the node's data (already escaped)
    if item.privileged:
        lines.append(html.escape(privileged_text(item.privileged)))
    if item.metrics is not None:
        sample = world.latest
        if sample is None:
            lines.append(html.escape(QCoreApplication.translate("GraphTips", "No figures yet: start the simulation.")))
        else:
            lines.extend(html.escape(t) for t in _figures(*item.metrics, sample))
    return "<br>".join(lines)
