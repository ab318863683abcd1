"""Answer latency: how long opening the store takes, and how long one question takes to answer.

``python benchmarks/answer_latency.py [--set evals/dev_questions.jsonl] [--rounds 3] [--store DIR]``

The store is filled first (the set's documents; a temporary store unless
``--store``). Then two measurements:

1. **Open**, in a fresh interpreter, because that is what a user starting the
   app or the CLI pays, and a process that has just ingested has its caches
   warm: importing the store and the engine, ``Store(dir)``, ``Assistant(store)``,
   the first ``store.documents()`` (target: the last three < 2 s), and the
   first question after that.
2. **Answers**, in this process, after one warm-up question: every turn of every
   question of the set, ``--rounds`` times; p50 / p95 / max (target p95 < 50 ms).

Prints the figures and writes ``benchmarks/results/answer_latency.json``.
Exits 1 when a target is missed, so it can gate like the evaluation does.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from anywhere, like the README's commands

from evals.questions import Question, load_questions  # noqa: E402 - needs the path set above
from benchmarks.results_file import write_result  # noqa: E402
from evals.run import fill_store, resolve_documents, timed  # noqa: E402

TARGET_OPEN_SECONDS = 2.0
TARGET_P95_MS = 50.0


def percentile(samples: Sequence[float], share: float) -> float:
    """The nearest-rank percentile of ``samples`` (``share`` in 0..1): a value that was actually measured."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def import_modules() -> tuple[type, type]:
    """Import the store and the engine; their cost is part of starting any interface."""
    from assistant.engine import Assistant
    from ingest.store import Store

    return Store, Assistant


def cold_open(store_dir: Path, first_question: str) -> dict[str, float]:
    """Run in a fresh interpreter: the seconds of each step of opening ``store_dir`` and of the first answer."""
    (store_class, assistant_class), import_seconds = timed(import_modules)
    store, store_seconds = timed(store_class, store_dir)
    assistant, assistant_seconds = timed(assistant_class, store)
    documents_seconds = timed(store.documents)[1]
    first_answer = timed(assistant.ask, first_question, assistant.new_conversation())[1]
    return {
        "import_seconds": round(import_seconds, 3),
        "store_seconds": round(store_seconds, 3),
        "assistant_seconds": round(assistant_seconds, 3),
        "documents_seconds": round(documents_seconds, 3),
        "open_seconds": round(store_seconds + assistant_seconds + documents_seconds, 3),
        "first_answer_ms": round(first_answer * 1000, 2),
    }


def cold_open_in_fresh_process(store_dir: Path, first_question: str) -> dict[str, float]:
    """``cold_open`` in a spawned interpreter, so no import or cache of this process helps it."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(cold_open, (store_dir, first_question))


def turn_latencies(assistant: Any, questions: list[Question], rounds: int) -> list[float]:
    """Seconds per answered turn, every turn of every question, ``rounds`` times over."""
    samples = []
    for _ in range(rounds):
        for question in questions:
            conversation = assistant.new_conversation()
            for turn in question.turns:
                samples.append(timed(assistant.ask, turn, conversation)[1])
    return samples


def answer_latency(store_dir: Path, questions: list[Question], rounds: int) -> dict[str, Any]:
    """p50 / p95 / max answer time in milliseconds over the set, after one warm-up question."""
    store_class, assistant_class = import_modules()
    assistant = assistant_class(store_class(store_dir))
    assistant.ask(questions[0].turns[0], assistant.new_conversation())
    samples = turn_latencies(assistant, questions, rounds)
    return {
        "turns_timed": len(samples),
        "p50_ms": round(percentile(samples, 0.50) * 1000, 2),
        "p95_ms": round(percentile(samples, 0.95) * 1000, 2),
        "max_ms": round(max(samples) * 1000, 2),
    }


def measure(set_path: Path, rounds: int, store_dir: Path | None) -> dict[str, Any]:
    """Fill the store, then take both measurements of the module docstring; return them as the JSON result."""
    questions = load_questions(set_path)
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as scratch:
        directory = store_dir or Path(scratch)
        store_class, _ = import_modules()
        fill_store(store_class(directory), resolve_documents(questions))
        opening = cold_open_in_fresh_process(directory, questions[0].turns[0])
        answers = answer_latency(directory, questions, rounds)
    return {
        "set": str(set_path),
        "rounds": rounds,
        **opening,
        **answers,
        "targets": {"open_seconds": TARGET_OPEN_SECONDS, "p95_ms": TARGET_P95_MS},
    }


def missed_targets(result: dict[str, Any]) -> list[str]:
    """The targets the result misses, one Chinese line each."""
    missed = []
    if result["open_seconds"] >= TARGET_OPEN_SECONDS:
        missed.append(f"打开库用时 {result['open_seconds']} 秒，目标 < {TARGET_OPEN_SECONDS} 秒")
    if result["p95_ms"] >= TARGET_P95_MS:
        missed.append(f"回答 p95 {result['p95_ms']} 毫秒，目标 < {TARGET_P95_MS} 毫秒")
    return missed


def report_lines(result: dict[str, Any]) -> str:
    """The human-readable summary of one result."""
    return (
        f"新进程打开库：导入模块 {result['import_seconds']} 秒（另计）；打开 {result['open_seconds']} 秒 ="
        f" Store {result['store_seconds']} + Assistant {result['assistant_seconds']} + documents() {result['documents_seconds']}；"
        f"随后第一问 {result['first_answer_ms']} 毫秒\n"
        f"回答延迟（预热后 {result['turns_timed']} 轮）：p50 {result['p50_ms']} 毫秒，p95 {result['p95_ms']} 毫秒，最大 {result['max_ms']} 毫秒"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print, write the JSON result; 1 if a target is missed."""
    parser = argparse.ArgumentParser(description="测量打开库的用时和回答延迟（p50/p95）。")
    parser.add_argument("--set", type=Path, default=ROOT / "evals" / "dev_questions.jsonl", help="计时用的问题集（默认开发集）")
    parser.add_argument("--rounds", type=int, default=3, help="问题集重复几遍（默认 3）")
    parser.add_argument("--store", type=Path, default=None, help="使用这个库目录（默认新建临时库）")
    args = parser.parse_args(argv)
    result = measure(args.set, max(1, args.rounds), args.store)
    print(report_lines(result))
    return write_result("answer_latency", result, missed_targets(result))


if __name__ == "__main__":
    sys.exit(main())
