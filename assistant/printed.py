"""A cited row as a person finds it in the report: its label in plain words and its cells as printed.

A citation must let a reader check a figure against the paper in a few seconds: which row to look for
(年度资金总额, the 绩效指标 row 培训次数, 总分) and what that row says, garbled or not. The readers keep every
cell as they read it and the row itself as printed (``SourceRef.text``), which is shown; a store written before
rows were kept has the row rebuilt here from the cells as read (names as printed, targets and actuals as text,
amounts in the table's own unit) — never from the corrected or restored values an answer states.
"""

from __future__ import annotations

from collections.abc import Iterable

from ingest.records import FundLine, Indicator, Project, SourceRef
from ingest.units import as_printed

CELL_SEPARATOR = " | "
"""Between two cells of a printed row: a table's column border."""
BLANK_CELL = "（未读出）"
"""A cell the reader found blank or could not read (a value the rules restored was not printed as such)."""
_FIELD_LABELS = {
    "goal": "年度总体目标·预期目标",
    "result": "年度总体目标·实际完成情况",
    "reason": "偏差原因分析及改进措施",
    "name": "项目名称",
    "header": "项目名称",
}
"""Rows named by their field alone (the text blocks and the header)."""


def label_and_printed(project: Project, source: SourceRef | None, field: str, text: str) -> tuple[str, str]:
    """Given a project, the source of a cited value, its field and the quoted text, return the row's label in
    plain words and the row as printed; a text block (目标, 完成情况) is printed as the quoted text itself, and
    a source that is no row of the table has the field's name and no printed row."""
    if field in ("goal", "result"):
        return _FIELD_LABELS[field], text
    row = _row_at(project, source, field)
    if row is not None:
        return row
    fallback = {"funds": "项目资金", "indicator": "绩效指标", "finding": "核对发现"}
    return fallback.get(field, _FIELD_LABELS.get(field, field)), text if field == "reason" else ""


def _row_at(project: Project, source: SourceRef | None, field: str) -> tuple[str, str] | None:
    """The label and printed cells of the row a value of ``field`` was read at ``source``, if it is a row of the
    project's table: the footer's 总分 and 评分等级, the 项目名称 row, an indicator row or a 项目资金 row."""
    if field == "total" or (field == "finding" and source is not None and source == project.total_source):
        score = _number(project.total_score, "total_score", project.derived)
        return "总分", _as_stored(project.total_source, _cells(
            ["总分", _number(project.total_weight, "total_weight", project.derived), score]))
    if field == "grade" or (field == "finding" and source is not None and source == project.grade_source):
        grade = BLANK_CELL if "grade" in project.derived else project.grade or BLANK_CELL
        return "评分等级", _as_stored(project.grade_source, _cells(["评分等级", grade]))
    if field in ("name", "header"):
        return _FIELD_LABELS[field], _as_stored(project.source, _cells(["项目名称", project.raw_name or BLANK_CELL]))
    indicator = _matching(project.indicators, source)
    if indicator is not None and field in ("indicator", "reason", "finding"):
        part = "的偏差原因" if field == "reason" else ""
        return f"绩效指标“{indicator.name}”{part}", _as_stored(indicator.source, printed_indicator(indicator))
    line = _matching(project.funds, source)
    if line is not None and field in ("funds", "finding"):
        return f"项目资金·{line.kind}", _as_stored(line.source, printed_fund_line(line, project.money_unit))
    return None


def _as_stored(source: SourceRef | None, rebuilt: str) -> str:
    """The row as the reader kept it from the report (``source.text``: its non-blank cells), else ``rebuilt``
    from the cells as read (a store written before rows were kept)."""
    if source is not None and source.text:
        return _cells(cell.strip() for cell in source.text.split("\t") if cell.strip())
    return rebuilt


def _matching(rows: Iterable[FundLine | Indicator], source: SourceRef | None) -> FundLine | Indicator | None:
    """The row read at ``source``, if one of ``rows`` was; a source without a row index (a passage found by search
    keeps only its page and line) matches the first row read there."""
    if source is None:
        return None
    return next((row for row in rows if row.source == source or (
        source.row is None and (row.source.document, row.source.page, row.source.line) ==
        (source.document, source.page, source.line))), None)


def printed_fund_line(line: FundLine, money_unit: str | None) -> str:
    """A 项目资金 row as printed: its kind, 年初预算数, 全年预算数, 全年执行数 (in the table's unit), 分值,
    执行率(%), 得分; a dash where the template prints one (分值 and 得分 of the 其中 rows)."""
    amounts = [_number(as_printed(getattr(line, name), money_unit), name, line.derived)
               for name in ("initial", "full_year", "executed")]
    rest = [_number(line.weight, "weight", line.derived, "-"), _number(line.rate, "rate", line.derived),
            _number(line.score, "score", line.derived, "-")]
    return _cells([line.kind, *amounts, *rest])


def printed_indicator(indicator: Indicator) -> str:
    """A 绩效指标 row as printed: 一级/二级 when the row carries them, the name as read (garbled or not), 年度指标值,
    实际完成值 as written, 分值, 得分 and the deviation reason when there is one."""
    cells = [indicator.level1, indicator.level2, indicator.raw_name or indicator.name, indicator.target_text,
             indicator.actual_text, _number(indicator.weight, "weight", indicator.derived),
             _number(indicator.score, "score", indicator.derived), (indicator.reason or "").strip()]
    return _cells(cell for cell in cells if cell)


def _number(value: float | None, name: str = "", derived: dict[str, str] | None = None,
            missing: str = BLANK_CELL) -> str:
    """A number cell as the template prints it (two decimals, no separators); ``missing`` for a cell left blank,
    including one whose value the rules restored (``name`` in ``derived``)."""
    if value is None or (derived and name in derived):
        return missing
    return f"{value:.2f}"


def _cells(cells: Iterable[str]) -> str:
    """Cells joined as one printed row."""
    return CELL_SEPARATOR.join(cells)
