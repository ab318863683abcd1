"""Words of the sample read back where the extraction scattered them (issue 9, item 5): 主管部门 and 实施单位 in full
where printed, a garbled name from its duplicated row, a reason column cut in two. Expected texts read off the file
by eye."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.records import Document
from ingest.text.header import is_full_unit, name_lines_to_units, split_interleaved_cell
from ingest.text.lines import text_to_lines
from ingest.text.reader import read_text_report
from ingest.text.rows import line_to_figures

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "000_714f557b0e494d5f.txt"


@pytest.fixture(scope="module")
def sample() -> Document:
    return read_text_report(SAMPLE)


def test_the_unit_printed_in_full_on_the_name_line_is_read(sample: Document) -> None:
    """Project 5's 实施单位 line (101) prints ``实施单位 位 L 执行率(%)``; its name line (100) prints the header row
    in full: ``土壤固废化学品污染防治 上海市生态环境局 实施单位 上海市生态环境局``."""
    assert (sample.projects[4].department, sample.projects[4].implementer) == ("上海市生态环境局", "上海市生态环境局")


def test_a_glyph_left_of_a_unit_is_no_unit(sample: Document) -> None:
    """Line 30 prints only ``上`` for project 2's 实施单位, line 240 ``上;`` and ``局`` for project 11's units; line 83
    nothing readable for project 4's 实施单位. None of them is stored as a name; the glyphs are named in warnings."""
    assert [(p.seq, p.department, p.implementer) for p in sample.projects if p.seq in (2, 4, 11)] == [
        (2, "上海市生态环境局", None), (4, "上海市生态环境局", None), (11, None, None)]
    for note in ("第2个项目：实施单位只读出残字“上”", "第11个项目：主管部门只读出残字“上;”", "第11个项目：实施单位只读出残字“局”"):
        assert any(w.startswith(note) for w in sample.warnings), note


def test_units_spilled_into_the_name_line() -> None:
    line = text_to_lines("项目\t名称\t\t土壤固废化学品污染防治 上海市生态环境局 实施单位 上海市生态环境局\t\t")[0]
    assert name_lines_to_units([line]) == (None, "上海市生态环境局")
    both = text_to_lines("项目名称 主管部门 某市水务局\t\t防汛工程 实施单位 某市排水管理处")[0]
    assert name_lines_to_units([both]) == ("某市水务局", "某市排水管理处")
    assert name_lines_to_units(text_to_lines("项目\t名称\t海洋生态环境保护")) == (None, None)


@pytest.mark.parametrize(("name", "full"), [("上", False), ("局", False), ("上;", False), ("某县局", True),
                                            ("上海市生态环境局", True), (None, False)])
def test_full_unit(name: str | None, full: bool) -> None:
    assert is_full_unit(name) is full


def test_a_garbled_name_read_from_its_duplicated_row(sample: Document) -> None:
    """Line 268 prints its name garbled (拉加名片人具满金亩); line 269, a copy of the row the extraction printed with
    garbled figures and dropped, prints the same cell legibly: nine characters, 人 and 满 in the same places."""
    (row,) = [i for i in sample.projects[10].indicators if i.source.line == 268]
    assert (row.name, row.raw_name) == ("培训参与人员满意度", "拉加名片人具满金亩 培训参与人员满意度")
    assert "第11个项目（第239行起）：第268行指标名称印作“拉加名片人具满金亩”，按第269行重复印出的同一单元格读作“培训参与人员满意度”" in sample.warnings
    (wrapped,) = [i for i in sample.projects[16].indicators if i.source.line == 418]
    assert wrapped.name.startswith("出台区域协作年度协作计划文件")  # a copy holding the next wrapped line is no reading of it


def test_a_reason_column_cut_in_two_reads_line_by_line(sample: Document) -> None:
    """Line 14 prints its reason in two cells, each wrapped over several lines: every printed line is the left
    piece, then the right one (部署,是 | 本市相关 — 重点工作的 | 村间节点 — …), and the left piece 调整,相关 printed
    twice is read once. Line 260 likewise (its first right piece belongs a line lower; the layout does not say so)."""
    reasons = {i.source.line: i.reason for p in sample.projects for i in p.indicators}
    assert reasons[14] == "根据生态环境工作部署,是本市相关重点工作的村间节点调整,相关工作内容同步调整延师后。后续将继续跟进生上态环境部最新要求护实。"
    assert "将等号误录为小于号,后续将加中强对绩效目标编制和中录入质量的复" in reasons[260]


def test_a_reason_in_one_cell_keeps_its_order() -> None:
    fig = line_to_figures(text_to_lines("\t\t培训次数\t>4.00(次)\t4.00(次)\t5.00\t4.00\t据实调整 培训次数\t")[0])
    assert [token for _, token in fig.reason_tokens] == ["据实调整", "培训次数"]


def test_result_lines_woven_into_the_goal_cell_go_to_the_result(sample: Document) -> None:
    """Line 247 prints project 11's goal cell with the result column's lines woven in: its first line shows the
    goal column's width (24 characters), each later line is a piece of result, then a goal line of that width."""
    project = sample.projects[10]
    assert project.goal_text.endswith(
        "开展环境保护法规与标准相关工作,更好地履行法规与标准各项工作职责,落实法治政府建设规划、环境保护"
        "和生态建设规划、长三角区域环境保护标准协调统一等工作部署,加强地方性环境法规标准建设,进一步规范"
        "生态环境行政行为提供坚")
    assert project.result_text.startswith("根据工作计划,认真开展关工作,严格履行法规与作部署,切实加强地方性")


@pytest.mark.parametrize(
    ("cell", "goal", "result"),
    [
        ("甲乙丙丁戊己庚辛壬癸子丑 天地玄黄甲乙丙丁戊己庚辛壬癸子丑 宇宙洪荒", "甲乙丙丁戊己庚辛壬癸子丑 甲乙丙丁戊己庚辛壬癸子丑 宇宙洪荒", "天地玄黄"),
        ("推进生态环境科学研究工作 推动科技成果转化 应用", "推进生态环境科学研究工作 推动科技成果转化 应用", ""),
        ("短句 长一些的第二行文字内容", "短句 长一些的第二行文字内容", ""),
    ],
)
def test_split_interleaved_cell(cell: str, goal: str, result: str) -> None:
    assert split_interleaved_cell(cell) == (goal, result)
