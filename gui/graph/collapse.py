"""Hosts collapsed to one box in the layer graph (a part of ``GraphView``).

A collapsed host is drawn as its band with only its hardware node, whose
caption sums up its guests ("12 guests, 9 powered on"): none of its per-guest
items exist, so a big lab with most hosts collapsed stays light.  Which hosts
are collapsed is remembered for the session (a new lab keeps the set; a host
id it does not have is simply not drawn).  The arrow before a band's title
toggles it; ``collapse_action`` gives the same switch to a context menu.
Expects ``StructureSync`` (``live``, ``bands``, ``items``, ``_redo_hosts``,
``_place_bands``) in the same class.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from core.model.kinds import ACTIVE_STATES

# Labs with more guests than this open with their hosts collapsed.  Assumption: at
# 2,000 guests the whole graph still builds in about a second and a structure
# change paints within 50 ms (bench/limits.py); beyond, it grows past both.
COLLAPSE_FROM = 2000


class HostCollapse:
    collapsed: set[str]  # host ids; set in _init_collapse

    def _init_collapse(self) -> None:
        self.collapsed = set()

    def is_collapsed(self, host_id: str) -> bool:
        return host_id in self.collapsed

    def set_collapsed(self, host_id: str, on: bool) -> None:
        """Draw a host as one box (``on``) or as its whole stack."""
        if on == (host_id in self.collapsed):
            return
        if on:
            self.collapsed.add(host_id)
        else:
            self.collapsed.discard(host_id)
        if self.live is not None and host_id in self.live.bands:
            self._redo_hosts({host_id})
            self._place_bands()

    def toggle_collapsed(self, host_id: str) -> None:
        self.set_collapsed(host_id, host_id not in self.collapsed)

    def collapse_action(self, host_id: str, parent) -> QAction:
        """A menu entry that collapses or expands ``host_id`` in the graph (for a context menu)."""
        text = (QCoreApplication.translate("GraphView", "Expand in Layer Graph") if host_id in self.collapsed
                else QCoreApplication.translate("GraphView", "Collapse in Layer Graph"))
        act = QAction(text, parent)
        act.setObjectName("actionCollapseHost")
        act.triggered.connect(lambda: self.toggle_collapsed(host_id))
        return act

    def collapse_big_lab(self, world) -> None:
        """A new lab of more than ``COLLAPSE_FROM`` guests opens with every host collapsed.

        Level of detail for big labs: 20,000 guests drawn whole are ~47,000 nodes
        and ~90,000 edges, seconds to lay out and build (bench/limits.py); as boxes
        they are one node per host, and a student expands the hosts to look into.
        """
        if len(world.guests) > COLLAPSE_FROM:
            self.collapsed |= set(world.hosts)

    def _shown_part(self, host_id: str, band) -> dict | None:
        """A collapsed host's drawn part, its hardware at the band's origin; None when drawn whole."""
        hw = f"{host_id}/hw"
        if host_id in self.collapsed and hw in band:
            return {hw: (0.0, 0.0)}
        return None

    def _summarize(self, host_id: str) -> None:
        """The caption of a collapsed host's box: how many guests it has and how many run."""
        band = self.bands.get(host_id)
        if band is not None:
            band.set_collapsed(host_id in self.collapsed)
        hw = self.items.get(f"{host_id}/hw")
        if hw is None:
            return
        if host_id not in self.collapsed:
            hw.set_summary("")
            return
        guests = self.document.world.guests_on(host_id)
        running = sum(g.state in ACTIVE_STATES for g in guests)
        # Two sources, not "guest(s)": English has no catalogue to give the singular.
        n = len(guests)  # (lupdate misses a call as the count)
        if n == 1:
            text = QCoreApplication.translate("GraphView", "1 guest, %1 powered on")
        else:
            text = QCoreApplication.translate("GraphView", "%n guests, %1 powered on", None, n)
        hw.set_summary(text.replace("%1", str(running)))
