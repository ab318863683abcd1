"""Meaning-keeping rewrites of a question set: the same conversations as staff also type them, to grade again.

A set one has tuned on measures nothing new; but each of its questions can be typed another way that asks exactly
the same — with a polite lead (问一下 …) or a closing particle (… 来着, 谢谢), a comma for a space or none at all,
a number in words (百分之九十五 for 95%), a year in two digits, the 的 before a noun left out. The expectation is
unchanged, so the rewritten set is graded as it stands; an answer that changes under such a rewrite shows a way of
reading that holds for the wording tuned on only (the follow-up behind 问一下 read as a new question; 除了X执行率最低
typed without a space read X执行率最低 as the name left out).

    python -m evals.perturb evals/bank/blind11.jsonl --out /tmp/blind11_typed.jsonl
    python -m evals.run /tmp/blind11_typed.jsonl

Only the graded (last) turn is rewritten; a rewrite that changes nothing is left out; each line's id gets
``~<rewrite>``. Which lead or particle a line gets is chosen from its id, so the output is the same every run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from evals.questions import TURN_SEPARATOR, load_questions

LEADS = ("帮我看下", "麻烦查一下 ", "那个啥 ", "问一下 ", "我想知道", "领导问 ", "快帮我查查 ")
"""Polite leads and who asked, said before the question."""
TAILS = ("来着", "啊", "呀", "？", " 谢谢", "呢 急", "哈")
"""Particles and thanks said after it."""
_DIGITS = "零一二三四五六七八九"
_HAN = r"[\u4e00-\u9fff]"


def spoken(number: int) -> str:
    """``number`` (0–999) as it is said: 95 → 九十五, 105 → 一百零五, 10 → 十."""
    if number < 10:
        return _DIGITS[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return ("十" if tens == 1 else _DIGITS[tens] + "十") + (_DIGITS[ones] if ones else "")
    hundreds, rest = divmod(number, 100)
    head = _DIGITS[hundreds] + "百"
    if rest == 0:
        return head
    return head + ("零" + _DIGITS[rest] if rest < 10 else spoken(rest) if rest >= 20 else "一" + spoken(rest))


def lead(question: str, pick: int) -> str | None:
    return LEADS[pick % len(LEADS)] + question


def tail(question: str, pick: int) -> str | None:
    return question + TAILS[pick % len(TAILS)]


def comma(question: str, pick: int) -> str | None:
    """Commas as spaces, or, with none, spaces as commas."""
    if re.search(r"[，,]", question):
        return re.sub(r"[，,]", " ", question)
    return question.replace(" ", "，") if " " in question else None


def run_on(question: str, pick: int) -> str | None:
    """The spaces between Chinese words left out."""
    return re.sub(rf"(?<={_HAN}) (?={_HAN})", "", question)


def words_for_numbers(question: str, pick: int) -> str | None:
    """Whole numbers before a unit, and percentages, said in words (300万 → 三百万, 95% → 百分之九十五)."""
    said = re.sub(r"(?<![\d.])(\d{1,3})(?![\d.年%])(?=[万分个条亿以])", lambda m: spoken(int(m.group(1))), question)
    return re.sub(r"(?<![\d.])(\d{1,3})%", lambda m: "百分之" + spoken(int(m.group(1))), said)


def short_year(question: str, pick: int) -> str | None:
    """2024年 as 24年, or 24年 as 2024年."""
    swapped = re.sub(r"(?<!\d)20(\d\d)年", r"\1年", question)
    return swapped if swapped != question else re.sub(r"(?<![\d.])(\d\d)年", r"20\1年", question)


def no_de(question: str, pick: int) -> str | None:
    """The first 的 between Chinese words left out (扣分最多的项目 → 扣分最多项目)."""
    return re.sub(rf"(?<={_HAN})的(?={_HAN})", "", question, count=1)


REWRITES: dict[str, Callable[[str, int], str | None]] = {
    "lead": lead, "tail": tail, "comma": comma, "run_on": run_on, "words_for_numbers": words_for_numbers,
    "short_year": short_year, "no_de": no_de,
}
"""Each rewrite by name; it returns the question typed that way (None or the same text: not applicable)."""


def rewritten(line: dict, names: Sequence[str]) -> list[dict]:
    """One line per rewrite of ``names`` that changes the graded turn of ``line`` (a question set's JSON object)."""
    turns = line["question"].split(TURN_SEPARATOR)
    pick = int(hashlib.md5(line["id"].encode()).hexdigest(), 16)
    out = []
    for name in names:
        last = REWRITES[name](turns[-1].strip(), pick)
        if last and last != turns[-1].strip():
            question = TURN_SEPARATOR.join([*turns[:-1], last if len(turns) == 1 else " " + last])
            out.append({**line, "id": f"{line['id']}~{name}", "question": question})
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evals.perturb",
        description="把问题集的每题改写成同义的说法（加客套话、语气词、去空格、数字读法、两位年份、省略“的”），"
                    "期望不变，写成新的问题集，再用 python -m evals.run 评测。")
    parser.add_argument("set", type=Path, metavar="SET.jsonl", help="原问题集")
    parser.add_argument("--out", type=Path, required=True, help="改写后的问题集（JSONL）")
    parser.add_argument("--rewrites", default=",".join(REWRITES),
                        help=f"用哪些改写，逗号分隔（默认全部：{','.join(REWRITES)}）")
    args = parser.parse_args(argv)
    names = [name for name in args.rewrites.split(",") if name]
    unknown = [name for name in names if name not in REWRITES]
    if unknown:
        parser.error(f"没有这种改写：{'、'.join(unknown)}（可选：{'、'.join(REWRITES)}）")
    load_questions(args.set)  # the set must be valid before it is rewritten
    lines = [json.loads(text) for text in args.set.read_text(encoding="utf-8").splitlines() if text.strip()]
    out = [new for line in lines for new in rewritten(line, names)]
    args.out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in out), encoding="utf-8")
    print(f"{len(lines)} 题改写为 {len(out)} 题：{args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
