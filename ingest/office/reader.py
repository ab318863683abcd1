"""Excel (.xlsx), Word (.docx) and web-page (.html) 自评表 read directly, without a PDF, by the same table logic.

A sheet's, a Word table's or an HTML table's cells become ``GridCell``s — a merged range one
cell with its row span and its x range from the column widths, as a ruled PDF
table gives them — so the template's labels find the same parts in all three
formats. Only ruled cells (Excel: a cell with a border) belong to a table: a
title or a 单位：元 line above it is text, read for the year and the unit.
A row's source is its sheet (or table) as ``page`` and its index in the
project's block, as for a PDF.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from ingest.errors import IngestError
from ingest.grid_report import finish_document, rows_to_projects
from ingest.office.kinds import office_kind
from ingest.pdf.grid import GridCell, cell_text, cells_to_rows
from ingest.records import Document

def read_office_report(path: Path) -> Document:
    """Read an .xlsx, .docx or .html 自评表 into a Document, or raise IngestError (Chinese, naming the file)."""
    kind = office_kind(path) or "html"
    try:
        tables, text = {"xlsx": _xlsx_tables, "docx": _docx_tables, "html": _html_tables}[kind or "html"](path)
    except IngestError:
        raise
    except Exception as err:  # a damaged package: openpyxl and python-docx raise many kinds of error
        raise IngestError(path.name, f"无法打开 {kind} 文件，文件可能已损坏（{type(err).__name__}）") from err
    rows = [row for number, cells in enumerate(tables, start=1) for row in cells_to_rows(cells, number)]
    projects, warnings = rows_to_projects(path.name, rows, place="个工作表" if kind == "xlsx" else "个表格")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return finish_document(path.name, digest, kind, len(tables), projects, warnings, text)


def _xlsx_tables(path: Path) -> tuple[list[list[GridCell]], str]:
    """Each sheet's ruled cells, and every cell's text (the title and 单位 lines among them)."""
    from openpyxl import load_workbook  # loaded only when a workbook comes

    book = load_workbook(path, data_only=True)
    tables, texts = [], []
    for sheet in book.worksheets:
        widths = _column_edges(sheet)
        merged = {(r.min_row, r.min_col): r for r in sheet.merged_cells.ranges}
        covered = {(row, col) for r in sheet.merged_cells.ranges for row in range(r.min_row, r.max_row + 1)
                   for col in range(r.min_col, r.max_col + 1)} - set(merged)
        ruled_rows = sorted({cell.row for row in sheet.iter_rows() for cell in row if _ruled(cell)})
        index = {number: position for position, number in enumerate(ruled_rows)}
        cells = []
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    texts.append(_shown(cell))
                if (cell.row, cell.column) in covered or cell.row not in index or not _ruled(cell):
                    continue
                span = merged.get((cell.row, cell.column))
                last_row, last_col = (span.max_row, span.max_col) if span else (cell.row, cell.column)
                cells.append(GridCell(cell_text(_shown(cell)), index[cell.row], index.get(last_row, index[cell.row]) + 1,
                                      widths[cell.column - 1], widths[last_col]))
        tables.append(cells)
    return tables, "\n".join(texts)


def _column_edges(sheet) -> list[float]:  # noqa: ANN001 - an openpyxl worksheet
    """The relative left edge of each column and the right edge of the last, from the columns' widths."""
    from openpyxl.utils import get_column_letter

    widths = [sheet.column_dimensions[get_column_letter(i)].width or 8.43 for i in range(1, sheet.max_column + 1)]
    total = sum(widths) or 1.0
    edges = [0.0]
    for width in widths:
        edges.append(edges[-1] + width / total)
    return edges


def _ruled(cell) -> bool:  # noqa: ANN001 - an openpyxl cell
    """Whether a cell has a border drawn: it belongs to a table."""
    border = cell.border
    return any(side is not None and side.style for side in (border.left, border.right, border.top, border.bottom))


def _shown(cell) -> str:  # noqa: ANN001 - an openpyxl cell
    """A cell's value as the sheet shows it: a percentage-formatted 0.9531 as 95.31, numbers as plain digits."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, float | int) and not isinstance(value, bool):
        return f"{value * 100:.2f}" if "%" in (cell.number_format or "") else f"{value}"
    return str(value)


def _html_tables(path: Path) -> tuple[list[list[GridCell]], str]:
    """Each <table>'s cells with their rowspan/colspan placed on the table's grid, and the page's text."""
    from lxml import html as lxml_html  # loaded only when a web page comes

    page = lxml_html.fromstring(path.read_bytes())
    tables = [list(_html_cells(table)) for table in page.iter("table")]
    return tables, page.text_content()


def _html_cells(table) -> Iterator[GridCell]:  # noqa: ANN001 - an lxml <table> element
    """A table's cells on its grid: each <td>/<th> takes the next free column of its row, as a browser lays it out."""
    taken: set[tuple[int, int]] = set()
    placed: list[tuple[str, int, int, int, int]] = []
    for r, row in enumerate(row for row in table.iter("tr")):
        c = 0
        for cell in row:
            if cell.tag not in ("td", "th"):
                continue
            while (r, c) in taken:
                c += 1
            rows, columns = _span(cell.get("rowspan")), _span(cell.get("colspan"))
            taken |= {(r + i, c + j) for i in range(rows) for j in range(columns)}
            placed.append((cell.text_content(), r, c, rows, columns))
            c += columns
    width = max((c + columns for _, _, c, _, columns in placed), default=1)
    for text, r, c, rows, columns in placed:
        yield GridCell(cell_text(text), r, r + rows, c / width, (c + columns) / width)


def _span(value: str | None) -> int:
    """A rowspan/colspan attribute as a count (1 when absent or not a number)."""
    return int(value) if value and value.strip().isdigit() and int(value) > 0 else 1


def _docx_tables(path: Path) -> tuple[list[list[GridCell]], str]:
    """Each Word table's cells (merged cells once, with their spans), and the document's paragraphs' text."""
    from docx import Document as open_docx  # loaded only when a Word file comes

    document = open_docx(str(path))
    tables = [list(_word_cells(table)) for table in document.tables]
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n" + "\n".join(c.text for table in tables for c in table)
    return tables, text


def _word_cells(table) -> Iterator[GridCell]:  # noqa: ANN001 - a python-docx table
    """A Word table's cells: positions sharing one underlying cell (a merge) become one GridCell."""
    columns = len(table.columns) or 1
    spans: dict[int, tuple[object, int, int, int, int]] = {}
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            key = id(cell._tc)
            if key in spans:
                tc, r0, c0, _, _ = spans[key]
                spans[key] = (tc, r0, c0, r, c)
            else:
                spans[key] = (cell, r, c, r, c)
    for cell, r0, c0, r1, c1 in spans.values():
        yield GridCell(cell_text(cell.text), r0, r1 + 1, c0 / columns, (c1 + 1) / columns)
