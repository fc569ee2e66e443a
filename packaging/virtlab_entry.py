"""Entry point frozen by PyInstaller: the same ``main`` the ``virtlab`` gui-script runs."""

import sys

from gui.shell.app import main

if __name__ == "__main__":
    sys.exit(main())
