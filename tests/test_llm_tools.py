"""Every LLM tool on the real sample: the rows it shows the model, and the contract objects it hands the answer.

The tools wrap the rule assistant's operations and composer, which change as
the rules grow; one call per tool keeps each wrapper honest about their
signatures, and checks what the model is shown (JSON only) and what the answer
gets (the rule composer's figures and citations).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from langchain_core.tools import BaseTool

from assistant.catalog import Catalog
from assistant.llm.results import ToolResult
from assistant.llm.tools import OperationTools
from ingest.store import Store

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "000_714f557b0e494d5f.txt"
DOC = SAMPLE.name


@pytest.fixture(scope="module")
def tools(tmp_path_factory: pytest.TempPathFactory) -> dict[str, BaseTool]:
    store = Store(tmp_path_factory.mktemp("llm-tools"))
    store.ingest(SAMPLE)
    return {t.name: t for t in OperationTools(lambda: Catalog(store.documents()), store.passages).tools()}


def run(tools: dict[str, BaseTool], name: str, **args: Any) -> ToolResult:
    """Call a tool as the loop does; its content must be the JSON of the payload."""
    message = tools[name].invoke({"name": name, "args": args, "id": "call-1", "type": "tool_call"})
    assert json.loads(message.content) == message.artifact.payload
    return message.artifact


def seqs(result: ToolResult) -> list[int]:
    return [p.seq for p in result.projects]


def test_every_operation_is_a_tool_with_a_chinese_description(tools: dict[str, BaseTool]) -> None:
    assert len(tools) == 10
    for tool in tools.values():
        assert any("\u4e00" <= ch <= "\u9fff" for ch in tool.description)
        assert all(field.get("description") for field in tool.tool_call_schema.model_json_schema()["properties"].values())


def test_find_projects(tools: dict[str, BaseTool]) -> None:
    assert seqs(run(tools, "find_projects", keyword="核辐射")) == [14]
    assert seqs(run(tools, "find_projects", keyword="法规")) == [11]  # the nameless table, by its indicator words
    assert len(run(tools, "find_projects").payload["rows"]) == 18
    missing = run(tools, "find_projects", keyword="交通运输")
    assert (missing.payload["rows"], missing.found) == ([], False) and missing.payload["unresolved"]
    assert run(tools, "find_projects", keyword="海洋").lookup


def test_get_figures(tools: dict[str, BaseTool]) -> None:
    result = run(tools, "get_figures", projects=["大气"], metrics=["全年预算数", "评分等级"])
    assert [(f.label, f.value, f.project_seq) for f in result.figures] == [("全年预算数", 639.56, 8)]
    assert [row["value"] for row in result.payload["rows"]] == [639.56, "优"]
    assert result.citations and result.intent == "project_figure"


def test_get_lost_points_shows_the_composers_totals(tools: dict[str, BaseTool]) -> None:
    result = run(tools, "get_lost_points", projects=[f"{DOC}#9"])
    assert [row["lost"] for row in result.payload["rows"]] == [0.04, 0.1]
    assert [c["value"] for c in result.payload["computed"]] == [0.14]
    assert seqs(result) == [9] and len(result.citations) == 2


def test_rank_projects(tools: dict[str, BaseTool]) -> None:
    result = run(tools, "rank_projects", metric="执行率", order="最低", limit=3)
    assert seqs(result) == [7, 12, 10]
    assert [row["rank"] for row in result.payload["rows"]] == [1, 2, 3]
    assert result.figures[0].value == 63.23


def test_filter_projects(tools: dict[str, BaseTool]) -> None:
    result = run(tools, "filter_projects", metric="执行率", op="<", value=70)
    assert seqs(result) == [7, 12]
    assert run(tools, "filter_projects", metric="年初预算数", op="!=", against="全年预算数").found


def test_aggregate_projects(tools: dict[str, BaseTool]) -> None:
    overall = run(tools, "aggregate_projects", how="整体执行率")
    assert overall.figures[0].formula and overall.payload["rows"][0]["value"] == overall.figures[0].value
    count = run(tools, "aggregate_projects", how="计数")
    assert count.payload["rows"][0]["value"] == 18


def test_find_indicators(tools: dict[str, BaseTool]) -> None:
    result = run(tools, "find_indicators", projects=["海洋"], keywords=["满意度"])
    assert result.found and all(row["project_id"] == f"{DOC}#4" for row in result.payload["rows"])
    assert run(tools, "find_indicators", status="误录").found


def test_project_texts_and_passages(tools: dict[str, BaseTool]) -> None:
    goal = run(tools, "get_project_texts", projects=["党建"], field="年度目标")
    assert goal.found and {c.field for c in goal.citations} == {"goal"}
    topic = run(tools, "search_passages", query="长三角")
    assert topic.found and all("长三角" in row["text"] for row in topic.payload["rows"])


def test_get_findings(tools: dict[str, BaseTool]) -> None:
    result = run(tools, "get_findings")
    assert result.payload["rows"] and all(row["message"] for row in result.payload["rows"])
