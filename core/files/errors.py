"""The one error a lab file can cause: what file, which field, what is wrong.

Its own module so that the readers and migrations of the scenario format can
raise it without importing each other.
"""

from __future__ import annotations


class ScenarioError(Exception):
    """A scenario file that cannot be used: ``path``, dotted ``field``, ``problem``."""

    def __init__(self, path: str, field: str, problem: str):
        self.path, self.field, self.problem = str(path), field, problem
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.field}: " if self.field else ""
        return f"{self.path}: {where}{self.problem}"


class TooBigError(ScenarioError):
    """More hosts or guests than allowed: ``count`` of ``field``, over ``limit``."""

    def __init__(self, path: str, field: str, problem: str, count: int, limit: int):
        super().__init__(path, field, problem)
        self.count, self.limit = count, limit
