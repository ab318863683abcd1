"""The PDF reader on real PDFs: records → PDF (reportlab) → read_pdf_report (pdfplumber) → the same records.

Also a PDF drawn as another office draws it (tests/fixtures/pdf_office_layout.py).
The reader's steps on hand-made rows are in test_pdf_rows.py.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from ingest.pdf.reader import read_pdf_report
from ingest.pdf.render import render_report
from ingest.reading import read_report
from ingest.records import Document
from tests.fixtures.pdf_builders import document, funds, indicator, project
from tests.fixtures.pdf_office_layout import write_office_layout
from tests.fixtures.pdf_sample_records import sample_document
from tests.fixtures.second_report_records import second_document

_NOT_COMPARED = {"source", "total_source", "grade_source", "derived", "findings"}
"""Where a value was read differs by reader; what was read must not."""


def comparable(value: Any) -> Any:
    """A record as plain data without its source locations, so two readers' records compare with ==."""
    if dataclasses.is_dataclass(value):
        data = {f.name: comparable(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.name not in _NOT_COMPARED}
        if "money_unit" in data:  # the renderer prints 项目资金（万元）: a record made in code has no unit of its own
            data["money_unit"] = data["money_unit"] or "万元"
        return data
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
        rows = ([proj.source] + [line.source for line in proj.funds] + [ind.source for ind in proj.indicators]
                + [proj.total_source, proj.grade_source])
        assert {ref.document for ref in rows} == {read.file_name}
        assert all(1 <= ref.page <= read.pages for ref in rows)
        assert [ref.row for ref in rows] == sorted(ref.row for ref in rows)
        assert len({ref.row for ref in rows}) == len(rows)


def _footer_pages(path: Path, label: str) -> list[int]:
    """The page of every row whose first cell is ``label`` (总分, 评分等级), in document order, read by pdfplumber."""
    with pdfplumber.open(path) as pdf:
        return [number for number, page in enumerate(pdf.pages, start=1) for table in page.extract_tables()
                for row in table if row and row[0] == label]


@pytest.mark.parametrize("make", [sample_document, second_document], ids=["sample", "second"])
def test_footer_rows_are_cited_on_the_page_that_prints_them(make: Any, tmp_path: Path) -> None:
    """总分 and 评分等级 cite their own page, which for a table broken across pages is not the 项目名称's page."""
    original = make()
    read = render_and_read(original, tmp_path)
    path = tmp_path / original.file_name
    assert [p.total_source.page for p in read.projects] == _footer_pages(path, "总分")
    assert [p.grade_source.page for p in read.projects] == _footer_pages(path, "评分等级")
    assert all(p.total_source.row < p.grade_source.row for p in read.projects)


def test_a_broken_tables_footer_is_on_a_later_page_than_its_header(tmp_path: Path) -> None:
    monitoring = render_and_read(second_document(), tmp_path).projects[1]
    assert (monitoring.source.page, monitoring.total_source.page, monitoring.grade_source.page) == (2, 3, 3)
    assert monitoring.source_for("total_score") == monitoring.total_source
    assert monitoring.source_for("grade") == monitoring.grade_source


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


def test_full_width_punctuation_is_kept_as_printed_and_numbers_still_parse(tmp_path: Path) -> None:
    """Texts come back as the document prints them (（），：and full-width digits); the values parse all the same."""
    odd = project(1, "节约用水宣传（第二期）", "某市水务局", "某市节约用水办公室", "开展宣传，提升意识。",
                  "已完成：６场。", funds((35.0, 30.0, 18.5)), [
                      indicator("产出指标", "数量指标", "宣传场次", "＞４.００（场）", "６.００（场）", 90.0)])
    read = render_and_read(document("odd.pdf", "某市水务局", 2023, [odd]), tmp_path).projects[0]
    assert (read.name, read.goal_text, read.result_text) == ("节约用水宣传（第二期）", "开展宣传，提升意识。", "已完成：６场。")
    row = read.indicators[0]
    assert (row.target_text, row.target_op, row.target_value, row.target_unit) == ("＞４.００（场）", ">", 4.0, "场")
    assert (row.actual_text, row.actual_value, row.actual_unit) == ("６.００（场）", 6.0, "场")


def test_values_a_reader_restored_are_left_blank_and_restored_again(tmp_path: Path) -> None:
    """Derived values are drawn blank, as the original printed them; the PDF reader restores them by the same rules."""
    original = second_document()
    water = original.projects[3]
    water.derived["grade"] = "评分等级按总分"
    water.indicators[1].derived["score"] = "得分 = 总分 − 资金得分 − 其余指标得分之和"
    read = render_and_read(original, tmp_path).projects[3]
    assert (read.grade, read.indicators[1].score) == (water.grade, water.indicators[1].score)
    assert "grade" in read.derived and "score" in read.indicators[1].derived


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


def test_the_ingest_pipeline_takes_the_pdf(tmp_path: Path) -> None:
    """ingest.reading picks the PDF reader by the file's bytes; validation finds only the seeded mistake."""
    path = tmp_path / "second_report.pdf"
    render_report(second_document(), path)
    doc = read_report(path)
    assert (doc.kind, len(doc.projects)) == ("pdf", 4)
    assert [(p.seq, f.kind) for p in doc.projects for f in p.findings] == [(1, "operator_contradiction")]
