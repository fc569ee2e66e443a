"""``python -m core``: the same as the ``virtlab-sim`` command."""

import sys

from core.cli import main

sys.exit(main())
