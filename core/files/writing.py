"""Writing a file so that a failure never leaves half of it: the one writer of VirtLab's files.

The data goes to a temporary file beside the target, is flushed to disk, and
only then replaces the target (``os.replace`` is atomic on one file system,
on Linux and on Windows).  A full disk, a read-only folder or a crash midway
leaves the old file as it was and no temporary file behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

CHUNK = 64 * 1024  # written piece by piece, so a full disk shows as an error on the piece that failed


def _write_chunk(f, chunk: bytes) -> None:
    if f.write(chunk) != len(chunk):
        raise OSError("short write")


def write_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Replace ``path`` with ``data`` or leave it untouched; raises OSError on failure."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            for i in range(0, len(data), CHUNK):
                _write_chunk(f, data[i:i + CHUNK])
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
