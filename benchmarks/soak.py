"""Sustained load on the real app: does its memory stay flat and its throughput steady?

``python benchmarks/soak.py [--requests 10000] [--clients 4]``

Starts ``python app.py`` on 127.0.0.1 (the bundled sample), then sends ``/ask``
over plain HTTP from ``--clients`` threads, every request in a conversation of
its own (the worst case for per-session state), and samples the app process's
resident memory and the throughput every tenth of the run. Targets: RSS grows
by less than 50 MB from the first tenth to the end, and the last tenth's
throughput is at least half the first's. Writes ``benchmarks/results/soak.json``.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from benchmarks.app_latency import QUESTIONS
from benchmarks.results_file import write_result
from webapp.http_client import ask_over_http
from webapp.process import start_app

TARGET_RSS_GROWTH_MB = 50.0
TARGET_THROUGHPUT_RATIO = 0.5


def rss_mb(pid: int) -> float:
    """The resident memory of a process, MB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def soak(url: str, pid: int, requests: int, clients: int) -> list[dict]:
    """Send ``requests`` questions in blocks of a tenth; after each block, its RSS and requests per second."""
    counter = itertools.count()
    samples = []
    block = max(1, requests // 10)
    with ThreadPoolExecutor(clients) as pool:
        for start in range(0, requests, block):
            started = time.perf_counter()
            numbers = [next(counter) for _ in range(min(block, requests - start))]
            list(pool.map(lambda n: ask_over_http(url, QUESTIONS[n % len(QUESTIONS)], f"soak-{n}"), numbers))
            seconds = time.perf_counter() - started
            samples.append({"done": start + len(numbers), "rss_mb": round(rss_mb(pid), 1),
                            "requests_per_s": round(len(numbers) / seconds, 1)})
            print(f"  {samples[-1]['done']} 次：内存 {samples[-1]['rss_mb']} MB，{samples[-1]['requests_per_s']} 次/秒",
                  flush=True)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="持续负载下应用的内存与吞吐（本机 127.0.0.1）")
    parser.add_argument("--requests", type=int, default=10_000, help="请求总数（默认 10000）")
    parser.add_argument("--clients", type=int, default=4, help="并发客户端数（默认 4）")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        app = start_app(Path(folder) / "store", Path(folder) / "app.log")
        try:
            ask_over_http(app.url, QUESTIONS[0])  # warm-up
            samples = soak(app.url, app.process.pid, args.requests, args.clients)
        finally:
            app.stop()
    growth = round(samples[-1]["rss_mb"] - samples[0]["rss_mb"], 1)
    ratio = round(samples[-1]["requests_per_s"] / samples[0]["requests_per_s"], 2)
    result = {"requests": args.requests, "clients": args.clients, "samples": samples,
              "rss_growth_mb": growth, "throughput_last_over_first": ratio,
              "target_rss_growth_mb": TARGET_RSS_GROWTH_MB, "target_throughput_ratio": TARGET_THROUGHPUT_RATIO}
    print(f"内存增长 {growth} MB（目标 < {TARGET_RSS_GROWTH_MB:.0f} MB），末段吞吐 / 首段 = {ratio}（目标 ≥ {TARGET_THROUGHPUT_RATIO}）")
    missed = []
    if growth >= TARGET_RSS_GROWTH_MB:
        missed.append(f"内存增长 {growth} MB ≥ {TARGET_RSS_GROWTH_MB:.0f} MB")
    if ratio < TARGET_THROUGHPUT_RATIO:
        missed.append(f"末段吞吐只有首段的 {ratio}")
    return write_result("soak", result, missed)


if __name__ == "__main__":
    sys.exit(main())
