"""Reports made by other tools — Excel and Word exported by an office suite (LibreOffice), a web page printed by
Chromium — in 元, with a local template's column names (调整后预算数, 预算执行数, 权重, 未完成原因分析, 财政资金) or its money split by
source (财政资金 / 财政专户管理资金 / 单位资金, read as fund lines of their own kinds), or with
the target split over 指标性质 | 指标值 | 度量单位 (a county layout); the newer template with 成本指标 as a 一级, three
projects on a page, long tables running over pages (the header repeated or not, a row cut by the page break, merged
一级/二级 labels left on the page before, texts centred or at the top), landscape pages and both title forms — read
from the PDF and from the file itself.

The PDFs were drawn by another renderer than the project's own, from the records in
tests/fixtures/office/office_records.py (tests/fixtures/office/make_office_reports.py made them). Every amount
must come out in 万元 with the printed unit kept, every rate with its printed precision, every target and actual
with its operator and unit however it was typed, department and year from the title, and no finding or warning
caused by the reader. Texts keep their full-width punctuation as printed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pdf.reader import read_pdf_report
from ingest.records import Document
from ingest.store import Store
from ingest.units import as_printed
from ingest.validation import validate_document
from ingest.values import parse_target
from tests.fixtures.office.office_records import REPORTS, OfficeReport

HERE = Path(__file__).resolve().parent / "fixtures" / "office"
FACTOR = {"元": 1e-4, "万元": 1.0}


def read(report: OfficeReport) -> Document:
    return read_pdf_report(HERE / f"{report.file_stem}.pdf")


@pytest.fixture(scope="module", params=REPORTS, ids=[r.file_stem for r in REPORTS])
def pair(request) -> tuple[OfficeReport, Document]:
    return request.param, read(request.param)


def test_department_and_year_come_from_the_title(pair: tuple[OfficeReport, Document]) -> None:
    report, document = pair
    assert (document.department, document.year) == (report.department, report.year)
    assert [p.name for p in document.projects] == [p.name for p in report.projects]


def test_amounts_are_in_wanyuan_with_the_printed_unit_kept(pair: tuple[OfficeReport, Document]) -> None:
    report, document = pair
    unit = report.label_unit or report.stated_unit
    for made, read_back in zip(report.projects, document.projects, strict=True):
        assert read_back.money_unit == unit
        assert [line.kind for line in read_back.funds] == [fund[0] for fund in made.funds]
        for fund, line in zip(made.funds, read_back.funds, strict=True):
            _, initial, full_year, executed, weight, rate, score = fund
            assert (line.initial, line.full_year, line.executed) == pytest.approx(
                (initial * FACTOR[unit], full_year * FACTOR[unit], executed * FACTOR[unit]), abs=1e-9)
            assert as_printed(line.full_year, read_back.money_unit) == full_year
            assert (line.weight, line.rate, line.score) == (weight, rate, score)  # 95.3 stays 95.3: as printed
            assert not line.derived  # nothing restored: every value was printed


def test_indicators_read_as_typed(pair: tuple[OfficeReport, Document]) -> None:
    report, document = pair
    for made, read_back in zip(report.projects, document.projects, strict=True):
        assert [ind.name for ind in read_back.indicators] == [row[2] for row in made.indicators]
        for row, ind in zip(made.indicators, read_back.indicators, strict=True):
            target, actual = parse_target(row[3]), parse_target(row[4])
            assert (ind.target_op, ind.target_value, ind.target_unit) == (target.op, target.value, target.unit)
            assert target.value is not None  # every target of these sheets is a number, glued or bracketed
            assert (ind.actual_value, ind.actual_unit) == (actual.value, actual.unit)
            assert (ind.weight, ind.score) == (row[5], row[6])
            assert (ind.level1, ind.level2, ind.reason or "") == (row[0], row[1], row[7])  # punctuation as printed
        assert read_back.total_score == made.total_score and read_back.grade == made.grade


def test_texts_read_as_printed(pair: tuple[OfficeReport, Document]) -> None:
    """Goals, results and names come back whole (however many lines and pages they wrap over), full-width
    punctuation as printed: ，；：“”（） are not folded to ASCII."""
    report, document = pair
    for made, read_back in zip(report.projects, document.projects, strict=True):
        assert (read_back.goal_text, read_back.result_text) == (made.goal, made.result)
        assert (read_back.department, read_back.implementer) == (report.department, made.implementer)


def test_only_the_documents_own_inconsistency_is_found(pair: tuple[OfficeReport, Document]) -> None:
    """The sheets add up except one grade (景观照明设施维护: 98.18 printed as 良): that is the one finding, and no
    warning — a reader that lost a row or a unit would add findings the document does not deserve."""
    report, document = pair
    validate_document(document)
    assert document.warnings == []
    found = [(p.name, f.kind) for p in document.projects for f in p.findings]
    inconsistent = [(p.name, "grade_mismatch") for p in report.projects if p.name == "景观照明设施维护"]
    assert found == inconsistent


def test_the_store_keeps_the_printed_unit(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    store.ingest(HERE / "excel_yuan_label.pdf")
    stored = store.documents()[0].projects[0]
    assert stored.money_unit == "元" and stored.funds[0].full_year == pytest.approx(452.345678)


def test_a_report_printing_no_unit_is_read_in_wanyuan_with_a_warning(tmp_path: Path) -> None:
    from ingest.units import settle_money_units

    projects = read(REPORTS[0]).projects
    for project in projects:
        project.money_unit = None  # as if nothing were printed
    warnings = settle_money_units(projects, "上海市示例局2024年度项目支出绩效自评表")
    assert warnings and "第1个、第2个项目" in warnings[0] and "万元" in warnings[0]
    assert all(p.money_unit == "万元" for p in projects)


def test_answers_tell_the_printed_amount_and_the_unit_asked(tmp_path: Path) -> None:
    from assistant.engine import Assistant

    store = Store(tmp_path / "answers")
    store.ingest(HERE / "excel_yuan_label.pdf")
    assistant = Assistant(store)
    in_wanyuan = assistant.ask("街心花园预算多少")
    assert [round(f.value, 2) for f in in_wanyuan.figures] == [452.35]
    assert "表中印为 4,523,456.78 元" in in_wanyuan.citations[0].text
    in_yuan = assistant.ask("街心花园预算多少元")
    assert [(f.value, f.unit) for f in in_yuan.figures] == [(4523456.78, "元")]
    assert "4,523,456.78 元（452.35 万元）" in in_yuan.answer
    total = assistant.ask("预算合计是多少元")
    assert [(f.value, f.unit) for f in total.figures] == [(5803500.0, "元")]  # 4,523,456.78 + 1,280,000.00


def _plain(value):  # noqa: ANN001, ANN202 - any record
    """A record as plain data without its source locations or file name, to compare two readers' results."""
    import dataclasses

    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.name not in ("source", "total_source", "grade_source", "file_name", "sha256", "kind", "pages")}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


@pytest.mark.parametrize("report", REPORTS, ids=[r.file_stem for r in REPORTS])
def test_the_office_file_reads_as_its_pdf_export(report: OfficeReport) -> None:
    """The .xlsx or .docx itself, read without a PDF, gives exactly the records its PDF export gives."""
    from ingest.reading import read_report

    original = read_report(HERE / f"{report.file_stem}.{report.writer}")
    assert original.kind == report.writer
    assert _plain(original) == _plain(read_report(HERE / f"{report.file_stem}.pdf"))


def _pages(stem: str) -> list[list[list[str]]]:
    """Each page of a fixture PDF as its table rows' cell texts (spacers dropped), as the reader's grid sees them."""
    import pdfplumber

    from ingest.pdf.grid import page_rows
    from ingest.pdf.settings import DEFAULT_SETTINGS

    with pdfplumber.open(HERE / f"{stem}.pdf") as pdf:
        return [[[cell.text for cell in row.cells] for row in page_rows(page, number, DEFAULT_SETTINGS)
                 if not row.is_blank] for number, page in enumerate(pdf.pages, start=1)]


@pytest.mark.parametrize("stem", ["word_long_table", "web_landscape_long"])
def test_the_long_tables_run_over_pages_as_meant(stem: str) -> None:
    """What the long variants are for, so that a regenerated fixture cannot lose it: the indicator header printed
    again on a later page, a row cut by the page break (its rest opens the next page under that header, with no
    分值 or 得分), and a 一级 label left on the page before (the cell goes on blank)."""
    pages = _pages(stem)
    later = [rows for rows in pages[1:] if rows and "三级指标" in rows[0]]
    assert later, "no page repeats the indicator header"
    cut = [rows[1] for rows in later if len(rows) > 1 and not any(any(ch.isdigit() for ch in t) for t in rows[1][:7])]
    assert cut and cut[0][-1], "no row is cut by a page break"
    assert any(rows[1][0] == "" for rows in later if len(rows) > 1), "no 一级 label is left on the page before"


def test_the_compact_sheet_prints_three_projects_on_one_page_and_the_web_page_is_landscape() -> None:
    import pdfplumber

    assert [sum(row[0] == "项目名称" for row in rows) for rows in _pages("excel_cost_compact")] == [3]
    with pdfplumber.open(HERE / "web_landscape_long.pdf") as pdf:
        assert all(page.width > page.height for page in pdf.pages)


def test_the_title_names_the_department_in_either_form(pair: tuple[OfficeReport, Document]) -> None:
    """Read from the title too, so a report whose tables print no 主管部门 still has its department."""
    from ingest.grid_report import finish_document
    from ingest.pdf.reader import read_pages
    from ingest.pdf.settings import DEFAULT_SETTINGS
    from ingest.report_meta import title_department

    report, document = pair
    assert title_department(report.title) == report.department
    for project in document.projects:
        project.department = None  # as if no table printed it
    path = HERE / f"{report.file_stem}.pdf"
    text = read_pages(path.name, path.read_bytes(), DEFAULT_SETTINGS)[0].text
    again = finish_document(document.file_name, document.sha256, "pdf", document.pages, document.projects, [], text)
    assert (again.department, again.year) == (report.department, report.year)


def test_the_centred_word_table_breaks_where_it_is_meant_to() -> None:
    """Landscape, centred texts: page 1 ends on the indicator header (its rows all on the next page, with no
    header there), and a row cut by the next break opens page 3 with no 分值 or 得分."""
    pages = _pages("word_centered_labels")
    assert "三级指标" in pages[0][-1] and "三级指标" not in pages[1][0]
    assert not any(any(ch.isdigit() for ch in text) for text in pages[2][0][:7]) and pages[2][0][-1]


def test_each_row_read_keeps_its_cells_as_printed_in_the_pdf_and_in_the_sheet() -> None:
    """What a citation shows as the row (``SourceRef.text``): the cells covering the row, the merged 项目资金 label
    beside it included, amounts with their separators — the same from the PDF export and from the sheet itself."""
    from ingest.reading import read_report

    for suffix in ("pdf", "xlsx"):
        project = read_report(HERE / f"excel_yuan_label.{suffix}").projects[0]
        assert project.funds[0].source.text == (
            "项目资金（元）\t年度资金总额\t4,523,456.78\t4,523,456.78\t4,311,290.15\t10.00\t95.31\t9.53")
        assert project.indicators[0].source.text.split("\t")[:5] == [
            "产出指标", "数量指标", "改造街心花园数量", "＝12.00(处)", "12.00(处)"]
        assert (project.source.text, project.grade_source.text) == ("项目名称\t街心花园提升改造", "评分等级\t优")
        assert all(row.source.text for row in [*project.funds, *project.indicators])
