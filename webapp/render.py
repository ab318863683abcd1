"""Turn contract dicts and stored documents into what the page shows: chat messages, tables, chart data.

Pure functions over plain data, so what a finance officer sees is tested
without a browser. Every figure shown comes from the contract object as the
engine returned it; nothing here computes a figure, it only lays them out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from assistant.metrics import format_value
from ingest.records import Document, SourceRef
from webapp.service import FileResult

SOURCE_HEADERS = ["文档", "页/行", "项目", "字段", "内容"]
FINDING_HEADERS = ["文档", "项目", "类型", "说明", "页/行"]

FIELD_WORDS = {
    "name": "项目名称",
    "funds": "项目资金",
    "indicator": "绩效指标",
    "reason": "偏差原因",
    "goal": "预期目标",
    "result": "实际完成情况",
    "total": "总分",
    "grade": "评分等级",
    "finding": "核对发现",
}
"""Chinese names of the contract's citation fields; an unknown field is shown as it is."""

FINDING_WORDS = {
    "rate_mismatch": "执行率不符",
    "funds_missing": "资金数据缺失",
    "funds_score_mismatch": "资金得分不符",
    "indicator_missing": "指标数据缺失",
    "score_above_weight": "得分超过分值",
    "operator_contradiction": "目标运算符存疑",
    "total_unverifiable": "总分无法核对",
    "total_mismatch": "总分不符",
    "weight_mismatch": "分值合计不符",
    "grade_mismatch": "评分等级不符",
    "restored": "原文缺失已补全",
}
"""Chinese names of ``Finding.kind`` (ingest/validation.py); an unknown kind is shown as it is."""

_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s")

CHART_X, CHART_Y = "项目", "数值"
"""The chart frame's columns: one bar per project, its height the figure's value."""

CHART_NAME_CHARS = 12
"""Project names on the chart's axis are cut to this many characters (the full name is in the answer)."""

ProjectNames = Mapping[tuple[str, int], str]
"""(document, seq) → project name."""


@dataclass(frozen=True)
class ChartData:
    """A bar chart of one figure over several projects, in the answer's order."""

    frame: pd.DataFrame
    title: str
    value_title: str
    order: list[str]


SOURCES_HEADING = "\n\n来源："
"""Where the engine's answer text starts listing its sources; the page shows them as a table instead."""


def inert(text: str) -> str:
    """Text from a report or a user, made inert for the chat's Markdown: HTML tags shown as text (&lt;img&gt;), and
    Markdown link/image brackets escaped, so nothing a report or a question holds can load a URL or become a
    live element; URLs and domains are broken with a zero-width space so they are not auto-linked. The answers' own
    Markdown (**bold**, lists) uses none of these."""
    escaped = html.escape(text, quote=False).replace("[", "\\[").replace("]", "\\]")
    return _LINKABLE_RE.sub(lambda m: m.group(0)[0] + _NO_LINK + m.group(0)[1:], escaped)


_NO_LINK = "\u200b"
"""A zero-width space: put inside a URL's ``://`` or a domain's dot, the chat's Markdown no longer makes it a link."""
_LINKABLE_RE = re.compile(r":(?=//)|(?<=www)\.|(?<=[A-Za-z0-9])\.(?=(?:com|cn|net|org|gov|edu|io|info|top|xyz)\b)",
                          re.IGNORECASE)
"""What Markdown would turn into a link: a scheme's ``://``, ``www.``, a dot before a common top-level domain (a file
name such as 000.txt is left alone)."""


def answer_messages(answer: Mapping) -> list[dict]:
    """The assistant's chat messages: the answer, then a folded "计算过程" listing derived figures' formulas.

    The answer's own source list is left out of the chat because the sources
    table under it shows the same citations, with document, 页/行 and field.
    """
    text = answer["answer"].partition(SOURCES_HEADING)[0] if answer.get("citations") else answer["answer"]
    text = inert(text)
    if answer.get("understood") and answer.get("found"):
        text = text.rstrip() + f"\n\n*（理解为：{inert(answer['understood'])}）*"
    messages = [{"role": "assistant", "content": separate_blocks(text)}]
    formulas = [f for f in answer.get("figures", []) if f.get("formula")]
    if formulas:
        lines = [inert(f"- {f['label']}：{format_value(f['value'], f['unit'])} = {f['formula']}") for f in formulas]
        messages.append(
            {
                "role": "assistant",
                "content": "\n".join(lines),
                "metadata": {"title": f"计算过程（{len(formulas)} 项）", "status": "done"},
            }
        )
    return messages


def separate_blocks(text: str) -> str:
    """Put a blank line between a list and an unindented line right after it.

    The engine writes a project heading on the line after the previous
    project's list; markdown would fold that heading into the last list item.
    Indented lines stay: they continue their item on purpose.
    """
    lines: list[str] = []
    in_list = False
    for line in text.split("\n"):
        item = _LIST_ITEM.match(line) is not None
        starts_block = bool(line) and not line[0].isspace() and not item
        if in_list and starts_block:
            lines.append("")
        in_list = item or (in_list and bool(line.strip()) and not starts_block)
        lines.append(line)
    return "\n".join(lines)


def project_names(documents: Iterable[Document]) -> dict[tuple[str, int], str]:
    """Every stored project's name by (document, seq), for naming cited rows."""
    return {(doc.file_name, p.seq): p.name for doc in documents for p in doc.projects}


def source_rows(answer: Mapping, names: ProjectNames | None = None) -> list[list[str]]:
    """The sources table: one row per citation (文档, 页/行, 项目, 字段, 内容)."""
    known = {**(names or {}), **_answer_names(answer)}
    return [
        [
            c["document"],
            location_text(c.get("page"), c.get("line")),
            _project_text(c["document"], c.get("project_seq"), known),
            FIELD_WORDS.get(c["field"], c["field"]),
            c["text"],
        ]
        for c in answer.get("citations", [])
    ]


def _answer_names(answer: Mapping) -> dict[tuple[str, int], str]:
    """The names of the projects the answer lists, by (document, seq)."""
    return {(p["document"], p["seq"]): p["name"] for p in answer.get("projects", [])}


def location_text(page: int | None, line: int | None) -> str:
    """Where a row is: 第3页 (PDF), 第14行 (text), both when both are known."""
    return "".join(part for part in (page and f"第{page}页", line and f"第{line}行") if part) or "—"


def _project_text(document: str, seq: int | None, names: ProjectNames) -> str:
    """"7. 项目名称" for a cited project; blank when the citation is not about one project."""
    if seq is None:
        return ""
    return f"{seq}. {names.get((document, seq), f'第{seq}个项目')}"


def chart_data(answer: Mapping) -> ChartData | None:
    """Bars for an answer that lists or ranks projects by one figure; None when there is no such figure.

    The figure charted is the first label that gives each of two or more
    projects exactly one value (a per-indicator figure such as 扣分, which a
    project can have several of, is not a per-project ranking).
    """
    if not answer.get("found"):
        return None
    names = _answer_names(answer)
    for label in dict.fromkeys(f["label"] for f in answer.get("figures", [])):
        figures = [f for f in answer["figures"] if f["label"] == label and f.get("project_seq") is not None]
        keys = [_figure_project(f, names) for f in figures]
        if len(keys) >= 2 and len(set(keys)) == len(keys):
            return _chart(label, figures, keys, names)
    return None


def _figure_project(figure: Mapping, names: ProjectNames) -> tuple[str, int]:
    """The (document, seq) a figure belongs to; the answer's only document when the figure names none."""
    documents = {doc for doc, _ in names}
    document = figure.get("document") or (next(iter(documents)) if len(documents) == 1 else "")
    return document, figure["project_seq"]


def _chart(label: str, figures: list[Mapping], keys: list[tuple[str, int]], names: ProjectNames) -> ChartData:
    """The chart's frame: one bar per project, labelled "seq. short name", valued in the figure's unit."""
    bars = [_bar_label(seq, names.get((doc, seq), "")) for doc, seq in keys]
    unit = figures[0]["unit"]
    frame = pd.DataFrame({CHART_X: bars, CHART_Y: [float(f["value"]) for f in figures]})
    return ChartData(frame, title=label, value_title=f"{label}（{unit}）" if unit else label, order=bars)


def _bar_label(seq: int, name: str) -> str:
    """A short axis label that stays unique: the seq, then the name cut to CHART_NAME_CHARS."""
    short = name if len(name) <= CHART_NAME_CHARS else name[:CHART_NAME_CHARS] + "…"
    return f"{seq}. {short}"


def finding_rows(documents: Iterable[Document]) -> list[list[str]]:
    """The findings table: every reconciliation finding, project by project."""
    return [
        [
            doc.file_name,
            f"{project.seq}. {project.name}",
            FINDING_WORDS.get(finding.kind, finding.kind),
            finding.message,
            _source_text(finding.source),
        ]
        for doc in documents
        for project in doc.projects
        for finding in project.findings
    ]


def _source_text(source: SourceRef | None) -> str:
    """页/行 of a finding's source, when it has one."""
    return location_text(source.page, source.line) if source else "—"


def store_summary(documents: list[Document]) -> str:
    """One line saying what the store holds, for the page header."""
    if not documents:
        return "库中还没有文档：请在“文档”页上传自评表。"
    projects = sum(len(doc.projects) for doc in documents)
    departments = "、".join(dict.fromkeys(doc.department or "部门未知" for doc in documents))
    return f"库中共 {len(documents)} 份文档、{projects} 个项目（{departments}）。"


def ingest_summary_lines(results: list[FileResult]) -> list[str]:
    """Per file what happened, in the CLI's words, then the totals."""
    lines = []
    for result in results:
        lines.extend(_result_lines(result))
    failed = sum(1 for r in results if r.error)
    lines.append(f"完成：成功 {len(results) - failed} 个文件，失败 {failed} 个。")
    return lines


def _result_lines(result: FileResult) -> list[str]:
    """One file's line (✓ or ✗) and its warnings."""
    if result.error:
        return [f"✗ 导入失败：{result.error}（库未改动）"]
    o = result.outcome
    return [f"✓ {o.file_name} {o.summary()}", *(f"警告：{w}" for w in o.warnings)]


def ingest_summary_markdown(results: list[FileResult]) -> str:
    """The documents panel's summary of an upload, as a markdown list."""
    return "\n".join(f"- {inert(line)}" for line in ingest_summary_lines(results))

