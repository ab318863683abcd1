"""Draw records as a 项目支出绩效自评表 PDF in the national template, with reportlab.

A test tool that lives in the package so tests and the benchmark can make real
PDFs from known records and check that the PDF reader gives them back. It draws
what real reports draw: one ruled table per project under the page title
"项目支出绩效自评表（YYYY年度）", merged label cells, long texts that wrap, and
tables that break across pages in the middle of the indicator list with the
indicator header row repeated on the next page.

The font is reportlab's built-in CID font STSong-Light: no font file is needed
and pdfplumber reads its Chinese back exactly (STACK.md).
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ingest.records import Document, FundLine, Indicator, Project

FONT = "STSong-Light"
COLUMN_WIDTHS_MM: tuple[float, ...] = (15, 15, 42, 22, 22, 16, 16, 16, 16)
"""Nine grid columns, 180 mm: 一级 | 二级 | 三级 (fund kind) | 年初/指标值 | 全年/完成值 | 执行数/分值 | 分值/得分 | 执行率/原因 | 得分/原因."""

FUND_HEADER = ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)", "得分")
INDICATOR_HEADER = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
MAX_MERGED_ROWS = 8
"""A merged 一级/二级 cell covers at most this many rows. reportlab never breaks a table inside a merged
cell, so a longer group (or one taller than a page) is drawn as several merged cells, each labelled,
as published reports do where a page break cuts a group."""

_CELL_STYLE = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=10, wordWrap="CJK")
# keepWithNext: a title never ends a page without the start of its table.
_TITLE_STYLE = ParagraphStyle("title", fontName=FONT, fontSize=16, leading=22, alignment=TA_CENTER,
                              spaceAfter=2 * mm, keepWithNext=1)
_YEAR_STYLE = ParagraphStyle("year", fontName=FONT, fontSize=11, leading=16, alignment=TA_CENTER,
                             spaceAfter=3 * mm, keepWithNext=1)

Cell = Paragraph | str
Span = tuple[tuple[int, int], tuple[int, int]]


def render_report(doc: Document, out_path: Path, *, title_year: int | None = None,
                  column_widths_mm: tuple[float, ...] = COLUMN_WIDTHS_MM) -> None:
    """Write ``doc``'s projects to ``out_path`` as a PDF, one titled table per project, flowing across pages.

    ``title_year`` overrides ``doc.year`` in the "（YYYY年度）" line, so a test can
    check that the reader takes the year from the page rather than from elsewhere;
    ``column_widths_mm`` (nine widths) lets a test draw the grid as another office would.
    """
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    year = title_year if title_year is not None else doc.year
    story: list[Flowable] = []
    for project in doc.projects:
        story.extend(_title(year))
        story.append(project_table(project, column_widths_mm))
        story.append(Spacer(1, 8 * mm))
    template = SimpleDocTemplate(
        str(out_path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
        topMargin=15 * mm, bottomMargin=15 * mm, title="项目支出绩效自评表",
        invariant=True,  # no timestamp or random id: the same records give the same bytes, and so the same sha256
    )
    template.build(story)


def _title(year: int | None) -> list[Flowable]:
    """The page title above each table, with the year line when the year is known."""
    lines: list[Flowable] = [Paragraph("项目支出绩效自评表", _TITLE_STYLE)]
    if year is not None:
        lines.append(Paragraph(f"（{year}年度）", _YEAR_STYLE))
    return lines


def project_table(project: Project, column_widths_mm: tuple[float, ...] = COLUMN_WIDTHS_MM) -> Table:
    """Given a project, return its ruled table: header, funds, goals, indicators, footer, with merged cells."""
    rows: list[list[Cell]] = []
    spans: list[Span] = []
    indicator_header_row = 0
    for block in (_header_block, _funds_block, _goal_block, _indicator_block, _footer_block):
        if block is _indicator_block:
            indicator_header_row = len(rows)
        block_rows, block_spans = block(project, len(rows))
        rows += block_rows
        spans += block_spans
    table = Table(
        rows, colWidths=[w * mm for w in column_widths_mm], repeatRows=(indicator_header_row,), splitByRow=1,
    )
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        # reportlab drops the repeated row's top rule when it repeats a row from mid-table: draw it explicitly.
        ("LINEABOVE", (0, indicator_header_row), (-1, indicator_header_row), 0.5, "black"),
    ]
    table.setStyle(TableStyle(style + [("SPAN", start, end) for start, end in spans]))
    return table


def _cell(text: str | None) -> Paragraph:
    """A wrapping cell; ``<`` in targets like ``<100.00(%)`` must be escaped for reportlab's markup."""
    return Paragraph(escape(text or ""), _CELL_STYLE)


def _printed(record: Project | FundLine | Indicator, field: str) -> Any:
    """The value of ``field`` as the source printed it: None when a reader restored it (``derived``).

    A PDF drawn from records read elsewhere then leaves blank what the original
    left blank, and the PDF reader has to restore it the same way.
    """
    return None if field in record.derived else getattr(record, field)


def _amount(value: float | None, *, dash: bool = False) -> str:
    """A figure as the template prints it (``1,425.66``); ``-`` where the template prints a dash, else blank."""
    if value is None:
        return "-" if dash else ""
    return f"{value:,.2f}"


def _header_block(project: Project, top: int) -> tuple[list[list[Cell]], list[Span]]:
    """项目名称 row and 主管部门 / 实施单位 row; a project whose name is missing gets a blank name cell."""
    rows: list[list[Cell]] = [
        ["项目名称", "", _cell("" if project.name_missing else project.name)] + [""] * 6,
        ["主管部门", "", _cell(project.department), "", "", "实施单位", "", _cell(project.implementer), ""],
    ]
    spans = [
        ((0, top), (1, top)), ((2, top), (8, top)),
        ((0, top + 1), (1, top + 1)), ((2, top + 1), (4, top + 1)),
        ((5, top + 1), (6, top + 1)), ((7, top + 1), (8, top + 1)),
    ]
    return rows, spans


def _fund_row(line: FundLine) -> list[Cell]:
    """One fund line; 分值 and 得分 print ``-`` when absent, as on the 其中 rows of the template."""
    label = "其中：当年财政拨款" if line.kind == "当年财政拨款" else line.kind
    return ["", "", _cell(label), _amount(line.initial), _amount(line.full_year), _amount(line.executed),
            _amount(line.weight, dash=True), _amount(_printed(line, "rate")), _amount(_printed(line, "score"), dash=True)]


def _funds_block(project: Project, top: int) -> tuple[list[list[Cell]], list[Span]]:
    """项目资金（万元）: the header row and one row per fund line, under one merged label cell."""
    rows: list[list[Cell]] = [[_cell("项目资金（万元）"), "", ""] + list(FUND_HEADER)]
    rows += [_fund_row(line) for line in project.funds]
    return rows, [((0, top), (1, top + len(rows) - 1))]


def _goal_block(project: Project, top: int) -> tuple[list[list[Cell]], list[Span]]:
    """年度总体目标: a merged label beside 预期目标 / 实际完成情况 and their wrapping texts."""
    rows: list[list[Cell]] = [
        [_cell("年度总体目标"), "", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "", _cell(project.goal_text), "", "", _cell(project.result_text), "", "", ""],
    ]
    spans = [((0, top), (1, top + 1))]
    for row in (top, top + 1):
        spans += [((2, row), (4, row)), ((5, row), (8, row))]
    return rows, spans


def _indicator_row(indicator: Indicator) -> list[Cell]:
    """One 绩效指标 row; the reason spans the last two columns."""
    return [
        _cell(indicator.level1), _cell(indicator.level2), _cell(indicator.name),
        _cell(indicator.target_text), _cell(indicator.actual_text),
        _amount(indicator.weight), _amount(_printed(indicator, "score")), _cell(indicator.reason), "",
    ]


def _runs(values: list[Any], first_row: int, limit: int) -> list[tuple[int, int]]:
    """Given a column's values from row ``first_row`` on, return (first, last) rows of runs of equal values.

    A run longer than ``limit`` rows is cut into several.
    """
    runs = []
    row = first_row
    for _, group in groupby(values):
        length = len(list(group))
        for start in range(row, row + length, limit):
            runs.append((start, min(start + limit, row + length) - 1))
        row += length
    return runs


def _level_spans(indicators: list[Indicator], first_row: int) -> list[Span]:
    """Merged 一级 cells over runs of at most MAX_MERGED_ROWS rows, and 二级 cells over runs inside each of them.

    Keeping 二级 runs inside 一级 runs leaves a possible page break at every 一级 cell's end.
    """
    spans: list[Span] = []
    for first, last in _runs([ind.level1 for ind in indicators], first_row, MAX_MERGED_ROWS):
        spans.append(((0, first), (0, last)))
        level2 = [ind.level2 for ind in indicators[first - first_row:last - first_row + 1]]
        spans += [((1, start), (1, end)) for start, end in _runs(level2, first, MAX_MERGED_ROWS)]
    return [span for span in spans if span[1][1] > span[0][1]]


def _indicator_block(project: Project, top: int) -> tuple[list[list[Cell]], list[Span]]:
    """The indicator header row and one row per indicator, 一级 and 二级 merged over runs of equal values."""
    rows: list[list[Cell]] = [[_cell(label) for label in INDICATOR_HEADER] + [""]]
    rows += [_indicator_row(ind) for ind in project.indicators]
    spans: list[Span] = [((7, r), (8, r)) for r in range(top, top + len(rows))]
    return rows, spans + _level_spans(project.indicators, top + 1)


def _footer_block(project: Project, top: int) -> tuple[list[list[Cell]], list[Span]]:
    """总分 (分值, 得分) and 评分等级."""
    rows: list[list[Cell]] = [
        ["总分", "", "", "", "", _amount(project.total_weight), _amount(_printed(project, "total_score")), "", ""],
        ["评分等级", "", _printed(project, "grade") or ""] + [""] * 6,
    ]
    spans = [((0, top), (4, top)), ((7, top), (8, top)), ((0, top + 1), (1, top + 1)), ((2, top + 1), (8, top + 1))]
    return rows, spans
