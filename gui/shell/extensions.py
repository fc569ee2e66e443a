"""Features that plug into the main window without growing it.

Each feature module offers ``install(window)``: it adds its own actions to
``window.actions.menus[...]`` (keyed by menu objectName: menuFile, menuEdit,
menuView, menuVm, menuHost, menuSimulation, menuHelp), its docks with
``window.addDockWidget``, and connects to ``window.doc``.  Add one line to
``FEATURES`` to plug a module in.
"""

from __future__ import annotations

import importlib

# Module names, installed in this order.
FEATURES: list[str] = [
    "gui.shell.settings", "gui.document.recording", "gui.document.autosave", "gui.shell.teaching_tools",
    "gui.panels.lab_panel", "gui.shell.course_menus", "gui.shell.submit", "gui.shell.lab_authoring",
    "gui.shell.real_formats", "gui.panels.step_through", "gui.shell.welcome", "gui.shell.language",
    "gui.dialogs.dockerfile",
    "gui.shell.context_menus",  # menus built when shown, from the menus the others fill
]


def install_features(window) -> None:
    for name in FEATURES:
        importlib.import_module(name).install(window)
