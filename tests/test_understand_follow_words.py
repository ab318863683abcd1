"""The conversation words the planner reads (assistant/understand/follow_words.py), by example: each pattern finds the
follow-ups it names and leaves alike-looking words alone. Texts are written as the planner reads them (numbers in
digits, mentions masked as □)."""

from __future__ import annotations

import pytest

from assistant.understand import follow_words as fw


@pytest.mark.parametrize(("pattern", "text", "found"), [
    (fw.COMPARED_WITH_RE, "跟□□□比呢", True),
    (fw.COMPARED_WITH_RE, "□□□比它多了多少", True),
    (fw.COMPARED_WITH_RE, "□□□呢 两年差了多少", True),
    (fw.COMPARED_WITH_RE, "财政拨款占预算的比例", False),
    (fw.WHICH_YEAR_RE, "两年里哪年执行率高", True),
    (fw.WHICH_YEAR_RE, "哪年执行率多少", False),  # 多少 asks a figure, not which is more
    (fw.EVERY_PROJECT_RE, "总体执行率", True),
    (fw.EVERY_PROJECT_RE, "年初定的总体目标是啥", False),  # a goal text, not every project
    (fw.FOLLOW_UP_RE, "那水务局呢", True),
    (fw.FOLLOW_UP_RE, "水务局预算多少", False),
    (fw.PRONOUN_RE, "其中最高的", True),
    (fw.THE_TWO_RE, "两个差几分", True),
    (fw.THE_TWO_RE, "两个局差几个点", False),  # two departments: TWO_GROUPS_RE's
    (fw.TWO_GROUPS_RE, "两个局差几个点", True),
    (fw.SINGULAR_RE, "那它的总分呢", True),
    (fw.PLURAL_RE, "它们合计多少", True),
    (fw.ROWS_ASKED_RE, "扣分的指标和原因说一下", True),
    (fw.ROWS_ASKED_RE, "预算一共多少", False),
])
def test_each_pattern_by_example(pattern, text: str, found: bool) -> None:
    assert (pattern.search(text) is not None) == found


def test_which_side_says_which_way() -> None:
    assert fw.WHICH_SIDE_RE.search("哪边整体执行率高一点").group("word") == "高"
    assert fw.WHICH_SIDE_RE.search("哪个局预算少").group("word") == "少"


def test_a_place_from_the_end() -> None:
    assert fw.FROM_END_RE.search("倒数第2个呢").group("n") == "2"
