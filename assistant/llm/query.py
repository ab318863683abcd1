"""The LLM's structured query: the model writes what is asked as JSON (``Query``), code validates it and turns it
into the same ``plan.Plan`` the rule planner builds, so execution, wording and the number check are the rules'.

The model never supplies a figure: it only says which projects, which figures, which conditions. Every name it
writes must resolve in the store (a project by the rule resolver, a department by its stored name or a short form,
a figure by its key); anything that does not is a ``QueryError`` whose Chinese message says what, and the router
falls back. A question the model judges unanswerable (``answerable: false``) gets a not-found plan with its reason.
"""

from __future__ import annotations

import json
import re
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from assistant.metrics import METRICS, metric
from assistant.plan import Condition, MetricRef, Plan, ProjectKey
from assistant.planner import Planner

ASKS = ("figure", "compare", "ranking", "filter", "count", "sum", "mean", "overall_rate", "lost_points",
        "indicator", "goal", "result")
"""What a query may ask: a figure of named projects, a comparison, a ranking, the projects meeting conditions, an
aggregate over them, the rows that lost points, an indicator by name, a goal or result text."""
METRIC_KEYS = tuple(m.key for m in METRICS if m.numeric)


class QueryError(ValueError):
    """A query that does not resolve in the store; the message says what, in Chinese."""


class QueryCondition(BaseModel):
    """``metric op value``: 执行率 < 90 is {"metric": "rate", "op": "<", "value": 90}."""

    metric: str
    op: Literal["<", "<=", ">", ">=", "=", "!="]
    value: float


class Query(BaseModel):
    """What a question asks, as the model reads it; see prompts/system_query.md for each field."""

    answerable: bool = True
    reason: str | None = None
    ask: Literal[ASKS] = "figure"  # type: ignore[valid-type]
    department: str | None = None
    year: int | None = None
    projects: list[str] = Field(default_factory=list)
    metrics: list[str] = Field(default_factory=list)
    conditions: list[QueryCondition] = Field(default_factory=list)
    order: Literal["asc", "desc"] | None = None
    limit: int | None = Field(default=None, ge=1, le=50)
    exclude: list[str] = Field(default_factory=list)
    group_by: Literal["department", "year"] | None = None
    indicator: str | None = None


_JSON_RE = re.compile(r"\{.*\}", re.DOTALL)
_AGGREGATES = {"count", "sum", "mean", "overall_rate"}
_NEEDS_PROJECTS = {"figure", "compare", "goal", "result"}
_NEEDS_METRIC = {"ranking", "sum", "mean"}


def parse_query(reply: str) -> Query:
    """The query in a model's reply (the first JSON object, fenced or not); QueryError when there is none valid."""
    match = _JSON_RE.search(reply or "")
    if match is None:
        raise QueryError("大模型没有返回查询")
    try:
        return Query.model_validate(json.loads(match.group(0)))
    except (json.JSONDecodeError, ValidationError) as err:
        raise QueryError("大模型返回的查询格式不对") from err


def query_plan(query: Query, planner: Planner) -> Plan:
    """The plan ``query`` asks for, every name resolved in the store; QueryError when one does not resolve."""
    scope_words = (query.department or "") + (f"{query.year}年" if query.year else "")
    scope, _, missing = planner.scope_of(scope_words)
    if missing:
        return Plan(scope, reply="not_found", message=missing)
    if not query.answerable:
        return Plan(scope, reply="not_found", message=query.reason or "自评表中没有这项内容。")
    projects = tuple(key for name in query.projects for key in _project(name, planner))
    metrics = tuple(_metric(key) for key in query.metrics)
    conditions = tuple(Condition(_metric(c.metric), c.op, c.value) for c in query.conditions)
    if query.ask in _NEEDS_PROJECTS and not projects:
        raise QueryError("查询没有指明项目")
    if query.ask in _NEEDS_METRIC and not metrics:
        raise QueryError("查询没有指明指标数值")
    excluded = tuple(key for name in query.exclude for key in _project(name, planner))
    base = Plan(scope, measure="figures", projects=projects, metrics=metrics, conditions=conditions, excluded=excluded,
                group_by=query.group_by)
    return _shaped(query, base)


def _shaped(query: Query, base: Plan) -> Plan:
    """``base`` given the shape of what the query asks."""
    ask = query.ask
    if ask in _AGGREGATES:
        return Plan(base.scope, projects=base.projects, metrics=base.metrics[:1],
                    conditions=base.conditions, aggregate=ask, excluded=base.excluded, group_by=base.group_by,
                    rank_groups=query.order if base.group_by else None)  # 哪个局…最低: the extreme group
    shapes = {
        "figure": dict(measure="figures"),
        "compare": dict(measure="difference"),
        "ranking": dict(order=query.order or "desc", limit=query.limit or 1),
        "filter": dict(),
        "lost_points": dict(rows="lost", metrics=()),
        "indicator": dict(rows="indicators", metrics=(), indicator_terms=(query.indicator or "",)),
        "goal": dict(rows="text", text_field="goal", metrics=()),
        "result": dict(rows="text", text_field="result", metrics=()),
    }
    fields = {**base.__dict__, **shapes[ask]}
    return Plan(**fields)


def _project(name: str, planner: Planner) -> tuple[ProjectKey, ...]:
    """The stored projects ``name`` names (one name; the same project in several years counts as one)."""
    keys = planner.named_alone(name)
    if not keys:
        raise QueryError(f"库中没有名为“{name}”的项目")
    return keys


def _metric(key: str) -> MetricRef:
    """The figure of ``key`` (one of METRIC_KEYS)."""
    if key not in METRIC_KEYS:
        raise QueryError(f"没有名为“{key}”的数值")
    return MetricRef(metric(key))
