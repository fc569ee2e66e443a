"""Shared test set-up: offscreen Qt, isolated settings, and the ``gui`` marker."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
