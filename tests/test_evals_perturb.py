"""The meaning-keeping rewrites of a question set (evals/perturb.py), by example, and the set they write: valid, the
expectations unchanged, only the graded turn rewritten, rewrites that change nothing left out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals import perturb
from evals.questions import load_questions

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("name", "question", "typed"), [
    ("comma", "预算过一千万的那几个 执行数加一块是多少", "预算过一千万的那几个，执行数加一块是多少"),
    ("comma", "不算泵站，剩下的合计", "不算泵站 剩下的合计"),
    ("run_on", "除了全市生态环境保障 执行率最低的是哪个", "除了全市生态环境保障执行率最低的是哪个"),
    ("words_for_numbers", "执行率低于95%的项目", "执行率低于百分之九十五的项目"),
    ("words_for_numbers", "预算300万以上的", "预算三百万以上的"),
    ("short_year", "2024年预算合计", "24年预算合计"),
    ("short_year", "23年呢", "2023年呢"),
    ("no_de", "扣分最多的项目", "扣分最多项目"),
])
def test_each_rewrite_by_example(name: str, question: str, typed: str) -> None:
    assert perturb.REWRITES[name](question, 0) == typed


def test_numbers_are_said_as_staff_say_them() -> None:
    assert [perturb.spoken(n) for n in (5, 10, 15, 95, 100, 105, 110, 300)] == [
        "五", "十", "十五", "九十五", "一百", "一百零五", "一百一十", "三百"]


def test_the_rewritten_set_keeps_every_expectation(tmp_path: Path) -> None:
    source = ROOT / "evals" / "bank" / "blind11.jsonl"
    out = tmp_path / "typed.jsonl"
    assert perturb.main([str(source), "--out", str(out)]) == 0
    originals = {q.id: q for q in load_questions(source)}
    typed = load_questions(out)
    assert len(typed) > len(originals)
    for question in typed:
        original = originals[question.id.split("~")[0]]
        assert question.expect == original.expect and question.turns[:-1] == original.turns[:-1]
        assert question.turns[-1] != original.turns[-1]
    assert {"lead", "tail", "comma", "run_on"} <= {q.id.split("~")[1] for q in typed} <= set(perturb.REWRITES)


def test_a_rewrite_that_changes_nothing_is_left_out() -> None:
    line = {"id": "x-1", "question": "海洋项目得分", "expect": {"found": True}}
    assert [json.dumps(x, ensure_ascii=False) for x in perturb.rewritten(line, ["comma", "short_year"])] == []
