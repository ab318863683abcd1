"""Small hand-made records for tests that need a project without reading a file."""

from __future__ import annotations

from ingest.records import FundLine, Indicator, Project, SourceRef
from ingest.values import parse_actual, parse_target

DOC = "test.txt"


def indicator(name: str, target: str, actual: str, weight: float, score: float | None, reason: str | None = None,
              line: int = 10) -> Indicator:
    """An indicator row with its target and actual parsed as the readers parse them."""
    t, a = parse_target(target), parse_actual(actual)
    return Indicator(
        level1="产出指标", level2="数量指标", name=name, raw_name=name,
        target_text=target, target_op=t.op, target_value=t.value, target_unit=t.unit,
        actual_text=actual, actual_value=a.value, actual_unit=a.unit,
        weight=weight, score=score, reason=reason, source=SourceRef(DOC, line=line),
    )


def project(indicators: list[Indicator], *, budget: float = 100.0, executed: float = 99.0,
            rate: float | None = 99.0, funds_score: float | None = 9.9, total: float | None = None,
            grade: str | None = "优", seq: int = 1, name: str = "测试项目") -> Project:
    """A project with one 年度资金总额 line worth 10 points and the given indicator rows."""
    funds = [FundLine("年度资金总额", budget, budget, executed, 10.0, rate, funds_score, SourceRef(DOC, line=4))]
    return Project(
        seq=seq, name=name, raw_name=name, name_missing=False, department="某市测试局", implementer="某市测试局",
        goal_text="目标", result_text="完成", funds=funds, indicators=indicators,
        total_weight=100.0, total_score=total, grade=grade, source=SourceRef(DOC, line=1),
    )
