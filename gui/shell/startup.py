"""The window's start: what ``gui.shell.app.main`` runs once core is loaded.

``gui.shell.app`` imports this module only inside ``main``, after the pure
Python modules the start-up lab needs, because PySide6's import hook reads
the source of every module imported after PySide6 (see ``app.main``).
"""

from __future__ import annotations

import gc
import linecache
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from core.files.locations import demo_lab, resources_dir
from gui.document.document import Document
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings
from gui.shell.theme import apply_theme

# If the platform never paints (a broken display), still quit: seconds.
FIRST_PAINT_TIMEOUT_S = 10
# A start-up lab file up to this size opens before the first paint, so the first picture is
# the lab; a bigger one opens right after it, so the window is on screen while a big lab loads.
# Assumption: 256 KB is some hundreds of guests, a few tenths of a second to load; the bundled
# labs are under 10 KB.
OPEN_BEFORE_PAINT_BYTES = 256 * 1024


def install_translations(app: QApplication, lang: str) -> list[str]:
    """Load Qt's own strings, then VirtLab's, for ``lang`` ("zh_CN", "zh", "en"); returns the files loaded.

    ``lang`` also becomes the default QLocale, so views know the interface
    language (``QLocale().name()``).  English loads virtlab_en only for plural forms
    ("1 guest" / "2 guests"); its other texts are the sources.
    """
    locale = QLocale(lang)
    QLocale.setDefault(locale)
    loaded = []
    for prefix, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("virtlab", str(resources_dir() / "translations")),
    ):
        tr = QTranslator(app)
        # Tries the locale's UI languages in turn (zh_Hans_CN, zh_CN, zh), so "zh" finds zh_CN.
        if tr.load(locale, prefix, "_", folder):
            app.installTranslator(tr)
            loaded.append(Path(tr.filePath()).stem)
        else:
            tr.deleteLater()
    return loaded


class _AfterFirstPaint(QObject):
    """Runs ``then`` once the window has painted once (or, if it never paints, after a timeout)."""

    def __init__(self, window, then):
        super().__init__(window)
        self.window, self.then, self.done = window, then, False
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_TIMEOUT_S * 1000, self.run)  # a window that never paints

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.run)  # let this paint (and its children's) complete
        return False

    def run(self) -> None:
        if not self.done:
            self.done = True
            self.window.removeEventFilter(self)
            self.then()


class _QuitAfterFirstPaint(QObject):
    """Quits after ``delay_s`` seconds, or right after the first paint for 0; saves a screenshot first.

    A small start-up lab is open before the first paint, so a screenshot at
    the first paint shows it: ``--quit-after 0 --screenshot`` is what a
    student sees first (bench/bench_startup.py times it).  A big one is
    opened for the screenshot first.
    """

    def __init__(self, window, screenshot: str | None, delay_s: float, lab: _AfterFirstPaint | None = None,
                 on_first_paint=None):
        super().__init__(window)
        # ``lab``: a big start-up lab's opening, still waiting for the first paint (see run).
        self.window, self.screenshot, self.lab, self.done = window, screenshot, lab, False
        self.on_first_paint = on_first_paint if delay_s <= 0 else None
        if delay_s > 0:
            QTimer.singleShot(round(delay_s * 1000), self.finish)
        else:
            _AfterFirstPaint(window, self.finish)

    def finish(self) -> None:
        if self.done:
            return
        self.done = True
        if self.on_first_paint is not None:
            self.on_first_paint(self.window)
        if self.lab is not None:
            if self.screenshot:
                self.lab.run()  # the picture shows the lab
            else:
                self.lab.done = True  # quitting: do not start loading it now
        if self.screenshot:
            QApplication.processEvents()  # let layouts and the graph settle before the picture
            self.window.grab().save(self.screenshot, "PNG")
        QApplication.instance().quit()


def _app_icon() -> QIcon:
    """VirtLab's icon from its PNG sizes (packaging/make_icons.py draws them from virtlab.svg).

    The SVG itself would load QtSvg and its icon plugin at start-up for the
    title bar's icon alone; the PNGs are the same picture.
    """
    icon = QIcon()
    for png in sorted((resources_dir() / "icons" / "hicolor").glob("*/apps/virtlab.png")):
        icon.addFile(str(png))
    return icon if not icon.isNull() else QIcon(str(resources_dir() / "icons" / "virtlab.svg"))


def _lab_size(path: Path) -> int:
    """The file's size; 0 when it cannot be read (the loader then says why, at once)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _warm_up() -> None:
    """Right after the first picture: load the engine (numpy) before the first tick needs it.

    The lab on screen needs no numbers yet; its first tick, a quarter of a
    second later, runs the engine.  Loading it here keeps that tick short.
    """
    import core.sim.engine  # noqa: F401, PLC0415

    _forget_sources()
    gc.enable()  # off for the start (gui.shell.app.main)


def _forget_sources() -> None:
    """Drop the module sources PySide6's import hook read into linecache (see gui.shell.app.main).

    Nothing needs them: a traceback reads its lines again.  Freed before the
    window and the lab are built, the memory serves them instead of adding to
    the peak.
    """
    linecache.clearcache()


def run(args, on_first_paint=None) -> int:
    """Build the application and the window, open the start-up lab, run until quit.

    ``on_first_paint(window)``: with ``--quit-after 0``, called once the first
    paint is done, before quitting (bench/bench_startup.py times it).
    """
    _forget_sources()  # what the imports before this module read
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("VirtLab")
    app.setOrganizationName("VirtLab")
    app.setDesktopFileName("virtlab")  # lets desktops match the window to virtlab.desktop
    app.setWindowIcon(_app_icon())
    app.setStyle("Fusion")
    settings = Settings()
    lang = args.lang or settings.value("language") or QLocale.system().name()
    install_translations(app, lang)
    apply_theme(settings.value("theme"))

    doc = Document()
    doc.set_tick_rate(settings.value("tick_rate"))
    doc.set_speed(settings.value("speed"))
    window = MainWindow(doc, settings)
    window.show()  # placed and sized (showEvent), not painted yet: that waits for the event loop
    # A small lab opens before the first paint, so the first picture is the lab: one paint, not an
    # empty window and then the lab (bench/bench_startup.py).  An administrator may set the lab
    # opened at start (docs/install.md, "Admin defaults").
    lab = Path(args.scenario or settings.value("start_lab") or demo_lab())
    pending = None
    if _lab_size(lab) <= OPEN_BEFORE_PAINT_BYTES:
        window.open_lab(lab, startup=True)
    else:
        pending = _AfterFirstPaint(window, lambda: window.open_lab(lab, startup=True))
    _forget_sources()  # what building the window and opening the lab imported
    if args.quit_after != 0:  # (0: a smoke test that quits at the first paint: nothing to warm up for)
        _AfterFirstPaint(window, _warm_up)
    if args.quit_after is not None:
        _QuitAfterFirstPaint(window, args.screenshot, args.quit_after, pending, on_first_paint)
    else:
        window.welcome.offer()  # the first start only (a setting remembers)
    doc.set_running(True)  # like VMware: a lab is live when it opens
    code = app.exec()
    doc.set_running(False)
    window.close()
    window.deleteLater()
    doc.deleteLater()
    return code


