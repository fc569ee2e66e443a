"""Changing the interface language applies at once, without a restart.

When the ``language`` setting changes (Preferences), the translators are
swapped (``app.install_translations``) and the open window is retranslated:

* fixed texts (menus, actions and their tips, dock and group titles, buttons,
  labels, tab titles, combo items, tree headers) are mapped back to their
  source text through the catalogue (``resources/translations/*.ts``) and
  translated again into the new language;
* texts made from the lab (tabs of hosts and guests, the Learn and Lab panels,
  the library's rows, the window title) are rebuilt by their owners.

A text the catalogue does not hold (a lab's own words, a number) is left as it is.
Installed through ``gui.shell.extensions``.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItemIterator,
)

from core.files.locations import resources_dir
from gui.text import learn_texts


@cache
def catalogue(lang: str) -> dict[str, tuple[str, str]]:
    """Translation (and source) text -> (context, source) for ``lang``'s catalogue; {} when it has none."""
    path = resources_dir() / "translations" / f"virtlab_{lang}.ts"
    if not path.is_file():
        return {}
    # Loaded on a language switch, not with the window (bench/bench_startup.py).
    from defusedxml import ElementTree  # noqa: PLC0415

    out: dict[str, tuple[str, str]] = {}
    for ctx in ElementTree.parse(str(path)).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            for text in [source, *(forms or [tr.text if tr is not None else ""])]:
                if text and text not in out:
                    out[text] = (name, source)
    return out


def _language_of(lang: str) -> str:
    """The catalogue's language for a setting ("" = the system's; "zh" finds zh_CN)."""
    name = QLocale(lang).name() if lang else QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else name


class LanguageSwitch(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.current = _language_of(window.settings.value("language") or QLocale().name())
        window.settings.valueChanged.connect(self._setting_changed)

    def _setting_changed(self, key: str, value) -> None:
        if key == "language":
            self.switch(str(value))

    def switch(self, lang: str) -> None:
        """Load ``lang``'s translators and retranslate the window."""
        from gui.shell.app import install_translations  # noqa: PLC0415 (app imports the window)

        app = QApplication.instance()
        old = {**catalogue(self.current), **catalogue("zh_CN")}  # whatever the texts are in now
        for tr in app.findChildren(QTranslator):
            app.removeTranslator(tr)
            tr.deleteLater()
        install_translations(app, lang or QLocale.system().name())
        self.current = _language_of(lang)
        self.retranslate(old)

    def retranslate(self, old: dict[str, tuple[str, str]]) -> None:
        w = self.window

        def again(text: str) -> str:
            if not text:
                return text
            found = old.get(text)
            return QCoreApplication.translate(found[0], found[1]) if found else text

        for act in w.findChildren(QAction):
            act.setText(again(act.text()))
            act.setStatusTip(again(act.statusTip()))
            act.setIconText(again(act.iconText()))
        for menu in w.findChildren(QMenu):
            menu.setTitle(again(menu.title()))
        for dock in w.findChildren(QDockWidget):
            dock.setWindowTitle(again(dock.windowTitle()))
        for box in w.findChildren(QGroupBox):
            box.setTitle(again(box.title()))
        for button in w.findChildren(QAbstractButton):
            button.setText(again(button.text()))
        for label in w.findChildren(QLabel):
            label.setText(again(label.text()))
        for tabs in w.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setTabText(i, again(tabs.tabText(i)))
        for combo in w.findChildren(QComboBox):
            for i in range(combo.count()):
                combo.setItemText(i, again(combo.itemText(i)))
        for edit in w.findChildren(QLineEdit):
            edit.setPlaceholderText(again(edit.placeholderText()))
        for tree in w.findChildren(QTreeWidget):  # the palette's groups and templates
            it = QTreeWidgetItemIterator(tree)
            while it.value():
                item = it.value()
                for col in range(item.columnCount()):
                    item.setText(col, again(item.text(col)))
                it += 1
        for tree in w.findChildren(QTreeView):
            model = tree.model()
            header = tree.header() if hasattr(tree, "header") else None
            if model is not None and header is not None:
                for col in range(model.columnCount()):
                    text = model.headerData(col, header.orientation())
                    if isinstance(text, str):
                        model.setHeaderData(col, header.orientation(), again(text))
        self._rebuild_lab_texts()

    def _rebuild_lab_texts(self) -> None:
        """What is made from the lab: its owners build it again in the new language."""
        w = self.window
        current = w.current_id
        for obj_id in list(w._tabs):  # host and guest tabs: built again when opened
            w._close_tab_at(w.tabs.indexOf(w._tabs[obj_id]))
        lib = w.library
        lib.model.rebuild()  # rows, states and tooltips in the new words
        lib.view.header().resizeSection(1, lib.status_width())
        if hasattr(w, "lab_panel"):
            w.lab_panel.rebuild()
        learn = getattr(w, "learn", None)
        if learn is not None and learn.panel.concept_id:
            panel = learn.panel
            for i in range(panel.topics.count()):
                panel.topics.setItemText(i, learn_texts.title(panel.topics.itemData(i)))
            panel.show_concept(panel.concept_id)
        w.graph.retranslate()  # node labels, captions, row titles, meter names
        w.status.refresh()  # its counts, speed, time and state lines
        w.update_title()
        w.set_current(current)
        w.actions.update_for(current)


def install(window) -> None:
    window.language = LanguageSwitch(window)
