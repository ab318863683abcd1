"""From a project's rows to its 绩效指标 rows: header columns, repeated headers, cut rows, merged levels.

Each row is read under the indicator header's columns. A continuation page may
repeat that header (its columns then replace the old ones: the page may be
drawn on another grid), repeat upper rows, cut a row in two, or leave merged
一级/二级 cells blank: each is handled here, by the template's labels.
"""

from __future__ import annotations

from ingest.pdf.labels import (
    INDICATOR_COLUMNS,
    ColumnMap,
    column_values,
    header_columns,
)
from ingest.pdf.row_kinds import (
    Block,
    find_row,
    is_grade,
    is_indicator_header,
    is_total,
    is_upper_row,
    source_of,
)
from ingest.pdf.settings import PdfSettings
from ingest.records import Indicator, SourceRef
from ingest.values import parse_actual, parse_amount, parse_target

INDICATOR_FIELDS = ("name", "target", "actual", "weight", "score", "reason")
CUT_TEXT_FIELDS = ("name", "target", "actual", "reason")
"""The texts that a page break can cut in two; figures and level labels are printed once."""


def _indicator(values: dict[str, str], previous: Indicator | None, source: SourceRef) -> Indicator:
    """Given one row's values by column, return the indicator; blank 一级/二级 cells continue the row above.

    Blank level cells happen where a merged cell was cut by a page break and
    the next page leaves it empty.
    """
    level1 = values.get("level1") or (previous.level1 if previous else None)
    same_group = previous is not None and level1 == previous.level1
    level2 = values.get("level2") or (previous.level2 if same_group else None)
    target, actual = _joined_target(values)
    parsed_target, parsed_actual = parse_target(target), parse_actual(actual)
    return Indicator(
        level1=level1 or None, level2=level2 or None, name=values.get("name", ""), raw_name=values.get("name", ""),
        target_text=target, target_op=parsed_target.op, target_value=parsed_target.value,
        target_unit=parsed_target.unit, actual_text=actual, actual_value=parsed_actual.value,
        actual_unit=parsed_actual.unit, weight=parse_amount(values.get("weight")),
        score=parse_amount(values.get("score")), reason=values.get("reason") or None, source=source,
    )


def _joined_target(values: dict[str, str]) -> tuple[str, str]:
    """The target and actual as one template prints them (≥40.00(公里), 41.20(公里)), also when a layout splits the
    target over 指标性质 | 指标值 | 度量单位 and gives the actual without its unit."""
    target, actual = values.get("target", ""), values.get("actual", "")
    op, unit = values.get("target_op", "").strip(), values.get("target_unit", "").strip()
    if not op and not unit:
        return target, actual
    with_unit = (lambda text: f"{text}({unit})" if unit and parse_amount(text) is not None else text)
    return op + with_unit(target), with_unit(actual)


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


def indicator_rows(block: Block, document: str, settings: PdfSettings) -> tuple[list[RowValues], ColumnMap, set[int]]:
    """Given a project's rows, return each 绩效指标 row's texts by column, the last indicator header's columns, and
    the indexes of the block's rows this part took (headers, repeats, indicator rows and their cut halves).

    A header repeated at the top of a continuation page is skipped, and its
    columns replace the previous page's: that page may be drawn on another grid.
    Repeated upper rows (主管部门, 项目资金) and rows with no indicator text are
    skipped too (a spacer is not taken: if it prints anything, the row accounting
    reports it), and a row cut in two by a page break is joined again.
    """
    rows: list[RowValues] = []
    columns: ColumnMap = {}
    taken: set[int] = set()
    start = find_row(block, is_indicator_header)
    for index in range(len(block) if start is None else start, len(block)):
        row = block[index]
        if is_total(row) or is_grade(row):
            break
        if is_indicator_header(row) or is_upper_row(row):  # a header (its columns rule from here), or a repeat
            columns = header_columns(row, INDICATOR_COLUMNS) if is_indicator_header(row) else columns
            taken.add(index)
            continue
        values = column_values(row, columns, settings.min_overlap)
        if not any(values.get(field) for field in INDICATOR_FIELDS):
            continue  # a spacer under merged 一级/二级 cells
        taken.add(index)
        source = source_of(document, block, index)
        if rows and _continues(values, source, rows[-1]):
            rows[-1] = (_joined(rows[-1][0], values), rows[-1][1])
        else:
            rows.append((values, source))
    return rows, columns, taken


def read_indicators(block: Block, document: str, settings: PdfSettings) -> tuple[list[Indicator], ColumnMap, set[int]]:
    """Given a project's rows, return its 绩效指标 rows, the indicator header's columns (for the 总分 row) and the
    indexes of the rows taken (``indicator_rows``)."""
    rows, columns, taken = indicator_rows(block, document, settings)
    indicators: list[Indicator] = []
    for values, source in rows:
        indicators.append(_indicator(values, indicators[-1] if indicators else None, source))
    return indicators, columns, taken
