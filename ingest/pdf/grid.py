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
from typing import Any

from pdfplumber.page import Page
from pdfplumber.table import Table
from pdfplumber.utils import text as text_utils

from ingest.pdf.settings import PdfSettings
from ingest.values import printed_text


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
    """Given a cell's extracted text, return it on one line as printed (full-width punctuation kept).

    Wrapped lines are joined without a space: the template's texts are Chinese,
    where a line break is not a word break. Spaces between two Chinese
    characters go too: pdfplumber puts them where a justified or letter-spaced
    cell (``上 海 市``) leaves gaps, and Chinese text has none of its own.
    """
    if not raw:
        return ""
    return printed_text(_SPACE_IN_CHINESE.sub("", "".join(line.strip() for line in raw.splitlines())))


def _middle(char: dict[str, Any]) -> float:
    return (char["top"] + char["bottom"]) / 2


@dataclass(frozen=True)
class PageChars:
    """A page's characters sorted by their vertical middle, to take a cell's characters by bisection.

    pdfplumber's ``Table.extract`` tests every character of the page against
    every row, which was the larger part of the reader's own time on a full
    page; a sorted band per cell gives the same characters at a fraction of it.
    """

    middles: list[float]
    chars: list[tuple[int, dict[str, Any]]]
    """(position in page order, character), sorted by vertical middle."""

    @classmethod
    def of(cls, page: Page) -> PageChars:
        """The page's characters, sorted by vertical middle."""
        ordered = sorted(enumerate(page.chars), key=lambda item: _middle(item[1]))
        return cls([_middle(char) for _, char in ordered], ordered)

    def text_in(self, box: tuple[float, float, float, float]) -> str:
        """Given a cell box, return its text as ``Table.extract`` gives it: its characters, in page order."""
        x0, top, x1, bottom = box
        band = self.chars[bisect_left(self.middles, top):bisect_left(self.middles, bottom)]
        inside = sorted((item for item in band if x0 <= (item[1]["x0"] + item[1]["x1"]) / 2 < x1), key=lambda i: i[0])
        return text_utils.extract_text([char for _, char in inside]) if inside else ""


def table_cells(table: Table, chars: PageChars, settings: PdfSettings) -> list[GridCell]:
    """Given a pdfplumber table and its page's characters, return its cells with row spans and relative x ranges."""
    left, _, right, _ = table.bbox
    width = (right - left) or 1.0
    tops = sorted({box[1] for box in table.cells})
    return [
        GridCell(
            text=cell_text(chars.text_in(box)),
            row_start=bisect_left(tops, box[1]),
            row_end=bisect_left(tops, box[3] - settings.row_tolerance),
            x0=(box[0] - left) / width,
            x1=(box[2] - left) / width,
        )
        for box in table.cells
    ]


def cells_to_rows(cells: list[GridCell], page: int) -> list[GridRow]:
    """Given a table's cells, return its rows, each listing every cell that covers it (merged cells repeat)."""
    row_count = max((cell.row_end for cell in cells), default=0)
    return [
        GridRow(page, tuple(sorted((c for c in cells if c.row_start <= row < c.row_end), key=lambda c: c.x0)))
        for row in range(row_count)
    ]


def open_table_rules(page: Page, settings: PdfSettings) -> list[float]:
    """Given a page, return the y where its ruled tables begin and end: the top of the highest side rule and the
    bottom of the lowest.

    A browser continuing a table on a new page draws the side rules of the cut row but not its top rule (that
    border belongs to the row above, printed on the page before), and a cell merged down past the page's end has
    no bottom rule; pdfplumber's lines strategy sees no cell there and the row would be lost. A rule put at the
    side rules' ends closes such a table; where the rule is drawn anyway it merges with it.
    """
    sides = [e for e in page.edges if e["orientation"] == "v" and e["bottom"] - e["top"] >= settings.rule_min_length]
    return [min(e["top"] for e in sides), max(e["bottom"] for e in sides)] if sides else []


def page_rows(page: Page, page_number: int, settings: PdfSettings) -> list[GridRow]:
    """Given a page (already de-duplicated), return the rows of all its ruled tables, top to bottom (a table cut
    open by the page's edge closed there: ``open_table_rules``)."""
    table_settings = dict(settings.table_settings)
    missing = open_table_rules(page, settings)
    if missing:
        table_settings["explicit_horizontal_lines"] = [*table_settings.get("explicit_horizontal_lines", []), *missing]
    tables = sorted(page.find_tables(table_settings=table_settings), key=lambda t: t.bbox[1])
    chars = PageChars.of(page)
    return [row for table in tables for row in cells_to_rows(table_cells(table, chars, settings), page_number)]
