"""The answer's chart: drawn from that answer alone, every item it lists, sorted, labelled; or no chart at all."""

from __future__ import annotations

import re

import pytest

from tests.fixtures.sample_store import sample_assistant
from tests.fixtures.web_answers import lost_points_answer, ranking_answer
from webapp.chart import PITCH_MIN, answer_chart, chart_svg


def listed(rates: list[tuple[int, str, float]], label: str = "执行率", unit: str = "%") -> dict:
    """An answer listing these projects with one figure each, in this order."""
    answer = ranking_answer()
    answer["projects"] = [{"seq": s, "name": n, "document": "r.txt"} for s, n, _ in rates]
    answer["figures"] = [{"label": label, "value": v, "unit": unit, "project_seq": s, "formula": None,
                          "document": "r.txt"} for s, _, v in rates]
    return answer


def svg_texts(svg: str, kind: str) -> list[str]:
    """The texts of one class of SVG text elements, in drawing order."""
    return re.findall(rf'<text class="{kind}"[^>]*>([^<]*)</text>', svg)


def test_a_ranking_is_charted_in_its_order_with_its_title_items_and_labels():
    chart = answer_chart(ranking_answer())
    assert chart is not None and chart.title == "执行率（%）· 3 个项目"
    assert [bar.label for bar in chart.bars] == ["7. 全市生态环境保护重点…", "12. 第12个项目（名称缺…", "10. 党建、群建工作"]
    svg = chart_svg(chart)
    assert svg_texts(svg, "chart-title") == ["执行率（%）· 3 个项目"]
    assert svg_texts(svg, "bar-label") == [bar.label for bar in chart.bars]
    assert svg_texts(svg, "bar-value") == ["63.23%", "66.88%", "81.48%"]
    assert "<title>全市生态环境保护重点工作保障：63.23%</title>" in svg  # the full name on hover


def test_values_listed_out_of_order_are_sorted_largest_first_with_thousands_separators():
    chart = answer_chart(listed([(1, "甲", 12.5), (2, "乙", 1425.66), (3, "丙", 300.0)], "全年预算数", "万元"))
    assert [bar.text for bar in chart.bars] == ["1,425.66 万元", "300.00 万元", "12.50 万元"]
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', chart_svg(chart))]
    assert widths == sorted(widths, reverse=True) and widths[0] > 10 * widths[2]


def test_no_chart_for_two_items_a_figure_of_one_project_a_partial_list_or_an_answer_not_found():
    assert answer_chart(listed([(1, "甲", 1.0), (2, "乙", 2.0)])) is None
    assert answer_chart(lost_points_answer()) is None
    assert answer_chart(ranking_answer() | {"found": False}) is None
    partial = listed([(s, f"项目{s}", float(s)) for s in range(1, 8)])
    partial["figures"] = partial["figures"][:3]  # 合计扣分 of 3 of the 7 projects the answer lists
    assert answer_chart(partial) is None
    assert answer_chart(ranking_answer() | {"figures": []}) is None


def test_many_bars_stay_compact_and_every_one_is_drawn():
    chart = answer_chart(listed([(s, f"项目{s}", 90.0 + s / 10) for s in range(1, 19)]))
    svg = chart_svg(chart)
    assert len(svg_texts(svg, "bar-value")) == 18 and len(re.findall("<rect ", svg)) == 18
    height = float(re.search(r'viewBox="0 0 \d+ (\d+)"', svg).group(1))
    assert height <= 34 + 18 * max(PITCH_MIN, 15.0)


def test_names_from_a_report_are_escaped():
    chart = answer_chart(listed([(1, "<b>甲</b>", 3.0), (2, "乙&丙", 2.0), (3, '"丁"', 1.0)]))
    svg = chart_svg(chart)
    assert "<b>" not in svg and "&lt;b&gt;甲&lt;/b&gt;" in svg and "乙&amp;丙" in svg


def test_no_chart_when_the_answer_gives_figures_of_projects_it_does_not_list():
    answer = listed([(s, f"项目{s}", 5.0 - s) for s in range(1, 5)], "合计扣分", "分")
    assert answer_chart(answer) is not None  # the four listed projects, each with its 合计扣分
    answer["figures"].append({"label": "预算执行扣分", "value": 3.68, "unit": "分", "project_seq": 7,
                              "formula": "10.00 − 6.32", "document": "r.txt"})  # named in passing, not listed
    assert answer_chart(answer) is None


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return sample_assistant(tmp_path_factory.mktemp("chart_store"))


def test_the_lost_points_answer_over_the_sample_gets_no_chart_that_contradicts_its_headline(sample):
    answer = sample.ask("哪些项目扣分了").to_dict()
    assert answer["answer"].startswith("18 个项目有扣分")  # while only 4 are listed, each with its 合计扣分
    assert answer_chart(answer) is None
    ranked = answer_chart(sample.ask("执行率最低的五个项目").to_dict())
    assert ranked is not None and ranked.title == "执行率（%）· 5 个项目"
