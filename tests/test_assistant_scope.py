"""Several reports in one store: a question naming a department or year is answered from it; otherwise from all,
with each project's department and year shown."""

from __future__ import annotations

import pytest

from assistant.engine import Assistant
from tests.fixtures.assistant_records import (
    ENV_DOC,
    WATER_DOC,
    env_document,
    fill_store,
    water_document,
)

ENV_2023 = "env_2023.txt"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    documents = [env_document(), env_document(ENV_2023, 2023), water_document()]
    return Assistant(fill_store(tmp_path_factory.mktemp("scope_store"), documents))


def test_same_project_in_two_years_is_answered_for_both(assistant: Assistant) -> None:
    answer = assistant.ask("海洋项目的得分")
    assert answer.found and [(p.document, p.year) for p in answer.projects] == [(ENV_2023, 2023), (ENV_DOC, 2024)]
    assert "2023年度" in answer.answer and "2024年度" in answer.answer


@pytest.mark.parametrize(("question", "document"), [
    ("2023年海洋项目的得分", ENV_2023),
    ("2024年度海洋项目的得分", ENV_DOC),
    ("示例市生态环境局2024年海洋项目的得分", ENV_DOC),
])
def test_a_named_year_or_department_picks_the_report(assistant: Assistant, question: str, document: str) -> None:
    answer = assistant.ask(question)
    assert [p.document for p in answer.projects] == [document]


def test_department_scope_for_lists_and_counts(assistant: Assistant) -> None:
    assert assistant.ask("水务局有几个项目").figures[0].value == 2
    assert {p.document for p in assistant.ask("2023年执行率低于90%的项目").projects} == {ENV_2023, WATER_DOC}
    assert assistant.ask("一共有多少个项目").figures[0].value == 16


def test_year_or_department_not_stored(assistant: Assistant) -> None:
    for question in ("2022年的项目得分是多少？", "示例市教育局的项目执行率"):
        answer = assistant.ask(question)
        assert answer.found is False and not answer.figures
        assert "示例市水务局 2023年度" in answer.answer


def test_several_departments_or_years_named(assistant: Assistant) -> None:
    answer = assistant.ask("2023年和2024年的预算合计")
    assert answer.figures[0].value == round(3530.69 * 2 + 1264.56, 2)
    assert len(answer.figures) == 4  # the total, then each report's
    both_in_2024 = assistant.ask("水务局和生态环境局2024年的整体执行率")  # 水务局 has no 2024 report
    assert [round(f.value, 2) for f in both_in_2024.figures] == [93.96, 3530.69, 3317.49]


def test_ordinal_across_reports_asks_which(assistant: Assistant) -> None:
    answer = assistant.ask("第2个项目的得分")
    assert answer.intent == "clarify" and len(answer.projects) == 3
    assert [p.document for p in assistant.ask("水务局第2个项目的得分").projects] == [WATER_DOC]


def test_two_groups_compared_are_answered_each_with_their_difference(assistant: Assistant) -> None:
    answer = assistant.ask("水务局跟生态环境局23年预算合计差多少")
    assert [round(f.value, 2) for f in answer.figures] == [1264.56, 3530.69, round(3530.69 - 1264.56, 2)]
    assert "并比较两组" in answer.understood
    assert answer.answer.startswith("示例市生态环境局 比 示例市水务局 高 2,266.13 万元（3530.69 − 1264.56）[1]–[9]。")
    by_year = assistant.ask("生态环境局24年预算合计比23年多多少")  # the fixture's two years hold the same records
    assert [round(f.value, 2) for f in by_year.figures] == [3530.69, 3530.69, 0.0]


def test_each_of_two_years_named_is_answered_apart(assistant: Assistant) -> None:
    answer = assistant.ask("生态环境局23年跟24年各有几个项目")
    assert [f.value for f in answer.figures] == [7, 7] and "每个年度" in answer.understood


def test_projects_reported_every_year_are_those_in_each_year_s_report(assistant: Assistant) -> None:
    answer = assistant.ask("生态环境局两年都有的项目有哪些")
    named = {p.name for p in answer.projects}
    assert answer.found and {p.year for p in answer.projects} == {2023, 2024}
    assert all(sum(p.name == name for p in answer.projects) == 2 for name in named)  # each name in both years
    assert not any(p.document == WATER_DOC for p in answer.projects)
