"""``POST /api/ask``: the answer contract in one plain HTTP request, beside Gradio's queued ``/gradio_api/call/v2/ask``.

Why a second route: Gradio's is two requests (POST, then an event stream) and
passes the answer through its queue, a session of its own and its output
processing, all on its one event loop. For a sum over a hundred reports (2,300
citations, 1.3 MB of JSON) that took about 70 ms on top of the 30 ms answer, and
with eight callers at once each waited for the others' Gradio work. Here the
answer and its JSON (orjson: about 1 ms for that answer, where ``json.dumps``
took 11–17 ms) are made in a worker thread and sent back in the same response.

The route sits in the same FastAPI app as Gradio's (``launch`` passes it to
Gradio's app constructor), so it serves on the same port and, with accounts,
obeys the same login: the cookie Gradio's ``/login`` sets.
"""

from __future__ import annotations

import os
from functools import partial
from typing import Any

import orjson
from anyio import CapacityLimiter, to_thread
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from webapp.service import QAService

PATH = "/api/ask"
ARGUMENTS = ("question", "conversation_id", "department", "year")
"""The body's fields: ``question`` is required, the others are optional strings, ``year`` also a whole number
(docs/http_api.md)."""
NOT_AN_OBJECT = '请求体应是 JSON 对象，例如 {"question": "执行率最低的三个项目"}'
LOGIN_NEEDED = "请先登录：以表单 POST /login 提交 username 和 password，之后的请求带上返回的 Cookie（见 docs/deploy.md）。"


def answering_threads() -> int:
    """How many answers are computed at once: one per core this process may run on. An answer is Python work under
    one interpreter lock, so more threads only interleave the same work and stretch every answer in flight."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def plain_routes(service: QAService) -> list[Route]:
    """The routes to add to the app: ``POST /api/ask`` answering from ``service`` in ``answering_threads()`` worker
    threads, the other callers waiting their turn in arrival order."""
    limiter = CapacityLimiter(answering_threads())

    async def ask(request: Request) -> Response:
        """One turn, as ``QAService.ask_by_id``; a bad body or a missing login is answered in Chinese."""
        if not logged_in(request):
            return JSONResponse({"error": LOGIN_NEEDED}, status_code=401)
        try:
            arguments = ask_arguments(await request.body())
        except ValueError as err:
            return JSONResponse({"error": str(err)}, status_code=400)
        encoded = await to_thread.run_sync(partial(_answer_json, service, arguments), limiter=limiter)
        return Response(encoded, media_type="application/json")

    return [Route(PATH, ask, methods=["POST"])]


def ask_arguments(body: bytes) -> dict[str, str]:
    """The keyword arguments of ``QAService.ask_by_id`` from a request body; ValueError (Chinese) naming what is
    wrong with it."""
    try:
        given: Any = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise ValueError(NOT_AN_OBJECT) from None
    if not isinstance(given, dict):
        raise ValueError(NOT_AN_OBJECT)
    unknown = sorted(set(given) - set(ARGUMENTS))
    if unknown:
        raise ValueError(f"不认识的参数：{'、'.join(unknown)}（可用：{'、'.join(ARGUMENTS)}）")
    year = given.get("year", "")
    if isinstance(year, int) and not isinstance(year, bool):
        given["year"] = str(year)  # 2024 as a number means the same as "2024"
    elif not isinstance(year, str):
        raise ValueError("参数 year 应是字符串或整数，例如 \"2024\"")
    not_text = [name for name in ARGUMENTS if name in given and not isinstance(given[name], str)]
    if not_text:
        raise ValueError(f"参数 {'、'.join(not_text)} 应是字符串")
    if not given.get("question", "").strip():
        raise ValueError("缺少问题：question 不能为空")
    return {name: given[name] for name in ARGUMENTS if name in given}


def _answer_json(service: QAService, arguments: dict[str, str]) -> bytes:
    """The contract object of one turn, encoded: both in the worker thread, so the event loop only sends bytes."""
    return orjson.dumps(service.ask_by_id(**arguments))


def logged_in(request: Request) -> bool:
    """Whether the caller may ask: always without accounts; with them, when the request carries a login cookie of
    Gradio's app (the same test Gradio's own routes make, read from the app that serves this request)."""
    app = request.app
    if app.auth is None and app.auth_dependency is None:
        return True
    token = (request.cookies.get(f"access-token-{app.cookie_id}")
             or request.cookies.get(f"access-token-unsecure-{app.cookie_id}"))
    return token is not None and token in app.tokens
