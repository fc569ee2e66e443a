"""Reading a file a user chose: only a regular file, and only up to a size limit.

Every place that reads a lab, an exported VM or an autosave calls
``read_regular_file``.  A plain ``open(path).read()`` is not safe on what a
user (or a hostile lab sheet) can point at:

- a named pipe (FIFO) with no writer blocks ``open()`` for ever;
- a character device (``/dev/zero``, ``/dev/urandom``) never ends;
- a socket cannot be opened at all; a directory fails with a confusing error.

So the path is checked with ``stat`` first (nothing that is not a regular
file is opened), opened with ``O_NONBLOCK`` (a FIFO swapped in after the check
still cannot block the open), checked again on the open descriptor, and read
up to ``limit + 1`` bytes: the size limit holds even if the file grows while
it is read.
"""

from __future__ import annotations

import os
import stat

# Flags that keep ``open`` from waiting (FIFO) or taking over a terminal; 0 where the OS has none (Windows).
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


class FileRefused(ValueError):
    """The path cannot be read as a file; ``problem`` says why in one short sentence."""

    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in a user's words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _size_text(n: int) -> str:
    if n < 2**20:
        return f"{n} bytes"
    return f"{n / 2**20:.1f}".removesuffix(".0") + " MB"


def _check(st: os.stat_result, limit: int) -> None:
    kind = _kind(st.st_mode)
    if kind is not None:
        raise FileRefused(f"this is {kind}, not a file")
    if st.st_size > limit:
        raise FileRefused(f"the file is {_size_text(st.st_size)}; the limit is {_size_text(limit)}")


def read_regular_file(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of ``path``; raises ``FileRefused`` for a non-file, a file over ``limit`` or an OS error."""
    try:
        _check(os.stat(path), limit)
        fd = os.open(path, _OPEN_FLAGS)
    except FileRefused:
        raise
    except (OSError, ValueError) as e:  # ValueError: a NUL character in the path
        raise FileRefused(f"cannot read the file: {getattr(e, 'strerror', None) or e}") from None
    try:
        _check(os.fstat(fd), limit)  # what was opened, not what the path named a moment ago
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as e:
        raise FileRefused(f"cannot read the file: {e.strerror or e}") from None
    finally:
        os.close(fd)
    if total > limit:
        raise FileRefused(f"the file grew beyond the limit of {_size_text(limit)} while it was read")
    return b"".join(chunks)
