"""LLM mode. The tool-calling loop on hand-made projects: scripted fake models, real tools, real provider clients on dead ports.

What must hold: a number reaches the user only if a tool returned it, and
every failure of the model or its tool calls is an LlmFailure with a short
Chinese note, never an exception of its own.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest
from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import AIMessage, BaseMessage, ToolMessage
from langchain_core.outputs import ChatResult

from assistant.catalog import Catalog
from assistant.llm.agent import LlmFailure, ToolLoop, checked_answer, failure_note
from assistant.llm.config import LlmConfig, build_chat_model
from assistant.llm.tools import OperationTools
from ingest.records import Document
from tests.factories import indicator, project


def call(name: str, **args: Any) -> dict[str, Any]:
    """A tool call as a model emits it."""
    return {"name": name, "args": args, "id": f"call-{name}", "type": "tool_call"}


class ScriptedChatModel(FakeMessagesListChatModel):
    """FakeMessagesListChatModel that accepts ``bind_tools`` (the stock fake raises) and can fail like a provider.

    ``seen`` keeps the messages of every call, so a test can check what the
    loop fed back; ``error``, when set, is raised by every call.
    """

    error: Exception | None = None
    seen: list[list[BaseMessage]] = []

    def bind_tools(self, tools: Any, **kwargs: Any) -> ScriptedChatModel:
        """The tools are not needed: the script already says which to call."""
        return self

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        self.seen.append(list(messages))
        if self.error is not None:
            raise self.error
        return super()._generate(messages, stop, run_manager, **kwargs)


@pytest.fixture(scope="module")
def tools() -> list:
    ocean = project([indicator("培训次数", ">4.00(次)", "4.00(次)", 5.0, 4.0, "据实调整培训次数")],
                    name="海洋生态环境保护", seq=1, total=98.9)
    air = project([indicator("满意度", "≥90.00(%)", "95.00(%)", 10.0, 10.0)], name="大气污染防治", seq=2,
                  budget=639.56, executed=600.0, rate=93.81, total=99.0)
    catalog = Catalog([Document("test.txt", "0" * 64, "某市测试局", 2024, "text", None, [ocean, air])])
    return OperationTools(lambda: catalog, passages=None).tools()


def test_answer_keeps_text_and_builds_figures_and_citations_from_tools(tools: list) -> None:
    model = ScriptedChatModel(responses=[
        AIMessage("", tool_calls=[call("get_figures", projects=["大气"], metrics=["全年预算数", "执行率"])]),
        AIMessage("大气污染防治项目全年预算数为 639.56 万元。"),
    ])
    reply = ToolLoop(model, tools).run("大气那个项目预算多少？")
    answer = checked_answer("大气那个项目预算多少？", reply, intent="not_found")
    assert answer.answer == "大气污染防治项目全年预算数为 639.56 万元。"
    assert (answer.mode, answer.intent, answer.found) == ("llm", "project_figure", True)
    assert [(f.label, f.value, f.project_seq) for f in answer.figures] == [("全年预算数", 639.56, 2)]
    assert [p.name for p in answer.projects] == ["大气污染防治"]
    assert answer.citations and all(c.document == "test.txt" and c.line for c in answer.citations)
    fed_back = [m for m in model.seen[-1] if isinstance(m, ToolMessage)]
    assert len(fed_back) == 1 and "639.56" in fed_back[0].content and fed_back[0].tool_call_id == "call-get_figures"


def test_invented_number_is_refused(tools: list) -> None:
    model = ScriptedChatModel(responses=[
        AIMessage("", tool_calls=[call("get_figures", projects=["大气"], metrics=["全年预算数"])]),
        AIMessage("大气污染防治项目全年预算数约为 640 万元，执行率 93.81%。"),
    ])
    reply = ToolLoop(model, tools).run("大气预算多少")
    with pytest.raises(LlmFailure) as failure:
        checked_answer("大气预算多少", reply, intent="not_found")
    assert "640" in failure.value.note
    assert "93.81" in failure.value.note  # a true figure, but no tool of this answer returned it


def test_number_without_any_tool_call_is_refused(tools: list) -> None:
    reply = ToolLoop(ScriptedChatModel(responses=[AIMessage("该项目得分 99.92 分。")]), tools).run("海洋得分")
    with pytest.raises(LlmFailure, match="99.92"):
        checked_answer("海洋得分", reply, intent="not_found")


def test_answer_without_numbers_or_tools_is_kept_as_not_found(tools: list) -> None:
    reply = ToolLoop(ScriptedChatModel(responses=[AIMessage("我只能回答绩效自评表相关的问题。")]), tools).run("今天天气如何")
    answer = checked_answer("今天天气如何", reply, intent="not_found")
    assert (answer.found, answer.intent, answer.figures, answer.citations) == (False, "not_found", [], [])


@pytest.mark.parametrize(("tool_call", "note"), [
    (call("get_figures", projects=["大气"], metrics=["预算多少"]), "参数不合法"),
    (call("get_figures", metrics=["全年预算数"]), "参数不合法"),
    (call("rank_projects", metric="执行率", limit="三个"), "参数不合法"),
    (call("aggregate_projects", how="合计"), "参数不合法"),
    (call("delete_everything"), "不存在的工具"),
])
def test_malformed_tool_calls_fail(tools: list, tool_call: dict, note: str) -> None:
    model = ScriptedChatModel(responses=[AIMessage("", tool_calls=[tool_call]), AIMessage("不会走到这里")])
    with pytest.raises(LlmFailure, match=note):
        ToolLoop(model, tools).run("问题")


def test_unparseable_tool_call_fails(tools: list) -> None:
    broken = AIMessage("", invalid_tool_calls=[{"name": "get_figures", "args": "{projects: [", "id": "x",
                                                 "error": "bad json", "type": "invalid_tool_call"}])
    with pytest.raises(LlmFailure, match="格式有误"):
        ToolLoop(ScriptedChatModel(responses=[broken]), tools).run("问题")


def test_endless_tool_calls_stop_after_max_steps(tools: list) -> None:
    again = AIMessage("", tool_calls=[call("find_projects", keyword="海洋")])
    with pytest.raises(LlmFailure, match="3 步"):
        ToolLoop(ScriptedChatModel(responses=[again]), tools, max_steps=3).run("问题")


REQUEST = httpx.Request("POST", "http://127.0.0.1/v1/chat/completions")


@pytest.mark.parametrize(("error", "note"), [
    (TimeoutError("timed out"), "超时"),
    (httpx.ReadTimeout("timed out", request=REQUEST), "超时"),
    (openai.APITimeoutError(request=REQUEST), "超时"),
    (ConnectionRefusedError("refused"), "无法连接"),
    (httpx.ConnectError("refused", request=REQUEST), "无法连接"),
    (openai.RateLimitError("rate", response=httpx.Response(429, request=REQUEST), body=None), "限流"),
    (RuntimeError("provider exploded"), "调用出错"),
])
def test_provider_failures_become_notes(tools: list, error: Exception, note: str) -> None:
    assert note in failure_note(error)
    with pytest.raises(LlmFailure, match=note):
        ToolLoop(ScriptedChatModel(responses=[AIMessage("x")], error=error), tools).run("问题")


@pytest.fixture
def dead_port() -> int:
    """A local port nothing listens on (bound, then closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A local port that accepts connections and never answers: a hung provider."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(server.accept()[0]), daemon=True)
    thread.start()
    yield server.getsockname()[1]
    for conn in accepted:
        conn.close()
    server.close()


@pytest.mark.parametrize("provider", ["openai", "ollama"])
def test_real_clients_on_a_dead_port_fail_as_connection_errors(tools: list, dead_port: int, provider: str) -> None:
    base_url = f"http://127.0.0.1:{dead_port}" + ("/v1" if provider == "openai" else "")
    model = build_chat_model(LlmConfig(provider, "qwen2.5:7b", base_url, "sk-test", timeout=5))
    with pytest.raises(LlmFailure, match="无法连接"):
        ToolLoop(model, tools).run("海洋项目得分多少")


@pytest.mark.parametrize("provider", ["openai", "ollama"])
def test_real_clients_on_a_hung_server_time_out(tools: list, silent_server: int, provider: str) -> None:
    base_url = f"http://127.0.0.1:{silent_server}" + ("/v1" if provider == "openai" else "")
    model = build_chat_model(LlmConfig(provider, "qwen2.5:7b", base_url, "sk-test", timeout=0.5))
    with pytest.raises(LlmFailure, match="超时"):
        ToolLoop(model, tools).run("海洋项目得分多少")
