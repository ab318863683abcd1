"""``jixiao ingest|ask|serve|eval ...`` (also ``python -m jixiao``): one command for every job of 绩效问答.

Each subcommand hands the rest of the command line to the module that already
serves it as ``python -m …`` (``ingest``, ``assistant ask``, ``webapp``,
``evals.run``), so the two forms can never drift apart. A subcommand's module
is imported only when it is chosen: ``jixiao ask`` never pays for Gradio.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from importlib import import_module

Runner = Callable[[list[str]], int]


def _module_main(module: str, prefix: Sequence[str] = ()) -> Runner:
    """A runner calling ``module.main(prefix + argv)``, importing the module only when run."""
    def run(argv: list[str]) -> int:
        return import_module(module).main([*prefix, *argv])

    return run


SUBCOMMANDS: dict[str, tuple[str, Runner]] = {
    "ingest": ("导入自评表文件或文件夹（同 python -m ingest）", _module_main("ingest.__main__")),
    "ask": ("提问（同 python -m assistant ask）", _module_main("assistant.__main__", ("ask",))),
    "serve": ("启动网页和 HTTP 接口（同 python -m webapp）", _module_main("webapp.__main__")),
    "eval": ("用问题集评测（同 python -m evals.run）", _module_main("evals.run")),
}


def usage() -> str:
    """The Chinese help: each subcommand with what it does."""
    lines = ["用法：jixiao 命令 [参数…]    （每个命令加 -h 查看其参数）", "", "命令："]
    lines += [f"  {name:<8}{summary}" for name, (summary, _) in SUBCOMMANDS.items()]
    lines += ["", "示例：jixiao ingest 报告文件夹/ ；jixiao ask \"哪些项目扣分了\" ；jixiao serve --port 7860"]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the named subcommand with the remaining arguments; 2 with the usage when none or an unknown one is named."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print(usage())
        return 0 if args else 2
    name, rest = args[0], args[1:]
    if name not in SUBCOMMANDS:
        print(f"没有“{name}”这个命令。\n\n{usage()}", file=sys.stderr)
        return 2
    return SUBCOMMANDS[name][1](rest)


if __name__ == "__main__":
    sys.exit(main())
