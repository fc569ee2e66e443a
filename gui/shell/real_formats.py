"""File → Import… and File → Export…: real VM and container configurations (installed through extensions).

Import reads ``.vmx``, ``.vbox``, libvirt XML, OVF/OVA and Compose files
(``core.formats``), adds one host per stack the files suggest with their
guests as one undo step, and shows the report.  ``import_file_onto_host`` puts
one file's guests on an existing host instead (for drops from the desktop).
Export writes the selected VM as libvirt XML or ``.vmx``, or the selected
host's containers as a Compose file, whichever fits its stack.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core import edits
from core.sim import rules
from gui.document import mime
from gui.text.reasons import reason_text
from gui.text.substitute import fill
from gui.text.value_names import host_template_text, mode_text, product_text

# The format parsers (core.formats) and the report dialog load on first use, not at start-up:
# no import or export is on screen in the first picture (bench/bench_startup.py).
if TYPE_CHECKING:
    from core.formats.lab import Plan
    from gui.dialogs.import_report import ImportReportDialog

IMPORT_SUFFIXES = tuple(f"*{suffix}" for suffix in mime.CONFIG_SUFFIXES)  # the file dialog's filter
# The hardware new hosts get (the CLI's --host-template default).
TEMPLATE = "lab-pc"


HOST_NAME = QT_TRANSLATE_NOOP("RealFormats", "%1 host (%2)")


def _host_name(host) -> str:
    """A new host's name in the user's language: its product and its hardware template."""
    product = product_text(host.product) if host.product else mode_text(host.mode)
    return fill(QCoreApplication.translate("RealFormats", HOST_NAME), product,
                host_template_text(host.hardware.template))


def _edits(plan: Plan, with_hosts: bool) -> list[edits.Edit]:
    out: list[edits.Edit] = [edits.AddHost(replace(h, name=_host_name(h))) for h in plan.hosts] if with_hosts else []
    return out + [edits.AddGuest(g) for g in plan.guests]


def _apply(doc, plan: Plan, names: list[str]) -> rules.Verdict:
    """The whole import as one undo step (nothing to do when every guest was refused)."""
    steps = _edits(plan, with_hosts=True)
    if not steps:
        return rules.OK
    label = ", ".join(names)
    return doc.apply(edits.Batch(tuple(steps), edits.Description("import", (label,))))


def import_new_hosts(doc, paths: list[str], template: str = TEMPLATE) -> tuple[Plan | None, str]:
    """(plan, "") after adding the files' hosts and guests; (None, message) for a file that cannot be used."""
    from core.formats.lab import import_files, plan_new_hosts  # noqa: PLC0415 (first use: see the top)
    from core.formats.model import FormatError  # noqa: PLC0415

    try:
        imports = import_files(paths)
        plan = plan_new_hosts(imports, template, taken=set(doc.world.hosts) | set(doc.world.guests))
    except FormatError as e:
        return None, str(e)
    except rules.RuleError as e:
        return None, reason_text(e.verdict)
    verdict = _apply(doc, plan, [imp.source for imp in imports])
    return (plan, "") if verdict else (None, reason_text(verdict))


def import_file_onto_host(doc, host_id: str, path: str) -> tuple[Plan | None, str]:
    """Put the guests of one real configuration file on ``host_id`` as one undo step.

    Returns (plan, "") when it was applied (``plan.refused`` lists the guests the
    host could not take), or (None, message) when the file cannot be used.
    """
    from core.formats.lab import import_files, plan_onto_host  # noqa: PLC0415 (first use: see the top)
    from core.formats.model import FormatError  # noqa: PLC0415

    if host_id not in doc.world.hosts:
        return None, ""
    try:
        plan = plan_onto_host(doc.world, host_id, import_files([path]))
    except FormatError as e:
        return None, str(e)
    if plan.guests:
        verdict = doc.apply(edits.Batch(tuple(_edits(plan, with_hosts=False)),
                                        edits.Description("import", (os.path.basename(path),))))
        if not verdict:
            return None, reason_text(verdict)
    return plan, ""


class RealFormats(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w, self.doc = window, window.doc
        self.report_dialog: ImportReportDialog | None = None
        make = self._make
        self.import_action = make(
            "actionImportConfig", self.tr("&Import…"), self.ask_import,
            self.tr("Build hosts and guests from real configurations: .vmx, .vbox, libvirt XML, OVF/OVA, Compose"))
        self.export_action = make(
            "actionExportConfig", self.tr("E&xport…"), self.ask_export,
            self.tr("Write the selected VM as libvirt XML or .vmx, or the host's containers as a Compose file"))
        menu = window.actions.menus["menuFile"]
        before = window.actions.close_lab
        menu.insertAction(before, self.import_action)
        menu.insertAction(before, self.export_action)
        menu.insertSeparator(before)
        self.doc.files_dropped.connect(self._dropped)

    def _dropped(self, host_id: str, paths: list) -> None:
        for path in paths:
            self.import_onto(host_id, path)

    def _make(self, name: str, text: str, slot, tip: str) -> QAction:
        act = QAction(text, self.w)
        act.setObjectName(name)
        act.setStatusTip(tip)
        act.setToolTip(tip)
        act.triggered.connect(lambda _c=False: slot())
        return act

    def _warn(self, title: str, text: str) -> None:
        """A warning whose text (a file name, a value from a file) is shown as plain text."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.w)
        box.setObjectName("realFormatsWarning")
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_box = box
        box.open()

    # --- import ----------------------------------------------------------------------------
    def ask_import(self) -> None:
        filters = fill(self.tr("VM and container configurations (%1)"), " ".join(IMPORT_SUFFIXES))
        every = self.tr("All files (*)")
        paths, _ = QFileDialog.getOpenFileNames(self.w, self.tr("Import"), "", f"{filters};;{every}")
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> Plan | None:
        plan, problem = import_new_hosts(self.doc, paths)
        return self._after(plan, problem)

    def import_onto(self, host_id: str, path: str) -> Plan | None:
        plan, problem = import_file_onto_host(self.doc, host_id, path)
        return self._after(plan, problem)

    def _after(self, plan: Plan | None, problem: str) -> Plan | None:
        if plan is None:
            if problem:
                self._warn(self.tr("Import"), problem)
            return None
        from gui.dialogs.import_report import ImportReportDialog  # noqa: PLC0415 (first use: see the top)

        self.report_dialog = ImportReportDialog(self.w, plan)
        self.report_dialog.open()
        return plan

    # --- export ----------------------------------------------------------------------------
    def _target(self) -> tuple[str, tuple[str, ...]]:
        """The selected guest, else the selected host, and the formats it can be written in."""
        from core.formats.export import find, formats_for  # noqa: PLC0415 (first use: see the top)

        world = self.doc.world
        obj_id = self.w.current_guest() or self.w.current_host()
        if not obj_id:
            return "", ()
        return obj_id, formats_for(world, find(world, obj_id))

    def ask_export(self) -> None:
        obj_id, fmts = self._target()
        if not fmts:
            self.w.statusBar().showMessage(self.tr(
                "Select a VM on a KVM or VMware host, or a host with containers, to export it."), 8000)
            return
        from core.formats.export import SUFFIX  # noqa: PLC0415 (first use: see the top)

        fmt = fmts[0]
        name = self.doc.name_of(obj_id)
        caption = {"libvirt": self.tr("libvirt domain XML (*.xml)"), "vmx": self.tr("VMware configuration (*.vmx)"),
                   "compose": self.tr("Compose file (*.yaml *.yml)")}[fmt]
        stem = "compose" if fmt == "compose" else "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)
        path, _ = QFileDialog.getSaveFileName(self.w, self.tr("Export"), stem + SUFFIX[fmt], caption)
        if path:
            self.export_to(obj_id, fmt, path)

    def export_to(self, obj_id: str, fmt: str, path: str) -> bool:
        from core.formats.export import ExportError, export_text  # noqa: PLC0415 (first use: see the top)

        try:
            text = export_text(self.doc.world, obj_id, fmt)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        except (OSError, ExportError, ValueError) as e:
            self._warn(self.tr("Export"), str(e.strerror or e) if isinstance(e, OSError) else str(e))
            return False
        self.doc.logged.emit("info", fill(self.tr("Exported %1 to %2"), self.doc.name_of(obj_id),
                                          os.path.basename(path)))
        return True


def install(window) -> None:
    window.real_formats = RealFormats(window)
