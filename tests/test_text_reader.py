"""The text reader against real files: the sample report (checked by hand, tests/gold/) and a second report.

Every figure here was read off the document by eye; nothing is copied from the
reader's output. tests/gold/indicators_pinned.json pins every indicator row of
the sample as the document shows it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest

from ingest.errors import NOT_A_REPORT, IngestError
from ingest.records import Document, Project, SourceRef, missing_name_placeholder
from ingest.text.blocks import block_to_sections, lines_to_blocks
from ingest.text.funds import (
    fund_cells_to_values,
    grade_line_to_grade,
    total_line_to_scores,
    values_to_fund_line,
)
from ingest.text.header import (
    goal_lines_to_texts,
    name_lines_to_name,
    unit_line_to_units,
)
from ingest.text.lines import Line, is_label_fragment, text_to_lines
from ingest.restore import TOTAL_WEIGHT_RULE
from ingest.text.reader import read_text_report
from ingest.text.rows import line_to_figures
from ingest.text.table import lines_to_table
from ingest.validation import check_project
from tests.fixtures.second_report_records import second_document

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "samples" / "000_714f557b0e494d5f.txt"
SECOND = Path(__file__).parent / "fixtures" / "second_report.txt"
GOLD = json.loads((Path(__file__).parent / "gold" / "projects_core.json").read_text(encoding="utf-8"))
PINNED = json.loads((Path(__file__).parent / "gold" / "indicators_pinned.json").read_text(encoding="utf-8"))
RECONCILE_TOLERANCE = 0.011


@pytest.fixture(scope="module")
def sample() -> Document:
    return read_text_report(SAMPLE)


@pytest.fixture(scope="module")
def second() -> Document:
    return read_text_report(SECOND)


def _reconciled_total(project: Project) -> float:
    """100 − (10 − funds score) − Σ(分值 − 得分): what 总分 must be if every row was read right."""
    funds = project.fund("年度资金总额")
    lost = sum(ind.weight - ind.score for ind in project.indicators)
    return 100 - (funds.weight - funds.score) - lost


# --- the sample document -------------------------------------------------------------------


def test_sample_document_fields(sample: Document) -> None:
    assert len(sample.projects) == 18
    assert [p.seq for p in sample.projects] == list(range(1, 19))
    assert sample.kind == "text"
    assert sample.pages is None
    assert sample.file_name == SAMPLE.name
    assert sample.sha256 == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    assert sample.department == "上海市生态环境局"
    assert sample.year == 2024


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: f"seq{g['seq']}")
def test_gold_funds_total_and_grade(sample: Document, gold: dict) -> None:
    project = sample.projects[gold["seq"] - 1]
    assert project.source.line == gold["first_line"]
    total = project.fund("年度资金总额")
    for key, value in gold["funds_total"].items():
        assert getattr(total, key) == pytest.approx(value, abs=1e-9), key
    for gold_key, kind in (("funds_fiscal", "当年财政拨款"), ("funds_other", "其他资金")):
        for key, value in gold.get(gold_key, {}).items():
            assert getattr(project.fund(kind), key) == pytest.approx(value, abs=1e-9), (kind, key)
    assert project.total_score == pytest.approx(gold["total_score"], abs=1e-9)
    assert project.grade == gold["grade"]
    assert ("grade" in project.derived) == (gold.get("grade_printed", True) is False)


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: f"seq{g['seq']}")
def test_gold_points_lost(sample: Document, gold: dict) -> None:
    project = sample.projects[gold["seq"] - 1]
    lost = [ind for ind in project.indicators if ind.lost]
    assert [(ind.source.line, ind.weight, ind.score) for ind in lost] == [
        (row["line"], row["weight"], row["score"]) for row in gold["indicator_points_lost"]
    ]
    for ind, row in zip(lost, gold["indicator_points_lost"]):
        assert (ind.reason is None) == (row["reason"] is None)


@pytest.mark.parametrize("seq", range(1, 19))
def test_every_project_reconciles(sample: Document, seq: int) -> None:
    project = sample.projects[seq - 1]
    assert all(ind.weight is not None and ind.score is not None for ind in project.indicators)
    assert _reconciled_total(project) == pytest.approx(project.total_score, abs=RECONCILE_TOLERANCE)


@pytest.mark.parametrize("pinned", PINNED, ids=lambda p: f"seq{p['seq']}")
def test_every_indicator_row_as_the_document_shows_it(sample: Document, pinned: dict) -> None:
    project = sample.projects[pinned["seq"] - 1]
    read = [
        {
            "line": ind.source.line,
            "level1": ind.level1,
            "level2": ind.level2,
            "name": ind.name,
            "target": ind.target_text,
            "actual": ind.actual_text,
            "weight": ind.weight,
            "score": ind.score,
            "reason": ind.reason,
        }
        for ind in project.indicators
    ]
    assert read == pinned["indicators"]
    assert [ind.source.row for ind in project.indicators] == list(range(len(project.indicators)))
    assert all(ind.source.document == SAMPLE.name and ind.source.page is None for ind in project.indicators)


SAMPLE_TOTAL_LINES = [26, 47, 79, 97, 117, 142, 168, 191, 219, 236, 271, 289, 320, 350, 373, 391, 434, 499]
"""The 总分 line of each of the sample's 18 projects, read off the file by eye (the 评分等级 line follows each)."""


def test_footer_rows_cite_their_own_lines(sample: Document) -> None:
    """总分 and 评分等级 are cited to the footer rows that print them, not to the 项目名称 line."""
    assert [p.total_source.line for p in sample.projects] == SAMPLE_TOTAL_LINES
    assert [p.grade_source.line for p in sample.projects] == [line + 1 for line in SAMPLE_TOTAL_LINES]
    ocean, climate = sample.projects[3], sample.projects[1]
    assert (ocean.source.line, ocean.total_source.line) == (82, 97)
    assert (climate.source.line, climate.grade_source.line) == (29, 48)
    for project in sample.projects:
        assert project.total_source.document == project.grade_source.document == SAMPLE.name
        assert 0 < project.total_source.row < project.grade_source.row
        assert project.source_for("total_score") == project.source_for("total_weight") == project.total_source
        assert (project.source_for("grade"), project.source_for("goal_text")) == (project.grade_source, project.source)


def test_findings_about_the_footer_cite_its_rows(sample: Document) -> None:
    """A restored 评分等级 (seq 7 prints none) or 总分 (seq 15's row lost 分值 and 得分), and a 总分 that does not add up."""
    def restored(project: Project) -> list[int]:
        return [f.source.line for f in check_project(project) if f.kind == "restored" and f.message.startswith("项目")]

    assert restored(sample.projects[6]) == [169]
    assert restored(sample.projects[14]) == [373, 373]
    tampered = dataclasses.replace(sample.projects[0], total_score=90.0, grade="良", derived={})
    cited = {f.kind: f.source.line for f in check_project(tampered)}
    assert (cited["total_mismatch"], cited["grade_mismatch"]) == (26, 27)


def test_second_report_footer_lines(second: Document) -> None:
    assert [(p.total_source.line, p.grade_source.line) for p in second.projects] == [
        (23, 24), (76, 77), (96, 97), (112, 113)]


def test_project_names_as_read(sample: Document) -> None:
    names = {p.seq: p.name for p in sample.projects}
    assert names[1].startswith("生态环境监测、总量控制、环境统计(")
    assert names[4] == "海洋生上态环境保护"
    assert names[5] == "土壤固废化学品污染防治"  # the header row that spilled into the name line is taken out
    assert names[10] == "党建、群建工作"
    assert names[12] == "干部人事管理和队伍建设"
    assert names[14] == "核与辐射安全管理"
    assert names[15] == "环境影响评价和排污许可证管理"


def test_project_without_name_gets_its_placeholder(sample: Document) -> None:
    project = sample.projects[10]
    assert project.name == missing_name_placeholder(11) == "第11个项目（名称缺失）"
    assert project.name_missing is True
    assert project.raw_name == ""
    assert any("第11个项目" in w and "名称缺失" in w for w in sample.warnings)
    assert all(not p.name_missing for p in sample.projects if p.seq != 11)


def test_restored_values_are_marked(sample: Document) -> None:
    # seq 5 and 10 lost one 得分 each, seq 15 its 总分, seq 7 and 17 print no grade
    assert "score" in sample.projects[4].indicators[-1].derived
    assert sample.projects[4].indicators[-1].score == 10.0
    assert "score" in sample.projects[9].indicators[-1].derived
    assert sample.projects[14].total_score == 99.97 and "total_score" in sample.projects[14].derived
    assert sample.projects[16].total_score == 99.35 and "total_score" not in sample.projects[16].derived


def test_duplicated_rows_are_dropped_and_reported(sample: Document) -> None:
    dropped = sorted(w for w in sample.warnings if "重复提取" in w)
    assert len(dropped) == 4
    for line in (269, 338, 340, 419):
        assert any(f"第{line}行是" in w for w in dropped)
    lines = {ind.source.line for p in sample.projects for ind in p.indicators}
    assert not lines & {269, 338, 340, 419, 478, 480}


def test_goal_and_result_texts_keep_their_words(sample: Document) -> None:
    seq9 = sample.projects[8]
    assert seq9.goal_text.startswith("组织推进生态环境科学研究工作")
    assert seq9.result_text.startswith("按计划完成年度目标")
    assert seq9.result_text.endswith("体评估认定指南》。")
    seq11 = sample.projects[10]
    for word in ("法规", "标准", "长三角"):
        assert word in seq11.goal_text + seq11.result_text
    seq16 = sample.projects[15]
    assert seq16.goal_text.startswith("完成上级部门(中央督察办")
    assert seq16.result_text.startswith("配合完成上级部门(中央督察办")
    # seq 15 prints only its result: the goal column holds the label 总体 and nothing else
    assert [p.seq for p in sample.projects if not p.goal_text] == [15]
    assert all(p.result_text for p in sample.projects)


def test_units_read_and_garbled_ones_corrected(sample: Document) -> None:
    assert sample.projects[0].department == "上海市生态环境局"
    assert "第2个项目：主管部门读作“上每市生态环境局”，按全文最常见的主管部门校正为“上海市生态环境局”" in sample.warnings
    assert all("department" not in p.derived and "implementer" not in p.derived for p in sample.projects)
    assert sample.projects[0].implementer == "上海市生态环境局"


# --- the second report: 某市水务局 2023, the same four projects the PDF fixture draws ----------


def test_second_report_document(second: Document) -> None:
    assert (second.department, second.year, second.kind) == ("某市水务局", 2023, "text")
    assert [p.name for p in second.projects] == [p.name for p in second_document().projects]
    assert second.warnings == ["第2个项目（第26行起）：第75行是第74行指标的重复提取，已按分值合计去掉"]


@pytest.mark.parametrize("seq", range(1, 5))
def test_second_report_reads_exactly(second: Document, seq: int) -> None:
    read, expected = second.projects[seq - 1], second_document().projects[seq - 1]
    assert (read.name, read.raw_name != "", read.department, read.implementer) == (
        expected.name, True, expected.department, expected.implementer)
    assert (read.goal_text, read.result_text) == (expected.goal_text, expected.result_text)
    assert (read.total_score, read.grade) == (expected.total_score, expected.grade)
    fund_fields = ("kind", "initial", "full_year", "executed", "weight", "rate", "score")
    assert [[getattr(f, k) for k in fund_fields] for f in read.funds] == [
        [getattr(f, k) for k in fund_fields] for f in expected.funds]
    indicator_fields = ("level1", "level2", "name", "target_text", "target_op", "target_value", "target_unit",
                        "actual_text", "actual_value", "actual_unit", "weight", "score", "reason")
    assert [[getattr(i, k) for k in indicator_fields] for i in read.indicators] == [
        [getattr(i, k) for k in indicator_fields] for i in expected.indicators]
    assert _reconciled_total(read) == pytest.approx(read.total_score, abs=RECONCILE_TOLERANCE)


def test_second_report_special_cases(second: Document) -> None:
    flood, monitoring, water, saving = second.projects
    assert flood.fund("年度资金总额").full_year == 1234.56  # printed 1,234.56
    assert flood.grade == "良" and "grade" in flood.derived  # the grade cell is blank
    assert [ind.source.line for ind in flood.indicators] == [15, 17, 18, 19, 21, 22]
    assert monitoring.fund("年度资金总额").executed == 858.9  # cut as 858.9 ⇥ 0
    assert 54 in [ind.source.line for ind in monitoring.indicators]  # the table goes on after the page break
    assert water.total_weight == 100.0 and water.total_score == 100.0
    assert saving.total_weight == 100.0 and saving.total_score == 96.17  # 总分's 分值 cut off, then restored
    assert saving.derived["total_weight"] == TOTAL_WEIGHT_RULE
    assert "score" in saving.indicators[-1].derived


# --- the steps, each on a few lines --------------------------------------------------------


def _line(text: str) -> Line:
    return text_to_lines(text)[0]


def test_cut_amount_is_joined_and_stray_digit_dropped() -> None:
    cut = _line("\t\t年度资金总额:\t1,425.66\t1,425.66\t1,417.9\t9\t10.00\t99.46\t9.95")
    values = fund_cells_to_values(cut, "年度资金总额")
    assert values == ["1,425.66", "1,425.66", "1,417.99", "10.00", "99.46", "9.95"]
    stray = _line("\t\t年度资金总额:\t489.28\t489.28\t487.25\t5\t10.00\t99.58\t9.96")
    line = values_to_fund_line(fund_cells_to_values(stray, "年度资金总额"), "年度资金总额", SourceRef("x"))
    assert (line.executed, line.weight, line.rate, line.score) == (487.25, 10.0, 99.58, 9.96)


def test_split_fund_label_and_dash_columns() -> None:
    line = _line("\t资金 元)\t其中: 当年财政 拨款\t289.86\t289.86\t280.71\t-\t-\t96.84\t-")
    fund = values_to_fund_line(fund_cells_to_values(line, "当年财政拨款"), "当年财政拨款", SourceRef("x"))
    assert (fund.initial, fund.executed, fund.weight, fund.rate, fund.score) == (289.86, 280.71, None, 96.84, None)


def test_total_line_with_lone_score() -> None:
    assert total_line_to_scores(_line("\t总分\t\t\t\t\t99.35\t")) == (None, 99.35)
    assert total_line_to_scores(_line("\t\t总分\t\t\t100.00\t95.90\t")) == (100.0, 95.9)


def test_figures_line_with_markup_and_duplicated_fragment() -> None:
    fig = line_to_figures(_line("产出 指标\t质量 指标\t项目验收\t通过率\t≥100.00(%)\t00(%) 100.00(%) 10.00 10.00"))
    assert (fig.target, fig.actual, fig.weight, fig.score) == ("≥100.00(%)", "100.00(%)", 10.0, 10.0)
    unit_tail = line_to_figures(_line("\t\t<u></u>\t(页)\t(页)\t2.10\t2.10\t"))
    assert unit_tail.units_only
    assert line_to_figures(_line("\t\t\t\t\t\t\t实。")) is None


def test_name_line_loses_the_header_row_spilled_into_it() -> None:
    line = _line("项目\t名称\t\t水生态环境综合管理 上海市生态环境局 实施单位 上海市生态环境局 年初预算数 得分")
    assert name_lines_to_name([line], {"上海市生态环境局"}) == ["水生态环境综合管理"]
    both = _line("项目名称 主管部门 上海市生态环境局\t\t\t党建\t、群建工作")
    assert name_lines_to_name([both], set()) == ["党建", "、群建工作"]


def test_unit_line_with_wrapped_label_and_doubled_glyph() -> None:
    line = _line("主管部门\t上\t上海市生态环境局\t\t\t实施单\t位\tL\t- 海市生态环境\t局")
    assert unit_line_to_units(line) == ("上海市生态环境局", "海市生态环境局")


def test_goal_lines_split_by_the_header_and_by_a_gap() -> None:
    lines = text_to_lines(
        "\t\t预\t期目标\t\t\t实\t际完成情况\n"
        "年度\t甲目标一,\t\t\t\t\t甲结果一,\n"
        "目标\t乙目标二。\t\t\t乙结果二。\n"
    )
    assert goal_lines_to_texts(lines) == ("甲目标一,乙目标二。", "甲结果一,乙结果二。")


def test_goal_paragraphs_without_a_header() -> None:
    goal, result = "推进生态环境科学研究工作并组织开展科普工作。", "按计划完成年度目标,布局立项三十七项科研项目。"
    lines = text_to_lines(f"年度\t\t·····\n总体 目标\n{goal}\n{result}\n\t\t体评估\t认定指南》。")
    assert goal_lines_to_texts(lines) == (goal, result + "体评估认定指南》。")


def test_grade_cell() -> None:
    assert grade_line_to_grade(_line("评分等\t等级\t\t\t优")) == "优"
    assert grade_line_to_grade(_line("评分等级\t良好")) == "良"
    assert grade_line_to_grade(_line("评分等\t评分等级\t\t\t_")) is None


def test_label_fragments() -> None:
    assert is_label_fragment("度指") and is_label_fragment("服对满度标")
    assert not is_label_fragment("达成指标")  # a value, not a label piece
    assert is_label_fragment("社会対益", forgive_one=True) and not is_label_fragment("対象", forgive_one=True)


TABLE = """产出指标\t数量 指标\t宣传活动\t\t≥6.00(场)\t6.00(场)\t30.00\t28.00\t场地调整,
\t\t\t\t\t\t\t\t少办一场
\t质量\t活动覆盖率\t\t=100.00(%)\t100.00(%)\t20.00\t20.00\t
\t指标\t活动覆盖率\t\t=100.00(%)\t100.00(%)\t20.00\t20.00\t
效益\t\t市民节水\t\t提升\t达成指标\t10.00\t10.00\t

\t社会 效益 指标\t\t\t\t\t\t\t
\t\t意识\t\t\t\t\t\t
\t\t宣传覆盖人数\t\t≥1.00(万人)\t1.20(万人)\t10.00\t10.00\t"""


def test_table_rows_continuations_and_levels() -> None:
    table = lines_to_table(text_to_lines(TABLE), funds_weight=10.0, total_weight=100.0)
    rows = [(r.figures.line.number, r.level2, r.figures.weight, r.figures.score) for r in table.rows]
    assert rows == [
        (1, "数量指标", 30.0, 28.0),
        (3, "质量指标", 20.0, 20.0),
        (4, "质量指标", 20.0, 20.0),
        (5, "社会效益指标", 10.0, 10.0),  # under 效益, so not the 质量 above: the 效益 label below it
        (9, "社会效益指标", 10.0, 10.0),
    ]
    assert [r.level1 for r in table.rows] == ["产出指标"] * 3 + ["效益指标"] * 2
    assert table.dropped == []  # identical rows stay: the 分值 add up to 100 with both
    first = table.rows[0]
    assert [text for _, _, text in first.reason] == ["场地调整,", "少办一场"]
    assert [text for _, _, text in table.rows[3].name] == ["市民节水", "意识"]  # after the page break


def test_units_wrapped_below_their_numbers_join_them() -> None:
    lines = text_to_lines(
        "\t\t扫描页数\t≥356000.00\t356000.00\t50.00\t50.00\n"
        "\t\t\t(页)\t(页)\t\t\n"
        "\t\t合格率\t≥95.00\t98.00\t40.00\t40.00\n"
        "\t\t\t(%)\t(%)\t\t\n"
    )
    rows = lines_to_table(lines, funds_weight=10.0, total_weight=100.0).rows
    assert [([t for *_, t in r.target], [t for *_, t in r.actual]) for r in rows] == [
        (["≥356000.00", "(页)"], ["356000.00", "(页)"]),
        (["≥95.00", "(%)"], ["98.00", "(%)"]),
    ]


def test_duplicated_row_dropped_only_when_the_weights_prove_it() -> None:
    lines = text_to_lines(TABLE + "\n\t\t宣传覆盖人数\t\t1.00(万人)\t1.20(万人)\t10.00\t10.00\t")
    table = lines_to_table(lines, funds_weight=10.0, total_weight=100.0)
    assert table.dropped == [(10, 9)]
    assert lines_to_table(lines, funds_weight=None, total_weight=100.0).dropped == []


def test_table_blocks_follow_labels_across_page_breaks() -> None:
    blocks = lines_to_blocks(text_to_lines(SAMPLE.read_text(encoding="utf-8")))
    assert len(blocks) == 18
    first = block_to_sections(blocks[0])
    assert [line.number for line in first.indicator_lines][:2] == [11, 12]
    assert 17 in [line.number for line in first.indicator_lines]  # after the page break
    assert first.total_line.number == 26 and first.grade_line.number == 27


def test_other_years_wording_and_a_name_wrapped_onto_a_second_line(tmp_path: Path) -> None:
    path = tmp_path / "text_other_wording.txt"
    path.write_text(
        "某县财政局2022年度项目支出绩效自评表\n"
        "项 目 名 称\t乡村道路养护\t\t\n"
        "\t\t及安全设施更新\t\n"
        "主管部门\t某县交通运输局\t实施单位\t某县公路站\n"
        "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率(%)\t得分\n"
        "年度资金总额：\t１００.００\t１００.００\t９０.００\t１０.００\t９０.００\t９.００\n"
        "其中：财政拨款\t100.00\t100.00\t90.00\t-\t90.00\t-\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
        "产出指标\t数量指标\t养护里程\t≥30.00(公里)\t28.00(公里)\t50.00\t46.00\t雨季停工\n"
        "满意度指标\t服务对象满意度指标\t群众满意度\t≥90.00(%)\t95.00(%)\t40.00\t40.00\t\n"
        "总分\t100.00\t95.00\n"
        "评分等级\t优秀\n",
        encoding="utf-8",
    )
    doc = read_text_report(path)
    (project,) = doc.projects
    assert (doc.year, doc.department, project.name) == (2022, "某县交通运输局", "乡村道路养护及安全设施更新")
    assert project.implementer == "某县公路站"
    assert [(f.kind, f.executed, f.rate) for f in project.funds] == [("年度资金总额", 90.0, 90.0), ("当年财政拨款", 90.0, 90.0)]
    assert [(i.name, i.weight, i.score, i.reason) for i in project.indicators] == [
        ("养护里程", 50.0, 46.0, "雨季停工"), ("群众满意度", 40.0, 40.0, None)]
    assert (project.total_score, project.grade) == (95.0, "优")
    assert _reconciled_total(project) == pytest.approx(project.total_score, abs=RECONCILE_TOLERANCE)


def _figures(doc: Document) -> list[tuple]:
    return [(p.name, p.total_score, [(i.name, i.target_text, i.weight, i.score) for i in p.indicators])
            for p in doc.projects]


def test_crlf_and_form_feed_page_breaks_read_the_same(tmp_path: Path, second: Document) -> None:
    text = SECOND.read_text(encoding="utf-8")
    crlf = tmp_path / "text_crlf.txt"
    crlf.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    assert [i.source.line for i in read_text_report(crlf).projects[1].indicators] == [
        i.source.line for i in second.projects[1].indicators]
    form_feed = tmp_path / "text_form_feed.txt"
    form_feed.write_text(text.replace("\n\n\t\t第11水文站", "\n\f\t\t第11水文站"), encoding="utf-8")
    assert _figures(read_text_report(form_feed)) == _figures(second)
    assert _figures(read_text_report(crlf)) == _figures(second)


def test_table_whose_name_line_was_lost_starts_at_its_unit_line(tmp_path: Path, second: Document) -> None:
    lines = SECOND.read_text(encoding="utf-8").split("\n")
    name_line = next(i for i, line in enumerate(lines) if "农村饮水安全" in line)
    path = tmp_path / "text_lost_name.txt"
    path.write_text("\n".join(lines[:name_line] + lines[name_line + 1 :]), encoding="utf-8")
    doc = read_text_report(path)
    assert [p.name_missing for p in doc.projects] == [False, False, True, False]
    assert doc.projects[2].name == "第3个项目（名称缺失）"
    assert _figures(doc)[3] == _figures(second)[3]
    assert doc.projects[2].total_score == 100.0


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\n"])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError, match="文件为空") as err:
        read_text_report(path)
    assert err.value.file_name == "empty.txt"


def test_text_that_is_not_a_report_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("会议纪要\n项目进展顺利。\t下周继续。\n", encoding="utf-8")
    with pytest.raises(IngestError) as err:
        read_text_report(path)
    assert err.value.problem == NOT_A_REPORT
    assert str(err.value) == f"notes.txt：{NOT_A_REPORT}"


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.7\x00\x01\x02\xff")
    with pytest.raises(IngestError, match="不是文本文件"):
        read_text_report(path)


def test_gb18030_file_reads_like_utf8(tmp_path: Path) -> None:
    path = tmp_path / "second_gbk.txt"
    path.write_bytes(SECOND.read_text(encoding="utf-8").encode("gb18030"))
    assert [p.total_score for p in read_text_report(path).projects] == [
        p.total_score for p in read_text_report(SECOND).projects
    ]


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="无法读取文件"):
        read_text_report(tmp_path / "absent.txt")


def test_utf16_with_its_bom_is_read_like_utf8(tmp_path) -> None:
    """Windows saves "Unicode" text as UTF-16 with a BOM; it reads exactly as the UTF-8 sample does."""
    from pathlib import Path

    from ingest.reading import read_report

    sample = Path(__file__).resolve().parent.parent / "data" / "samples" / "000_714f557b0e494d5f.txt"
    text = sample.read_text(encoding="utf-8")
    for encoding, name in (("utf-16", "le.txt"), ("utf-16-be", "be.txt")):
        path = tmp_path / name
        data = text.encode(encoding)
        path.write_bytes(data if encoding == "utf-16" else b"\xfe\xff" + data)
        read = read_report(path)
        assert [p.name for p in read.projects] == [p.name for p in read_report(sample).projects]
        assert sum(p.funds[0].full_year for p in read.projects) == pytest.approx(12216.04)
