"""``python -m ingest list | delete | corrections``: look after what is stored, in Chinese.

    python -m ingest list                                   # 已导入的报告：部门、年度、项目数、导入时间
    python -m ingest delete 自评表.pdf                        # 按文件名删除
    python -m ingest delete --department 生态环境局 --year 2024  # 按部门和年度删除
    python -m ingest corrections export 校对.csv             # 导出可校对的名称与文字
    python -m ingest corrections import 校对.csv --by 张三     # 导入校对结果

Each command is one ``Store`` call plus argument handling (the app's 文档 and
校对 tabs call the same methods).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from ingest.corrections import CorrectionError
from ingest.corrections_file import read_changes, write_csv
from ingest.sql_store import StoredReport
from ingest.store import Store, default_store_dir

COMMANDS = ("list", "delete", "corrections")
"""The first words that make ``python -m ingest`` manage the store instead of reading files."""


def build_parser() -> argparse.ArgumentParser:
    """The management commands, with help in Chinese."""
    parser = argparse.ArgumentParser(prog="python -m ingest", description="查看、删除已导入的报告，导出或导入校对。")
    store = argparse.ArgumentParser(add_help=False)
    store.add_argument("--store", type=Path, default=None, help=f"库目录（默认 $JIXIAO_STORE 或 {default_store_dir()}）")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", parents=[store], help="列出已导入的报告")
    delete = commands.add_parser("delete", parents=[store], help="删除报告（其数字、文字段落和校对一并删除）",
                                 description="按文件名，或按部门和年度删除已导入的报告。")
    delete.add_argument("files", nargs="*", metavar="文件名", help="要删除的报告文件名（见 python -m ingest list）")
    delete.add_argument("--department", default=None, help="部门全称或其中一段（如 生态环境局）")
    delete.add_argument("--year", type=int, default=None, help="年度（如 2024）")
    corrections = commands.add_parser("corrections", help="校对：导出、导入项目名称、指标名称、偏差原因等文字的更正")
    steps = corrections.add_subparsers(dest="step", required=True)
    export = steps.add_parser("export", parents=[store], help="把可校对的内容导出为 CSV（可用 Excel 打开填写“校对后”一列）")
    export.add_argument("file", type=Path, metavar="FILE.csv")
    load = steps.add_parser("import", parents=[store], help="导入填好的 CSV：“校对后”有内容的保存，清空的撤销")
    load.add_argument("file", type=Path, metavar="FILE.csv")
    load.add_argument("--by", default=None, help="校对人（默认当前系统用户名）")
    return parser


def main(argv: Sequence[str]) -> int:
    """Run one management command: 0 when done, 1 when refused (nothing changed), 2 on bad usage."""
    args = build_parser().parse_args(argv)
    store = Store(args.store)
    try:
        if args.command == "list":
            return _list(store)
        if args.command == "delete":
            return _delete(store, args)
        if args.step == "export":
            count = write_csv(store.documents(), args.file)
            print(f"已导出 {count} 行到 {args.file}：在“校对后”一列填写正确的文字，保存后用 corrections import 导入。")
            return 0
        return _import(store, args.file, args.by or getpass.getuser())
    except (LookupError, CorrectionError) as err:
        print(f"未执行：{err}（库未改动）", file=sys.stderr)
        return 1
    except OSError as err:  # a CSV that cannot be read or written: its name, not Python's English reason
        print(f"未执行：无法读写文件 {err.filename or ''}（库未改动）", file=sys.stderr)
        return 1


def import_time(stored_at: str | None) -> str:
    """When a report was imported, in this machine's local time to the minute (stored in UTC)."""
    if not stored_at:
        return "时间未记录"
    return datetime.fromisoformat(stored_at).astimezone().strftime("%Y-%m-%d %H:%M")


def report_line(report: StoredReport) -> str:
    """One report as the list and the deletion print it."""
    return (f"{report.department or '部门未知'}  {report.year or '年度未知'}年度  {report.projects} 个项目  "
            f"导入于 {import_time(report.ingested_at)}  {report.file_name}")


def _list(store: Store) -> int:
    """Print every stored report."""
    reports = store.reports()
    for report in reports:
        print(report_line(report))
    print(f"共 {len(reports)} 份报告。库：{store.dir}")
    return 0


def _delete(store: Store, args: argparse.Namespace) -> int:
    """Delete the reports the arguments name and list what went."""
    chosen = store.find_reports(args.files, args.department, args.year)
    listed = {r.file_name: r for r in store.reports()}
    store.delete(chosen)
    for doc in chosen:
        print(f"已删除：{report_line(listed[doc.file_name])}")
    print(f"共删除 {len(chosen)} 份报告（数字、文字段落和校对一并删除）。")
    return 0


def _import(store: Store, path: Path, author: str) -> int:
    """Store the changes a returned CSV asks for, all or none."""
    changes = read_changes(path, store.documents())
    saved, withdrawn = store.correct(changes, author)
    print(f"已导入校对：保存 {saved} 条，撤销 {withdrawn} 条（校对人：{author}）。")
    return 0
