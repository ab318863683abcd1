"""Bounded memory under load: the sessions Gradio makes for HTTP calls are released, conversations expire.

The real app is built and served in this process (so its Gradio state can be inspected) on the real sample store,
and called over plain HTTP as docs/http_api.md tells scripts to. benchmarks/soak.py measures the same over 10,000
requests in a separate process.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import gradio as gr
import pytest

import webapp.api_sessions
from webapp.api_sessions import ApiSessions
from webapp.http_client import ask_over_http
from webapp.process import free_port
from webapp.service import open_service
from webapp.ui import SESSION_CAPACITY, build_app


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[gr.Blocks, str]]:
    """The app on the sample store, served on a free port, with API sessions released as soon as answered."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(webapp.api_sessions, "RELEASE_AFTER_SECONDS", 0.0)
        blocks = build_app(open_service(tmp_path_factory.mktemp("memory") / "store"))
    port = free_port()
    blocks.queue()
    blocks.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True,
                  state_session_capacity=SESSION_CAPACITY)
    yield blocks, f"http://127.0.0.1:{port}/"
    blocks.close()


def test_api_calls_leave_no_gradio_session_behind(app: tuple[gr.Blocks, str]) -> None:
    blocks, url = app
    before = len(blocks.state_holder.session_data)
    for number in range(30):  # each call its own conversation, as the soak benchmark sends them
        assert ask_over_http(url, "执行率最低的三个项目", f"caller-{number}")["found"]
    # only the last calls' (a result still on its way is released at a later call)
    assert len(blocks.state_holder.session_data) - before <= 2
    assert len(blocks._queue.pending_event_ids_session) <= 2  # Gradio's queue kept an empty set per call for ever


def test_released_only_once_old_enough_and_delivered() -> None:
    now = [0.0]

    class Holder:
        lock = threading.Lock()
        session_data = {"a": 1, "b": 2, "tab": 3}
        time_last_used = {"a": 0, "b": 0, "tab": 0}

    class Queue:
        pending_event_ids_session = {"a": set(), "b": {"still fetching"}}
        pending_messages_per_session = {"a": [], "b": []}

    blocks = type("Launched", (), {"state_holder": Holder, "_queue": Queue})()
    sessions = ApiSessions(blocks, delay=10, clock=lambda: now[0])
    sessions.answered(gr.Request(session_hash="a"))
    now[0] = 5.0
    sessions.answered(gr.Request(session_hash="b"))
    assert set(Holder.session_data) == {"a", "b", "tab"}
    now[0] = 15.0
    sessions.answered(None)
    assert set(Holder.session_data) == {"b", "tab"} and set(Holder.time_last_used) == {"b", "tab"}
    assert set(Queue.pending_event_ids_session) == set(Queue.pending_messages_per_session) == {"b"}
    Queue.pending_event_ids_session["b"].clear()  # its result delivered: released a delay after the last try
    now[0] = 16.0
    sessions.answered(None)
    assert "b" in Holder.session_data
    now[0] = 25.0
    sessions.answered(None)
    assert set(Holder.session_data) == {"tab"}  # a browser tab's session is never the API's to drop
    assert Queue.pending_event_ids_session == Queue.pending_messages_per_session == {}


def test_the_session_cap_bounds_browser_sessions_deliberately(app: tuple[gr.Blocks, str]) -> None:
    blocks, _ = app
    assert blocks.state_holder.capacity == SESSION_CAPACITY == 500
