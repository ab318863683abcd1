"""Turn contract dicts and stored documents into what the page shows: chat messages, documents and findings tables.

The sources panel is ``webapp.sources``, the chart ``webapp.chart``.

Pure functions over plain data, so what a finance officer sees is tested
without a browser. Every figure shown comes from the contract object as the
engine returned it; nothing here computes a figure, it only lays them out.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Mapping

from assistant.compose import markers
from assistant.metrics import format_value
from ingest.records import Document, SourceRef
from webapp.service import FileResult

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
    """The assistant's chat messages: the answer, then a folded "计算过程" listing derived figures' formulas, each
    with its operands' source markers.

    The answer's own source list is left out of the chat because the sources
    table under it shows the same citations, with document, 页/行 and field.
    """
    text = answer["answer"].partition(SOURCES_HEADING)[0] if answer.get("citations") else answer["answer"]
    text = inert(text)
    scope = scope_line(answer)
    if scope:
        text = f"*{inert(scope)}*\n\n{text}"
    if answer.get("understood") and answer.get("found"):
        text = text.rstrip() + f"\n\n*（理解为：{inert(answer['understood'])}）*"
    messages = [{"role": "assistant", "content": separate_blocks(bold_beside_punctuation(text))}]
    formulas = [f for f in answer.get("figures", []) if f.get("formula")]
    if formulas:
        lines = [
            inert(f"- {f['label']}：{format_value(f['value'], f['unit'])} = {f['formula']}{markers(f.get('sources') or ())}")
            for f in formulas
        ]
        messages.append(
            {
                "role": "assistant",
                "content": "\n".join(lines),
                "metadata": {"title": f"计算过程（{len(formulas)} 项）", "status": "done"},
            }
        )
    return messages


def scope_line(answer: Mapping) -> str:
    """The line that states an answer's scope above it when its headline does not: the one report it covers
    (范围：上海市生态环境局 2024年度). With several reports stored the headline says it itself
    (``assistant.compose.scope_lead``); an answer over several reports, or not found, gets none here."""
    scope = answer.get("scope") or {}
    departments, years = scope.get("departments") or [], scope.get("years") or []
    if not answer.get("found") or len(departments) != 1 or len(years) != 1:
        return ""
    if departments[0] in answer["answer"].split("\n", 1)[0]:
        return ""
    return f"范围：{departments[0]} {years[0]}年度"


_BOLD_RE = re.compile(r"\*\*([^*\n]+?)\*\*")
_HAIR_SPACE = "\u200a"
"""A space a hair wide: Markdown counts it as whitespace, a reader hardly sees it."""


def bold_beside_punctuation(text: str) -> str:
    """``**…**`` that Markdown would leave as stars: a bold name ending in punctuation right before a character
    (**第11个项目（名称缺失）**共扣) does not close, nor one starting with punctuation right after one (是**（…**), by
    the emphasis rules written for spaced languages; a hair space on that side lets them close and open."""
    def spaced(match: re.Match) -> str:
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        inner = match.group(1)
        lead = _HAIR_SPACE if _punctuation(inner[0]) and not (before.isspace() or _punctuation(before)) else ""
        tail = _HAIR_SPACE if _punctuation(inner[-1]) and not (after.isspace() or _punctuation(after)) else ""
        return f"{lead}{match.group(0)}{tail}"

    return _BOLD_RE.sub(spaced, text)


def _punctuation(char: str) -> bool:
    """Whether Markdown's emphasis rules count ``char`` as punctuation (Unicode P* and S* categories)."""
    return unicodedata.category(char)[0] in "PS"


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


def location_text(page: int | None, line: int | None) -> str:
    """Where a row is: 第3页 (PDF), 第14行 (text), both when both are known."""
    return "".join(part for part in (page and f"第{page}页", line and f"第{line}行") if part) or "—"


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

