"""Questions about the last two turns, over real corpus PDFs (evals/documents/corpus, read by pdfplumber): 两年差多少
after one total asked of two years, 两个局差几个点 after two departments, and the groups ranked (哪个局…最多).

Figures are the reports' own: 水务局 Σ全年预算数 2023 8720.00 (5 projects), 2024 7425.00 (4 projects); 交通委 2024
整体执行率 6577.69 / 6660.00 = 98.76%, 水务局 2024 7383.63 / 7425.00 = 99.44%.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.contract import Answer
from assistant.engine import Assistant
from assistant.understand.aliases import department_aliases
from ingest.store import Store

CORPUS = Path(__file__).resolve().parent.parent / "evals" / "documents" / "corpus"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    store = Store(tmp_path_factory.mktemp("two_turns"))
    for name in ("shuiwu_2023.pdf", "shuiwu_2024.pdf", "jiaotong_2024.pdf"):
        store.ingest(CORPUS / name)
    return Assistant(store)


def last(assistant: Assistant, *turns: str) -> Answer:
    conversation = assistant.new_conversation()
    return [assistant.ask(turn, conversation) for turn in turns][-1]


def test_two_years_just_asked_are_compared(assistant: Assistant) -> None:
    answer = last(assistant, "水务局24年预算总额", "23年呢", "两年差多少")
    values = [(f.label, f.value) for f in answer.figures]
    assert values == [("全年预算数合计", 8720.0), ("全年预算数合计", 7425.0), ("全年预算数合计差值", 1295.0)]


def test_two_departments_just_asked_are_compared_not_every_department(assistant: Assistant) -> None:
    answer = last(assistant, "交通委24年整体执行率", "水务局呢", "两个局差几个点")
    assert answer.found and ("整体执行率差值", 0.68) in [(f.label, f.value) for f in answer.figures]


def test_two_with_nothing_to_refer_to_is_not_guessed(assistant: Assistant) -> None:
    assert not last(assistant, "水务局24年预算总额", "两年差多少").found  # one turn: which two years?


def test_a_two_part_department_name_said_the_other_way_round() -> None:
    assert "市容绿化局" in department_aliases("上海市绿化和市容管理局")
    assert "自然资源规划局" in department_aliases("上海市规划和自然资源局")


def test_a_project_said_by_an_abbreviation_is_read_and_the_reading_said(assistant: Assistant) -> None:
    answer = last(assistant, "轨交24年列车正点率目标定的多少")  # 轨交: 轨道交通运营安全监管's 轨道|交通
    assert answer.found and answer.answer.startswith("（按“轨道交通24年列车正点率目标定的多少”理解。）")
    assert ("列车正点率目标值", 99.5) in [(f.label, f.value) for f in answer.figures]


@pytest.mark.parametrize(("question", "values"), [
    ("二四年各局加起来一共多少个项目", [9.0]),  # 水务局 4 + 交通委 5, taken together
    ("每一年各有几个项目", [5.0, 9.0]),  # 2023: 水务局 5; 2024: 4 + 5
    ("全部十四个项目里预算最大的是哪个", [5000.0]),  # the fourteen stored, not a top fourteen
])
def test_groups_taken_together_per_year_and_every_project(assistant: Assistant, question: str, values) -> None:
    answer = last(assistant, question)
    assert answer.found and [f.value for f in answer.figures] == values
