"""The import report: what each file gave, what was mapped, what was left out and why.

Every value quoted from a file is untrusted, so the report is plain text
(a ``QPlainTextEdit``), never rich text.  Core describes each line as a field
id, a reason code and values (``core.formats.model.Note``); this module puts
them into the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from core.formats.lab import Plan
from core.formats.model import Imported, Note
from core.model.catalog import GUEST_OSES
from core.model.kinds import IoPath, Mode, Network, Product, Technique
from gui.text.reasons import reason_text
from gui.text.substitute import fill
from gui.text.value_names import io_text, mode_text, network_text, product_text, technique_text, workload_text

CONTEXT = "ImportReport"

FIELDS = {
    "hypervisor": QT_TRANSLATE_NOOP("ImportReport", "Hypervisor"),
    "name": QT_TRANSLATE_NOOP("ImportReport", "Name"),
    "os": QT_TRANSLATE_NOOP("ImportReport", "Guest OS"),
    "vcpus": QT_TRANSLATE_NOOP("ImportReport", "vCPUs"),
    "memory": QT_TRANSLATE_NOOP("ImportReport", "Memory (MB)"),
    "disks": QT_TRANSLATE_NOOP("ImportReport", "Virtual disks"),
    "disk_size": QT_TRANSLATE_NOOP("ImportReport", "Disks without a size"),
    "disk_type": QT_TRANSLATE_NOOP("ImportReport", "Disk provisioning"),
    "nics": QT_TRANSLATE_NOOP("ImportReport", "Network adapters"),
    "nic_model": QT_TRANSLATE_NOOP("ImportReport", "Adapter model"),
    "network": QT_TRANSLATE_NOOP("ImportReport", "Network"),
    "firmware": QT_TRANSLATE_NOOP("ImportReport", "Firmware"),
    "technique": QT_TRANSLATE_NOOP("ImportReport", "Technique"),
    "mmu": QT_TRANSLATE_NOOP("ImportReport", "Memory virtualization"),
    "image": QT_TRANSLATE_NOOP("ImportReport", "Image"),
    "cpu_limit": QT_TRANSLATE_NOOP("ImportReport", "CPU limit (cores)"),
    "memory_limit": QT_TRANSLATE_NOOP("ImportReport", "Memory limit (MB)"),
    "ports": QT_TRANSLATE_NOOP("ImportReport", "Port mappings"),
    "workload": QT_TRANSLATE_NOOP("ImportReport", "Workload"),
    "setting": QT_TRANSLATE_NOOP("ImportReport", "Setting"),
}

REASONS = {
    "not_simulated": QT_TRANSLATE_NOOP("ImportReport", "VirtLab does not simulate this"),
    "reference": QT_TRANSLATE_NOOP("ImportReport", "a path or URL inside the file: never followed"),
    "unknown_value": QT_TRANSLATE_NOOP("ImportReport", "value not recognised"),
    "assumed": QT_TRANSLATE_NOOP("ImportReport", "not stated in the file: VirtLab's default"),
    "stand_in": QT_TRANSLATE_NOOP("ImportReport", "not in VirtLab: the nearest stand-in"),
    "summed": QT_TRANSLATE_NOOP("ImportReport", "VirtLab gives a VM one virtual disk: sizes added up"),
    "first_nic": QT_TRANSLATE_NOOP("ImportReport", "VirtLab gives a VM one network: the first adapter's is used"),
    "bad_number": QT_TRANSLATE_NOOP("ImportReport", "not a usable number"),
    "rounded": QT_TRANSLATE_NOOP("ImportReport", "rounded to what VirtLab can hold"),
    "too_many": QT_TRANSLATE_NOOP("ImportReport", "too many entries: the rest were skipped"),
}

LINES = {
    "mapped": QT_TRANSLATE_NOOP("ImportReport", "%1%2 “%3” → %4"),
    "mapped_bare": QT_TRANSLATE_NOOP("ImportReport", "%1%2 → %3"),
    "left_out": QT_TRANSLATE_NOOP("ImportReport", "%1%2 “%3”: left out"),
    "why": QT_TRANSLATE_NOOP("ImportReport", "%1 (%2)"),
    "refused": QT_TRANSLATE_NOOP("ImportReport", "✗ %1 was not added: %2"),
}

_DISK = {"thin": QT_TRANSLATE_NOOP("ImportReport", "thin"), "thick": QT_TRANSLATE_NOOP("ImportReport", "thick")}
_MMU = {"ept": QT_TRANSLATE_NOOP("ImportReport", "EPT/NPT (second-level address translation)"),
        "shadow": QT_TRANSLATE_NOOP("ImportReport", "shadow page tables")}


class ImportReport(QObject):
    """Texts with a count (a class, so lupdate reads their plural forms from ``tr``)."""

    def file_line(self, guests: int) -> str:
        return self.tr("%1: %n guest(s) for %2", "", guests)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _stack(text: str) -> str:
    mode, _, product = text.partition("/")
    try:
        words = mode_text(Mode(mode))
        return f"{words} · {product_text(Product(product))}" if product else words
    except ValueError:
        return text


def result_text(note: Note) -> str:
    """The VirtLab side of a line in the user's words (ids of core's vocabulary are translated)."""
    r = note.result
    if note.what == "hypervisor":
        return _stack(r)
    if note.what == "os" and r in GUEST_OSES:
        return GUEST_OSES[r].name
    if note.what == "disk_type" and r in _DISK:
        return _t(_DISK[r])
    if note.what == "mmu" and r in _MMU:
        return _t(_MMU[r])
    if note.what == "nic_model" and r == "sr-iov":
        return "SR-IOV"
    for enum, words in ((IoPath, io_text), (Network, network_text), (Technique, technique_text)):
        if r in {v.value for v in enum}:
            return words(enum(r))
    if note.what == "workload":
        return workload_text(r)
    return r


def note_text(note: Note) -> str:
    field = _t(FIELDS[note.what]) if note.what in FIELDS else note.what
    who = f"{note.guest}: " if note.guest else ""
    if note.mapped:
        line = fill(_t(LINES["mapped"]), who, field, note.value, result_text(note)) if note.value else \
            fill(_t(LINES["mapped_bare"]), who, field, result_text(note))
    else:
        line = fill(_t(LINES["left_out"]), who, field, note.value)
    why = _t(REASONS[note.reason]) if note.reason in REASONS else ""
    return fill(_t(LINES["why"]), line, why) if why else line


def import_lines(imp: Imported) -> list[str]:
    head = fill(ImportReport().file_line(len(imp.guests)), imp.source,
                _stack(f"{imp.mode.value}/{imp.product.value if imp.product else ''}"))
    mapped = ["  ✓ " + note_text(n) for n in imp.notes if n.mapped]
    left = ["  – " + note_text(n) for n in imp.notes if not n.mapped]
    return [head, *mapped, *left]


def report_text(plan: Plan) -> str:
    lines: list[str] = []
    for imp in plan.imports:
        lines += [*import_lines(imp), ""]
    for name, verdict in plan.refused:
        lines.append(fill(_t(LINES["refused"]), name, reason_text(verdict)))
    return "\n".join(lines).rstrip()


class ImportReportDialog(QDialog):
    """Modeless report after an import; ``summary`` says what was added in one sentence."""

    def __init__(self, parent, plan: Plan):
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(self.tr("Import Report"))
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        hosts, guests = len(plan.hosts), len(plan.guests)
        if hosts:
            text = fill(self.tr("Added %n new host(s) holding %1.", "", hosts), self.tr("%n guest(s)", "", guests))
        else:
            text = self.tr("Added %n guest(s).", "", guests)
        if plan.refused:
            text += " " + self.tr("%n guest(s) could not be added: see the end of the report.", "", len(plan.refused))
        self.summary.setText(text)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("importReport")
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.report.setPlainText(report_text(plan))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)
