"""Reconcile each project's table with the template's rules and store what does not add up as findings.

Findings are data for the assistant to report ("哪些项目的数据对不上"), never
exceptions: a report with an arithmetic slip is still worth answering about.
Tolerances allow for the template printing two decimals (rates truncated).

A finding says the *document* is wrong, so it is only made when the reader can
vouch for what it read. When the 分值 read fall short of the 总分's 分值, rows are
missing from what was read — a row the extraction lost or garbled, not one the
document forgot (the template's 分值 always add up) — so the 总分 checks are not
made and a reading warning for whoever ingests says which rows to look at.
"""

from __future__ import annotations

from collections.abc import Iterator

from ingest.records import Document, Finding, Indicator, Project
from ingest.scoring import execution_rate, funds_score, grade_for

TOLERANCE = 0.011
"""Two printed decimals, plus float noise."""

_STRICT_OPERATORS = {">": "大于", "<": "小于"}


def validate_document(doc: Document) -> None:
    """Replace each project's findings, in place, by the checks below; add the reading warnings of rows that may
    not have been read to the document's warnings (once, however often it is validated)."""
    for project in doc.projects:
        project.findings = list(check_project(project))
        warning = unread_rows_warning(project)
        if warning and warning not in doc.warnings:
            doc.warnings.append(warning)


def missing_weight(project: Project) -> float | None:
    """How much 分值 the rows read lack against the 总分's 分值 (funds 分值 + Σ row 分值 short of it), or None when
    nothing is missing or it cannot be told (a 分值 unread, the 总分's 分值 not printed)."""
    total = project.fund("年度资金总额")
    weights = [ind.weight for ind in project.indicators]
    if project.total_weight is None or total is None or total.weight is None or None in weights:
        return None
    if "total_weight" in project.derived:
        return None  # restored from these very rows: it cannot show that one is missing
    short = round(project.total_weight - total.weight - sum(weights), 2)
    return short if short > TOLERANCE else None


def unread_rows_warning(project: Project) -> str | None:
    """The reading warning for a table whose 分值 fall short: rows may not have been read, so its 总分 is not
    checked against them and nothing is blamed on the document."""
    short = missing_weight(project)
    if short is None:
        return None
    lines = [ind.source.line for ind in project.indicators if ind.source.line is not None]
    where = f"（指标在第{min(lines)}–{max(lines)}行）" if lines else ""
    return (
        f"第{project.seq}个项目“{project.name}”：读出的各项分值合计比总分分值 {project.total_weight:.2f} 少 {short:.2f}，"
        f"可能有指标行未读出{where}；请对照原文核对，总分未据此核对，也不作为文件本身的问题"
    )


def check_project(project: Project) -> Iterator[Finding]:
    """Every finding for one project, in table order: funds, indicators, total, grade, restored values."""
    yield from _check_funds(project)
    for ind in project.indicators:
        yield from _check_indicator(ind)
    yield from _check_total(project)
    yield from _check_grade(project)
    yield from _report_restored(project)


def _check_funds(project: Project) -> Iterator[Finding]:
    """执行率 against 执行数/预算数 on every line, and the funds score against 执行率 × 分值."""
    for line in project.funds:
        if None in (line.executed, line.full_year, line.rate):
            continue
        rate = execution_rate(line.executed, line.full_year)
        if rate is not None and not _same_rate(rate, line.rate):
            yield Finding(
                "rate_mismatch",
                f"{line.kind}执行率填报为 {line.rate:.2f}%，按全年执行数 {line.executed:.2f} / 全年预算数 "
                f"{line.full_year:.2f} 计算应为 {rate:.2f}%",
                line.source,
            )
    total = project.fund("年度资金总额")
    if total is None or None in (total.executed, total.full_year, total.weight, total.score):
        yield Finding("funds_missing", "年度资金总额行的预算数、执行数、分值或得分缺失，无法核对资金得分", project.source)
        return
    expected = funds_score(total.executed, total.full_year, total.weight)
    if expected is not None and abs(expected - total.score) > TOLERANCE:
        yield Finding(
            "funds_score_mismatch",
            f"资金得分填报为 {total.score:.2f}，按执行率 × 分值计算应为 {expected:.2f}",
            total.source,
        )


def _same_rate(computed: float, printed: float) -> bool:
    """Whether a printed 执行率 is the computed one at the precision it was printed with: two decimals (95.32), or
    one (95.3 for 95.32 — a table printing one decimal is not wrong; the reader keeps 95.3 as printed)."""
    return abs(computed - printed) <= TOLERANCE or round(computed, 1) == round(printed, 2)


def _check_indicator(ind: Indicator) -> Iterator[Finding]:
    """A row with lost figures, a score above its weight, or a strict operator its own scoring contradicts."""
    if ind.weight is None or ind.score is None:
        yield Finding("indicator_missing", f"指标“{ind.name}”的分值或得分缺失", ind.source)
        return
    if ind.score > ind.weight + TOLERANCE:
        yield Finding("score_above_weight", f"指标“{ind.name}”得分 {ind.score:.2f} 超过分值 {ind.weight:.2f}", ind.source)
    word = _STRICT_OPERATORS.get(ind.target_op or "")
    if word and ind.actual_value is not None and ind.actual_value == ind.target_value and (ind.lost or 0) > 0:
        yield Finding(
            "operator_contradiction",
            f"指标“{ind.name}”目标值为“{ind.target_text}”（{word}），实际完成 {ind.actual_text} 恰好等于目标数值却被扣 "
            f"{ind.lost:.2f} 分；目标运算符可能误录（应为“=”或“≥/≤”）",
            ind.source,
        )


def _check_total(project: Project) -> Iterator[Finding]:
    """总分 against the funds score plus every indicator score (and 100 − points lost), cited to the 总分 row."""
    total = project.fund("年度资金总额")
    scores = [ind.score for ind in project.indicators]
    if project.total_score is None or total is None or total.score is None or None in scores:
        yield Finding("total_unverifiable", "总分或部分得分缺失，无法核对总分", project.source_for("total_score"))
        return
    if missing_weight(project) is not None:
        return  # rows were lost in reading: unread_rows_warning says so; the document is not blamed
    computed = round(total.score + sum(scores), 2)
    if abs(computed - project.total_score) > TOLERANCE:
        yield Finding(
            "total_mismatch",
            f"总分填报为 {project.total_score:.2f}，资金得分与各指标得分之和为 {computed:.2f}",
            project.source_for("total_score"),
        )
    weights = [ind.weight for ind in project.indicators]
    if total.weight is not None and None not in weights:
        weight_sum = round(total.weight + sum(weights), 2)
        if project.total_weight is not None and abs(weight_sum - project.total_weight) > TOLERANCE:
            yield Finding(
                "weight_mismatch",
                f"各项分值之和为 {weight_sum:.2f}，与总分分值 {project.total_weight:.2f} 不一致",
                project.source_for("total_weight"),
            )


def _check_grade(project: Project) -> Iterator[Finding]:
    """评分等级 against the band 总分 falls in, cited to the 评分等级 row."""
    if project.grade is None or project.total_score is None:
        return
    expected = grade_for(project.total_score)
    if project.grade != expected:
        yield Finding(
            "grade_mismatch",
            f"评分等级填报为“{project.grade}”，按总分 {project.total_score:.2f} 应为“{expected}”",
            project.source_for("grade"),
        )


def _report_restored(project: Project) -> Iterator[Finding]:
    """One finding per value the reader lost and the table's arithmetic restored, with its rule."""
    for name, rule in project.derived.items():
        yield Finding(
            "restored", f"项目{_FIELD_NAMES.get(name, name)}原文缺失，已按规则补全：{rule}", project.source_for(name)
        )
    for line in project.funds:
        for name, rule in line.derived.items():
            yield Finding("restored", f"{line.kind}的{_FIELD_NAMES.get(name, name)}原文缺失，已按规则补全：{rule}", line.source)
    for ind in project.indicators:
        for name, rule in ind.derived.items():
            yield Finding("restored", f"指标“{ind.name}”的{_FIELD_NAMES.get(name, name)}原文缺失，已按规则补全：{rule}", ind.source)


_FIELD_NAMES = {"grade": "评分等级", "total_score": "总分", "total_weight": "总分分值", "score": "得分", "rate": "执行率", "weight": "分值"}
