"""``virtlab``: start the desktop lab.

    virtlab [SCENARIO] [--lang LANG] [--quit-after SECONDS] [--screenshot FILE]

With no scenario the bundled demo lab opens.  A broken scenario file opens an
empty lab and a message naming the file, the field and the problem.
``--quit-after 0`` quits right after the window's first paint and, with
``--screenshot``, saves the window as a PNG first: a smoke test for lab
administrators and CI.
"""

from __future__ import annotations

import argparse
import gc
import sys

# The rest of the window is imported inside ``main``, after the garbage collector is off.

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="virtlab", description="VirtLab: a virtualization and container lab.")
    p.add_argument("scenario", nargs="?", help="lab scenario file (.vlab); default: the demo lab")
    p.add_argument("--lang", help="user-interface language, e.g. en or zh_CN (default: the saved preference)")
    p.add_argument("--quit-after", type=float, metavar="SECONDS",
                   help="quit after SECONDS; 0 quits right after the first paint")
    p.add_argument("--screenshot", metavar="FILE", help="save the window as PNG just before quitting")
    return p.parse_args(argv)


def main(argv: list[str] | None = None, on_first_paint=None) -> int:
    """Start the window (``on_first_paint``: see ``gui.shell.startup.run``)."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    # Start-up allocates much and frees little: the collector's passes over the growing heap
    # cost some 40 ms of CPU before the first paint (bench/bench_startup.py).  It is on again
    # once the window has painted (startup._warm_up), and when the window closes.
    gc.disable()
    from gui.document.heap import keep_big_blocks_apart  # noqa: PLC0415 -- ctypes only

    keep_big_blocks_apart()  # a long record's save buffers go back when freed
    try:
        # Imported before PySide6: its import hook (shiboken's __feature__ check) reads the
        # source of every .py module imported after it (inspect.getsource, kept in linecache),
        # which costs time and some 15 MiB (bench/bench_startup.py).  These are pure Python and
        # the start-up lab needs them all: the edits, the world, and the lab file's loader with
        # its schema (pydantic).
        import core.edits  # noqa: F401, PLC0415
        import core.files.scenario  # noqa: F401, PLC0415
        import core.sim.world  # noqa: F401, PLC0415
        from gui.shell import startup  # noqa: PLC0415 -- PySide6 and the window

        return startup.run(args, on_first_paint)
    finally:
        gc.enable()


def __getattr__(name: str):
    """``install_translations``, ``apply_theme`` and the rest of ``gui.shell.startup``, loaded when asked for."""
    if name.startswith("__"):
        raise AttributeError(name)
    from gui.shell import startup  # noqa: PLC0415

    try:
        return getattr(startup, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


if __name__ == "__main__":
    sys.exit(main())
