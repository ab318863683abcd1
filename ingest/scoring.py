"""The template's scoring rules, as code: funds score from the execution rate, grade from 总分.

DESIGN.md: 执行率 = 执行数 / 预算数 × 100, printed truncated to two decimals;
the funds line scores 执行率 × 分值 / 100 from the unrounded rate, then rounded;
grades are 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差.
"""

from __future__ import annotations

import math

GRADE_BANDS: tuple[tuple[float, str], ...] = ((90.0, "优"), (80.0, "良"), (60.0, "中"), (0.0, "差"))
GRADE_RULE = "评分等级按总分：≥90 优，80–90 良，60–80 中，<60 差"


def grade_for(total_score: float) -> str:
    """The 评分等级 that 总分 earns under the national rule."""
    return next(grade for floor, grade in GRADE_BANDS if total_score >= floor)


def execution_rate(executed: float, budget: float) -> float | None:
    """The unrounded 执行率 in percent, or None when there is no budget to divide by."""
    if not budget:
        return None
    return executed / budget * 100


def printed_rate(rate: float) -> float:
    """A rate as the template prints it: truncated, not rounded, to two decimals (99.2475 → 99.24)."""
    return math.floor(rate * 100 + 1e-9) / 100


def funds_score(executed: float, budget: float, weight: float) -> float | None:
    """The funds line's 得分: 执行率 × 分值 / 100 from the unrounded rate, rounded to 2 decimals, capped at 分值."""
    rate = execution_rate(executed, budget)
    if rate is None:
        return None
    return round(min(rate, 100.0) * weight / 100, 2)
