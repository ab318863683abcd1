"""The accounting's checks that a plan computes what the question asks, and the follow-up and exclusion forms the
fresh question sets showed, on the real sample report (上海市生态环境局 2024, 18 projects).

Each case here was once answered with confident figures for a nearby question: a count of 4 for a budget total,
大气's figures for 海阳 (海洋 typed by pinyin), a one-project ranking for 最低的俩, the whole report's total for the
rest of a five-project list. Expected values are the sample's: budgets #9 3327.01, #5 1425.66, #15 1367.74, #18
947.50, #1 779.05; the four rates below 85 are #7, #10, #12, #13 with budgets 499.96 + 25.00 + 17.00 + 156.27.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.contract import Answer
from assistant.engine import Assistant
from ingest.store import Store

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "000_714f557b0e494d5f.txt"


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Assistant:
    store = Store(tmp_path_factory.mktemp("checks_sample"))
    store.ingest(SAMPLE)
    return Assistant(store)


def ask(assistant: Assistant, *turns: str) -> Answer:
    """The answer to the last of ``turns``, asked as one conversation."""
    conversation = assistant.new_conversation()
    return [assistant.ask(turn, conversation) for turn in turns][-1]


def values(answer: Answer) -> list[float]:
    return [round(f.value, 2) for f in answer.figures]


def test_a_count_of_projects_before_a_total_is_no_count(sample: Assistant) -> None:
    answer = ask(sample, "执行率低于八十五的几个项目预算合计")
    assert answer.found and 698.23 in values(answer)
    assert 4.0 not in values(answer)


@pytest.mark.parametrize("question", [
    "科技与国际合作交流的专项债资金执行了多少",  # a fund source the template does not split
    "生态局财政拨款里市级和区级各多少",
])
def test_words_the_plan_does_not_compute_are_not_answered(sample: Assistant, question: str) -> None:
    answer = ask(sample, question)
    assert not answer.found and not answer.figures


def test_a_limit_is_the_number_said_not_an_article(sample: Assistant) -> None:
    assert len(ask(sample, "资金那一项得分最低的俩").projects) == 2  # 那一项 is no limit of one
    answer = ask(sample, "平均一个项目执行了多少万")
    assert answer.found and round(11846.60 / 18, 2) in values(answer)


def test_a_typed_name_is_not_grown_over_another_projects_word(sample: Assistant) -> None:
    answer = ask(sample, "海阳生态环境保护 一共执行了多少")
    assert answer.found and [p.seq for p in answer.projects] == [4]  # not 大气生态环境保护, whose 生态环境保护 matched
    assert answer.answer.startswith("（按“海洋生态环境保护")  # the correction is said first


def test_question_words_are_never_corrected(sample: Assistant) -> None:
    answer = ask(sample, "党件得了几分")
    assert answer.found and "几分" in answer.answer.split("”")[0]


def test_bottom_of_a_ranking_is_its_worst(sample: Assistant) -> None:
    lowest = ask(sample, "得分最低的三个")
    answer = ask(sample, "得分最低的三个", "垫底那个执行率呢")
    assert [p.seq for p in answer.projects] == [lowest.projects[0].seq]
    highest = ask(sample, "预算最多的三个")
    answer = ask(sample, "预算最多的三个", "垫底那个呢")
    assert [p.seq for p in answer.projects] == [highest.projects[-1].seq]


def test_bottom_n_is_a_count_from_the_end(sample: Assistant) -> None:
    answer = ask(sample, "支出进度垫底的四个项目")
    assert [p.seq for p in answer.projects] == [7, 12, 10, 13]


def test_leaving_one_out_of_the_last_list_sums_the_rest_of_it(sample: Assistant) -> None:
    answer = ask(sample, "预算最大的五个项目", "拿掉科技那个 剩下四个预算合计")
    assert answer.found and round(1425.66 + 1367.74 + 947.50 + 779.05, 2) in values(answer)


def test_a_difference_in_points_is_no_count(sample: Assistant) -> None:
    answer = ask(sample, "海洋跟大气执行率差了几个点")
    assert answer.intent == "compare"
    assert 2.0 not in values(answer)


def test_a_sum_naming_no_figure_is_not_the_budget(sample: Assistant) -> None:
    answer = ask(sample, "一共有多少张项目自评表 加起来")
    assert not (answer.found and round(12216.04, 2) in values(answer))
    assert ask(sample, "预算最多的两个", "它们合计多少").found  # the last answer's figure is what they sum


def test_a_project_left_out_before_its_verb(sample: Assistant) -> None:
    answer = ask(sample, "党建先剔掉 支出进度排最后三名的")
    assert answer.found and [p.seq for p in answer.projects] == [7, 12, 13]


def test_an_indicator_asked_by_its_own_name(sample: Assistant) -> None:
    answer = ask(sample, "提交的研究成果数量实际做到多少")
    assert answer.found and [p.seq for p in answer.projects] == [3]
    assert not ask(sample, "提交的研究报告质量评分实际做到多少").found  # most of the name, but not this indicator's


def test_what_a_project_got_done_quotes_its_result_text(sample: Assistant) -> None:
    answer = ask(sample, "科技与国际合作交流 实际干成了哪些事")
    assert answer.found and answer.intent == "text"


def test_an_indicator_test_composes_with_a_figure(sample: Assistant) -> None:
    overall = ask(sample, "有指标扣分那几个项目合起来的执行率")  # once a Σ of indicator counts: now Σ执行/Σ预算 of them
    assert overall.found and overall.figures[0].label == "整体执行率" and len(overall.projects) == 4
    clean = ask(sample, "指标没扣分但执行率不到90的项目有哪些")
    assert [p.seq for p in clean.projects] == [7, 10, 12, 13]


def test_a_fund_lines_share_of_its_own_budget(sample: Assistant) -> None:
    answer = ask(sample, "全市生态环境保障的财政拨款占比")
    assert answer.found and round(400.00 / 499.96 * 100, 2) in values(answer)
    below = ask(sample, "财政拨款占比不到九成的项目")
    assert below.found and 7 in [p.seq for p in below.projects]


def test_a_share_of_the_total_said_as_more_than(sample: Assistant) -> None:
    answer = ask(sample, "哪些项目的预算占了总预算的一成多")
    assert [p.seq for p in answer.projects] == [5, 9, 15]  # above 10 % of 12216.04: 1425.66, 3327.01, 1367.74


def test_a_name_that_is_not_stored_is_not_a_partial_match(sample: Assistant) -> None:
    answer = ask(sample, "长江口水环境综合治理项目的执行率多少")  # 水生态环境综合管理 shares only 环境综合
    assert not answer.found and not answer.figures


def test_both_ends_of_a_ranking(sample: Assistant) -> None:
    answer = ask(sample, "执行率最高的和最低的分别是哪个")
    assert len(answer.projects) == 2 and 7 in [p.seq for p in answer.projects]  # 63.23, the lowest


def test_after_a_question_not_understood_a_bare_follow_up_has_nothing_to_repeat(sample: Assistant) -> None:
    answer = ask(sample, "得分最低的是哪个", "这个项目前年的安排怎么说", "去年的呢")
    assert not answer.found and not answer.figures


def test_the_rest_of_a_list_after_leaving_one_out(sample: Assistant) -> None:
    answer = ask(sample, "预算最大的三个项目", "去掉科技那个", "剩下的预算加起来多少")  # the other two of the three
    assert answer.found and round(1425.66 + 1367.74, 2) in values(answer)
    assert "未执行" not in answer.answer  # 剩下 here is the projects left, not the budget left unexecuted


def test_negations_of_indicator_loss_and_of_a_fund_line(sample: Assistant) -> None:
    clean = ask(sample, "哪些项目的指标一分都没扣")
    assert clean.found and len(clean.projects) == 14 and not {1, 9, 11, 18} & {p.seq for p in clean.projects}


def test_a_mean_after_a_sum_is_of_the_same_figure_and_projects(sample: Assistant) -> None:
    answer = ask(sample, "一共几个项目", "预算加起来多少", "平均下来一个项目多少")
    assert answer.found and round(12216.04 / 18, 2) in values(answer)


def test_a_sort_with_no_length_lists_every_project(sample: Assistant) -> None:
    answer = ask(sample, "按预算从大到小排一下")
    assert len(answer.projects) == 18 and answer.projects[0].seq == 9
    assert [p.seq for p in ask(sample, "按预算从大到小排一下", "倒数第一是哪个").projects] == [12]  # 17.00, the smallest


def test_money_spent_is_the_amount_executed(sample: Assistant) -> None:
    assert [p.seq for p in ask(sample, "花钱最少的三个项目").projects] == [12, 10, 13]  # 11.37, 20.37, 127.38


def test_a_period_is_a_gap_even_where_a_projects_texts_say_it(sample: Assistant) -> None:
    answer = ask(sample, "执行率按季度拆一下")
    assert not answer.found and not answer.figures


def test_indicator_rows_that_lost_points_counted_for_a_project(sample: Assistant) -> None:
    answer = ask(sample, "生态环境监测那个项目有几条指标扣了分")
    assert answer.found and answer.figures[0].label == "扣分指标数" and answer.figures[0].value == 3


def test_projects_ranked_by_their_indicators_points_lost_in_all(sample: Assistant) -> None:
    answer = ask(sample, "指标扣分加起来最多的是哪个")
    assert [p.seq for p in answer.projects] == [1]


def test_a_number_equal_to_a_count_is_no_count_unless_said_as_one(sample: Assistant) -> None:
    assert ask(sample, "海洋和大气两个项目的执行率").found  # 两个项目: the two named
    assert len(ask(sample, "预算最大的两个", "它俩加起来多少").figures) >= 1  # 它俩 is both, not an ask-back
    assert ask(sample, "水务局四个项目平均得分").found is False  # no 水务局 stored here: never the sample's mean
