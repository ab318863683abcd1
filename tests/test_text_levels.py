"""一级/二级 labels of merged cells: which rows a label covers follows from where the renderer prints it (issue 9,
item 5). The sample prints labels in the middle of their cells; the second report (and the project's own renderer)
at their top. Every expected level here was read off the files by eye, with the rows' line heights."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.records import Document
from ingest.text.blocks import block_to_sections, lines_to_blocks
from ingest.text.levels import better_reading, read_levels
from ingest.text.lines import text_to_lines
from ingest.text.reader import read_text_report
from ingest.text.table import lines_to_table

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "samples" / "000_714f557b0e494d5f.txt"
SECOND = Path(__file__).parent / "fixtures" / "second_report.txt"


@pytest.fixture(scope="module")
def sample() -> Document:
    return read_text_report(SAMPLE)


def _levels(doc: Document) -> dict[int, tuple[str | None, str | None]]:
    return {i.source.line: (i.level1, i.level2) for p in doc.projects for i in p.indicators}


@pytest.mark.parametrize(
    ("line", "levels", "why"),
    [
        (69, ("产出指标", "时效指标"), "时效 printed beside line 70, the middle of 69–71; 质量 beside 68 alone"),
        (258, ("产出指标", "质量指标"), "质量 beside line 260 (a reason six lines tall), the middle of 258–262"),
        (259, ("产出指标", "质量指标"), "the same 质量 cell"),
        (257, ("产出指标", "数量指标"), "数量 printed over lines 252–254, the middle of 250–257"),
        (485, ("产出指标", "时效指标"), "时效 printed over lines 485–487 (garbled ``- 1 3/`` first)"),
        (484, ("产出指标", "质量指标"), "质量 printed over 481–482, two tall rows, then 483–484"),
        (488, ("效益指标", "社会效益指标"), "效益 beside line 491, the middle of 488–493"),
        (489, ("效益指标", "社会效益指标"), "社会效益 over lines 490–491, the middle of 488–491"),
        (215, ("产出指标", "质量指标"), "数量 printed over 213–214 exactly; 质量 beside the 13-line row 216"),
        (422, ("产出指标", "质量指标"), "数量 over 418–419 (the middle of 416–421), 质量 over 423–424 (of 422–425)"),
        (18, ("产出指标", "数量指标"), "质量 beside the four-line row 19 fits 19–20 as well as 18–20: 数量 keeps 18"),
        (136, ("效益指标", "社会效益指标"), "the 生态 label opens page 2 beside the rest of row 136, but belongs to 139"),
        (266, ("满意度指标", "服务对象满意度指标"), "the 效益 label's 指标 on page 2 finishes row 263, not 266"),
    ],
)
def test_labels_cover_the_rows_around_them(sample: Document, line: int, levels: tuple[str, str], why: str) -> None:
    assert _levels(sample)[line] == levels, why


def test_the_sample_prints_labels_in_the_middle_and_the_second_report_at_the_top() -> None:
    def way(path: Path) -> str:
        doc_lines = text_to_lines(path.read_text(encoding="utf-8"))
        tables = [lines_to_table(block_to_sections(b).indicator_lines, 10.0, 100.0) for b in lines_to_blocks(doc_lines)]
        return better_reading([t.levels for t in tables if t.levels is not None])

    assert (way(SAMPLE), way(SECOND)) == ("middle", "top")


TOP_LABELS = """\t数量 指标\t甲项\t=1.00(个)\t1.00(个)\t10.00\t10.00
\t\t乙项\t=1.00(个)\t1.00(个)\t10.00\t10.00
\t\t丙项\t=1.00(个)\t1.00(个)\t10.00\t10.00
\t\t丁项\t=1.00(个)\t1.00(个)\t10.00\t10.00
\t质量 指标\t戊项\t=1.00(个)\t1.00(个)\t10.00\t10.00
\t\t己项\t=1.00(个)\t1.00(个)\t10.00\t10.00"""

MIDDLE_LABELS = """\t\t甲项\t=1.00(个)\t1.00(个)\t10.00\t10.00
\t\t乙项\t=1.00(个)\t1.00(个)\t10.00\t10.00
\t数量 指标\t丙项\t=1.00(个)\t1.00(个)\t10.00\t10.00
\t\t丁项\t=1.00(个)\t1.00(个)\t10.00\t10.00
\t\t戊项\t=1.00(个)\t1.00(个)\t10.00\t10.00
\t\t己项\t=1.00(个)\t1.00(个)\t10.00\t10.00
\t质量 指标\t庚项\t=1.00(个)\t1.00(个)\t10.00\t10.00
\t\t辛项\t=1.00(个)\t1.00(个)\t10.00\t10.00"""


def _read(text: str) -> tuple[list[str | None], list[str | None], float, float]:
    lines = text_to_lines(text)
    table = lines_to_table(lines, funds_weight=None, total_weight=None)
    levels = read_levels(lines, table.rows, {})
    return ([level2 for _, level2 in levels.top.levels], [level2 for _, level2 in levels.middle.levels],
            levels.top.cost, levels.middle.cost)


def test_labels_at_the_top_of_their_cells() -> None:
    top, _, top_cost, middle_cost = _read(TOP_LABELS)
    assert top == ["数量指标"] * 4 + ["质量指标"] * 2
    assert top_cost == 0.0 and middle_cost > 0


def test_labels_in_the_middle_of_their_cells() -> None:
    _, middle, top_cost, middle_cost = _read(MIDDLE_LABELS)
    assert middle == ["数量指标"] * 5 + ["质量指标"] * 3
    assert middle_cost == 0.0 and top_cost > 0


@pytest.mark.parametrize(
    ("line", "target"),
    [(113, "平提高升"), (286, "境领域创新人才创业包查版伍建设造活力,适据专业技术")],
)
def test_target_text_that_slid_into_the_label_column_goes_back_to_the_target(
    sample: Document, line: int, target: str
) -> None:
    """Lines 113 and 286 print their 年度指标值 among the 二级 label's pieces and nothing in the target column; the
    label pieces (读影, a garbled 续影) stay out, and the missing name is said, not filled with the target."""
    (row,) = [i for p in sample.projects for i in p.indicators if i.source.line == line]
    assert (row.name, row.target_text, row.actual_text) == ("", target, "达成指标")
    assert any(f"第{line}行指标的名称没有读到" in w for w in sample.warnings)


def test_a_name_printed_in_the_label_column_stays_the_name(sample: Document) -> None:
    """Line 235 prints its name among the label pieces, its target in place: only a missing target takes words."""
    (row,) = [i for p in sample.projects for i in p.indicators if i.source.line == 235]
    assert (row.name, row.target_text) == ("活动参与者满意度", "≥90.00(%)")
