"""The one exception ingest raises for bad input, with a Chinese message for the user."""

from __future__ import annotations


class IngestError(Exception):
    """A file could not be ingested. ``str(err)`` is a Chinese message naming the file and the problem.

    Raised before anything is written, so the store stays as it was.
    """

    def __init__(self, file_name: str, problem: str) -> None:
        self.file_name = file_name
        self.problem = problem
        super().__init__(f"{file_name}：{problem}")
