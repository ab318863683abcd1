"""The typed query plan: what a question asks, before anything is looked up.

The rule planner builds a ``Plan`` from a question (and the conversation so far);
the engine runs it with the operations and composes the answer. An LLM router,
later, produces the same objects, so both paths share execution and wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.metrics import TOTAL_FUND, Metric

INTENTS: tuple[str, ...] = (
    "lost_points",  # which rows lost points and why
    "explain",  # 为什么 about a project: lost points plus under-executed fund lines
    "project_figure",  # one or more figures of named projects
    "overview",  # a project's key figures
    "compare",  # figures of two or more projects side by side, with the difference
    "share",  # a project's figure as a share of the total over every project in scope
    "ranking",  # 最高/最低/前N/倒数N by a figure
    "filter",  # projects meeting conditions
    "aggregate",  # Σ, mean, count, overall rate
    "indicator",  # indicator rows: a named one, or by status (超额, 未达标, 满意度, 误录)
    "text",  # what a project aimed at or achieved
    "topic",  # which projects touch a topic
    "findings",  # reconciliation findings (数据对不上)
    "list_projects",  # what projects exist
    "clarify",  # the project named is ambiguous: ask back with candidates
    "not_found",  # the data does not hold the answer
    "invalid",  # empty, too long, or not a question we answer (injection-like)
)


@dataclass(frozen=True, order=True)
class ProjectKey:
    """A project's identity across the store: its document's file name and its 1-based seq there."""

    document: str
    seq: int


@dataclass(frozen=True)
class Scope:
    """Which stored documents a question is about (all of them when it names no department or year)."""

    documents: tuple[str, ...]
    department: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class MetricRef:
    """A metric of a given fund line (年度资金总额 unless the question names 财政拨款, 其他资金 …); or, with ``of``,
    the ratio of two figures of the same project (财政拨款 ÷ 全年预算数 × 100), made by ``ratio``."""

    metric: Metric
    fund_kind: str = TOTAL_FUND
    of: tuple[MetricRef, MetricRef] | None = None

    @property
    def label(self) -> str:
        """How answers name the figure: 其他资金全年执行数, or just 执行率 for the total line."""
        of_a_line = self.metric.fund_field is not None or self.metric.difference is not None
        prefix = self.fund_kind if of_a_line and self.fund_kind != TOTAL_FUND else ""
        return prefix + self.metric.label


def ratio(numerator: MetricRef, denominator: MetricRef) -> MetricRef:
    """A project's ``numerator`` as a percentage of its own ``denominator`` (财政拨款占它自己预算的比例)."""
    same_figure = numerator.metric == denominator.metric and numerator.fund_kind != denominator.fund_kind
    label = f"{numerator.fund_kind if same_figure else numerator.label}占{denominator.label}的比例"
    return MetricRef(Metric("ratio", label, "%", None, ()), TOTAL_FUND, (numerator, denominator))


BASELINES = ("mean", "total")
"""What a condition may compare a project with besides a number: the mean of the figure over the projects in
question (高于平均分), or a share of their total (占总预算四分之一以上)."""


@dataclass(frozen=True)
class Condition:
    """``metric op value`` (执行率 < 90), ``metric op against`` (年初预算数 ≠ 全年预算数), or ``metric op baseline``
    over the projects in question: the mean (得分低于平均分), or ``value`` % of the total (预算占总额25%以上)."""

    metric: MetricRef
    op: str  # one of < <= > >= = !=
    value: float | str | None = None
    against: MetricRef | None = None
    baseline: str | None = None  # one of BASELINES


@dataclass(frozen=True)
class Drop:
    """去掉得分最低的那个: the ``count`` projects at one end of a ranking by ``metric``, left out before answering."""

    metric: MetricRef
    descending: bool
    count: int = 1


@dataclass(frozen=True)
class Plan:
    """One question's plan. Only the fields its ``intent`` needs are set."""

    intent: str
    scope: Scope
    projects: tuple[ProjectKey, ...] = ()
    metrics: tuple[MetricRef, ...] = ()
    conditions: tuple[Condition, ...] = ()
    order: str | None = None  # "asc" or "desc": a ranking, or the rows that lost the most points
    limit: int | None = None
    among_named: bool = False  # a ranking of the named projects among themselves (其中最高的), not their place in scope
    only_place: bool = False  # a ranking's ``limit``-th place only (倒数第二, 第三高), not its first ``limit``
    aggregate: str | None = None  # "sum", "mean", "count", "overall_rate"
    indicator_terms: tuple[str, ...] = ()  # words naming an indicator (lookup, or narrowing lost points)
    indicator_status: str | None = None  # "exceeded", "not_met", "mis_entered" (admitted), "mis_entered_possible", "satisfaction"
    indicator_actual: tuple[str, float] | None = None  # (op, value): 实际完成值 低于 90
    indicator_measure: bool = False  # 实际降到多少: the measured value itself is asked, not the row's score or status
    text_field: str | None = None  # "goal" or "result"
    topic: str | None = None
    lost_part: str = "all"  # "indicators", "funds" or "all": the rows lost points (or restored values) are asked of
    findings_kind: str = "checks"  # "checks" (what does not add up), "restored" (values restored), "nameless"
    candidates: tuple[ProjectKey, ...] = ()
    pending: Plan | None = None  # a clarify plan's question, to run once the user picks a candidate
    also: tuple[Plan, ...] = ()  # more asked in the same question (预算合计和整体执行率, 最低的是哪个、为什么), answered after
    message: str | None = None  # why not found / invalid, in Chinese
    mentions: tuple[tuple[int, int], ...] = ()  # spans of the normalized question naming the scope, projects, exclusions
    within: tuple[ProjectKey, ...] | None = None  # 测绘院的项目, 信息中心实施的: only these projects of the scope count
    within_label: str | None = None  # what ``within`` was named by (an 实施单位), for describing the plan
    excluded: tuple[ProjectKey, ...] = ()  # 除去X, 不算X, 去掉这个以后: left out of the projects in scope
    drop: Drop | None = None  # 去掉最大的那个: left out of the projects in scope, by a ranking
    group_by: str | None = None  # "department" or "year": 每个局…, 各年度…: the plan answered once per group
    compare_groups: bool = False  # 交通委跟水务局…差几个点, 24年比23年多多少: the two groups' figures and their difference
    rank_groups: str | None = None  # "desc" / "asc": 哪个局…最高, 哪一年…最少: the group whose figure is the extreme
    money_unit: str = "万元"  # the unit money figures are told in: 元 when the question asks 多少元

    def __post_init__(self) -> None:
        if self.intent not in INTENTS:
            raise ValueError(f"unknown intent {self.intent!r}; expected one of {', '.join(INTENTS)}")
