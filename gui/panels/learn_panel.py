"""The Learn panel: what the selected thing is, the figures VirtLab uses for it, and a lab.

``show_concept(id)`` takes a ``core.course.concepts`` id; ``concept_for_node`` and
``concept_for_object`` map what the user selected (a graph node, a host, a
guest, a settings combo) to one.  Texts are VirtLab's own (``learn_texts``);
numbers and source keys come from core, so they match the engine.

Signals:
    lab_requested(str) -- the user asked to open the lab file at this path
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from core.course.concepts import CONCEPTS, find_lab, stack_text
from core.files.locations import labs_dir
from core.model.kinds import Technique
from core.model.objects import VmConfig
from core.model.sources import SOURCES
from core.model.workloads import CLASSES
from core.sim.efficiency import StackConfig, efficiency
from gui.text import learn_texts, value_names
from gui.text.lab_texts import lab_header
from gui.text.substitute import fill

# Settings widgets (objectName) -> concept prefix of their item data.
SETTING_PREFIX = {"modeCombo": "mode:", "techniqueCombo": "technique:", "ioCombo": "io:",
                  "networkCombo": "network:"}


def concept_for_object(world, obj_id: str) -> str:
    """A host teaches its mode; a VM its technique (or EPT), a container itself."""
    if obj_id in world.hosts:
        return f"mode:{world.hosts[obj_id].mode.value}"
    g = world.guests.get(obj_id)
    if g is None:
        return ""
    if isinstance(g.config, VmConfig):
        if g.config.technique is Technique.HARDWARE and not g.config.ept:
            return "ept"
        return f"technique:{g.config.technique.value}"
    return "container-in-vm" if g.in_vm is not None else "container"


def selection_stack(world, obj_id: str) -> tuple[str, StackConfig | None]:
    """The selected object's name and the stack it really runs on (a host: its own mode; a guest: its
    host's mode and product with its own technique, EPT, I/O path and network)."""
    if obj_id in world.hosts:
        h = world.hosts[obj_id]
        return h.name, h.stack()
    g = world.guests.get(obj_id)
    if g is None or g.host_id not in world.hosts:
        return "", None
    return g.name, g.stack(world.hosts[g.host_id])


def concept_for_setting(object_name: str, value) -> str:
    if object_name == "eptCheck":
        return "ept"
    prefix = SETTING_PREFIX.get(object_name)
    cid = f"{prefix}{value}" if prefix and value is not None else ""
    return cid if cid in CONCEPTS else ""


def stack_words(stack: str) -> str:
    """A figure's stack ("hosted, hardware, EPT, paravirtual, bridged", core.course.concepts.stack_text) in value_names.

    Each part is worded through ``words``: the mode, the technique (with EPT or
    shadow paging), the I/O path and the network; an OS or product keeps its
    name, and anything else (an image or guest OS name) is shown as it is.
    """
    parts = [p.strip() for p in stack.split(",") if p.strip()]
    out: list[str] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else ""
        if p in value_names.MODES:
            out.append(value_names.mode_text(p))
        elif p in value_names.TECHNIQUES:
            ept = {"EPT": True, "shadow paging": False}.get(nxt) if p == "hardware" else None
            out.append(value_names.technique_text(p, ept))
            i += ept is not None  # the EPT part is in the technique's words
        elif p in value_names.IO_PATHS:
            out.append(fill(QCoreApplication.translate("LearnPanel", "I/O: %1"), value_names.io_text(p)))
        elif p in value_names.NETWORKS:
            out.append(fill(QCoreApplication.translate("LearnPanel", "network: %1"), value_names.network_text(p)))
        elif p in value_names.PRODUCTS:
            out.append(value_names.product_text(p))
        elif p in value_names.HOST_OSES:
            out.append(value_names.value_word("os", p))
        else:
            out.append(p)
        i += 1
    # Not ", ": a technique's own words may hold a comma.
    return QCoreApplication.translate("LearnPanel", "; ", "separator between the parts of a stack").join(out)


def _lab_title(path) -> str:
    """The lab's title in the UI language, with its file name."""
    title, _brief = lab_header(path)
    return f"{title} ({path.name})" if title != path.stem else path.name


class LearnPanel(QWidget):
    lab_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, labs=None):
        super().__init__(parent)
        self.setObjectName("learnPanel")
        self.labs = labs if labs is not None else labs_dir()
        self.concept_id = ""
        self.lab_path = ""
        self.selection: tuple[str, StackConfig | None] = ("", None)  # what the window has selected
        self.topics = QComboBox()
        self.topics.setObjectName("learnTopics")
        for cid in CONCEPTS:
            self.topics.addItem(learn_texts.title(cid), cid)
        self.topics.activated.connect(lambda i: self.show_concept(self.topics.itemData(i)))
        self.title = QLabel()
        self.title.setObjectName("learnTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QTextBrowser()
        self.body.setObjectName("learnText")
        self.body.setOpenLinks(False)
        self.lab_label = QLabel()
        self.lab_label.setObjectName("learnLab")
        self.lab_label.setTextFormat(Qt.TextFormat.PlainText)
        self.lab_label.setWordWrap(True)
        self.open_lab = QPushButton(self.tr("Open Lab"))
        self.open_lab.setObjectName("learnOpenLab")
        self.open_lab.clicked.connect(lambda: self.lab_requested.emit(self.lab_path))
        lab_row = QHBoxLayout()
        lab_row.addWidget(self.lab_label, 1)
        lab_row.addWidget(self.open_lab)
        lay = QVBoxLayout(self)
        lay.addWidget(self.topics)
        lay.addWidget(self.title)
        lay.addWidget(self.body, 1)
        lay.addLayout(lab_row)
        self.show_concept("mode:hosted")

    def set_selection(self, name: str, cfg: StackConfig | None) -> None:
        """Follow the selected host or guest: its own stack and speeds are shown with every concept."""
        if (name, cfg) == self.selection:
            return
        self.selection = (name, cfg)
        if self.concept_id:
            self.show_concept(self.concept_id)

    def show_concept(self, concept_id: str) -> bool:
        c = CONCEPTS.get(concept_id)
        if c is None:
            return False
        self.concept_id = concept_id
        self.topics.setCurrentIndex(self.topics.findData(concept_id))
        self.title.setText(learn_texts.title(concept_id))
        self.body.setHtml(self._html(c))
        lab = find_lab(concept_id, self.labs)
        self.lab_path = str(lab) if lab else ""
        self.lab_label.setText(fill(self.tr("Practise it in: %1"), _lab_title(lab)) if lab
                               else self.tr("No bundled lab practises this yet."))
        self.open_lab.setEnabled(lab is not None)
        return True

    def _html(self, c) -> str:
        # Translated outside the f-strings: lupdate does not look inside them.
        figures_used, relative = self.tr("Figures used"), self.tr("Speeds are relative to native hardware = 1.00×.")
        no_figure, sources = self.tr("The simulation uses no measured number for this."), self.tr("Sources")
        parts = [f"<p>{escape(learn_texts.text(c.id))}</p>", *self._selection_html(),
                 f"<h4>{escape(figures_used)}</h4>"]
        if c.figures:
            for f in c.figures:
                refs = ", ".join(f"[{s}]" for s in f.sources) or self.tr("modelling assumption")
                value = f"{f.value:.2f}×" if f.what.startswith("speed:") else f"{f.value:g}"
                where = f"{stack_words(f.stack)} · {refs}" if f.stack else refs
                parts.append(f"<p style='margin:2px 0 6px 0'><b>{escape(value)}</b>&nbsp; "
                             f"{escape(learn_texts.figure_name(f.what))}<br>"
                             f"<small>{escape(where)}</small></p>")
            parts.append(f"<p><small>{escape(relative)}"
                         "</small></p>")
        else:
            parts.append(f"<p>{escape(no_figure)}</p>")
        if c.sources:
            parts.append(f"<h4>{escape(sources)}</h4><ul>")
            parts += [f"<li><b>[{escape(k)}]</b> {escape(SOURCES.get(k, ''))}</li>" for k in c.sources]
            parts.append("</ul>")
        return "".join(parts)

    def _selection_html(self) -> list[str]:
        """The selection's real stack and, for a guest with a hypervisor below it, its speed per kind of work
        (the engine's own efficiency figures for exactly that stack)."""
        name, cfg = self.selection
        if cfg is None:
            return []
        head = fill(self.tr("On %1"), name)
        # A host has a mode but no technique of its own: name its mode only.
        words = stack_words(stack_text(cfg) if cfg.technique is not None else cfg.mode.value)
        if cfg.product is not None:
            words = fill(self.tr("%1: %2", "a product, then the stack it runs"), value_names.product_text(cfg.product),
                         words)
        parts = [f"<h4>{escape(head)}</h4>", f"<p><small>{escape(words)}</small></p>"]
        if cfg.technique is not None or cfg.mode.value == "container":
            rows = "".join(f"<tr><td><b>{v:.2f}×</b>&nbsp;</td><td>{escape(learn_texts.figure_name('speed:' + k))}"
                           "</td></tr>" for k, v in zip(CLASSES, efficiency(cfg), strict=True))
            parts.append(f"<table cellspacing='0' cellpadding='1'>{rows}</table>")
        return parts

    def plain_text(self) -> str:
        return self.body.toPlainText()
