"""The template's fixed labels, and reading a row's values by the header column above them.

The reader keys on these labels, never on where a particular renderer put its
columns: real reports differ in column widths, wrap labels (``一级\\n指标``),
space them out (``项 目 名 称``) and continue tables on narrower grids.
"""

from __future__ import annotations

import re

from ingest.pdf.grid import GridCell, GridRow
from ingest.values import normalize_text

ColumnMap = dict[str, tuple[float, float]]
"""A field name mapped to the relative x range of its header cell."""

FUND_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("initial", ("年初预算",)),
    ("full_year", ("全年预算", "调整后预算", "调整预算")),
    ("rate", ("执行率",)),
    ("executed", ("全年执行", "执行数", "实际支出", "支出数")),
    ("weight", ("分值", "分数", "权重")),
    ("score", ("得分",)),
)
"""项目资金 header labels, with the names local templates give them (调整后预算数 = 全年预算数, 预算执行数 = 全年执行数,
权重 = 分值); 执行率 comes before 执行数 so that the rate column is not taken for the amount."""

INDICATOR_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("level1", ("一级指标",)),
    ("level2", ("二级指标",)),
    ("name", ("三级指标",)),
    ("target_op", ("指标性质",)),
    ("target_unit", ("度量单位", "计量单位")),
    ("target", ("年度指标值", "指标值")),
    ("actual", ("实际完成值", "完成值")),
    ("weight", ("分值", "分数", "权重")),
    ("score", ("得分",)),
    ("reason", ("偏差原因", "改进措施", "未完成原因", "原因分析", "原因说明")),
)
"""绩效指标 header labels, local names included (权重 = 分值, 未完成原因分析 = 偏差原因分析及改进措施); a target split
over 指标性质 | 指标值 | 度量单位 (county reports in Sichuan) is read as one."""

GOAL_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("goal", ("预期目标",)),
    ("result", ("实际完成情况", "完成情况")),
)

_SPACE = re.compile(r"\s+")


def label_key(text: str) -> str:
    """Given a cell's text, return it half-width (NFKC) and without any whitespace, so spaced or wrapped labels,
    and 其中：/其中: alike, compare equal."""
    return _SPACE.sub("", normalize_text(text))


def find_label(row: GridRow, label: str) -> GridCell | None:
    """Given a row, return its cell whose whole text is ``label`` (ignoring spaces and a trailing colon)."""
    return next((cell for cell in row.cells if label_key(cell.text).rstrip(":") == label), None)


def text_after(row: GridRow, label: str, *, stop: str | None = None) -> str | None:
    """Given a row like ``主管部门 | X | 实施单位 | Y``, return the text between ``label`` and ``stop`` (None if absent).

    Several cells in between (a value drawn over a split grid) are joined.
    """
    start = find_label(row, label)
    if start is None:
        return None
    end = find_label(row, stop) if stop else None
    values = [c.text for c in row.cells if c.x0 >= start.x1 - 1e-6 and (end is None or c.x1 <= end.x0 + 1e-6)]
    return "".join(values)


def header_columns(row: GridRow, columns: tuple[tuple[str, tuple[str, ...]], ...]) -> ColumnMap:
    """Given a header row and the labels to look for, return each field's x range (absent labels are left out)."""
    found: ColumnMap = {}
    for cell in row.cells:
        key = label_key(cell.text)
        field = next((name for name, parts in columns if name not in found and any(p in key for p in parts)), None)
        if field is not None:
            found[field] = (cell.x0, cell.x1)
    return found


def _overlap(cell: GridCell, span: tuple[float, float]) -> float:
    """How much of the header span ``span`` the cell covers, as a share of the span's width."""
    x0, x1 = span
    return max(0.0, min(cell.x1, x1) - max(cell.x0, x0)) / ((x1 - x0) or 1.0)


def column_values(row: GridRow, columns: ColumnMap, min_overlap: float) -> dict[str, str]:
    """Given a data row and its header's columns, return each field's text: the cell most under that header."""
    values = {}
    for field, span in columns.items():
        best = max(row.cells, key=lambda cell: _overlap(cell, span), default=None)
        values[field] = best.text if best is not None and _overlap(best, span) >= min_overlap else ""
    return values
