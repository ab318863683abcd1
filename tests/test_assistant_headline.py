"""Headline first: every answer opens with one sentence that answers the question, with the key figure (and its
source marker) and the project that matters most; details follow, long lists are cut with 另有 N 项.

Asked of the real sample report (18 projects, every one of which lost points on the funds line, four also on
indicator rows), ingested by the text reader into a real store.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.contract import SOURCES_HEADING, Answer
from assistant.engine import Assistant
from tests.fixtures.assistant_records import env_document, fill_store, water_document
from tests.fixtures.sample_store import sample_assistant

pytest.importorskip("ingest.text.reader")

MONITORING = "**生态环境监测、总量控制、环境统计(污夠杂源动态更新)、绿色发支展评价和口排污权交易管理**"
_FIGURE_WITH_MARKER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:%|万元|分|个百分点)?(?:（[^）]*）)?\[\d+\]")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return sample_assistant(tmp_path_factory.mktemp("headline_store"))


def lines(answer: Answer) -> list[str]:
    """The answer text's lines, without its source list."""
    return answer.answer.partition(SOURCES_HEADING)[0].splitlines()


@pytest.mark.parametrize(("question", "headline"), [
    ("执行率最低的三个项目", "执行率最低的是**全市生态环境保障**（63.23%[1]）；执行率最低的 3 个项目，按执行率从低到高："),
    ("执行率低于90%的项目有哪些", "执行率低于90.00%的项目共 4 个，最低的是**全市生态环境保障**（执行率 63.23%[1]）："),
    ("大气和海洋项目执行率对比", "执行率：**大气生态环境保护** 比 **海洋生上态环境保护** 高 0.57 个百分点（99.81 − 99.24）[1][2]；"),
    ("扣分最多的绩效指标是哪个", f"扣分最多的一项是{MONITORING}的“上海市排污权有6术评估”：分值 4.00 分，得分 2.00 分，"
                              "扣 2.00 分（4.00 − 2.00）[1]。"),
    ("生态环境监测项目为什么没拿满分", f"{MONITORING}共扣 4.10 分（0.10 + 2.00 + 1.00 + 1.00）[1]–[4]："),
    ("全局总预算", "所有项目的全年预算数合计为 12,216.04 万元（Σ全年预算数（18 个项目））[1]–[18]。"),
    ("全市生态环境保障执行率为什么低", "**全市生态环境保障**的执行率为 63.23%[1]，资金执行情况："),
])
def test_the_first_line_answers_with_the_figure_and_the_project(assistant: Assistant, question: str,
                                                                 headline: str) -> None:
    assert lines(assistant.ask(question))[0].startswith(headline)


@pytest.mark.parametrize("question", ["哪些项目扣分了？原因是什么？", "执行率最高的五个项目", "海洋项目的预算和执行率",
                                      "得分低于平均分的项目", "哪个项目预算最大"])
def test_every_headline_holds_a_marked_figure(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.found and _FIGURE_WITH_MARKER_RE.search(lines(answer)[0]), answer.answer


def test_lost_points_across_projects_say_one_thing_from_first_line_to_last(assistant: Assistant) -> None:
    answer = assistant.ask("哪些项目扣分了？原因是什么？")
    text = lines(answer)
    assert text[0] == (f"18 个项目有扣分（预算执行与绩效指标合计），扣分最多的是{MONITORING}，"
                       "共扣 4.10 分（0.10 + 2.00 + 1.00 + 1.00）[1]–[4]。")
    assert text[1] == "其中 4 个项目在绩效指标上扣分，按扣分合计从多到少："
    assert text[-1].startswith("其余 14 个项目只在预算执行上扣分（执行率未达 100%），扣分最多的是**全市生态环境保障**：")
    assert "执行率 63.23%" in text[-1] and "扣 3.68 分（10.00 − 6.32）" in text[-1]
    # the four with indicator rows, ranked by points lost in all (4.10, 0.67, 0.42, 0.14)
    assert [p.seq for p in answer.projects] == [1, 18, 11, 9]
    totals = [f.value for f in answer.figures if f.label == "合计扣分"]
    assert totals == sorted(totals, reverse=True) == [4.1, 0.67, 0.42, 0.14]
    assert not any("共有 4 个项目扣分" in line for line in text)


def test_a_long_list_shows_its_first_items_and_how_many_more(assistant: Assistant) -> None:
    answer = assistant.ask("各项目的预算和总分")
    text = lines(answer)
    assert text[0] == "共 18 个项目："
    assert [line.split(".")[0] for line in text[1:11]] == [str(n) for n in range(1, 11)]
    assert text[11] == "……另有 8 项未在此列出（完整列表见“项目总表”页，可导出 Excel）。"
    assert len(answer.projects) == 18 and len({f.project_seq for f in answer.figures}) == 18  # all in the contract


def test_a_total_over_several_reports_says_so_in_its_headline(tmp_path: Path) -> None:
    answer = Assistant(fill_store(tmp_path, [env_document(), water_document()])).ask("总预算是多少")
    text = lines(answer)
    assert text[0] == ("跨 2 份报告（示例市生态环境局 2024年度、示例市水务局 2023年度）合计：所有项目的全年预算数合计为 "
                       "4,795.25 万元（Σ全年预算数（9 个项目））[1]–[9]。")
    assert text[1] == "分报告看："
