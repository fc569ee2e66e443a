"""The one error a lab file can cause: what file, which field, what is wrong.

Its own module so that the readers and migrations of the scenario format can
raise it without importing each other.
"""

from __future__ import annotations

from core.files.excerpt import clip, clip_path

# Longest parts of a message (characters): a value inside ``problem`` is
# already quoted short (``excerpt``); these are the net for everything else.
PATH_CHARS, FIELD_CHARS, PROBLEM_CHARS = 160, 100, 260


class ScenarioError(Exception):
    """A scenario file that cannot be used: ``path``, dotted ``field``, ``problem``.

    Each part is kept to one short line with invisible characters escaped, so
    the CLI's one-line error and the window's message box stay small whatever
    the file holds.
    """

    def __init__(self, path: str, field: str, problem: str):
        self.path = clip_path(str(path), PATH_CHARS)
        self.field = clip(field, FIELD_CHARS) if field else field
        self.problem = clip(problem, PROBLEM_CHARS)
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.field}: " if self.field else ""
        return f"{self.path}: {where}{self.problem}"


class TooBigError(ScenarioError):
    """More hosts or guests than allowed: ``count`` of ``field``, over ``limit``."""

    def __init__(self, path: str, field: str, problem: str, count: int, limit: int):
        super().__init__(path, field, problem)
        self.count, self.limit = count, limit
