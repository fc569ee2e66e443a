"""Give the heap that a lab's reading or writing freed back to the system (glibc only).

Opening or saving a lab briefly holds the whole file several times over (its
bytes, its text, the parsed JSON), and a student's record makes that file
grow with every step (4.7 MB and 52,000 record items after the 20,000-action
run, docs/robustness.md).  glibc keeps what such peaks freed inside the
process: a big block freed once raises its mmap threshold, so the next ones
come from the main heap, and the pages between long-lived small blocks stay
resident.  Measured over 4,000 random actions: the heap in use stayed at
60-90 MB (it follows the lab's size) while its free part grew to 46 MB, and
``malloc_trim`` gave 31 MB of RSS back.  So after a lab is opened, saved or
autosaved (the moments those peaks end) the free pages go back to the system.

Elsewhere (Windows, macOS, musl) there is no ``malloc_trim``: nothing is done.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

_trim: Callable[[int], int] | None = None
_looked = False


def _malloc_trim() -> Callable[[int], int] | None:
    global _trim, _looked
    if not _looked:
        _looked = True
        if sys.platform.startswith("linux"):
            try:
                fn = ctypes.CDLL(None).malloc_trim  # the C library the process already uses
            except (OSError, AttributeError):  # not glibc
                fn = None
            if fn is not None:
                fn.argtypes, fn.restype = [ctypes.c_size_t], ctypes.c_int
            _trim = fn
    return _trim


def release_free_memory() -> bool:
    """Return the heap's free pages to the system; False where the C library cannot."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)  # 0: keep no spare room at the top of the heap
    return True


# mallopt(3): M_MMAP_THRESHOLD's parameter number in glibc's <malloc.h>.
_M_MMAP_THRESHOLD = -3
BIG_BLOCK = 128 * 1024  # glibc's own starting threshold


def keep_big_blocks_apart() -> bool:
    """Serve every block of BIG_BLOCK bytes or more from a mapping of its own, for good.

    glibc starts with that threshold but raises it each time such a block is freed (up
    to 32 MiB, mallopt(3)); after the first save of a long record, a lab file's
    multi-megabyte buffers come from the main heap and their pages stay with the process
    when freed.  Setting the threshold turns that adjustment off, so they go back at once.
    Called once at start-up (``gui.shell.app.main``); False where the C library is not glibc.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return mallopt(_M_MMAP_THRESHOLD, BIG_BLOCK) == 1  # 1: done
