"""From the rows of every page to one block of rows per project, across page breaks.

pdfplumber has no notion of a table continued on the next page (pdfplumber
#142). The template does: a project's table starts at its 项目名称 row and ends
with 评分等级. So the rows of all pages are read as one stream and cut at each
项目名称 row; a table that breaks mid-indicator-list simply goes on in the next
page's first table. Spacer rows are dropped here; a repeated indicator header is
kept for the project reader, which takes the new page's column positions from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.pdf.grid import GridRow
from ingest.pdf.labels import find_label, text_after

NAME_LABEL = "项目名称"
END_LABEL = "评分等级"


@dataclass
class Blocks:
    """Each project's rows, in order, and the table rows found before any project began."""

    projects: list[list[GridRow]] = field(default_factory=list)
    orphans: list[GridRow] = field(default_factory=list)


def is_name_row(row: GridRow) -> bool:
    """True for a project's first row, ``项目名称 | name``."""
    return find_label(row, NAME_LABEL) is not None


def _is_finished(block: list[GridRow]) -> bool:
    """True once a project's table has reached its 评分等级 row."""
    return any(find_label(row, END_LABEL) for row in block)


def _repeats_header(block: list[GridRow], row: GridRow) -> bool:
    """True when ``row`` is the 项目名称 row of the unfinished project, repeated at the top of a new page."""
    return (row.page > block[-1].page and not _is_finished(block)
            and text_after(block[0], NAME_LABEL) == text_after(row, NAME_LABEL))


def rows_to_blocks(rows: list[GridRow]) -> Blocks:
    """Given every table row of the document in reading order, return the rows of each project."""
    blocks = Blocks()
    for row in rows:
        if row.is_blank:
            continue
        current = blocks.projects[-1] if blocks.projects else None
        if is_name_row(row):
            if current is None or not _repeats_header(current, row):
                blocks.projects.append([row])
        elif current is None:
            blocks.orphans.append(row)
        else:
            current.append(row)
    return blocks
