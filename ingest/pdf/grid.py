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
    """One table row as the reader saw it: its 1-based page, the cells covering it, left to right, and its index
    in its table (the ``row_start`` of the cells that begin on it)."""

    page: int
    cells: tuple[GridCell, ...]
    row: int = 0

    @property
    def is_blank(self) -> bool:
        """True for spacer rows, which carry no cell text at all."""
        return not any(cell.text for cell in self.cells)

    @property
    def own_text(self) -> str:
        """The texts of the cells that begin on this row, joined by spaces: what the row itself prints (a merged
        cell's text belongs to the row it begins on)."""
        return " ".join(cell.text for cell in self.cells if cell.row_start == self.row and cell.text)


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
        return cls.from_chars(page.chars)

    @classmethod
    def from_chars(cls, chars: list[dict[str, Any]]) -> PageChars:
        """Characters as pdfplumber gives them (or OCR makes them), sorted by vertical middle."""
        ordered = sorted(enumerate(chars), key=lambda item: _middle(item[1]))
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
        GridRow(page, tuple(sorted((c for c in cells if c.row_start <= row < c.row_end), key=lambda c: c.x0)), row)
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


def page_tables(page: Page, settings: PdfSettings) -> list[Table]:
    """Given a page (already de-duplicated), return its ruled tables, top to bottom (a table cut open by the page's
    edge closed there: ``open_table_rules``, unless ``settings.close_cut_tables`` is off)."""
    table_settings = dict(settings.table_settings)
    missing = open_table_rules(page, settings) if settings.close_cut_tables else []
    if missing:
        table_settings["explicit_horizontal_lines"] = [*table_settings.get("explicit_horizontal_lines", []), *missing]
    return sorted(page.find_tables(table_settings=table_settings), key=lambda t: t.bbox[1])


def tables_to_rows(page: Page, tables: list[Table], page_number: int, settings: PdfSettings) -> list[GridRow]:
    """Given a page and its tables, return the rows of all of them, top to bottom."""
    chars = PageChars.of(page)
    return [row for table in tables for row in cells_to_rows(table_cells(table, chars, settings), page_number)]


def page_rows(page: Page, page_number: int, settings: PdfSettings) -> list[GridRow]:
    """Given a page (already de-duplicated), return the rows of all its ruled tables, top to bottom."""
    return tables_to_rows(page, page_tables(page, settings), page_number, settings)


def _inside(char: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x, y = (char["x0"] + char["x1"]) / 2, _middle(char)
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _between_side_rules(char: dict[str, Any], sides: list[dict[str, Any]]) -> bool:
    """True when drawn vertical rules run beside the character on both its left and its right: it is inside a
    ruled table, though in no cell the table finder saw."""
    y = _middle(char)
    beside = [edge["x0"] for edge in sides if edge["top"] <= y <= edge["bottom"]]
    return any(x <= char["x0"] for x in beside) and any(x >= char["x1"] for x in beside)


def stray_lines(page: Page, tables: list[Table], settings: PdfSettings) -> list[tuple[str, str]]:
    """Given a page and its tables, return the text printed between side rules but in no table cell, a row at a
    time (lines that follow each other closely), each as (where on the page: 首行, 末行 or 表格之间, text): a ruled
    row the table finder could not see, which would otherwise be lost without a word. A title or a 单位：元 line
    has no side rules and is not one."""
    boxes = [table.bbox for table in tables]
    sides = [e for e in page.edges if e["orientation"] == "v" and e["bottom"] - e["top"] >= settings.rule_min_length]
    loose = [c for c in page.chars if c["text"].strip() and not any(_inside(c, box) for box in boxes)]
    enclosed = sorted((c for c in loose if _between_side_rules(c, sides)), key=lambda c: c["top"])
    groups: list[list[dict[str, Any]]] = []  # a row's lines: each begins within a line's height of the one above
    for char in enclosed:
        if groups and char["top"] - max(c["bottom"] for c in groups[-1]) <= char["bottom"] - char["top"]:
            groups[-1].append(char)
        else:
            groups.append([char])
    top, bottom = min((b[1] for b in boxes), default=0.0), max((b[3] for b in boxes), default=0.0)
    return [("首行" if group[0]["top"] < top else "末行" if group[0]["top"] > bottom else "表格之间",
             " ".join(cell_text(line) for line in text_utils.extract_text(group).splitlines())) for group in groups]
