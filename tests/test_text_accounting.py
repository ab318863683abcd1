"""Every line of an indicator table is read into a record or reported; a row the reader lost is never blamed on the
document (issue 9, item 4, text side).

Each test reads a copy of the sample with one indicator row removed or garbled, as an extraction may lose or
mangle it, and checks that a reading warning names what is missing and that no finding says the document is wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.reading import read_report
from ingest.records import Document
from ingest.text.lines import is_wordless, text_to_lines
from ingest.text.rows import looks_like_row
from ingest.validation import check_project

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "000_714f557b0e494d5f.txt"
ROW_LINE = 20
"""Project 1's row 报告验收合格率 (分值 5.00, 得分 4.00), read off the sample by eye: line 20."""
DOCUMENT_FINDINGS = {"total_mismatch", "weight_mismatch", "grade_mismatch"}
"""The findings that say the document's own arithmetic is wrong."""


@pytest.fixture(scope="module")
def sample() -> Document:
    return read_report(SAMPLE)


def _copy(tmp_path: Path, name: str, change) -> Document:
    """Read a copy of the sample whose lines ``change`` edits (a list of the file's lines, 0-based)."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    change(lines)
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return read_report(path)


def _document_findings(doc: Document, seq: int) -> set[str]:
    return {f.kind for f in doc.projects[seq - 1].findings} & DOCUMENT_FINDINGS


def test_the_sample_has_no_unread_rows(sample: Document) -> None:
    assert not any("未读出" in w for w in sample.warnings)
    assert all(not _document_findings(sample, p.seq) for p in sample.projects)


def test_a_removed_row_is_a_reading_warning_not_a_document_finding(tmp_path: Path) -> None:
    doc = _copy(tmp_path, "removed.txt", lambda lines: lines.pop(ROW_LINE - 1))
    first = doc.projects[0]
    assert sum(i.weight for i in first.indicators) == pytest.approx(85.0)  # 90 − the lost row's 5.00
    assert _document_findings(doc, 1) == set()
    (warning,) = [w for w in doc.warnings if "可能有指标行未读出" in w]
    assert warning.startswith("第1个项目") and "少 5.00" in warning and "不作为文件本身的问题" in warning
    assert not [f for f in check_project(first) if f.kind in DOCUMENT_FINDINGS]


def test_a_garbled_row_is_named_with_its_line_and_text(tmp_path: Path) -> None:
    def garble(lines: list[str]) -> None:
        lines[ROW_LINE - 1] = lines[ROW_LINE - 1].replace("5.00\t4.00", "5 00\t4 0O")

    doc = _copy(tmp_path, "garbled.txt", garble)
    first = doc.projects[0]
    assert ROW_LINE not in [i.source.line for i in first.indicators]
    assert not any("报告验收合格率" in i.name for i in first.indicators)  # not merged into a neighbour's name
    named = [w for w in doc.warnings if f"第{ROW_LINE}行“" in w]
    assert named == [f"第1个项目（第1行起）：第{ROW_LINE}行“报告验收合格率 =100.00(%) 100.00(%) 5 00 4 0O”"
                     "印有指标的数值，但分值、得分读不出，可能未读出；未读入记录"]
    assert any("第1个项目" in w and "可能有指标行未读出" in w for w in doc.warnings)
    assert _document_findings(doc, 1) == set()


def test_a_lost_row_does_not_take_the_blame_for_another_rows_lost_score(tmp_path: Path) -> None:
    """Project 5 lost one 得分 (line 114) and is restored from 总分; with another row gone, restoring would book
    that row's points on line 114 (line 113 once line 110 is removed), so nothing is restored and the reader says
    rows are missing."""
    doc = _copy(tmp_path, "two_losses.txt", lambda lines: lines.pop(110 - 1))  # 评估报告完成数, 30.00/30.00
    fifth = doc.projects[4]
    last = fifth.indicators[-1]
    assert (last.source.line, last.score, "score" in last.derived) == (113, None, False)
    assert any(w.startswith("第5个项目") and "少 30.00" in w for w in doc.warnings)
    assert _document_findings(doc, 5) == set()


def test_a_real_arithmetic_slip_is_still_a_finding(tmp_path: Path) -> None:
    """分值 that add up with a 总分 that does not: the document's slip, reported as before."""
    doc = _copy(tmp_path, "slip.txt", lambda lines: lines.__setitem__(26 - 1, lines[26 - 1].replace("95.90", "96.90")))
    assert "total_mismatch" in _document_findings(doc, 1)
    assert not any("未读出" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("text", "is_row"),
    [
        ("\t\t报告验收合格率\t=100.00(%)\t100.00(%)\t5 00\t4 0O", True),
        ("\t\t启动及时性\t当年内启动\t达成指标\t5,00\t5,00", True),
        ("\t\t\t\t\t\t\t实。", False),
        ("\t\t<u></u>\t(页)\t(页)", False),
        ("\t\t\t相适应的范 围内", False),
    ],
)
def test_lines_that_print_a_rows_values(text: str, is_row: bool) -> None:
    assert looks_like_row(text_to_lines(text)[0]) is is_row


def test_wordless_fragments_are_not_stored_as_reasons(sample: Document) -> None:
    """Lines 302 and 363 print only the garbled tail of the 偏差原因分析及改进措施 header in the reason column."""
    reasons = {i.source.line: i.reason for p in sample.projects for i in p.indicators}
    assert (reasons[302], reasons[363]) == (None, None)
    assert (reasons[18], reasons[214]) == ("据实调整培训次数", "超计划完成")  # short, but words
    for line, text in ((302, "人以近1日川也"), (363, "人以处训")):
        assert any(f"第{line}行偏差原因栏只有“{text}”" in w for w in sample.warnings)


@pytest.mark.parametrize(
    ("text", "wordless"),
    [("人以近1日川也", True), ("人以处训", True), ("超计划完成", False), ("据实调整培训次数", False), ("雨季停工", False),
     ("实。", True), ("根据生态环境工作部署,结合本市相关重点工作", False)],
)
def test_wordless(text: str, wordless: bool) -> None:
    assert is_wordless(text) is wordless


def test_text_on_a_header_line_is_reported(sample: Document) -> None:
    """Lines 10 and 362 are 绩效指标 header rows that also print text wrapped down from the cell above (所収有偿使用和
    交易, 项工作档案进); no record holds it, so a warning names it. The header's own garbled glyphs (三级扫, 及改进抗,
    平及領外區 on line 92) are not reported."""
    reported = [w for w in sample.warnings if "（指标表头）还印有" in w]
    assert "第1个项目（第1行起）：第10行（指标表头）还印有“所収有偿使用和交易”，不是表头文字，未读入记录" in reported
    assert any("第362行（指标表头）还印有“项工作档案进”" in w for w in reported)
    assert not any(f"第{line}行（指标表头）" in w for w in reported for line in (38, 59, 91, 92, 129))
