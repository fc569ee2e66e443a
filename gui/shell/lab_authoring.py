"""The Lab menu, for instructors: Edit Lab…, Save as Lab…, Export Handout….

* *Edit Lab…* opens ``gui.dialogs.lab_editor.LabEditor``.
* *Save as Lab…* writes a lab whose starting world is the world as it is now,
  with the title, brief, goals and translations, and no record (what is
  handed out is a fresh start; ``virtlab-sim grade`` refuses a lab with one).
* *Export Handout…* writes one HTML file (the brief, the goals as a checklist
  and a picture of the layer graph as it is now, in the UI language), and a
  PDF beside it through Qt's printing support.

``window.authoring.ask_lab_path`` / ``ask_handout_path`` ask with file
dialogs; tests replace them.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QSizeF, QTemporaryDir, QUrl
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMenu

from core.files.record import dumps_lab
from gui.document.files import write_atomically
from gui.text.lab_texts import brief_text, lab_texts
from gui.text.substitute import fill

GRAPH_URL = "virtlab-graph.png"  # how the PDF's document refers to the picture


class Authoring(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.editor = None
        self.ask_lab_path: Callable[[], str] = lambda: self._ask(self.tr("Save as Lab"), "lab.vlab",
                                                                 self.tr("VirtLab labs (*.vlab)"))
        self.ask_handout_path: Callable[[], str] = lambda: self._ask(self.tr("Export Handout"), "handout.html",
                                                                     self.tr("Web pages (*.html)"))
        self.menu = QMenu(self.tr("La&b"), window)
        self.menu.setObjectName("menuLab")
        for name, text, tip, slot in (
                ("actionEditLab", self.tr("&Edit Lab…"), self.tr("Change the lab's title, brief and goals"),
                 self.edit_lab),
                ("actionSaveAsLab", self.tr("&Save as Lab…"),
                 self.tr("Write a lab to hand out that starts from the world as it is now"), self.save_as_lab),
                ("actionExportHandout", self.tr("Export &Handout…"),
                 self.tr("Write the brief, the goals and the layer graph as a web page and a PDF"),
                 self.export_handout)):
            act = QAction(text, window)
            act.setObjectName(name)
            act.setStatusTip(tip)
            act.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.menu.addAction(act)
        menus = window.actions.menus
        window.menuBar().insertMenu(menus["menuHelp"].menuAction(), self.menu)
        menus["menuLab"] = self.menu

    def _ask(self, title: str, start: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.w, title, start, filters)
        return path

    def edit_lab(self):
        from gui.dialogs.lab_editor import LabEditor  # noqa: PLC0415 -- only when asked for

        self.editor = LabEditor(self.w)
        self.editor.open()
        return self.editor

    def save_as_lab(self) -> Path | None:
        path = self.ask_lab_path()
        if not path:
            return None
        target = Path(path if path.endswith(".vlab") else path + ".vlab")
        m = self.w.files.meta
        from core.files.scenario import world_to_dict  # noqa: PLC0415 (the schema loads after start-up)

        data = world_to_dict(self.w.doc.world, m.title, m.description, m.seed, m.tick_seconds, m.goals, m.i18n)
        try:
            write_atomically(target, dumps_lab(data).encode("utf-8"))
        except OSError as e:
            self.w.show_load_error(fill(self.tr("File: %1\nProblem: %2"), str(target), str(e)))
            return None
        self.w.doc.logged.emit("info", fill(self.tr("Saved a lab to hand out as %1"), str(target)))
        return target

    # --- the handout ----------------------------------------------------------------------
    def handout_html(self, image_src: str) -> str:
        m = self.w.files.meta
        title, brief, goals = lab_texts(m.title, m.description, m.goals, m.i18n)
        title = title or self.tr("Untitled lab")
        paras = "".join(f"<p>{escape(line)}</p>" for line in brief_text(brief).splitlines() if line.strip())
        items = "".join(f"<li>&#9744; {escape(text)}</li>" for text in goals)
        goals_head, graph_head = self.tr("Goals"), self.tr("The lab at the start")
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                f"<title>{escape(title)}</title><style>body {{ font-family: sans-serif; }} "
                "ul { list-style: none; padding-left: 0; } li { margin: 0.4em 0; }</style></head><body>"
                f"<h1>{escape(title)}</h1>{paras}<h2>{escape(goals_head)}</h2><ul>{items}</ul>"
                f"<h2>{escape(graph_head)}</h2>"
                f"<p><img src=\"{image_src}\" width=\"640\"></p></body></html>")

    def _graph_image(self) -> QImage:
        """The whole layer graph, drawn by its own PNG export (whatever part of it is in view)."""
        folder = QTemporaryDir()
        path = folder.filePath("graph.png")
        return QImage(path) if self.w.graph.export_png(path) else QImage()

    def export_handout(self) -> tuple[Path, Path] | None:
        """Write ``handout.html`` and ``handout.pdf``; returns both paths."""
        path = self.ask_handout_path()
        if not path:
            return None
        html_path = Path(path if path.endswith(".html") else path + ".html")
        pdf_path = html_path.with_suffix(".pdf")
        image = self._graph_image()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "PNG")
        uri = "data:image/png;base64," + base64.b64encode(bytes(data)).decode("ascii")
        try:
            write_atomically(html_path, self.handout_html(uri).encode("utf-8"))
            writer = QPdfWriter(str(pdf_path))
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                             QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
            doc = QTextDocument()
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(GRAPH_URL), image)
            doc.setHtml(self.handout_html(GRAPH_URL))
            doc.setPageSize(QSizeF(writer.width(), writer.height()))
            doc.print_(writer)
        except OSError as e:
            self.w.show_load_error(fill(self.tr("File: %1\nProblem: %2"), str(html_path), str(e)))
            return None
        self.w.doc.logged.emit("info", fill(self.tr("Exported the handout to %1"), str(html_path)))
        return html_path, pdf_path


def install(window) -> None:
    window.authoring = Authoring(window)
