"""VirtLab's desktop window: Qt widgets over ``core``.

qtawesome reaches Qt through QtPy, which must pick PySide6: set that before
anything imports qtawesome.
"""

import os

os.environ.setdefault("QT_API", "pyside6")
