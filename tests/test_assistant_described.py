"""Questions that say more than they ask: an indicator asked by its target or value words (当初目标定的多少, 实际花到
多少), by the unit of its value (修了几座), a project described in its own words (我记得是做长江口近岸海域监测的), and a
goal asked whether it holds some words (目标里是不是有拍警示片) — over the sample and the water bureau's report, read by
the real ingest. The look-alikes that ask something the table lacks stay not understood.
"""

from __future__ import annotations

import pytest

from assistant.contract import Answer
from assistant.engine import Assistant
from tests.fixtures.conversations import SAMPLE, WATER, assistant_over, last


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return assistant_over(tmp_path_factory.mktemp("described"), (SAMPLE, WATER))


def values(answer: Answer) -> list[float]:
    return [f.value for f in answer.figures]


def test_an_indicators_target_asked_with_when_it_was_set(assistant: Assistant) -> None:
    answer = last(assistant, "河流断面水质达标率 当初目标定的多少")  # 全市主要河流断面水质达标率 ≥79.10%
    assert answer.found and 79.1 in values(answer)


def test_an_indicator_said_whole_before_its_value_words_is_that_row(assistant: Assistant) -> None:
    answer = last(assistant, "水文站那个单站运维成本 实际花到多少")  # 单站运维成本 ≤8.50 万元, 8.20 万元: not the 执行数
    assert answer.found and 8.2 in values(answer) and "全年执行数" not in answer.answer


def test_an_indicator_asked_by_the_unit_of_its_value(assistant: Assistant) -> None:
    answer = last(assistant, "泵站那个实际修了几座")  # 泵站维修数量 =12 座, 10 座
    assert answer.found and 10.0 in values(answer) and "泵站维修数量" in answer.answer


def test_which_ones_by_a_unit_asks_names_the_table_lacks(assistant: Assistant) -> None:
    assert not last(assistant, "泵站改造具体修的是哪几座泵站 叫啥名").found


def test_a_project_described_in_its_own_words_before_another_ask(assistant: Assistant) -> None:
    answer = last(assistant, "搞生物多样性调查 生态文明创建那个项目 预算多少")
    assert answer.found and values(answer) == [499.52]  # the project's 全年预算数, not an indicator's row


def test_a_description_stated_then_a_follow_up(assistant: Assistant) -> None:
    answer = last(assistant, "海洋那块我记得是做长江口近岸海域监测的", "它得了多少分")
    assert answer.found and values(answer) == [99.92]


def test_its_own_words_as_the_object_of_a_figure_are_not_understood(assistant: Assistant) -> None:
    assert not last(assistant, "海洋项目里长江口近岸海域监测的预算多少").found  # a budget of that work: not in the table


def test_a_goal_asked_whether_it_holds_some_words(assistant: Assistant) -> None:
    answer = last(assistant, "督察那个项目 年度目标里是不是有拍警示片")  # …警示片拍摄工作 in its goal text
    assert answer.found and "警示片拍" in answer.answer  # the sample prints 警示片拍目标摄 (a label cut in)
    assert not last(assistant, "督察那个项目 年度目标里是不是有拍电影").found


def test_what_a_projects_text_says_is_answered_by_quoting_it(assistant: Assistant) -> None:
    done = last(assistant, "督察那个项目 警示片拍了没")  # its result text: 已完成2024年本市生态环境警示片拍摄工作
    assert done.found and done.intent == "text" and "已完成2024年本市生态环境警示片拍摄工作" in done.answer
    assert not last(assistant, "督察那个项目 电影拍了没").found  # its texts say nothing of a film


def test_what_a_goal_plans_to_do_with_a_spoken_verb(assistant: Assistant) -> None:
    answer = last(assistant, "节水宣传那个项目的年度目标是啥 具体要搞什么活动")
    assert answer.found and "开展节水宣传周活动" in answer.answer


@pytest.mark.parametrize("question", ["法规与标准那个项目执行了多少", "法规与标准那个项目要干嘛"])
def test_a_nameless_project_by_its_words_joined_with_yu(assistant: Assistant, question: str) -> None:
    answer = last(assistant, question)  # 第11个项目: its goal speaks of 法规与标准; 生态环境执法和应急's of 标准 only
    assert answer.found and {(p.document, p.seq) for p in answer.projects} == {("000_714f557b0e494d5f.txt", 11)}


def test_a_goal_said_to_mention_some_words(assistant: Assistant) -> None:
    answer = last(assistant, "督察那个项目年度目标是啥 好像提到中央督察办")  # a goal, not a topic search
    assert answer.found and answer.intent == "text" and "中央督察办" in answer.answer


def test_a_lead_in_stuck_to_the_name_is_left_out_before_asking_back(assistant: Assistant) -> None:
    answer = last(assistant, "领导问督察那个项目年初定的目标是啥 帮我找一下原文")
    assert answer.found and answer.intent == "text" and "警示片" in answer.answer


def test_a_project_described_by_what_it_manages(assistant: Assistant) -> None:
    answer = last(assistant, "那个管全市水文站和水质断面监测的项目 是做什么的")
    assert answer.found and "完成全市14个水文站和40个水质断面的在线监测运维" in answer.answer
