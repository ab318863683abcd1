"""Sources a person can check: numbered markers tie each figure of the answer text to its citation, and each
citation names the report, the place, the project, the row in plain words and the row as printed.

Asked of the real sample report, ingested by the text reader into a real store (SQLite + Chroma): its names
are garbled, some values were restored by rule, and every figure must still point at the row it came from.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.compose import markers, shared_markers
from assistant.contract import SOURCES_HEADING, Answer
from assistant.engine import Assistant
from assistant.metrics import format_value
from ingest.store import Store
from tests.fixtures.sample_store import SAMPLE, sample_assistant

pytest.importorskip("ingest.text.reader")

REPORT = "上海市生态环境局 2024年度 自评表"
_MARKER_RE = re.compile(r"\[(\d+)\](?:–\[(\d+)\])?")

QUESTIONS = [
    "哪些项目扣分了？原因是什么？", "全局总预算和整体执行率", "执行率最低的三个项目", "大气和海洋项目执行率对比",
    "培训次数指标完成得怎么样", "生态环境监测项目为什么没拿满分", "执行率低于90%的项目有哪些", "各项目的预算和总分",
    "党建项目的总分和评分等级", "得分最低的两个项目", "海洋项目的预算、执行数和执行率", "得分低于平均分的项目",
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return sample_assistant(tmp_path_factory.mktemp("sources_store"))


def marked(answer: Answer) -> set[int]:
    """Every citation number the answer text's markers point at (a run [2]–[5] counts each of 2…5)."""
    text = answer.answer.partition(SOURCES_HEADING)[0]
    numbers: set[int] = set()
    for match in _MARKER_RE.finditer(text):
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        numbers.update(range(first, last + 1))
    return numbers


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_figure_is_marked_with_a_citation_of_its_own_project(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.found and answer.figures, answer.answer
    numbers = marked(answer)
    assert numbers and numbers <= set(range(1, len(answer.citations) + 1)), answer.answer
    text = answer.answer.partition(SOURCES_HEADING)[0]
    hidden = {p.seq for p in answer.projects if f"**{p.name}**" not in text}  # past the list's first items
    assert not hidden or f"另有 {len(hidden)} 项" in text
    for figure in answer.figures:
        if figure.project_seq in hidden or (figure.unit == "个" and not figure.sources):
            continue  # a count of listed rows is computed from the list itself
        assert figure.sources and set(figure.sources) <= numbers, (figure, answer.answer)
        if figure.project_seq is not None and len(figure.sources) == 1:
            assert answer.citations[figure.sources[0] - 1].project_seq == figure.project_seq


def test_the_text_lists_its_sources_numbered_as_the_markers(assistant: Assistant) -> None:
    answer = assistant.ask("执行率最低的三个项目")
    text, _, sources = answer.answer.partition(SOURCES_HEADING)
    assert "1. **全市生态环境保障**：63.23%[1]" in text
    lines = sources.strip().splitlines()
    assert [line.split(" ")[0] for line in lines] == ["[1]", "[2]", "[3]"]
    assert lines[0].startswith(f"[1] {REPORT} 第148行（全市生态环境保障，项目资金·年度资金总额）：年度资金总额：")


def test_a_citation_names_report_place_project_row_and_the_row_as_printed(assistant: Assistant) -> None:
    answer = assistant.ask("生态环境监测项目的培训次数指标")
    citation, = answer.citations
    assert (citation.document, citation.report, citation.department, citation.year) == (
        SAMPLE.name, REPORT, "上海市生态环境局", 2024)
    assert (citation.location, citation.label) == ("第18行", "绩效指标“培训次数”")
    assert citation.printed == "培训次数 | >4.00(次) | 4.00(次) | 5.00 | 4.00 | 据实调整培训次数"  # line 18 itself
    assert citation.project.startswith("生态环境监测、总量控制")


def test_the_row_as_printed_is_the_reports_own_line_garbled_or_short(assistant: Assistant) -> None:
    """The line the values were read on, as the file has it: a garbled name stays garbled, and a row whose values
    the rules restored shows that the line prints none there (no value an answer states is put back into it)."""
    garbled = assistant.ask("上海市排污权有偿使用和交易技术评估扣了几分")
    assert any(c.printed.startswith("上海市排污权有6 术评估 | =1.00(个) | 1.00(个) | 4.00 | 2.00 | 根据生态环境工作部署")
               for c in garbled.citations), [c.printed for c in garbled.citations]
    restored = assistant.ask("哪些数值是补全的")
    printed = {(c.project, c.label): c.printed for c in restored.citations}
    assert printed["土壤固废化学品污染防治", "绩效指标“成果满意度”"] == (  # its 得分 restored: the line prints none
        "满意 度指 标 | 服务 对象 满意 度指 | 成果满意度 ≥80.00(%) 100.00(%) 10.00")
    assert printed["环境影响评价和排污许可证管理", "总分"] == "总分"  # 分值 and 得分 restored
    assert printed["综合规划、管理", "总分"] == "总分 | 99.35"  # only its 分值 was restored


def test_figures_of_one_fund_row_cite_it_once(assistant: Assistant) -> None:
    answer = assistant.ask("海洋项目的预算、执行数和执行率")
    assert len(answer.citations) == 1 and {f.sources for f in answer.figures} == {(1,)}
    assert answer.citations[0].printed == "年度资金总额: | 413.40 | 413.40 | 410.27 | , | 10.00 | 99.24 | 9.92"  # stray , too
    assert "99.24%[1]" in answer.answer  # one marker, after the row's last figure
    assert "413.40 万元[1]" not in answer.answer


def test_a_derived_figure_shows_its_formula_and_its_operands_markers(assistant: Assistant) -> None:
    difference = assistant.ask("大气和海洋项目执行率对比")
    assert "高 0.57 个百分点（99.81 − 99.24）[1][2]" in difference.answer
    assert next(f for f in difference.figures if f.label == "执行率差值").sources == (1, 2)
    total = assistant.ask("全局总预算")
    assert "12,216.04 万元（Σ全年预算数（18 个项目））[1]–[18]" in total.answer
    assert total.figures[0].sources == tuple(range(1, 19))
    assert total.figures[0].formula.startswith("Σ全年预算数（18 个项目）= 779.05 + 302.98")  # whole in the contract
    rate = assistant.ask("整体执行率是多少")
    assert len(rate.citations) == 18  # 预算 and 执行数 of a project are one row, cited once


def test_numbers_are_written_as_finance_staff_write_them(assistant: Assistant) -> None:
    assert [format_value(v, u) for v, u in [(12216.04, "万元"), (96.98, "%"), (0.57, "个百分点"), (4.0, "次"),
                                            (3.0, "个"), (99.33, "分"), (2.5, "个"), (50.0, "项")]] == [
        "12,216.04 万元", "96.98%", "0.57 个百分点", "4 次", "3 个", "99.33 分", "2.50 个", "50 项"]
    answer = assistant.ask("生态环境监测项目的培训次数指标")
    assert "年度指标值 >4 次，实际完成值 4 次，分值 5.00 分，得分 4.00 分，扣 1.00 分（5.00 − 4.00）[1]" in answer.answer
    assert [f.value for f in answer.figures][:2] == [4.0, 4.0]  # the contract keeps plain numbers


def test_marker_runs_and_shared_markers() -> None:
    assert markers([3]) == "[3]"
    assert markers([4, 1]) == "[1][4]"
    assert markers([2, 3, 4, 5, 9]) == "[2]–[5][9]"
    assert markers([]) == ""
    assert shared_markers("分值 5.00 分[1]，得分 4.00 分[1]，扣 1.00 分[1]。原因：执行率 98.98%[1]") == (
        "分值 5.00 分，得分 4.00 分，扣 1.00 分[1]。原因：执行率 98.98%[1]")
    assert shared_markers("大气 99.81%[1]，海洋 99.24%[2]") == "大气 99.81%[1]，海洋 99.24%[2]"


def test_a_pdf_row_is_cited_by_its_page_and_printed_in_the_tables_unit(tmp_path: Path) -> None:
    store = Store(tmp_path / "pdf_store")
    store.ingest(Path(__file__).resolve().parent / "fixtures" / "office" / "excel_yuan_label.pdf")  # amounts in 元
    answer = Assistant(store).ask("街心花园预算多少")
    citation, = answer.citations
    assert (citation.page, citation.line, citation.location) == (1, None, "第1页")
    assert citation.report == "上海市示例绿化和市容管理局 2024年度 自评表"
    assert citation.printed == (  # the row's cells as printed, the merged 项目资金 label beside it included
        "项目资金（元） | 年度资金总额 | 4,523,456.78 | 4,523,456.78 | 4,311,290.15 | 10.00 | 95.31 | 9.53")
    assert answer.answer.startswith("**街心花园提升改造**：全年预算数 452.35 万元[1]。")
