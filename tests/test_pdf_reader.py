"""The PDF reader on real PDFs: records → PDF (reportlab) → read_pdf_report (pdfplumber) → the same records.

Also the reader's steps on a few hand-made rows, for what real government PDFs
do and our renderer does not: spaced labels, other column widths, blank spacer
rows, a 项目名称 row repeated on the next page, merged level cells left blank
after a page break.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from ingest.pdf_grid import GridCell, GridRow
from ingest.pdf_project import block_to_project
from ingest.pdf_reader import PageContent, read_pdf_report, unruled_pages
from ingest.pdf_render import render_report
from ingest.pdf_settings import DEFAULT_SETTINGS, PdfSettings
from ingest.pdf_stitch import rows_to_blocks
from ingest.records import Document, Project
from tests.fixtures.pdf_builders import document, funds, indicator, project
from tests.fixtures.pdf_office_layout import write_office_layout
from tests.fixtures.pdf_sample_records import sample_document
from tests.fixtures.second_report_records import second_document

_NOT_COMPARED = {"source", "derived", "findings"}
"""Where a value was read differs by reader; what was read must not."""


def comparable(value: Any) -> Any:
    """A record as plain data without its source locations, so two readers' records compare with ==."""
    if dataclasses.is_dataclass(value):
        return {f.name: comparable(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.name not in _NOT_COMPARED}
    if isinstance(value, list):
        return [comparable(item) for item in value]
    return value


def render_and_read(doc: Document, folder: Path, **render_options: Any) -> Document:
    """Draw ``doc`` to a PDF in ``folder`` and read it back."""
    path = folder / doc.file_name
    render_report(doc, path, **render_options)
    return read_pdf_report(path)


@pytest.fixture(scope="module", params=[sample_document, second_document], ids=["sample", "second"])
def round_trip(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Document]:
    """(the records drawn, the records read back) for each fixture report."""
    original = request.param()
    return original, render_and_read(original, tmp_path_factory.mktemp("pdf"))


def test_every_project_field_comes_back(round_trip: tuple[Document, Document]) -> None:
    original, read = round_trip
    assert [p.name for p in read.projects] == [p.name for p in original.projects]
    for expected, actual in zip(original.projects, read.projects):
        assert comparable(actual) == comparable(expected), expected.name


def test_every_indicator_row_comes_back(round_trip: tuple[Document, Document]) -> None:
    """Row by row, for a readable failure: name, target and actual with op/value/unit, 分值, 得分, reason."""
    original, read = round_trip
    for expected, actual in zip(original.projects, read.projects):
        assert len(actual.indicators) == len(expected.indicators)
        for want, got in zip(expected.indicators, actual.indicators):
            assert comparable(got) == comparable(want), (expected.seq, want.name)


def test_document_facts_come_from_the_file(round_trip: tuple[Document, Document], tmp_path: Path) -> None:
    original, _ = round_trip
    path = tmp_path / original.file_name
    render_report(original, path)
    read = read_pdf_report(path)
    with pdfplumber.open(path) as pdf:
        page_count = len(pdf.pages)
    assert (read.kind, read.file_name, read.pages) == ("pdf", original.file_name, page_count)
    assert read.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (read.department, read.year) == (original.department, original.year)
    assert read.warnings == []


def test_sources_name_the_file_page_and_row(round_trip: tuple[Document, Document]) -> None:
    _, read = round_trip
    for proj in read.projects:
        rows = [proj.source] + [line.source for line in proj.funds] + [ind.source for ind in proj.indicators]
        assert {ref.document for ref in rows} == {read.file_name}
        assert all(1 <= ref.page <= read.pages for ref in rows)
        assert [ref.row for ref in rows] == sorted(ref.row for ref in rows)
        assert len({ref.row for ref in rows}) == len(rows)


def test_a_table_breaks_mid_indicator_list_with_the_header_repeated(tmp_path: Path) -> None:
    original = second_document()
    read = render_and_read(original, tmp_path)
    monitoring = read.projects[1]
    pages = [ind.source.page for ind in monitoring.indicators]
    assert pages[0] < pages[-1], "the 29-row list should continue on the next page"
    assert len(monitoring.indicators) == 29
    with pdfplumber.open(tmp_path / original.file_name) as pdf:
        continued = pdf.pages[pages[-1] - 1].find_tables()[0].extract()
    assert "三级指标" in continued[0], "the continuation starts with the repeated indicator header"
    assert comparable(monitoring) == comparable(original.projects[1])


def test_a_group_longer_than_a_page_breaks_inside_its_merged_cells(tmp_path: Path) -> None:
    """45 rows of one 一级/二级 group: the break cuts the group, and the next page labels it again."""
    rows = [indicator("产出指标", "数量指标", f"第{n}号闸站巡查", "=12.00(次)", "12.00(次)", 2.0) for n in range(1, 46)]
    long_group = project(1, "闸站巡查", "某市水务局", "某市河道管理处", "巡查闸站。", "已巡查。",
                         funds((90.0, 90.0, 90.0)), rows)
    read = render_and_read(document("long_group.pdf", "某市水务局", 2023, [long_group]), tmp_path).projects[0]
    assert len({row.source.page for row in read.indicators}) > 1
    assert comparable(read) == comparable(long_group)


def test_long_texts_wrap_and_come_back_whole(round_trip: tuple[Document, Document]) -> None:
    original, read = round_trip
    longest = max(original.projects, key=lambda p: len(p.goal_text))
    assert len(longest.goal_text) > 150
    back = read.projects[original.projects.index(longest)]
    assert (back.goal_text, back.result_text) == (longest.goal_text, longest.result_text)


def test_amounts_with_thousands_separators(round_trip: tuple[Document, Document]) -> None:
    original, read = round_trip
    expected = [(line.initial, line.full_year, line.executed) for p in original.projects for line in p.funds]
    assert [(line.initial, line.full_year, line.executed) for p in read.projects for line in p.funds] == expected
    assert any(amount > 1000 for amounts in expected for amount in amounts)


def test_missing_name_gets_the_placeholder(tmp_path: Path) -> None:
    read = render_and_read(sample_document(), tmp_path)
    nameless = read.projects[4]
    assert (nameless.name, nameless.raw_name, nameless.name_missing) == ("第5个项目（名称缺失）", "", True)


def test_year_is_read_from_the_page_title(tmp_path: Path) -> None:
    read = render_and_read(second_document(), tmp_path, title_year=2022)
    assert read.year == 2022


def test_other_column_widths_read_the_same(tmp_path: Path) -> None:
    original = second_document()
    read = render_and_read(original, tmp_path, column_widths_mm=(12, 20, 30, 25, 25, 14, 14, 20, 20))
    assert comparable(read.projects) == comparable(original.projects)


def test_full_width_punctuation_is_normalised(tmp_path: Path) -> None:
    odd = project(1, "节约用水宣传（第二期）", "某市水务局", "某市节约用水办公室", "开展宣传，提升意识。",
                  "已完成：６场。", funds((35.0, 30.0, 18.5)), [
                      indicator("产出指标", "数量指标", "宣传场次", "＞４.００（场）", "６.００（场）", 90.0)])
    read = render_and_read(document("odd.pdf", "某市水务局", 2023, [odd]), tmp_path).projects[0]
    assert (read.name, read.goal_text, read.result_text) == ("节约用水宣传(第二期)", "开展宣传,提升意识。", "已完成:6场。")
    row = read.indicators[0]
    assert (row.target_text, row.target_op, row.target_value, row.target_unit) == (">4.00(场)", ">", 4.0, "场")
    assert (row.actual_text, row.actual_value, row.actual_unit) == ("6.00(场)", 6.0, "场")


# The reader's steps on hand-made rows: x positions are relative to the table's width.

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
    assert blocks.orphan_rows == 0


def _project_of(rows: list[GridRow]) -> Project:
    return block_to_project(rows_to_blocks(rows).projects[0], 1, "office.pdf", DEFAULT_SETTINGS)


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


def test_values_a_reader_restored_are_left_blank_and_restored_again(tmp_path: Path) -> None:
    """Derived values are drawn blank, as the original printed them; the PDF reader restores them by the same rules."""
    original = second_document()
    water = original.projects[3]
    water.derived["grade"] = "评分等级按总分"
    water.indicators[1].derived["score"] = "得分 = 总分 − 资金得分 − 其余指标得分之和"
    read = render_and_read(original, tmp_path).projects[3]
    assert (read.grade, read.indicators[1].score) == (water.grade, water.indicators[1].score)
    assert "grade" in read.derived and "score" in read.indicators[1].derived


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


def test_another_offices_layout_reads_the_same(tmp_path: Path) -> None:
    """Ten columns of other widths, spaced labels, a spacer row, no 预期目标 header, fake-bold title, and a
    continuation page on a narrower grid with no repeated header and blank merged level cells."""
    read = read_pdf_report(write_office_layout(tmp_path / "office.pdf"))
    assert (read.department, read.year, read.pages, read.warnings) == ("某县水利局", 2022, 2, [])
    (proj,) = read.projects
    assert (proj.name, proj.implementer) == ("河道综合整治", "某县河道管理所")
    assert (proj.goal_text, proj.result_text) == ("完成15公里河道整治和8万立方米清淤。", "整治河道15.2公里,清淤7.6万立方米。")
    assert [(f.kind, f.initial, f.full_year, f.executed, f.weight, f.rate, f.score) for f in proj.funds] == [
        ("年度资金总额", 2345.6, 2345.6, 2300.0, 10.0, 98.05, 9.81),
        ("当年财政拨款", 2045.6, 2045.6, 2000.0, None, 97.77, None),
        ("上年结转资金", 300.0, 300.0, 300.0, None, 100.0, None),
        ("其他资金", 0.0, 0.0, 0.0, None, 0.0, None),
    ]
    assert [(r.level1, r.level2, r.name, r.target_text, r.actual_text, r.weight, r.score, r.reason, r.source.page)
            for r in proj.indicators] == [
        ("产出指标", "数量指标", "整治河道长度", "≥15.00(公里)", "15.20(公里)", 20.0, 20.0, None, 1),
        ("产出指标", "数量指标", "清淤土方量", "≥8.00(万立方米)", "7.60(万立方米)", 15.0, 13.5, "受汛期影响部分河段未完成清淤", 1),
        ("产出指标", "质量指标", "工程验收合格率", "=100.00(%)", "100.00(%)", 10.0, 10.0, None, 1),
        ("产出指标", "质量指标", "水质达标率", "≥85.00(%)", "86.00(%)", 10.0, 10.0, None, 2),
        ("效益指标", "社会效益指标", "沿河群众受益人数", "≥2.00(万人)", "2.30(万人)", 15.0, 15.0, None, 2),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90.00(%)", "80.00(%)", 20.0, 10.0, "部分群众对施工扰民有意见", 2),
    ]
    assert (proj.total_weight, proj.total_score, proj.grade, proj.derived) == (100.0, 88.31, "良", {})


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
