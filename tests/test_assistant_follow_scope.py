"""A conversation keeps its reports: a question naming no department or year is asked within the reports the last
one was (水务局几个项目|预算一共多少), unless it widens to all, or names a project of other reports; a year named
after one project's answer picks that year's report of it.

The store holds 示例市生态环境局 2023 and 2024 (the same seven projects) and 示例市水务局 2023
(tests/fixtures/assistant_records.py); expectations are computed here from those records.
"""

from __future__ import annotations

import pytest

from assistant.contract import Answer
from assistant.engine import Assistant
from ingest.records import Document
from tests.fixtures.assistant_records import env_document, fill_store, water_document

ENV_2024, ENV_2023, WATER = env_document(), env_document("env_2023.txt", 2023), water_document()
ENV_2023.projects[0].fund("年度资金总额").executed = 600.0  # the two years' overall rates differ
DOCUMENTS = [ENV_2024, ENV_2023, WATER]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return Assistant(fill_store(tmp_path_factory.mktemp("follow_scope_store"), DOCUMENTS))


def ask(assistant: Assistant, *turns: str) -> Answer:
    conversation = assistant.new_conversation()
    return [assistant.ask(turn, conversation) for turn in turns][-1]


def budget_sum(*documents: Document) -> float:
    return round(sum(p.fund("年度资金总额").full_year for d in documents for p in d.projects), 2)


def total(answer: Answer) -> float:
    return next(f.value for f in answer.figures if f.label == "全年预算数合计")


def test_a_follow_up_naming_no_report_keeps_the_last_ones(assistant: Assistant) -> None:
    answer = ask(assistant, "水务局几个项目", "预算一共多少")
    assert total(answer) == pytest.approx(budget_sum(WATER))
    assert {p.document for p in answer.projects} <= {WATER.file_name}


def test_a_follow_up_widening_to_all_does_not(assistant: Assistant) -> None:
    assert total(ask(assistant, "水务局几个项目", "所有项目预算一共多少")) == pytest.approx(budget_sum(*DOCUMENTS))


def test_a_project_of_other_reports_is_asked_where_it_is(assistant: Assistant) -> None:
    answer = ask(assistant, "水务局几个项目", "海洋生态环境保护的得分")
    assert answer.found and {p.document for p in answer.projects} == {ENV_2024.file_name, ENV_2023.file_name}


def test_a_year_named_after_a_project_picks_its_report_of_that_year(assistant: Assistant) -> None:
    answer = ask(assistant, "海洋生态环境保护的得分", "23年预算多少")
    assert [(p.document, p.name) for p in answer.projects] == [(ENV_2023.file_name, "海洋生态环境保护")]
    expected = next(p for p in ENV_2023.projects if p.name == "海洋生态环境保护").fund("年度资金总额").full_year
    assert [f.value for f in answer.figures] == [expected]


def test_a_year_the_project_has_no_report_of_is_not_answered_with_another(assistant: Assistant) -> None:
    answer = ask(assistant, "海洋生态环境保护的得分", "水务局23年的预算多少")
    assert not answer.found and not answer.figures


@pytest.mark.parametrize("question", ["水务局23年那几个项目", "水务局23年那两个项目"])
def test_the_projects_of_a_report_pointed_at(assistant: Assistant, question: str) -> None:
    answer = ask(assistant, question)
    assert answer.intent == "list_projects" and [p.name for p in answer.projects] == [p.name for p in WATER.projects]


@pytest.mark.parametrize(("question", "op"), [("指标少于4条的项目", "<"), ("哪些项目指标不超过3个", "<=")])
def test_projects_by_how_many_indicators_they_have(assistant: Assistant, question: str, op: str) -> None:
    limit = 4 if op == "<" else 3
    expected = {(d.file_name, p.seq) for d in DOCUMENTS for p in d.projects
                if (len(p.indicators) < limit if op == "<" else len(p.indicators) <= limit)}
    answer = ask(assistant, question)
    assert expected and {(p.document, p.seq) for p in answer.projects} == expected


def test_an_aggregate_compared_with_another_year(assistant: Assistant) -> None:
    def rate(document: Document) -> float:
        lines = [p.fund("年度资金总额") for p in document.projects]
        return round(sum(f.executed for f in lines) / sum(f.full_year for f in lines) * 100, 2)

    answer = ask(assistant, "生态环境局23年整体执行率", "跟24年比差了多少")
    difference = next(f.value for f in answer.figures if f.label.endswith("差值"))
    assert difference == pytest.approx(abs(rate(ENV_2024) - rate(ENV_2023)), abs=0.011)
    assert {p.document for p in answer.projects} <= {ENV_2023.file_name, ENV_2024.file_name}


def test_after_one_project_its_rows_and_its_place_are_asked(assistant: Assistant) -> None:
    party = next(p for p in ENV_2024.projects if p.name == "党建、群建工作")
    lost = ask(assistant, "党建、群建工作24年执行率多少", "扣分的指标和原因说一下")
    assert {(p.document, p.name) for p in lost.projects} == {(ENV_2024.file_name, party.name)}
    place = ask(assistant, "党建、群建工作24年执行率多少", "在生态环境局24年里排倒数第几")
    rates = sorted(p.fund("年度资金总额").rate for p in ENV_2024.projects)
    assert [f.value for f in place.figures if f.label == "执行率排名"] == [rates.index(party.fund("年度资金总额").rate) + 1]


def test_after_an_ask_back_a_follow_up_asks_back_again(assistant: Assistant) -> None:
    answer = ask(assistant, "生态环境保护那个项目", "扣分的指标和原因说一下")
    assert answer.intent == "clarify" and not answer.figures


def test_after_a_question_not_understood_a_follow_up_is_not_answered_over_all(assistant: Assistant) -> None:
    answer = ask(assistant, "海洋生态环境保护的人员编制", "哪几条指标扣的分")
    assert not answer.found and not answer.figures


def test_a_remark_about_a_named_project_gets_its_figure(assistant: Assistant) -> None:
    answer = ask(assistant, "党建、群建工作24年执行率偏低")
    party = next(p for p in ENV_2024.projects if p.name == "党建、群建工作")
    assert [f.value for f in answer.figures] == [party.fund("年度资金总额").rate]
    assert not ask(assistant, "执行率偏低的项目").found  # of which projects, a remark does not say
