"""``python -m evals.run SET.jsonl [--store DIR] [--report PATH] [--min-score 0.95] [--llm]``: grade the assistant.

Ingests the documents the set names (into a fresh temporary store unless
``--store`` is given), asks every question as its own conversation, grades the
last turn, prints the per-family table and every failure, and writes a JSON
report. Exit status: 0 when the score reaches ``--min-score`` and no answer is
wrong (no wrong number, no found=true where the data holds nothing, no wrong
project set), 1 otherwise, 2 when the set or its documents cannot be used.

``--llm`` runs the set a second time with the LLM-routed assistant
(``assistant.llm.routing.build_assistant``, configured by ``JIXIAO_LLM_*`` or
the ``--llm-*`` flags) and shows the two modes side by side; with no LLM
configured it says so in Chinese and runs the rules only.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from assistant.llm.config import LlmConfigError, add_llm_arguments, config_from_args
from evals.grading import Grade, grade_answer, grade_error
from evals.questions import Question, QuestionSetError, load_questions
from evals.report import ModeRun, answer_modes, build_report, format_failure, format_table
from ingest.resources import bundled, in_checkout

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DOCUMENT_DIRS: tuple[Path, ...] = (
    bundled("data/samples", "webapp.samples"),
    PROJECT_ROOT / "evals" / "documents",
    PROJECT_ROOT / "evals" / "documents" / "corpus",
)
"""Where a question's documents are looked up, in order."""
REPORT_DIR = PROJECT_ROOT / "evals" / "reports" if in_checkout() else Path.cwd() / "evals_reports"
"""Reports go beside the sets in a checkout, and to the working folder for an installed package (never
site-packages)."""
DEFAULT_MIN_SCORE = 0.95


class EvalSetupError(Exception):
    """The run cannot start (missing document, failed ingest); the message is for the user, in Chinese."""


def build_parser() -> argparse.ArgumentParser:
    """The command line, with help in Chinese like the other entry points."""
    parser = argparse.ArgumentParser(prog="python -m evals.run", description="用问题集评测问答助手：逐题提问、判分、输出分题型准确率和失败明细。")
    parser.add_argument("set", type=Path, metavar="SET.jsonl", help="问题集（JSONL，每行一题）")
    parser.add_argument("--store", type=Path, default=None, help="使用（并导入到）这个库目录；默认每次新建临时库")
    parser.add_argument("--report", type=Path, default=None, help="JSON 报告路径（默认 evals/reports/<问题集名>.json）")
    parser.add_argument("--min-score", type=_share, default=DEFAULT_MIN_SCORE, help=f"最低通过率（0–1），低于则退出码为 1（默认 {DEFAULT_MIN_SCORE}）")
    parser.add_argument("--llm", action="store_true", help="先用规则模式、再用 LLM 模式各跑一遍，并列对比")
    add_llm_arguments(parser)
    return parser


def _share(text: str) -> float:
    """A --min-score value: a share between 0 and 1, so that "95" (meant as a percentage) is refused, not never met."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"应为 0 到 1 之间的小数（如 0.95），收到 {text!r}")
    return value


def resolve_documents(questions: list[Question], search_dirs: Sequence[Path] = DOCUMENT_DIRS) -> list[Path]:
    """The file of every document the set names, found in ``search_dirs``; a missing one stops the run.

    The set names, over all its questions: each ``document`` (except "*"), the
    file of each ``"FILE#SEQ"`` project reference, and each ``store`` entry.
    """
    names = list(dict.fromkeys(name for q in questions for name in q.needed_documents))
    if not names:
        raise EvalSetupError("问题集没有指明任何文档（document 全为 \"*\" 且没有 store 或 \"文件名#序号\" 引用）")
    paths = []
    for name in names:
        found = next((d / name for d in search_dirs if (d / name).is_file()), None)
        if found is None:
            where = "、".join(str(d) for d in search_dirs)
            raise EvalSetupError(f"找不到问题集引用的文档 {name}（已查找：{where}）")
        paths.append(found)
    return paths


def fill_store(store: Any, paths: list[Path]) -> None:
    """Ingest ``paths`` into ``store``; re-ingesting unchanged files is a no-op, so a given --store is reused."""
    from ingest.errors import IngestError

    for path in paths:
        try:
            outcome = store.ingest(path)
        except IngestError as err:
            raise EvalSetupError(f"文档导入失败：{err}") from err
        print(f"导入 {path.name}：{outcome.status}，{outcome.projects} 个项目", file=sys.stderr)


def timed(action: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    """Call ``action(*args)``; return its result and the seconds it took."""
    started = time.perf_counter()
    result = action(*args)
    return result, time.perf_counter() - started


def ask_conversation(assistant: Any, question: Question) -> tuple[dict[str, Any], float]:
    """Ask every turn in one new conversation; return the last turn's contract dict and its answer time."""
    conversation = assistant.new_conversation()
    for turn in question.turns[:-1]:
        assistant.ask(turn, conversation)
    answer, seconds = timed(assistant.ask, question.turns[-1], conversation)
    return answer.to_dict(), seconds


def run_mode(mode: str, assistant: Any, questions: list[Question]) -> ModeRun:
    """Ask and grade every question; an exception in one question fails that question, not the run."""
    started = time.perf_counter()
    grades: list[Grade] = []
    for question in questions:
        asked = time.perf_counter()
        try:
            answer, seconds = ask_conversation(assistant, question)
        except Exception as err:  # noqa: BLE001 - any assistant crash is a graded failure, reported with its type
            grades.append(grade_error(question, err, time.perf_counter() - asked))
            continue
        grades.append(grade_answer(answer, question, seconds))
    return ModeRun(mode=mode, grades=grades, seconds=time.perf_counter() - started)


def build_llm_assistant(store: Any, args: argparse.Namespace) -> tuple[Any | None, str | None]:
    """The LLM-routed assistant over ``store``, or None and the Chinese reason LLM mode is unavailable."""
    from assistant.llm.routing import build_assistant

    try:
        config = config_from_args(args)
        if config is None:
            return None, "LLM 模式不可用：未配置大模型（设置 JIXIAO_LLM_PROVIDER 和 JIXIAO_LLM_MODEL，或用 --llm-provider / --llm-model），只运行了规则模式。"
        return build_assistant(store, config), None
    except LlmConfigError as err:
        return None, f"LLM 模式不可用：{err}；只运行了规则模式。"


def failed_gate(runs: list[ModeRun], min_score: float) -> list[str]:
    """Why the run fails (score under the bar, any wrong number, any other wrong answer), one Chinese line per reason.

    Wrong answers holding a wrong number are already named by the wrong-number
    line; the others (found=true where the data holds nothing, a wrong project
    set) get their own.
    """
    reasons = []
    for run in runs:
        counts = run.tally
        if counts.score < min_score:
            reasons.append(f"{run.mode} 模式得分 {counts.score:.1%} 低于要求的 {min_score:.1%}")
        if counts.wrong_numbers:
            reasons.append(f"{run.mode} 模式有 {counts.wrong_numbers} 个数字错误")
        if counts.wrong_without_wrong_number:
            reasons.append(
                f"{run.mode} 模式有 {counts.wrong_answers} 个错误回答（其中 {counts.wrong_without_wrong_number} 个"
                "是不该回答却回答了或项目不对）"
            )
    return reasons


def default_report_path(set_path: Path) -> Path:
    """``evals/reports/<set name>.json``."""
    return REPORT_DIR / f"{set_path.stem}.json"


def print_runs(runs: list[ModeRun]) -> None:
    """The table, then every failure of every mode."""
    print(format_table(runs))
    for run in runs:
        failures = [g for g in run.grades if not g.passed]
        counts = run.tally
        print(f"\n{run.mode} 模式：{len(failures)} 题未通过，其中错答 {counts.wrong_answers}、漏答 {counts.missed}（用时 {run.seconds:.2f} 秒，回答方式 {answer_modes(run.grades)}）")
        for grade in failures:
            print(format_failure(grade))


def evaluate(args: argparse.Namespace) -> tuple[list[ModeRun], list[str]]:
    """Open the store, ingest, and run the requested modes; return the runs and notes for the report."""
    from assistant.engine import Assistant
    from ingest.store import Store

    questions = load_questions(args.set)
    documents = resolve_documents(questions)
    notes: list[str] = []
    with ExitStack() as stack:
        store_dir = args.store or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="jixiao-eval-")))
        store = Store(store_dir)
        fill_store(store, documents)
        runs = [run_mode("rules", Assistant(store), questions)]
        if args.llm:
            llm_assistant, unavailable = build_llm_assistant(store, args)
            if unavailable:
                notes.append(unavailable)
                print(unavailable)
            else:
                runs.append(run_mode("llm", llm_assistant, questions))
    return runs, notes


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation; see the module docstring for the exit status."""
    args = build_parser().parse_args(argv)
    try:
        runs, notes = evaluate(args)
    except (QuestionSetError, EvalSetupError) as err:
        print(f"评测无法开始：{err}", file=sys.stderr)
        return 2
    print_runs(runs)
    report_path = args.report or default_report_path(args.set)
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(json.dumps(build_report(str(args.set), runs, notes), ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\n报告已写入 {report_path}")
    reasons = failed_gate(runs, args.min_score)
    for reason in reasons:
        print(f"未达标：{reason}", file=sys.stderr)
    return 1 if reasons else 0


if __name__ == "__main__":
    sys.exit(main())
