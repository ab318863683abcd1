"""The time parser's example corpus: each question, the mentions it must yield (start, text, kind, year, offset, period)."""

from __future__ import annotations

import time

import pytest

from assistant.understand.times import find_times, is_bare_year

Y, R, P, F = "year", "relative_year", "period", "future"

CORPUS: list[tuple[str, list[tuple]]] = [
    # absolute years
    ("23年海洋项目执行率多少", [(0, "23年", Y, 2023, None, None)]),
    ("2024年的总预算是多少", [(0, "2024年", Y, 2024, None, None)]),
    ("2024年度得分最低的项目", [(0, "2024年度", Y, 2024, None, None)]),
    ("2024各项目的执行率", [(0, "2024", Y, 2024, None, None)]),
    ("24年扣分的项目", [(0, "24年", Y, 2024, None, None)]),
    ("二〇二四年的执行率", [(0, "二〇二四年", Y, 2024, None, None)]),
    ("二四年的预算", [(0, "二四年", Y, 2024, None, None)]),
    ("二三年海洋项目得分", [(0, "二三年", Y, 2023, None, None)]),
    ("2030年的目标是什么", [(0, "2030年", Y, 2030, None, None)]),
    ("2023年和2024年比执行率", [(0, "2023年", Y, 2023, None, None), (6, "2024年", Y, 2024, None, None)]),
    ("2024年度资金总额是多少", [(0, "2024年", Y, 2024, None, None)]),
    ("2024年度指标值达到了吗", [(0, "2024年", Y, 2024, None, None)]),
    ("2024年初预算多少", [(0, "2024", Y, 2024, None, None)]),
    ("2024年中央资金有多少", [(0, "2024年", Y, 2024, None, None)]),
    # relative and future years
    ("去年的执行率是多少", [(0, "去年", R, None, -1, None)]),
    ("今年得分最高的项目", [(0, "今年", R, None, 0, None)]),
    ("本年度预算执行情况", [(0, "本年度", R, None, 0, None)]),
    ("和上年度相比得分变化", [(1, "上年度", R, None, -1, None)]),
    ("上一年的执行率", [(0, "上一年", R, None, -1, None)]),
    ("比上年提高了多少", [(1, "上年", R, None, -1, None)]),
    ("前年的海洋项目", [(0, "前年", R, None, -2, None)]),
    ("明年的预算安排", [(0, "明年", F, None, 1, None)]),
    ("下一年度的目标", [(0, "下一年度", F, None, 1, None)]),
    ("下年度还继续吗", [(0, "下年度", F, None, 1, None)]),
    ("下年预算多少", [(0, "下年", F, None, 1, None)]),
    ("下个年度预计能执行到多少", [(0, "下个年度", F, None, 1, None)]),
    ("上个年度的预算", [(0, "上个年度", R, None, -1, None)]),
    # periods the annual table does not have
    ("上半年执行了多少", [(0, "上半年", P, None, None, "上半年")]),
    ("下半年的支出进度", [(0, "下半年", P, None, None, "下半年")]),
    ("2024年上半年执行率", [(0, "2024年", Y, 2024, None, None), (5, "上半年", P, None, None, "上半年")]),
    ("一季度支出多少", [(0, "一季度", P, None, None, "第一季度")]),
    ("第一季度执行率", [(0, "第一季度", P, None, None, "第一季度")]),
    ("Q1的支出进度", [(0, "Q1", P, None, None, "第一季度")]),
    ("三季度完成了吗", [(0, "三季度", P, None, None, "第三季度")]),
    ("一月份花了多少", [(0, "一月份", P, None, None, "一月")]),
    ("1月的执行数", [(0, "1月", P, None, None, "一月")]),
    ("12月份的执行率", [(0, "12月份", P, None, None, "十二月")]),
    ("月度执行情况", [(0, "月度", P, None, None, "月度")]),
    ("每月支出多少", [(0, "每月", P, None, None, "每月")]),
    ("截至6月执行了多少", [(0, "截至6月", P, None, None, "截至六月")]),
    ("年中的执行率", [(0, "年中", P, None, None, "年中")]),
    ("上旬支出多少", [(0, "上旬", P, None, None, "上旬")]),
    ("6月底执行进度", [(0, "6月底", P, None, None, "六月底")]),
    # the table's own field words are not times
    ("上年结转资金是多少", []),
    ("有上年结转的项目", []),
    ("上年度结转资金", []),
    ("年初预算是多少", []),
    ("年初预算和全年预算差多少", []),
    ("全年执行数多少", []),
    ("当年财政拨款多少", []),
    ("年度资金总额最高的项目", []),
    ("年度指标值是多少", []),
    ("年度总体目标完成了吗", []),
    ("年度得分", []),
    ("本年度指标值完成了吗", [(0, "本年", R, None, 0, None)]),
    ("上年度资金总额多少", [(0, "上年", R, None, -1, None)]),
    ("目前年度指标值完成了吗", []),
    ("之后年度的安排", []),
    # not years
    ("近10年的趋势", []),
    ("预算超过2024的项目", []),
    ("预算2024万的项目", []),
    ("十四五规划项目", []),
    ("三个月内完成", []),
]


@pytest.mark.parametrize(("question", "expected"), CORPUS, ids=[q for q, _ in CORPUS])
def test_corpus(question: str, expected: list[tuple]) -> None:
    found = find_times(question)
    assert [(m.start, m.text, m.kind, m.year, m.offset, m.period) for m in found] == expected
    for mention in found:
        assert question[mention.start:mention.end] == mention.text


def test_half_year_once() -> None:
    """上半年 is one period, not also 半年."""
    assert [m.text for m in find_times("上半年和全年比")] == ["上半年"]


@pytest.mark.parametrize(("question", "start", "end", "year"), [
    ("2024的得分", 0, 4, True), ("超过2024", 2, 6, False), ("2024.5万", 0, 4, False),
])
def test_bare_year(question: str, start: int, end: int, year: bool) -> None:
    assert is_bare_year(question, start, end) is year


def test_fast() -> None:
    questions = [q for q, _ in CORPUS]
    begin = time.perf_counter()
    for _ in range(20):
        for question in questions:
            find_times(question)
    assert (time.perf_counter() - begin) / (20 * len(questions)) < 0.0002


@pytest.mark.parametrize(("text", "years"), [
    ("水务局22到24年三年执行数", [2022, 2023, 2024]),
    ("22年到24年", [2022, 2023, 2024]),
    ("2022-2024年的预算", [2022, 2023, 2024]),
    ("23、24两年项目数", [2023, 2024]),
    ("23和24年", [2023, 2024]),
    ("2023年和2024年", [2023, 2024]),
])
def test_several_years_said_at_once(text: str, years: list[int]) -> None:
    assert [m.year for m in find_times(text)] == years


def test_a_range_of_numbers_before_a_year_is_no_range_of_years() -> None:
    assert [m.year for m in find_times("执行率在90-95之间的24年项目")] == [2024]


def test_a_year_before_more_spent_is_a_year_not_a_span() -> None:
    assert [m.year for m in find_times("公路养护24年比23年多花了多少")] == [2024, 2023]
