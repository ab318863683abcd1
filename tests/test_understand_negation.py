"""A condition left out (执行率低于九成的不算) read as the negated condition kept: the rewrite on its own, then answered
on the real sample (its projects' rates and scores are the document's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.engine import Assistant
from assistant.understand.negation import all_asked, condition_left_out, negated_condition
from ingest.store import Store

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "000_714f557b0e494d5f.txt"


@pytest.mark.parametrize(("clause", "negated"), [
    ("执行率低于九成", "执行率不低于九成"),
    ("执行率不低于九成", "执行率低于九成"),  # the longer word is the comparison, not the 低于 inside it
    ("得分99分以上", "得分低于99分"),
    ("预算超过一千万", "预算不高于一千万"),
    ("执行率没达到95%", "执行率不低于95%"),
    ("预算500万及以下", "预算高于500万"),
])
def test_a_comparison_is_negated(clause: str, negated: str) -> None:
    assert negated_condition(clause) == negated


@pytest.mark.parametrize("clause", ["科技那个", "得分高于90低于99", "执行率低一些"])
def test_no_single_comparison_with_a_number_no_negation(clause: str) -> None:
    assert negated_condition(clause) is None


@pytest.mark.parametrize(("question", "read_as"), [
    ("执行率低于90%的不算，生态局剩下那些项目整体执行率多少", "执行率不低于90%的项目里生态局项目整体执行率多少"),
    ("除去得分99以上的，还有几个项目", "得分低于99的项目里还有几个项目"),
    ("预算超过1000万元的先不管，其他项目平均得分多少", "预算不高于1000万元的项目里项目平均得分多少"),
])
def test_a_question_leaving_out_a_condition_is_rewritten(question: str, read_as: str) -> None:
    assert condition_left_out(question) == read_as


def test_leaving_out_a_named_project_is_not_a_condition() -> None:
    assert condition_left_out("除去科技那个，生态局平均预算") is None


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    store = Store(tmp_path_factory.mktemp("negation"))
    store.ingest(SAMPLE)
    return Assistant(store)


def test_the_projects_failing_the_condition_are_answered_and_the_reading_said(assistant: Assistant) -> None:
    answer = assistant.ask("执行率低于九成的不算，剩下那些项目整体执行率多少")
    # the sample's four rates under 90 (#7 63.23, #12 66.88, #10 81.48, #13 81.51) left out: 11371.35 / 11517.81
    assert answer.found and 98.73 in [round(f.value, 2) for f in answer.figures]
    assert answer.answer.startswith("（按“执行率不低于90%的项目里")


@pytest.mark.parametrize(("question", "read"), [
    ("水务局的项目是不是都评上优了", "水务局哪些项目没评为优"),
    ("两个局的项目是不是都评的优 不是的话哪个不是", "两个局哪些项目没评为优"),
    ("生态局执行率是不是都在90%以上", "生态局执行率在低于90%的项目有哪些"),
    ("海洋项目执行率多少", None),  # asks nothing of every project
    ("水务局是不是每个项目都评了优", "水务局哪些项目没评为优"),
    ("规资局22年是不是每个项目执行率都过了98%", "规资局22年执行率不高于98%的项目有哪些"),
])
def test_whether_every_project_meets_a_condition_is_answered_by_those_that_do_not(question: str, read) -> None:
    assert all_asked(question) == read


def test_whether_every_project_meets_a_condition_when_all_do(assistant: Assistant) -> None:
    """The sample's 18 projects are all 优: the answer says yes first and lists each one, cited."""
    answer = assistant.ask("是不是所有项目都评的优")
    assert answer.found and answer.answer.startswith("是的，所问的项目都符合这一条件。")
    assert len(answer.projects) == 18 and len(answer.citations) == 18
