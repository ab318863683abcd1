"""The typed query plan: what a question asks, before anything is looked up.

The rule planner builds a ``Plan`` from a question (and the conversation so far);
the engine runs it with the operations and composes the answer. An LLM router,
later, produces the same objects, so both paths share execution and wording.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from assistant.metrics import TOTAL_FUND, Metric

ROWS: dict[str, str] = {
    "projects": "projects and their figures: named, listed, filtered, ranked, summed, shared, side by side",
    "lost": "the rows that lost points, with their reasons",
    "reasons": "为什么 about a project: its lost points and under-executed fund lines",
    "indicators": "indicator rows: a named one, or by status (超额, 未达标, 满意度, 误录)",
    "text": "a project's goal or result text",
    "topic": "the projects whose texts touch a topic",
    "findings": "the validation's findings: what does not add up, restored values, nameless projects",
}
"""What rows a plan's answer is about; each kind has its own stages in the executor (``engine.Assistant.run``)."""

MEASURES: dict[str, str] = {
    "figures": "the figures asked, of each project",
    "key_figures": "a project's key figures, when none is named (总分, 等级, 预算, 执行, 执行率)",
    "list": "each project by name with its budget and score",
    "difference": "the projects side by side, with the difference",
    "share": "each project's figure as a share of the total over every project in scope (or the set's, summed)",
    "versus_mean": "each named project's figure against the mean (or, of a rate, the overall rate) over the projects "
                   "in scope, with the difference",
    "change": "each project's figure against its own in the scope's earliest year (projects of the latest year "
              "reported then too, paired by name), ranked by the change",
}
"""What is said of the project rows a plan keeps, when it neither ranks them alone nor aggregates them."""

REPLIES = ("clarify", "not_found", "invalid")
"""A reply instead of rows: ask back with candidates, the data does not hold it, not a question we answer."""

_KIND_OF_ROWS = {"lost": "lost_points", "reasons": "explain", "indicators": "indicator", "text": "text",
                 "topic": "topic", "findings": "findings"}


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


GROUP_KINDS = ("departments", "years", "implementers")
"""Aggregates that count the groups the projects kept fall in (有几个部门的表, 有几年的数据, 有几个实施单位), not the
projects."""
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
    """One question's query, composed of independent parts: the scope and the rows (``rows``; projects named,
    ``within``, ``excluded``, ``drop``), conditions on them, an order and a limit, what is measured (``measure``,
    ``aggregate``), grouping (``group_by``) — or a ``reply`` instead of rows. The executor runs the parts present,
    in that order, so a ranking then summed (预算最高的三个项目合计) or a filter then shared (扣分项目的预算占比) needs no
    rule of its own. ``intent`` names the shape for the answer contract and the wording; it is derived, never set."""

    scope: Scope
    rows: str = "projects"  # one of ROWS
    measure: str = "figures"  # one of MEASURES
    reply: str | None = None  # one of REPLIES
    projects: tuple[ProjectKey, ...] = ()
    metrics: tuple[MetricRef, ...] = ()
    conditions: tuple[Condition, ...] = ()
    order: str | None = None  # "asc" or "desc": a ranking, or the rows that lost the most points
    limit: int | None = None
    among_named: bool = False  # a ranking of the named projects among themselves (其中最高的), not their place in scope
    only_place: bool = False  # a ranking's ``limit``-th place only (倒数第二, 第三高), not its first ``limit``
    aggregate: str | None = None  # "sum", "mean", "median", "count", "overall_rate"; "departments"/"years": groups counted
    indicator_terms: tuple[str, ...] = ()  # words naming an indicator (lookup, or narrowing lost points)
    indicator_status: str | None = None  # "exceeded", "not_met", "mis_entered" (admitted), "mis_entered_possible", "satisfaction"
    indicator_actual: tuple[str, float] | None = None  # (op, value): 实际完成值 低于 90
    indicator_measure: bool = False  # 实际降到多少: the measured value itself is asked, not the row's score or status
    indicator_level: str | None = None  # 时效指标有几条: only rows whose 一级/二级 label holds this word
    indicator_by: str | None = None  # "weight", "actual", "score": the rows ranked by it (分值最高的一条指标), ``order``/``limit``
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
    total_test: Condition | None = None  # 加起来过没过1.5个亿, 大气执行率过没过95: the aggregate, or each named project's figure, checked against a threshold — no filter
    growth: bool = False  # 24年比23年涨了百分之几: a comparison also gives the change as a share of the earlier figure
    times: bool = False  # 农村饮水预算是节水宣传的几倍: a comparison of two also gives the first figure over the second
    picked: str | None = None  # what chose the projects named when no condition did (比2023年度新增), for the wording
    against: str = "mean"  # versus_mean: against the mean, or (执行率比整体执行率高多少) the overall rate

    def __post_init__(self) -> None:
        if self.rows not in ROWS or self.measure not in MEASURES or self.reply not in (None, *REPLIES):
            raise ValueError(f"unknown plan part: rows={self.rows!r}, measure={self.measure!r}, reply={self.reply!r}")

    @property
    def intent(self) -> str:
        """The answer's kind, derived from the parts present (the contract's ``intent``): a reply; the kind of rows
        other than projects; else, of projects, the last stage that shapes the answer — a share, an aggregate, an
        order (ranking), conditions (filter), or what is measured of the projects named or listed."""
        if self.reply is not None:
            return self.reply
        if self.rows != "projects":
            return _KIND_OF_ROWS[self.rows]
        if self.measure == "share":
            return "share"
        if self.aggregate is not None:
            return "aggregate"
        if self.order is not None:
            return "ranking"
        if self.conditions:
            return "filter"
        return {"difference": "compare", "list": "list_projects", "key_figures": "overview",
                "versus_mean": "compare"}.get(self.measure, "project_figure")


_PARTS_OF_KIND: dict[str, dict[str, object]] = {
    "lost_points": {"rows": "lost"}, "explain": {"rows": "reasons"}, "indicator": {"rows": "indicators"},
    "text": {"rows": "text"}, "topic": {"rows": "topic"}, "findings": {"rows": "findings"},
    "compare": {"measure": "difference"}, "share": {"measure": "share"}, "list_projects": {"measure": "list"},
    "overview": {"measure": "key_figures"}, "ranking": {"order": "desc"}, "aggregate": {"aggregate": "sum"},
}


def of_kind(plan: Plan, kind: str) -> Plan:
    """``plan`` with the parts that make an answer of ``kind`` (an ``Answer.intent``): for an answer made outside the
    planner (the LLM's tool loop), whose kind is all that is known of it, so a follow-up leans on it as on a rule
    answer. A kind that is a reply, or unknown, leaves the plan a figure question about its projects."""
    parts: dict = {"rows": "projects", "measure": "figures", "reply": None, "order": None, "aggregate": None,
                   "conditions": (), **_PARTS_OF_KIND.get(kind, {})}
    return replace(plan, **parts)
