"""From a PDF page to rows of cells, with merged cells rebuilt: page → tables → cells → rows.

pdfplumber returns a vertically merged cell (一级/二级指标, 项目资金) as text in
its first row and ``None`` below (pdfplumber #79). The cell boxes say how far
each cell reaches, so every row here lists every cell that covers it, merged or
not: a row reads the same whichever line of a merged cell it sits on.

x positions are kept relative to the table's width (0 = left rule, 1 = right
rule) so that a table continued on the next page, or drawn with other column
widths, can be matched to its header by position within the table.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from pdfplumber.page import Page
from pdfplumber.table import Table

from ingest.pdf_settings import PdfSettings
from ingest.values import normalize_text


@dataclass(frozen=True)
class GridCell:
    """One drawn cell: its text on one line, the rows it spans (``row_end`` exclusive), its relative x range."""

    text: str
    row_start: int
    row_end: int
    x0: float
    x1: float


@dataclass(frozen=True)
class GridRow:
    """One table row as the reader saw it: its 1-based page and the cells covering it, left to right."""

    page: int
    cells: tuple[GridCell, ...]

    @property
    def is_blank(self) -> bool:
        """True for spacer rows, which carry no cell text at all."""
        return not any(cell.text for cell in self.cells)


_SPACE_IN_CHINESE = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])")
"""Whitespace between two Chinese characters or full-width marks."""


def cell_text(raw: str | None) -> str:
    """Given a cell's extracted text, return it on one line with full-width punctuation normalised.

    Wrapped lines are joined without a space: the template's texts are Chinese,
    where a line break is not a word break. Spaces between two Chinese
    characters go too: pdfplumber puts them where a justified or letter-spaced
    cell (``上 海 市``) leaves gaps, and Chinese text has none of its own.
    """
    if not raw:
        return ""
    return normalize_text(_SPACE_IN_CHINESE.sub("", "".join(line.strip() for line in raw.splitlines())))


def table_cells(table: Table, settings: PdfSettings) -> list[GridCell]:
    """Given a pdfplumber table, return its cells with their row spans and relative x ranges."""
    left, _, right, _ = table.bbox
    width = (right - left) or 1.0
    tops = sorted({box[1] for box in table.cells})
    texts = table.extract()
    cells = []
    for row_index, row in enumerate(table.rows):
        for box, raw in zip(row.cells, texts[row_index]):
            if box is None:
                continue
            x0, top, x1, bottom = box
            cells.append(GridCell(
                text=cell_text(raw),
                row_start=bisect_left(tops, top),
                row_end=bisect_left(tops, bottom - settings.row_tolerance),
                x0=(x0 - left) / width,
                x1=(x1 - left) / width,
            ))
    return cells


def cells_to_rows(cells: list[GridCell], page: int) -> list[GridRow]:
    """Given a table's cells, return its rows, each listing every cell that covers it (merged cells repeat)."""
    row_count = max((cell.row_end for cell in cells), default=0)
    return [
        GridRow(page, tuple(sorted((c for c in cells if c.row_start <= row < c.row_end), key=lambda c: c.x0)))
        for row in range(row_count)
    ]


def page_rows(page: Page, page_number: int, settings: PdfSettings) -> list[GridRow]:
    """Given a page (already de-duplicated), return the rows of all its ruled tables, top to bottom."""
    tables = sorted(page.find_tables(table_settings=settings.table_settings), key=lambda t: t.bbox[1])
    return [row for table in tables for row in cells_to_rows(table_cells(table, settings), page_number)]
