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
from ingest.pdf.project import block_to_project
from ingest.pdf.settings import DEFAULT_SETTINGS, PdfSettings
from ingest.pdf.stitch import rows_to_blocks
from ingest.records import Document, Project
from ingest.report_meta import detect_department, detect_year
from ingest.restore import finish_projects


def rows_to_projects(name: str, rows: list[GridRow], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[
    list[Project], list[str]
]:
    """Given every table row in reading order, return each project as printed and the rows skipped, as warnings;
    IngestError if no project has funds or indicators (not a 自评表)."""
    blocks = rows_to_blocks(rows)
    projects = [block_to_project(block, seq, name, settings) for seq, block in enumerate(blocks.projects, start=1)]
    if not any(project.funds or project.indicators for project in projects):
        raise IngestError(name, NOT_A_REPORT)
    return projects, [f"有 {blocks.orphan_rows} 行表格出现在第一个“项目名称”之前，已跳过"] if blocks.orphan_rows else []


def finish_document(
    name: str, sha256: str, kind: str, pages: int | None, projects: list[Project], warnings: list[str], text: str
) -> Document:
    """The Document of projects read from tables: amounts in 万元 (``text``: all the report's text, for a stated
    unit and the year), restored values, and a warning for each table read without its footer."""
    finished, incomplete = finish_projects(projects, text)
    return Document(
        file_name=name, sha256=sha256, department=detect_department(projects), year=detect_year(text), kind=kind,
        pages=pages, projects=projects, warnings=warnings + finished, incomplete=incomplete,
    )
