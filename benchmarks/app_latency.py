"""Web app latency: start-up (spawn → serving) and ``/ask`` round trips over HTTP, 1 and 8 clients at once.

``python benchmarks/app_latency.py [--requests 60]``

Measured on the real ``python app.py`` in a child process, as a user meets it:
1. first start on an empty store (includes ingesting the bundled sample) and a
   second start on the filled store: spawn until the page answers (target < 10 s);
2. ``/ask`` round trips, after a warm-up, from 1 client and from 8 clients at
   once, each client with its own conversation id, by each way a script calls
   it: ``gradio_client`` and plain HTTP (POST, then the event stream):
   p50 / p95 / max (targets p95 < 150 ms and < 500 ms).

Prints the figures and writes ``benchmarks/results/app_latency.json``; exits 1
when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from benchmarks.answer_latency import percentile
from evals.run import timed
from webapp.http_client import ask_over_http
from webapp.process import AppProcess, start_app
from webapp.ui import EXAMPLES

RESULT_PATH = ROOT / "benchmarks" / "results" / "app_latency.json"
TARGET_READY_SECONDS = 10.0
TARGET_P95_MS = {1: 150.0, 8: 500.0}
QUESTIONS = (*EXAMPLES, "大气生态环境保护项目的执行率是多少？", "那它的总分呢？")
"""The page's example questions and a follow-up: what a first-time user asks."""


def gradio_client_asker(url: str, ssl_verify: bool = True) -> Callable[[str, str], dict]:
    """``/ask`` through gradio_client, as most scripts will call it.

    By default gradio_client builds a new certificate context for every request
    (about 50 ms of client CPU, even for http://); ``ssl_verify=False`` skips
    that, which is safe on a plain-http address (docs/http_api.md says so).
    """
    from gradio_client import Client

    return partial(Client(url, verbose=False, ssl_verify=ssl_verify).predict, api_name="/ask")


TRANSPORTS: dict[str, Callable[[str], Callable[[str, str], dict]]] = {
    "gradio_client": gradio_client_asker,
    "gradio_client ssl_verify=False": partial(gradio_client_asker, ssl_verify=False),
    "http": lambda url: partial(ask_over_http, url),
}
"""How a script reaches /ask: gradio_client as is or without the per-request certificate context, or
plain HTTP POST + event stream (docs/http_api.md)."""


def client_round_trips(url: str, transport: str, requests: int, client_number: int) -> list[float]:
    """One client asking ``requests`` questions in its own conversation; seconds per round trip."""
    ask = TRANSPORTS[transport](url)
    conversation_id = f"bench-{transport}-{client_number}"
    return [timed(ask, QUESTIONS[turn % len(QUESTIONS)], conversation_id)[1] for turn in range(requests)]


def latency(url: str, transport: str, clients: int, requests: int) -> dict:
    """p50 / p95 / max in ms over every round trip of ``clients`` clients asking at once, after a warm-up."""
    client_round_trips(url, transport, len(QUESTIONS), client_number=-1)
    with ThreadPoolExecutor(clients) as pool:
        runs = pool.map(partial(client_round_trips, url, transport, requests), range(clients))
        samples = [s * 1000 for run in runs for s in run]
    return {
        "transport": transport,
        "clients": clients,
        "requests": len(samples),
        "p50_ms": round(percentile(samples, 0.5), 1),
        "p95_ms": round(percentile(samples, 0.95), 1),
        "max_ms": round(max(samples), 1),
        "target_p95_ms": TARGET_P95_MS[clients],
    }


def measure(workdir: Path, requests: int) -> dict:
    """Both starts, then latency by each transport with 1 and 8 clients on the second (the usual) start."""
    store = workdir / "store"
    first = start_app(store, workdir / "first.log")
    first.stop()
    app: AppProcess = start_app(store, workdir / "second.log")
    try:
        runs = [latency(app.url, t, clients, requests) for t in TRANSPORTS for clients in TARGET_P95_MS]
    finally:
        app.stop()
    return {
        "ready_first_start_s": round(first.ready_seconds, 2),
        "ready_s": round(app.ready_seconds, 2),
        "target_ready_s": TARGET_READY_SECONDS,
        "latency": runs,
    }


def missed_targets(result: dict) -> list[str]:
    """The targets this run missed, in words."""
    missed = [
        f"{name} {result[name]} s ≥ {TARGET_READY_SECONDS} s"
        for name in ("ready_first_start_s", "ready_s")
        if result[name] >= TARGET_READY_SECONDS
    ]
    missed += [
        f"{run['transport']}, {run['clients']} client(s): p95 {run['p95_ms']} ms ≥ {run['target_p95_ms']} ms"
        for run in result["latency"]
        if run["p95_ms"] >= run["target_p95_ms"]
    ]
    return missed


def print_result(result: dict) -> None:
    """The figures, one line for the starts and one per transport and client count."""
    print(f"start-up: first start (empty store, sample ingest) {result['ready_first_start_s']} s, "
          f"second start {result['ready_s']} s (target < {TARGET_READY_SECONDS:.0f} s)")
    for run in result["latency"]:
        print(f"/ask via {run['transport']}, {run['clients']} client(s), {run['requests']} round trips: "
              f"p50 {run['p50_ms']} ms, p95 {run['p95_ms']} ms, max {run['max_ms']} ms "
              f"(target p95 < {run['target_p95_ms']:.0f} ms)")


def main(argv: list[str] | None = None) -> int:
    """Measure, print, write the JSON; 1 when a target was missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=60, help="questions per client (default 60)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="app-latency-") as tmp:
        result = measure(Path(tmp), args.requests)
    print_result(result)
    RESULT_PATH.parent.mkdir(parents=True, exist_ok=True)
    RESULT_PATH.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    missed = missed_targets(result)
    for line in missed:
        print(f"MISSED: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
