"""The Qt binding itself must be sound: see docs/known-issues.md."""

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(5000):
        obj.setObjectName("probe")
    # Other code may take or drop a handful of references meanwhile; the
    # PySide6 6.12.0 bug drops one per call (5000 here).
    assert abs(sys.getrefcount(None) - before) < 100
