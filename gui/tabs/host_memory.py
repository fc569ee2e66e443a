"""The host tab's memory-reclaim meters: ballooning, swapping and page sharing.

When guests are promised more memory than the host has, the hypervisor takes
memory back in three ways the course names; each gets its own bar (a share of
the host's RAM) so a student sees which one is at work, not only a line of text.
Each colour means one thing, and the legend under the bars says which:
green saves memory at no cost, amber takes memory back from guests, red slows
them down.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from gui.graph.meters import MeterBar
from gui.shell import colors as pc
from gui.text.substitute import fill

# A host's figures in the engine's sample; all zero before the first one.
HOST_METRICS = ("cpu_pct", "mem_used_mb", "mem_alloc_mb", "shared_mb", "balloon_mb", "swap_mb", "disk_iops",
                "disk_mbs", "disk_pct", "net_mbps", "net_pct", "overhead_pct")
# Thresholds that pin each bar to one colour whatever its length (MeterBar colours by fraction).
_ALWAYS_OK, _ALWAYS_WARN, _ALWAYS_BAD = (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)


def _gb(mb: float) -> str:
    return f"{mb / 1024:.1f}"


class MemoryReclaimBox(QGroupBox):
    """Three bars: page sharing (saved), balloon (reclaimed), swap (paged out)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("memoryReclaimBox")
        self.setTitle(self.tr("Memory reclaim"))
        self.shared = self._bar("sharedMeter", self.tr("Page sharing saves"), _ALWAYS_OK)
        self.balloon = self._bar("balloonMeter", self.tr("Balloon reclaims"), _ALWAYS_WARN)
        self.swap = self._bar("swapMeter", self.tr("Swapped to disk"), _ALWAYS_BAD)
        self.shared.setToolTip(self.tr("Identical pages kept once for several guests (TPS / KSM)"))
        self.balloon.setToolTip(self.tr("Memory the balloon driver inside the guests gave back to the host"))
        self.swap.setToolTip(self.tr("Guest memory the host moved to disk: every access to it is slow"))
        self.legend = QLabel()
        self.legend.setObjectName("memoryLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)  # our own words only: colour swatches
        self.legend.setWordWrap(True)
        lay = QVBoxLayout(self)
        for bar in (self.shared, self.balloon, self.swap):
            lay.addWidget(bar)
        lay.addWidget(self.legend)
        self.retranslate()

    def _bar(self, name: str, caption: str, thresholds: tuple[float, float]) -> MeterBar:
        bar = MeterBar(caption, 1.0, warn=thresholds[0], bad=thresholds[1])
        bar.setObjectName(name)
        return bar

    def retranslate(self) -> None:
        def swatch(color, text: str) -> str:
            return f"<span style='color:{color.name()}'>■</span>&nbsp;{text}"

        self.legend.setText(" &nbsp; ".join((
            swatch(pc.METER_OK, self.tr("saves memory")),
            swatch(pc.METER_WARN, self.tr("takes memory from guests")),
            swatch(pc.METER_BAD, self.tr("slows guests down")))))

    def set_sample(self, h: dict, ram_mb: float) -> None:
        ram = max(ram_mb, 1.0)
        for bar, key in ((self.shared, "shared_mb"), (self.balloon, "balloon_mb"), (self.swap, "swap_mb")):
            mb = h.get(key, 0.0) or 0.0
            bar.set_value(mb, ram, text=fill(self.tr("%1 GB"), _gb(mb)))
