"""Questions typed run on — without the space after a project left out, without the 的 before 项目 — are the same
questions: over the sample and the water bureau's report read by the real ingest, each is answered exactly as its
spaced form (same projects, same figures), and a figure asked of no figure is asked back, never guessed."""

from __future__ import annotations

import pytest

from assistant.contract import Answer
from assistant.engine import Assistant
from tests.fixtures.conversations import SAMPLE, WATER, assistant_over, last


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return assistant_over(tmp_path_factory.mktemp("run_on"), (SAMPLE, WATER))


def said(answer: Answer) -> tuple[list[tuple[str, int]], list[float]]:
    return [(p.document, p.seq) for p in answer.projects], [f.value for f in answer.figures]


@pytest.mark.parametrize(("run_on", "spaced"), [
    ("除了全市生态环境保障执行率最低的是哪个", "除了全市生态环境保障 执行率最低的是哪个"),
    ("生态局除开党建总预算多少", "生态局除开党建 总预算多少"),
    ("水务局去掉泵站那个得分最低的是谁", "水务局去掉泵站那个 得分最低的是谁"),
    ("不算农村饮水水务局另外几个的执行率平均一下", "不算农村饮水 水务局另外几个的执行率平均一下"),
    ("扣分最多项目", "扣分最多的项目"),
    ("水务局评级为良项目", "水务局评级为良的项目"),
    ("两个局预算两百万以下项目", "两个局预算两百万以下的项目"),
    ("去掉泵站执行率最低的", "去掉泵站 执行率最低的"),
    ("水务局是不是每个项目都评优", "水务局是不是每个项目都评的优"),
    ("不算水务局的执行率最低的两个", "不算水务局的 执行率最低的两个"),
    ("党建和干部队伍那俩除外生态局执行率最低的", "党建和干部队伍那俩除外 生态局执行率最低的"),
    ("生态局平均每个项目预算多少科技与国际合作那个不算", "生态局平均每个项目预算多少 科技与国际合作那个不算"),
    ("泵站那个项目的钱里头，上年结转的占几成", "泵站那个项目的钱里头 上年结转的占几成"),
    ("两个局有指标扣分项目几个", "两个局有指标扣分的项目几个"),
])
def test_run_on_is_the_spaced_question(assistant: Assistant, run_on: str, spaced: str) -> None:
    expected = last(assistant, spaced)
    answer = last(assistant, run_on)
    assert expected.found and answer.found, (expected.answer, answer.answer)
    assert said(answer) == said(expected), answer.answer


def test_a_department_after_a_project_left_out_is_the_scope(assistant: Assistant) -> None:
    """不算农村饮水水务局…: read as the department left out, it averaged the other bureau — a wrong answer."""
    listed = last(assistant, "水务局各项目执行率")
    others = [f.value for p, f in zip(listed.projects, listed.figures) if "农村饮水" not in p.name]
    answer = last(assistant, "不算农村饮水水务局另外几个的执行率平均一下")
    assert len(others) == 3 and answer.figures[0].value == pytest.approx(sum(others) / 3, abs=0.01)


def test_a_mean_of_no_figure_is_asked_back(assistant: Assistant) -> None:
    answer = last(assistant, "水务局平均值是多少")
    assert not answer.found and not answer.figures and "哪一项的平均值" in answer.answer


def test_a_mean_after_a_list_is_of_the_figure_listed(assistant: Assistant) -> None:
    listed = last(assistant, "水务局各项目执行率")
    answer = last(assistant, "水务局各项目执行率", "平均一下")
    rates = [f.value for f in listed.figures]
    assert answer.found and answer.figures[0].value == pytest.approx(sum(rates) / len(rates), abs=0.01)


def test_a_comma_in_a_follow_up_reads_as_a_space(assistant: Assistant) -> None:
    """去掉监测那个，剩下几个预算合计: with the comma the follow-up summed every other project, not the list's rest."""
    spaced = last(assistant, "生态局有扣分指标的项目", "去掉监测那个 剩下几个预算合计")
    comma = last(assistant, "生态局有扣分指标的项目", "去掉监测那个，剩下几个预算合计")
    assert comma.found and said(comma) == said(spaced)
