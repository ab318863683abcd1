"""Background said around a question (understand/clauses.py): which clauses may be left out, and that a clause
narrowing the question never is — on its own, and through the assistant on the real sample report."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.engine import Assistant
from assistant.understand.clauses import asked_part, clauses_of
from ingest.store import Store

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "000_714f557b0e494d5f.txt"


def parts(text: str, scoped: tuple[str, ...] = ()) -> list[str]:
    """The shorter questions ``text`` may be, as text; clauses holding a word of ``scoped`` name a scope."""
    clauses = clauses_of(text)
    return ["，".join(clauses[i:j]) for i, j in asked_part(text, lambda c: frozenset(w for w in scoped if w in c))]


def test_background_before_and_after_the_question_may_be_left_out() -> None:
    assert parts("处长让我先摸个底，海洋项目全年预算是多少") == ["海洋项目全年预算是多少"]
    assert "有多少个项目评了优" in parts("领导随口问了句，有多少个项目评了优，我一下子数不过来")  # longest runs first


@pytest.mark.parametrize("text", [
    "执行率低于九成的不算，剩下那些项目整体执行率多少",  # a condition
    "水务局的，执行率最低的是哪个",  # a scope
    "除了党建，得分最低的是哪个",  # an exclusion
])
def test_a_clause_that_narrows_the_question_is_never_left_out(text: str) -> None:
    first = clauses_of(text)[0]
    assert all(part.startswith(first) for part in parts(text, scoped=("水务局",)))


def test_background_typed_with_spaces_may_be_left_out() -> None:
    assert parts("领导刚问到 所有报告里执行率最低的三个项目是哪些") == ["所有报告里执行率最低的三个项目是哪些"]
    assert parts("写汇报材料要用 河道整治占水务局预算的比例多少")[0] == "河道整治占水务局预算的比例多少"


def test_a_clause_naming_what_the_question_names_again_may_be_left_out() -> None:
    assert parts("下周要跟交通委碰头 交通委23年得分垫底的是哪个", scoped=("交通委",)) == ["交通委23年得分垫底的是哪个"]
    assert parts("下周要跟交通委碰头 23年得分垫底的是哪个", scoped=("交通委",)) == []  # it would widen the question


@pytest.mark.parametrize("text", [
    "采购方式 生态局海洋项目多少",  # a field the table lacks, said without a marker
    "领导要看上半年的 生态局执行率多少",  # a period the table lacks
    "我们在排查钱花得慢的大项目 预算过五百万的是哪个",  # 慢, 大 beside a figure word
    "我只关心不到九成的 生态局有几个",  # a condition
])
def test_a_clause_that_could_narrow_is_never_background(text: str) -> None:
    assert parts(text) == []


def test_a_question_with_no_question_word_left_is_not_shortened() -> None:
    assert parts("处长让我先摸个底，我在整理材料") == []


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Assistant:
    store = Store(tmp_path_factory.mktemp("clauses_sample"))
    store.ingest(SAMPLE)
    return Assistant(store)


def test_the_assistant_answers_the_question_inside_the_background(sample: Assistant) -> None:
    answer = sample.ask("我们下午两点要开预算执行分析会，处长让我先摸个底，就是科技与国际合作交流的项目，全年预算到底是多少")
    assert answer.found and [p.seq for p in answer.projects] == [9] and 3327.01 in [f.value for f in answer.figures]
    assert answer.answer.startswith("（按“就是科技与国际合作交流的项目，全年预算到底是多少”理解。）")


def test_a_narrowing_clause_it_cannot_read_keeps_the_question_unanswered(sample: Assistant) -> None:
    answer = sample.ask("执行率低于九成的先搁一边，剩下那些项目整体执行率多少")
    assert not answer.found and not answer.figures
