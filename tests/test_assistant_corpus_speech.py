"""Staff speech over several departments and years, on real corpus PDFs (evals/documents/corpus, read by
pdfplumber): an 实施单位 said short (港航中心 for 上海市港航事业发展中心), a list asked with 都 (…的项目都有哪些), a
recurring project named by words of its own indicator (河道整治 of 河道综合整治, whose indicator is 河道整治长度),
one year compared with the year just asked (24年比它多了多少), and a project's share of the total just given.

Figures are the reports' own: 河道综合整治 全年预算数 2022 4,200.00 / 2023 5,000.00 / 2024 4,650.00; 水文监测站网运行维护
2022 860.00, 2024 925.00; 水务局 2024 Σ全年预算数 7,425.00; 内河航道疏浚维护 (交通委 2024, 港航) 执行率 98.57%.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.contract import Answer
from assistant.engine import Assistant
from tests.fixtures.conversations import CORPUS, assistant_over, last

REPORTS = ("shuiwu_2022.pdf", "shuiwu_2023.pdf", "shuiwu_2024.pdf", "jiaotong_2024.pdf", "guizi_2024.pdf")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return assistant_over(tmp_path_factory.mktemp("corpus_speech"), (CORPUS / name for name in REPORTS))


def values(answer: Answer) -> list[float]:
    return [f.value for f in answer.figures]


def test_an_implementer_said_without_what_it_does(assistant: Assistant) -> None:
    answer = last(assistant, "港航中心负责的那个项目 执行率多少")
    assert answer.found and values(answer) == [98.57] and "内河航道疏浚维护" in answer.answer


def test_a_list_asked_with_dou(assistant: Assistant) -> None:
    answer = last(assistant, "水务局24年的项目都有哪些")
    assert answer.found and answer.intent == "list_projects" and len(answer.projects) == 4


def test_a_recurring_project_named_by_its_own_indicators_words(assistant: Assistant) -> None:
    answer = last(assistant, "河道整治那个 每年预算分别多少")
    assert answer.found and sorted(values(answer)) == [4200.0, 4650.0, 5000.0]


def test_a_year_compared_with_the_year_just_asked(assistant: Assistant) -> None:
    answer = last(assistant, "水文站网运维22年预算多少", "24年比它多了多少")
    assert answer.found and 65.0 in values(answer) and {860.0, 925.0} <= set(values(answer))


def test_a_projects_share_of_the_total_just_given(assistant: Assistant) -> None:
    answer = last(assistant, "水务局24年总预算", "河道整治占了多少")
    assert answer.found and values(answer) == [62.63]


def test_what_the_goal_says_the_project_guards_against(tmp_path: Path) -> None:
    answer = last(assistant_over(tmp_path, [CORPUS / "lvrong_2024.pdf"]), "林业有害生物防治重点防的是什么虫")  # goal: …重点防控美国白蛾
    assert answer.found and "美国白蛾" in answer.answer and not answer.figures


def test_which_year_of_one_project_is_the_year_answered(assistant: Assistant) -> None:
    answer = last(assistant, "河道综合整治22年执行率多少", "跟24年比呢 哪年高一些")  # 78.00% vs 99.81%: both shown
    assert answer.found and {78.0, 99.81} <= set(values(answer))
    answer = last(assistant, "河道综合整治哪年执行率最高")
    assert answer.found and [(p.document, p.seq) for p in answer.projects] == [("shuiwu_2024.pdf", 1)]


def test_a_year_switched_and_compared_in_one_breath(assistant: Assistant) -> None:
    answer = last(assistant, "水文站网运维22年预算多少", "24年呢 两年差了多少")
    assert answer.found and 65.0 in values(answer)


def test_the_worst_department_of_the_groups_just_given(assistant: Assistant) -> None:
    answer = last(assistant, "24年各局整体执行率看一下", "哪个局最差 多少")
    assert answer.found and answer.answer.startswith("3 个部门中，整体执行率最低的是")


def test_a_project_of_the_department_but_not_of_the_year_just_asked(assistant: Assistant) -> None:
    answer = last(assistant, "水务局24年有几个项目", "供水水质监测那个执行率多少")  # in 2022 and 2023 only
    assert not answer.found and not answer.figures and "2022年度、2023年度" in answer.answer


def test_the_rest_of_a_list_after_its_lowest_is_dropped(assistant: Assistant) -> None:
    answer = last(assistant, "23年得分最低的三个项目", "去掉最低的那个 剩下两个预算合计")
    report = next(doc for doc in assistant.store.documents() if doc.file_name == "shuiwu_2023.pdf")
    projects = sorted(report.projects, key=lambda p: p.total_score)
    kept = projects[1:3]  # the second and third lowest of the one 2023 report stored here
    assert answer.found and [f.value for f in answer.figures] == [round(sum(p.fund("年度资金总额").full_year for p in kept), 2)]


def test_each_projects_figures_then_the_overall_rate_of_them(tmp_path: Path) -> None:
    assistant = assistant_over(tmp_path, [CORPUS / "lvrong_2024.pdf", CORPUS / "shuiwu_2024.pdf"])
    listed = last(assistant, "绿容局五个项目的预算和执行数")
    assert listed.found and listed.intent == "list_projects" and len(listed.projects) == 5
    answer = last(assistant, "绿容局五个项目的预算和执行数", "整体执行率算一下")  # the five just listed, not every report
    assert answer.found and [f.value for f in answer.figures][0] == 97.03
    assert {c.document for c in answer.citations} == {"lvrong_2024.pdf"}


def test_a_change_asked_as_a_percentage_of_the_earlier_year(assistant: Assistant) -> None:
    answer = last(assistant, "水务局22年项目预算总额多少", "23年的比它增长了百分之多少")  # 7,310.00 → 8,720.00
    assert answer.found and ("全年预算数合计增长率", 19.29) in [(f.label, f.value) for f in answer.figures]
    answer = last(assistant, "河道综合整治23年预算多少", "24年的比它降了百分之几")  # 5,000.00 → 4,650.00
    assert answer.found and ("全年预算数下降率", 7.0) in [(f.label, f.value) for f in answer.figures]


def test_a_change_said_alone_after_two_years_of_one_project(assistant: Assistant) -> None:
    answer = last(assistant, "水文监测站网运行维护22年预算多少", "24年呢", "涨了多少")  # 860.00 → 925.00
    assert answer.found and 65.0 in [f.value for f in answer.figures]


def test_which_unit_a_project_of_a_list_belongs_to(assistant: Assistant) -> None:
    answer = last(assistant, "河道综合整治24年预算多少", "是哪个单位的")
    assert answer.found and "实施单位" in answer.answer


def test_what_kind_of_thing_a_goal_names(tmp_path: Path) -> None:
    answer = last(assistant_over(tmp_path, [CORPUS / "lvrong_2024.pdf"]), "林业有害生物防治 重点防的是什么虫子")
    assert answer.found and "美国白蛾" in answer.answer


def test_a_department_years_state_lists_its_projects_and_scopes_what_follows(assistant: Assistant) -> None:
    """水务局22年的情况 had found nothing, so 执行率最低的是哪个 after it ranked every report's projects."""
    overview = last(assistant, "水务局22年的情况")
    assert overview.found and {p.document for p in overview.projects} == {"shuiwu_2022.pdf"}
    lowest = last(assistant, "水务局22年的情况", "执行率最低的是哪个")
    assert [p.document for p in lowest.projects] == ["shuiwu_2022.pdf"], lowest.answer


def test_rates_taken_together_are_the_overall_rate_never_a_sum(assistant: Assistant) -> None:
    """每年的整体执行率|三年合起来算呢 had summed the rates (1,456.54%)."""
    pooled = last(assistant, "水务局每年的整体执行率", "三年合起来算呢")
    asked = last(assistant, "水务局22到24年的整体执行率")
    assert pooled.found and pooled.figures[0].label == "整体执行率"
    assert pooled.figures[0].value == asked.figures[0].value < 100


def test_a_summary_table_being_made_asks_no_sum(assistant: Assistant) -> None:
    answer = last(assistant, "我在弄24年自评的汇总表 规资局执行数最多的前三个项目")
    assert answer.found and len(answer.projects) == 3 and "合计" not in answer.answer.split("\n")[0]


def test_a_year_looked_at_by_a_figure_lists_it_and_scopes_what_follows(assistant: Assistant) -> None:
    """24年的项目按预算看 had found nothing, so 超过两千万的有哪些 after it filtered every year."""
    answer = last(assistant, "24年的项目按预算看", "超过两千万的有哪些")
    assert answer.found and {p.document for p in answer.projects} <= {n for n in REPORTS if "2024" in n}
    assert all(f.value > 2000 for f in answer.figures if f.label == "全年预算数")


def test_their_share_after_a_list_is_one_share_of_their_sum(assistant: Assistant) -> None:
    listed = last(assistant, "24年有指标扣分的项目有哪些")
    share = last(assistant, "24年有指标扣分的项目有哪些", "它们的预算占当年总预算百分之几")
    shares = [f for f in share.figures if f.label.endswith("占比")]
    assert share.found and len(shares) == 1 and shares[0].project_seq is None  # one share of the sum, not each
    assert f"（{len(listed.projects)} 个）" in share.answer


@pytest.mark.parametrize("which", ["哪个最拉胯", "哪个最差", "哪个最少"])
def test_which_one_after_an_answer_per_department_is_a_department(assistant: Assistant, which: str) -> None:
    per_group = last(assistant, "24年各局整体执行率")
    answer = last(assistant, "24年各局整体执行率", which)
    assert answer.found and answer.answer.startswith(f"{len(per_group.scope['departments'])} 个部门中"), answer.answer


def test_a_share_after_one_project_is_its_share(assistant: Assistant) -> None:
    answer = last(assistant, "规资局24年国土空间规划编制预算多少", "占全局的百分之几")
    assert answer.found and [p.name for p in answer.projects] == ["国土空间规划编制"]
    assert answer.figures[0].label == "全年预算数占比"


def test_an_implementers_department_and_that_department_next(assistant: Assistant) -> None:
    """公园管理事务中心是哪个局的 | 那个局24年一共几个项目 had counted every 2024 project (a wrong answer)."""
    asked = last(assistant, "海塘管理事务中心是哪个局的")
    assert asked.found and "主管部门 上海市水务局" in asked.answer
    counted = last(assistant, "海塘管理事务中心是哪个局的", "那个局24年一共几个项目")
    assert counted.found and counted.scope["departments"] == ["上海市水务局"] and counted.scope["years"] == [2024]


def test_n_departments_said_with_a_year_count_that_years_departments(assistant: Assistant) -> None:
    """22年两个局的项目 in a store with two departments in 2022 (of five) had been asked back."""
    three = last(assistant, "24年三个局的项目")
    assert three.found and {p.document for p in three.projects} == {n for n in REPORTS if "2024" in n}
    two = last(assistant, "22年两个局的项目")  # this store holds one department's 2022 report
    assert not two.found and "2022年有 1 个部门的报告" in two.answer


def test_that_year_is_the_year_just_answered(assistant: Assistant) -> None:
    answer = last(assistant, "交委24年内河航道预算多少", "占那年交委总预算几成")
    assert answer.found and answer.scope["years"] == [2024]


def test_a_scope_set_first_holds_for_all_its_projects(assistant: Assistant) -> None:
    """先看23年的 | 所有项目预算合计多少 had summed every year (a wrong answer); 全库 still widens."""
    within = last(assistant, "先看23年的", "所有项目预算合计多少")
    assert within.found and within.scope["years"] == [2023]
    widened = last(assistant, "先看23年的", "全库所有项目预算合计多少")
    assert len(widened.scope["years"]) == 3


def test_a_place_among_every_project_of_the_year(assistant: Assistant) -> None:
    own = last(assistant, "规资局24年国土空间规划编制预算在规资局排第几")
    every = last(assistant, "规资局24年国土空间规划编制预算在24年全部项目里排第几")
    assert "在 6 个项目中" in own.answer and "在 15 个项目中" in every.answer


def test_not_rated_excellent_is_a_negated_grade(assistant: Assistant) -> None:
    answer = last(assistant, "全部项目里没评上优的有几个")
    listed = last(assistant, "哪些项目不是优")
    assert answer.found and [f.value for f in answer.figures] == [len(listed.projects)] and listed.projects


def test_the_overall_rate_of_the_largest_projects(assistant: Assistant) -> None:
    answer = last(assistant, "24年预算最大的三个项目整体执行率多少")
    assert answer.found and answer.figures[0].label == "整体执行率" and "居前 3 位" in answer.answer
    assert answer.answer.count("跨 ") == 1  # the span said once


def test_that_year_after_the_lowest_year_is_that_year(assistant: Assistant) -> None:
    lowest = last(assistant, "河道综合整治这三年的执行率", "哪一年最低")
    answer = last(assistant, "河道综合整治这三年的执行率", "哪一年最低", "那一年总分扣了几分")
    assert answer.found and [p.document for p in answer.projects] == [p.document for p in lowest.projects]


def test_a_scope_said_in_a_question_not_understood_holds_for_the_next(assistant: Assistant) -> None:
    """24年三个局都在库里吧 | 各自的整体执行率报一下: the year said first, then one rate per department."""
    answer = last(assistant, "24年三个局都在库里吧", "各自的整体执行率报一下")
    assert answer.found and answer.scope["years"] == [2024]
    assert answer.answer.count("整体执行率为") == 3  # one per department
    fresh = last(assistant, "24年三个局都在库里吧", "全库执行率最低的")  # the whole store said outright
    assert len(fresh.scope["years"]) == 3


def test_projects_ranked_by_their_change_between_years(assistant: Assistant) -> None:
    """规资局…都有的项目 | 哪个预算涨得最多 涨了多少 had ranked the budgets themselves (a wrong answer)."""
    answer = last(assistant, "水务局22到24年 哪个项目预算涨得最多 涨了多少")
    budgets = {}
    for year in (2022, 2024):
        listed = last(assistant, f"水务局{year % 100}年各项目预算")
        budgets[year] = {p.name: f.value for p, f in zip(listed.projects, listed.figures)}
    grown = {name: budgets[2024][name] - budgets[2022][name] for name in budgets[2024] if name in budgets[2022]}
    best = max(grown, key=grown.get)
    assert answer.found and {p.name for p in answer.projects} == {best}
    assert {p.document for p in answer.projects} == {"shuiwu_2022.pdf", "shuiwu_2024.pdf"}  # both years cited
    assert round(grown[best], 2) in [f.value for f in answer.figures]


def test_an_in_year_cut_is_no_change_between_years(assistant: Assistant) -> None:
    answer = last(assistant, "水务局22到24年 预算砍得最多的项目")  # 年初 → 全年 of one year, not across years
    assert "逐年对比" not in answer.understood


def _names(assistant: Assistant, question: str) -> set[str]:
    return {p.name for p in last(assistant, question).projects}


def test_projects_new_in_a_year_and_gone_from_it(assistant: Assistant) -> None:
    before, after = _names(assistant, "水务局23年的项目"), _names(assistant, "水务局24年的项目")
    new = last(assistant, "水务局24年跟23年比 新增了哪些项目")
    gone = last(assistant, "水务局24年跟23年比 少了哪些项目")
    assert {p.name for p in new.projects} == after - before and new.found
    assert {p.name for p in gone.projects} == before - after and gone.found
    assert "2024年度比2023年度新增的项目" in new.answer
    assert {p.name for p in last(assistant, "水务局24年新上的项目是哪个").projects} == after - before  # the year before


def test_departments_ranked_by_the_change_of_their_overall_rate(assistant: Assistant) -> None:
    rates = {}
    for year in (2022, 2024):
        rates[year] = last(assistant, f"水务局{year % 100}年整体执行率").figures[0].value
    answer = last(assistant, "22到24年整体执行率提升最多的是哪个局")
    assert answer.found and "上海市水务局" in answer.answer.split("\n")[0]  # the one department with both years
    assert round(rates[2024] - rates[2022], 2) in [round(f.value, 2) for f in answer.figures]


@pytest.mark.parametrize("turns", [("水务局河道综合整治22年执行率多少", "24年呢 比22年高了几个点"),
                                   ("水务局河道综合整治24年执行率多少", "跟22年比高了多少")])
def test_a_project_compared_with_itself_in_another_year(assistant: Assistant, turns: tuple[str, str]) -> None:
    answer = last(assistant, *turns)
    assert answer.found and {p.document for p in answer.projects} == {"shuiwu_2022.pdf", "shuiwu_2024.pdf"}
    assert any(f.label.endswith("差值") for f in answer.figures)


def test_the_top_three_said_as_largest(assistant: Assistant) -> None:
    answer = last(assistant, "水务局历年预算前三大的项目")
    assert answer.found and len(answer.projects) == 3


def test_a_departments_share_of_every_departments_total(assistant: Assistant) -> None:
    own = last(assistant, "水务局24年预算合计").figures[0].value
    every = last(assistant, "24年所有项目预算合计").figures[0].value
    answer = last(assistant, "24年三个局的总预算里水务局占多少")
    shares = [f for f in answer.figures if f.label.endswith("占比")]
    assert answer.found and len(shares) == 1 and shares[0].value == pytest.approx(own / every * 100, abs=0.01)


def test_seen_set_phrasings_of_this_session(assistant: Assistant) -> None:
    """是不是个个都是优 asks whether every project is 优; a row of the project just listed is asked by its name alone."""
    every = last(assistant, "交委24年是不是个个都是优")
    assert every.found and every.intent == "filter"
    row = last(assistant, "水务局24年河道综合整治有哪些指标", "整治河道水质达标率实际做到多少")
    assert row.found and {p.document for p in row.projects} == {"shuiwu_2024.pdf"}
    assert "整治河道水质达标率" in row.answer and "河道整治长度" not in row.answer  # that row only


def test_one_projects_figure_pooled_over_its_years(assistant: Assistant) -> None:
    yearly = [last(assistant, f"水务局河道综合整治{year}年执行数多少").figures[0].value for year in (22, 23, 24)]
    answer = last(assistant, "水务局河道综合整治22年执行数多少", "三年加起来呢")
    assert answer.found and answer.figures[0].value == pytest.approx(sum(yearly), abs=0.01)
    assert not last(assistant, "水务局河道综合整治22年执行数多少", "两年加起来呢").found  # three stored: which two?



def test_what_a_goal_says_it_will_do_is_quoted(assistant: Assistant) -> None:
    """年度目标里说要整治多少公里: 要 and 说 ask about the goal, 整治 is its own word — the goal is quoted."""
    answer = last(assistant, "水务局24年河道综合整治 年度目标里说要整治多少公里")
    assert answer.found and answer.intent == "text" and "150公里" in answer.answer and not answer.figures


def test_a_project_named_in_a_year_it_was_not_reported_is_said_to_be_elsewhere(assistant: Assistant) -> None:
    """水务局河道综合整治 is reported every year here; 交通 2023 is not stored — a named project of other years must not
    be answered by another project whose texts share its words."""
    answer = last(assistant, "内河航道疏浚维护22年执行率多少")  # 交委 2024 only in this store
    assert not answer.found and not answer.figures and "内河航道疏浚维护" in answer.answer


def test_a_year_one_named_department_has_no_report_of(assistant: Assistant) -> None:
    """交委24年跟23年比执行率提高了多少, with no 2023 report of 交委 in this store: no comparison with nothing."""
    answer = last(assistant, "交委24年跟23年比 整体执行率提高了多少")
    assert not answer.found and not answer.figures and "2023年度" in answer.answer


def test_the_indicator_row_that_lost_most_and_all_rows_summed(assistant: Assistant) -> None:
    row = last(assistant, "水务局22年扣分最多的是哪条指标 扣了几分")
    assert row.found and row.intent == "lost_points" and row.answer.startswith("扣分最多的一项是")
    rows = last(assistant, "水务局22年各项目绩效指标扣分").figures  # each row that lost points, funds lines too
    indicators = [f.value for f in rows if f.label.endswith("扣分") and not f.label.startswith(("合计", "预算执行"))]
    total = last(assistant, "水务局22年所有项目的指标扣分加起来 一共扣了多少分")
    assert total.found and total.figures[0].value == pytest.approx(sum(indicators), abs=0.01) and indicators


def test_a_place_in_its_own_department_and_year(assistant: Assistant) -> None:
    """不动产登记服务保障 99.37% among 规资局 2024's six projects: third from the top (not 14th of every project)."""
    answer = last(assistant, "规资局24年不动产登记执行率多少", "在局里当年排第几")
    assert answer.found and "6 个项目中" in answer.answer and "第 3 名" in answer.answer, answer.answer


def test_the_row_that_lost_most_asked_by_its_classifier(assistant: Assistant) -> None:
    """交委 2024: 轨道交通运营安全监管's 安全隐患整改完成率 lost 15.00 − 13.00 = 2.00, the most of any row."""
    answer = last(assistant, "交委24年有扣分的指标吗", "扣最多的是哪条")
    assert answer.found and "安全隐患整改完成率" in answer.answer and 2.0 in values(answer), answer.answer


@pytest.mark.parametrize(("question", "count", "labels"), [
    ("库里现在有几个部门的表", 3.0, ["上海市规划和自然资源局", "上海市交通委员会", "上海市水务局"]),
    ("水务局有几年的数据", 3.0, ["2022年度", "2023年度", "2024年度"]),
])
def test_the_departments_or_years_of_the_projects_counted(
    assistant: Assistant, question: str, count: float, labels: list[str]
) -> None:
    answer = last(assistant, question)
    assert answer.found and values(answer)[0] == count and all(f"- {label}：" in answer.answer for label in labels), \
        answer.answer


@pytest.mark.parametrize(("turns", "expected"), [
    (("河道综合整治24年得分多少", "前一年呢"), "2023年度"),  # 前一年: the year before the one just asked
    (("河道整治22年预算多少", "23年涨了百分之多少"), "增长 19.05%"),  # (5,000.00 − 4,200.00) / 4,200.00
    (("河道整治23年预算是不是比22年高",), "高 800.00 万元"),
    (("河道综合整治", "这几年预算分别是多少 列一下"), "4,650.00 万元"),  # still that project, each year
])
def test_a_recurring_project_over_its_years(assistant: Assistant, turns: tuple[str, ...], expected: str) -> None:
    answer = last(assistant, *turns)
    assert answer.found and expected in answer.answer, answer.answer
    assert {p.name for p in answer.projects} == {"河道综合整治"}


def test_rows_short_of_their_target_counted(assistant: Assistant) -> None:
    """没完成年度指标值的指标一共多少条: the rows of that status counted, not every row summed."""
    answer = last(assistant, "24年全部项目里没完成年度指标值的指标一共多少条")
    assert answer.found and answer.intent == "indicator" and "未达到目标" in answer.understood, answer.answer


def test_a_count_asked_with_you_duoshao(assistant: Assistant) -> None:
    answer = last(assistant, "全库评优的有多少", "良呢")
    assert answer.found and answer.intent == "aggregate" and "评分等级为良" in answer.understood


@pytest.mark.parametrize(("question", "understood"), [
    ("24年所有项目执行率的平均值是多少整体执行率又是多少", "执行率的平均值；整体执行率"),
    ("水务局24年一共几个项目预算合计多少", "项目个数；全年预算数的合计"),
])
def test_two_asks_typed_run_on_are_both_answered(assistant: Assistant, question: str, understood: str) -> None:
    answer = last(assistant, question)
    assert answer.found and understood in answer.understood, answer.understood


def test_a_grades_share_of_the_projects_number(assistant: Assistant) -> None:
    """水务局三年的项目里评优的比例: the 优 projects over all 13 of its projects (a number, not money)."""
    answer = last(assistant, "水务局三年的项目里评优的比例多少")
    assert answer.found and answer.intent == "share" and "项目数占" in answer.understood
    kept, total, share = (f.value for f in answer.figures[:3])
    assert total == 13.0 and share == round(kept / total * 100, 2)


def test_the_funds_line_left_out_of_lost_points(assistant: Assistant) -> None:
    answer = last(assistant, "河道综合整治24年光指标扣了多少 资金那块不算")  # it lost none there: said so
    assert "绩效指标扣分" in answer.understood and "资金" not in answer.understood and "没有扣分" in answer.answer


def test_a_ranking_asked_again_without_one_project(assistant: Assistant) -> None:
    answer = last(assistant, "24年预算前三的项目", "把河道那个去掉再排一下")
    assert answer.found and answer.intent == "ranking" and len(answer.projects) == 3
    assert "河道综合整治" not in {p.name for p in answer.projects} and "除去" in answer.understood


def test_the_implementers_of_a_report_counted(assistant: Assistant) -> None:
    answer = last(assistant, "水务局24年有几个实施单位", "交通委24年呢")
    assert answer.found and answer.figures[0].label == "实施单位数" and "上海市交通委员会" in answer.understood
    listed = [line for line in answer.answer.split("\n") if line.startswith("- ")]  # one line per 实施单位
    assert answer.figures[0].value == len(listed) >= 2


@pytest.mark.parametrize(("question", "kind"), [
    ("哪一年有指标扣分的项目最多", "每个年度"),
    ("哪个局有指标扣分的项目最多", "每个部门"),
])
def test_which_group_has_most_projects_that_lost_points(assistant: Assistant, question: str, kind: str) -> None:
    answer = last(assistant, question)
    assert answer.found and f"分组：{kind}，取最高的一组" in answer.understood and "有绩效指标扣分" in answer.understood
