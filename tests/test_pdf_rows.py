"""The PDF reader's steps on hand-made rows, for what real government PDFs do and our renderer does not.

Spaced labels, other column widths, blank spacer rows, a 项目名称 row repeated
on the next page, merged level cells left blank after a page break, rows cut
in two by a page break. x positions are relative to the table's width.
"""

from __future__ import annotations

import pytest

from ingest.pdf.grid import GridCell, GridRow
from ingest.pdf.project import read_block
from ingest.pdf.reader import PageContent, textless_pages, unruled_pages
from ingest.pdf.settings import DEFAULT_SETTINGS, PdfSettings
from ingest.pdf.stitch import rows_to_blocks
from ingest.records import Project


def _row(page: int, *cells: tuple[str, float, float]) -> GridRow:
    """A row of (text, x0, x1) cells; the row spans are not used past the grid step."""
    return GridRow(page, tuple(GridCell(text, 0, 1, x0, x1) for text, x0, x1 in cells))


_FIVE = ((0.0, 0.1), (0.1, 0.2), (0.2, 0.45), (0.45, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.0))


def _wide(page: int, *texts: str) -> GridRow:
    """An 8-column indicator-width row on another office's grid."""
    return _row(page, *((text, x0, x1) for text, (x0, x1) in zip(texts, _FIVE)))


def _office_table() -> list[GridRow]:
    """A table as another office draws it: spaced labels, a spacer row, a page break that repeats the
    项目名称 row, leaves the merged 一级/二级 cells blank and draws no indicator header."""
    return [
        _row(1, ("项 目 名 称", 0.0, 0.2), ("河道保洁", 0.2, 1.0)),
        _row(1, ("主管部门", 0.0, 0.2), ("某县水利局", 0.2, 0.6), ("实施单位", 0.6, 0.7), ("某县河道所", 0.7, 1.0)),
        _row(1, ("项目资金\n(万元)", 0.0, 0.2), ("", 0.2, 0.45), ("年初预算数", 0.45, 0.6), ("全年预算数", 0.6, 0.7),
             ("全年执行数", 0.7, 0.8), ("分值", 0.8, 0.85), ("执行率(%)", 0.85, 0.93), ("得分", 0.93, 1.0)),
        _row(1, ("项目资金\n(万元)", 0.0, 0.2), ("年度资金总额:", 0.2, 0.45), ("1,234.56", 0.45, 0.6),
             ("1,234.56", 0.6, 0.7), ("1,200.00", 0.7, 0.8), ("10.00", 0.8, 0.85), ("97.20", 0.85, 0.93),
             ("9.72", 0.93, 1.0)),
        _row(1, ("", 0.0, 1.0)),
        _row(1, ("年度总体目标", 0.0, 0.2), ("完成河道保洁", 0.2, 0.6), ("已完成", 0.6, 1.0)),
        _wide(1, "一级\n指标", "二级\n指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
        _wide(1, "产出指标", "数量指标", "保洁河道长度", "≥120.00(公里)", "118.00(公里)", "40.00", "38.00", "部分河段施工"),
        _row(2, ("项目名称", 0.0, 0.2), ("河道保洁", 0.2, 1.0)),
        _wide(2, "", "", "保洁频次", "=365.00(天)", "365.00(天)", "40.00", "40.00", ""),
        _wide(2, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90.00(%)", "95.00(%)", "10.00", "10.00", ""),
        _row(2, ("总分", 0.0, 0.7), ("100.00", 0.7, 0.8), ("97.72", 0.8, 0.9), ("", 0.9, 1.0)),
        _row(2, ("评分等级", 0.0, 0.2), ("优", 0.2, 1.0)),
    ]


def test_blocks_drop_spacers_and_a_repeated_name_row() -> None:
    blocks = rows_to_blocks(_office_table())
    assert len(blocks.projects) == 1
    assert len(blocks.projects[0]) == len(_office_table()) - 2
    assert blocks.orphans == []


def _project_of(rows: list[GridRow]) -> Project:
    return read_block(rows_to_blocks(rows).projects[0], 1, "office.pdf", DEFAULT_SETTINGS).project


def _office_project() -> Project:
    return _project_of(_office_table())


def test_labels_not_positions_decide_the_fields() -> None:
    proj = _office_project()
    assert (proj.name, proj.department, proj.implementer) == ("河道保洁", "某县水利局", "某县河道所")
    assert (proj.goal_text, proj.result_text) == ("完成河道保洁", "已完成")
    total = proj.fund("年度资金总额")
    assert total is not None
    assert (total.initial, total.full_year, total.executed, total.weight, total.rate, total.score) == (
        1234.56, 1234.56, 1200.0, 10.0, 97.2, 9.72)
    assert (proj.total_weight, proj.total_score, proj.grade) == (100.0, 97.72, "优")


def test_blank_level_cells_after_a_page_break_continue_the_row_above() -> None:
    rows = _office_project().indicators
    assert [(r.level1, r.level2, r.name, r.source.page) for r in rows] == [
        ("产出指标", "数量指标", "保洁河道长度", 1),
        ("产出指标", "数量指标", "保洁频次", 2),
        ("满意度指标", "服务对象满意度指标", "群众满意度", 2),
    ]
    assert (rows[0].weight, rows[0].score, rows[0].reason, rows[0].lost) == (40.0, 38.0, "部分河段施工", 2.0)


def test_unknown_settings_are_refused() -> None:
    with pytest.raises(TypeError):
        PdfSettings(snap_tolerence=3)  # type: ignore[call-arg]


def test_a_page_naming_a_project_without_a_ruled_table_is_reported() -> None:
    ruled = PageContent(number=1, text="项目名称 河道保洁", chars=[], rows=_office_table()[:2])
    unruled = PageContent(number=2, text="项 目 名 称 河道清淤", chars=[], rows=[])
    other = PageContent(number=3, text="说明", chars=[], rows=[])
    assert unruled_pages([ruled, unruled, other]) == [2]


def test_repeated_upper_rows_and_spacers_under_merged_cells_are_not_indicators() -> None:
    """Some offices repeat the table's top rows on each page; a spacer row may sit under a merged 一级 cell."""
    table = _office_table()
    repeated = [table[1], table[2], _wide(2, "产出指标", "数量指标", "", "", "", "", "", "")]
    proj = _project_of(table[:9] + repeated + table[9:])
    assert [row.name for row in proj.indicators] == ["保洁河道长度", "保洁频次", "群众满意度"]
    assert [line.kind for line in proj.funds] == ["年度资金总额"]


def test_two_projects_of_one_name_on_one_page_stay_two() -> None:
    """Only a 项目名称 row at the top of a new page repeats the unfinished project's header."""
    first, second = _office_table()[:3], _office_table()[:3]
    assert len(rows_to_blocks(first + second).projects) == 2


def test_a_goal_row_cut_by_a_page_break_is_joined() -> None:
    """The 预期目标/实际完成情况 row goes on at the top of the next page, where the tables are cut in two."""
    rows = [
        _row(1, ("项目名称", 0.0, 0.2), ("河道保洁", 0.2, 1.0)),
        _row(1, ("年度总体目标", 0.0, 0.2), ("预期目标", 0.2, 0.6), ("实际完成情况", 0.6, 1.0)),
        _row(1, ("年度总体目标", 0.0, 0.2), ("完成河道", 0.2, 0.6), ("已完成", 0.6, 1.0)),
        _row(2, ("", 0.0, 0.2), ("保洁任务。", 0.2, 0.6), ("全年保洁。", 0.6, 1.0)),
        _wide(2, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"),
    ]
    proj = _project_of(rows)
    assert (proj.goal_text, proj.result_text) == ("完成河道保洁任务。", "已完成全年保洁。")


def test_an_indicator_row_cut_by_a_page_break_is_one_row() -> None:
    """A long reason cut by the page break: its rest opens the next page in a row with no figures."""
    table = _office_table()
    rest = _wide(2, "", "", "", "", "", "", "", "已督促整改")
    proj = _project_of(table[:8] + [rest] + table[9:])
    assert [(r.name, r.score, r.reason) for r in proj.indicators] == [
        ("保洁河道长度", 38.0, "部分河段施工已督促整改"), ("保洁频次", 40.0, None), ("群众满意度", 10.0, None)]


def test_a_scanned_page_inside_a_text_pdf_is_reported() -> None:
    text = PageContent(number=1, text="项目名称", chars=list("项目名称"), rows=[])
    scanned = PageContent(number=2, text="", chars=[], rows=[])
    assert textless_pages([text, scanned]) == [2]
