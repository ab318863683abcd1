"""The rule assistant's operations as LangChain tools: one thin wrapper per function of ``assistant.operations``.

STYLE.md: the operations stay plain functions and both paths call them; a
wrapper only turns the model's arguments (Chinese labels, project ids or names)
into the operation's typed arguments, and its rows into a ``ToolResult``: the
JSON the model reads, plus the projects, figures and citations of the answer.
Those come from running the rows through the rule assistant's own composer
(``assistant.compose``), so an LLM answer lists exactly the figures, labels and
sources a rule answer over the same rows would. The model sees each method's
signature and Chinese docstring, nothing else, so those are written for it.

Project references are ids as ``find_projects`` returns them
(``000_714f557b0e494d5f.txt#4``) or names as people say them (海洋, 核辐射),
resolved by the same resolver the rule planner uses.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Literal

from langchain_core.tools import BaseTool, tool

from assistant import compose
from assistant import operations as ops
from assistant.catalog import Catalog, ProjectEntry
from assistant.contract import Answer, Citation
from assistant.llm.numbers import canonical, numbers_in_results
from assistant.llm.results import BadToolArguments, ToolResult
from assistant.metrics import METRICS, TOTAL_FUND
from assistant.plan import Condition, MetricRef, Plan, Scope, of_kind
from assistant.resolve import ProjectResolver, suggest_names
from ingest.records import FUND_KINDS

MetricLabel = Literal[tuple(m.label for m in METRICS)]  # type: ignore[valid-type]
"""The figures a tool can read, named as the table names them (执行率, 全年预算数 …), so the model needs no key list.
Built from ``METRICS``, so a metric the rule assistant learns is a tool argument at once."""
FundKind = Literal[FUND_KINDS]  # type: ignore[valid-type]
Order = Literal["最高", "最低"]
Comparison = Literal["<", "<=", ">", ">=", "=", "!="]
Aggregation = Literal["合计", "平均", "计数", "整体执行率"]
LostPart = Literal["全部", "绩效指标", "预算执行"]
IndicatorStatus = Literal["超额完成", "未达标", "扣分", "满意度", "误录"]
TextField = Literal["年度目标", "实际完成情况", "绩效指标", "偏差原因"]

_METRICS_BY_LABEL = {m.label: m for m in METRICS}
_AGGREGATIONS: dict[str, str] = {"合计": "sum", "平均": "mean", "计数": "count", "整体执行率": "overall_rate"}
_LOST_PARTS: dict[str, str] = {"全部": "all", "绩效指标": "indicators", "预算执行": "funds"}
_STATUSES: dict[str, str] = {"超额完成": "exceeded", "未达标": "not_met", "扣分": "lost", "满意度": "satisfaction",
                             "误录": "mis_entered"}
_TEXT_FIELDS: dict[str, str] = {"年度目标": "goal", "实际完成情况": "result", "绩效指标": "indicator", "偏差原因": "reason"}
MAX_LIMIT = 50


class OperationTools:
    """The tools over one store. ``catalog`` is called per tool call, so a new ingest is seen at once."""

    def __init__(self, catalog: Callable[[], Catalog], passages: object) -> None:
        self._catalog = catalog
        self._passages = passages

    def tools(self) -> list[BaseTool]:
        """Every operation as a LangChain tool returning (JSON for the model, ToolResult for the answer)."""
        methods = (self.find_projects, self.get_figures, self.get_lost_points, self.rank_projects,
                   self.filter_projects, self.aggregate_projects, self.find_indicators, self.get_project_texts,
                   self.search_passages, self.get_findings)
        return [tool(m, parse_docstring=True, response_format="content_and_artifact") for m in methods]

    def find_projects(self, keyword: str = "", department: str | None = None, year: int | None = None
                      ) -> tuple[str, ToolResult]:
        """按名称关键词查找项目，返回项目的 id、序号、名称、所属文档、部门和年度；关键词为空时列出全部项目。其他工具的 projects 参数可以直接用这里返回的 id。

        Args:
            keyword: 项目名称或其中的关键词，如“海洋”“核辐射”“第3个项目”；为空则列出全部项目
            department: 只看这个部门（可选）
            year: 只看这个年度（可选）
        """
        entries, unresolved = self._scope(department, year), []
        keyword = keyword.strip()
        containing = [e for e in entries if keyword in e.name]
        if keyword and not containing:
            entries, unresolved = self._resolve([keyword], entries)
        elif keyword:
            entries = containing  # every name with the keyword: a look-up lists all, where a query needs one
        citations = [e.cite(None, "name", e.name) for e in entries]
        answer = Answer("", "", "list_projects", bool(entries), [e.ref() for e in entries], [], citations)
        content, result = _result("find_projects", [_project_json(e) for e in entries], answer, unresolved)
        return content, replace(result, lookup=True)

    def get_figures(self, projects: list[str], metrics: list[MetricLabel], fund_kind: FundKind = TOTAL_FUND
                    ) -> tuple[str, ToolResult]:
        """查询指定项目表中的数字和字段：年初预算数、全年预算数、全年执行数（万元）、执行率（%）、资金得分、总分、扣分、评分等级、实施单位等，附出处。

        Args:
            projects: 项目 id 或名称关键词的列表
            metrics: 要查询的数字或字段名称列表
            fund_kind: 资金来源行，默认年度资金总额
        """
        entries, unresolved = self._resolve(projects, self._scope())
        rows = ops.project_figures(entries, [_metric_ref(m, fund_kind) for m in metrics])
        answer = self._composed("project_figure", compose.figures_answer, rows)
        return _result("get_figures", _figure_rows(rows), answer, unresolved)

    def get_lost_points(self, projects: list[str] | None = None, part: LostPart = "全部") -> tuple[str, ToolResult]:
        """列出扣分的行（分值大于得分）：绩效指标行和/或预算执行（年度资金总额）行，含分值、得分、扣分和偏差原因。

        Args:
            projects: 项目 id 或名称关键词的列表；不填则查全部项目
            part: 查哪一部分的扣分：全部、绩效指标或预算执行
        """
        entries, unresolved = self._resolve(projects, self._scope())
        rows = ops.lost_points(entries, _LOST_PARTS[part])
        answer = self._composed("lost_points", compose.lost_answer, rows, entries, _LOST_PARTS[part])
        payload = [{**_entry_json(r.entry), "item": r.item, "part": r.part, "weight": r.weight, "score": r.score,
                    "lost": r.lost, "formula": r.formula, "reason": r.reason, "source": _citation_json(r.citation)}
                   for r in rows]
        return _result("get_lost_points", payload, answer, unresolved)

    def rank_projects(self, metric: MetricLabel, order: Order = "最高", limit: int = 3, fund_kind: FundKind = TOTAL_FUND,
                      department: str | None = None, year: int | None = None) -> tuple[str, ToolResult]:
        """按某个数字给项目排序，返回最高或最低的若干个项目及其数值（数值未读出的项目不参与）。

        Args:
            metric: 排序依据的数字名称
            order: 最高还是最低
            limit: 返回几个项目（1 到 50）
            fund_kind: 资金来源行，默认年度资金总额
            department: 只看这个部门（可选）
            year: 只看这个年度（可选）
        """
        descending, limit = order == "最高", max(1, min(limit, MAX_LIMIT))
        rows = ops.rank(self._scope(department, year), _metric_ref(metric, fund_kind), descending, limit)
        answer = self._composed("ranking", compose.ranking_answer, rows, descending, limit)
        ranked = [{"rank": place, **row} for place, row in enumerate(_figure_rows(rows), 1)]  # 第2名 is then a returned number
        return _result("rank_projects", ranked, answer, [])

    def filter_projects(self, metric: MetricLabel, op: Comparison, value: float | None = None,
                        against: MetricLabel | None = None, fund_kind: FundKind = TOTAL_FUND,
                        department: str | None = None, year: int | None = None) -> tuple[str, ToolResult]:
        """筛选满足条件的项目：“数字 比较符 数值”（如 执行率 < 95），或“数字 比较符 另一数字”（如 年初预算数 != 全年预算数）。

        Args:
            metric: 要比较的数字名称
            op: 比较符
            value: 与之比较的数值（执行率用百分数，如 95 表示 95%；金额单位万元）
            against: 与之比较的另一个数字名称（代替 value）
            fund_kind: 资金来源行，默认年度资金总额
            department: 只看这个部门（可选）
            year: 只看这个年度（可选）
        """
        if (value is None) == (against is None):
            raise BadToolArguments("value 和 against 必须且只能给一个")
        other = _metric_ref(against, fund_kind) if against else None
        condition = Condition(_metric_ref(metric, fund_kind), op, value, other)
        matched = ops.filter_projects(self._scope(department, year), [condition])
        answer = self._composed("filter", compose.filter_answer, matched, "")
        return _result("filter_projects", _figure_rows([row for group in matched for row in group]), answer, [])

    def aggregate_projects(self, how: Aggregation, metric: MetricLabel | None = None, fund_kind: FundKind = TOTAL_FUND,
                           projects: list[str] | None = None, department: str | None = None, year: int | None = None
                           ) -> tuple[str, ToolResult]:
        """汇总多个项目：合计、平均、计数，或整体执行率（Σ全年执行数 / Σ全年预算数 × 100，不是执行率的平均）。返回结果、公式和参与计算的各项。

        Args:
            how: 汇总方式
            metric: 合计或平均的数字名称（计数和整体执行率不需要）
            fund_kind: 资金来源行，默认年度资金总额
            projects: 只汇总这些项目（id 或名称关键词）；不填则汇总全部项目
            department: 只看这个部门（可选）
            year: 只看这个年度（可选）
        """
        if metric is None and how in ("合计", "平均"):
            raise BadToolArguments(f"{how}需要指定 metric")
        entries, unresolved = self._resolve(projects, self._scope(department, year))
        ref = _metric_ref(metric, fund_kind) if metric else None
        total, terms = ops.aggregate(entries, _AGGREGATIONS[how], ref)
        if how == "计数":
            answer = self._composed("aggregate", compose.count_answer, total, entries, "")
        else:
            answer = self._composed("aggregate", compose.aggregate_answer, total, terms, "")
        return _result("aggregate_projects", _figure_rows([total, *terms]), answer, unresolved)

    def find_indicators(self, projects: list[str] | None = None, keywords: list[str] | None = None,
                        status: IndicatorStatus | None = None) -> tuple[str, ToolResult]:
        """查找绩效指标行（三级指标）：年度指标值、实际完成值、分值、得分、偏差原因；可按名称关键词和状态筛选。

        Args:
            projects: 项目 id 或名称关键词的列表；不填则查全部项目
            keywords: 指标名称中的关键词，如“满意度”“培训次数”
            status: 只要这种状态的指标：超额完成、未达标、扣分、满意度或误录（指标值录入有误）
        """
        entries, unresolved = self._resolve(projects, self._scope())
        code = _STATUSES[status] if status else None
        rows = ops.find_indicators(entries, keywords or (), code)
        answer = self._composed("indicator", compose.indicators_answer, rows, code)
        payload = [{**_entry_json(r.entry), **_indicator_json(r), "source": _citation_json(r.citation)} for r in rows]
        return _result("find_indicators", payload, answer, unresolved)

    def get_project_texts(self, projects: list[str], field: TextField) -> tuple[str, ToolResult]:
        """读取指定项目的原文：年度目标、实际完成情况、绩效指标行或偏差原因。

        Args:
            projects: 项目 id 或名称关键词的列表
            field: 要读取的内容
        """
        entries, unresolved = self._resolve(projects, self._scope())
        rows = ops.project_passages(entries, [_TEXT_FIELDS[field]])
        answer = self._composed("text", compose.passages_answer, rows, field)
        return _result("get_project_texts", _passage_rows(rows), answer, unresolved)

    def search_passages(self, query: str, projects: list[str] | None = None) -> tuple[str, ToolResult]:
        """检索目标、完成情况、指标和偏差原因中涉及某个主题的原文段落（每个项目最多 3 段），用于“哪些项目涉及某主题”一类问题。

        Args:
            query: 主题词，如“长三角”“碳排放交易”
            projects: 只在这些项目中检索（id 或名称关键词）；不填则检索全部项目
        """
        entries, unresolved = self._resolve(projects, self._scope())
        rows = ops.passages_about(self._passages, query, entries)
        answer = self._composed("topic", compose.topic_answer, rows, query)
        return _result("search_passages", _passage_rows(rows), answer, unresolved)

    def get_findings(self, projects: list[str] | None = None) -> tuple[str, ToolResult]:
        """列出数据核对发现的问题：得分加总与总分不符、执行率与金额不符、原文缺失后按规则补全的数值等。

        Args:
            projects: 项目 id 或名称关键词的列表；不填则查全部项目
        """
        entries, unresolved = self._resolve(projects, self._scope())
        rows = ops.findings(entries)
        answer = self._composed("findings", compose.findings_answer, rows)
        payload = [{**_entry_json(r.entry), "kind": r.kind, "message": r.message, "source": _citation_json(r.citation)}
                   for r in rows]
        return _result("get_findings", payload, answer, unresolved)

    def _composed(self, intent: str, composer: Callable[..., Answer], *rows: Any) -> Answer:
        """The rule answer ``composer`` makes of ``rows``: its projects, figures and citations go into the ToolResult."""
        catalog = self._catalog()
        plan = of_kind(Plan(Scope(tuple(d.file_name for d in catalog.documents))), intent)
        return replace(composer(compose.AnswerBuilder("", plan, catalog), *rows), intent=intent)

    def _scope(self, department: str | None = None, year: int | None = None) -> list[ProjectEntry]:
        """The stored projects, of one department and/or year when given (department matched as a substring)."""
        return [e for e in self._catalog().entries
                if (not department or department in (e.document.department or ""))
                and (not year or e.document.year == year)]

    def _resolve(self, references: Sequence[str] | None, scope: list[ProjectEntry]
                 ) -> tuple[list[ProjectEntry], list[str]]:
        """The projects ``references`` name (all of ``scope`` when None or empty), and the references that name none."""
        if not references:
            return scope, []
        by_id = {_project_id(e): e for e in scope}
        found: list[ProjectEntry] = []
        unresolved: list[str] = []
        for reference in references:
            named = [by_id[reference]] if reference in by_id else _by_name(reference, scope)
            found.extend(e for e in named if e not in found)
            if not named:
                unresolved.append(_unresolved_note(reference, scope))
        return found, unresolved


def _by_name(reference: str, scope: list[ProjectEntry]) -> list[ProjectEntry]:
    """The projects a name or keyword names, as the rule planner resolves them; an ambiguous one names none.

    A garbled or missing name is found, as the planner finds it, by words of the table (督察, 法规).
    """
    reference = f"第{reference}个项目" if reference.strip().isdigit() else reference
    resolver = ProjectResolver()
    keys = resolver.resolve(reference, scope).projects or resolver.resolve_by_table_words(reference, scope).projects
    return [e for e in scope if e.key in keys]


def _unresolved_note(reference: str, scope: list[ProjectEntry]) -> str:
    """Why a reference names no project, with the closest names to try instead."""
    close = "、".join(f"{e.name}（{_project_id(e)}）" for e in suggest_names(reference, scope))
    return f"“{reference}”没有对应到唯一的项目" + (f"，相近的有：{close}" if close else "，可用 find_projects（不填关键词）列出全部项目")


def _metric_ref(label: str, fund_kind: str) -> MetricRef:
    """The operation's metric reference for a label the model chose."""
    return MetricRef(_METRICS_BY_LABEL[label], fund_kind)


def _project_id(entry: ProjectEntry) -> str:
    """The id a tool shows for a project: its document and seq (names can be missing or repeated)."""
    return f"{entry.document.file_name}#{entry.project.seq}"


def _project_json(entry: ProjectEntry) -> dict[str, Any]:
    """A project as ``find_projects`` lists it."""
    doc = entry.document
    return {"id": _project_id(entry), "seq": entry.project.seq, "name": entry.name, "document": doc.file_name,
            "department": doc.department, "year": doc.year}


def _entry_json(entry: ProjectEntry | None) -> dict[str, Any]:
    """The project a row belongs to, as the first fields of the row (None for an aggregate)."""
    if entry is None:
        return {"project_id": None, "project": None}
    return {"project_id": _project_id(entry), "project": entry.name}


def _citation_json(citation: Citation | None) -> dict[str, Any] | None:
    """Where a row was read, as the model sees it (the same text the answer cites)."""
    if citation is None:
        return None
    return {"document": citation.document, "page": citation.page, "line": citation.line, "text": citation.text}


def _indicator_json(row: ops.IndicatorRow) -> dict[str, Any]:
    """The fields of an indicator row, as the table prints them."""
    ind = row.indicator
    return {"level1": ind.level1, "level2": ind.level2, "name": ind.name, "target": ind.target_text,
            "actual": ind.actual_text, "weight": ind.weight, "score": ind.score, "lost": ind.lost,
            "status": row.status, "reason": ind.reason}


def _figure_rows(rows: Sequence[ops.FigureRow]) -> list[dict[str, Any]]:
    """Figure rows as the model reads them: project, label, value, unit, formula and source."""
    return [{**_entry_json(r.entry), "label": r.label or r.ref.label, "value": r.value, "unit": r.ref.metric.unit,
             "formula": r.formula, "source": _citation_json(r.citation)} for r in rows]


def _passage_rows(rows: Sequence[ops.PassageRow]) -> list[dict[str, Any]]:
    """Quoted passages as the model reads them."""
    return [{**_entry_json(r.entry), "field": r.field, "text": r.text, "source": _citation_json(r.citation)}
            for r in rows]


def _computed_figures(answer: Answer, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Figures the composer derived that no row states (合计扣分 0.14 = 0.04 + 0.10), so the model need not add up."""
    stated = numbers_in_results(rows)
    return [{"label": f.label, "value": f.value, "unit": f.unit, "formula": f.formula}
            for f in answer.figures if f.formula and canonical(f.value) not in stated]


def _result(name: str, rows: list[dict[str, Any]], answer: Answer, unresolved: list[str]) -> tuple[str, ToolResult]:
    """The (content, artifact) pair of a tool: the JSON text the model reads, and the ToolResult code answers from."""
    payload: dict[str, Any] = {"count": len(rows), "project_count": len(answer.projects), "rows": rows}
    computed = _computed_figures(answer, rows)
    if computed:
        payload["computed"] = computed
    if unresolved:
        payload["unresolved"] = unresolved
    result = ToolResult(name, answer.intent, payload, answer.found, tuple(answer.projects), tuple(answer.figures),
                        tuple(answer.citations))
    return json.dumps(payload, ensure_ascii=False), result
