"""``python -m ingest PATH... [--store DIR] [--department NAME] [--year YYYY]``: read reports into the store;
``python -m ingest list | delete | corrections ...`` look after it (``ingest.manage``).

A thin layer over ``ingest.store.Store.ingest``: argument handling, per-file
progress and a summary. Exit 0 only if every file went in.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from ingest.errors import IngestError
from ingest.manage import COMMANDS
from ingest.manage import main as manage
from ingest.reading import SUPPORTED_SUFFIXES
from ingest.store import Store, default_store_dir


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
    return parser


def expand_paths(paths: Sequence[Path]) -> Iterator[Path]:
    """Files as given, and the supported files inside given folders (sorted, recursive)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            yield path


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
    for number, path in enumerate(files, 1):
        started = time.perf_counter()
        print(f"[{number}/{len(files)}] {path} …", flush=True)
        try:
            outcome = store.ingest(path, department=args.department, year=args.year,
                                   allow_incomplete=args.allow_incomplete)
        except IngestError as err:
            totals["failed"] += 1
            print(f"  ✗ 导入失败：{err}（库未改动）", file=sys.stderr, flush=True)
            continue
        totals["ok"] += 1
        for key in ("projects", "indicators", "findings"):
            totals[key] += getattr(outcome, key)
        totals["warnings"] += len(outcome.warnings)
        print(
            f"  ✓ {outcome.summary()}，{outcome.passages} 段文本（{time.perf_counter() - started:.2f} 秒）",
            flush=True,
        )
        for warning in outcome.warnings:
            print(f"    警告：{warning}", flush=True)
    print(
        f"完成：成功 {totals['ok']} 个文件，失败 {totals['failed']} 个；共 {totals['projects']} 个项目，"
        f"{totals['indicators']} 个指标，{totals['findings']} 条核对发现，{totals['warnings']} 条警告。库：{store.dir}"
    )
    return 0 if totals["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
