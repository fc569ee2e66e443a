"""Shared test set-up: offscreen Qt, isolated settings, and the ``gui`` marker."""

import json
import os
import tempfile

# Offscreen Qt on one screen as big as a lab's large monitor, so windows sized
# by a test (1366x768 … 1920x1080) are not squeezed to the plugin's default
# 800x600 screen: the main window fits itself to the screen it opens on.
_SCREEN = os.path.join(tempfile.gettempdir(), "virtlab-test-screen.json")
with open(_SCREEN, "w", encoding="utf-8") as _f:
    json.dump({"screens": [{"name": "TestScreen", "x": 0, "y": 0, "width": 2560, "height": 1440,
                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, _f)
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("QT_API", "pyside6")

import pytest  # noqa: E402


def pytest_collection_modifyitems(items):
    # Like qutebrowser: any test that needs a QApplication is a "gui" test, so
    # `pytest -m "not gui"` runs the pure-core suite alone.
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True, scope="session")
def _qt_test_mode():
    """Keep tests away from the user's real settings and data folders."""
    try:
        from PySide6.QtCore import QStandardPaths
    except ImportError:  # core-only environment
        yield
        return
    QStandardPaths.setTestModeEnabled(True)
    yield


@pytest.fixture
def hang_guard():
    """For a test that would block for ever if the code under test were wrong (a FIFO's open()):
    after a minute the process prints every thread's stack and exits, so CI fails instead of hanging."""
    import faulthandler

    faulthandler.dump_traceback_later(60, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()
