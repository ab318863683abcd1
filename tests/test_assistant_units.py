"""The assistant's small parts alone: Chinese numerals, metric words, conditions, project resolution."""

from __future__ import annotations

import pytest

from assistant.catalog import Catalog
from assistant.cues import detect_conditions, detect_metrics, normalize_question
from assistant.numbers_zh import money_mentions, percent_mentions, zh_to_int
from assistant.understand.numbers import write_numbers
from assistant.resolve import ProjectResolver, common_stretches
from tests.fixtures.assistant_records import (
    ENV_DEPARTMENT,
    env_document,
    water_document,
)


@pytest.mark.parametrize(("text", "value"), [
    ("三", 3), ("十", 10), ("十八", 18), ("二十", 20), ("一百二十", 120), ("两千五百", 2500), ("一千万", 10_000_000),
    ("两千零五", 2005), ("一亿", 100_000_000), ("万", None), ("三角", None), ("", None),
])
def test_chinese_numerals(text: str, value: int | None) -> None:
    assert zh_to_int(text) == value


@pytest.mark.parametrize(("question", "normalized"), [
    ("执行率最低的三个项目", "执行率最低的3个项目"),
    ("前三", "前3"),
    ("倒数第二", "倒数第2"),
    ("第十八个项目", "第18个项目"),
    ("执行率低于百分之九十", "执行率低于90%"),
    ("不到九成", "不到90%"),
    ("哪些项目涉及长三角", "哪些项目涉及长三角"),
    ("1000万元以上", "1000万元以上"),
    ("预算超过1千万元", "预算超过1000万元"),
    ("5百万", "500万元"),
    ("预算超过一千万的项目", "预算超过1000万元的项目"),
    ("得分九十九点五以上", "得分99.5以上"),
    ("预算占四分之一以上", "预算占25%以上"),
    ("执行率零点几", "执行率零点几"),
    ("千万不要", "千万不要"),
])
def test_numerals_rewritten_only_where_they_count(question: str, normalized: str) -> None:
    assert write_numbers(question) == normalized


def test_amounts_are_read_in_wanyuan() -> None:
    assert [v for v, _ in money_mentions(write_numbers("超过一千万元"))] == [1000.0]
    assert [v for v, _ in money_mentions("1亿元")] == [10000.0]
    assert [v for v, _ in money_mentions("5000元")] == [0.5]
    assert [v for v, _ in percent_mentions("低于90%")] == [90.0]


@pytest.mark.parametrize(("question", "keys"), [
    ("执行率是多少", ["rate"]),
    ("支出进度怎么样", ["rate"]),
    ("全年执行了多少钱", ["executed"]),
    ("预算规模", ["full_year"]),
    ("年初预算和全年预算", ["initial", "full_year"]),
    ("自评得分", ["total_score"]),
    ("分数", ["total_score"]),
    ("评分等级", ["grade"]),
])
def test_metric_synonyms(question: str, keys: list[str]) -> None:
    assert [ref.metric.key for ref in detect_metrics(question)] == keys


def test_a_name_ending_in_a_figure_word_is_not_that_figure() -> None:
    assert [ref.metric.key for ref in detect_metrics("督察工作经费的执行率")] == ["rate"]
    assert [ref.metric.key for ref in detect_metrics("督察项目的经费")] == ["full_year"]


def test_fund_line_named_in_question() -> None:
    refs = detect_metrics("其他资金执行了多少")
    assert [(ref.metric.key, ref.fund_kind) for ref in refs] == [("executed", "其他资金")]
    assert {ref.fund_kind for ref in detect_metrics("当年财政拨款是多少")} == {"当年财政拨款"}


@pytest.mark.parametrize(("question", "expected"), [
    ("执行率低于90%的项目", [("rate", "<", 90.0)]),
    ("执行率不到百分之九十", [("rate", "<", 90.0)]),
    ("执行率90%以下", [("rate", "<=", 90.0)]),
    ("全年预算超过1000万元", [("full_year", ">", 1000.0)]),
    ("预算超过一千万元", [("full_year", ">", 1000.0)]),
    ("得分低于99分", [("total_score", "<", 99.0)]),
    ("评分等级为优", [("grade", "=", "优")]),
])
def test_threshold_conditions(question: str, expected: list[tuple]) -> None:
    text = normalize_question(question)
    conditions = detect_conditions(text, detect_metrics(text))
    assert [(c.metric.metric.key, c.op, c.value) for c in conditions] == expected


def test_budget_adjusted_and_not_full_marks_compare_two_figures() -> None:
    adjusted, = detect_conditions("年初预算和全年预算不一致", [])
    assert (adjusted.metric.metric.key, adjusted.op, adjusted.against.metric.key) == ("initial", "!=", "full_year")
    not_full, = detect_conditions("得分不是满分", [])
    assert (not_full.metric.metric.key, not_full.op) == ("total_score", "<")
    assert not_full.against.metric.key == "total_weight"


def test_common_stretches_are_maximal_and_two_characters_long() -> None:
    assert common_stretches("海洋和大气项目", "海洋生态环境保护") == [(0, 2)]
    assert common_stretches("核辐射", "核与辐射安全管理") == [(1, 3)]


@pytest.fixture(scope="module")
def entries():
    return Catalog([env_document(), water_document()]).entries


def _names(resolution, entries) -> list[str]:
    by_key = {e.key: e.name for e in entries}
    return [by_key[k] for k in resolution.projects]


@pytest.mark.parametrize(("question", "names"), [
    ("海洋项目的执行率", ["海洋生态环境保护"]),
    ("核辐射", ["核与辐射安全管理"]),
    ("党建的得分", ["党建、群建工作"]),
    ("海洋和大气的执行率", ["海洋生态环境保护", "大气生态环境保护与监测"]),
    ("海洋生态环境保护项目", ["海洋生态环境保护"]),
    ("环评项目", []),
    ("泵站维修改造", ["城区排涝泵站维修改造"]),
    ("执行率最低的三个项目", []),
])
def test_resolution_by_name(entries, question: str, names: list[str]) -> None:
    resolver = ProjectResolver([ENV_DEPARTMENT])
    assert _names(resolver.resolve(question, entries), entries) == names


def test_shared_words_ask_back(entries) -> None:
    resolution = ProjectResolver().resolve("生态环境保护项目的执行率", entries)
    assert not resolution.projects
    assert len(resolution.candidates) == 3


def test_ordinal_names_a_project_in_each_document(entries) -> None:
    env_only = [e for e in entries if e.document.department == ENV_DEPARTMENT]
    assert [k.seq for k in ProjectResolver().resolve("第3个项目", env_only).projects] == [3]
    assert len(ProjectResolver().resolve("第2个项目", entries).candidates) == 2


def test_nameless_project_found_by_its_table_words(entries) -> None:
    resolution = ProjectResolver().resolve_by_table_words("法规、标准那个项目", entries)
    assert [k.seq for k in resolution.projects] == [5]
