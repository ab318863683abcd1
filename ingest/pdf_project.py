"""From one project's block of rows to a Project record, keyed on the template's labels.

Each part of the table is found by its label (项目名称, 主管部门, 年初预算数,
预期目标, 三级指标, 总分, 评分等级) and read by the header columns above it,
so neither column widths nor row counts are assumed. A row's SourceRef is its
page and its index in the block (the project's table as the reader saw it,
spacer rows dropped, continuation pages appended).
"""

from __future__ import annotations

from collections.abc import Callable

from ingest.pdf_grid import GridRow
from ingest.pdf_labels import (
    FUND_COLUMNS,
    GOAL_COLUMNS,
    INDICATOR_COLUMNS,
    ColumnMap,
    column_values,
    find_label,
    header_columns,
    label_key,
    text_after,
)
from ingest.pdf_settings import PdfSettings
from ingest.pdf_stitch import END_LABEL, NAME_LABEL
from ingest.records import FUND_KINDS, FundLine, Indicator, Project, SourceRef, missing_name_placeholder
from ingest.values import parse_actual, parse_amount, parse_target

FUND_LABELS: dict[str, str] = {kind: kind for kind in FUND_KINDS} | {"财政拨款": "当年财政拨款"}
"""A fund row's label (``其中：`` and colons removed) to its kind; older tables write 财政拨款."""

Block = list[GridRow]


def _find(block: Block, test: Callable[[GridRow], object], start: int = 0) -> int | None:
    """Given a block, return the index of the first row from ``start`` on that passes ``test``."""
    return next((i for i in range(start, len(block)) if test(block[i])), None)


def _source(document: str, block: Block, index: int) -> SourceRef:
    """Where row ``index`` of the block was read."""
    return SourceRef(document=document, page=block[index].page, row=index)


def _is_fund_header(row: GridRow) -> bool:
    return any("年初预算" in label_key(cell.text) for cell in row.cells)


def _is_goal_header(row: GridRow) -> bool:
    return find_label(row, "预期目标") is not None


def _is_indicator_header(row: GridRow) -> bool:
    return find_label(row, "三级指标") is not None


def _is_total(row: GridRow) -> bool:
    return find_label(row, "总分") is not None


def _fund_kind(row: GridRow) -> str | None:
    """Given a row, return the fund kind its label names (``其中：当年财政拨款`` → 当年财政拨款), or None."""
    for cell in row.cells:
        kind = FUND_LABELS.get(label_key(cell.text).removeprefix("其中").strip(":"))
        if kind:
            return kind
    return None


def _is_goal_row(row: GridRow) -> bool:
    return find_label(row, "年度总体目标") is not None


def _ends_funds(row: GridRow) -> bool:
    """True for the first row past the 项目资金 block: the goals or the indicators begin."""
    return _is_goal_header(row) or _is_goal_row(row) or _is_indicator_header(row)


def read_funds(block: Block, document: str, settings: PdfSettings) -> list[FundLine]:
    """Given a project's rows, return its 项目资金 lines, read under the 年初预算数 … 得分 header.

    Rows without a fund label inside the block (a spacer under the merged
    项目资金 cell) are passed over rather than ending the block.
    """
    header = _find(block, _is_fund_header)
    if header is None:
        return []
    columns = header_columns(block[header], FUND_COLUMNS)
    end = _find(block, _ends_funds, header + 1)
    lines = []
    for index in range(header + 1, len(block) if end is None else end):
        kind = _fund_kind(block[index])
        if kind is None:
            continue
        values = {field: parse_amount(text) for field, text in column_values(block[index], columns,
                                                                              settings.min_overlap).items()}
        lines.append(FundLine(
            kind=kind, initial=values.get("initial"), full_year=values.get("full_year"),
            executed=values.get("executed"), weight=values.get("weight"), rate=values.get("rate"),
            score=values.get("score"), source=_source(document, block, index),
        ))
    return lines


def _is_top_row(row: GridRow) -> bool:
    """True for a 主管部门 or 项目资金 row, which some offices repeat at the top of a continuation page."""
    return bool(find_label(row, "主管部门") or _is_fund_header(row) or _fund_kind(row))


def read_goals(block: Block, settings: PdfSettings) -> tuple[str, str]:
    """Given a project's rows, return (预期目标, 实际完成情况): the rows under their header, by its columns.

    Every row down to the indicator header counts: a page break can cut a long
    text row in two, and the rest goes on at the top of the next page. Without
    the header, the cells beside the 年度总体目标 label are taken in order.
    """
    header = _find(block, _is_goal_header)
    if header is not None:
        columns = header_columns(block[header], GOAL_COLUMNS)
        end = _find(block, _is_indicator_header, header + 1)
        rows = [column_values(row, columns, settings.min_overlap) for row in block[header + 1:end]
                if not _is_top_row(row)]
        return "".join(row.get("goal", "") for row in rows), "".join(row.get("result", "") for row in rows)
    row = _find(block, _is_goal_row)
    if row is None:
        return "", ""
    texts = [cell.text for cell in block[row].cells if label_key(cell.text) != "年度总体目标"] + ["", ""]
    return texts[0], texts[1]


INDICATOR_FIELDS = ("name", "target", "actual", "weight", "score", "reason")
CUT_TEXT_FIELDS = ("name", "target", "actual", "reason")
"""The texts that a page break can cut in two; figures and level labels are printed once."""


def _is_upper_row(row: GridRow) -> bool:
    """True for a row of the table's upper part, repeated at the top of a continuation page by some offices."""
    return _is_top_row(row) or _is_goal_header(row) or _is_goal_row(row)


def _indicator(values: dict[str, str], previous: Indicator | None, source: SourceRef) -> Indicator:
    """Given one row's values by column, return the indicator; blank 一级/二级 cells continue the row above.

    Blank level cells happen where a merged cell was cut by a page break and
    the next page leaves it empty.
    """
    level1 = values.get("level1") or (previous.level1 if previous else None)
    same_group = previous is not None and level1 == previous.level1
    level2 = values.get("level2") or (previous.level2 if same_group else None)
    target, actual = values.get("target", ""), values.get("actual", "")
    parsed_target, parsed_actual = parse_target(target), parse_actual(actual)
    return Indicator(
        level1=level1 or None, level2=level2 or None, name=values.get("name", ""), raw_name=values.get("name", ""),
        target_text=target, target_op=parsed_target.op, target_value=parsed_target.value,
        target_unit=parsed_target.unit, actual_text=actual, actual_value=parsed_actual.value,
        actual_unit=parsed_actual.unit, weight=parse_amount(values.get("weight")),
        score=parse_amount(values.get("score")), reason=values.get("reason") or None, source=source,
    )


RowValues = tuple[dict[str, str], SourceRef]
"""One indicator row's texts by column, and where the row was read."""


def _continues(values: dict[str, str], source: SourceRef, previous: RowValues) -> bool:
    """True when a row is the rest of the row above, cut by a page break: it opens a later page and one of
    the two halves has no 分值 and no 得分 (every whole indicator row has them)."""
    previous_values, previous_source = previous
    halves = (values, previous_values)
    return (source.page or 0) > (previous_source.page or 0) and any(
        not half.get("weight") and not half.get("score") for half in halves)


def _joined(first: dict[str, str], rest: dict[str, str]) -> dict[str, str]:
    """The two halves of a cut row as one: texts joined in order, each figure from the half that has it."""
    return {field: first.get(field, "") + rest.get(field, "") if field in CUT_TEXT_FIELDS
            else first.get(field) or rest.get(field, "") for field in first.keys() | rest.keys()}


def indicator_rows(block: Block, document: str, settings: PdfSettings) -> tuple[list[RowValues], ColumnMap]:
    """Given a project's rows, return each 绩效指标 row's texts by column, and the last indicator header's columns.

    A header repeated at the top of a continuation page is skipped, and its
    columns replace the previous page's: that page may be drawn on another grid.
    Repeated upper rows (主管部门, 项目资金) and rows with no indicator text are
    skipped too, and a row cut in two by a page break is joined again.
    """
    rows: list[RowValues] = []
    columns: ColumnMap = {}
    start = _find(block, _is_indicator_header)
    for index in range(len(block) if start is None else start, len(block)):
        row = block[index]
        if _is_total(row) or find_label(row, END_LABEL):
            break
        if _is_indicator_header(row):
            columns = header_columns(row, INDICATOR_COLUMNS)
            continue
        values = column_values(row, columns, settings.min_overlap)
        if _is_upper_row(row) or not any(values.get(field) for field in INDICATOR_FIELDS):
            continue  # a repeated upper row, or a spacer under merged 一级/二级 cells
        source = _source(document, block, index)
        if rows and _continues(values, source, rows[-1]):
            rows[-1] = (_joined(rows[-1][0], values), rows[-1][1])
        else:
            rows.append((values, source))
    return rows, columns


def read_indicators(block: Block, document: str, settings: PdfSettings) -> tuple[list[Indicator], ColumnMap]:
    """Given a project's rows, return its 绩效指标 rows and the indicator header's columns (for the 总分 row)."""
    rows, columns = indicator_rows(block, document, settings)
    indicators: list[Indicator] = []
    for values, source in rows:
        indicators.append(_indicator(values, indicators[-1] if indicators else None, source))
    return indicators, columns


def read_total(block: Block, columns: ColumnMap, settings: PdfSettings) -> tuple[float | None, float | None]:
    """Given a project's rows and the indicator columns, return 总分's (分值, 得分); else the row's first two numbers."""
    index = _find(block, _is_total)
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
    index = _find(block, lambda row: find_label(row, END_LABEL))
    return (text_after(block[index], END_LABEL) or None) if index is not None else None


def block_to_project(block: Block, seq: int, document: str, settings: PdfSettings) -> Project:
    """Given one project's rows (the first is its 项目名称 row), return the Project as printed."""
    raw_name = text_after(block[0], NAME_LABEL) or ""
    unit_row = _find(block, lambda row: find_label(row, "主管部门"))
    department = text_after(block[unit_row], "主管部门", stop="实施单位") if unit_row is not None else None
    implementer = text_after(block[unit_row], "实施单位") if unit_row is not None else None
    goal, result = read_goals(block, settings)
    indicators, columns = read_indicators(block, document, settings)
    total_weight, total_score = read_total(block, columns, settings)
    return Project(
        seq=seq, name=raw_name or missing_name_placeholder(seq), raw_name=raw_name, name_missing=not raw_name,
        department=department or None, implementer=implementer or None, goal_text=goal, result_text=result,
        funds=read_funds(block, document, settings), indicators=indicators, total_weight=total_weight,
        total_score=total_score, grade=read_grade(block), source=_source(document, block, 0),
    )
