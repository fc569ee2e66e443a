"""What the window does before its first paint stays small (issue 17, bench/bench_startup.py).

``virtlab`` opens its start-up lab before the first paint, so the first
picture is the lab.  What that picture does not need (the engine and numpy,
the format parsers, dialogs not on screen) loads after it or on
first use; the window itself, without a lab, does not load the lab file's
schema either.  These tests keep them from creeping back in, and check that
deferring them changes nothing a student sees.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from core.edits import AddHost
from core.model.hardware import HOST_TEMPLATES
from core.model.kinds import Mode
from core.model.objects import Host

ROOT = Path(__file__).resolve().parents[2]

# The window as gui.shell.app starts it: built, running, shown and painted, no lab yet.
FIRST_PAINT = r"""
import json, sys, tempfile
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.document.document import Document
from gui.shell.main_window import MainWindow
from gui.shell.settings import Settings
doc = Document()
window = MainWindow(doc, Settings(tempfile.mkdtemp() + "/settings.ini"))
window.show()
doc.set_running(True)
app.processEvents()
doc.set_running(False)
print(json.dumps(sorted(sys.modules)))
"""
DEFERRED = ("pydantic", "networkx", "core.files.scenario", "core.formats.export", "core.formats.lab",
            "gui.dialogs.compare_view", "gui.dialogs.host_check", "gui.dialogs.import_report")


def test_the_first_paint_loads_none_of_what_the_lab_or_later_dialogs_need(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "VIRTLAB_DATA_DIR": str(tmp_path), "HOME": str(tmp_path),
           "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", FIRST_PAINT], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120, check=True)
    loaded = set(json.loads(out.stdout.splitlines()[-1]))
    assert "gui.shell.main_window" in loaded  # the script did build the window
    assert sorted(loaded & set(DEFERRED)) == []


# gui.shell.app as a student starts it, reporting what is on screen at its first paint.
APP_FIRST_PAINT = r"""
import gc, json, sys
import gui.shell.app as app

def report(w):
    print(json.dumps({"hosts": len(w.doc.world.hosts), "guests": len(w.doc.world.guests),
                      "graph_nodes": len(w.graph.items), "library_rows": w.library.model.rowCount(),
                      "modules": sorted(sys.modules), "gc": gc.isenabled(),
                      "libraries": sorted({line.split()[-1].rsplit("/", 1)[-1] for line in open("/proc/self/maps")
                                           if "libQt6" in line})}))

code = app.main(["--quit-after", "0"], on_first_paint=report)
print(json.dumps({"gc_after": gc.isenabled()}))
sys.exit(code)
"""


def test_the_first_paint_is_the_start_up_lab_without_what_its_picture_does_not_need(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "VIRTLAB_DATA_DIR": str(tmp_path), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", APP_FIRST_PAINT], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120, check=True)
    seen, after = (json.loads(line) for line in out.stdout.splitlines()[-2:])
    demo = json.loads((ROOT / "resources" / "labs" / "demo.vlab").read_text(encoding="utf-8"))
    assert (seen["hosts"], seen["guests"]) == (len(demo["hosts"]), len(demo["guests"]))
    assert not seen["gc"] and after["gc_after"]  # the collector is off for the start only
    # Qt libraries the first picture does not use (an SVG window icon would load QtSvg).
    unused = [lib for lib in seen["libraries"] if lib.startswith("libQt6Svg")]
    assert "libQt6Widgets.so.6" in seen["libraries"] and unused == []
    assert seen["library_rows"] == len(demo["hosts"]) and seen["graph_nodes"] > len(demo["guests"])
    # The layer graph is a networkx graph and icons come from qtawesome, as everywhere; the
    # engine (numpy) loads after the first paint.
    assert {"networkx", "qtawesome"} <= set(seen["modules"])
    assert sorted({"numpy", "core.sim.engine"} & set(seen["modules"])) == []


# The same with the demo lab counted as big: the window paints first, the lab opens right after.
APP_BIG_LAB = r"""
import json, sys
from gui.shell import app, startup

def report(self):
    before = len(self.window.doc.world.hosts)
    self.lab.run()  # what the event loop does next
    print(json.dumps({"at_first_paint": before, "after": len(self.window.doc.world.hosts)}))
    startup.QApplication.instance().quit()

startup.OPEN_BEFORE_PAINT_BYTES = 100
startup._QuitAfterFirstPaint.finish = report
sys.exit(app.main(["--quit-after", "0"]))
"""


def test_a_big_start_up_lab_opens_right_after_the_first_paint(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "VIRTLAB_DATA_DIR": str(tmp_path), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", APP_BIG_LAB], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120, check=True)
    seen = json.loads(out.stdout.splitlines()[-1])
    demo = json.loads((ROOT / "resources" / "labs" / "demo.vlab").read_text(encoding="utf-8"))
    assert seen == {"at_first_paint": 0, "after": len(demo["hosts"])}


def test_run_pressed_before_the_record_exists_is_noted_once(bare_window):
    doc, meta = bare_window.doc, bare_window.files.meta
    doc.set_running(True)
    doc.set_speed(4.0)
    assert meta.record is None  # nothing made yet: the empty window's record waits for a first edit
    assert doc.apply(AddHost(Host("pc", "PC", HOST_TEMPLATES["lab-pc"], Mode.NATIVE, None)))
    clocks = [(item["clock"], item.get("speed")) for item in meta.record.items if "clock" in item]
    assert clocks[:2] == [("run", None), ("speed", 4.0)]
    assert [c for c, _ in clocks].count("run") == 1


def test_the_step_through_panel_is_built_when_its_dock_is_first_shown(bare_window, qtbot):
    bare_window.show()
    qtbot.wait_exposed(bare_window)
    feature = bare_window.step_through
    assert feature.dock.widget() is None and feature._panel is None
    feature.dock.toggleViewAction().trigger()  # View > Step Through, as a student opens it
    built = feature._panel
    assert built is not None and feature.dock.widget() is built
    assert built.objectName() == "stepThrough" and feature.panel is built  # built once
