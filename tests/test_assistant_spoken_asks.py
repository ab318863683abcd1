"""Spoken ways of asking, over the sample and the water bureau's report read by the real ingest: 有没有 asks whether
(its 没有 negates nothing: 预算有没有超过1000万 is 超过), 满分 / 拿了一百分 as conditions, 六成五 as 65%, a follow-up that
leaves a project out and asks again (不算X的话, 把X那个去掉再算一下), and a character of a name typed in pinyin (he辐射).
Expected figures are the reports' own: 农村饮水安全巩固提升 总分 100.00 (the one full score), 水务局 Σ全年预算数
4,174.96 − 2,050.00 = 2,124.96; 执行率 below 65%: #7 63.23%, 节约用水宣传 61.66%.
"""

from __future__ import annotations

import pytest

from assistant.contract import Answer
from assistant.engine import Assistant
from tests.fixtures import conversations
from tests.fixtures.conversations import assistant_over, last

SAMPLE, WATER = conversations.SAMPLE.name, conversations.WATER.name


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return assistant_over(tmp_path_factory.mktemp("spoken_asks"), (conversations.SAMPLE, conversations.WATER))


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


def test_a_background_clause_that_reads_like_a_name_is_left_out(assistant: Assistant) -> None:
    answer = last(assistant, "开会要讲问题项目 生态局得分倒数三个是哪些")  # 问题项目 is no project's name
    assert answer.found and keys(answer) == {(SAMPLE, 1), (SAMPLE, 7), (SAMPLE, 12)}


def test_a_cause_asked_of_the_points_lost_is_answered_by_the_reasons(assistant: Assistant) -> None:
    answer = last(assistant, "泵站项目扣分是不是跟汛期有关 具体哪几项")  # 两座泵站因汛期提前未能开工
    assert answer.found and answer.intent == "lost_points" and "汛期" in answer.answer
    assert not last(assistant, "泵站项目扣分是不是跟台风有关").found  # no reason speaks of 台风
    assert not last(assistant, "泵站项目汛期扣了几分").found  # a period the table lacks


def test_a_text_asked_after_one_project_is_that_projects(assistant: Assistant) -> None:
    answer = last(assistant, "泵站那个评了良", "年初定的总体目标是啥")
    assert answer.found and keys(answer) == {(WATER, 1)} and "汛前完成12座泵站维修改造" in answer.answer


def test_a_project_said_to_lack_its_name_is_the_nameless_one(assistant: Assistant) -> None:
    answer = last(assistant, "法规与标准那个项目名称都缺了", "扣分的指标和原因说一下")
    assert answer.found and keys(answer) == {(SAMPLE, 11)} and "合同法律审查完成率" in answer.answer


@pytest.mark.parametrize("question", ["年中预算砍得最多的项目", "年初到全年调减最多的是哪个项目"])
def test_the_biggest_budget_cut_is_ranked_by_the_cut(assistant: Assistant, question: str) -> None:
    answer = last(assistant, question)  # 城区排涝泵站维修改造工程: 1,500.00 → 1,234.56, cut by 265.44
    assert answer.found and keys(answer) == {(WATER, 1)} and [f.value for f in answer.figures] == [265.44]


def test_two_conditions_spoken_with_digits_one_by_one_and_yinei(assistant: Assistant) -> None:
    answer = last(assistant, "生态局 执行率九五以上 预算又在三百万以内的")
    assert answer.found and answer.intent == "filter"
    assert "全年预算数不高于300.00 万元" in answer.answer and "执行率不低于95.00%" in answer.answer


def test_an_indicator_asked_how_many_times_it_was_done(assistant: Assistant) -> None:
    answer = last(assistant, "雨水情预报服务 实际搞了几次")  # 雨水情预报服务次数 ≥80 次, 86 次
    assert answer.found and 86.0 in [f.value for f in answer.figures]


def test_a_project_named_twice_is_read_once(assistant: Assistant) -> None:
    answer = last(assistant, "在对海洋这块的账 那个海洋的项目全年预算是多少来着")
    assert answer.found and [f.value for f in answer.figures] == [413.4]


def test_a_season_said_as_the_time_of_asking_is_background(assistant: Assistant) -> None:
    answer = last(assistant, "汛期快到了 领导关心汛前完工率这个指标 实际完成了多少")
    assert answer.found and answer.intent == "indicator" and "汛前完工率" in answer.answer
    assert not last(assistant, "上半年快到了 泵站执行率多少").found  # a period the table lacks, said beside the ask


def test_a_topic_said_as_one_word_the_texts_write_apart(assistant: Assistant) -> None:
    answer = last(assistant, "跟核辐射沾边的项目帮我找出来")  # 核与辐射安全管理: its texts say 核与辐射, never 核辐射
    assert answer.found and keys(answer) == {(SAMPLE, 14)}
    assert not last(assistant, "跟区块链有关的项目").found


def test_which_project_it_was_asked_with_lai_zhe(assistant: Assistant) -> None:
    answer = last(assistant, "我记得有个搞节水的项目 是哪个来着")
    assert answer.found and keys(answer) == {(WATER, 4)}


def test_a_project_left_out_with_a_remark_and_it(assistant: Assistant) -> None:
    answer = last(assistant, "科技国际合作那个太大了 不算它 生态局项目平均预算多少")
    assert answer.found and "除去：科技与国际合作交流" in answer.understood
    assert [f.value for f in answer.figures if "平均" in f.label] == [522.88]  # 8,889.03 / 17


@pytest.mark.parametrize(("question", "verdict"), [
    ("两个局全年执行数加起来过没过1.5个亿，具体多少", "是，全年执行数合计高于15,000.00 万元"),  # Σ 15,874.00
    ("两个局全年执行数加起来有没有超过两个亿", "否，全年执行数合计不高于20,000.00 万元"),
])
def test_a_total_checked_against_a_number_is_no_filter_on_projects(
    assistant: Assistant, question: str, verdict: str
) -> None:
    answer = last(assistant, question)
    assert answer.found and verdict in answer.answer
    assert [f.value for f in answer.figures][0] == 15874.0 and "并核对" in answer.understood


def test_a_ranking_asked_again_of_another_department(assistant: Assistant) -> None:
    answer = last(assistant, "生态局指标条数最多的是哪个项目", "那水务局最多的呢")
    assert answer.found and keys(answer) == {(WATER, 2)}  # 水文水质监测站网运行维护, 29 rows


def test_the_project_whose_name_is_missing_asked_a_figure(assistant: Assistant) -> None:
    answer = last(assistant, "生态环境局表里名字缺了的那个项目 执行率多少")
    assert answer.found and keys(answer) == {(SAMPLE, 11)} and [f.value for f in answer.figures] == [96.84]


def test_each_projects_cut_is_no_total(assistant: Assistant) -> None:
    answer = last(assistant, "生态局中途调过预算的项目有哪些 各调减了多少")  # 39.00 → 17.00 and 242.27 → 156.27
    assert answer.found and answer.intent == "filter" and {22.0, 86.0} <= {f.value for f in answer.figures}
    assert 108.0 not in [f.value for f in answer.figures]


def test_a_place_after_one_project_was_taken_from_a_list(assistant: Assistant) -> None:
    answer = last(assistant, "生态局执行率最低的三个项目", "第一个预算多少", "那第二个呢")
    assert answer.found and keys(answer) == {(SAMPLE, 12)} and [f.value for f in answer.figures] == [17.0]


@pytest.mark.parametrize(("turns", "total"), [
    (("水务局每个项目年初预算列一下", "合计呢"), 4445.4),  # 1,500.00 + 860.40 + 2,050.00 + 35.00
    (("水务局四个项目各执行了多少", "不算农村饮水那个 剩下的加起来多少"), 1977.4),  # 1,100.00 + 858.90 + 18.50
])
def test_a_total_of_the_figure_just_listed(assistant: Assistant, turns: tuple[str, ...], total: float) -> None:
    answer = last(assistant, *turns)
    assert answer.found and [f.value for f in answer.figures] == [total]


def test_a_figure_said_by_its_definition(assistant: Assistant) -> None:
    answer = last(assistant, "两个局没花出去的钱加一块多少 就是预算减执行")  # Σ预算 − Σ执行 = 16,391.00 − 15,874.00
    assert answer.found and [f.value for f in answer.figures][0] == 517.0  # then each report's


@pytest.mark.parametrize("question", ["总分原文缺了按规则算出来的是哪个项目", "校验标出来目标值符号可能填错的 都是哪些项目"])
def test_data_quality_asked_in_other_words(assistant: Assistant, question: str) -> None:
    assert last(assistant, question).found


def test_two_named_then_counted(assistant: Assistant) -> None:
    answer = last(assistant, "科技与国际合作和农村饮水两个 谁预算多 多多少")
    assert answer.found and 1277.01 in [f.value for f in answer.figures]


def test_a_name_shortened_by_its_first_character_and_another(assistant: Assistant) -> None:
    answer = last(assistant, "环评跟排污许可那块 财政拨款实际执行了多少")  # 环境影响评价和排污许可证管理
    assert answer.found and [f.value for f in answer.figures] == [1364.24]


def test_the_points_lost_quoted_in_a_why(assistant: Assistant) -> None:
    answer = last(assistant, "国际合作那个项目得分多少", "扣的那零点一分是啥原因")  # 科技与国际合作交流 lost 0.10 on a row
    assert answer.found and answer.intent == "lost_points" and "超计划完成" in answer.answer
    assert not last(assistant, "国际合作那个项目得分多少", "扣的那三分是啥原因").found  # it lost no row of 3 points


def test_indicator_rows_of_one_label_counted(assistant: Assistant) -> None:
    answer = last(assistant, "综合规划那个项目时效指标有几条")
    assert answer.found and ("时效指标数", 4.0) in [(f.label, f.value) for f in answer.figures]


def test_a_share_held_by_the_projects_with_a_row_that_lost_points(assistant: Assistant) -> None:
    answer = last(assistant, "有扣分指标的那些项目 预算加起来占两个局总预算几成")
    assert answer.found and answer.intent == "share" and 40.13 in [f.value for f in answer.figures]


def test_a_loose_name_left_out_of_the_last_list_is_the_one_there(assistant: Assistant) -> None:
    answer = last(assistant, "生态局有扣分指标的项目", "去掉监测那个 剩下几个预算合计")  # 监测: two projects; one listed
    assert answer.found and [f.value for f in answer.figures] == [4564.37]


def test_projects_that_used_a_fund_line(assistant: Assistant) -> None:
    answer = last(assistant, "生态局哪些项目用到了其他资金")  # 全市生态环境保障: 其他资金 99.96
    assert answer.found and keys(answer) == {(SAMPLE, 7)}


def test_a_clause_that_only_picks_projects_scopes_the_sum_after_it(assistant: Assistant) -> None:
    """预算过一千万的那几个，执行数加一块: the comma made the first clause a Σ预算 of its own and the second a Σ执行 over
    every project — both confident, neither asked. Said with a space or a comma, it is one Σ执行 over the picked."""
    spaced = last(assistant, "预算过一千万的那几个 执行数加一块是多少")
    comma = last(assistant, "预算过一千万的那几个，执行数加一块是多少")
    listed = last(assistant, "预算超过1000万的项目")
    for answer in (spaced, comma):
        assert answer.found and [f.label for f in answer.figures][:1] == ["全年执行数合计"], answer.answer
        assert keys(answer) == keys(listed)
    assert comma.figures[0].value == spaced.figures[0].value


def test_a_goal_asked_after_one_project_is_its_goal(assistant: Assistant) -> None:
    answer = last(assistant, "节水宣传那个", "目标写的啥")
    assert answer.found and keys(answer) == {(WATER, 4)} and "节水宣传周" in answer.answer


def test_whether_projects_touch_a_topic_is_the_topic_question(assistant: Assistant) -> None:
    answer = last(assistant, "有跟土壤固废沾边的项目吗")
    assert answer.found and "“土壤固废”" in answer.answer and len(answer.projects) == 1


def test_a_name_said_lost_is_the_nameless_project(assistant: Assistant) -> None:
    answer = last(assistant, "原表项目名称丢了的那个", "它预算多少 执行率多少")
    assert answer.found and keys(answer) == {(SAMPLE, 11)} and [f.label for f in answer.figures] == ["全年预算数", "执行率"]


def test_each_adjustment_after_the_adjusted_list(assistant: Assistant) -> None:
    listed = last(assistant, "水务局哪几个项目调过预算")
    answer = last(assistant, "水务局哪几个项目调过预算", "各调了多少")
    assert answer.found and keys(answer) == keys(listed) and len(listed.projects) == 2
    assert {f.label for f in answer.figures} == {"预算调整额", "年初预算数", "全年预算数"}  # each with its operands


def test_rows_of_one_label_are_counted_over_a_department(assistant: Assistant) -> None:
    """生态效益指标一共几条 had been answered with every indicator of the bureau (41)."""
    answer = last(assistant, "水务局那几个项目里 生态效益指标一共几条")
    assert answer.found and answer.answer.startswith("某市水务局 2023年度：生态效益指标共 3 项")


def test_a_median_is_the_middle_value(assistant: Assistant) -> None:
    rates = sorted(f.value for f in last(assistant, "水务局各项目执行率").figures)
    answer = last(assistant, "水务局执行率的中位数是多少")
    assert answer.found and answer.figures[0].label == "执行率中位数"
    assert answer.figures[0].value == pytest.approx((rates[1] + rates[2]) / 2, abs=0.01)


def test_a_fund_share_of_the_projects_own_money(assistant: Assistant) -> None:
    """泵站那个项目的钱里头 上年结转的占几成 had been the fund line's share over every project (100%)."""
    answer = last(assistant, "泵站那个项目的钱里头 上年结转的占几成")
    share = next(f for f in answer.figures if f.label == "上年结转资金占全年预算数的比例")
    assert answer.found and keys(answer) == {(WATER, 1)} and 0 < share.value < 100
    assert [f.label for f in answer.figures][:2] == ["上年结转资金全年预算数", "全年预算数"]  # its operands first


def test_a_ranking_among_the_projects_a_condition_keeps(assistant: Assistant) -> None:
    rated = {p.name: f.value for p, f in zip(last(assistant, "评了优的项目执行率").projects,
                                             last(assistant, "评了优的项目执行率").figures)}
    answer = last(assistant, "评了优的项目里 执行率最低的是哪个")
    assert answer.found and [p.name for p in answer.projects] == [min(rated, key=rated.get)]
    assert "在评分等级为优的项目中" in answer.answer


@pytest.mark.parametrize("question", ["两个局合一块算 资金总体执行率多少", "两个局总执行数除以总预算是多少"])
def test_the_overall_rate_said_in_other_words(assistant: Assistant, question: str) -> None:
    answer = last(assistant, question)
    assert answer.found and answer.figures[0].label == "整体执行率"


def test_only_one_department_after_a_list_narrows_the_list(assistant: Assistant) -> None:
    narrowed = last(assistant, "执行率低于八成五的有哪些", "只看生态局的")
    asked = last(assistant, "生态局执行率低于八成五的有哪些")
    assert narrowed.found and keys(narrowed) == keys(asked) != set()


def test_mid_year_after_that_is_a_period_the_table_lacks(assistant: Assistant) -> None:
    answer = last(assistant, "党建那个预算多少", "那年中的时候执行到多少了")
    assert not answer.found and not answer.figures


def test_a_project_left_out_alone_lists_the_rest_to_ask_about(assistant: Assistant) -> None:
    """水务局那几个里先把泵站那个拿掉 | 剩下三个一共花了多少钱 had summed the 未执行数 of every project (a wrong answer)."""
    rest = last(assistant, "水务局那几个里先把泵站那个拿掉")
    assert rest.found and len(rest.projects) == 3 and "\n1. " in rest.answer  # numbered as shown
    summed = last(assistant, "水务局那几个里先把泵站那个拿掉", "剩下三个一共花了多少钱")
    assert summed.found and summed.figures[0].label == "全年执行数合计"
    assert summed.figures[0].value == pytest.approx(sum(f.value for f in last(
        assistant, "水务局那几个里先把泵站那个拿掉", "它们各执行了多少").figures), abs=0.01)


def test_a_place_among_all_after_one_projects_figure(assistant: Assistant) -> None:
    answer = last(assistant, "泵站那个执行率多少", "在两个局所有项目里从低往高排第几")
    assert answer.found and keys(answer) == {(WATER, 1)} and "在 22 个项目中" in answer.answer


def test_how_far_from_a_grade_line(assistant: Assistant) -> None:
    score = last(assistant, "泵站那个总分").figures[0].value
    gap = last(assistant, "泵站评的什么等级", "离优还差几分")
    assert gap.found and keys(gap) == {(WATER, 1)} and gap.figures[0].value == pytest.approx(90 - score, abs=0.01)
    above = last(assistant, "水文站网那个比优秀线高出几分")
    assert above.found and above.figures[0].value > 0 and "90.00 −" not in above.answer


def test_a_cut_as_a_share_of_the_initial_budget(assistant: Assistant) -> None:
    answer = last(assistant, "泵站那个年初到全年砍掉了百分之几")
    share = next(f for f in answer.figures if f.label == "预算调减额占年初预算数的比例")
    assert answer.found and share.value == pytest.approx(265.44 / 1500 * 100, abs=0.01)


def test_a_topic_said_as_alternatives_is_either(assistant: Assistant) -> None:
    either = last(assistant, "生态局有没有管土壤或者大气的项目")
    soil, air = last(assistant, "生态局有没有管土壤的项目"), last(assistant, "生态局有没有管大气的项目")
    assert either.found and keys(either) == keys(soil) | keys(air) and keys(soil) and keys(air)


def test_a_project_against_the_mean_of_its_department(assistant: Assistant) -> None:
    budgets = [f.value for f in last(assistant, "生态局各项目预算").figures]
    mean = sum(budgets) / len(budgets)
    own = last(assistant, "党建那个预算多少").figures[0].value
    for turns in (["党建那个预算比生态局平均一个项目少多少"], ["党建那个预算多少", "比生态局平均一个项目少多少"]):
        answer = last(assistant, *turns)
        assert answer.found and keys(answer) >= {(SAMPLE, 10)}
        assert round(mean - own, 2) in [round(f.value, 2) for f in answer.figures] or \
            f"低 {mean - own:,.2f}" in answer.answer


def test_below_the_mean_as_a_condition_is_still_a_filter(assistant: Assistant) -> None:
    answer = last(assistant, "执行率比平均水平低的项目")
    assert answer.found and answer.intent == "filter" and len(answer.projects) > 1


@pytest.mark.parametrize("turns", [("全市生态环境保障那个项目", "财政拨款占了多少比例"), ("全市生态环境保障那个项目财政拨款占多少",)])
def test_a_fund_of_a_named_project_is_its_own_budgets_share(assistant: Assistant, turns: tuple[str, ...]) -> None:
    """Answered as its share of every project's 财政拨款 (3.30%), it was a wrong answer."""
    answer = last(assistant, *turns)
    shares = [f for f in answer.figures if f.label == "当年财政拨款占全年预算数的比例"]
    assert answer.found and len(shares) == 1 and shares[0].value == pytest.approx(400 / 499.96 * 100, abs=0.01)


def test_districts_are_a_grouping_the_tables_lack(assistant: Assistant) -> None:
    answer = last(assistant, "各区县的执行率分别多少")
    assert not answer.found and not answer.figures


def test_the_next_place_after_a_top_one(assistant: Assistant) -> None:
    ranked = last(assistant, "预算最大的三个")
    second = last(assistant, "预算最大的是哪个", "第二呢")
    assert second.found and [p.name for p in second.projects] == [ranked.projects[1].name]


def test_each_ones_lowest_over_two_departments(assistant: Assistant) -> None:
    answer = last(assistant, "各自执行率最低的是哪个项目")
    assert answer.found and {p.document for p in answer.projects} == {SAMPLE, WATER} and len(answer.projects) == 2


def test_each_grade_counted(assistant: Assistant) -> None:
    answer = last(assistant, "所有项目里 优 良 中 各有多少个")
    counts = {grade: len(last(assistant, f"评为{grade}的项目有哪些").projects) for grade in "优良中"}
    assert answer.found and [f.value for f in answer.figures] == [counts[g] for g in "优良中"]
    assert "评分等级为良的项目个数" in answer.understood


def test_equal_yet_lost_points_are_the_suspected_targets(assistant: Assistant) -> None:
    answer = last(assistant, "实际完成值跟目标值一样还被扣了分的 有哪几个项目")
    assert answer.found and answer.intent == "indicator" and "可能误录" in answer.answer


@pytest.mark.parametrize(("first", "then"), [("水务局的", "满意度指标一共几条"), ("水务局有哪几个项目", "哪条指标扣分最多")])
def test_a_scope_said_alone_lists_it_for_what_follows(assistant: Assistant, first: str, then: str) -> None:
    listed = last(assistant, first)
    assert listed.found and {p.document for p in listed.projects} == {WATER}
    answer = last(assistant, first, then)
    assert answer.found and {p.document for p in answer.projects} == {WATER}


def test_more_ways_staff_say_it(assistant: Assistant) -> None:
    """按局分一下 预算总额各是多少 (per department), 没花完的钱 哪三个项目剩得最多 (the 未执行数, top three), 所有局一起看."""
    per = last(assistant, "按局分一下 预算总额各是多少")
    assert per.found and per.answer.count("合计为") == 2
    most = last(assistant, "没花完的钱 哪三个项目剩得最多")
    assert most.found and len(most.projects) == 3 and most.figures[0].label == "未执行数"
    assert last(assistant, "预算最大的是哪个项目 两个局一起看").found


def test_a_question_no_project_met_is_still_the_one_asked_again(assistant: Assistant) -> None:
    """生态局有没有评良的 (none: found=false) | 那水务局呢 — asked again of 水务局, not a question lost."""
    answer = last(assistant, "生态局有没有评良的项目", "那水务局呢")
    assert answer.found and {p.document for p in answer.projects} == {WATER}


def test_the_highest_and_lowest_over_two_departments_are_two_projects(assistant: Assistant) -> None:
    answer = last(assistant, "两个局里执行率最高的和最低的分别是哪个")
    assert answer.found and len(answer.projects) == 2


@pytest.mark.parametrize(("turns", "verdict"), [
    (("大气执行率过没过百分之九十五",), "是，执行率高于95.00%"),  # 99.81%
    (("泵站那个得分到90分没有",), "否，总分低于90.00 分"),  # 88.41
    (("综合规划执行率", "过没过百分之九十五"), "否，执行率不高于95.00%"),  # 93.51%
    (("海洋预算多少", "超过500万了吗"), "否，全年预算数不高于500.00 万元"),  # 413.40
])
def test_one_projects_figure_checked_against_a_number(assistant: Assistant, turns: tuple[str, ...], verdict: str) -> None:
    answer = last(assistant, *turns)
    assert answer.found and len(answer.projects) == 1 and verdict in answer.answer, answer.answer
    assert "并核对" in answer.understood


def test_whether_any_project_meets_it_after_one_project_asks_every_project(assistant: Assistant) -> None:
    answer = last(assistant, "海洋预算多少", "有没有执行率低于90%的项目")
    assert answer.found and answer.intent == "filter" and keys(answer) >= {(SAMPLE, 7), (WATER, 4)}


@pytest.mark.parametrize(("turns", "direct"), [
    (("生态局财政拨款合计", "其他资金呢"), "生态局其他资金合计"),
    (("水务局预算合计", "执行数呢"), "水务局执行数合计"),
    (("评为优的有几个", "良呢"), "评为良的有几个"),
    (("哪些项目评为优", "良呢"), "哪些项目评为良"),
])
def test_a_follow_up_naming_only_another_figure_or_grade_asks_the_last_total_again(
    assistant: Assistant, turns: tuple[str, ...], direct: str
) -> None:
    answer, expected = last(assistant, *turns), last(assistant, direct)
    assert answer.found and answer.intent == expected.intent and answer.understood == expected.understood
    assert [f.value for f in answer.figures] == [f.value for f in expected.figures] and keys(answer) == keys(expected)


@pytest.mark.parametrize("question", ["两个局所有项目资金里 当年财政拨款占多大比例", "两个局当年财政拨款占总预算的比例"])
def test_a_fund_lines_share_over_every_project_is_one_pooled_ratio(assistant: Assistant, question: str) -> None:
    """Σ当年财政拨款 16,091.04 over Σ全年预算数 16,391.00 (the reports' own sums) = 98.17%, not one ratio per project."""
    answer = last(assistant, question)
    values = [f.value for f in answer.figures]
    assert answer.found and answer.intent == "aggregate" and values[0] == 98.17, answer.answer
    assert 16091.04 in values and 16391.0 in values and "Σ当年财政拨款" in answer.understood


@pytest.mark.parametrize(("turns", "value"), [
    (("队伍建设那个年初多少全年多少",), 39.0),  # 年初 / 全年 said alone before 多少: 年初预算数 39.00, 全年预算数 17.00
    (("队伍建设那个年初多少全年多少", "砍了百分之多少"), 56.41),  # (39.00 − 17.00) / 39.00 of that project, not pooled
    (("党建那个得分", "离满分还差几分"), 1.85),  # 100.00 − 98.15
    (("哪个项目离满分差得最多",), 11.59),  # 城区排涝泵站维修改造工程 100.00 − 88.41
])
def test_spoken_budget_and_points_words(assistant: Assistant, turns: tuple[str, ...], value: float) -> None:
    answer = last(assistant, *turns)
    assert answer.found and value in [f.value for f in answer.figures], answer.answer


def test_the_second_place_asked_then_pointed_at(assistant: Assistant) -> None:
    """排第二的呢 asks the ranking's second place (农村饮水安全巩固提升, 2,050.00 万元), not the first one's place;
    它 then is that project (执行率 100.00%)."""
    second = last(assistant, "预算最大的是哪个项目", "排第二的呢")
    assert keys(second) == {(WATER, 3)}, second.answer
    it = last(assistant, "预算最大的是哪个项目", "排第二的呢", "它执行率多少")
    assert keys(it) == {(WATER, 3)} and 100.0 in [f.value for f in it.figures]


def test_rows_counted_by_their_classifier_after_the_projects_that_lost_them(assistant: Assistant) -> None:
    answer = last(assistant, "水务局哪几个项目有指标扣分", "一共扣了几条")  # 泵站: 5.00 + 1.00 + 2.50 + 2.00
    assert answer.found and 4.0 in [f.value for f in answer.figures] and "资金" not in answer.understood


def test_the_projects_kept_counted_per_department(assistant: Assistant) -> None:
    answer = last(assistant, "执行率低于九成的项目有哪些", "按局分一下各几个")
    assert answer.found and "执行率低于90.00%" in answer.understood and "每个部门" in answer.understood
    assert [f.value for f in answer.figures if f.label == "项目数"][:2] == [4.0, 2.0], answer.figures


def test_the_two_ends_of_a_ranking_compared(assistant: Assistant) -> None:
    """科技与国际合作交流 3,327.01 − 干部人事管理和队伍建设 17.00 = 3,310.01 万元: the largest and smallest budgets."""
    answer = last(assistant, "22个项目里预算最大的跟最小的差多少")
    assert answer.found and keys(answer) == {(SAMPLE, 9), (SAMPLE, 12)} and 3310.01 in [f.value for f in answer.figures]


def test_lost_points_of_one_kind_of_indicator(assistant: Assistant) -> None:
    """泵站's 产出 rows lost 5.00 + 1.00 + 2.50 (the 效益 row's 2.00 and the funds line's 1.09 are not 产出)."""
    answer = last(assistant, "泵站的产出指标一共扣了几分")
    assert answer.found and 8.5 in [f.value for f in answer.figures] and "产出指标" in answer.understood, answer.answer


@pytest.mark.parametrize("turns", [
    ("农村饮水预算是节水宣传的几倍",),
    ("农村饮水那个预算多少", "节水宣传的呢", "前一个是后一个的几倍"),
])
def test_one_figure_as_a_multiple_of_another(assistant: Assistant, turns: tuple[str, ...]) -> None:
    """农村饮水安全巩固提升 2,050.00 / 节约用水宣传 30.00 = 68.33 倍 (节水宣传的呢 repeats the budget asked)."""
    answer = last(assistant, *turns)
    assert answer.found and keys(answer) == {(WATER, 3), (WATER, 4)} and 68.33 in [f.value for f in answer.figures]


def test_a_name_typed_short_at_its_start_still_repeats_the_last_question(assistant: Assistant) -> None:
    answer = last(assistant, "农村饮水预算多少", "节水宣传呢")  # 水宣传 matched 节约用水宣传; 节 is the name's too
    assert keys(answer) == {(WATER, 4)} and [f.value for f in answer.figures] == [30.0]


def test_a_bare_switch_after_a_question_not_understood_is_not_a_listing(assistant: Assistant) -> None:
    answer = last(assistant, "生态局整体执行率算清楚了没呢呢", "水务局的呢")
    assert not answer.found and "没有被理解" in answer.answer, answer.answer


def test_has_it_been_worked_out_is_the_question_itself(assistant: Assistant) -> None:
    answer = last(assistant, "生态局整体执行率算出来了吧", "水务局的呢")  # Σ4,027.40 / Σ4,174.96
    assert answer.found and answer.figures[0].value == 96.47


def test_a_share_of_a_total_the_tables_do_not_hold_is_refused(assistant: Assistant) -> None:
    answer = last(assistant, "海洋项目预算 占全市海洋保护总投入的多少")
    assert not answer.found and "全市海洋" in answer.answer and not answer.figures


def test_an_indicator_named_with_not_full_marks_asks_its_row(assistant: Assistant) -> None:
    answer = last(assistant, "汛前完工率为什么没拿满分")
    assert answer.found and keys(answer) == {(WATER, 1)} and 2.5 in [f.value for f in answer.figures], answer.answer


@pytest.mark.parametrize(("turns", "expected"), [
    (("海洋的执行率", "不对 我要的是执行数"), [410.27]),  # a correction leads the follow-up
    (("水务局", "四个项目按得分排一下 高的在前"), [100.0, 99.98, 96.17, 88.41]),
    (("两家的预算总额分别多少",), [12216.04, 4174.96]),
    (("所有项目执行率的平均值多少 直接算术平均就行",), [91.85]),
])
def test_spoken_asks_answered(assistant: Assistant, turns: tuple[str, ...], expected: list) -> None:
    answer = last(assistant, *turns)
    values = [f.value for f in answer.figures]
    assert answer.found and all(value in values for value in expected), answer.answer


def test_whether_a_project_was_graded_so_is_its_grade(assistant: Assistant) -> None:
    answer = last(assistant, "泵站那个 评上优没有")  # 良, restored by rule from 总分 88.41
    assert answer.found and "评分等级 良" in answer.answer and keys(answer) == {(WATER, 1)}


@pytest.mark.parametrize(("question", "expected"), [
    ("做监测的项目有哪些 两个局都算", {(SAMPLE, 1), (WATER, 2)}),
    ("跟农村有关的项目 分别是哪几个", {(SAMPLE, 3), (WATER, 3)}),
])
def test_every_project_the_words_fit_when_they_are_all_asked(
    assistant: Assistant, question: str, expected: set
) -> None:
    answer = last(assistant, question)
    assert answer.found and answer.intent == "list_projects" and keys(answer) == expected, answer.answer


@pytest.mark.parametrize(("turns", "expected"), [
    (("核与辐射的预算中途调过没",), [234.73, 0.0]),  # 年初 = 全年 = 234.73: the adjustment 0.00
    (("年初预算跟全年预算对不上的 就是中途调过的 两个局都查下",), []),
    (("生态局有几个项目中途调过预算", "一共减了多少万"), [108.0]),  # Σ年初 12,324.04 − Σ全年 12,216.04
    (("财政那边问预算调整的事 年初预算跟全年预算对不上的有几个",), [4.0]),
    (("队伍建设那个年初预算多少", "后来调成多少了 降了百分之几"), [17.0, 56.41]),
])
def test_budget_adjustments_said_as_staff_say_them(assistant: Assistant, turns: tuple[str, ...], expected: list) -> None:
    answer = last(assistant, *turns)
    values = [f.value for f in answer.figures]
    assert answer.found and all(value in values for value in expected), answer.answer


@pytest.mark.parametrize(("question", "project", "figure"), [
    ("所有指标里分值给得最高的是哪条", (WATER, 4), ("宣传活动场次分值", 45.0)),  # the one row worth 45 points
    ("满意度哪个项目最低 百分之多少", (SAMPLE, 15), ("项目成果使用方的满意度实际完成值", 80.0)),
])
def test_indicator_rows_ranked_by_a_field_of_theirs(
    assistant: Assistant, question: str, project: tuple, figure: tuple
) -> None:
    answer = last(assistant, question)
    assert answer.found and keys(answer) == {project}, answer.answer
    assert any(f.label == figure[0] and f.value == figure[1] for f in answer.figures), answer.figures


@pytest.mark.parametrize("turns", [
    ("科技国合 完成情况里说立项了多少个科研项目",),
    ("预算最大的是哪个项目", "完成情况里怎么解释的"),
])
def test_what_the_result_text_says_asked_outright(assistant: Assistant, turns: tuple[str, ...]) -> None:
    answer = last(assistant, *turns)
    assert answer.found and answer.intent == "text" and keys(answer) == {(SAMPLE, 9)} and "37" in answer.answer


@pytest.mark.parametrize(("turns", "expected"), [
    (("预算过一千万的 两个局的", "这几个嘉起来多少钱"), 9404.97),  # 嘉起来: 加起来 typed by sound
    (("看一下全市生态环境保障", "光算财政拨款那一行的话 执行率是多少"), 79.03),
    (("核与辐射执行率多少", "跟环评那个比谁高 差多少"), 0.09),  # 环评 found by its table's words; 99.74 − 99.65
])
def test_more_spoken_follow_ups(assistant: Assistant, turns: tuple[str, ...], expected: float) -> None:
    answer = last(assistant, *turns)
    assert answer.found and expected in [f.value for f in answer.figures], answer.answer


def test_a_name_word_typed_before_a_shared_word_picks_its_project(assistant: Assistant) -> None:
    """全市保障: 保障 is in two names; 全市 comes before it only in 全市生态环境保障 (7 of 8 below 95% left)."""
    assert keys(last(assistant, "全市保障那个执行率")) == {(SAMPLE, 7)}
    answer = last(assistant, "执行率低于95的项目", "去掉全市保障那个还剩几个")
    assert answer.found and answer.intent == "aggregate" and answer.figures[0].value == 7.0, answer.answer


@pytest.mark.parametrize(("question", "understood"), [
    ("实际完成值正好等于目标值 却还被扣了分的 有哪些项目", "目标值可能误录的绩效指标"),
    ("生态局哪个项目 总分得分原表里没印出来", "总分：原文缺失、按规则补全的数值"),
])
def test_data_quality_said_as_staff_say_it(assistant: Assistant, question: str, understood: str) -> None:
    answer = last(assistant, question)
    assert answer.found and understood in answer.understood, answer.understood


def test_a_figure_of_the_nameless_project_named_by_its_place(assistant: Assistant) -> None:
    answer = last(assistant, "生态局24年第11个项目名字没识别出来 它执行率多少")
    assert answer.found and keys(answer) == {(SAMPLE, 11)} and [f.value for f in answer.figures] == [96.84]


def test_which_department_has_more_said_without_zui(assistant: Assistant) -> None:
    """平均每个项目预算哪个局多: 水务局 4,174.96 / 4 = 1,043.74 against 生态局 12,216.04 / 18 = 678.67."""
    answer = last(assistant, "两个局各有几个项目", "那平均下来每个项目预算哪个局多")
    assert answer.found and "某市水务局" in answer.answer.split("\n")[0] and 1043.74 in [f.value for f in answer.figures]


def test_another_column_of_the_indicator_row_just_given(assistant: Assistant) -> None:
    answer = last(assistant, "培训次数那条指标", "目标写的多少", "实际呢")
    assert answer.found and answer.intent == "indicator" and "培训次数" in answer.understood


def test_the_funds_line_left_out_typed_run_on(assistant: Assistant) -> None:
    """生态局指标上一共扣了多少分资金那块不算: the indicators' points summed, no project left out."""
    answer = last(assistant, "生态局指标上一共扣了多少分资金那块不算")
    assert answer.found and "除去" not in answer.understood and "绩效指标扣分" in answer.understood


def test_grades_listed_with_commas_are_each_counted(assistant: Assistant) -> None:
    answer = last(assistant, "所有项目里，优，良，中，各有多少个")
    assert answer.found and all(f"评分等级为{grade}的项目个数" in answer.understood for grade in "优良中")


@pytest.mark.parametrize(("turns", "said"), [
    (("农村饮水管网延伸了多少公里",), "公里"),  # its row counts 处: no number in 公里
    (("全市生态环境保障那笔其他资金是从哪来的钱",), "自评表没有这一项"),
    (("预算五十万以下的小项目 把水务局的去掉 还剩哪些",), "未能理解"),  # the department left out, not the condition
])
def test_questions_the_tables_cannot_answer_are_not_answered_nearby(
    assistant: Assistant, turns: tuple[str, ...], said: str
) -> None:
    answer = last(assistant, *turns)
    assert not answer.found and not answer.figures and said in answer.answer, answer.answer


def test_a_comparison_with_one_side_found_is_not_answered_as_one(tmp_path) -> None:
    from tests.fixtures.conversations import CORPUS
    corpus = assistant_over(tmp_path, [CORPUS / "jiaotong_2023.pdf", CORPUS / "jiaotong_2024.pdf"])
    answer = last(corpus, "交委公路养护23年预算多少", "24年比23年涨了多少")
    assert not answer.found or len({(p.document, p.seq) for p in answer.projects}) == 2, answer.answer


@pytest.mark.parametrize(("turns", "understood"), [
    (("生态局执行率最低的是哪个", "两个局放一起看呢"), "执行率最低的 1 个项目"),
    (("生态局执行率不到九成的那几个 一共还有多少没花",), "未执行数的合计"),
    (("生态局预算调整过的项目", "一共减了多少"), "预算调减额的合计"),
])
def test_follow_ups_read_from_blind18(assistant: Assistant, turns: tuple[str, ...], understood: str) -> None:
    answer = last(assistant, *turns)
    assert answer.found and understood in answer.understood, answer.understood


def test_a_total_after_a_filter_is_of_the_projects_it_kept(assistant: Assistant) -> None:
    """生态局预算调整过的项目 | 一共减了多少: Σ预算调减额 over those projects only (never netted with the others)."""
    kept = last(assistant, "生态局预算调整过的项目")
    total = last(assistant, "生态局预算调整过的项目", "一共减了多少")
    assert keys(total) == keys(kept) and total.figures[0].value == 108.0
