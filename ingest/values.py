"""Parsing the cell values of the template: amounts, targets with operators, actuals with units.

Both readers call these, so a cell reads the same from a PDF and from text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_OPERATORS = {"=": "=", "≥": "≥", ">=": "≥", "≤": "≤", "<=": "≤", ">": ">", "<": "<", "＝": "=", "＞": ">", "＜": "<"}
_NUMBER = r"-?\d[\d,]*(?:\.\d+)?"
_TARGET_RE = re.compile(rf"^(?P<op>>=|<=|[=≥≤><])?\s*(?P<num>{_NUMBER})\s*(?:[（(]\s*(?P<unit>[^()（）]*?)\s*[)）])?\s*$")


@dataclass(frozen=True)
class ParsedValue:
    """A cell split into operator (targets only), number and unit; all None when the cell is words."""

    op: str | None
    value: float | None
    unit: str | None


def normalize_text(text: str) -> str:
    """Full-width to half-width (NFKC) for digits, letters and punctuation, and strip; keeps CJK as is.

    ≥ and ≤ survive NFKC; full-width ＝＞＜，（） become ASCII, so ``１，４２５.６６`` reads as 1,425.66.
    """
    return unicodedata.normalize("NFKC", text).strip()


def parse_amount(cell: str | None) -> float | None:
    """A money or score cell (``1,425.66``, ``９８.９８``) as float; None for ``-``, blank or words."""
    if cell is None:
        return None
    text = normalize_text(cell).replace(" ", "")
    if not re.fullmatch(_NUMBER, text):
        return None
    return float(text.replace(",", ""))


def parse_target(cell: str) -> ParsedValue:
    """A 年度指标值 like ``=2.00(个)``, ``≥90.00(%)``, ``>4.00(次)``; words (``提升``) give all None."""
    text = normalize_text(cell).replace(" ", "").replace("\n", "")
    match = _TARGET_RE.match(text)
    if not match:
        return ParsedValue(None, None, None)
    op = _OPERATORS.get(match.group("op") or "", None)
    unit = match.group("unit") or None
    return ParsedValue(op, float(match.group("num").replace(",", "")), unit)


def parse_actual(cell: str) -> ParsedValue:
    """A 实际完成值 like ``4.00(次)`` or ``98.00(%)``; ``达成指标`` and other words give all None."""
    parsed = parse_target(cell)
    return ParsedValue(None, parsed.value, parsed.unit) if parsed.op is None else ParsedValue(None, None, None)
