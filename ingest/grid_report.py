"""From a report's ruled table rows to a Document: the part every table reader shares (PDF, Excel, Word).

A reader turns its format into ``GridRow``s — cells with their row spans and
relative x ranges, merged cells repeated on every row they cover — and this
module does the rest by the template's labels: split the projects, read each
one, settle the money unit, restore what the table's arithmetic fixes (never
over a table that lost its footer), detect department and year.
"""

from __future__ import annotations

from ingest.errors import NOT_A_REPORT, IngestError
from ingest.pdf.grid import GridRow
from ingest.pdf.project import read_block
from ingest.pdf.settings import DEFAULT_SETTINGS, PdfSettings
from ingest.pdf.stitch import rows_to_blocks
from ingest.records import Document, Project
from ingest.pdf.labels import label_key
from ingest.report_meta import detect_department, detect_year, title_department
from ingest.restore import finish_projects
from ingest.units import stated_unit


def rows_to_projects(name: str, rows: list[GridRow], settings: PdfSettings = DEFAULT_SETTINGS, place: str = "页") -> tuple[
    list[Project], list[str]
]:
    """Given every table row in reading order, return each project as printed and a warning for every row that
    prints something but was not read (``place`` names where a row is: 页 of a PDF, 个表格 of an office file);
    IngestError if no project has funds or indicators (not a 自评表)."""
    blocks = rows_to_blocks(rows)
    readings = [read_block(block, seq, name, settings) for seq, block in enumerate(blocks.projects, start=1)]
    projects = [reading.project for reading in readings]
    if not any(project.funds or project.indicators for project in projects):
        raise IngestError(name, NOT_A_REPORT)
    orphans = [row for row in blocks.orphans if not is_heading(row)]
    warnings = [_orphans_warning(orphans, place)] if orphans else []
    return projects, warnings + [
        f"第{row.page}{place}有一行可能未读出：“{shortened(row.own_text)}”（第{reading.project.seq}个项目“"
        f"{reading.project.name}”的表格中，没有读入任何字段），请对照原文核对"
        for reading in readings for row in reading.unread if not is_heading(row)
    ]


def is_heading(row: GridRow) -> bool:
    """True for a ruled row that holds the report's heading — its title (…项目支出绩效自评表, …自评结果) or its unit
    (单位：元) — which some offices draw inside the table: read with the document's text (year, department, unit),
    not a row lost."""
    text = row.own_text
    return bool(text) and ("绩效自评" in label_key(text) or (stated_unit(text) is not None and len(text) <= 12))


def _orphans_warning(orphans: list[GridRow], place: str) -> str:
    """The warning for the table rows printed before the first 项目名称, naming where they begin and the first."""
    first = next((row for row in orphans if row.own_text), orphans[0])
    return (f"第{first.page}{place}起有 {len(orphans)} 行表格出现在第一个“项目名称”之前，未读取（首行：“"
            f"{shortened(first.own_text)}”）")


def shortened(text: str, limit: int = 40) -> str:
    """A row's text for a warning: whole when short, else its first ``limit`` characters and an ellipsis."""
    return text if len(text) <= limit else text[:limit] + "…"


def finish_document(
    name: str, sha256: str, kind: str, pages: int | None, projects: list[Project], warnings: list[str], text: str
) -> Document:
    """The Document of projects read from tables: amounts in 万元 (``text``: all the report's text, for a stated
    unit, the year, and the department its title names when no table prints a 主管部门), restored values, and a
    warning for each table read without its footer."""
    finished, incomplete = finish_projects(projects, text)
    return Document(
        file_name=name, sha256=sha256, department=detect_department(projects) or title_department(text), year=detect_year(text), kind=kind,
        pages=pages, projects=projects, warnings=warnings + finished, incomplete=incomplete,
    )
