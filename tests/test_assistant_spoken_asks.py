"""Spoken ways of asking, over the sample and the water bureau's report read by the real ingest: 有没有 asks whether
(its 没有 negates nothing: 预算有没有超过1000万 is 超过), 满分 / 拿了一百分 as conditions, 六成五 as 65%, a follow-up that
leaves a project out and asks again (不算X的话, 把X那个去掉再算一下), and a character of a name typed in pinyin (he辐射).
Expected figures are the reports' own: 农村饮水安全巩固提升 总分 100.00 (the one full score), 水务局 Σ全年预算数
4,174.96 − 2,050.00 = 2,124.96; 执行率 below 65%: #7 63.23%, 节约用水宣传 61.66%.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.contract import Answer
from assistant.engine import Assistant
from ingest.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE, WATER = "000_714f557b0e494d5f.txt", "water_bureau_2023.txt"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    store = Store(tmp_path_factory.mktemp("spoken_asks"))
    for path in (ROOT / "data" / "samples" / SAMPLE, ROOT / "evals" / "documents" / WATER):
        store.ingest(path)
    return Assistant(store)


def last(assistant: Assistant, *turns: str) -> Answer:
    conversation = assistant.new_conversation()
    return [assistant.ask(turn, conversation) for turn in turns][-1]


def keys(answer: Answer) -> set[tuple[str, int]]:
    return {(p.document, p.seq) for p in answer.projects}


def test_whether_a_budget_went_over_is_over_not_under(assistant: Assistant) -> None:
    over = last(assistant, "哪些项目预算超过1000万")
    asked = last(assistant, "哪些项目预算有没有超过1000万")
    assert asked.found and keys(asked) == keys(over) and "不高于" not in asked.answer


def test_whether_a_rate_reached_is_reached(assistant: Assistant) -> None:
    answer = last(assistant, "水务局项目执行率有没有达到95%的")
    assert answer.found and answer.intent == "filter" and "不低于95" in answer.answer


@pytest.mark.parametrize("question", ["水务局有没有满分的项目", "哪些项目是满分", "水务局哪个项目拿了一百分"])
def test_a_full_score_asked_is_the_full_score(assistant: Assistant, question: str) -> None:
    answer = last(assistant, question)
    assert answer.found and keys(answer) == {(WATER, 3)}, answer.answer
    assert "不是满分" not in answer.answer


def test_not_full_is_still_every_other_project(assistant: Assistant) -> None:
    assert len(last(assistant, "有没有没拿满分的项目").projects) == 21  # 22 projects, one full


def test_tenths_and_a_half_said_before_dou(assistant: Assistant) -> None:
    answer = last(assistant, "执行率低于七成的都有谁", "那有没有连六成五都不到的")
    assert answer.found and keys(answer) == {(SAMPLE, 7), (WATER, 4)}


@pytest.mark.parametrize("follow_up", ["不算农村饮水的话", "把农村饮水那个去掉再算一下"])
def test_leaving_one_out_asks_the_last_question_again(assistant: Assistant, follow_up: str) -> None:
    answer = last(assistant, "水务局那四个项目预算一共多少", follow_up)
    assert answer.found and 2124.96 in [f.value for f in answer.figures]


def test_a_character_typed_in_pinyin_beside_the_rest_of_the_name(assistant: Assistant) -> None:
    answer = last(assistant, "he辐射安全那个 执行数多少")
    assert answer.found and 233.93 in [f.value for f in answer.figures]
    assert not last(assistant, "xx辐射安全那个 执行数多少").found  # letters that spell no character of the name
