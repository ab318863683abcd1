"""The PDF reader's small steps on real pdfplumber pages: doubled (fake-bold) characters, cell text."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from ingest.pdf.chars import has_doubled_chars, without_doubled_chars
from ingest.pdf.grid import PageChars, cell_text
from ingest.pdf.render import FONT, render_report
from tests.fixtures.second_report_records import second_document


def _write_label(path: Path, *, fake_bold: bool) -> Path:
    """One line ``项目名称``, drawn a second time 0.3 pt to the right when ``fake_bold``, as fake bold does."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    page = canvas.Canvas(str(path))
    page.setFont(FONT, 12)
    page.drawString(100, 700, "项目名称")
    if fake_bold:
        page.drawString(100.3, 700, "项目名称")
    page.save()
    return path


def test_fake_bold_is_detected_and_removed(tmp_path: Path) -> None:
    with pdfplumber.open(_write_label(tmp_path / "bold.pdf", fake_bold=True)) as pdf:
        page = pdf.pages[0]
        assert has_doubled_chars(page.chars, 1.0)
        assert without_doubled_chars(page, 1.0).extract_text() == "项目名称"


def test_a_clean_page_is_left_as_it_is(tmp_path: Path) -> None:
    with pdfplumber.open(_write_label(tmp_path / "plain.pdf", fake_bold=False)) as pdf:
        page = pdf.pages[0]
        assert not has_doubled_chars(page.chars, 1.0)
        assert without_doubled_chars(page, 1.0) is page


def test_cell_text_joins_lines_and_closes_gaps_between_chinese_characters() -> None:
    assert cell_text("上 海 市 生态\n环境局") == "上海市生态环境局"
    assert cell_text("一级\n指标") == "一级指标"
    assert cell_text("１，４２５.６６") == "１，４２５.６６"  # as printed; parse_amount reads it as 1425.66
    assert cell_text("主管部⻔（局）：") == "主管部门（局）："  # only glyph look-alikes are folded
    assert cell_text("2023-2025 年") == "2023-2025 年"
    assert cell_text(None) == ""


def test_cell_texts_by_bisection_equal_pdfplumbers_own(tmp_path: Path) -> None:
    """PageChars.text_in stands in for Table.extract: on every cell of a real report, the same text."""
    path = tmp_path / "second.pdf"
    render_report(second_document(), path)
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            chars = PageChars.of(page)
            for table in page.find_tables():
                for row, texts in zip(table.rows, table.extract()):
                    assert [chars.text_in(box) for box in row.cells if box] == [t for t in texts if t is not None]
