"""Restore values the reader lost but the table's own arithmetic fixes, and mark them derived.

Only values that follow exactly from other values of the same table are
restored, each with the rule that gives it (``derived[field] = rule``). Anything
else stays None and validation reports it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.records import Project
from ingest.scoring import GRADE_RULE, funds_score, grade_for, printed_rate, execution_rate
from ingest.units import settle_money_units
from ingest.validation import missing_weight

RATE_RULE = "执行率 = 全年执行数 / 全年预算数 × 100（截断到两位小数）"
FUNDS_SCORE_RULE = "资金得分 = 执行率 × 分值 / 100（用未截断的执行率，四舍五入到两位小数）"
INDICATOR_SCORE_RULE = "得分 = 总分 − 资金得分 − 其余指标得分之和"
TOTAL_RULE = "总分 = 资金得分 + 各指标得分之和"
TOTAL_WEIGHT_RULE = "总分分值 = 资金分值 + 各指标分值之和"


def restore_derived(project: Project, complete: bool = True) -> None:
    """Fill in, in place, what follows from the rest of ``project``'s table (order matters: funds first).

    A table read without its footer (no 总分 and no 评分等级 row: a page is missing) is ``complete=False``: its
    rows may be missing too, so nothing is restored from sums over them — a 总分 rebuilt from half the rows would
    invent lost points. Only a fund line's own 执行率 and 资金得分 are restored there.
    """
    _restore_funds(project)
    if not complete:
        return
    _restore_indicator_score(project)
    _restore_total(project)
    _restore_total_weight(project)
    _restore_grade(project)


def finish_projects(projects: Sequence[Project], document_text: str) -> tuple[list[str], list[int]]:
    """What every reader does once its projects are read as printed: amounts into 万元 by the printed unit, then
    values restored — nothing from sums over a table read without its footer (no 总分 and no 评分等级 row: a page is
    missing). Returns the warnings to show and the seqs of those incomplete tables."""
    warnings = settle_money_units(projects, document_text)
    incomplete = [p.seq for p in projects if p.total_source is None and p.grade_source is None]
    for project in projects:
        restore_derived(project, complete=project.seq not in incomplete)
    return warnings + _incomplete_warnings(incomplete), incomplete


def _incomplete_warnings(seqs: list[int]) -> list[str]:
    """The reading warning for projects read without their footer: the table looks cut (a missing page)."""
    return [f"第{seq}个项目的表格不完整（没有读到“总分”“评分等级”行），可能缺页；缺失的数值未按规则补全" for seq in seqs]


def _restore_funds(project: Project) -> None:
    """执行率 and the 年度资金总额 score from 执行数 and 预算数 where the cells were lost."""
    for line in project.funds:
        if line.executed is None or line.full_year is None:
            continue
        rate = execution_rate(line.executed, line.full_year)
        if line.rate is None and rate is not None:
            line.rate = printed_rate(rate)
            line.derived["rate"] = RATE_RULE
        if line.kind == "年度资金总额" and line.score is None and line.weight is not None:
            score = funds_score(line.executed, line.full_year, line.weight)
            if score is not None:
                line.score = score
                line.derived["score"] = FUNDS_SCORE_RULE


def _funds_points(project: Project) -> float | None:
    """The 年度资金总额 得分, the funds part of 总分."""
    total = project.fund("年度资金总额")
    return total.score if total else None


def _restore_indicator_score(project: Project) -> None:
    """A single indicator 得分 lost from the text, when 总分, the funds score and every other row are known — and no
    row is missing (their 分值 add up): a lost row's points would otherwise be booked on this one."""
    missing = [ind for ind in project.indicators if ind.score is None]
    funds = _funds_points(project)
    if len(missing) != 1 or project.total_score is None or funds is None or missing_weight(project) is not None:
        return
    others = sum(ind.score for ind in project.indicators if ind.score is not None)
    missing[0].score = round(project.total_score - funds - others, 2)
    missing[0].derived["score"] = INDICATOR_SCORE_RULE


def _restore_total(project: Project) -> None:
    """总分 from the funds score and every indicator score, when the footer lost it."""
    funds = _funds_points(project)
    if project.total_score is not None or funds is None or not project.indicators:
        return
    if any(ind.score is None for ind in project.indicators):
        return
    project.total_score = round(funds + sum(ind.score for ind in project.indicators), 2)
    project.derived["total_score"] = TOTAL_RULE


def _restore_total_weight(project: Project) -> None:
    """总分's 分值 from the funds 分值 and every indicator 分值, when the footer lost it."""
    total = project.fund("年度资金总额")
    if project.total_weight is not None or total is None or total.weight is None or not project.indicators:
        return
    if any(ind.weight is None for ind in project.indicators):
        return
    project.total_weight = round(total.weight + sum(ind.weight for ind in project.indicators), 2)
    project.derived["total_weight"] = TOTAL_WEIGHT_RULE


def _restore_grade(project: Project) -> None:
    """评分等级 from 总分 by the national rule, when the grade cell is blank."""
    if project.grade is None and project.total_score is not None:
        project.grade = grade_for(project.total_score)
        project.derived["grade"] = GRADE_RULE
