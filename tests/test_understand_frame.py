"""The words that frame a question (assistant/understand/frame.py): a polite lead and closing particles come off the
ends, nothing that asks, narrows or refers does — and a follow-up keeps its shape behind them, end to end."""

from __future__ import annotations

import pytest

from assistant.understand.frame import unframed
from tests.fixtures.conversations import SAMPLE, WATER, assistant_over, last


@pytest.mark.parametrize(("text", "bare"), [
    ("问一下 一共几个", "一共几个"),
    ("快帮我查查 去掉监测那个 剩下几个预算合计", "去掉监测那个 剩下几个预算合计"),
    ("麻烦查一下，水务局呢", "水务局呢"),
    ("那个啥 我想知道 执行率最低的", "执行率最低的"),
    ("领导问 那交通委呢", "那交通委呢"),
    ("处长刚问到，第二个呢", "第二个呢"),
    ("领导要2个数 执行率的平均值 还有整体执行率", "执行率的平均值 还有整体执行率"),
    ("开会要用负责泵站维修改造的那个项目实际花了多少", "负责泵站维修改造的那个项目实际花了多少"),
    ("下午要跟财务对账泵站维修改造那个年初预算", "泵站维修改造那个年初预算"),
    ("月底要报进度生态局执行率不到95%的有几个", "生态局执行率不到95%的有几个"),
    ("开会要个数环境局整体执行率多少", "环境局整体执行率多少"),
    ("跟辐射有关的项目来着", "跟辐射有关的项目"),
    ("不算泵站那个呢 急", "不算泵站那个呢"),
    ("预算一千以上的项目有哪些 不分局 谢谢", "预算一千以上的项目有哪些 不分局"),
    ("合计呢来着?", "合计呢"),
    ("生态局预算过千万的有几个啊我印象里没几个", "生态局预算过千万的有几个"),
    ("法规与标准那个项目要干嘛呀", "法规与标准那个项目要干嘛"),  # 干嘛 asks what it does
    ("水务局是不是每个项目都评的优呀", "水务局是不是每个项目都评的优"),
    ("领导要个数生态局全年预算合计多少", "生态局全年预算合计多少"),  # typed run on after 要个数
    ("汇报材料要个总数两个局合起来总体执行率多少", "两个局合起来总体执行率多少"),
    ("财政那边问预算调整的事年初预算跟全年预算对不上的有几个", "年初预算跟全年预算对不上的有几个"),
    ("不对 我要的是执行数", "执行数"),
    ("生态局整体执行率算出来了吧", "生态局整体执行率"),
])
def test_lead_and_tail_come_off(text: str, bare: str) -> None:
    assert unframed(text) == bare


@pytest.mark.parametrize("text", [
    "那水务局呢",  # 呢 is the follow-up's own word
    "是不是都评了优吗",  # 吗 asks yes or no
    "查查",  # a lead alone is left as it is, not emptied
    "问题项目有哪些",  # 问题 is no 问一下
    "领导关心的项目有哪些",  # who asked, but not set off from the question: the clauses decide
    "执行率最低的三个",
])
def test_words_that_ask_stay(text: str) -> None:
    assert unframed(text) == text


def test_a_follow_up_behind_a_lead_still_counts_the_list(tmp_path) -> None:
    """Read as a new question, 问一下 一共几个 counted every project of both reports (a confident wrong answer)."""
    assistant = assistant_over(tmp_path, [SAMPLE, WATER])
    listed = last(assistant, "两个局评了优的项目")
    counted = last(assistant, "两个局评了优的项目", "问一下 一共几个")
    assert counted.found and [f.value for f in counted.figures] == [len(listed.projects)]
    assert len(listed.projects) < 22


def test_a_tail_does_not_hide_a_follow_up(tmp_path) -> None:
    assistant = assistant_over(tmp_path, [SAMPLE, WATER])
    plain = last(assistant, "水务局每个项目年初预算列一下", "合计呢")
    tailed = last(assistant, "水务局每个项目年初预算列一下", "合计呢来着")
    assert tailed.found and [f.value for f in tailed.figures] == [f.value for f in plain.figures] != []
