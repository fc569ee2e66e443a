"""VirtLab's simulation engine.

Pure Python (plus numpy and networkx): this package never imports Qt or the
``gui`` package, so it runs headless in the CLI, in batch experiments and in
fast tests.  ``tests/core/test_no_qt.py`` enforces that.
"""

__version__ = "0.1.0"
