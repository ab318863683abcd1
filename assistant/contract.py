"""The answer contract (DESIGN.md): the one object every interface returns.

CLI, HTTP API, Gradio and the grader all take ``Answer.to_dict()``; nothing
else reaches a user, so what is here is what can be checked.

Source markers: every figure the answer text states is followed by ``[n]``, where ``n`` is the 1-based
position of its source row in ``citations`` (``[1]`` is ``citations[0]``). Figures read from one row and said
together (分值 5.00 分，得分 4.00 分，扣 1.00 分) share the marker after the last of them. A figure computed from
several rows (a sum, a rate, a difference) is followed by its formula and its operands' markers (``[2]–[19]``
for a run of rows). The figure's own ``sources`` lists the same numbers, so an interface can link a figure to
its rows; interfaces that show the sources as a table number its rows the same way, and so does the text's own
source list after ``SOURCES_HEADING``.

Fields are only ever added, never renamed or removed: scripts written against an older object keep working.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields

SOURCES_HEADING = "\n\n来源："
"""Where an answer's text starts listing its sources, one ``[n] …`` line each; an interface that shows the sources
as a table cuts the text here."""


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
    sources: tuple[int, ...] = ()  # its rows' markers: 1-based positions in ``Answer.citations``


@dataclass(frozen=True)
class Citation:
    """The source row of a project, figure or quoted passage: document and page (PDF) or line (text).

    What a person needs to find and check the row: the report (``report``: 部门 + 年度 + 自评表; the file name
    stays in ``document``), where in it (``location``: 第3页 / 第14行), the project, the row's ``label`` in plain
    words (项目资金·年度资金总额, 绩效指标“培训次数”) and the row as printed (``printed``: its cells as the reader
    read them, garbled or not, never the corrected or restored values). ``text`` is what the answer quotes.
    """

    document: str
    page: int | None
    line: int | None
    project_seq: int | None
    field: str
    text: str
    department: str | None = None
    year: int | None = None
    report: str = ""
    location: str = ""
    project: str = ""
    label: str = ""
    printed: str = ""


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
        """The JSON-ready contract object. Built a level at a time (its items hold only numbers, strings and tuples
        of numbers): ``dataclasses.asdict`` deep-copies every value, 40 ms for an answer citing a sum's 2,300 rows."""
        plain = {name.name: getattr(self, name.name) for name in fields(self)}
        for name in ("projects", "figures", "citations"):
            plain[name] = [dict(vars(item)) for item in plain[name]]
        plain["scope"] = copy.deepcopy(self.scope)
        return plain
