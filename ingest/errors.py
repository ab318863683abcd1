"""The one exception ingest raises for bad input, with a Chinese message for the user."""

from __future__ import annotations


NOT_A_REPORT = "不是项目支出绩效自评表：没有找到“项目名称”“项目资金”“绩效指标”等表格标签"
"""What both readers say of a readable file that holds no 自评表, so the user sees one message."""


class IngestError(Exception):
    """A file could not be ingested. ``str(err)`` is a Chinese message naming the file and the problem.

    Raised before anything is written, so the store stays as it was.
    """

    def __init__(self, file_name: str, problem: str) -> None:
        self.file_name = file_name
        self.problem = problem
        super().__init__(f"{file_name}：{problem}")

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, str]]:
        """Rebuilt from both parts, so the error survives the trip back from a reading process (``--jobs``)."""
        return IngestError, (self.file_name, self.problem)
