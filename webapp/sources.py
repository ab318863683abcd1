"""The sources panel: the rows an answer cites, numbered as its markers [n], in words a person can check.

Row n is ``citations[n-1]`` of the answer, the number its text puts after a
figure. Each row says which report (部门 年度 自评表, the file name on hover),
where in it (第N页 / 第N行), the project, the row in plain words, and the row as
printed. The answer may carry these as citation fields; when it does not (older
answers), they are made here from the stored documents and what the citation
quotes. On a wide screen the rows are a table, on a phone cards (CSS only).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ingest.records import Document
from webapp.render import FIELD_WORDS, location_text

SOURCE_HEADERS = ["#", "报告", "位置", "项目", "行", "原文"]

ProjectNames = Mapping[tuple[str, int], str]
"""(document, seq) → project name."""


@dataclass(frozen=True)
class SourceRow:
    """One cited row as the panel shows it; ``file_name`` is the report's file, shown on hover."""

    number: int
    report: str
    file_name: str
    location: str
    project: str
    label: str
    printed: str

    def cells(self) -> list[str]:
        """The row's cells in SOURCE_HEADERS order."""
        return [str(self.number), self.report, self.location, self.project, self.label, self.printed]


@dataclass(frozen=True)
class StoreNames:
    """What the stored documents say about a citation: each report's label and each project's name."""

    reports: Mapping[str, str]
    projects: ProjectNames

    @classmethod
    def of(cls, documents: Iterable[Document]) -> StoreNames:
        """The labels and names of ``documents``."""
        documents = list(documents)
        return cls(
            reports={d.file_name: report_label(d.department, d.year) for d in documents},
            projects={(d.file_name, p.seq): p.name for d in documents for p in d.projects},
        )


def report_label(department: str | None, year: int | None) -> str:
    """A report as staff name it, written as the answer's citations write it: 上海市生态环境局 2024年度 自评表."""
    return " ".join(part for part in (department or "部门未知", f"{year}年度" if year else "", "自评表") if part)


def source_rows(answer: Mapping, store: StoreNames | None = None) -> list[SourceRow]:
    """One row per citation, numbered from 1 in the answer's order (the markers' numbers)."""
    store = store or StoreNames({}, {})
    names = {**store.projects, **{(p["document"], p["seq"]): p["name"] for p in answer.get("projects", [])}}
    return [_row(number, c, store, names) for number, c in enumerate(answer.get("citations", []), start=1)]


def _row(number: int, citation: Mapping, store: StoreNames, names: ProjectNames) -> SourceRow:
    """A citation in the panel's words: its own fields first, else what the store and the quote give."""
    document = citation["document"]
    if citation.get("department") or citation.get("year"):
        fallback = report_label(citation.get("department"), citation.get("year"))
    else:
        fallback = store.reports.get(document, document)
    return SourceRow(
        number=number,
        report=citation.get("report") or fallback,
        file_name=document,
        location=citation.get("location") or location_text(citation.get("page"), citation.get("line")),
        project=citation.get("project") or _project_text(document, citation.get("project_seq"), names),
        label=citation.get("label") or FIELD_WORDS.get(citation["field"], citation["field"]),
        printed=citation.get("printed") or citation.get("text", ""),
    )


def _project_text(document: str, seq: int | None, names: ProjectNames) -> str:
    """"7. 项目名称" for a cited project; blank when the citation is not about one project."""
    if seq is None:
        return ""
    return f"{seq}. {names.get((document, seq), f'第{seq}个项目')}"


def sources_html(rows: list[SourceRow], answered: bool = False) -> str:
    """The panel: a table whose rows open their source when clicked (or Enter pressed); every cell carries its
    header for the phone's card layout; every text escaped, since it comes from the reports. When every row is of
    one report, the line above names it once and its column is hidden (class ``one-report``), giving the project
    and the printed row the room. Without rows it says why: nothing asked yet, or an answer that cites no row
    (not found, not understood)."""
    if not rows:
        why = "这个回答没有引用原表行。" if answered else "提问后，这里列出回答引用的原表行（点击一行查看原文）。"
        return f'<p class="sources-empty">{why}</p>'
    head = "".join(f"<th>{h}</th>" for h in SOURCE_HEADERS)
    body = "".join(_row_html(row) for row in rows)
    reports = {row.report for row in rows}
    one = reports.pop() if len(reports) == 1 else None
    where = f"，均出自{html.escape(one)}" if one else ""
    return (f'<p class="sources-hint">共 {len(rows)} 处来源{where}；编号与回答中的 [n] 对应；点击一行查看原文。</p>'
            f'<table class="sources{" one-report" if one else ""}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


def _row_html(row: SourceRow) -> str:
    """One row as a clickable, focusable table row; long cells are cut to a few lines on a wide screen, the whole
    text (for the report: its file name) on hover."""
    e = html.escape
    cells = [
        f'<td data-label="{header}"><div class="clamp" title="{e(_tooltip(header, row, text), quote=True)}">'
        f"{e(text)}</div></td>"
        for header, text in zip(SOURCE_HEADERS, row.cells(), strict=True)
    ]
    return (f'<tr data-source="{row.number - 1}" tabindex="0" role="button" '
            f'aria-label="查看来源 {row.number} 的原文">{"".join(cells)}</tr>')


def _tooltip(header: str, row: SourceRow, text: str) -> str:
    """What hovering a cell shows: the file name for the report, the cell's whole text otherwise."""
    return f"文件：{row.file_name}" if header == "报告" else text
