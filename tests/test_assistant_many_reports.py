"""Answers over a bureau's many reports (more than a list shows items): told by department or year, short, every
marker pointing at its row, every operand of a sum in the sources; citations are built only for what is stated.

The reports are the scale benchmark's generated corpus (4 departments × 2020–2024, 6 projects each: 20 reports),
written into a real store (SQLite + Chroma) as an ingest leaves it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant import catalog as catalog_module
from assistant.compose import MAX_ITEMS
from assistant.contract import SOURCES_HEADING, Answer
from assistant.engine import Assistant
from benchmarks.corpus import TOPIC, build_corpus, year_range
from ingest.records import Document
from tests.fixtures.assistant_records import fill_store

_MARKER_RE = re.compile(r"\[(\d+)\](?:–\[(\d+)\])?")
DEPARTMENTS = ("上海市教育委员会", "上海市科学技术委员会", "上海市民政局", "上海市司法局")
ACROSS = "跨 20 份报告（4 个部门，2020–2024年度）："
"""How an answer over every stored report opens (compose.scope_lead), before its own headline."""


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return build_corpus(departments=4, years=year_range("2020-2024"), projects=6, seed=5)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, documents: list[Document]) -> Assistant:
    return Assistant(fill_store(tmp_path_factory.mktemp("many_reports"), documents))


def marked(answer: Answer) -> set[int]:
    """Every citation number the text's markers point at (a run [2]–[5] counts each of 2…5)."""
    numbers: set[int] = set()
    for match in _MARKER_RE.finditer(answer.answer.partition(SOURCES_HEADING)[0]):
        numbers.update(range(int(match.group(1)), int(match.group(2) or match.group(1)) + 1))
    return numbers


def assert_markers_hold(answer: Answer) -> None:
    """Every marker points at a citation, and every figure with sources is marked with them in the text (but for the
    projects of a list past its first MAX_ITEMS, which the text does not show)."""
    numbers = marked(answer)
    assert numbers <= set(range(1, len(answer.citations) + 1)), answer.answer
    hidden = {(p.document, p.seq) for p in answer.projects[MAX_ITEMS:]} if "未在此列出" in answer.answer else set()
    for figure in answer.figures:
        if (figure.document, figure.project_seq) in hidden:
            continue
        assert set(figure.sources) <= numbers, (figure, answer.answer)
        if figure.project_seq is not None:
            assert {answer.citations[n - 1].project_seq for n in figure.sources} == {figure.project_seq}, figure


def losing(documents: list[Document], department: str, indicators_only: bool = False) -> set[tuple[str, int]]:
    """The (file, seq) of a department's projects that lost points (on an indicator row, or also on the funds)."""
    return {(d.file_name, p.seq) for d in documents if d.department == department for p in d.projects
            if any(i.weight > i.score for i in p.indicators) or (
                not indicators_only and p.fund("年度资金总额").score < p.fund("年度资金总额").weight)}


def test_lost_points_over_many_reports_are_told_by_department(assistant: Assistant, documents: list[Document]) -> None:
    answer = assistant.ask("哪些项目扣分了")
    text = answer.answer.partition(SOURCES_HEADING)[0].splitlines()
    lost = {department: losing(documents, department) for department in DEPARTMENTS}
    on_indicators = {department: losing(documents, department, True) for department in DEPARTMENTS}
    count = sum(map(len, lost.values()))
    assert text[0].startswith(f"{count} 个项目有扣分（20 份报告，预算执行与绩效指标合计），扣分最多的是")
    assert text[1] == "按部门（4 个），按扣分项目数从多到少："
    for department in DEPARTMENTS:
        line = next(line for line in text if line.startswith(f"- **{department}**："))
        assert f"：{len(lost[department])} 个项目扣分（{len(on_indicators[department])} 个在绩效指标上），最多的是" in line
    every = set().union(*on_indicators.values())
    assert {(p.document, p.seq) for p in answer.projects} == every  # the table view and a follow-up get them all
    assert f"其中 {len(every)} 个项目在绩效指标上扣分，{count - len(every)} 个只在预算执行上扣分" in answer.answer
    assert len(answer.answer) < 3000 and len(answer.citations) <= 2 * (1 + len(DEPARTMENTS)) * 2
    assert_markers_hold(answer)


def test_a_sum_over_many_reports_shows_its_total_operand_count_and_groups(
        assistant: Assistant, documents: list[Document]) -> None:
    answer = assistant.ask("所有项目全年预算合计多少")
    total = round(sum(p.fund("年度资金总额").full_year for d in documents for p in d.projects), 2)
    assert answer.figures[0].value == total
    first = answer.answer.splitlines()[0]
    assert first.startswith("跨 20 份报告（4 个部门，2020–2024年度）合计：所有项目的全年预算数合计为 ")
    assert first.endswith("（Σ全年预算数（120 个项目））[1]–[120]。")  # the operands are the sources, not the text
    assert len(answer.citations) == 120 and answer.answer.splitlines()[1] == "按部门看："
    per_department = {f.label: f.value for f in answer.figures[1:]}
    for department in DEPARTMENTS:
        expected = round(sum(p.fund("年度资金总额").full_year for d in documents if d.department == department
                             for p in d.projects), 2)
        assert per_department[f"全年预算数合计（{department}）"] == expected
    assert answer.answer.count("\n[") == 5 and "……另有 115 处来源" in answer.answer  # the text lists five
    assert_markers_hold(answer)


def test_a_topic_over_many_reports_names_groups_and_cites_each_project_once(
        assistant: Assistant, documents: list[Document]) -> None:
    answer = assistant.ask(f"哪些项目涉及{TOPIC}")
    about = {(d.file_name, p.seq) for d in documents for p in d.projects if TOPIC in p.goal_text + p.result_text}
    assert len({file for file, _ in about}) > MAX_ITEMS, "the corpus should spread the topic over many reports"
    assert {(p.document, p.seq) for p in answer.projects} == about
    assert sorted((c.document, c.project_seq) for c in answer.citations) == sorted(about)
    lines = answer.answer.splitlines()
    assert lines[0].startswith(f"{ACROSS}涉及“{TOPIC}”的项目有 {len(about)} 个，分布在 ")  # the scope said first
    assert all(line.startswith("- **") for line in lines[1:1 + min(3, MAX_ITEMS)])


def test_one_department_over_many_years_is_told_by_year(tmp_path: Path) -> None:
    documents = build_corpus(departments=1, years=year_range("2013-2024"), projects=2, seed=7)
    answer = Assistant(fill_store(tmp_path, documents)).ask("所有项目全年预算合计多少")
    lines = answer.answer.splitlines()
    assert lines[1] == "按年度看：" and lines[2].startswith("- 全年预算数合计（2013年度）：")
    assert lines[12] == "……另有 2 个年度未在此列出。"


def test_after_a_long_list_it_asks_which_one_or_answers_them_all(assistant: Assistant) -> None:
    conversation = assistant.new_conversation()
    listed = assistant.ask("哪些项目扣分了", conversation).projects
    assert len(listed) > MAX_ITEMS
    which = assistant.ask("那它的总分呢", conversation)
    assert not which.found and which.intent == "clarify"
    assert f"符合的有 {len(listed)} 个" in which.answer and f"……另有 {len(listed) - MAX_ITEMS} 个项目未在此列出。" in which.answer
    assert "那它们的总分呢" in which.answer
    conversation = assistant.new_conversation()
    assistant.ask("哪些项目扣分了", conversation)
    every = assistant.ask("那它们的总分呢", conversation)
    assert every.found and [(p.document, p.seq) for p in every.projects] == [(p.document, p.seq) for p in listed]
    assert len([f for f in every.figures if f.label == "总分"]) == len(listed)
    assert f"{len(listed)} 个项目逐个如下：" in every.answer and f"另有 {len(listed) - MAX_ITEMS} 项" in every.answer
    assert_markers_hold(every)


def test_a_ranking_builds_the_citation_of_the_row_it_states_only(
        assistant: Assistant, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    original = catalog_module.label_and_printed

    def counting(project, source, field, text):  # noqa: ANN001, ANN202 - the same call, counted
        built.append(project.name)
        return original(project, source, field, text)

    monkeypatch.setattr(catalog_module, "label_and_printed", counting)
    fresh = Assistant(assistant.store)  # its own catalog: no citation remembered from the tests before
    answer = fresh.ask("哪个项目得分最高")
    assert answer.found and 1 <= len(answer.citations) < 5  # the highest, and any tied with it
    assert sorted(built) == sorted(citation.project for citation in answer.citations)  # of 120 projects ranked


def test_each_department_over_many_reports_says_its_figure_not_its_reports(
        assistant: Assistant, documents: list[Document]) -> None:
    answer = assistant.ask("每个局的整体执行率")
    assert "分报告看" not in answer.answer and len(answer.answer) < 3000
    for department in DEPARTMENTS:
        lines = [p.fund("年度资金总额") for d in documents if d.department == department for p in d.projects]
        rate = round(sum(line.executed for line in lines) / sum(line.full_year for line in lines) * 100, 2)
        assert f"**{department}**：\n跨 5 份报告（2020–2024年度）合计：所有项目的整体执行率为 {rate:.2f}%" in answer.answer
    assert_markers_hold(answer)


def test_a_filter_over_many_reports_says_how_many_each_department_has(
        assistant: Assistant, documents: list[Document]) -> None:
    answer = assistant.ask("执行率低于99%的项目有哪些")
    low = {department: sum(1 for d in documents if d.department == department for p in d.projects
                           if p.fund("年度资金总额").rate < 99) for department in DEPARTMENTS}
    lines = answer.answer.splitlines()
    assert lines[0].startswith(f"{ACROSS}执行率低于99.00%的项目共 {sum(low.values())} 个")
    ranked = sorted((d for d in DEPARTMENTS if low[d]), key=lambda d: -low[d])
    assert lines[1] == "按部门：" + "、".join(f"{d} {low[d]} 个" for d in ranked) + "。"  # store order among equals
    assert_markers_hold(answer)
