"""The LLM path: a tool-calling loop over the rule assistant's operations, and the check of what it wrote.

The model may choose operations and phrase the answer; it never supplies a
figure. So the loop keeps every tool result, the final text is shown only when
each number in it is one a tool returned (``numbers.unsupported_numbers``), and
the answer's projects, figures and citations are built by code from the tool
results. Anything else — a timeout, a refused connection, a rate limit, an
unknown tool, arguments that fail validation, a loop that does not end, a number
from nowhere — is an ``LlmFailure`` whose short Chinese ``note`` the router
shows above the rule answer.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolCall, ToolMessage
from langchain_core.tools import BaseTool
from pydantic import ValidationError

from assistant.compose import AnswerBuilder, markers
from assistant.contract import Answer, Figure
from assistant.llm.config import DEFAULT_MAX_STEPS, DEFAULT_TIMEOUT
from assistant.llm.numbers import canonical, numbers_in_text, unsupported_numbers
from assistant.llm.prompts import load_prompt
from assistant.llm.results import BadToolArguments, ToolResult

log = logging.getLogger(__name__)

SYSTEM_PROMPT = "system_tools"
CONTENTS_PLACEHOLDER = "{contents}"
TIMEOUT_NOTE = "大模型响应超时"
_STATUS_NOTES: dict[int, str] = {
    401: "大模型服务拒绝访问（请检查 JIXIAO_LLM_API_KEY）",
    403: "大模型服务拒绝访问（请检查 JIXIAO_LLM_API_KEY）",
    404: "大模型服务找不到所配置的模型（请检查 JIXIAO_LLM_MODEL）",
    429: "大模型服务限流",
}
"""HTTP status of a provider's error → note; openai's and ollama's errors both carry ``status_code``."""
_FAILURE_NOTES: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"TimeoutError", "TimeoutException", "APITimeoutError"}), TIMEOUT_NOTE),
    (frozenset({"ConnectionError", "ConnectError", "NetworkError", "APIConnectionError"}), "无法连接大模型服务"),
)
"""Exception class names (anywhere in the MRO) → note. Names, not classes, so that
openai, httpx and ollama need not be importable; timeouts come first because
openai's APITimeoutError is also an APIConnectionError."""


class LlmFailure(Exception):
    """The LLM path has no answer that may be shown; ``note`` says why, briefly, in Chinese."""

    def __init__(self, note: str) -> None:
        super().__init__(note)
        self.note = note


@dataclass(frozen=True)
class LlmReply:
    """The model's final text and every tool result it was given, in call order.

    ``given`` holds the other texts code showed the model: the store contents
    and the earlier answers of the conversation (composed by the rules, or LLM
    answers that passed the number check).
    """

    text: str
    results: tuple[ToolResult, ...]
    given: tuple[str, ...] = ()


class ToolLoop:
    """Ask the model, run the tools it calls, feed back ToolMessages, until it answers in text or a limit is reached.

    Limits: ``max_steps`` model calls, and no new call once ``budget`` seconds
    have passed (each call has its own timeout, so a question waits at most
    about budget + one call timeout, not max_steps timeouts).
    """

    def __init__(self, model: BaseChatModel, tools: Sequence[BaseTool], max_steps: int = DEFAULT_MAX_STEPS,
                 budget: float = DEFAULT_TIMEOUT) -> None:
        self._model = model.bind_tools(list(tools))
        self._tools = {t.name: t for t in tools}
        self._max_steps = max_steps
        self._budget = budget

    def run(self, question: str, contents: str, history: Sequence[BaseMessage] = ()) -> LlmReply:
        """The model's answer to ``question`` after the earlier turns ``history``; raises LlmFailure.

        ``contents`` says what the store holds (departments, years, project
        counts), so the model can tell a report we lack from one it must look up.
        """
        prompt = load_prompt(SYSTEM_PROMPT).replace(CONTENTS_PLACEHOLDER, contents)
        messages: list[BaseMessage] = [SystemMessage(prompt), *history, HumanMessage(question)]
        results: list[ToolResult] = []
        deadline = time.monotonic() + self._budget
        for _ in range(self._max_steps):
            if time.monotonic() > deadline:
                raise LlmFailure(TIMEOUT_NOTE)
            reply = self._invoke(messages)
            messages.append(reply)
            if reply.invalid_tool_calls:
                log.warning("unparseable tool calls: %r", reply.invalid_tool_calls)
                raise LlmFailure("大模型的工具调用格式有误")
            if not reply.tool_calls:
                given = (contents, *(m.text for m in history if isinstance(m, AIMessage)))
                return LlmReply(reply.text.strip(), tuple(results), given)  # .text joins any content-block form
            for call in reply.tool_calls:
                result, message = self._call(call)
                results.append(result)
                messages.append(message)
        raise LlmFailure("大模型多次调用工具后仍未给出回答")  # no step count: notes carry no numbers

    def _invoke(self, messages: list[BaseMessage]) -> AIMessage:
        """One model call; any failure of the provider becomes an LlmFailure with a note for the user."""
        try:
            reply = self._model.invoke(messages)
        except Exception as err:  # noqa: BLE001 - every provider failure means "answer by rules", never a crash
            log.warning("LLM call failed: %r", err)
            raise LlmFailure(failure_note(err)) from err
        if not isinstance(reply, AIMessage):
            raise LlmFailure("大模型返回了无法识别的消息")
        return reply

    def _call(self, call: ToolCall) -> tuple[ToolResult, ToolMessage]:
        """Run one tool call; an unknown tool or arguments that fail validation end the loop."""
        tool = self._tools.get(call["name"])
        if tool is None:  # the model's own string is logged, not shown
            log.warning("unknown tool called: %r", call["name"])
            raise LlmFailure("大模型调用了不存在的工具")
        try:
            message = tool.invoke(call)
        except (ValidationError, BadToolArguments) as err:
            raise LlmFailure(f"大模型调用工具 {call['name']} 的参数不合法") from err
        except Exception as err:  # noqa: BLE001 - a tool crash on model-chosen input must not reach the user
            log.warning("tool %s failed on %r", call["name"], call["args"], exc_info=True)
            raise LlmFailure(f"工具 {call['name']} 执行出错") from err
        return message.artifact, message


def failure_note(err: BaseException) -> str:
    """The short Chinese reason for a failed model call: key, model, rate limit, timeout, connection, or a generic one."""
    status = getattr(err, "status_code", None)
    if status in _STATUS_NOTES:
        return _STATUS_NOTES[status]
    names = {cls.__name__ for cls in type(err).__mro__}
    return next((note for kinds, note in _FAILURE_NOTES if kinds & names), "大模型调用出错")


def checked_answer(reply: LlmReply, builder: AnswerBuilder) -> Answer:
    """The contract answer of ``reply``, or LlmFailure when its text states a number no tool returned.

    Numbers in the texts code gave the model (``LlmReply.given``: store contents,
    earlier answers) count as returned. ``builder`` is the rule composer's, set up
    with the question and the rule plan, so sources are listed as in a rule
    answer. Projects, figures and citations come from the evidence: the tool
    results other than project look-ups, or, when the model only looked
    projects up, the looked-up projects its text names. Figures are the
    evidence's figures whose values the text states. The intent is the last
    evidence's, or the rule plan's when no tool was called.
    """
    if not reply.text:
        raise LlmFailure("大模型没有给出回答")
    unsupported = unsupported_numbers(reply.text, [*reply.given, *(r.payload for r in reply.results)])
    if unsupported:
        # The numbers go to the log, not the note: shown to the user, they would be wrong numbers all the same.
        log.warning("LLM answer refused, numbers not returned by any tool: %s", "、".join(dict.fromkeys(unsupported)))
        raise LlmFailure("大模型的回答中有数字不在查询结果里，未采用")
    evidence = [r for r in reply.results if not r.lookup] or [_named_in(r, reply.text) for r in reply.results]
    mentioned = {value for _, value in numbers_in_text(reply.text)}
    for result in evidence:
        builder.projects.extend(p for p in result.projects if p not in builder.projects)
        for figure in (f for f in result.figures if canonical(f.value) in mentioned):
            # a figure's sources number the tool answer's citations: renumbered as this answer cites them
            figure = replace(figure, sources=builder.cite_all(result.citations[n - 1] for n in figure.sources))
            if figure not in builder.figures:
                builder.figures.append(figure)
        builder.cite_all(result.citations)
    builder.say(with_markers(reply.text, builder.figures))
    answer = builder.finish(any(r.found for r in evidence), evidence[-1].intent if evidence else None)
    return replace(answer, mode="llm")


_STATED_FIGURE_RE = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+)(\s*(?:%|个百分点|万元|亿元|元|分(?![之钟])))?")
"""A number in the model's text, with the unit that makes it a figure (a bare integer such as 第1个 is none)."""


def with_markers(text: str, figures: Sequence[Figure]) -> str:
    """The model's text with each figure it states followed by its source markers, as a rule answer writes them
    (contract.py): a number with a unit, or with decimals, whose value is a figure of the answer with sources."""
    sources: dict[Decimal, tuple[int, ...]] = {}
    for figure in figures:
        if figure.sources:
            sources.setdefault(canonical(figure.value), figure.sources)

    def marked(match: re.Match[str]) -> str:
        """The number as written, then its markers when it states a figure."""
        number, unit = match.group(1), match.group(2)
        if unit is None and "." not in number:
            return match.group(0)
        found = sources.get(canonical(number.replace(",", "")))
        return match.group(0) + markers(found) if found else match.group(0)

    return _STATED_FIGURE_RE.sub(marked, text)


def _named_in(result: ToolResult, text: str) -> ToolResult:
    """``result`` narrowed to the projects ``text`` names (a look-up lists many; the answer may pick one), if any."""
    named = [p for p in result.projects if p.name in text]
    if not named:
        return result
    seqs = {(p.document, p.seq) for p in named}
    citations = tuple(c for c in result.citations if (c.document, c.project_seq) in seqs)
    return replace(result, projects=tuple(named), citations=citations)
