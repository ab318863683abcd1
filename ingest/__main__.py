"""``python -m ingest PATH... [--store DIR] [--department NAME] [--year YYYY]``: read reports into the store;
``python -m ingest list | delete | corrections ...`` look after it (``ingest.manage``).

A thin layer over ``ingest.store.Store.ingest``: argument handling, per-file
progress and a summary. Exit 0 only if every file went in.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from multiprocessing import get_context
from pathlib import Path

from ingest.errors import IngestError
from ingest.manage import COMMANDS
from ingest.manage import main as manage
from ingest.reading import SUPPORTED_SUFFIXES
from ingest.records import Document
from ingest.store import IngestOutcome, Store, default_store_dir, read_checked

def build_parser() -> argparse.ArgumentParser:
    """The command line, with help in Chinese."""
    parser = argparse.ArgumentParser(
        prog="python -m ingest",
        description="把项目支出绩效自评表（PDF、Excel .xlsx、Word .docx 或文本提取 .txt）导入本地库：数字进 SQL 侧表，文字进 Chroma 检索库。",
        epilog="示例：python -m ingest data/samples/  ；同一文件重复导入不会产生重复数据，文件内容变化则替换旧版本。"
               "查看、删除报告与校对：python -m ingest list / delete / corrections（各加 -h 看说明）。",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="要导入的文件或文件夹（文件夹下的 .pdf/.xlsx/.docx/.txt 全部导入）")
    parser.add_argument("--store", type=Path, default=None, help=f"库目录（默认 $JIXIAO_STORE 或 {default_store_dir()}）")
    parser.add_argument("--department", default=None, help="主管部门；默认从文档读取，指定则覆盖")
    parser.add_argument("--year", type=int, default=None, help="年度（如 2024）；默认从文档读取，指定则覆盖")
    parser.add_argument(
        "--allow-incomplete", action="store_true",
        help="表格不完整（没有总分、评分等级行，可能缺页）的报告也导入已有部分；默认拒绝导入并说明哪几个项目不完整",
    )
    parser.add_argument("--jobs", type=_positive, default=default_jobs(), metavar="N",
                        help=f"同时读取文件的进程数（默认本机可用的 CPU 核数，此处为 {default_jobs()}）；写入库仍按文件顺序逐个进行")
    return parser


def default_jobs() -> int:
    """The cores this process may run on: reading a PDF is CPU-bound, so one reading process per core."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _positive(text: str) -> int:
    """A --jobs value: a whole number of at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"应为不小于 1 的整数，收到 {text!r}")
    return int(text)


def expand_paths(paths: Sequence[Path]) -> Iterator[Path]:
    """Files as given, and the supported files inside given folders (sorted, recursive)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            yield path


Reader = Callable[[], Document]
"""Returns one file's Document, or raises its IngestError."""


@contextmanager
def document_readers(paths: Sequence[Path], jobs: int, **options: object) -> Iterator[list[Reader]]:
    """One reader per path, in order: in this process for one job, else over a pool of ``jobs`` reading processes
    that start on every path at once, so the caller can write each document as soon as it and those before it
    are read. Spawned, not forked: a fork would copy this process's threads and Chroma handles half-held."""
    if jobs <= 1 or len(paths) <= 1:
        yield [partial(read_checked, path, **options) for path in paths]
        return
    with ProcessPoolExecutor(min(jobs, len(paths)), mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(read_checked, path, **options) for path in paths]
        try:
            yield [future.result for future in futures]
        finally:
            for future in futures:
                future.cancel()


def ingest_in_order(store: Store, files: Sequence[Path], args: argparse.Namespace) -> Iterator[
        tuple[Path, IngestOutcome | IngestError, bool]]:
    """Ingest ``files`` in order; yield (path, outcome or the error that refused it, whether it was skipped unread).

    Files whose bytes are stored already are answered before anything is
    parsed; the others are read ``args.jobs`` at a time and written here one
    by one, in the order given, so the store sees the same sequence of writes
    as with one job.
    """
    kept = {path: store.unchanged(path, args.department, args.year) for path in files}
    to_read = [path for path in files if kept[path] is None]
    with document_readers(to_read, args.jobs, department=args.department, year=args.year,
                          allow_incomplete=args.allow_incomplete) as readers:
        if to_read:
            store.ready_to_write()  # opening the passage index takes seconds: done while the readers read
        pending = iter(readers)
        for path in files:
            outcome = kept[path]
            if outcome is not None:
                yield path, outcome, True
                continue
            try:
                result: IngestOutcome | IngestError = store.write(next(pending)(), path)
            except IngestError as err:
                result = err
            yield path, result, False


def main(argv: Sequence[str] | None = None) -> int:
    """Ingest every path, print progress and a summary; 0 if all succeeded, 1 otherwise, 2 on bad usage. A first
    word of ``list``, ``delete`` or ``corrections`` runs that command instead (``ingest.manage``)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        return manage(argv)
    args = build_parser().parse_args(argv)
    files = list(expand_paths(args.paths))
    if not files:
        print("没有找到可导入的文件（支持 .pdf、.xlsx、.docx 和 .txt）。", file=sys.stderr)
        return 2
    store = Store(args.store)
    totals = {"ok": 0, "failed": 0, "projects": 0, "indicators": 0, "findings": 0, "warnings": 0}
    started = time.perf_counter()
    for number, (path, result, skipped) in enumerate(ingest_in_order(store, files, args), 1):
        print(f"[{number}/{len(files)}] {path} …", flush=True)
        if isinstance(result, IngestError):
            totals["failed"] += 1
            print(f"  ✗ 导入失败：{result}（库未改动）", file=sys.stderr, flush=True)
        else:
            _count(totals, result)
            print(f"  ✓ {progress_line(result, skipped, time.perf_counter() - started)}", flush=True)
            for warning in result.warnings:
                print(f"    警告：{warning}", flush=True)
        started = time.perf_counter()
    print(
        f"完成：成功 {totals['ok']} 个文件，失败 {totals['failed']} 个；共 {totals['projects']} 个项目，"
        f"{totals['indicators']} 个指标，{totals['findings']} 条核对发现，{totals['warnings']} 条警告。库：{store.dir}"
    )
    return 0 if totals["failed"] == 0 else 1


def _count(totals: dict[str, int], outcome: IngestOutcome) -> None:
    """Add one ingested file to the summary's totals."""
    totals["ok"] += 1
    for key in ("projects", "indicators", "findings"):
        totals[key] += getattr(outcome, key)
    totals["warnings"] += len(outcome.warnings)


def progress_line(outcome: IngestOutcome, skipped: bool, seconds: float) -> str:
    """One file's progress line: what happened, its passages, and whether it was skipped without being read."""
    skip = "，文件未变化，跳过读取" if skipped else ""
    return f"{outcome.summary()}，{outcome.passages} 段文本{skip}（{seconds:.2f} 秒）"


if __name__ == "__main__":
    sys.exit(main())
