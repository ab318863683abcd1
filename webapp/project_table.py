"""The 项目总表: every stored project with its key figures, on screen and as a file to take away (.xlsx, .csv).

One row per project — 部门, 年度, 项目, the budget, execution and rate of its
年度资金总额, 总分, points lost, 评分等级 — with where it was read, so a table
pasted into a meeting's notes can still be checked. Figures are read by the
assistant's own ``read_metric``, the way answers read them; restored values
say so in the 说明 column.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from assistant.metrics import format_value, metric, read_metric
from ingest.records import Document, Project
from webapp import exports

HEADERS = ["部门", "年度", "序号", "项目", "全年预算数（万元）", "全年执行数（万元）", "执行率（%）", "总分", "扣分",
           "评分等级", "文件", "说明"]
_FIGURES = ("full_year", "executed", "rate", "total_score", "lost", "grade")
NUMBER_HEADERS = HEADERS[4:9]
"""The columns of amounts, rates and points: written as the answers write them on screen (3,327.01, 95.90)."""


def project_rows(documents: Iterable[Document]) -> list[list]:
    """One row per project, in stored order: plain numbers (None where the table has none)."""
    return [_row(document, project) for document in documents for project in document.projects]


def _row(document: Document, project: Project) -> list:
    values = [read_metric(project, metric(key)) for key in _FIGURES]
    restored = [metric(key).label for key, value in zip(_FIGURES, values, strict=True) if value.derived_rule]
    note = f"原文缺失、按规则补全：{'、'.join(restored)}" if restored else ""
    return [document.department or "未知", document.year or "未知", project.seq, project.name,
            *[value.value for value in values], document.file_name, note]


def on_screen(rows: list[list]):
    """The table for the page: the numbers stay numbers, so a click on a column sorts by value, while each is shown
    as staff write it (3,327.01 not 3327.01, 95.90 not 95.9; the unit is in the column's name); an empty cell says
    the table had no value there."""
    import pandas as pd

    return pd.DataFrame(rows, columns=HEADERS).style.format(
        lambda value: format_value(value, ""), subset=NUMBER_HEADERS, na_rep=format_value(None, "")
    )


def write_xlsx(rows: list[list], path: Path) -> Path:
    """The table as an Excel workbook (amounts and points with two decimals), header frozen."""
    return exports.write_xlsx(HEADERS, rows, path, "项目总表", "EFGHI", (22, 8, 6, 36, 16, 16, 12, 10, 8, 10, 28, 30))


def write_csv(rows: list[list], path: Path) -> Path:
    """The table as CSV in UTF-8 with a BOM, so Excel opens the Chinese right."""
    return exports.write_csv(HEADERS, rows, path)
