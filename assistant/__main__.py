"""``python -m assistant ask [--store DIR] [--json] [--batch FILE] [QUESTION...]``: ask the stored reports.

A thin layer over ``assistant.engine.Assistant`` (DESIGN.md, command-line
contract): several questions are the turns of one conversation; ``--json``
prints one contract object per line per turn; ``--batch`` reads one
conversation per line (turns separated by ``|``) and prints the contract object
of each line's last turn; with no question, an interactive prompt keeps one
conversation going.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from assistant.contract import Answer
from assistant.engine import Assistant
from assistant.llm import open_assistant
from assistant.llm.config import LlmConfigError, add_llm_arguments, config_from_args
from ingest.store import Store, default_store_dir

_INGEST_HINT = "库中还没有任何绩效自评表。请先导入，例如：python -m ingest data/samples/"
_QUIT_WORDS = {"退出", "exit", "quit", "q"}


class _ChineseHelpFormatter(argparse.HelpFormatter):
    """argparse's help with a Chinese usage prefix."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        """The usage line; argparse passes prefix "" when it builds a subcommand's prog, which stays as is."""
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


def _chinese_headings(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Help headings and the -h option in Chinese (argparse prints English ones by default)."""
    parser._positionals.title = "参数"
    parser._optionals.title = "选项"
    parser.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The command line, with help in Chinese."""
    parser = _chinese_headings(argparse.ArgumentParser(
        prog="python -m assistant",
        add_help=False,
        formatter_class=_ChineseHelpFormatter,
        description="绩效问答：用中文询问已导入的项目支出绩效自评表（得分、预算执行、扣分原因、指标、排名、合计等）。",
    ))
    commands = parser.add_subparsers(dest="command", required=True, metavar="命令")
    ask = _chinese_headings(commands.add_parser(
        "ask",
        add_help=False,
        formatter_class=_ChineseHelpFormatter,
        help="提问（多个问题视为同一段对话的连续追问）",
        description="提问。多个问题视为同一段对话的连续几轮；不给问题则进入交互模式（输入“退出”结束）。",
        epilog="示例：python -m assistant ask \"大气项目的执行率是多少？\" \"那它的总分呢？\"",
    ))
    ask.add_argument("questions", nargs="*", metavar="QUESTION", help="问题；多个问题为同一对话的连续追问")
    ask.add_argument("--store", type=Path, default=None, metavar="DIR",
                     help=f"库目录（默认 $JIXIAO_STORE 或 {default_store_dir()}）")
    ask.add_argument("--json", action="store_true", help="每轮输出一行 JSON（回答契约对象）")
    add_llm_arguments(ask)
    ask.add_argument("--batch", type=Path, default=None, metavar="FILE",
                     help="批量模式：每行一段对话，轮次用 | 分隔；每行输出最后一轮的 JSON")
    return parser


def answer_json(answer: Answer) -> str:
    """One contract object on one line."""
    return json.dumps(answer.to_dict(), ensure_ascii=False)


def ask_turns(assistant: Assistant, turns: Iterable[str]) -> list[Answer]:
    """The answers to the turns of one conversation, in order."""
    conversation = assistant.new_conversation()
    return [assistant.ask(turn, conversation) for turn in turns]


def run_batch(assistant: Assistant, lines: Iterable[str]) -> Iterable[str]:
    """For each non-blank line (a conversation, turns split by ``|``), the JSON of its last turn's answer."""
    for line in lines:
        if not line.strip():
            continue
        turns = [turn.strip() for turn in line.rstrip("\n").split("|")]
        yield answer_json(ask_turns(assistant, turns)[-1])


def interactive(assistant: Assistant, as_json: bool) -> None:
    """A prompt that keeps one conversation until 退出 or end of input."""
    conversation = assistant.new_conversation()
    print("绩效问答（输入“退出”结束）")
    while True:
        try:
            question = input("问：").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return
        if question in _QUIT_WORDS:
            return
        if question:
            _print_answer(assistant.ask(question, conversation), as_json)


def _print_answer(answer: Answer, as_json: bool) -> None:
    """The answer as JSON (one line) or as plain text with its sources (no Markdown markers in a terminal)."""
    understood = f"（理解为：{answer.understood}）\n" if answer.understood and answer.found else ""
    print(answer_json(answer) if as_json else plain_text(answer.answer) + "\n" + understood, flush=True)


def plain_text(markdown: str) -> str:
    """An answer's Markdown as a terminal shows it: no Markdown markers (**bold**, __bold__, a quote's ``> ``),
    quotes indented instead; list items (- , 1. ) and source markers ([3]) read as plain text already."""
    lines = [_QUOTE_RE.sub("    ", line) for line in markdown.split("\n")]
    return _EMPHASIS_RE.sub(r"\2", "\n".join(lines))


_EMPHASIS_RE = re.compile(r"(\*\*|__)(.+?)\1")
"""Bold markers around a name or a figure."""
_QUOTE_RE = re.compile(r"^\s*> ")
"""A quoted passage's marker at the start of a line."""


def missing_store(store_dir: Path) -> str | None:
    """The Chinese message when ``store_dir`` does not exist, else None: asking must not create an empty store
    (a mistyped --store would otherwise answer "no reports" and leave a stray folder behind)."""
    if store_dir.is_dir():
        return None
    return (f"库目录 {store_dir} 不存在。请检查 --store 或 JIXIAO_STORE 是否写错；"
            f"新库请先导入报告，例如：python -m ingest 报告文件夹/ --store {store_dir}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; 0 when it ran (an unanswerable question is still an answer), 2 on bad usage or input."""
    args = build_parser().parse_args(argv)
    missing = missing_store(args.store or default_store_dir())
    if missing:
        print(missing, file=sys.stderr)
        return 2
    store = Store(args.store)
    if not store.documents():
        print(_INGEST_HINT, file=sys.stderr)
    try:
        assistant = open_assistant(store, config_from_args(args))
    except LlmConfigError as err:
        print(f"大模型配置有误：{err}", file=sys.stderr)
        return 2
    if args.batch is not None:
        try:
            lines = args.batch.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as err:
            print(f"无法读取批量问题文件 {args.batch}：{err}", file=sys.stderr)
            return 2
        for output in run_batch(assistant, lines):
            print(output, flush=True)
        return 0
    if not args.questions:
        interactive(assistant, args.json)
        return 0
    for answer in ask_turns(assistant, args.questions):
        _print_answer(answer, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
