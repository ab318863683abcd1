"""The number check of LLM answers: what counts as a number, and when two are the same."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.llm.numbers import numbers_in_text, unsupported_numbers

RESULTS = [{"rows": [{"name": "海洋生态环境保护", "total_score": 99.92, "budget": 1425.66, "rate": 99.2,
                      "lost": -2.0, "reason": "据实调整培训次数 4 次"}], "count": 1}]


@pytest.mark.parametrize("text", [
    "海洋项目得分 99.92 分，预算 1,425.66 万元，执行率 99.20%。",
    "扣了 2 分，原因是据实调整培训次数（4 次），共 1 个项目。",
    "扣了两分。得分九十九点九二分。",
    "- 第一项：十分重要，三分之一的工作已完成，用时两分钟",
    "1. 海洋项目\n2. 其他项目",
    "１４２５．６６万元",
])
def test_numbers_the_tools_returned_pass(text: str) -> None:
    assert unsupported_numbers(text, RESULTS) == []


@pytest.mark.parametrize(("text", "invented"), [
    ("海洋项目得分 99.9 分。", ["99.9"]),
    ("预算约 1,426 万元，执行率 99.21%。", ["1,426", "99.21"]),
    ("扣了三分。", ["三"]),
    ("达到百分之九十五。", ["九十五"]),
    ("共有 18 个项目。", ["18"]),
])
def test_numbers_from_nowhere_are_caught(text: str, invented: list[str]) -> None:
    assert unsupported_numbers(text, RESULTS) == invented


def test_values_are_compared_not_spellings() -> None:
    values = [value for _, value in numbers_in_text("1,425.66 与 1425.660、99.2 与 99.20%")]
    assert values[0] == values[1] == Decimal("1425.66") and values[2] == values[3] == Decimal("99.2")
