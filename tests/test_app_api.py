"""The real app over HTTP: ``python app.py`` in a subprocess on a free port and a temporary store.

The store starts empty, so these tests also check the first-start ingest of
the bundled sample. Answers are checked against the sample's real figures
(tests/gold/projects_core.json), and eight parallel clients with their own
conversations must each get their own answers.
"""

from __future__ import annotations

import json
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import pytest
from gradio_client import Client

from webapp.http_client import ask_over_http, ask_plain, call_event
from webapp.process import AppProcess, serving

GOLD = {p["seq"]: p for p in json.loads((Path(__file__).parent / "gold" / "projects_core.json").read_text("utf-8"))}
CONTRACT_KEYS = {"question", "answer", "intent", "found", "projects", "figures", "citations", "mode"}

FOLLOW_UPS = {
    2: "应对气候变化管理工作的执行率是多少？",
    3: "自然生态和农业农村环境保护项目的执行率是多少？",
    4: "海洋生态环境保护项目的执行率是多少？",
    5: "土壤固废化学品污染防治项目的执行率是多少？",
    6: "水生态环境综合管理项目的执行率是多少？",
    7: "全市生态环境保护重点工作保障项目的执行率是多少？",
    8: "大气生态环境保护项目的执行率是多少？",
    14: "核与辐射安全管理项目的执行率是多少？",
}
"""One project per client: first its 执行率, then "那它的总分呢？", which only its own conversation can resolve."""


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppProcess]:
    """The app on an empty temporary store (it ingests the sample on start)."""
    with serving(tmp_path_factory.mktemp("app")) as running:
        yield running


@pytest.fixture(scope="module")
def client(app: AppProcess) -> Client:
    return Client(app.url, verbose=False)


def ask(client: Client, question: str, conversation_id: str = "") -> dict:
    return client.predict(question=question, conversation_id=conversation_id, api_name="/ask")


def seqs(answer: dict) -> list[int]:
    return [p["seq"] for p in answer["projects"]]


def values(answer: dict) -> list[float]:
    return [round(f["value"], 2) for f in answer["figures"]]


def test_first_start_ingests_the_sample(app: AppProcess, client: Client):
    assert "正在导入示例报告" in app.log() and "✓ 000_714f557b0e494d5f.txt 已导入" in app.log()
    assert 18 in values(ask(client, "一共有多少个项目？"))


def test_ask_returns_the_contract_object(client: Client):
    answer = ask(client, "执行率最低的三个项目")
    assert set(answer) >= CONTRACT_KEYS
    assert answer["found"] is True
    assert seqs(answer) == [7, 12, 10]
    assert values(answer)[:3] == [63.23, 66.88, 81.48]
    assert all(c["document"] == "000_714f557b0e494d5f.txt" and c["line"] for c in answer["citations"])


def test_the_api_lists_only_ask_with_an_optional_conversation_id(client: Client):
    endpoints = client.view_api(return_format="dict", print_info=False)["named_endpoints"]
    assert list(endpoints) == ["/ask", "/ask_scoped"]
    params = {p["parameter_name"]: p["parameter_has_default"] for p in endpoints["/ask"]["parameters"]}
    assert params == {"question": False, "conversation_id": True}
    scoped = {p["parameter_name"]: p["parameter_has_default"] for p in endpoints["/ask_scoped"]["parameters"]}
    assert scoped == {"question": False, "conversation_id": True, "department": True, "year": True}


def test_ask_scoped_limits_the_reports(client: Client):
    answer = client.predict(question="预算合计", department="生态环境局", year="2024", api_name="/ask_scoped")
    assert 12216.04 in values(answer)


def test_a_conversation_id_carries_follow_ups_and_an_empty_one_does_not(client: Client):
    first = ask(client, "大气生态环境保护项目的执行率是多少？", "follow-up-test")
    assert seqs(first) == [8]
    follow = ask(client, "那它的总分呢？", "follow-up-test")
    assert seqs(follow) == [8]
    assert GOLD[8]["total_score"] in values(follow)
    alone = client.predict(question="那它的总分呢？", api_name="/ask")
    assert seqs(alone) != [8]


def test_not_found_is_said_plainly(client: Client):
    answer = ask(client, "上海市教委的项目执行率是多少？")
    assert answer["found"] is False
    assert answer["figures"] == []


@pytest.mark.parametrize(
    ("route", "body"),
    [
        ("call/ask", {"data": ["执行率最低的三个项目", ""]}),
        ("call/v2/ask", {"question": "执行率最低的三个项目"}),
    ],
)
def test_plain_http_post_then_event_stream(app: AppProcess, route: str, body: dict):
    event, data = call_event(app.url, route, body)
    assert event == "complete"
    assert seqs(data[0]) == [7, 12, 10]


def test_plain_http_conversations(app: AppProcess):
    assert seqs(ask_over_http(app.url, "大气生态环境保护项目的执行率是多少？", "http-1")) == [8]
    assert GOLD[8]["total_score"] in values(ask_over_http(app.url, "那它的总分呢？", "http-1"))


def test_the_plain_route_answers_as_gradios_does(app: AppProcess):
    question = "执行率最低的三个项目"
    plain = ask_plain(app.url, question)
    assert plain == ask_over_http(app.url, question)
    assert seqs(plain) == [7, 12, 10] and values(plain)[:3] == [63.23, 66.88, 81.48]
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", plain["answer"])}
    assert markers and max(markers) <= len(plain["citations"])


def test_the_plain_route_keeps_conversations_and_scopes(app: AppProcess):
    assert seqs(ask_plain(app.url, "大气生态环境保护项目的执行率是多少？", "plain-1")) == [8]
    assert GOLD[8]["total_score"] in values(ask_plain(app.url, "那它的总分呢？", "plain-1"))
    assert seqs(ask_plain(app.url, "那它的总分呢？")) != [8]
    scoped = post_plain(app.url, {"question": "预算合计", "department": "生态环境局", "year": 2024})
    assert 12216.04 in values(json.loads(scoped))


def post_plain(url: str, body: object) -> bytes:
    """POST ``body`` (JSON-encoded unless bytes) to /api/ask; the response's body, whatever its status."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(url + "api/ask", data, {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read()
    except urllib.error.HTTPError as refused:
        assert refused.code == 400
        return refused.read()


@pytest.mark.parametrize(("body", "said"), [
    (b"question=1", "请求体应是 JSON 对象"),
    (["执行率最低的三个项目"], "请求体应是 JSON 对象"),
    ({"conversation_id": "x"}, "缺少问题"),
    ({"question": "  "}, "缺少问题"),
    ({"question": "执行率", "scope": "全部"}, "不认识的参数：scope"),
    ({"question": "执行率", "department": 3}, "参数 department 应是字符串"),
    ({"question": "执行率", "year": True}, "参数 year 应是字符串或整数"),
])
def test_the_plain_route_refuses_a_bad_body_in_chinese(app: AppProcess, body: object, said: str):
    assert said in json.loads(post_plain(app.url, body))["error"]


def two_turns(url: str, barrier: threading.Barrier, seq: int) -> tuple[int, dict, dict]:
    """One user's two turns in their own conversation, with their own Client."""
    own = Client(url, verbose=False)
    cid = f"client-{seq}"
    first = ask(own, FOLLOW_UPS[seq], cid)
    barrier.wait(60)  # every client has asked its first turn before anyone follows up
    return seq, first, ask(own, "那它的总分呢？", cid)


def test_eight_parallel_clients_get_their_own_answers(app: AppProcess):
    barrier = threading.Barrier(len(FOLLOW_UPS))
    with ThreadPoolExecutor(len(FOLLOW_UPS)) as pool:
        results = list(pool.map(partial(two_turns, app.url, barrier), FOLLOW_UPS))
    for seq, first, follow in results:
        assert seqs(first) == [seq], first["answer"]
        assert GOLD[seq]["funds_total"]["rate"] in values(first), first["answer"]
        assert seqs(follow) == [seq], follow["answer"]
        assert GOLD[seq]["total_score"] in values(follow), follow["answer"]


def test_a_busy_port_is_said_in_chinese(tmp_path: Path) -> None:
    import socket
    import subprocess
    import sys

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = subprocess.run([sys.executable, "app.py", "--port", str(port), "--store", str(tmp_path / "s")],
                             cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert f"端口 {port} 已被占用" in run.stderr and "Traceback" not in run.stderr
