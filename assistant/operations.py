"""The deterministic operations an answer is made of: plain typed functions returning rows with their sources.

Every number an answer states comes out of one of these functions, computed
from stored values; a derived number carries the formula that produced it. The
rule planner calls them today; an LLM path can wrap the same functions as tools
(each docstring says what the tool does), so neither path can invent a figure.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol


from assistant.catalog import Cited, ProjectEntry
from assistant.contract import Citation
from assistant.metrics import (
    FUND_FIELD_LABELS,
    TOTAL_FUND,
    Metric,
    format_value,
    metric,
    read_metric,
)
from assistant.plan import Condition, MetricRef
from assistant.resolve import common_stretches, meaningful_length
from ingest.passages.build import FIELDS, indicator_sentence
from ingest.records import FundLine, Indicator, SourceRef
from ingest.units import as_printed
from ingest.tokenize_zh import ensure_jieba_loaded

if TYPE_CHECKING:  # importing ingest.passages.store loads Chroma (about a second); only the type is needed here
    from ingest.passages.store import PassageHit

_MIS_ENTRY_RE = re.compile(
    r"误录|误填|误写|笔误|录入错误|填报错误|填写错误|设置有误|录入有误|填报有误|写错|填错|录错|"
    r"等号|大于号|小于号|大于等于|小于等于|符号"
)
"""A deviation reason admitting the target was mis-entered (an operator written wrong counts: 将等号误录为小于号)."""
_FUNDS_REASON_RE = re.compile(r"执行|资金|预算|支出|经费")
"""A deviation reason that speaks about money: what the table says about a low 执行率, if anything."""
COUNT = Metric("count", "项目数", "个", None, ())
"""Not a column of the table: the figure a count answers with."""
_EXECUTION = ("full_year", "executed", "rate")
"""The figures that say how a fund line was spent."""
_TOPIC_SHARE = 0.6
"""The share of a topic's weighted words a passage must hold to be about it."""
_EPSILON = 0.005
"""Half a printed cent: two-decimal figures closer than this are equal."""


class PassageSearch(Protocol):
    """What the passage index offers (ingest.passages.store.PassageIndex): hybrid search, optionally within documents."""

    def search(self, query: str, k: int = 8, documents: Collection[str] | None = None) -> list[PassageHit]:
        """The ``k`` passages best matching ``query``, best first, optionally only of ``documents``."""
        ...


class _Sourced:
    """A row with its source (``cited``), cited only when an answer states it."""

    cited: Cited | None

    @property
    def citation(self) -> Citation | None:
        """The row's citation, built now: an answer asks only for the rows it states."""
        return self.cited.citation() if self.cited is not None else None


@dataclass(frozen=True)
class FigureRow(_Sourced):
    """One figure of one project (or an aggregate when ``entry`` is None), with its source and formula."""

    entry: ProjectEntry | None
    ref: MetricRef
    value: float | str | None
    cited: Cited | None
    formula: str | None = None
    label: str | None = None
    restored_by: str | None = None  # the rule that restored a value the table left blank
    terms: tuple[FigureRow, ...] = ()  # a derived figure's operands, cited in its place (a change: both years)

    @property
    def text(self) -> str:
        """The value with its unit, as answers print it."""
        return format_value(self.value, self.ref.metric.unit)


@dataclass(frozen=True)
class LostRow(_Sourced):
    """Points one row of a project's table lost: an indicator row, or the funds line (预算执行)."""

    entry: ProjectEntry
    item: str
    part: str  # "indicator" or "funds"
    weight: float
    score: float
    reason: str | None
    cited: Cited

    @property
    def lost(self) -> float:
        """分值 − 得分, rounded to the table's two decimals."""
        return round(self.weight - self.score, 2)

    @property
    def formula(self) -> str:
        """How the lost points are computed."""
        return f"{self.weight:.2f} − {self.score:.2f}"


@dataclass(frozen=True)
class IndicatorRow(_Sourced):
    """One indicator row of a project, with the status that selected it and its citation."""

    entry: ProjectEntry
    indicator: Indicator
    status: str | None
    cited: Cited


@dataclass(frozen=True)
class PassageRow(_Sourced):
    """A quoted text of a project (goal, result, indicator row or deviation reason) with its citation."""

    entry: ProjectEntry
    field: str
    text: str
    cited: Cited


@dataclass(frozen=True)
class FindingRow(_Sourced):
    """A reconciliation finding of a project, as validation stored it."""

    entry: ProjectEntry
    kind: str
    message: str
    cited: Cited
    source: SourceRef | None = None  # the row it is about, as the reader gave it


def figure(entry: ProjectEntry, ref: MetricRef) -> FigureRow:
    """One figure of one project as stored, cited to the row it was read from (a ratio: computed, see ``_ratio``);
    kept by its project (``ProjectEntry.kept``): sums, rankings and filters read it for every project in scope."""
    return entry.kept(ref, lambda: _read_figure(entry, ref))


def _read_figure(entry: ProjectEntry, ref: MetricRef) -> FigureRow:
    """The figure ``figure`` keeps."""
    if ref.of is not None:
        return _ratio(entry, ref)
    read = read_metric(entry.project, ref.metric, ref.fund_kind)
    line = entry.project.fund(ref.fund_kind) if read.field == "funds" else None
    if line is not None:  # every figure of a fund line cites the one row: 预算 and 执行数 share a source
        cited = entry.row(line.source, "funds", lambda: fund_line_text(entry, line))
    else:
        def quote() -> str:
            """The project, the figure and its value, and how it was restored when it was."""
            text = f"{entry.name} {ref.label} {format_value(read.value, ref.metric.unit)}"
            return text + _restored_note(read.derived_rule)
        cited = entry.row(read.source, read.field, quote, ref)
    return FigureRow(entry, ref, read.value, cited, read.formula, ref.label, read.derived_rule)


_FUND_CELLS = (("initial", "年初预算数", "万元"), ("full_year", "全年预算数", "万元"), ("executed", "全年执行数", "万元"),
               ("rate", "执行率", "%"), ("weight", "分值", "分"), ("score", "得分", "分"))
"""The cells of a 项目资金 row, in the table's order, as a citation names them."""


def fund_line_text(entry: ProjectEntry, line: FundLine) -> str:
    """A 项目资金 row in words, every cell the row prints (分值 and 得分 only where printed), amounts also as the table
    printed them when its unit is not 万元, restored cells said so: the text every figure of that row cites."""
    unit = entry.project.money_unit
    parts = []
    for name, label, cell_unit in _FUND_CELLS:
        value = getattr(line, name)
        if value is None and name in ("weight", "score"):
            continue
        text = f"{label} {format_value(value, cell_unit)}"
        if cell_unit == "万元" and unit not in (None, "万元") and value is not None:
            text += f"（表中印为 {format_value(as_printed(value, unit), unit)}）"
        parts.append(text + _restored_note(line.derived.get(name)))
    return f"{line.kind}：" + "，".join(parts)


def _restored_note(rule: str | None) -> str:
    """How a citation says a value was not printed but restored by rule; nothing for a value read."""
    return f"（原文缺失，按规则补全：{rule}）" if rule else ""


def _ratio(entry: ProjectEntry, ref: MetricRef) -> FigureRow:
    """``ref.of[0] / ref.of[1] × 100`` of one project, with its formula, cited to the numerator's row."""
    numerator, denominator = (figure(entry, part) for part in ref.of or ())
    top, bottom = numeric_value(numerator), numeric_value(denominator)
    if top is None or not bottom:
        return FigureRow(entry, ref, None, numerator.cited)
    formula = f"{numerator.ref.label} / {denominator.ref.label} × 100 = {top:.2f} / {bottom:.2f} × 100"
    return FigureRow(entry, ref, round(top / bottom * 100, 2), numerator.cited, formula, ref.label)


def restored_figures(entries: Sequence[ProjectEntry], ref: MetricRef) -> list[FigureRow]:
    """The projects whose ``ref`` the table left blank (评分等级 not filled in) and the rules restored."""
    return [row for row in project_figures(entries, [ref]) if row.restored_by]


def nameless(entries: Sequence[ProjectEntry]) -> list[ProjectEntry]:
    """The projects whose table has no readable name (shown as 第N个项目（名称缺失）)."""
    return [entry for entry in entries if entry.project.name_missing]


def project_figures(entries: Sequence[ProjectEntry], refs: Sequence[MetricRef]) -> list[FigureRow]:
    """Each requested figure of each project, project by project; of a fund line, only of the projects whose table
    has that row (``Project.has_fund_row``): a local template's row (单位资金) is no unread row of the national
    template's tables, nor the national template's rows of a local one's."""
    return [figure(entry, ref) for entry in entries for ref in refs
            if ref.fund_kind == TOTAL_FUND or entry.project.has_fund_row(ref.fund_kind)]


def numeric_value(row: FigureRow) -> float | None:
    """The row's value when it is a number (评分等级 and unread cells are not)."""
    return row.value if isinstance(row.value, float | int) and not isinstance(row.value, bool) else None


def rank(
    entries: Sequence[ProjectEntry], ref: MetricRef, descending: bool, limit: int, only_place: bool = False
) -> list[FigureRow]:
    """The ``limit`` projects with the highest (``descending``) or lowest value of ``ref``; unread values are skipped.
    With ``only_place``, the projects at place ``limit`` alone (倒数第二), none when fewer projects are ranked.

    Projects tied with the last one kept are kept too (a cut never splits a
    tie); ties keep document order, so the same data always ranks the same way.
    """
    ranked = ranking(entries, ref, descending)
    if limit <= 0 or not ranked or (only_place and limit > len(ranked)):
        return []
    cut = _order_value(ranked[min(limit, len(ranked)) - 1])
    if only_place:
        return [row for row in ranked if abs(_order_value(row) - cut) <= _EPSILON]
    return ranked[:limit] + [row for row in ranked[limit:] if abs(_order_value(row) - cut) <= _EPSILON]


def ranking(entries: Sequence[ProjectEntry], ref: MetricRef, descending: bool) -> list[FigureRow]:
    """Every project with a value of ``ref``, best first by ``descending``; ties in document order."""
    rows = [row for row in project_figures(entries, [ref]) if _order_value(row) is not None]
    order = sorted(range(len(rows)), key=lambda i: (-_order_value(rows[i]) if descending else _order_value(rows[i]), i))
    return [rows[i] for i in order]


GRADE_ORDER = {"优": 4.0, "良": 3.0, "中": 2.0, "差": 1.0}
"""评分等级 as a ranking reads them (评级最差的项目): 优 above 良 above 中 above 差."""


def _order_value(row: FigureRow) -> float | None:
    """What a ranking orders a row by: its number, or a grade's place in GRADE_ORDER."""
    value = numeric_value(row)
    if value is None and row.ref.metric.key == "grade":
        return GRADE_ORDER.get(str(row.value))
    return value


def holds(value: float | str, op: str, target: float | str) -> bool:
    """Whether ``value op target``; numbers closer than half a cent are equal."""
    if isinstance(value, str) or isinstance(target, str):
        equal = str(value) == str(target)
        return equal if op == "=" else not equal if op == "!=" else False
    difference = value - target
    return {
        "<": difference < -_EPSILON,
        "<=": difference <= _EPSILON,
        ">": difference > _EPSILON,
        ">=": difference >= -_EPSILON,
        "=": abs(difference) <= _EPSILON,
        "!=": abs(difference) > _EPSILON,
    }[op]


def meets(entry: ProjectEntry, condition: Condition) -> tuple[bool, list[FigureRow]]:
    """Whether a project meets ``condition``, with the figures the test read (unread values never meet it)."""
    rows = [figure(entry, condition.metric)]
    target = condition.value
    if condition.against is not None:
        rows.append(figure(entry, condition.against))
        target = rows[1].value
    if rows[0].value is None or target is None:
        return False, rows
    return holds(rows[0].value, condition.op, target), rows


def with_baselines(
    entries: Sequence[ProjectEntry], conditions: Sequence[Condition]
) -> tuple[list[Condition], list[tuple[FigureRow, list[FigureRow]]]]:
    """The conditions with each baseline (平均值, a share of the total) computed over ``entries`` into a number, and
    the baseline figures with their formulas and terms, for the answer to state what was compared with."""
    plain: list[Condition] = []
    figures: list[tuple[FigureRow, list[FigureRow]]] = []
    for condition in conditions:
        if condition.baseline is None:
            plain.append(condition)
            continue
        how = "mean" if condition.baseline == "mean" else "sum"
        result, terms = aggregate(entries, how, condition.metric)
        if result.value is None:
            continue
        figures.append((result, terms))
        share = float(condition.value) / 100 if condition.baseline == "total" and condition.value is not None else 1.0
        plain.append(replace(condition, value=round(result.value * share, 2), baseline=None))
    return plain, figures


def filter_projects(entries: Sequence[ProjectEntry], conditions: Sequence[Condition]) -> list[list[FigureRow]]:
    """The projects meeting every condition, each as the figures its tests read, in document order (baselines
    such as 平均值 computed over ``entries`` first)."""
    conditions, _ = with_baselines(entries, conditions)
    matched: list[list[FigureRow]] = []
    for entry in entries:
        results = [meets(entry, c) for c in conditions]
        if all(ok for ok, _ in results):
            matched.append([row for _, rows in results for row in rows])
    return matched


def aggregate(entries: Sequence[ProjectEntry], how: str, ref: MetricRef | None) -> tuple[FigureRow, list[FigureRow]]:
    """An aggregate over projects — "count", "sum", "mean", "median" or "overall_rate" (Σ执行数 / Σ预算数 × 100) —
    and its terms.

    The overall rate divides sums; it is not the mean of the projects' rates.
    Projects whose value was not read are left out of sums and means (the
    formula names how many terms went in).
    """
    if how == "count":
        return _count(entries), []
    if how == "overall_rate" and ref is not None and ref.of is not None:
        return pooled_ratio(entries, ref)  # 两个局所有项目资金里 财政拨款占多大比例: Σ of the line over Σ budget
    if how == "overall_rate":
        return overall_rate(entries, ref.fund_kind if ref else TOTAL_FUND)
    terms = [row for row in project_figures(entries, [ref]) if numeric_value(row) is not None]
    total = round(sum(row.value for row in terms), 2)
    if how == "sum":
        return FigureRow(None, ref, total, None, _sum_formula(ref, terms), f"{ref.label}合计"), terms
    if how == "median":
        return _median(ref, terms), terms
    mean = round(total / len(terms), 2) if terms else None
    formula = f"Σ{ref.label} / {len(terms)} = {total:.2f} / {len(terms)}"
    return FigureRow(None, ref, mean, None, formula, f"平均{ref.label}"), terms


_GROUP_LABELS = {"departments": "部门数", "years": "年度数", "implementers": "实施单位数"}


def group_projects(entries: Sequence[ProjectEntry], kind: str) -> dict[str, list[ProjectEntry]]:
    """The projects of each department (``kind`` "departments"), year ("years") or 实施单位 ("implementers"), groups
    in order of first appearance — years ascending; projects whose 实施单位 the table leaves blank are not counted."""
    groups: dict[str, list[ProjectEntry]] = {}
    ordered = sorted(entries, key=lambda e: e.document.year or 0) if kind == "years" else entries
    for entry in ordered:
        label = {"years": f"{entry.document.year}年度", "departments": entry.document.department or "（部门不详）",
                 "implementers": entry.project.implementer}[kind]
        if label:
            groups.setdefault(label, []).append(entry)
    return groups


def groups_count(groups: dict[str, list[ProjectEntry]], kind: str) -> FigureRow:
    """How many departments or years the projects fall in, as a figure."""
    return FigureRow(None, MetricRef(COUNT), float(len(groups)), None, None, _GROUP_LABELS[kind])


def _median(ref: MetricRef, terms: Sequence[FigureRow]) -> FigureRow:
    """The middle value of ``terms`` in order: the middle one of an odd count, the mean of the middle two of an even
    count — with a formula naming which places of the ordered values were taken."""
    ordered = sorted(row.value for row in terms)
    n = len(ordered)
    if n == 0:
        return FigureRow(None, ref, None, None, None, f"{ref.label}中位数")
    middle = n // 2
    if n % 2:
        value, formula = ordered[middle], f"{n} 个数值从小到大排列的第 {middle + 1} 个 = {ordered[middle]:.2f}"
    else:
        low, high = ordered[middle - 1], ordered[middle]
        value = round((low + high) / 2, 2)
        formula = f"{n} 个数值从小到大排列的第 {middle}、{middle + 1} 个的平均 = ({low:.2f} + {high:.2f}) / 2"
    return FigureRow(None, ref, value, None, formula, f"{ref.label}中位数")


FORMULA_TERMS = 40
"""A sum's formula lists this many terms, then the rest's count and subtotal (a bureau's sum has thousands)."""


def _sum_formula(ref: MetricRef, terms: Sequence[FigureRow]) -> str:
    """How a sum was made: its terms listed, or for a difference (未执行数) the difference of its operands' sums
    (Σ全年预算数 − Σ全年执行数 = 12216.04 − 11846.60), which a reader can check against the two totals."""
    if ref.metric.difference is None:
        digits = 0 if ref.metric.unit == "个" else 2  # counts are whole numbers
        shown = " + ".join(f"{row.value:.{digits}f}" for row in terms[:FORMULA_TERMS])
        rest = len(terms) - FORMULA_TERMS
        more = f" + …（另 {rest} 项，{sum(row.value for row in terms[FORMULA_TERMS:]):.2f}）" if rest > 0 else ""
        return f"Σ{ref.label}（{len(terms)} 个项目）= {shown}{more}"
    prefix = "" if ref.fund_kind == TOTAL_FUND else ref.fund_kind
    fields = ref.metric.difference
    labels = [prefix + FUND_FIELD_LABELS[field] for field in fields]
    sums = [sum(getattr(row.entry.project.fund(ref.fund_kind), field) for row in terms) for field in fields]
    return f"Σ{labels[0]} − Σ{labels[1]}（{len(terms)} 个项目）= {sums[0]:.2f} − {sums[1]:.2f}"


def _count(entries: Sequence[ProjectEntry]) -> FigureRow:
    """How many projects there are, as a figure."""
    return FigureRow(None, MetricRef(COUNT), float(len(entries)), None, None, "项目数")


def overall_rate(entries: Sequence[ProjectEntry], fund_kind: str = TOTAL_FUND) -> tuple[FigureRow, list[FigureRow]]:
    """Σ全年执行数 / Σ全年预算数 × 100 over the projects whose both figures were read, with the terms."""
    rate_ref = MetricRef(metric("rate"), fund_kind)
    return _pooled(entries, _rate_parts(fund_kind), rate_ref, f"整体{rate_ref.label}")


def pooled_ratio(entries: Sequence[ProjectEntry], ref: MetricRef) -> tuple[FigureRow, list[FigureRow]]:
    """A ratio of two figures of each project (``ref.of``: 财政拨款 over 全年预算数) taken over all the projects at
    once — Σ numerator / Σ denominator × 100, like the overall rate, never the mean of the projects' ratios."""
    return _pooled(entries, ref.of, ref, ref.label)


def _pooled(
    entries: Sequence[ProjectEntry], parts: tuple[MetricRef, MetricRef], ref: MetricRef, label: str
) -> tuple[FigureRow, list[FigureRow]]:
    """Σ parts[0] / Σ parts[1] × 100 over the projects whose both figures were read, with its formula and terms."""
    (top, top_terms), (bottom, bottom_terms) = _pooled_sums(entries, parts)
    value = round(top.value / bottom.value * 100, 2) if bottom.value else None
    formula = (
        f"Σ{top.ref.label} / Σ{bottom.ref.label} × 100 = {top.value:.2f} / {bottom.value:.2f} × 100"
        f"（{len(bottom_terms)} 个项目）"
    )
    terms = [row for pair in zip(bottom_terms, top_terms) for row in pair]
    return FigureRow(None, ref, value, None, formula, label), terms


def rate_sums(entries: Sequence[ProjectEntry], ref: MetricRef | None = None) -> list[FigureRow]:
    """The two sums a pooled ratio divides — Σ全年预算数 and Σ全年执行数 for the overall rate of ``ref``'s fund line,
    or the denominator's and numerator's of a ratio — each with its formula, so an answer can state them as figures
    next to the rate they make (the same projects: those whose both figures were read)."""
    parts = ref.of if ref is not None and ref.of is not None else _rate_parts(ref.fund_kind if ref else TOTAL_FUND)
    return [total for total, _ in reversed(_pooled_sums(entries, parts))]


def _rate_parts(fund_kind: str) -> tuple[MetricRef, MetricRef]:
    """The numerator and denominator of a fund line's rate: its 全年执行数 over its 全年预算数."""
    return MetricRef(metric("executed"), fund_kind), MetricRef(metric("full_year"), fund_kind)


def _pooled_sums(
    entries: Sequence[ProjectEntry], parts: tuple[MetricRef, MetricRef]
) -> tuple[tuple[FigureRow, list[FigureRow]], tuple[FigureRow, list[FigureRow]]]:
    """The numerator's and denominator's sums (with their terms) over the projects whose both figures were read."""
    both = [entry for entry in entries if all(numeric_value(figure(entry, ref)) is not None for ref in parts)]
    return aggregate(both, "sum", parts[0]), aggregate(both, "sum", parts[1])


def under_executed(entry: ProjectEntry) -> list[FigureRow]:
    """The budget, execution and rate of each fund line that had a budget and did not spend all of it.

    A sub-line repeating the total (the whole budget is 当年财政拨款) is left
    out; a line whose budget was adjusted also shows 年初预算数 and the adjustment.
    """
    total = entry.project.fund(TOTAL_FUND)
    refs = []
    for line in entry.project.funds:
        if not line.full_year or line.executed is None or line.executed >= line.full_year:
            continue
        if line.kind != TOTAL_FUND and total is not None and _same_amounts(line, total):
            continue
        adjusted = line.initial is not None and abs(line.initial - line.full_year) > _EPSILON
        keys = ("initial", "adjustment", *_EXECUTION) if adjusted else _EXECUTION
        refs.extend(MetricRef(metric(key), line.kind) for key in keys)
    return project_figures([entry], refs)


def _same_amounts(line: FundLine, total: FundLine) -> bool:
    """Whether a fund line has the total line's budget and execution."""
    return (line.initial, line.full_year, line.executed) == (total.initial, total.full_year, total.executed)


def aggregate_per_group(
    groups: Mapping[str, Sequence[ProjectEntry]], how: str, ref: MetricRef | None
) -> list[tuple[FigureRow, list[FigureRow]]]:
    """The aggregate of each group's projects (a report, a department, a year), labelled with the group's name,
    with its terms."""
    parts = []
    for name, members in groups.items():
        result, terms = aggregate(members, how, ref)
        parts.append((replace(result, label=f"{result.label}（{name}）"), terms))
    return parts


def lost_points(entries: Sequence[ProjectEntry], part: str = "all") -> list[LostRow]:
    """Rows that lost points (分值 > 得分): indicator rows, the funds line, or both (``part``), in table order; each
    project's kept by it (``ProjectEntry.kept``), as 哪些项目扣分了 over a bureau reads 48,000 indicator rows."""
    rows: list[LostRow] = []
    for entry in entries:
        if part in ("all", "funds"):
            rows.extend(entry.kept(_funds_lost, lambda: _funds_lost(entry)))  # noqa: B023 - called at once
        if part in ("all", "indicators"):
            rows.extend(entry.kept(_indicators_lost, lambda: _indicators_lost(entry)))  # noqa: B023 - called at once
    return rows


def _funds_lost(entry: ProjectEntry) -> list[LostRow]:
    """The funds line's lost points: 分值 − 得分 of 年度资金总额 (执行率 below 100%)."""
    line = entry.project.fund(TOTAL_FUND)
    if line is None or line.weight is None or line.score is None or line.weight - line.score <= _EPSILON:
        return []
    return [LostRow(entry, "预算执行（年度资金总额）", "funds", line.weight, line.score, None,
                    entry.row(line.source, "funds", lambda: fund_line_text(entry, line)))]


def _indicators_lost(entry: ProjectEntry) -> list[LostRow]:
    """Indicator rows whose 得分 is below their 分值, with the deviation reason as the table gives it."""
    return [
        LostRow(entry, ind.name, "indicator", ind.weight, ind.score, _reason(ind), _cite_indicator(entry, ind))
        for ind in entry.project.indicators
        if ind.lost is not None and ind.lost > _EPSILON
    ]


def indicators_of_level(entries: Sequence[ProjectEntry], level: str) -> list[tuple[ProjectEntry, Indicator]]:
    """The indicator rows whose 一级 or 二级 label holds ``level`` (产出, 时效, 满意度)."""
    return [(entry, ind) for entry in entries for ind in entry.project.indicators
            if level in (ind.level1 or "") + (ind.level2 or "")]


def _reason(ind: Indicator) -> str | None:
    """The deviation reason as written, or None when the cell is blank."""
    return ind.reason.strip() if ind.reason and ind.reason.strip() else None


def _indicator_text(ind: Indicator) -> str:
    """An indicator row quoted for a citation: name, target, actual, 分值, 得分 and the reason if any."""
    text = f"{indicator_sentence(ind)}，分值 {_number(ind.weight)}，得分 {_number(ind.score)}"
    reason = _reason(ind)
    return f"{text}；偏差原因：{reason}" if reason else text


def _number(value: float | None) -> str:
    """A score as printed in the table, or a dash when it was not read."""
    return "-" if value is None else f"{value:.2f}"


def indicator_status(ind: Indicator) -> str | None:
    """"exceeded" when a numeric actual goes beyond a ≥, > or = target, "not_met" when it falls short of its
    target, None otherwise (met exactly, or words). An = target overshot (=42 项, 50 done) is exceeded."""
    if ind.target_value is None or ind.actual_value is None or ind.target_op is None:
        return None
    actual, target = ind.actual_value, ind.target_value
    if ind.target_op in ("≥", ">", "=") and actual > target + _EPSILON:
        return "exceeded"
    met = {
        "≥": actual >= target - _EPSILON,
        ">": actual > target + _EPSILON,
        "=": abs(actual - target) <= _EPSILON,
        "≤": actual <= target + _EPSILON,
        "<": actual < target - _EPSILON,
    }[ind.target_op]
    return None if met else "not_met"


def _has_status(entry: ProjectEntry, ind: Indicator, status: str) -> bool:
    """Whether an indicator row has ``status``: exceeded, not_met, lost, satisfaction, mis_entered (its reason admits
    it), mis_entered_possible (that, or validation found its operator contradicted by its own scoring) or funds_reason (its deviation reason speaks
    about execution, funds or the budget)."""
    if status == "funds_reason":
        return bool(_FUNDS_REASON_RE.search(ind.reason or ""))
    if status == "satisfaction":
        return "满意" in (ind.level1 or "") + (ind.level2 or "") + ind.name
    if status == "lost":
        return ind.lost is not None and ind.lost > _EPSILON
    if status == "mis_entered":
        return bool(_MIS_ENTRY_RE.search(ind.reason or ""))
    if status == "mis_entered_possible":
        return mis_entry_evidence(entry, ind) is not None
    return indicator_status(ind) == status


def mis_entry_evidence(entry: ProjectEntry, ind: Indicator) -> str | None:
    """Why a target may have been mis-entered: its deviation reason says so, or validation found its operator
    contradicted by its own scoring (>4 次 with 4 done and points lost); None when neither."""
    if _MIS_ENTRY_RE.search(ind.reason or ""):
        return "偏差原因中说明了误录"
    if any(f.kind == "operator_contradiction" and f.source == ind.source for f in entry.project.findings):
        return "核对发现：实际完成值恰等于目标值却被扣分，目标运算符可能误录"
    return None


def money_sentences(entry: ProjectEntry) -> list[PassageRow]:
    """Sentences of the project's goal and result texts that speak about its money falling short (部分硬件采购延后
    至下年度,资金执行率偏低): what the table says about unspent funds when no deviation reason does."""
    rows = []
    for field, text, source in entry.texts:
        if field not in ("result", "goal"):
            continue
        for sentence in _SENTENCE_END_RE.split(text):
            if _FUNDS_REASON_RE.search(sentence) and _SHORTFALL_RE.search(sentence):
                rows.append(PassageRow(entry, field, sentence.strip(), entry.row(source, field, sentence.strip())))
    return rows


_SENTENCE_END_RE = re.compile(r"[。；;！!]")
_SHORTFALL_RE = re.compile(r"偏低|未|延后|延迟|推迟|滞后|减少|结余|低于|没有|不足|放缓|暂缓|调减|压缩")
"""Words saying money fell short of plan."""


INDICATOR_FIELDS = {"weight": "weight", "actual": "actual_value", "score": "score"}
"""What indicator rows may be ranked by: 分值, 实际完成值, 得分 (the Indicator attribute of each)."""


def rank_indicators(rows: Sequence[IndicatorRow], by: str, descending: bool, limit: int) -> list[IndicatorRow]:
    """The ``limit`` rows with the highest (``descending``) or lowest ``by`` (a key of INDICATOR_FIELDS); rows without
    that number are left out, and rows tied with the last one kept are kept too (a cut never splits a tie)."""
    field = INDICATOR_FIELDS[by]
    valued = [row for row in rows if getattr(row.indicator, field) is not None]
    ordered = sorted(valued, key=lambda row: getattr(row.indicator, field), reverse=descending)
    if not ordered or limit <= 0:
        return []
    cut = getattr(ordered[min(limit, len(ordered)) - 1].indicator, field)
    return ordered[:limit] + [row for row in ordered[limit:] if abs(getattr(row.indicator, field) - cut) <= _EPSILON]


def find_indicators(
    entries: Sequence[ProjectEntry],
    terms: Sequence[str] = (),
    status: str | None = None,
    actual: tuple[str, float] | None = None,
    level: str | None = None,
) -> list[IndicatorRow]:
    """Indicator rows of the projects whose names best match ``terms``, that have ``status``, whose
    实际完成值 meets ``actual`` (op, value) and whose 一级/二级 label holds ``level`` (时效), when those are given.

    With no term matching any row, every row passing the other tests is
    returned (all rows of the projects when there are none).
    """
    candidates = [
        (entry, ind)
        for entry in entries
        for ind in entry.project.indicators
        if (status is None or _has_status(entry, ind, status))
        and (actual is None or (ind.actual_value is not None and holds(ind.actual_value, *actual)))
        and (level is None or level in (ind.level1 or "") + (ind.level2 or ""))
    ]
    chosen = _best_named(candidates, terms, 2) or candidates
    return [
        IndicatorRow(entry, ind, status or indicator_status(ind), _cite_indicator(entry, ind)) for entry, ind in chosen
    ]


def indicators_named(
    entries: Sequence[ProjectEntry], terms: Sequence[str], min_score: int = 3
) -> list[tuple[ProjectEntry, Indicator]]:
    """The indicator rows whose names best match ``terms`` (培训次数, 合同法律审查完成率), if any matches well enough."""
    return _best_named([(entry, ind) for entry in entries for ind in entry.project.indicators], terms, min_score)


def _best_named(
    candidates: Sequence[tuple[ProjectEntry, Indicator]], terms: Sequence[str], min_score: int
) -> list[tuple[ProjectEntry, Indicator]]:
    """The candidates whose names match ``terms`` best, when that is at least ``min_score``; else none. Each name is
    scored once: a bureau's hundred reports hold 48,000 indicator rows and a few hundred names."""
    scores: dict[str, int] = {}
    for _, ind in candidates:
        if ind.name not in scores:
            scores[ind.name] = indicator_match_score(ind.name, terms)
    best = max(scores.values(), default=0)
    return [(entry, ind) for entry, ind in candidates if scores[ind.name] == best] if best >= min_score else []


def top_lost(rows: Sequence[LostRow], descending: bool, limit: int) -> list[LostRow]:
    """The ``limit`` rows that lost the most (or least) points, ties at the cut kept, in table order among equals."""
    ranked = sorted(rows, key=lambda r: -r.lost if descending else r.lost)
    if limit <= 0 or not ranked:
        return []
    cut = ranked[min(limit, len(ranked)) - 1].lost
    return ranked[:limit] + [r for r in ranked[limit:] if abs(r.lost - cut) <= _EPSILON]


def _cite_indicator(entry: ProjectEntry, ind: Indicator) -> Cited:
    """An indicator row as cited, quoting the whole row."""
    return entry.row(ind.source, "indicator", lambda: _indicator_text(ind))


def indicator_match_score(name: str, terms: Sequence[str]) -> int:
    """How much of the terms an indicator name covers: meaningful characters of the shared stretches, and the
    letters and digits of a code shared whole (PM2.5, COD: an indicator's name often starts with one)."""
    return sum(meaningful_length(term[s:t]) + _code_length(term[s:t]) for term in terms
               for s, t in common_stretches(term.upper(), name.upper()))


_CODE_RE = re.compile(r"[A-Za-z][A-Za-z0-9.]+")
"""A code in an indicator's name: PM2.5, COD, AQI (letters first, then letters, digits or a point)."""


def codes_in(text: str) -> set[str]:
    """The codes ``text`` holds, upper-cased (pm2.5 → PM2.5)."""
    return {code.upper().rstrip(".") for code in _CODE_RE.findall(text)}


def _code_length(stretch: str) -> int:
    """The characters of the codes in ``stretch`` (PM2.5 → 5), each at least two characters long."""
    return sum(len(code) for code in _CODE_RE.findall(stretch))


def years_reported(entries: Sequence[ProjectEntry]) -> list[int]:
    """The years of the reports ``entries`` come from, oldest first; a report whose year was not read has none."""
    return sorted({entry.document.year for entry in entries if entry.document.year})


def changes(entries: Sequence[ProjectEntry], ref: MetricRef) -> list[FigureRow]:
    """Each project of the latest year among ``entries`` against its department's project of the same name in the
    earliest year:
    the later figure less the earlier, with both as its operands; projects reported in one of the two years only,
    or with a figure not read, have none."""
    years = years_reported(entries)
    if len(years) < 2:
        return []
    first, last = years[0], years[-1]
    earlier = {(entry.document.department, entry.name): entry for entry in entries if entry.document.year == first}
    unit = "个百分点" if ref.metric.unit == "%" else ref.metric.unit
    change = MetricRef(Metric("change", f"{ref.label}变化（{first}→{last}）", unit, None, ()))
    rows = []
    for entry in entries:
        before = earlier.get((entry.document.department, entry.name)) if entry.document.year == last else None
        if before is None:
            continue
        now, then = project_figures([entry], [ref])[0], project_figures([before], [ref])[0]
        if numeric_value(now) is None or numeric_value(then) is None:
            continue
        formula = f"{now.value:.2f} − {then.value:.2f}（{last}年 − {first}年）"
        rows.append(FigureRow(entry, change, round(now.value - then.value, 2), None, formula, terms=(now, then)))
    return rows


def shares(named: Sequence[ProjectEntry], everyone: Sequence[ProjectEntry], ref: MetricRef) -> list[FigureRow]:
    """Each named project's ``ref`` as a percentage of its sum over ``everyone`` (value / Σ × 100, with formula)."""
    total, _ = aggregate(everyone, "sum", ref)
    rows = []
    for row in project_figures(named, [ref]):
        value = numeric_value(row)
        if value is None or not total.value:
            continue
        formula = f"{value:.2f} / {total.value:.2f} × 100（Σ{ref.label}，{len(everyone)} 个项目）"
        share = MetricRef(Metric("share", f"{ref.label}占比", "%", None, ()))
        rows.append(FigureRow(row.entry, share, round(value / total.value * 100, 2), row.cited, formula))
    return rows


def set_share(
    kept: Sequence[ProjectEntry], everyone: Sequence[ProjectEntry], ref: MetricRef
) -> tuple[FigureRow, tuple[FigureRow, list[FigureRow]], tuple[FigureRow, list[FigureRow]]]:
    """Σ``ref`` over the kept projects as a percentage of its Σ over ``everyone`` (扣分项目的预算占总预算的比例):
    the share, with both sums in its formula, and each sum with its terms, so an answer states all three."""
    how = "count" if ref.metric == COUNT else "sum"  # 评优的比例: how many of them, not a sum of their money
    part = aggregate(kept, how, ref)
    total = aggregate(everyone, how, ref)
    value = round(part[0].value / total[0].value * 100, 2) if total[0].value else None
    formula = (f"{len(kept)} / {len(everyone)} × 100" if how == "count" else
               f"Σ{ref.label}（{len(part[1])} 个项目）/ Σ{ref.label}（{len(total[1])} 个项目）× 100 = "
               f"{part[0].value:.2f} / {total[0].value:.2f} × 100")
    share = MetricRef(Metric("share", f"{ref.label}占比", "%", None, ()))
    return FigureRow(None, share, value, None, formula, f"{ref.label}占比"), part, total


def project_passages(
    entries: Sequence[ProjectEntry], fields: Sequence[str], keep: Callable[[str], bool] = lambda _text: True
) -> list[PassageRow]:
    """The quotable texts (goal, result, indicator, reason) of projects that ``keep`` accepts, in table order,
    cut and cited exactly as the passage index stores them."""
    return [
        PassageRow(entry, field, text, entry.row(source, field, text))
        for entry in entries
        for field, text, source in entry.texts
        if field in fields and keep(text)
    ]


def search_passages(
    passages: PassageSearch, query: str, entries: Sequence[ProjectEntry], k: int = 20, every_document: bool = False
) -> list[PassageRow]:
    """Passages of ``entries`` that best match ``query`` in the Chroma index (hybrid vector + BM25), best first.

    ``every_document``: the entries' documents are all the store holds, so the search is not filtered by document
    — Chroma filters a hundred names in a ``$in`` by scanning (70–120 ms at a bureau's 21,000 passages, 5 ms
    unfiltered); passages of projects not among ``entries`` are dropped here either way."""
    by_key = {(e.document.file_name, e.project.seq): e for e in entries}
    documents = None if every_document else sorted({e.document.file_name for e in entries})
    rows: list[PassageRow] = []
    for hit in passages.search(query, k=k, documents=documents):
        entry = by_key.get((hit.document, hit.project_seq))
        if entry is not None:  # the index holds the printed text: staff's corrections are read into it here
            text = entry.as_corrected(hit.text)
            rows.append(PassageRow(entry, hit.field, text, entry.row(SourceRef(hit.document, hit.page, hit.line),
                                                                      hit.field, text)))
    return rows


def findings(entries: Sequence[ProjectEntry]) -> list[FindingRow]:
    """The reconciliation findings validation stored for the projects (restored values included), in table order."""
    return [
        FindingRow(entry, f.kind, f.message, entry.row(f.source, "finding", f.message), f.source)
        for entry in entries
        for f in entry.project.findings
    ]


def about_indicator(row: FindingRow) -> bool:
    """Whether a finding is about one of its project's indicator rows (cited to that row)."""
    return row.source is not None and any(row.source == ind.source for ind in row.entry.project.indicators)


_OR_RE = re.compile(r"\s*(?:或者|或是|还是|或)\s*")


def topic_alternatives(topic: str) -> list[str]:
    """The topics a question offers as alternatives (土壤或者固体废物 → 土壤, 固体废物); the topic itself when one."""
    return [part for part in _OR_RE.split(topic) if part.strip()] or [topic]


def topic_words(topic: str) -> list[str]:
    """The words of a topic (jieba, precise mode), two characters or more, without question vocabulary.

    When that would drop a character of a one-term topic (碳市场 → 碳 + 市场), the term is kept whole: 市场
    alone is another topic, and a passage about 14 个市场 is not about 碳市场. A topic of several pieces
    (绿色金融 库建设, once 项目 is taken out) is matched by its words.
    """
    ensure_jieba_loaded()
    import jieba  # loaded above; imported here so that opening the assistant does not pay for it

    tokens = jieba.lcut(topic.strip())
    if " " not in topic.strip() and any(_CJK_CHAR_RE.fullmatch(t) and t not in _FUNCTION_CHARS for t in tokens):
        return [topic.strip()]
    words = [w for w in tokens if len(w.strip()) >= 2 and meaningful_length(w) >= 2]
    return list(dict.fromkeys(words))


_CJK_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")
_FUNCTION_CHARS = frozenset("的和与及或在了是有等之")
"""Single characters a topic may hold that carry no meaning of their own."""


def _word_weights(words: Sequence[str], entries: Sequence[ProjectEntry]) -> dict[str, float]:
    """Each word's weight: its length × ln(1 + N / df) over the passages of ``entries`` (df at least 1)."""
    def df(word: str) -> int:
        """How many passages hold ``word`` (only projects whose texts hold it are read passage by passage)."""
        return sum(word in text for entry in entries if word in entry.all_text for _, text, _ in entry.texts)

    passages = sum(len(entry.texts) for entry in entries)
    return {w: len(w) * math.log(1 + passages / max(1, df(w))) for w in words}


def _as_written(word: str, entries: Sequence[ProjectEntry]) -> list[str]:
    """A topic word as the names and texts write it: itself when some name or text holds it, else its two-character
    pieces that some hold (核辐射 → 辐射, for 核与辐射安全管理), else itself (found nowhere, said so)."""
    if len(word) < 3 or any(word in e.name or word in e.all_text for e in entries):
        return [word]
    pieces = [word[i:i + 2] for i in range(len(word) - 1)]
    held = [piece for piece in pieces if any(piece in e.name or piece in e.all_text for e in entries)]
    return held or [word]


def passages_about(
    passages: PassageSearch, topic: str, entries: Sequence[ProjectEntry], per_project: int = 3,
    every_document: bool = False,
) -> list[PassageRow]:
    """Passages that are about ``topic``: projects whose very name holds it (海洋生态环境保护 for 海洋, even when the
    texts never say 海洋), Chroma's best next, then any other project's passages that hold it.

    Retrieval always returns its k nearest passages, related or not; keeping
    only those holding most (``_TOPIC_SHARE``) of the topic's words turns "nearest" into
    "about". Words weigh by length × rarity among the passages in scope, so a
    passage with 绿色 and 建设 but not 金融 is not about 绿色金融项目库建设.
    Retrieval also stops at k, so a topic many passages share (监测) would
    crowd projects out: every project whose own passages (the same texts the
    index holds, cited alike) hold the topic is added after the retrieved ones.
    At most ``per_project`` passages per project; ``every_document`` as for ``search_passages``.
    """
    words = [piece for word in topic_words(topic) or [topic] for piece in _as_written(word, entries)]
    weights = _word_weights(words, entries)
    needed = sum(weights.values()) * _TOPIC_SHARE

    def about(text: str) -> bool:
        """Whether a passage holds enough of the topic's weighted words."""
        return sum(weight for word, weight in weights.items() if word in text) >= needed

    named = [PassageRow(e, "name", e.name, e.row(e.project.source, "name", e.name)) for e in entries if about(e.name)]
    retrieved = [row for row in search_passages(passages, topic, entries, k=40, every_document=every_document) if about(row.text)]
    named_entries = {row.entry for row in named}
    retrieved = named + [row for row in retrieved if row.entry not in named_entries]
    found = {row.entry for row in retrieved}
    holding = [e for e in entries if e not in found and any(word in e.all_text for word in weights)]  # the rest hold none
    scanned = project_passages(holding, FIELDS, about)
    kept: list[PassageRow] = []
    counts: dict[ProjectEntry, int] = {}
    for row in retrieved + scanned:
        if counts.get(row.entry, 0) < per_project:
            counts[row.entry] = counts.get(row.entry, 0) + 1
            kept.append(row)
    return kept
