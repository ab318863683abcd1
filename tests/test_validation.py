"""Reconciliation findings and restored values on hand-made projects: each rule alone."""

from __future__ import annotations

import pytest

from ingest.restore import INDICATOR_SCORE_RULE, TOTAL_WEIGHT_RULE, restore_derived
from ingest.scoring import GRADE_RULE, funds_score, grade_for, printed_rate
from ingest.validation import check_project
from tests.factories import indicator, project


def kinds(p) -> list[str]:
    return [f.kind for f in check_project(p)]


def test_a_clean_project_has_no_findings() -> None:
    p = project([indicator("培训次数", "=4.00(次)", "4.00(次)", 90.0, 90.0)], total=99.9)
    assert kinds(p) == []


@pytest.mark.parametrize(
    ("executed", "budget", "expected"),
    [(771.12, 779.05, 9.90), (233.93, 234.73, 9.97), (20.37, 25.0, 8.15), (0.0, 99.96, 0.0), (120.0, 100.0, 10.0)],
)
def test_funds_score_uses_the_unrounded_rate(executed: float, budget: float, expected: float) -> None:
    assert funds_score(executed, budget, 10.0) == expected


def test_printed_rate_truncates() -> None:
    assert printed_rate(410.27 / 413.40 * 100) == 99.24
    assert printed_rate(233.93 / 234.73 * 100) == 99.65


@pytest.mark.parametrize(("total", "grade"), [(90.0, "优"), (89.99, "良"), (80.0, "良"), (60.0, "中"), (59.9, "差")])
def test_grade_bands(total: float, grade: str) -> None:
    assert grade_for(total) == grade


def test_total_mismatch_is_a_finding() -> None:
    p = project([indicator("培训次数", "=4.00(次)", "4.00(次)", 90.0, 90.0)], total=98.0)
    findings = list(check_project(p))
    assert [f.kind for f in findings] == ["total_mismatch"]
    assert "98.00" in findings[0].message and "99.90" in findings[0].message


def test_rate_and_funds_score_mismatch() -> None:
    p = project([indicator("a", "=1.00(个)", "1.00(个)", 90.0, 90.0)], executed=50.0, rate=99.0, funds_score=9.9,
                total=99.9)
    assert kinds(p) == ["rate_mismatch", "funds_score_mismatch"]


def test_grade_mismatch() -> None:
    p = project([indicator("a", "=1.00(个)", "1.00(个)", 90.0, 70.0)], total=79.9, grade="优")
    assert kinds(p) == ["grade_mismatch"]


def test_strict_operator_met_exactly_yet_marked_down() -> None:
    p = project([indicator("合同法律审查完成率", "<100.00(%)", "100.00(%)", 90.0, 89.9, "将等号误录为小于号")],
                total=99.8)
    findings = list(check_project(p))
    assert [f.kind for f in findings] == ["operator_contradiction"]
    assert "小于" in findings[0].message and "0.10" in findings[0].message


def test_lost_indicator_score_is_restored_from_the_total_and_reported() -> None:
    rows = [indicator("a", "=1.00(个)", "1.00(个)", 45.0, 45.0), indicator("b", "=1.00(个)", "1.00(个)", 45.0, None)]
    p = project(rows, total=98.9, grade=None)
    restore_derived(p)
    assert rows[1].score == 44.0 and rows[1].derived == {"score": INDICATOR_SCORE_RULE}
    assert p.grade == "优" and p.derived == {"grade": GRADE_RULE}
    assert kinds(p) == ["restored", "restored"]


def test_two_lost_scores_are_not_guessed() -> None:
    rows = [indicator("a", "=1.00(个)", "1.00(个)", 45.0, None), indicator("b", "=1.00(个)", "1.00(个)", 45.0, None)]
    p = project(rows, total=98.9)
    restore_derived(p)
    assert rows[0].score is None and rows[1].score is None
    assert kinds(p) == ["indicator_missing", "indicator_missing", "total_unverifiable"]


def test_lost_total_weight_is_restored_from_the_row_weights() -> None:
    p = project([indicator("a", "=1.00(个)", "1.00(个)", 90.0, 90.0)], total=99.9)
    p.total_weight = None
    restore_derived(p)
    assert p.total_weight == 100.0 and p.derived == {"total_weight": TOTAL_WEIGHT_RULE}
    assert [f.message for f in check_project(p)] == [f"项目总分分值原文缺失，已按规则补全：{TOTAL_WEIGHT_RULE}"]
