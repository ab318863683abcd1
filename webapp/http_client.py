"""Call ``/ask`` over plain HTTP (standard library only), the ways docs/http_api.md tells scripts to.

``POST /api/ask`` (``webapp.plain_api``) answers in the response itself.
Gradio's route answers in two steps: POST the arguments to
``/gradio_api/call/...`` and get an ``event_id``; GET the same path plus the id
and read the Server-Sent Events until ``complete`` (or ``error``). Tests and the
latency benchmarks use this to check the documented routes, with no
gradio_client in between.
"""

from __future__ import annotations

import json
import urllib.request
from typing import Any

TIMEOUT = 60.0


def call_event(base_url: str, route: str, body: dict) -> tuple[str, Any]:
    """POST ``body`` to ``{base_url}gradio_api/{route}``, then return the stream's final (event, decoded data)."""
    url = f"{base_url.rstrip('/')}/gradio_api/{route}"
    request = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        event_id = json.load(response)["event_id"]
    with urllib.request.urlopen(f"{url}/{event_id}", timeout=TIMEOUT) as stream:
        event = ""
        for raw in stream:
            line = raw.decode("utf-8").rstrip("\n")
            if line.startswith("event: "):
                event = line.removeprefix("event: ")
            elif line.startswith("data: ") and event in ("complete", "error"):
                return event, json.loads(line.removeprefix("data: "))
    raise ConnectionError(f"{url}/{event_id}: the event stream ended without a result")


def ask_over_http(base_url: str, question: str, conversation_id: str = "") -> dict:
    """The contract object for ``question`` from the app at ``base_url`` (named arguments, ``call/v2``)."""
    event, data = call_event(base_url, "call/v2/ask", {"question": question, "conversation_id": conversation_id})
    if event != "complete":
        raise RuntimeError(f"/ask failed: {data}")
    return data[0]


def ask_plain(base_url: str, question: str, conversation_id: str = "") -> dict:
    """The contract object for ``question`` from the app at ``base_url``, by ``POST /api/ask`` (one request)."""
    body = json.dumps({"question": question, "conversation_id": conversation_id}).encode()
    request = urllib.request.Request(f"{base_url.rstrip('/')}/api/ask", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        return json.load(response)
