"""A plan in plain Chinese — 范围 / 项目 / 条件 / 求 — so a person and a script can see what was answered.

Every answer carries this as ``understood``; a question that was not fully
understood is told what was understood and what was not, in the same words.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.catalog import Catalog, origin
from assistant.compose import describe_conditions
from assistant.plan import GROUP_KINDS, Plan

_LOST_PART = {"indicators": "绩效指标", "funds": "预算执行（资金）", "all": "资金与绩效指标"}
_AGGREGATE = {"sum": "合计", "mean": "平均值", "median": "中位数", "count": "项目个数", "overall_rate": "整体执行率（Σ执行数 ÷ Σ预算数）",
              "departments": "涉及的部门个数", "years": "涉及的年度个数", "implementers": "涉及的实施单位个数"}
_INDICATOR_FIELD_LABELS = {"weight": "分值", "actual": "实际完成值", "score": "得分"}
_FINDINGS = {"checks": "数据核对中发现的问题", "restored": "原文缺失、按规则补全的数值", "nameless": "缺少项目名称的项目"}
_STATUS = {"exceeded": "超额完成的", "not_met": "未达到目标的", "satisfaction": "满意度", "mis_entered": "目标值误录的",
           "mis_entered_possible": "目标值可能误录的"}


def understood(plan: Plan, catalog: Catalog) -> str:
    """``范围：…；项目：…；条件：…；求：…`` for ``plan`` (parts it has none of are left out)."""
    parts = [f"范围：{scope_text(plan, catalog)}"]
    if plan.within_label:
        parts.append(f"实施单位：{plan.within_label}")
    named = catalog.entries_of(plan.projects)
    if plan.picked:
        parts.append(f"条件：{plan.picked}（按项目名称逐年对比）")
    if named:
        parts.append("项目：" + "、".join(e.name for e in named))
    left_out = [e.name for e in catalog.entries_of(plan.excluded)]
    if plan.drop is not None:
        way = "最高" if plan.drop.descending else "最低"
        left_out.append(f"{plan.drop.metric.label}{way}的 {plan.drop.count} 个项目")
    if left_out:
        parts.append("除去：" + "、".join(dict.fromkeys(left_out)))
    if plan.group_by:
        parts.append("分组：" + ("每个部门" if plan.group_by == "department" else "每个年度")
                     + ("，并比较两组" if plan.compare_groups else "")
                     + ({"desc": "，取最高的一组", "asc": "，取最低的一组"}.get(plan.rank_groups or "", "")))
    if plan.conditions and not any(part.conditions != plan.conditions for part in plan.also):
        parts.append("条件：" + describe_conditions(plan.conditions))
    if plan.order and plan.intent in ("aggregate", "share"):  # a ranking cut before what is measured
        parts.append("取：" + _ranking_text(replace(plan, projects=(), metrics=plan.metrics[:1]), plan.limit or 1))
    apart = any(part.conditions != plan.conditions for part in plan.also)  # 优 良 中 各有多少个: each its own test

    def said(part: Plan) -> str:
        return (describe_conditions(part.conditions) + "的" if apart and part.conditions else "") + asked_text(part)

    asked = [text for text in [said(plan)] + [said(part) for part in plan.also] if text]
    if asked:
        parts.append("求：" + "；".join(asked))
    if plan.total_test is not None:
        parts.append("并核对：结果是否" + describe_conditions([plan.total_test]).removeprefix(plan.total_test.metric.label))
    return "；".join(parts)


def scope_text(plan: Plan, catalog: Catalog) -> str:
    """The reports the plan covers: each department and year, or how many when there are many."""
    documents = catalog.documents_of(plan.scope.documents)
    if not documents:
        return "（库中没有相符的报告）"
    if len(documents) > 3:
        return f"{len(documents)} 份报告（{len({d.department for d in documents})} 个部门）"
    return "、".join(origin(d) for d in documents)


def asked_text(plan: Plan) -> str:
    """What the plan computes, in a few words."""
    metrics = "、".join(ref.label for ref in plan.metrics)
    limit = plan.limit or 1
    if plan.measure == "versus_mean":
        against = "整体执行率" if plan.against == "overall_rate" else f"{metrics}的平均值"
        return f"{metrics}与范围内全部项目{against}之差"
    if plan.measure == "change" and plan.aggregate:
        return f"{asked_text(replace(plan, measure='figures'))}在首末两年的变化"
    match plan.intent:
        case "project_figure" | "overview":
            return metrics or "基本情况"
        case "compare":
            return f"对比{metrics}" + ("（及前者是后者的几倍）" if plan.times else "")
        case "share":
            if plan.metrics[-1].metric.key == "count":  # 评优的比例: of the projects' number
                return "满足条件的项目数占范围内全部项目数的比例"
            kept = "合计" if plan.conditions or plan.order else ""
            return f"{plan.metrics[-1].label}{kept}占范围内全部项目合计的比例"
        case "lost_points":
            order = f"扣分最{'多' if plan.order == 'desc' else '少'}的 {limit} 项，" if plan.order else ""
            part = f"{plan.indicator_level}指标" if plan.indicator_level else _LOST_PART.get(plan.lost_part, "")
            return f"{order}{part}扣分及原因"
        case "explain":
            return "原因（扣分与资金执行情况）"
        case "ranking":
            return _ranking_text(plan, limit)
        case "filter":
            return "满足条件的项目"
        case "aggregate":
            how = _AGGREGATE.get(plan.aggregate or "count", "")
            measured = plan.metrics[-1].label if plan.metrics else ""  # ranked by the first, measures the last
            pooled = plan.metrics[-1].of if plan.aggregate == "overall_rate" and plan.metrics else None
            if pooled is not None:  # 所有项目资金里 财政拨款占多大比例: one ratio of the two sums
                return f"{measured}（Σ{pooled[0].label} ÷ Σ{pooled[1].label}）"
            return how if plan.aggregate in ("count", "overall_rate", *GROUP_KINDS) else f"{measured}的{how}"
        case "indicator":
            status = _STATUS.get(plan.indicator_status or "", "")
            terms = " ".join(t for t in plan.indicator_terms if t.strip())
            ranked = ""
            if plan.indicator_by and plan.order:  # 分值最高的一条指标
                field = _INDICATOR_FIELD_LABELS[plan.indicator_by]
                ranked = f"中{field}最{'高' if plan.order == 'desc' else '低'}的 {plan.limit or 1} 条"
            return f"{status}绩效指标" + (f"（{terms}）" if terms and not status else "") + ranked
        case "text":
            return "预期目标文字" if plan.text_field == "goal" else "实际完成情况文字"
        case "topic":
            return f"与“{plan.topic}”有关的项目"
        case "findings":
            of = f"{metrics}：" if plan.findings_kind == "restored" and metrics else ""  # 评分等级：原文缺失…
            return of + _FINDINGS.get(plan.findings_kind, "核对发现")
        case "list_projects":
            return "项目清单" + (f"及{metrics}" if metrics else "")
        case "clarify":
            return "先确认所指的项目"
    return ""


def _ranking_text(plan: Plan, limit: int) -> str:
    """最高/最低 N, one place (倒数第二), or where named projects stand."""
    first = plan.metrics[0].label if plan.metrics else "总分"
    direction = "最高" if plan.order == "desc" else "最低"
    if plan.measure == "change":  # 哪个预算涨得最多
        return f"{first}比最早一年{'增加' if plan.order == 'desc' else '减少'}最多的 {limit} 个项目（同名项目逐年对比）"
    if plan.projects:
        return f"按{first}排名的位次"
    if plan.only_place:
        return f"{first}{'从高到低' if plan.order == 'desc' else '从低到高'}第 {limit} 位的项目"
    shown = "、".join(ref.label for ref in plan.metrics[1:])
    return f"{first}{direction}的 {limit} 个项目" + (f"及其{shown}" if shown else "")
