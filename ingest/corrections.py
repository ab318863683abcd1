"""校对: staff correct what the extraction garbled (海洋生上态环境保护 → 海洋生态环境保护), and a report reads corrected.

A correction names a place in a report (project, indicator, field) and keeps
the text printed there when it was made. It is applied to a report only where
that same text is still printed — after a re-ingest of the same report, or of a
new version of it, the place and the text agree and the correction holds; when
a new version prints something else there, the correction is *stale*: it is kept
and listed, never applied to a value it was not made for.

This module is pure (records in, records out); ``ingest.sql_store`` stores the
corrections and ``ingest.store.Store`` writes them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from ingest.records import Correction, Document, Project

PROJECT_FIELDS: dict[str, str] = {"project_name": "name", "goal_text": "goal_text", "result_text": "result_text"}
"""A project's correctable fields and the Project attribute each corrects."""
INDICATOR_FIELDS: dict[str, str] = {"indicator_name": "name", "reason": "reason"}
"""An indicator row's correctable fields and the Indicator attribute each corrects."""
FIELDS: dict[str, str] = {
    "project_name": "项目名称",
    "indicator_name": "指标名称",
    "reason": "偏差原因",
    "goal_text": "年度总体目标",
    "result_text": "实际完成情况",
}
"""Every correctable field, as staff call it (the CSV and the 校对 tab show these words)."""


class CorrectionError(ValueError):
    """A correction that cannot be placed or does not fit the stored report; the message is Chinese and names it."""


@dataclass(frozen=True)
class Place:
    """One correctable value of a stored report: where it is and what is printed there."""

    document: str
    project_seq: int
    position: int | None
    field: str
    printed: str

    def describe(self) -> str:
        """The place in staff's words: 第3个项目 第2个指标 指标名称."""
        indicator = f" 第{self.position + 1}个指标" if self.position is not None else ""
        return f"第{self.project_seq}个项目{indicator} {FIELDS[self.field]}"


def places(doc: Document) -> Iterator[Place]:
    """Given a report as read, yield every value staff may correct, in table order."""
    for project in doc.projects:
        for field, attribute in PROJECT_FIELDS.items():
            yield Place(doc.file_name, project.seq, None, field, getattr(project, attribute) or "")
        for position, indicator in enumerate(project.indicators):
            for field, attribute in INDICATOR_FIELDS.items():
                yield Place(doc.file_name, project.seq, position, field, getattr(indicator, attribute) or "")


def printed_at(doc: Document, project_seq: int, position: int | None, field: str) -> str:
    """The text the report prints at a place; CorrectionError when the report has no such place."""
    project = next((p for p in doc.projects if p.seq == project_seq), None)
    if project is None:
        raise CorrectionError(f"{doc.file_name} 没有第{project_seq}个项目")
    if field in PROJECT_FIELDS and position is None:
        return getattr(project, PROJECT_FIELDS[field]) or ""
    if field in INDICATOR_FIELDS and position is not None:
        if not 0 <= position < len(project.indicators):
            raise CorrectionError(f"{doc.file_name} 第{project_seq}个项目没有第{position + 1}个指标")
        return getattr(project.indicators[position], INDICATOR_FIELDS[field]) or ""
    raise CorrectionError(f"无法校对的字段：{field}（可校对：{'、'.join(FIELDS.values())}）")


def applies(doc: Document, correction: Correction) -> bool:
    """Whether ``correction`` holds for ``doc`` as read: its place exists and still prints the text it was made on."""
    try:
        return printed_at(doc, *correction.place) == correction.printed
    except CorrectionError:
        return False


def holding(doc: Document) -> list[Correction]:
    """The report's corrections that fit it as read (those ``corrected`` applies)."""
    return [c for c in doc.corrections if applies(doc, c)]


def stale(doc: Document) -> list[Correction]:
    """The report's corrections that no longer fit it (a new version prints something else there)."""
    return [c for c in doc.corrections if not applies(doc, c)]


def corrected(doc: Document) -> Document:
    """``doc`` with every correction that fits it applied (the printed values stay in ``doc.corrections``).

    A project whose missing name staff supplied is named from then on; its
    ``raw_name`` keeps what was read, like every other printed value.
    """
    fitting = holding(doc)
    if not fitting:
        return doc
    return replace(doc, projects=[_corrected_project(p, [c for c in fitting if c.project_seq == p.seq])
                                  for p in doc.projects])


def _corrected_project(project: Project, corrections: list[Correction]) -> Project:
    """One project with its corrections applied."""
    if not corrections:
        return project
    values = {PROJECT_FIELDS[c.field]: c.corrected for c in corrections if c.position is None}
    if "name" in values:
        values["name_missing"] = False
    indicators = list(project.indicators)
    for c in corrections:
        if c.position is not None:
            indicators[c.position] = replace(indicators[c.position], **{INDICATOR_FIELDS[c.field]: c.corrected})
    return replace(project, indicators=indicators, **values)
