"""Accounting on the real sample: every word of a question goes into the plan, or the question is not answered.

A question the plan used only part of must come back found=false with what was not understood, never with the
figures of a nearby question (DESIGN.md: a wrong answer is the worst failure). Questions every word of which the
plan uses are answered as before, and every answer says what was understood.
"""

from __future__ import annotations

import pytest

from assistant.engine import Assistant
from ingest.store import Store
from tests.test_assistant_several import SAMPLE, ask


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    store = Store(tmp_path_factory.mktemp("accounting_store"))
    store.ingest(SAMPLE)
    return Assistant(store)


@pytest.mark.parametrize(("question", "unread", "reason"), [
    ("上半年海洋项目执行率", "上半年", "半年"),
    ("帮我看下督察项目下半年花了多少", "下半年", "半年"),
    ("海洋项目10月底执行进度", "10月", "月度"),
    ("党建项目下年度绩效目标是啥", "下年度", "以后年度"),
    ("海洋项目的人员编制", "人员编制", "没有这一项"),
    ("大气项目采购方式是什么", "采购方式", "没有这一项"),
    ("地铁建设项目预算多少", "地铁", None),
])
def test_a_word_the_plan_did_not_use_is_said_not_answered(
    assistant: Assistant, question: str, unread: str, reason: str | None
) -> None:
    answer = ask(assistant, question)
    assert not answer.found and answer.figures == [] and answer.intent in ("not_understood", "not_found")
    assert f"“{unread}" in answer.answer and "未能理解" in answer.answer
    if reason:
        assert reason in answer.answer
    assert "我理解到的部分：范围：上海市生态环境局 2024年度" in answer.answer


def test_a_vague_number_is_no_threshold(assistant: Assistant) -> None:
    answer = ask(assistant, "执行率零点几的项目")
    assert not answer.found and answer.figures == []


def test_an_unread_follow_up_keeps_the_conversation(assistant: Assistant) -> None:
    conversation = assistant.new_conversation()
    assistant.ask("科技与国际合作交流的预算", conversation)
    assert not assistant.ask("那明年的呢", conversation).found
    again = assistant.ask("那它的执行率呢", conversation)
    assert again.found and [p.seq for p in again.projects] == [9]


@pytest.mark.parametrize(("question", "understood"), [
    ("执行率不到95的有哪些", "条件：执行率低于95.00%；求：满足条件的项目"),
    ("得分九十九点五以上的有几个", "条件：总分不低于99.50 分；求：项目个数"),
    ("执行率介于90和98之间的项目", "条件：执行率不低于90.00%、执行率不高于98.00%"),
    ("全年预算不到五百万但是超过四百万的项目", "条件：全年预算数低于500.00 万元、全年预算数高于400.00 万元"),
    ("应对气候变化管理工作的评分等级是什么", "项目：应对气值吴变化管理工作；求：评分等级"),
    ("综合规划、区域协作和财务审计管理的执行率", "项目：综合规划、管理；求：执行率"),
])
def test_every_word_used_is_answered_and_says_what_was_understood(
    assistant: Assistant, question: str, understood: str
) -> None:
    answer = ask(assistant, question)
    assert answer.found
    assert answer.understood.startswith("范围：上海市生态环境局 2024年度")
    assert understood in answer.understood
    assert answer.scope == {"departments": ["上海市生态环境局"], "years": [2024]}


def test_a_threshold_typed_without_unit_takes_the_figures_unit(assistant: Assistant) -> None:
    answer = ask(assistant, "执行率不到95的有哪些")
    assert sorted(p.seq for p in answer.projects) == [7, 10, 12, 13, 17, 18]
