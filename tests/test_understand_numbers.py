"""The number parser's example corpus: each phrase, the mentions it must yield (start, text, value, unit, flags)."""

from __future__ import annotations

import time

import pytest

from assistant.understand.numbers import NumberMention, find_numbers, zh_number

V, O, E = "vague", "ordinal", "from_end"

CORPUS: list[tuple[str, list[tuple]]] = [
    # Arabic
    ("预算超过300的项目有哪些", [(4, "300", 300, None, "")]),
    ("执行数300.5是哪个项目", [(3, "300.5", 300.5, None, "")]),
    ("预算1,234.56万元的项目", [(2, "1,234.56万元", 1234.56, "万元", "")]),
    ("超过１２３万的项目", [(2, "１２３万", 123, "万元", "")]),
    # Chinese
    ("预算超过两百万的项目", [(4, "两百万", 200, "万元", "")]),
    ("全年预算一千二百五十万是哪个项目", [(4, "一千二百五十万", 1250, "万元", "")]),
    ("执行率九十三点五以下的", [(3, "九十三点五", 93.5, None, "")]),
    ("得分差了零点五的项目", [(4, "零点五", 0.5, None, "")]),
    ("这仨项目的预算", [(1, "仨", 3, None, "")]),
    ("他俩谁的得分高", [(1, "俩", 2, None, "")]),
    ("指标得分十八的有哪些", [(4, "十八", 18, None, "")]),
    ("分值二十的指标", [(2, "二十", 20, None, "")]),
    ("预算一千二万的项目", [(2, "一千二万", 1200, "万元", "")]),
    # mixed and money
    ("预算3百万以上的项目", [(2, "3百万", 300, "万元", "")]),
    ("总预算有没有1.5亿", [(6, "1.5亿", 15000, "万元", "")]),
    ("5千万以上的项目", [(0, "5千万", 5000, "万元", "")]),
    ("执行数低于50000元的项目", [(5, "50000元", 5, "万元", "")]),
    ("预算超过2亿元吗", [(4, "2亿元", 20000, "万元", "")]),
    ("预算在300万元以上", [(3, "300万元", 300, "万元", "")]),
    ("预算两百万元以内", [(2, "两百万元", 200, "万元", "")]),
    # percentages
    ("执行率低于97%的项目", [(5, "97%", 97, "%", "")]),
    ("执行率低于97％的项目", [(5, "97％", 97, "%", "")]),
    ("执行率不足百分之九十七的有哪些", [(5, "百分之九十七", 97, "%", "")]),
    ("执行率高于百分之97.5的项目", [(5, "百分之97.5", 97.5, "%", "")]),
    ("执行率不到九成的项目", [(5, "九成", 90, "%", "")]),
    ("执行率八成五以上", [(3, "八成五", 85, "%", "")]),
    ("执行率九五以上 预算三百万以内", [(3, "九五", 95, "%", ""), (10, "三百万", 300, "万元", "")]),
    ("连六成五都不到的", [(1, "六成五", 65, "%", "")]),
    ("花了不到一半的项目", [(4, "一半", 50, "%", "")]),
    ("执行不到三分之一的项目", [(4, "三分之一", 100 / 3, "%", "")]),
    ("执行率百分百的项目", [(3, "百分百", 100, "%", "")]),
    ("执行率差了0.57个百分点", [(5, "0.57个百分点", 0.57, "%", "")]),
    # points and counts
    ("得分99分以上的项目", [(2, "99分", 99, "分", "")]),
    ("总分九十九分的项目", [(2, "九十九分", 99, "分", "")]),
    ("扣分超过3个的项目", [(4, "3个", 3, "个", "")]),
    ("有三个项目扣分吗", [(1, "三个", 3, "个", "")]),
    ("扣分的三项指标", [(3, "三项", 3, "项", "")]),
    ("执行率最低的前三", [(7, "三", 3, None, "")]),
    ("得分最高的前三个项目", [(6, "三个", 3, "个", "")]),
    ("开展培训5次以上", [(4, "5次", 5, "次", "")]),
    ("Top3项目", [(3, "3", 3, None, "")]),
    ("倒数十个项目", [(2, "十个", 10, "个", "")]),
    ("排名前五的项目", [(3, "五", 5, None, "")]),
    # ordinals
    ("预算第三高的项目", [(2, "第三", 3, None, O)]),
    ("排第3个的项目是什么", [(1, "第3个", 3, None, O)]),
    ("执行率倒数第二的项目", [(3, "倒数第二", 2, None, O + E)]),
    ("得分第一名是谁", [(2, "第一名", 1, None, O)]),
    ("排在最后一个的项目", [(2, "最后一个", 1, None, O + E)]),
    ("排名末尾的项目", [(2, "末尾", 1, None, O + E)]),
    # vague
    ("执行率差了零点几", [(5, "零点几", 0, None, V)]),
    ("预算几十万的项目", [(2, "几十万", 10, "万元", V)]),
    ("扣了十几个指标", [(2, "十几个", 10, "个", V)]),
    ("预算上百万的项目", [(2, "上百万", 100, "万元", V)]),
    ("预算100多万的项目", [(2, "100多万", 100, "万元", V)]),
    ("有两三个项目没完成吗", [(1, "两三个", 2, "个", V)]),
    ("执行数百分之五以上", [(3, "百分之五", 5, "%", "")]),  # 数百 is no vague number before 分之
    # several in one question
    ("预算超过100万且执行率低于95%的前3个项目", [(4, "100万", 100, "万元", ""), (14, "95%", 95, "%", ""),
                                                (19, "3个", 3, "个", "")]),
    # not numbers: words that contain numeral characters, and years
    ("一级指标得分情况", []),
    ("二级指标有哪些", []),
    ("三级指标扣分的", []),
    ("十四五规划相关项目", []),
    ("长三角生态绿色一体化项目", []),
    ("一流的项目", []),
    ("一网通办的执行率", []),
    ("三同时检查的得分", []),
    ("一河一策项目", []),
    ("统一监管的项目", []),
    ("唯一扣分的项目", []),
    ("有一些项目扣分吗", []),
    ("查一下海洋项目", []),
    ("一共有多少预算", []),
    ("一起比较执行率", []),
    ("进一步提高执行率", []),
    ("一般项目的得分", []),
    ("万一没完成呢", []),
    ("千万别漏了", []),
    ("百姓满意度", []),
    ("五水共治项目", []),
    ("哪一个项目得分最高", []),
    ("十分重要的项目", []),
    ("第三方评价的得分", []),
    ("一次性项目的预算", []),
    ("2024年执行率多少", []),
    ("23年的预算", []),
    ("二〇二四年的得分", []),
    ("2024年度的项目", []),
    ("2024的预算", []),
    ("第一季度执行多少", []),
    ("6月底执行了多少", []),
    ("三个月内完成", []),
    ("PM2.5监测项目", []),
    ("上一个项目呢", []),
    ("五一期间的支出", []),
]


def _flags(mention: NumberMention) -> str:
    """The mention's flags as the corpus writes them."""
    return (O if mention.ordinal else "") + (E if mention.from_end else "") + (V if mention.vague else "")


@pytest.mark.parametrize(("question", "expected"), CORPUS, ids=[q for q, _ in CORPUS])
def test_corpus(question: str, expected: list[tuple]) -> None:
    found = find_numbers(question)
    assert [(m.start, m.text, m.unit, _flags(m)) for m in found] == [(s, t, u, f) for s, t, _, u, f in expected]
    assert [m.value for m in found] == pytest.approx([v for _, _, v, _, _ in expected])
    for mention in found:
        assert question[mention.start:mention.end] == mention.text


@pytest.mark.parametrize(("question", "said"), [
    ("预算300元", "元"), ("两百万", "万"), ("300万元", "万元"), ("1.5亿", "亿"), ("1.5亿元", "亿元"),
    ("九成", "成"), ("97％", "％"), ("97%", "%"), ("3个", "个"), ("倒数第2名", "名"), ("第三", None), ("300", None),
])
def test_said_unit(question: str, said: str | None) -> None:
    (mention,) = find_numbers(question)
    assert mention.said_unit == said


@pytest.mark.parametrize(("numeral", "value"), [
    ("三", 3), ("十", 10), ("十八", 18), ("一百零五", 105), ("两千零五", 2005), ("一亿二千万", 120_000_000),
    ("三百五", 350), ("两万五", 25_000), ("零点五", 0.5), ("十四五", None), ("万一", None), ("一二", None),
])
def test_chinese_numerals(numeral: str, value: float | None) -> None:
    assert zh_number(numeral) == value


def test_fast() -> None:
    questions = [q for q, _ in CORPUS]
    begin = time.perf_counter()
    for _ in range(20):
        for question in questions:
            find_numbers(question)
    per_question = (time.perf_counter() - begin) / (20 * len(questions))
    assert per_question < 0.0002


def test_two_tenths_said_with_liang() -> None:
    from assistant.planner import normalized

    assert normalized("占两成以上") == "占20%以上"


def test_a_count_in_wan_is_a_count_not_money() -> None:
    from assistant.understand.numbers import write_numbers
    assert write_numbers("扫描三十五万六千页") == "扫描356000页"
    assert write_numbers("预算三十五万的") == "预算35万元的"
