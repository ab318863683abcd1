"""The scale benchmark: a bureau's reports (S1, S10, S100 documents) ingested, opened, asked, served, and checked
against the ground truth they were generated from.

    python benchmarks/scale.py [--scales S1,S10] [--work DIR] [--jobs 1,2] [--rounds 3] [--requests 20]

Per scale (``benchmarks/corpus.py`` writes the reports and ``truth.json``):
1. **Ingest** the PDF folder with ``python -m ingest --jobs N`` for each N of
   ``--jobs`` into its own store (wall time, pages/s, peak RSS), then again
   unchanged (every file skipped before parsing).
2. **Open** in a fresh interpreter: Store + Assistant + documents() (and the
   import time apart), then the first answer.
3. **Answers** in this process: a fixed question list built from the truth —
   scoped (a department and year named: a rate, the lowest score, a topic, what
   lost points, a follow-up), and unscoped (over every report) — each timed
   ``--rounds`` times; p50/p95 per kind, the longest unscoped answer, and each
   answer checked against the truth.
4. **App**: ``python app.py`` on the store: ready time, ``/ask`` p95 with 1 and
   8 clients (plain HTTP) on ``POST /api/ask`` and on Gradio's route, the app's
   peak RSS.
5. The store's size on disk.

Results merge into ``benchmarks/results/scale.json`` (one entry per scale, so
S100 can be run alone); ``--table`` prints the README's table from that file.
Exit 1 when a target of issue 12 is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from benchmarks.answer_latency import cold_open_in_fresh_process, percentile  # noqa: E402
from benchmarks.corpus import TOPIC, build_corpus, write_corpus, year_range  # noqa: E402
from benchmarks.results_file import RESULTS_DIR, write_result  # noqa: E402

SCALES: dict[str, tuple[int, str]] = {"S1": (1, "2024"), "S10": (2, "2021-2025"), "S100": (20, "2021-2025")}
"""Departments and years of each scale: 1, 10 and 100 reports of 23 projects."""
TARGETS = {
    "answer_scoped_p95_ms": 20.0, "answer_unscoped_p95_ms": 200.0, "unscoped_chars": 3000,
    "plain_ask_p95_ms_1": 100.0, "plain_ask_p95_ms_8": 300.0, "app_rss_mb": 1024.0, "ready_s": 8.0,
    "open_s_S1": 1.5, "open_s_S100": 4.0, "unchanged_reingest_s_S100": 30.0, "jobs2_speedup": 1.8,
}
"""Issue 12's targets (on a 2-core machine), checked at S100 except where a scale is named."""


@dataclass(frozen=True)
class Check:
    """One question (its turns), the kind it is timed as, and what its last answer must satisfy."""

    turns: tuple[str, ...]
    kind: str  # "scoped" | "unscoped"
    expect: Callable[[Any], str | None]  # the answer → None when right, else why it is wrong


def _says_all(*needles: str) -> Callable[[Any], str | None]:
    """An answer that is found and names every one of ``needles``."""
    def check(answer: Any) -> str | None:
        if not answer.found:
            return "未找到答案"
        missing = [n for n in needles if n not in answer.answer]
        return f"缺少 {'、'.join(missing[:5])}" if missing else None
    return check


def _is_found(answer: Any) -> str | None:
    """An answer that is found and no error."""
    return None if answer.found and "出错" not in answer.answer else "未找到答案或出错"


def _sum_of_scope(truth: dict) -> Callable[[Any], str | None]:
    """A total whose figure is the sum of 全年预算数 over the reports the answer says it covers."""
    def check(answer: Any) -> str | None:
        years, departments = set(answer.scope.get("years") or []), set(answer.scope.get("departments") or [])
        expected = round(sum(p["full_year"] for d in truth["documents"] for p in d["projects"]
                             if (not years or d["year"] in years) and (not departments or d["department"] in departments)), 2)
        got = [f.value for f in answer.figures if "合计" in f.label]
        return None if got and abs(got[0] - expected) < 0.01 else f"合计 {got[:1]}，应为 {expected}"
    return check


def questions(truth: dict) -> list[Check]:
    """The fixed question list of a scale, from its truth: the first and the last report scoped, then unscoped."""
    checks: list[Check] = []
    for doc in (truth["documents"][0], truth["documents"][-1]):
        scope = f"{doc['department']}{doc['year']}年"
        first = doc["projects"][0]
        lowest = min(doc["projects"], key=lambda p: p["total_score"])
        rate_question = f"{scope}{first['name']}的执行率是多少"
        checks += [
            Check((rate_question,), "scoped", _says_all(f"{first['rate']:.2f}%")),
            Check((f"{scope}得分最低的项目是哪个",), "scoped", _says_all(lowest["name"])),
            Check((f"{scope}哪些项目涉及{TOPIC}",), "scoped",
                  _says_all(*[p["name"] for p in doc["projects"] if p["topic"]])),
            Check((f"{scope}哪些项目扣分了",), "scoped",
                  _says_all(*[p["name"] for p in doc["projects"] if p["lost_indicators"]])),
            Check((rate_question, "那它的总分呢"), "scoped", _says_all(f"{first['total_score']:.2f}")),
        ]
    checks += [
        Check(("哪些项目扣分了",), "unscoped", _is_found),
        Check((f"哪些项目涉及{TOPIC}",), "unscoped", _is_found),
        Check(("所有项目全年预算合计多少",), "unscoped", _sum_of_scope(truth)),
        Check(("哪个项目执行率最低",), "unscoped", _is_found),
    ]
    return checks


@dataclass(frozen=True)
class Run:
    """One command measured: wall seconds, CPU seconds of it and its children (user + system), the largest RSS any
    waited-for child of this process reached (MB), and its output."""

    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    output: str


def run_measured(command: list[str]) -> Run:
    """Run ``command`` (this interpreter's project on PYTHONPATH) and measure it. Raises if it fails."""
    import resource

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = process.communicate()[0]
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # its reading processes too: it waited for them
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}:\n{output[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(seconds, cpu, round(after.ru_maxrss / 1024, 1), output)  # Linux reports kB


def ingest_runs(pdf_dir: Path, work: Path, jobs_list: list[int], pages: int) -> tuple[dict[str, Any], Path]:
    """Ingest the folder once per job count into its own store; then again unchanged. Return figures and the last
    store. CPU seconds are kept beside wall seconds: on a shared machine another user's load slows the two-process
    run more than the one-process run, while the CPU the ingest needs does not depend on it."""
    result: dict[str, Any] = {}
    store = work
    for jobs in jobs_list:
        store = work / f"store-jobs{jobs}"
        shutil.rmtree(store, ignore_errors=True)  # a fresh store: every file is read
        run = run_measured([sys.executable, "-m", "ingest", str(pdf_dir), "--store", str(store), "--jobs", str(jobs)])
        result[f"ingest_jobs{jobs}_s"] = round(run.seconds, 1)
        result[f"ingest_jobs{jobs}_cpu_s"] = round(run.cpu_seconds, 1)
        result[f"ingest_jobs{jobs}_pages_per_s"] = round(pages / run.seconds, 2)
        result["ingest_peak_rss_mb"] = run.peak_rss_mb
    if 1 in jobs_list and 2 in jobs_list and len(list(pdf_dir.glob("*.pdf"))) > 1:  # one file is read alike
        result["jobs2_speedup"] = round(result["ingest_jobs1_s"] / result["ingest_jobs2_s"], 2)
    run = run_measured([sys.executable, "-m", "ingest", str(pdf_dir), "--store", str(store)])
    result["unchanged_reingest_s"] = round(run.seconds, 1)
    result["unchanged_all_skipped"] = run.output.count("跳过读取") == len(list(pdf_dir.glob("*.pdf")))
    return result, store


def answer_runs(store: Path, checks: list[Check], rounds: int) -> dict[str, Any]:
    """Time every question ``rounds`` times (the last turn of a follow-up alone) and check each answer once."""
    from assistant.engine import Assistant
    from ingest.store import Store

    assistant = Assistant(Store(store))
    timings: dict[str, list[float]] = {"scoped": [], "unscoped": []}
    wrong: list[str] = []
    longest = 0
    for number in range(rounds + 1):  # the first pass warms the caches and is the one checked
        for check in checks:
            conversation = assistant.new_conversation()
            for turn in check.turns:
                started = time.perf_counter()
                answer = assistant.ask(turn, conversation)
                seconds = time.perf_counter() - started
            if number:
                timings[check.kind].append(seconds * 1000)
                continue
            if check.kind == "unscoped":
                longest = max(longest, len(answer.answer))
            why = check.expect(answer)
            if why:
                wrong.append(f"{' | '.join(check.turns)}：{why}")
    result: dict[str, Any] = {"questions": len(checks), "answers_wrong": wrong, "unscoped_max_chars": longest}
    for kind, samples in timings.items():
        result[f"answer_{kind}_p50_ms"] = round(percentile(samples, 0.5), 1)
        result[f"answer_{kind}_p95_ms"] = round(percentile(samples, 0.95), 1)
    return result


ROUTES: dict[str, str] = {"plain_ask": "plain", "ask": "gradio"}
"""The /ask routes timed, by the prefix of their figures: ``POST /api/ask`` (one request, docs/http_api.md's first
way, the one issue 12's targets are checked on) and Gradio's queued ``call/v2/ask`` (kept for existing callers; the
figures measured before /api/ask existed are this route's)."""


def app_runs(store: Path, work: Path, checks: list[Check], requests: int, result: dict[str, Any]) -> None:
    """The app on the store: ready time, /ask p50/p95 over plain HTTP with 1 and 8 clients on each route (and which
    questions the slowest 5% asked), its peak RSS; into ``result`` as measured."""
    from webapp.http_client import ask_over_http, ask_plain
    from webapp.process import start_app

    calls = {"plain": ask_plain, "gradio": ask_over_http}
    asked = [check.turns[-1] if len(check.turns) == 1 else check.turns[0] for check in checks]
    app = start_app(store, work / "app.log")
    try:
        result["ready_s"] = round(app.ready_seconds, 2)
        for question in asked:  # warm-up: each kind of question once (the first topic question opens the index)
            ask_plain(app.url, question)
        errors = 0
        for prefix, route in ROUTES.items():
            for clients in (1, 8):
                runs = _clients_asking(partial(calls[route], app.url), asked, clients, requests)
                samples = [ms for ms, _ in runs]
                errors += sum(answer["intent"] == "error" for _, answer in runs)  # fast errors would flatter p95
                result["ask_errors"] = errors
                result[f"{prefix}_p50_ms_{clients}"] = round(percentile(samples, 0.5), 1)
                result[f"{prefix}_p95_ms_{clients}"] = round(percentile(samples, 0.95), 1)
                result[f"{prefix}_slowest_{clients}"] = _slowest_questions(runs)
                result["app_rss_mb"] = _peak_rss_mb(app.process.pid)
    finally:
        app.stop()


def _slowest_questions(runs: list[tuple[float, dict]]) -> dict[str, int]:
    """Which questions the slowest 5% of ``runs`` asked, and how often: what makes the p95."""
    slowest = sorted(runs, key=lambda run: run[0], reverse=True)[:max(1, len(runs) // 20)]
    return dict(Counter(answer["question"] for _, answer in slowest).most_common())


def _clients_asking(ask: Callable[[str, str], dict], asked: list[str], clients: int,
                    requests: int) -> list[tuple[float, dict]]:
    """``clients`` threads each asking ``requests`` questions in turn from ``asked`` (each client its own
    conversation); every (milliseconds, answer)."""
    def client(number: int) -> list[tuple[float, dict]]:
        return [_timed_ms(ask, asked[i % len(asked)], f"c{clients}-{number}") for i in range(requests)]

    with ThreadPoolExecutor(clients) as pool:
        return [timed for run in pool.map(client, range(clients)) for timed in run]


def _timed_ms(call: Callable[..., Any], *args: Any) -> tuple[float, Any]:
    """Milliseconds one call took, and what it returned."""
    started = time.perf_counter()
    returned = call(*args)
    return (time.perf_counter() - started) * 1000, returned


def _peak_rss_mb(pid: int) -> float:
    """A running process's peak RSS (VmHWM) in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def store_size_mb(store: Path) -> float:
    """The store folder's size on disk in MB."""
    return round(sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20, 1)


def measure_scale(name: str, work: Path, jobs_list: list[int], rounds: int, requests: int,
                  result: dict[str, Any]) -> None:
    """Every figure of one scale (module docstring), into ``result`` as it is measured: a stage that fails (an
    ``/ask`` timing out under load) leaves the figures before it."""
    departments, years = SCALES[name]
    folder = work / name
    documents = build_corpus(departments, year_range(years), projects=23, seed=12)
    if not (folder / "truth.json").is_file():  # written last: the reports of an earlier run are all there
        write_corpus(folder, documents)
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    pages = _pages(folder / "pdf")
    result.update({"documents": len(documents), "projects": sum(len(d.projects) for d in documents), "pages": pages,
                   "load_average_at_start": round(os.getloadavg()[0], 1)})
    ingest, store = ingest_runs(folder / "pdf", folder, jobs_list, pages)
    result.update(ingest)
    result["store_mb"] = store_size_mb(store)
    result["passages"] = _passages(store)
    measure_serving(store, folder, questions(truth), rounds, requests, result)


def remeasure(name: str, work: Path, jobs_list: list[int], rounds: int, requests: int,
              result: dict[str, Any]) -> None:
    """Open, answers and app again, on the store an earlier run of this scale left (the last of ``jobs_list``); the
    corpus's size and the store's are recorded again (a results file may have lost them), the ingest figures kept."""
    folder = work / name
    store = folder / f"store-jobs{jobs_list[-1]}"
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    result.update({"documents": len(truth["documents"]), "projects": sum(len(d["projects"]) for d in truth["documents"]),
                   "store_mb": store_size_mb(store), "passages": _passages(store),
                   "load_average_at_start": round(os.getloadavg()[0], 1)})
    measure_serving(store, folder, questions(truth), rounds, requests, result)


def ingest_again(name: str, work: Path, jobs_list: list[int], result: dict[str, Any]) -> None:
    """Ingest only, on the reports an earlier run of this scale wrote (each job count into a fresh store, then
    unchanged); the serving figures in ``result`` are kept. For the 100-file folder, whose two ingests take longer
    than the rest of the benchmark together."""
    folder = work / name
    pages = _pages(folder / "pdf")
    result.update({"pages": pages, "ingest_load_average_at_start": round(os.getloadavg()[0], 1)})
    ingest, store = ingest_runs(folder / "pdf", folder, jobs_list, pages)
    result.update(ingest)
    result.update({"store_mb": store_size_mb(store), "passages": _passages(store),
                   "ingest_load_average_at_end": round(os.getloadavg()[0], 1)})


def measure_serving(store: Path, folder: Path, checks: list[Check], rounds: int, requests: int,
                    result: dict[str, Any]) -> None:
    """Everything after ingest: open in a fresh process, the answers, the app."""
    result.update(cold_open_in_fresh_process(store, checks[0].turns[0]))
    result.update(answer_runs(store, checks, rounds))
    app_runs(store, folder, checks, requests, result)
    result["load_average_at_end"] = round(os.getloadavg()[0], 1)  # the machine is shared: figures depend on it


def _pages(pdf_dir: Path) -> int:
    """How many pages the folder's PDFs have."""
    import pdfplumber

    total = 0
    for path in sorted(pdf_dir.glob("*.pdf")):
        with pdfplumber.open(path) as pdf:
            total += len(pdf.pages)
    return total


def _passages(store: Path) -> int:
    """How many passages the store holds."""
    from ingest.store import Store

    return Store(store).passages.count()


def missed_targets(name: str, result: dict[str, Any]) -> list[str]:
    """Issue 12's targets this scale misses, in words (latency, memory and size targets are S100's)."""
    missed = [f"{name} 答案有误：{why}" for why in result.get("answers_wrong", [])]
    if result.get("ask_errors"):
        missed.append(f"{name} 网页 /ask 有 {result['ask_errors']} 次回答出错")
    if name == "S1" and result.get("open_seconds", 0) >= TARGETS["open_s_S1"]:
        missed.append(f"S1 打开 {result['open_seconds']} 秒 ≥ {TARGETS['open_s_S1']} 秒")
    if name != "S100":
        return missed
    if result.get("jobs2_speedup", TARGETS["jobs2_speedup"]) < TARGETS["jobs2_speedup"]:
        missed.append(f"S100 --jobs 2 加速比 {result['jobs2_speedup']} < {TARGETS['jobs2_speedup']}")
    limits = {"answer_scoped_p95_ms": "有范围的回答 p95", "answer_unscoped_p95_ms": "无范围的回答 p95",
              "plain_ask_p95_ms_1": "/api/ask p95（1 客户端）", "plain_ask_p95_ms_8": "/api/ask p95（8 客户端）",
              "app_rss_mb": "应用内存峰值",
              "ready_s": "应用就绪", "unchanged_reingest_s": "未变化重导入"}
    for key, words in limits.items():
        limit = TARGETS.get(key, TARGETS.get(f"{key}_S100"))
        if key in result and result[key] >= limit:
            missed.append(f"S100 {words} {result[key]} ≥ {limit}")
    if result.get("unscoped_max_chars", 0) >= TARGETS["unscoped_chars"]:
        missed.append(f"S100 无范围的回答最长 {result['unscoped_max_chars']} 字 ≥ {TARGETS['unscoped_chars']}")
    if result.get("open_seconds", 0) >= TARGETS["open_s_S100"]:
        missed.append(f"S100 打开 {result['open_seconds']} 秒 ≥ {TARGETS['open_s_S100']} 秒")
    return missed


TABLE_ROWS: tuple[tuple[str, str], ...] = (
    ("documents", "报告数"), ("projects", "项目数"), ("pages", "页数"), ("passages", "文本段"),
    ("ingest_jobs1_s", "导入 1 进程（秒）"), ("ingest_jobs2_s", "导入 2 进程（秒）"), ("jobs2_speedup", "2 进程加速比"),
    ("ingest_jobs1_cpu_s", "导入 1 进程 CPU（秒）"), ("ingest_jobs2_cpu_s", "导入 2 进程 CPU（秒）"),
    ("unchanged_reingest_s", "未变化重导入（秒）"), ("ingest_peak_rss_mb", "导入内存峰值（MB）"),
    ("ingest_load_average_at_start", "导入开始时机器负载"), ("ingest_load_average_at_end", "导入结束时机器负载"),
    ("open_seconds", "打开库（秒）"), ("import_seconds", "导入模块（秒）"),
    ("answer_scoped_p50_ms", "有范围回答 p50（毫秒）"), ("answer_scoped_p95_ms", "有范围回答 p95（毫秒）"),
    ("answer_unscoped_p50_ms", "无范围回答 p50（毫秒）"), ("answer_unscoped_p95_ms", "无范围回答 p95（毫秒）"),
    ("unscoped_max_chars", "无范围回答最长（字）"), ("ready_s", "应用就绪（秒）"),
    ("plain_ask_p95_ms_1", "/api/ask p95，1 客户端（毫秒）"), ("plain_ask_p95_ms_8", "/api/ask p95，8 客户端（毫秒）"),
    ("ask_p95_ms_1", "Gradio /ask p95，1 客户端（毫秒）"), ("ask_p95_ms_8", "Gradio /ask p95，8 客户端（毫秒）"),
    ("ask_errors", "/ask 出错次数"), ("app_rss_mb", "应用内存峰值（MB）"), ("store_mb", "库大小（MB）"),
    ("load_average_at_start", "开始时机器负载（1 分钟平均）"), ("load_average_at_end", "结束时机器负载"),
)


def table(results: dict[str, dict[str, Any]]) -> str:
    """The README's Markdown table: one row per figure, one column per scale measured."""
    scales = [name for name in SCALES if name in results]
    lines = ["| | " + " | ".join(scales) + " |", "| --- |" + " ---: |" * len(scales)]
    for key, words in TABLE_ROWS:
        lines.append(f"| {words} | " + " | ".join(str(results[s].get(key, "—")) for s in scales) + " |")
    lines.append("| 答案与标准答案不符 | " + " | ".join(
        f"{len(results[s]['answers_wrong'])} / {results[s]['questions']}" if "questions" in results[s] else "—"
        for s in scales) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Measure the scales asked, merge them into the results file, print the table; 1 if a target is missed."""
    parser = argparse.ArgumentParser(description="规模基准：生成 S1/S10/S100 语料，测导入、打开、回答、网页 /ask、内存和库大小，并对照标准答案。")
    parser.add_argument("--scales", default="S1,S10", help="要测的规模，逗号分隔（S1、S10、S100）")
    parser.add_argument("--work", type=Path, default=Path("/tmp/jixiao-scale"), help="语料和库的工作目录")
    parser.add_argument("--jobs", default="1,2", help="导入时依次使用的进程数（逗号分隔；S100 用 2 即可）")
    parser.add_argument("--rounds", type=int, default=3, help="每个问题计时几遍")
    parser.add_argument("--requests", type=int, default=20, help="/ask 每个客户端的请求数")
    parser.add_argument("--table", action="store_true", help="只打印结果文件中的表格")
    stage = parser.add_mutually_exclusive_group()
    stage.add_argument("--reuse-store", action="store_true",
                       help="用上次导入的库重测打开、回答和网页（改了问答或应用之后），导入的结果保留")
    stage.add_argument("--ingest-only", action="store_true",
                       help="只重测导入（用上次生成的语料，每个进程数导入一个新库，再测未变化重导入），其余结果保留")
    args = parser.parse_args(argv)
    if args.table:
        print(table(_read_results()))
        return 0
    missed: list[str] = []
    jobs_list = [int(j) for j in args.jobs.split(",")]
    for name in args.scales.split(","):
        print(f"== {name} ==", flush=True)
        result: dict[str, Any] = {}
        try:
            if args.ingest_only:
                ingest_again(name, args.work, jobs_list, result)
            elif args.reuse_store:
                remeasure(name, args.work, jobs_list, args.rounds, args.requests, result)
            else:
                measure_scale(name, args.work, jobs_list, args.rounds, args.requests, result)
        except Exception as err:  # noqa: BLE001 - keep the figures measured before the failing stage
            result["error"] = f"{type(err).__name__}: {err}"[:2000]
            missed.append(f"{name} 未测完：{result['error'][:200]}")
        print(json.dumps(result, ensure_ascii=False), flush=True)
        results = _read_results()  # read now, not at the start: another stage's run may have written meanwhile
        kept = {k: v for k, v in results.get(name, {}).items() if k != "error"}
        results[name] = {**kept, **result} if args.reuse_store or args.ingest_only else result
        missed += missed_targets(name, results[name])
        write_result("scale", results, [])
    print(table(results))
    return write_result("scale", results, missed)


def _read_results() -> dict[str, dict[str, Any]]:
    """The results file as it is now (empty before the first run)."""
    path = RESULTS_DIR / "scale.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


if __name__ == "__main__":
    sys.exit(main())
