"""From one project's block of rows to a Project record, keyed on the template's labels.

Each part of the table is found by its label (项目名称, 主管部门, 年初预算数,
预期目标, 三级指标, 总分, 评分等级) and read by the header columns above it,
so neither column widths nor row counts are assumed. A row's SourceRef is its
page and its index in the block (the project's table as the reader saw it,
spacer rows dropped, continuation pages appended).
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.pdf.grid import GridRow
from ingest.pdf.indicators import read_indicators
from ingest.pdf.labels import (
    FUND_COLUMNS,
    GOAL_COLUMNS,
    ColumnMap,
    column_values,
    find_label,
    header_columns,
    label_key,
    text_after,
)
from ingest.pdf.row_kinds import (
    Block,
    ends_funds,
    find_row,
    footer_source,
    fund_kind,
    is_fund_header,
    is_goal_header,
    is_goal_row,
    is_grade,
    is_indicator_header,
    is_top_row,
    is_total,
    source_of,
)
from ingest.pdf.settings import PdfSettings
from ingest.pdf.stitch import END_LABEL, NAME_LABEL
from ingest.records import FundLine, Project, missing_name_placeholder
from ingest.units import table_unit
from ingest.values import parse_amount


def read_funds(block: Block, document: str, settings: PdfSettings) -> list[FundLine]:
    """Given a project's rows, return its 项目资金 lines, read under the 年初预算数 … 得分 header.

    Rows without a fund label inside the block (a spacer under the merged
    项目资金 cell) are passed over rather than ending the block.
    """
    header = find_row(block, is_fund_header)
    if header is None:
        return []
    columns = header_columns(block[header], FUND_COLUMNS)
    end = find_row(block, ends_funds, header + 1)
    lines = []
    for index in range(header + 1, len(block) if end is None else end):
        kind = fund_kind(block[index])
        if kind is None:
            continue
        values = {field: parse_amount(text) for field, text in column_values(block[index], columns,
                                                                              settings.min_overlap).items()}
        lines.append(FundLine(
            kind=kind, initial=values.get("initial"), full_year=values.get("full_year"),
            executed=values.get("executed"), weight=values.get("weight"), rate=values.get("rate"),
            score=values.get("score"), source=source_of(document, block, index),
        ))
    return lines


def goal_rows(block: Block) -> list[int]:
    """Given a project's rows, return the indexes of its 年度总体目标 part: the header and every row down to the
    indicator header (a page break can cut a long text row in two, the rest going on at the top of the next page;
    repeated upper rows among them are passed over), or without a header the one row beside the label."""
    header = find_row(block, is_goal_header)
    if header is None:
        row = find_row(block, is_goal_row)
        return [] if row is None else [row]
    end = find_row(block, is_indicator_header, header + 1)
    return [header] + [i for i in range(header + 1, len(block) if end is None else end) if not is_top_row(block[i])]


def read_goals(block: Block, settings: PdfSettings) -> tuple[str, str]:
    """Given a project's rows, return (预期目标, 实际完成情况): the rows under their header, by its columns; without
    the header, the cells beside the 年度总体目标 label in order."""
    rows = goal_rows(block)
    if not rows:
        return "", ""
    if is_goal_header(block[rows[0]]):
        columns = header_columns(block[rows[0]], GOAL_COLUMNS)
        values = [column_values(block[i], columns, settings.min_overlap) for i in rows[1:]]
        return "".join(row.get("goal", "") for row in values), "".join(row.get("result", "") for row in values)
    texts = [cell.text for cell in block[rows[0]].cells if label_key(cell.text) != "年度总体目标"] + ["", ""]
    return texts[0], texts[1]


def read_total(block: Block, columns: ColumnMap, settings: PdfSettings) -> tuple[float | None, float | None]:
    """Given a project's rows and the indicator columns, return 总分's (分值, 得分); else the row's first two numbers."""
    index = find_row(block, is_total)
    if index is None:
        return None, None
    values = column_values(block[index], columns, settings.min_overlap)
    weight, score = parse_amount(values.get("weight")), parse_amount(values.get("score"))
    if weight is None and score is None:
        numbers = [n for n in (parse_amount(cell.text) for cell in block[index].cells) if n is not None] + [None, None]
        weight, score = numbers[0], numbers[1]
    return weight, score


def read_grade(block: Block) -> str | None:
    """Given a project's rows, return the 评分等级 text, or None when the cell is blank."""
    index = find_row(block, is_grade)
    return (text_after(block[index], END_LABEL) or None) if index is not None else None


@dataclass(frozen=True)
class BlockReading:
    """One project's table read: the Project as printed, and the rows that print something no part of it took."""

    project: Project
    unread: list[GridRow]


def read_block(block: Block, seq: int, document: str, settings: PdfSettings) -> BlockReading:
    """Given one project's rows (the first is its 项目名称 row), return the Project as printed and the rows left
    over: every row that prints something is either read into the record or returned here, to be reported."""
    raw_name = text_after(block[0], NAME_LABEL) or ""
    unit_row = find_row(block, lambda row: find_label(row, "主管部门"))
    department = text_after(block[unit_row], "主管部门", stop="实施单位") if unit_row is not None else None
    implementer = text_after(block[unit_row], "实施单位") if unit_row is not None else None
    goal, result = read_goals(block, settings)
    indicators, columns, indicator_taken = read_indicators(block, document, settings)
    total_weight, total_score = read_total(block, columns, settings)
    funds = read_funds(block, document, settings)
    project = Project(
        seq=seq, name=raw_name or missing_name_placeholder(seq), raw_name=raw_name, name_missing=not raw_name,
        department=department or None, implementer=implementer or None, goal_text=goal, result_text=result,
        funds=funds, indicators=indicators, total_weight=total_weight,
        total_score=total_score, grade=read_grade(block), source=source_of(document, block, 0),
        total_source=footer_source(document, block, is_total), grade_source=footer_source(document, block, is_grade),
        money_unit=table_unit(cell.text for row in block[: _funds_end(block)] for cell in row.cells),
    )
    repeated_headers = (index for index, row in enumerate(block) if is_indicator_header(row))  # also past 总分
    taken = {0, unit_row, find_row(block, is_fund_header), find_row(block, is_total), find_row(block, is_grade),
             *(line.source.row for line in funds), *goal_rows(block), *indicator_taken, *repeated_headers}
    return BlockReading(project, [row for index, row in enumerate(block) if index not in taken and row.own_text])


def _funds_end(block: Block) -> int:
    """The index of the first row past the 项目资金 block (goals or indicators), or the block's end."""
    header = find_row(block, is_fund_header)
    end = find_row(block, ends_funds, (header or 0) + 1)
    return len(block) if end is None else end
