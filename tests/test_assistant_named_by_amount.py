"""A project named by one of its amounts (九百四十七万五那个项目, 预算30万的那个): over the sample and the water
bureau's report, read by the real ingest, every project whose 全年预算数 no other project shares is found by it —
said in digits, in spoken numerals and cut to whole 万 — and an amount no project has names none."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.engine import Assistant
from assistant.metrics import TOTAL_FUND
from tests.fixtures.conversations import SAMPLE, WATER, assistant_over
from tests.fixtures.conversations import last as ask


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return assistant_over(tmp_path_factory.mktemp("amount"), (SAMPLE, WATER))


def _budgets(assistant: Assistant) -> dict[str, float]:
    """Each project's 全年预算数 (万元) by name, of the projects whose amount no other project shares whole."""
    entries = assistant._current_planner().catalog.entries
    amounts = {e.name: e.project.fund(TOTAL_FUND).full_year for e in entries if e.project.fund(TOTAL_FUND)}
    whole = Counter(int(v) for v in amounts.values() if v is not None)
    return {name: v for name, v in amounts.items() if v is not None and whole[int(v)] == 1}


def test_every_project_is_found_by_its_budget(assistant: Assistant) -> None:
    budgets = _budgets(assistant)
    assert len(budgets) >= 15
    for name, amount in budgets.items():
        answer = ask(assistant, f"{amount:g}万那个项目 执行率多少")
        assert [p.name for p in answer.projects] == [name], (amount, answer.answer)
        assert answer.found and answer.figures[0].label == "执行率"


def test_an_amount_cut_to_whole_wan_and_spoken(assistant: Assistant) -> None:
    answer = ask(assistant, "九百四十七万五那个项目 执行率多少来着")
    figure = answer.figures[0]
    assert answer.found and figure.label == "执行率"
    name = answer.projects[0].name
    assert _budgets(assistant)[name] == 947.5
    assert [p.name for p in ask(assistant, "947万那个项目得分几分").projects] == [name]


def test_an_amount_no_project_has_names_none(assistant: Assistant) -> None:
    answer = ask(assistant, "12345万那个项目执行率多少")
    assert not answer.found and not answer.figures


def test_a_threshold_is_still_a_condition(assistant: Assistant) -> None:
    answer = ask(assistant, "预算1000万以上的项目")
    assert answer.found and len(answer.projects) > 1


def test_an_amount_said_with_more_names_the_project_just_above_it(assistant: Assistant) -> None:
    budgets = _budgets(assistant)
    name, amount = next((n, v) for n, v in budgets.items() if v != int(v) and v > 1000)
    answer = ask(assistant, f"预算{int(amount)}万多的那个项目 全年执行了多少")
    assert answer.found and [p.name for p in answer.projects] == [name], answer.answer
