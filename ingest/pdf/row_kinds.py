"""What kind of template row a row is, told by its labels: the predicates the project reader steps by.

A row is a fund header because a cell says 年初预算数, an indicator header
because one says 三级指标, and so on; never because of where it sits.
"""

from __future__ import annotations

from collections.abc import Callable

from ingest.pdf.grid import GridRow
from ingest.pdf.labels import find_label, label_key
from ingest.pdf.stitch import END_LABEL
from ingest.records import FUND_LABELS, SourceRef

FUND_LABEL_KINDS: dict[str, str] = {label: kind for kind, labels in FUND_LABELS.items() for label in labels}
"""A fund row's label (``其中：`` and colons removed) to its kind."""

Block = list[GridRow]


def find_row(block: Block, test: Callable[[GridRow], object], start: int = 0) -> int | None:
    """Given a block, return the index of the first row from ``start`` on that passes ``test``."""
    return next((i for i in range(start, len(block)) if test(block[i])), None)


def source_of(document: str, block: Block, index: int) -> SourceRef:
    """Where row ``index`` of the block was read, with the row as printed: the texts of the cells covering it,
    merged ones included (a 一级 label beside the row is part of what a reader sees there)."""
    row = block[index]
    return SourceRef(document=document, page=row.page, row=index, text="\t".join(cell.text for cell in row.cells))


def is_fund_header(row: GridRow) -> bool:
    """True for the 项目资金 header row (年初预算数 … 得分)."""
    return any("年初预算" in label_key(cell.text) for cell in row.cells)


def is_goal_header(row: GridRow) -> bool:
    """True for the 预期目标 / 实际完成情况 header row."""
    return find_label(row, "预期目标") is not None


def is_indicator_header(row: GridRow) -> bool:
    """True for the 一级指标 … 偏差原因 header row."""
    return find_label(row, "三级指标") is not None


def is_total(row: GridRow) -> bool:
    """True for the 总分 row."""
    return find_label(row, "总分") is not None


def is_grade(row: GridRow) -> bool:
    """True for the 评分等级 row, the table's last."""
    return find_label(row, END_LABEL) is not None


def footer_source(document: str, block: Block, test: Callable[[GridRow], object]) -> SourceRef | None:
    """Where the footer row passing ``test`` (总分, 评分等级) was read, or None when the block lacks it.

    The footer may sit pages after the 项目名称 row, so its figures are cited here.
    """
    index = find_row(block, test)
    return source_of(document, block, index) if index is not None else None


def fund_kind(row: GridRow) -> str | None:
    """Given a row, return the fund kind its label names (``其中：当年财政拨款`` → 当年财政拨款), or None."""
    for cell in row.cells:
        kind = FUND_LABEL_KINDS.get(label_key(cell.text).removeprefix("其中").strip(":"))
        if kind:
            return kind
    return None


def is_goal_row(row: GridRow) -> bool:
    """True for a row beside the 年度总体目标 label (its header row and its text rows)."""
    return find_label(row, "年度总体目标") is not None


def ends_funds(row: GridRow) -> bool:
    """True for the first row past the 项目资金 block: the goals or the indicators begin."""
    return is_goal_header(row) or is_goal_row(row) or is_indicator_header(row)


def is_top_row(row: GridRow) -> bool:
    """True for a 主管部门 or 项目资金 row, which some offices repeat at the top of a continuation page."""
    return bool(find_label(row, "主管部门") or is_fund_header(row) or fund_kind(row))


def is_upper_row(row: GridRow) -> bool:
    """True for a row of the table's upper part, repeated at the top of a continuation page by some offices."""
    return is_top_row(row) or is_goal_header(row) or is_goal_row(row)
