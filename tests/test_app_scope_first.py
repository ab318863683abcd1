"""Every answer states its scope first: over a store of two departments' reports, one question per answer kind, the
answer's first line names the report it is about, or says it runs across both (a sum or count over departments
must say so in its headline). A group answer names its groups instead; a not-found answer names none."""

from __future__ import annotations

import pytest

from assistant.contract import SOURCES_HEADING
from assistant.conversation import Conversation
from assistant.engine import Assistant
from tests.test_assistant_selection import WATER, both

__all__ = ["both"]  # the two-report assistant (sample + water bureau), shared with test_assistant_selection

SAMPLE_REPORT, WATER_REPORT = "上海市生态环境局 2024年度", "某市水务局 2023年度"
ACROSS = f"跨 2 份报告（{SAMPLE_REPORT}、{WATER_REPORT}）"


def first_line(assistant: Assistant, question: str, chosen: tuple[str, ...] | None = None) -> str:
    """The first line of the answer's text, asked with the scope selector set to ``chosen`` reports."""
    conversation = Conversation()
    conversation.chosen_documents = chosen
    answer = assistant.ask(question, conversation)
    assert answer.found, answer.answer
    return answer.answer.partition(SOURCES_HEADING)[0].splitlines()[0]


@pytest.mark.parametrize(("question", "kind"), [
    ("哪些项目扣分了", "lost_points"),
    ("执行率最低的三个项目", "ranking"),
    ("执行率低于90%的项目", "filter"),
    ("全局总预算", "aggregate"),
    ("有几个项目", "count"),
    ("超额完成的指标有哪些", "indicator"),
    ("哪些项目和大气有关", "topic"),
    ("哪些项目的数据对不上", "findings"),
    ("有哪些项目", "list_projects"),
])
def test_an_answer_over_both_reports_says_so_first(both: Assistant, question: str, kind: str) -> None:
    assert first_line(both, question).startswith(ACROSS), kind


@pytest.mark.parametrize("question", ["水务局有哪些项目", "水务局执行率最低的两个项目", "24年生态环境局预算合计"])
def test_an_answer_over_one_report_names_it_first(both: Assistant, question: str) -> None:
    line = first_line(both, question)
    assert "跨 2 份报告" not in line and ("某市水务局" in line or SAMPLE_REPORT in line)


def test_an_answer_scoped_by_the_selector_names_its_report_first(both: Assistant) -> None:
    assert first_line(both, "预算合计", (WATER.name,)).startswith(f"{WATER_REPORT}：")


@pytest.mark.parametrize("question", ["海洋项目的执行率是多少", "海洋和大气项目的执行率对比"])
def test_an_answer_about_named_projects_names_their_report_with_them(both: Assistant, question: str) -> None:
    line = first_line(both, question)
    assert "跨 2 份报告" not in line and SAMPLE_REPORT in line
