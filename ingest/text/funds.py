"""Step 3a of the text reader: the figure rows outside the indicator table — 项目资金 rows and the footer.

A 项目资金 row is, after its label, six values: 年初预算数, 全年预算数, 全年执行数,
分值, 执行率, 得分 (``-`` where the template prints none). The extraction adds
stray cells (``<u>)</u>``, a lone ``5``, ``300.70)``) and sometimes cuts an
amount in two (``1,417.9 ⇥ 9``). Amounts are printed with two decimals, which is
what tells a cut amount from a stray digit.
"""

from __future__ import annotations

import re

from ingest.records import FUND_LABELS, FundLine, SourceRef
from ingest.scoring import GRADE_BANDS
from ingest.text.lines import SCORE_RE, Line, compact
from ingest.values import normalize_text, parse_amount

_VALUE_RE = re.compile(r"^-?\d[\d,]*(?:\.\d*)?$")
_CUT_AMOUNT_RE = re.compile(r"^\d[\d,]*\.\d$")
_TRAILING_JUNK_RE = re.compile(r"[)）\]]+$")
GRADES = tuple(grade for _, grade in GRADE_BANDS)
_GRADE_WORDS = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差"}
_GRADE_LABEL_RE = re.compile(r"评分等级|评分等|等级|级")


def fund_cells_to_values(line: Line, kind: str) -> list[str]:
    """Given a 项目资金 line, return its value tokens after the label: numbers and ``-``, stray glyphs dropped."""
    tokens = [token for _, token in line.tokens()]
    label_end = _label_end(tokens, FUND_LABELS[kind])
    values: list[str] = []
    for token in tokens[label_end:]:
        token = _TRAILING_JUNK_RE.sub("", normalize_text(token))  # a figure, compared and parsed half-width
        if token == "-" or _VALUE_RE.match(token):
            values.append(token)
    return _join_cut_amounts(values)


def _label_end(tokens: list[str], labels: tuple[str, ...]) -> int:
    """The index of the first token after the fund label, which may be split over tokens (``当年财政 拨款``)."""
    text = ""
    for index, token in enumerate(tokens):
        text += token
        if any(label in text for label in labels):
            return index + 1
    return len(tokens)


def _join_cut_amounts(values: list[str]) -> list[str]:
    """Join an amount cut before its last decimal (``1,417.9`` + ``9``) back into one (``1,417.99``)."""
    joined: list[str] = []
    for value in values:
        if joined and _CUT_AMOUNT_RE.match(joined[-1]) and re.fullmatch(r"\d", value):
            joined[-1] += value
        else:
            joined.append(value)
    return joined


def values_to_fund_line(values: list[str], kind: str, source: SourceRef) -> FundLine:
    """Given a fund row's value tokens, return the FundLine: three amounts, then 分值, 执行率, 得分.

    Stray numbers sit between the amounts and the last three values, so those are
    read from the right; when fewer than three follow the amounts, the row was cut
    off at its right end and the missing ones stay None for restore_derived.
    """
    amounts = [parse_amount(value) for value in values[:3]] + [None] * (3 - len(values[:3]))
    rest = values[3:]
    tail = rest[-3:] if len(rest) >= 3 else rest + [None] * (3 - len(rest))
    weight, rate, score = (parse_amount(value) for value in tail)
    return FundLine(kind, amounts[0], amounts[1], amounts[2], weight, rate, score, source)


def total_line_to_scores(line: Line) -> tuple[float | None, float | None]:
    """Given the 总分 line, return (分值, 得分).

    With both printed they come in that order; a lone number below 100 can only be
    the 得分 (分值 is 100), a lone 100 is taken as 分值 and the 得分 left to restore_derived.
    """
    tokens = [token for _, token in line.tokens()]
    start = next((i + 1 for i, token in enumerate(tokens) if "总分" in token), 0)
    numbers = [float(figure) for figure in map(normalize_text, tokens[start:]) if SCORE_RE.match(figure)]
    if len(numbers) >= 2:
        return numbers[0], numbers[1]
    if numbers and numbers[0] < 100:
        return None, numbers[0]
    return (numbers[0], None) if numbers else (None, None)


def grade_line_to_grade(line: Line) -> str | None:
    """Given the 评分等级 line, return the printed grade (优/良/中/差, also written 优秀/良好…), None when blank."""
    for _, token in line.tokens():
        rest = _GRADE_LABEL_RE.sub("", compact(token))
        if rest in GRADES or rest in _GRADE_WORDS:
            return _GRADE_WORDS.get(rest, rest)
    return None
