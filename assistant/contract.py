"""The answer contract (DESIGN.md): the one object every interface returns.

CLI, HTTP API, Gradio and the grader all take ``Answer.to_dict()``; nothing
else reaches a user, so what is here is what can be checked.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class ProjectRef:
    """A project named in an answer: (document, seq) identifies it even when its name is missing."""

    seq: int
    name: str
    document: str
    department: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class Figure:
    """A number in an answer, with the formula that computed it when it is derived."""

    label: str
    value: float
    unit: str
    project_seq: int | None = None
    formula: str | None = None
    document: str | None = None


@dataclass(frozen=True)
class Citation:
    """The source row of a project, figure or quoted passage: document and page (PDF) or line (text)."""

    document: str
    page: int | None
    line: int | None
    project_seq: int | None
    field: str
    text: str
    printed: str | None = None  # the row as the report prints it, when staff corrected a value in ``text`` (校对)


@dataclass
class Answer:
    """One answer. ``found`` is False when the data does not hold the answer; then ``figures`` is empty."""

    question: str
    answer: str
    intent: str
    found: bool
    projects: list[ProjectRef] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    mode: str = "rules"
    understood: str = ""  # the question actually answered, in Chinese: 范围 / 项目 / 条件 / 求
    scope: dict = field(default_factory=dict)  # {"departments": [...], "years": [...]} the answer covers

    def to_dict(self) -> dict:
        """The JSON-ready contract object."""
        return asdict(self)
