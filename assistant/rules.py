"""The shaping rules: tried in order on what a question says outside its project mentions.

Each rule takes the catalog, the question's remaining words and the base plan
(projects and figures found), and returns the plan its cue signals, or None to
let the next rule try. Order matters: 数据对不上 before figures, 扣分 before 为什么,
a named indicator before a bare figure, 占比 and Σ before comparisons.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant import cues
from assistant import operations as ops
from assistant.catalog import Catalog
from assistant.metrics import metric
from assistant.plan import Condition, MetricRef, Plan, ProjectKey, Scope
from assistant.resolve import common_stretches, mask_spans, mask_vocabulary, meaningful_length

Rule = Callable[[Catalog, str, Plan], "Plan | None"]
"""A rule: (catalog, the question's words outside project mentions, the base plan) → a plan, or None."""


CHANGE_MOST_RE = re.compile(
    r"(?P<up>涨|增长|增加|提高|提升|上升|升|多|加)(?:得|了)?(?:最多|最快|最大|最厉害|最猛)|(?:增幅|涨幅|增量)最大|变化最大|"
    r"(?P<down>降|下降|减少|降低|缩减|少|跌)(?:得|了)?(?:最多|最快|最大|最厉害|最狠|最猛)|(?P<fall>降幅|减幅)最大"
)
"""哪个预算涨得最多, 执行率提高最多的, 降幅最大: projects ranked by the change of a figure between two years."""


VERSUS_MEAN_RE = re.compile(
    r"比(?P<whom>[^，,。？?]{0,10}?)(?:(?P<overall>整体|总体)执行率|(?:整体|总体)?(?:平均|均值)(?:水平|数|值)?"
    r"(?:一个项目|每个项目|1个项目)?)的?(?:高|低|多|少|大|小)(?:了|出)?(?:多少|几)"
)
"""党建那个预算比生态局平均一个项目少多少, 执行率比平均水平高几个点: a project against the mean of its scope."""


def _rule_versus_mean(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """The named projects' figure against the mean of it over the projects in scope (of a rate said 整体: the overall
    rate), with the difference; None unless projects are named and the figure is a number."""
    match = VERSUS_MEAN_RE.search(rest)
    numeric = [ref for ref in base.metrics if ref.metric.numeric]
    if match is None or not base.projects or len(numeric) != 1:
        return None
    overall = bool(match.group("overall")) and numeric[0].metric.key == "rate"
    return replace(base, measure="versus_mean", metrics=(numeric[0],), against="overall_rate" if overall else "mean")


_GRADES_COUNTED_RE = re.compile(r"(?P<grades>[优良中差](?:[\s、,，和跟及与还有]*[优良中差]){1,3})\s*(?:的|等级的?)?(?:项目)?"
                                r"\s*(?:分别|各自?)(?:有|是)?(?:多少|几)个?")
"""优 良 中 各有多少个: one count per grade said."""
_EVERY_GRADE_COUNTED_RE = re.compile(r"各(?:个)?(?:等级|评级|档次?)(?:的项目)?(?:分别|各)?(?:有|是)?(?:多少|几)个?")
"""各等级分别几个: one count per grade of the template (优, 良, 中, 差)."""


def _rule_grades_counted(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """所有项目里 优 良 中 各有多少个: the projects of each grade said, counted — one count per grade, in the order
    said; None unless two grades or more are said before 各/分别 and a count."""
    match = _GRADES_COUNTED_RE.search(rest) or _EVERY_GRADE_COUNTED_RE.search(rest)
    if match is None:
        return None
    said = match.groupdict().get("grades")
    grades = list(dict.fromkeys(re.findall(r"[优良中差]", said))) if said else ["优", "良", "中", "差"]
    others = tuple(c for c in base.conditions if c.metric.metric.key != "grade")  # the grades said are counted apart
    counts = [replace(base, aggregate="count", metrics=(), conditions=others + (
        Condition(MetricRef(metric("grade")), "=", grade),)) for grade in grades]
    return replace(counts[0], also=tuple(counts[1:]), mentions=base.mentions + (match.span(),))


def _recurring_in(catalog: Catalog, scope: Scope) -> bool:
    """Whether some project of ``scope`` is reported under the same name in two of its years."""
    years_of: dict[tuple[str | None, str], set[int | None]] = {}
    for entry in catalog.in_documents(scope.documents):
        years_of.setdefault((entry.document.department, entry.name), set()).add(entry.document.year)
    return any(len(years) > 1 for years in years_of.values())


def _rule_change_ranking(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """规资局23年和24年都有的项目 | 哪个预算涨得最多: each project of the later year against its own in the earlier,
    ranked by the change; None unless the scope spans two years or more and one figure is named."""
    match = CHANGE_MOST_RE.search(rest)
    numeric = [ref for ref in base.metrics if ref.metric.numeric and not ref.metric.difference]  # 砍得最多: in-year
    if match is None or not numeric or not _recurring_in(catalog, base.scope):
        return None
    down = bool(match.group("down") or match.group("fall"))
    return replace(base, measure="change", metrics=(numeric[0],), order="asc" if down else "desc",
                   limit=cues.limit_of(rest), only_place=False)


def _rule_findings(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """数据对不上 / 核对: the reconciliation findings (of the named projects, or all); 补全 / 没有填写: values
    restored by rule (of one figure when one is named: 哪些项目没有填写评分等级); 缺少名称: nameless projects."""
    nameless = cues.NAMELESS_RE.search(rest)
    if nameless:
        unnamed = [e.key for e in catalog.in_documents(base.scope.documents) if e.project.name_missing]
        if base.metrics and base.projects:  # 第11个项目名字没识别出来 它执行率多少: the figure of the project named
            return replace(base, mentions=base.mentions + (nameless.span(),))
        if base.metrics and not base.projects and len(unnamed) == 1:  # 名字缺了的那个项目 执行率多少: its figure
            return replace(base, projects=tuple(unnamed), mentions=base.mentions + (nameless.span(),))
        if base.metrics and not base.projects:
            return None  # a figure of nameless projects when there are several or none: not the list of them
        return replace(base, rows="findings", findings_kind="nameless", metrics=())
    if cues.MIS_ENTRY_RE.search(rest):
        return None  # 校验发现目标值符号录错的: the rows the validation suspects, answered by the mis-entry rule
    counted = "count" if cues.COUNT_RE.search(rest) else None  # 补全过数据的项目有几个: how many projects
    if cues.RESTORED_RE.search(rest):
        part = "indicators" if "指标" in rest else "all"  # 哪些项目有指标得分是补全的: indicator rows only
        metrics = () if part == "indicators" else base.metrics[:1]  # 指标得分: the indicators' rows, not 总分
        return replace(base, rows="findings", findings_kind="restored", metrics=metrics, lost_part=part,
                       aggregate=counted)
    if cues.FINDINGS_RE.search(rest) and not cues.ADJUSTED_RE.search(rest):
        return replace(base, rows="findings", metrics=(), aggregate=counted)
    return None


def _rule_mis_entry(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """目标值填错 / 误录: indicator rows whose deviation reason admits the target was mis-entered."""
    if cues.MIS_ENTRY_RE.search(rest):
        suspected = _HEDGE_RE.search(rest) or cues.FINDINGS_RE.search(rest) or cues.EQUAL_YET_LOST_RE.search(rest)
        # 可能录错, 校验发现, 实际跟目标一样还扣了分: the suspected ones too
        status = "mis_entered_possible" if suspected else "mis_entered"
        return replace(base, rows="indicators", indicator_status=status, metrics=())
    return None


def _rule_which_projects(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """港航中心负责的是啥项目, 测绘院做的是什么项目: the projects the question names by other words (an 实施单位),
    listed by name with their budget and score — not compared, though they may be several. An indicator named
    (PM2.5年均浓度是哪个项目里的指标) is answered by its row, which names its project."""
    if base.projects and not base.metrics and _WHICH_PROJECT_RE.search(rest) and not cues.INDICATOR_RE.search(rest):
        return replace(base, measure="list", metrics=list_metrics())
    return None


def _rule_topic(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """哪些项目涉及长三角: projects whose texts touch a topic, from the passage index (within named projects
    too: 海洋项目中有关监测的内容)."""
    if not cues.TOPIC_RE.search(rest) or cues.ADJUSTED_RE.search(rest):
        return None
    if cues.LOST_RE.search(rest) and cues.CAUSE_RE.search(rest):
        return None  # 扣分是不是跟汛期有关: the reasons of the points lost
    if base.projects and (cues.GOAL_TEXT_RE.search(rest) or cues.RESULT_TEXT_RE.search(rest)):
        return None  # 督察那个项目年度目标是啥 好像提到中央督察办: its goal, which the words are checked against
    topic = cues.topic_phrase(rest)
    return replace(base, rows="topic", topic=topic, metrics=()) if meaningful_length(topic) >= 2 else None


def _rule_text(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """X项目完成了哪些工作 / 目标是什么: the project's result or goal text, quoted.

    Not when the words name one of its indicators (项目成果使用方满意度 is an indicator, not 成果).
    """
    if base.projects and cues.RESULT_TEXT_SAID_RE.search(rest):
        return replace(base, rows="text", text_field="result", metrics=())  # 完成情况里说立项了多少个科研项目
    if not base.projects or _names_indicator((cues.indicator_phrase(rest),), base, catalog):
        return None
    if "指标" in rest or cues.EXCEEDED_RE.search(rest) or cues.NOT_MET_RE.search(rest):
        return None  # 超额完成了哪些指标 asks for indicator rows
    if cues.GOAL_TEXT_RE.search(rest):
        return replace(base, rows="text", text_field="goal", metrics=())
    if cues.RESULT_TEXT_RE.search(rest) and not base.metrics:
        return replace(base, rows="text", text_field="result", metrics=())
    return None


_LOST_ROW_RE = re.compile(r"扣分?(?:得)?最(?:多|少)的?(?:是)?(?:哪(?:条|一条|项|个)|(?:那|这)(?:条|项|个|一条))?(?:绩效)?指标(?!数|条数|个数)|"
                          r"哪(?:条|一条|项|一项)(?:绩效)?指标扣(?:分|得)?最(?:多|少)|扣分?(?:得)?最(?:多|少)的?(?:是)?哪(?:条|一条)|"
                          r"哪(?:条|一条)扣(?:分|得)?最(?:多|少)")
"""扣分最多的是哪条指标, 哪条指标扣得最多, 扣最多的是哪条 (条 counts rows): the indicator rows that lost the most, not the
projects."""


def _rule_lost(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """扣分 / 没拿满分: points lost per row with reasons; 哪些项目不是满分 is a filter, 几个 a count."""
    not_full = cues.NOT_FULL_RE.search(rest)
    if not (cues.LOST_RE.search(rest) or not_full or cues.NO_INDICATOR_LOSS_RE.search(rest)):
        return None
    if not base.projects and cues.SHARE_RE.search(rest) and cues.HAS_INDICATOR_LOSS_RE.search(rest):
        return None  # 有扣分指标的那些项目 预算加起来占总预算几成: a share held by the projects that lost points
    composed = _over_projects_that_lost(catalog, rest, base)
    if composed is not None:
        return composed
    indicator_test = cues.HAS_INDICATOR_LOSS_RE.search(rest) or cues.NO_INDICATOR_LOSS_RE.search(rest)
    if not base.projects and indicator_test:
        tested = replace(base, metrics=tuple(r for r in base.metrics if r.metric.key != "lost"))  # 扣分 is the test
        negated = cues.NO_INDICATOR_LOSS_RE.search(rest) is not None  # 指标一分都没扣的: a filter even when only listed
        which = cues.ASKS_PROJECTS_RE.search(rest) is not None and not cues.WHY_RE.search(rest)  # 有指标扣过分的项目有哪些
        asked = bool(tested.metrics) and not cues.WHY_RE.search(rest)  # …有指标扣了分的项目 执行率多少: a figure of each
        if (negated or which or asked or _more_than_listing(rest, tested)) and (tested.metrics or not _counted_indicators(catalog, rest, base)):
            # 有指标扣分而且预算500万以上的, …有几个, …合起来的执行率, 指标没扣分但执行率不到90的
            return _rule_filter_or_aggregate(catalog, rest, tested)
    row = _LOST_ROW_RE.search(rest)
    if row and "项目" not in rest[row.start():]:  # 扣分最多的是哪条指标: the rows, each with what it lost
        return replace(base, rows="lost", lost_part="indicators", metrics=(), order=cues.order_of(rest),
                       limit=cues.limit_of(rest))
    if not base.projects and "指标" in rest and (cues.SUM_RE.search(rest) or re.search(r"一共|总共", rest)) \
            and not cues.COUNT_RE.search(rest) and not cues.RANK_RE.search(rest) and not re.search(r"几条|多少条|几项", rest):
        # 所有项目的指标扣分加起来 一共扣了多少分: one Σ over the projects (加起来最多的是哪个 ranks them instead)
        return replace(base, aggregate="sum", metrics=(MetricRef(metric("indicators_lost")),))
    counted = _counted_indicators(catalog, rest, base)  # 扣分的指标条数最多的项目: a ranking by a count
    if counted is not None:
        return counted
    if not base.projects and cues.RANK_RE.search(rest):
        if "指标" in rest and re.search(r"最(多|少|高|低)的?(项目|是哪|是谁|哪个|那个)", rest):  # projects by their indicators' points
            return _ranking_plan(catalog, rest, base, MetricRef(metric("indicators_lost")))
        if "指标" in rest:  # 扣分最多的绩效指标: rows, not projects
            return replace(base, rows="lost", lost_part="indicators", metrics=(),
                           order=cues.order_of(rest), limit=cues.limit_of(rest))
        by = _lost_ranking_metric(rest, base)
        lost = _points_lost_named(base)[0]
        shown = (lost,) if by != lost and not cues.WHY_RE.search(rest) else ()  # 总分最低的…一共扣了多少分: both
        return _ranking_plan(catalog, rest, base, by, shown=shown)
    if not base.projects and not_full and not cues.LOST_RE.search(rest) and not _names_lost_row(catalog, rest, base):
        return _rule_filter_or_aggregate(catalog, rest, base)  # 不是满分的项目有哪些 / 有几个 / 预算合计
    if not base.projects and "指标" not in rest:
        thresholds = tuple(cues.threshold_conditions(rest, _points_lost_named(base)))
        if thresholds:  # 扣分超过1分的项目, 预算执行扣分超过1分的有几个
            return _filter_or_count(rest, base, thresholds)
        how = "mean" if cues.MEAN_RE.search(rest) else "sum" if cues.SUM_RE.search(rest) else None
        if how and not cues.COUNT_RE.search(rest):  # 所有项目一共被扣了多少分: Σ(总分分值 − 总分)
            return _aggregate_plan(base, how, _points_lost_named(base), (), rest)
    part = "all"
    if re.search(r"预算执行|资金|执行率|执行数", rest):
        part = "funds"
    elif "指标" in rest or not base.projects or _ROWS_COUNTED_RE.search(rest):
        part = "indicators"  # 一共扣了几条: 条 counts indicator rows
    terms = (cues.indicator_phrase(rest),)
    scope = catalog.entries_of(base.projects) or catalog.in_documents(base.scope.documents)
    named = ops.indicators_named(scope, terms) if part != "funds" else []
    # Only an indicator that lost points narrows the answer: words matching one that did not are more likely
    # the rest of a project name the extraction garbled, and the full answer still shows it lost nothing.
    narrows = any(ind.lost for _, ind in named)
    counted = "count" if base.projects and part == "indicators" and _INDICATOR_COUNT_RE.search(rest) else None
    level = cues.INDICATOR_LEVEL_RE.search(rest) if part == "indicators" else None
    return replace(base, rows="lost", lost_part=part, metrics=(), indicator_terms=terms if narrows and not level else (),
                   aggregate=counted, indicator_level=level.group("level") if level else None)
    # 航道疏浚有几条指标扣了分: the rows counted, then listed; 泵站的产出指标一共扣了几分: the 产出 rows only


_ROWS_COUNTED_RE = re.compile(r"几条|多少条")
"""The classifier of indicator rows (条): 一共扣了几条 counts the rows that lost points, not the projects (个)."""
def _names_lost_row(catalog: Catalog, rest: str, base: Plan) -> bool:
    """Whether the question names an indicator row of the scope that lost points (汛前完工率为什么没拿满分): it asks
    about that row, not which projects fell short of full marks."""
    entries = catalog.in_documents(base.scope.documents)
    return any(ind.lost for _, ind in ops.indicators_named(entries, (cues.indicator_phrase(rest),)))


_LOST_PROJECTS_RE = re.compile(r"(有|被)?扣(了|过)?分(了)?的?(项目|那些|那几个)")
"""扣了分的项目, 扣分项目: the projects not given full marks, named as a set to measure."""


def _over_projects_that_lost(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """扣了分的项目预算合计 / 占总预算的比例 / 平均执行率: a figure other than the points, measured over the projects
    that lost points (总分 below its 分值) as over any projects a condition keeps; None when no other figure is
    asked of them (哪些项目扣分了 lists the rows that lost, with their reasons)."""
    if base.projects or not _LOST_PROJECTS_RE.search(rest):
        return None
    asked = tuple(ref for ref in base.metrics if ref.metric.key != "lost")
    if not asked or any(c.metric.metric.key == "total_score" for c in base.conditions):
        return None
    lost = Condition(MetricRef(metric("total_score")), "<", against=MetricRef(metric("total_weight")))
    kept = replace(base, metrics=asked, conditions=base.conditions + (lost,))
    return _rule_share(catalog, rest, kept) or _rule_filter_or_aggregate(catalog, rest, kept)


def _more_than_listing(rest: str, base: Plan) -> bool:
    """Whether a question about projects with indicator points lost asks more than which (哪些项目有指标扣分 lists
    the rows with their reasons): another condition, a count or an aggregate over them."""
    conditions = base.conditions + tuple(cues.detect_conditions(rest, list(base.metrics)))
    return len(conditions) >= 2 or cues.aggregate_kind(rest, _not_tested(base.metrics, conditions)) is not None


def _filter_or_count(rest: str, base: Plan, conditions: tuple[Condition, ...]) -> Plan:
    """The projects meeting ``conditions``, or how many when the question counts them."""
    if cues.COUNT_RE.search(rest):
        return replace(base, conditions=conditions, aggregate="count")
    return replace(base, conditions=conditions)


def _points_lost_named(base: Plan) -> list[MetricRef]:
    """The lost points a question means: those of the funds line when it names them (预算执行扣分), else the
    project's in all (总分分值 − 总分)."""
    named = [ref for ref in base.metrics if ref.metric.key in ("funds_lost", "lost")]
    return named[:1] or [MetricRef(metric("lost"))]


def _lost_ranking_metric(rest: str, base: Plan) -> MetricRef:
    """What a ranking that mentions 扣分 ranks by: the points lost named (资金扣分 or 扣分), unless 扣分 is the why
    of another figure's ranking (得分最低的项目是哪个，为什么扣分 ranks by 总分)."""
    lost = _points_lost_named(base)[0]
    others = [ref for ref in base.metrics if ref.metric.numeric and ref != lost]
    ranked = _ranked_figure(rest)
    if ranked is not None and ranked != lost.metric.key:  # 总分最低的是哪个，一共扣了多少分: by 总分, 扣分 shown
        return next((ref for ref in others if ref.metric.key == ranked), lost)
    return others[0] if others and cues.WHY_RE.search(rest) else lost


def _ranked_figure(rest: str) -> str | None:
    """The key of the figure said right before the ranking word (总分最低, 执行率最高的), else None."""
    rank = cues.RANK_RE.search(rest)
    if rank is None:
        return None
    before = [(end, metrics) for start, end, metrics in cues.metric_spans(rest) if end <= rank.start()]
    if not before:
        return None
    end, metrics = before[-1]
    return metrics[0].key if len(metrics) == 1 and rank.start() - end <= 1 else None


_MEASURE_ASKED_RE = re.compile(r"(降|升|提|增|减|达|做|完成|实现|控制)[^，,。？?\s]{0,3}?(到|了|至)?(多少|几)|"
                               r"实际(值|数)?(是|为)?(多少|几)|具体(数值|数字|数|是多少)")
"""实际降到多少, 完成了多少, 具体数值: the measured value of an indicator is asked."""
_POINTS_ASKED_RE = re.compile(r"得分|分值|扣分|扣了|几分|多少分|满分|权重")
"""A question about an indicator's points asks its score, whatever its measured value says."""


_INDICATOR_FIELD_WORDS = (("weight", re.compile(r"分值|权重")), ("actual", re.compile(r"实际|完成值|满意度")),
                          ("score", re.compile(r"得分")))
"""The field an indicator ranking is by, from its words (分值最高的一条指标, 满意度最低的, 指标得分最低的)."""
_ROWS_RANKED_RE = re.compile(r"指标|哪条|哪一条|那条|一条|满意度")
"""Words making a ranking one of indicator rows, not of projects."""


def _indicators_ranked(rest: str, base: Plan) -> Plan | None:
    """所有指标里分值给得最高的是哪条, 满意度哪个项目最低 百分之多少: indicator rows ranked by a field of theirs
    (满意度: its rows only, by their 实际完成值); None unless a ranking of rows by one field is said."""
    if not cues.RANK_RE.search(rest) or not _ROWS_RANKED_RE.search(rest) or cues.LOST_RE.search(rest):
        return None
    by = next((field for field, words in _INDICATOR_FIELD_WORDS if words.search(rest)), None)
    if by is None or (by == "score" and "指标" not in rest):
        return None  # 得分最低的项目: projects by their 总分
    status = "satisfaction" if cues.SATISFACTION_RE.search(rest) else None
    level = cues.INDICATOR_LEVEL_RE.search(rest)
    return replace(base, rows="indicators", indicator_status=status, indicator_by=by, order=cues.order_of(rest),
                   limit=cues.limit_of(rest), metrics=(), indicator_level=level.group("level") if level else None)


def _rule_indicator(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """Indicator rows: by status (超额, 未达标, 满意度) or by name (培训次数完成了多少); counted over the projects in
    scope (指标最多的项目, 两个局一共多少条指标), the per-project count is a figure that ranks and sums like any."""
    counted = _counted_indicators(catalog, rest, base)
    if counted is not None:
        return counted
    if any(ref.metric.key in _INDICATOR_COUNTS for ref in base.metrics):
        return None  # 指标数超过十五个的项目: a figure of each project, filtered and ranked like any
    ranked = _indicators_ranked(rest, base)
    if ranked is not None:
        return ranked
    thresholds = cues.threshold_conditions(rest, [])
    actual = (thresholds[0].op, thresholds[0].value) if thresholds else None
    status = None
    if cues.SATISFACTION_RE.search(rest) and actual:
        status = "satisfaction"  # 满意度没有达到100%: the satisfaction rows below 100, not every row short of target
    elif cues.EXCEEDED_RE.search(rest):
        status = "exceeded"
    elif cues.NOT_MET_RE.search(rest):
        status = "not_met"
    elif cues.SATISFACTION_RE.search(rest):
        status = "satisfaction"
    terms = (cues.indicator_phrase(rest),)
    counting = _INDICATOR_COUNT_RE.search(rest) is not None  # 目标多少项 asks a target in 项, not a count
    level = cues.INDICATOR_LEVEL_RE.search(rest)
    if counting and not status and base.projects:
        terms = ()  # 海洋项目有几个指标: all of its rows, counted (时效指标有几条: those of that label)
    named = _names_indicator(terms, base, catalog)
    by_unit = None if (status or counting or named) else _indicator_of_unit(rest, base, catalog)
    if by_unit is not None:
        terms, named = (by_unit,), True
    if not (status or actual or base.projects or counting or named):
        return None  # 指标 said, but no row picked out: every row of every project would answer another question
    if status or cues.INDICATOR_RE.search(rest) or named:
        measure = not status and not counting and _MEASURE_ASKED_RE.search(rest) is not None \
            and not _POINTS_ASKED_RE.search(rest)
        unit = _other_unit(rest, base, catalog, terms) if named and not status else None
        if unit:  # 管网延伸了多少公里, the row counting 处: the table holds no such number
            return Plan(base.scope, reply="not_found", projects=base.projects,
                        message=f"表中这项指标不是以“{unit[0]}”计的（表中写的是“{unit[1]}”），没有这个数。")
        return replace(base, rows="indicators", indicator_status=status, indicator_terms=terms,
                       indicator_actual=actual, indicator_measure=measure, metrics=(),
                       indicator_level=level.group("level") if level and (base.projects or counting) else None,
                       aggregate="count" if counting else None)
    return None


_ASKED_UNIT_RE = re.compile(r"(?:多少|几)(?P<unit>公里|千米|米|平方米|平方公里|亩|公顷|吨|万吨|立方米|人次|人|户|座|处|台|套|场|所|辆|条|次)")
"""A measured value asked in a unit (延伸了多少公里, 建了几座)."""


def _other_unit(rest: str, base: Plan, catalog: Catalog, terms: tuple[str, ...]) -> tuple[str, str] | None:
    """(the unit asked, the row's unit) when a measured value is asked in a unit no named indicator row is counted in;
    None when no unit is asked, a row carries it, or the rows print no unit to compare."""
    asked = _ASKED_UNIT_RE.search(rest)
    entries = catalog.entries_of(base.projects) or catalog.in_documents(base.scope.documents)
    rows = ops.indicators_named(entries, terms)
    units = {u for _, ind in rows for u in (ind.target_unit, ind.actual_unit) if u}
    if asked is None or not units or any(asked.group("unit") in u or u in asked.group("unit") for u in units):
        return None
    return asked.group("unit"), "、".join(sorted(units))


_INDICATOR_COUNTS = ("indicator_count", "lost_indicator_count")


_PROJECTS_COUNTED_RE = re.compile(r"项目(?:有|是|一共|共|总共)?(?:几|多少)个")
"""…的项目几个: projects counted, whatever is said of their indicators."""


def _counted_indicators(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """指标最多的项目 (a ranking by 绩效指标数), 扣分的指标条数最多的 (by 扣分指标数), 一共多少条指标 (their Σ);
    None unless the question counts indicators over projects rather than naming some."""
    if base.projects or not _COUNTED_INDICATORS_RE.search(rest) or cues.INDICATOR_LEVEL_RE.search(rest) \
            or _PROJECTS_COUNTED_RE.search(rest) or cues.NOT_MET_RE.search(rest) or cues.EXCEEDED_RE.search(rest):
        return None  # 生态效益指标一共几条, 没完成的指标一共几条: the rows of that label or status; 有指标扣分项目几个
    key = "lost_indicator_count" if cues.LOST_RE.search(rest) else "indicator_count"
    ref = MetricRef(metric(key))
    if cues.RANK_RE.search(rest):
        return _ranking_plan(catalog, rest, replace(base, metrics=()), ref)
    if cues.SUM_RE.search(rest) or re.search(r"一共|总共|共有|合计", rest):
        return replace(base, aggregate="sum", metrics=(ref,))
    return None


def _rule_explain(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """为什么 about projects: their lost points with reasons and their under-executed fund lines.

    Asked about points (为什么只得了95.9分) it is the lost-points answer, funds line included.
    """
    if not cues.WHY_RE.search(rest):
        return None
    about_points = any(ref.metric.key in ("total_score", "lost", "grade") for ref in base.metrics)
    if base.projects and (about_points or _POINTS_RE.search(rest)):
        return replace(base, rows="lost", lost_part="all", metrics=())
    if base.projects:
        return replace(base, rows="reasons")
    if cues.RANK_RE.search(rest) or cues.detect_conditions(rest, list(base.metrics)):
        return None  # 执行率最低的是哪个，为什么: the list first; 为什么 can follow up on it
    return replace(base, rows="lost", lost_part="indicators", metrics=())


_DIFFERENCE_RE = re.compile(r"差|对比|比较|相比|比起|(?<!占)比(?!例|重)|哪个")
"""Words asking two projects' figures against each other, whatever 各 says (各自差多少)."""


def _rule_compare(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """Two or more projects, or 对比/比较 with them: their figures side by side, with the difference."""
    if len(base.projects) >= 2 and cues.RANK_RE.search(rest) and not cues.POSITION_RE.search(rest):
        numeric = [ref for ref in base.metrics if ref.metric.numeric]  # 这三年哪年执行率最低, 其中预算最多的
        by = numeric[0] if numeric else MetricRef(metric("total_score"))
        return replace(base, among_named=True, metrics=(by,), order=cues.order_of(rest),
                       limit=cues.limit_of(rest), only_place=cues.asks_one_place(rest))
    if len(base.projects) >= 2:
        metrics = base.metrics or default_metrics()
        each = cues.EACH_ONE_RE.search(rest) and not _DIFFERENCE_RE.search(rest)
        return replace(base, measure="figures" if each else "difference", metrics=metrics)  # 各调了多少: each one's
    return None


_SIZE_ONLY_RE = re.compile(r"最(多|少|大|小)|(大|小)(到|往)(小|大)|(多|少)(到|往)(少|多)")
"""最多 / 最小 with no figure named: of what, the question does not say."""
_SCORE_LIKE_RE = re.compile(r"最(高|低|好|差|优)|(高|低)(到|往)(低|高)|第一名|垫底|倒数")
"""最高 / 最差 with no figure named: ranked by 总分, as staff mean by a project's standing."""


def _rule_ranking(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """最高/最低/前N/倒数N by a figure (总分 when none is named); with projects named, where they stand (排第几)."""
    if base.projects and not cues.POSITION_RE.search(rest):
        return None
    if not base.projects and not cues.RANK_RE.search(rest):
        return None
    numeric = [ref for ref in base.metrics if ref.metric.numeric]
    if _QUALITY_RANK_RE.search(rest):  # 执行情况最好的: ranked by the rate of the figures named, not the budget
        numeric.sort(key=lambda ref: ref.metric.unit not in ("%", "分"))
    if not numeric and not _MONEY_WORD_RE.search(rest) and _SIZE_ONLY_RE.search(rest) \
            and not _SCORE_LIKE_RE.search(rest):
        return None  # 哪个项目最多: most of what? no figure is a guess; the accounting reports 最多
    default = "full_year" if _MONEY_WORD_RE.search(rest) else "total_score"  # 哪个项目钱最少: by its budget
    graded = next((ref for ref in base.metrics if ref.metric.key == "grade"), None)  # 评级最差的: by the grade
    by = numeric[0] if numeric else graded or MetricRef(metric(default))
    return _ranking_plan(catalog, rest, base, by, shown=tuple(ref for ref in numeric if ref != by))


def _ranking_plan(
    catalog: Catalog, rest: str, base: Plan, ref: MetricRef, shown: tuple[MetricRef, ...] = ()
) -> Plan:
    """最高/最低 N by ``ref``, with the figures ``shown`` beside it (预算最大的项目执行率多少: ranked by the budget,
    its rate asked); asked 为什么 too (执行率最低的是哪个，为什么), the reasons of the projects ranked follow."""
    plan = replace(base, metrics=(ref, *shown), order=cues.order_of(rest),
                   limit=cues.limit_of(rest), only_place=cues.asks_one_place(rest))
    if base.projects:
        return plan
    entries = catalog.in_documents(base.scope.documents)

    def ranked() -> tuple[ProjectKey, ...]:
        """The projects the ranking will list."""
        rows = ops.rank(entries, ref, plan.order == "desc", plan.limit or 1, plan.only_place)
        return tuple(row.entry.key for row in rows)

    return replace(plan, also=_why_of(catalog, rest, base, ranked, ref))


def _why_of(
    catalog: Catalog, rest: str, base: Plan, listed: Callable[[], tuple[ProjectKey, ...]], ref: MetricRef
) -> tuple[Plan, ...]:
    """When a list question also asks 为什么 (执行率低于90%的有哪些，为什么), the plan giving the listed projects'
    reasons, as 为什么 about them would (points lost, or what the table says about their funds); else none.

    The planner lists the projects itself (``listed``: the same operation the answer runs, called only when
    为什么 is asked), so the reasons are planned for exactly the projects the answer will list.
    """
    if not cues.WHY_RE.search(rest):
        return ()
    keys = listed()
    why = _rule_explain(catalog, rest, replace(base, projects=keys, metrics=(ref,))) if keys else None
    return (why,) if why else ()


def _rule_share(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """X项目的预算占全部的比例: the named projects' figure as a share of the total in scope."""
    if not cues.SHARE_RE.search(rest) or any(ref.of for ref in base.metrics):
        return None  # a ratio of the project's own figures (占自身预算) is a figure of it, not a share of all
    if not base.projects:
        return _set_share(rest, base)
    whole = _unknown_whole(rest)
    if whole:  # 海洋项目预算占全市海洋保护总投入的多少: a total the tables do not hold
        return Plan(base.scope, reply="not_found", projects=base.projects,
                    message=f"表中没有“{whole}”这个合计；占比只能按所问范围内全部项目（或所问部门、年度）的合计来算。")
    numeric = [ref for ref in base.metrics if ref.metric.numeric and ref.metric.unit == "万元"]
    together = len(base.projects) > 1 and _TOGETHER_RE.search(rest) and not cues.EACH_ONE_RE.search(rest)
    return replace(base, measure="share", metrics=(numeric[0] if numeric else MetricRef(metric("full_year")),),
                   aggregate="sum" if together else None)  # 它们的预算占…: their sum's share, not each one's


_WHOLE_PHRASE_RE = re.compile(r"占(?:了|到)?(?P<whole>[^，,。？?]*?)的?(?:百分之(?:几|多少)|百分比|多少|几成|多大|比例|比重|占比|份额|$)")
_WHOLE_WORDS_RE = re.compile(r"[□\s\d]|全部|所有|总|全局|全库|整个|全体|本局|本部门|局里?|委里?|部门|单位|项目|的|预算数?|资金|"
                             r"投入|经费|支出|执行数?|盘子|合计|总额|金额|里|中|当年|年度|本年度?|年|两个|各|这|那|它们?|其")
"""What a share's whole may be said with: the scope's total (占全局总预算, 占两个局全部项目预算的); any other word
(全市海洋保护总投入) names a total the tables do not hold."""


def _unknown_whole(rest: str) -> str:
    """The words of a share's whole that name no total the tables hold (全市海洋保护), "" when it is the scope's."""
    match = _WHOLE_PHRASE_RE.search(rest)
    if match is None:
        return ""
    leftover = _WHOLE_WORDS_RE.sub("", match.group("whole"))
    return re.sub("□+", "…", match.group("whole").strip("□ 的")) if meaningful_length(leftover) >= 2 else ""


_TOGETHER_RE = re.compile(r"它们|这些|那些|这几个|他们|加起来|合起来|合计|一共|总共|一起|加在一起")
"""Several projects' figure taken together (它们的预算占当年总预算百分之几): one share of their sum."""


def _set_share(rest: str, base: Plan) -> Plan | None:
    """执行率低于95%的项目预算占全部预算的多少, 预算最高的三个项目占总预算的比例: the sum of an amount over the
    projects a condition or a ranking keeps, as a share of its sum over all; None unless an amount is named (占比 of
    what — the projects' number or their money — is otherwise a guess) and something keeps projects."""
    conditions = base.conditions + tuple(cues.detect_conditions(rest, list(base.metrics)))
    amounts = [ref for ref in _not_tested(base.metrics, conditions) if ref.metric.unit == "万元"]
    cut = _ranked_cut(rest, base.metrics)
    if cut is not None:
        by, order, limit = cut
        if by.metric.unit == "万元":  # 预算最高的三个项目占总预算: ranked by the amount shared, unless another is named
            amounts = [ref for ref in amounts if ref != by] or [by]
        if amounts:
            return replace(base, measure="share", conditions=conditions, metrics=(by, amounts[0]), order=order,
                           limit=limit)
    if not amounts and conditions and _SHARE_OF_NUMBER_RE.search(rest) and not _MONEY_WORD_RE.search(rest) and (
            _AMONG_KEPT_RE.search(rest) or all(c.metric.metric.key == "grade" for c in conditions)):
        # 交通委两年的项目里评优的比例: of the projects' number — said among projects, or of a grade (never money)
        return replace(base, measure="share", conditions=conditions, metrics=(MetricRef(ops.COUNT),))
    if not amounts or not conditions:
        return None
    return replace(base, measure="share", conditions=conditions, metrics=(amounts[0],))


_SHARE_OF_NUMBER_RE = re.compile(r"比例|占比|百分之几|百分之多少|几成|多大比例|比重")
"""评优的比例多少: with no amount named, a share of the projects' number (when nothing else could be shared)."""


def _ranked_cut(rest: str, refs: Sequence[MetricRef]) -> tuple[MetricRef, str, int] | None:
    """预算最高的三个, 得分倒数两名 before an aggregate or a share: the figure ranked by (the one said right before
    the ranking word), the order and how many are kept; None unless all three are said — with no figure before the
    ranking word, or no number of projects, what is ranked or kept would be a guess."""
    if not cues.RANK_RE.search(rest) or cues.asks_one_place(rest) or not cues.LIMIT_RE.search(rest):
        return None
    key = _ranked_figure(rest)
    by = next((ref for ref in refs if ref.metric.key == key), None)
    limit = cues.limit_of(rest)
    return (by, cues.order_of(rest), limit) if by is not None and limit >= 2 else None


def _rule_filter_or_aggregate(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """Conditions (低于/超过/评为优/不一致) → filter, or a count of them; Σ / mean / overall rate / count → aggregate.

    Over every project in scope, or over two or more named ones (它们的预算合计, 海洋和大气哪个超过400万元).
    """
    if len(base.projects) == 1:
        return None
    conditions = base.conditions + tuple(cues.detect_conditions(rest, list(base.metrics)))
    asked = _not_tested(base.metrics, conditions)
    how = cues.aggregate_kind(rest, asked)
    cut = _ranked_cut(rest, base.metrics) if how in ("sum", "mean", "overall_rate") else None
    if cut is not None:  # 预算最高的三个项目加起来, 得分最低的两个项目预算合计: ranked, cut, then aggregated
        by, order, limit = cut
        measured = _aggregate_plan(base, how, [ref for ref in asked if ref != by] or [by], conditions, rest)
        return measured if measured.reply else replace(measured, metrics=tuple(dict.fromkeys((by, *measured.metrics))), order=order, limit=limit)
    if how is not None:
        parts = _aggregate_parts(rest, base)
        if len(parts) >= 2:
            return replace(parts[0], also=tuple(parts[1:]))
        tested = _total_tested(rest, how, asked, conditions)
        if tested is not None:  # 两个局执行数加起来过没过1.5个亿: the total against it, not projects over it
            plan = _aggregate_plan(base, how, asked, tuple(c for c in conditions if c != tested), rest)
            return plan if plan.reply else replace(plan, total_test=tested)
        return _aggregate_plan(base, how, asked, conditions, rest)
    if conditions:
        ranked = _ranked_among_kept(rest, base, conditions)
        if ranked is not None:
            return ranked
        entries = catalog.entries_of(base.projects) or catalog.in_documents(base.scope.documents)

        def matched() -> tuple[ProjectKey, ...]:
            """The projects the filter will list."""
            return tuple(rows[0].entry.key for rows in ops.filter_projects(entries, conditions))

        return replace(base, conditions=conditions,
                       also=_why_of(catalog, rest, base, matched, conditions[0].metric))
    return None


_AMONG_KEPT_RE = re.compile(r"(?:项目|的)(?:里头|里面|里边|当中|之中|中间|中|里)")
"""评了优的项目里, 没扣分的当中: what a condition kept, among which a ranking is asked."""


def _ranked_among_kept(rest: str, base: Plan, conditions: tuple[Condition, ...]) -> Plan | None:
    """评了优的项目里执行率最低的是哪个: the projects a condition keeps, ranked by the figure said before the ranking
    word (the executor filters, then ranks and cuts); None unless the ranking is said after 项目里/当中."""
    among = _AMONG_KEPT_RE.search(rest)
    rank = cues.RANK_RE.search(rest, among.end()) if among else None
    if rank is None or cues.POSITION_RE.search(rest):
        return None
    key = _ranked_figure(rest[among.end():])
    by = next((ref for ref in base.metrics if ref.metric.key == key), None) if key else None
    if by is None:
        return None
    return replace(base, conditions=conditions, metrics=(by,), order=cues.order_of(rest[among.end():]),
                   limit=cues.limit_of(rest), only_place=cues.asks_one_place(rest))


def _total_tested(rest: str, how: str, asked: Sequence[MetricRef], conditions: Sequence[Condition]) -> Condition | None:
    """The condition said after the aggregating word on the figure aggregated (执行数加起来过没过1.5个亿, 平均得分是否
    超过95分): a test of the total, not of each project; None when there is none, or it is said before (执行率低于
    90%的项目的预算合计)."""
    word = cues.SUM_RE.search(rest) or cues.MEAN_RE.search(rest) or cues.OVERALL_RE.search(rest)
    if word is None or how not in ("sum", "mean", "overall_rate") or not asked:
        return None
    after = cues.threshold_conditions(rest[word.end():], list(asked))
    measured = "rate" if how == "overall_rate" else asked[-1].metric.key
    return next((c for c in conditions if c in after and c.metric.metric.key == measured), None)


def _not_tested(refs: Sequence[MetricRef], conditions: Sequence[Condition]) -> tuple[MetricRef, ...]:
    """The figures named less those the conditions test (执行率低于90%的项目的预算合计: the rate is the test, the
    budget the sum); all of them when every one is tested (执行率低于90%的项目的整体执行率)."""
    tested = {c.metric for c in conditions}
    return tuple(r for r in refs if r not in tested) or tuple(refs)


SUM_OF_WHAT = "请说明要合计哪一项，例如“预算合计”“执行数合计”或“项目个数”。"
MEAN_OF_WHAT = "请说明要算哪一项的平均值或中位数，例如“平均分”“执行率的平均值”或“预算的中位数”。"
"""Said when a sum names no figure and speaks of no money; a follow-up after a ranking sums the ranked figure."""
_MONEY_WORD_RE = re.compile(r"钱|资金|经费|金额|万元|多少万|预算|花|支出|投入")
"""A sum naming no figure is of the budget only when it speaks of money (一共多少钱); 一共有多少张表 is no Σ预算."""


def _aggregate_plan(base: Plan, how: str, refs: Sequence[MetricRef], conditions: tuple[Condition, ...],
                    rest: str = "") -> Plan:
    """An aggregate of the first numeric figure named (Σ全年预算数 when a sum speaks of money but names no figure,
    mean 总分 when a mean names none but speaks of points: 平均分)."""
    ref = next((r for r in refs if r.metric.numeric), None)
    if how == "sum" and ref is None and not _MONEY_WORD_RE.search(rest):
        return Plan(base.scope, reply="not_found", message=SUM_OF_WHAT)
    if how in ("mean", "median") and ref is None and "分" not in rest:
        return Plan(base.scope, reply="not_found", message=MEAN_OF_WHAT)  # 平均值是多少: of which figure?
    if how in ("sum", "mean", "median") and ref is None:
        ref = MetricRef(metric("full_year" if how == "sum" else "total_score"))
    return replace(base, aggregate=how, conditions=conditions, metrics=(ref,) if ref else ())


def _aggregate_parts(rest: str, base: Plan) -> list[Plan]:
    """One aggregate per clause asking one (预算总额、执行总额和整体执行率 → Σ, Σ and the overall rate), distinct,
    in question order.

    A clause naming a figure but no aggregate takes the question's (预算和执行数的合计 → both summed), though
    never a count, which needs its own words. Conditions stay with their clause (平均分和优的个数), except a
    clause scoping projects (执行率低于90%的项目的预算合计和平均分; 预算过一千万的那几个，执行数加一块 — a clause whose
    figures are only tested), whose conditions hold for the clauses after it.
    """
    parts: list[Plan] = []
    scoped: tuple[Condition, ...] = ()
    for clause in cues.clauses(rest):
        named = cues.detect_metrics(clause)
        own = tuple(cues.detect_conditions(clause, named))
        refs = list(_not_tested(named, own))
        said_here = cues.aggregate_kind(clause, tuple(refs))
        if own and said_here is None and {c.metric for c in own} >= set(named):
            scoped += own  # 预算过一千万的那几个，执行数加一块是多少: a clause that only picks the projects
            continue
        shared = cues.aggregate_kind(rest, tuple(refs)) if refs else None
        how = said_here or (shared if shared != "count" else None)
        if how is not None and (refs or how != "sum"):  # 所有项目加起来|还有多少预算没有执行: one Σ, of the figure named
            parts.append(_aggregate_plan(base, how, refs, tuple(dict.fromkeys(scoped + own)), rest))
        if own and "项目" in clause:
            scoped += own
    return list(dict.fromkeys(parts))


def _rule_list(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """有哪些项目 / 列出所有项目: every project in scope with its key figures."""
    said = re.sub(r"[那这]?(?:\d+|几|些)个?(?=项目)", "", rest)  # 水务局24年四个项目, 那几个项目: counted or pointed at
    said = re.sub(r"[□和与及、]", "", mask_spans(said, [(start, end) for start, end, _ in cues.metric_spans(said)]))
    bare = not cues.FILLER_RE.sub("", said).replace("项目", "")
    only_projects = "项目" in said and bare  # 交通委24年的项目, 五个项目的预算和执行数: each project with the figures named
    scope_overview = (cues.OVERVIEW_RE.search(rest) is not None or _LOOK_AT_RE.search(rest) is not None) \
        and not cues.FILLER_RE.sub("", _LOOK_AT_RE.sub("", cues.OVERVIEW_RE.sub("", said)))  # 水务局22年的情况, 先看23年的
    scope_only = "□" in rest and not cues.FILLER_RE.sub("", said)  # 水务局的, 规资局23年: the scope alone, its projects
    if base.projects or not (cues.LIST_RE.search(rest) or only_projects or scope_overview or scope_only):
        return None
    return replace(base, measure="list", metrics=base.metrics or list_metrics())


_LOOK_AT_RE = re.compile(r"^\W*(?:先|再)?看(?:看|一下|下)?")
"""先看23年的: a scope set first, its projects listed, the questions after it asked within."""
_WHICH_PROJECT_RE = re.compile(r"(是|有)(啥|什么|哪个|哪些|哪几个)项目|(啥|什么|哪个|哪些)项目$")
"""负责的是啥项目, 做的是什么项目: the projects the question names by other words, asked for by name."""


def list_metrics() -> tuple[MetricRef, ...]:
    """What a list of projects shows when no figure is asked: each one's budget and score."""
    return MetricRef(metric("full_year")), MetricRef(metric("total_score"))


def _rule_figure(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """Named figures of named projects; a bare project name (or 介绍/情况) gives its overview."""
    if not base.projects:
        if base.metrics and meaningful_length(cues.FILLER_RE.sub("", rest)) < 2:
            return replace(base, measure="list")
        return None
    if all(ref.metric.key == "full_year" for ref in base.metrics) and cues.ADJUSTED_RE.search(rest) \
            and not cues.UNADJUSTED_RE.search(rest):
        return replace(base, metrics=(MetricRef(metric("adjustment")),))  # 核与辐射的预算中途调过没: 年初 → 全年
    if base.metrics:
        return _figure_tested(rest, base)
    if any(c.metric.metric.key == "grade" for c in cues.detect_conditions(rest, [])):
        return replace(base, metrics=(MetricRef(metric("grade")),))  # 公路养护是不是只评了个中: its grade, to check
    if cues.OVERVIEW_RE.search(rest) or not cues.ASKS_VALUE_RE.search(rest) or _WHICH_ONE_RE.search(rest):
        return replace(base, measure="key_figures", metrics=default_metrics())
    return None


def _figure_tested(rest: str, base: Plan) -> Plan:
    """大气执行率过没过95, 海洋预算超过400万了吗: the named projects' figure, each checked against the number said
    (``total_test``); the plan unchanged when no number tests one of the figures asked, or several do."""
    tests = [c for c in cues.threshold_conditions(rest, list(base.metrics)) if c.metric in base.metrics]
    return replace(base, total_test=tests[0]) if len(tests) == 1 else base


def is_bare(rest: str) -> bool:
    """Whether a follow-up says nothing but which project (那海洋呢, 第二个呢, 它呢): it repeats the last question."""
    leftover = _BARE_WORDS_RE.sub("", cues.FILLER_RE.sub("", rest))
    return not leftover.strip(" □，,。？?！!")


def repeat_for(last: Plan, projects: tuple[ProjectKey, ...], scope: Scope) -> Plan:
    """The last question asked again about other projects; a list question becomes its figure for them."""
    if last.intent in PROJECT_INTENTS:
        measure = "figures" if last.intent == "compare" and len(projects) == 1 else last.measure
        return replace(last, measure=measure, projects=projects, scope=scope)
    metrics = tuple(c.metric for c in last.conditions) or last.metrics or default_metrics()
    return Plan(scope, measure="figures", projects=projects, metrics=tuple(dict.fromkeys(metrics)))


def _names_indicator(terms: tuple[str, ...], base: Plan, catalog: Catalog) -> bool:
    """Whether, with no figure asked, the words left name an indicator well: one of the named projects' (3 meaningful
    characters shared), or, with none named, one in scope by most of its name (居住区分类达标率实际做到多少)."""
    if base.conditions:
        return False
    if _named_by_code(terms, base, catalog):
        return True
    if base.projects:
        indicators = [ind for e in catalog.entries_of(base.projects) for ind in e.project.indicators]
        if base.metrics:  # 单站运维成本 实际花到多少: an indicator said whole outweighs the figure word read in 花到
            return bool(terms) and any(_wholly_named_last(ind.name, terms[0]) for ind in indicators)
        return any(ops.indicator_match_score(ind.name, terms) >= 3 for ind in indicators)
    if base.metrics:
        return False
    return any(_mostly_named(ind.name, terms) for e in catalog.in_documents(base.scope.documents)
               for ind in e.project.indicators)


def _named_by_code(terms: tuple[str, ...], base: Plan, catalog: Catalog) -> bool:
    """PM2.5那个指标: a code said (letters and digits) that is in an indicator's name in scope names that indicator,
    whatever figure word follows (分值 is a column of its row)."""
    said = {code for term in terms for code in ops.codes_in(term)}
    entries = catalog.entries_of(base.projects) if base.projects else catalog.in_documents(base.scope.documents)
    return bool(said) and any(said & ops.codes_in(ind.name) for e in entries for ind in e.project.indicators)


def _mostly_named(name: str, terms: tuple[str, ...]) -> bool:
    """Whether the terms hold most of an indicator's name, four meaningful characters at least, and the name nearly
    all of the terms: 维修工程验收合格率 is not 养护工程交工验收合格率, which shares 工程 and 验收合格率."""
    score = ops.indicator_match_score(name, terms)
    typed = sum(meaningful_length(term) for term in terms)
    return score >= 4 and score >= _INDICATOR_NAME_SHARE * meaningful_length(name) and score >= _TERMS_COVERED * typed


_UNIT_ASKED_RE = re.compile(r"(?:多少|(?<!哪)几)\s*(?P<unit>[\u4e00-\u9fffA-Za-z]{1,3})")
_NO_ROW_UNITS = frozenset({"个", "项", "条", "家", "份", "分", "元", "万元", "亿元", "年", "人", "%"})
"""Units that ask a count, points or money (几个项目, 多少分, 多少万元), never one indicator row."""


def _indicator_of_unit(rest: str, base: Plan, catalog: Catalog) -> str | None:
    """The name of the one indicator of the one named project measured in the unit asked (口袋公园实际建了多少座 →
    新建口袋公园数量, in 座), when the unit is no count, points or money; None when none or several are."""
    if len(base.projects) != 1 or base.metrics:
        return None
    indicators = catalog.entries_of(base.projects)[0].project.indicators
    for match in _UNIT_ASKED_RE.finditer(rest):
        said = match.group("unit")
        names = {ind.name for ind in indicators for unit in (ind.actual_unit, ind.target_unit)
                 if unit and unit not in _NO_ROW_UNITS and said.startswith(unit)}
        if len(names) == 1:
            return names.pop()
    return None


def _wholly_named_last(name: str, phrase: str) -> bool:
    """Whether ``phrase`` holds an indicator's whole name (nine tenths of it, four meaningful characters at least)
    with nothing but question words after it: the name is what the figure words ask of (单站运维成本 实际花到多少), not
    a description before another ask (搞生物多样性调查 生态文明创建那个项目 预算多少)."""
    stretches = common_stretches(phrase, name)
    score = sum(meaningful_length(phrase[s:t]) for s, t in stretches)
    if not stretches or score < 4 or score < _WHOLE_NAME_SHARE * meaningful_length(name):
        return False
    return meaningful_length(phrase[stretches[-1][1]:]) == 0


_WHOLE_NAME_SHARE = 0.9
_INDICATOR_NAME_SHARE = 0.6
_TERMS_COVERED = 0.85
"""With no project named, an indicator is asked by name only when the question holds most of that name, and the
name nearly all of what the question says of it."""


def default_metrics() -> tuple[MetricRef, ...]:
    """What a project's figures are when no figure is named: 总分, 评分等级, the budget, execution and rate."""
    return tuple(MetricRef(metric(k)) for k in ("total_score", "grade", "initial", "full_year", "executed", "rate"))


PROJECT_INTENTS = ("project_figure", "overview", "lost_points", "explain", "indicator", "text", "compare")


_COUNTED_INDICATORS_RE = re.compile(
    r"指标(的?条数|的?个数|数量?)?最(多|少)|最(多|少)的?指标|(多少|几)(条|个|项)(绩效)?指标|指标条数|指标.{0,4}(多少|几)(条|个|项)"
)
"""Indicators counted over projects, not looked up: 指标最多的项目, 一共多少条指标."""
_INDICATOR_COUNT_RE = re.compile(r"(几|多少)(个|条|项)(绩效)?指标|指标(个)?数|指标数量|(几|多少)条")
"""How many indicator rows: 几条指标, 指标数, 一共多少个指标."""
_WHICH_ONE_RE = re.compile(r"^[^，,。]{0,12}[，, ]?[^，,。]{0,4}(是哪个|是哪一个|叫什么|是什么项目)(来着|呢|啊|呀)?[?？]?$")
"""第二个是哪个: the project named — its overview says which it is."""
_MONEY_WORD_RE = re.compile(r"钱|资金|经费|款")
"""Money named without a figure: a ranking by it ranks the budget."""
_HEDGE_RE = re.compile(r"可能|疑似|怀疑|是不是|或许|也许")
"""A question asking what may be so (哪些指标符号可能录错了), not only what the table admits."""
_POINTS_RE = re.compile(r"\d+(?:\.\d+)?\s*分|满分|分数|得分")
_QUALITY_RANK_RE = re.compile(r"最(好|差|快|慢)")
"""Best/worst, fastest/slowest: said of a rate or a score, never of an amount."""
_BARE_WORDS_RE = re.compile(r"(?:再|重新)(?:算|看|统计|汇总|来|排)(?:一下|一遍|一次|1下|1遍|1次|下|算|看)?|(?:放|合|摆)(?:在)?(?:一起|1起|一块儿?|1块儿?)(?:看|算|排)?|的话|话$|^(?:只|光|单|就)看|排在?(?=\s*(?:□|第))|"
                            r"再看看?|重新看|倒数第\d+个?|那么|那个|这个|那|还有|另外|再|又|多少|说说|讲讲|看看|它们|它|项目|第\d+个?|呢|怎么样|如何|情况|"
                            r"换成|改成|换到|切到|切换到|换|那边|这边|的|是谁|谁|是哪(一)?个|叫(什么|啥)(名字)?")


_WHAT_RE = re.compile(r"什么|啥|哪些|哪几|多少|几|吗|了没|是否|是不是")
"""A question word asking content (什么虫, 新建多少座) or whether it was done (警示片拍了没): what the goal or result
text may say."""
_PLANNED_RE = re.compile(r"目标|计划|预期|打算|要求")
"""Words asking what was planned: the goal text before the result."""
_TEXT_SAYS = 0.6
"""How much of the question's own words a goal or result text must hold to be what the question asks about."""


def _rule_text_content(catalog: Catalog, rest: str, base: Plan) -> Plan | None:
    """林业有害生物防治重点防的是什么虫, 口袋公园计划新建多少座: a question about one project whose own words are in its
    goal or result text, asking what (or how many) with no figure of the table named — the text, quoted, answers."""
    if len(base.projects) != 1 or base.metrics or base.conditions or not _WHAT_RE.search(rest):
        return None
    words = "".join(mask_vocabulary(cues.FILLER_RE.sub(" ", rest)).replace("□", " ").split())
    if meaningful_length(words) < 2:
        return None
    project = catalog.entries_of(base.projects)[0].project
    said = {field: sum(t - s for s, t in common_stretches(words, getattr(project, f"{field}_text")))
            for field in ("goal", "result")}
    planned = _PLANNED_RE.search(rest) is not None  # 24年目标 沉降控制在多少以内: the goal, whatever the result says
    done = "了" in rest and not planned  # 拍了没: what was done
    needed = _TEXT_SAYS * len(words)
    preferred = "goal" if planned else "result" if done else None
    if preferred and said[preferred] >= needed:
        return replace(base, rows="text", text_field=preferred)
    field = max(said, key=lambda f: said[f])
    return replace(base, rows="text", text_field=field) if said[field] >= needed else None


RULES: tuple[Rule, ...] = (
    _rule_grades_counted,
    _rule_change_ranking,
    _rule_versus_mean,
    _rule_findings,
    _rule_mis_entry,
    _rule_which_projects,
    _rule_topic,
    _rule_text,
    _rule_lost,
    _rule_explain,
    _rule_indicator,
    _rule_share,
    _rule_filter_or_aggregate,
    _rule_compare,
    _rule_ranking,
    _rule_list,
    _rule_text_content,
    _rule_figure,
)
