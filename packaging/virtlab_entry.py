"""Entry point frozen by PyInstaller: the ``virtlab`` window, or ``virtlab-sim`` by name.

The .deb links /usr/bin/virtlab-sim to the bundle's one executable; started
under that name it runs the command-line simulator instead of the window, so
the package carries Python and the app once for both programs.
"""

import sys
from pathlib import Path

if __name__ == "__main__":
    if Path(sys.argv[0]).name.removesuffix(".exe") == "virtlab-sim":
        from core.cli import main
    else:
        from gui.shell.app import main
    sys.exit(main())
