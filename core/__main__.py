"""``python -m core``: the same as the ``virtlab-sim`` command."""

import sys

from .cli import main

sys.exit(main())
