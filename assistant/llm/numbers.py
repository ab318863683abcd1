"""The number check: every number the LLM writes must be one a tool returned.

A wrong number is the worst failure (DESIGN.md), and an LLM can write one
fluently. So its text is read back for numbers — Arabic digits with thousands
separators, decimals and %, and Chinese numerals in front of a unit (两分,
九十九点九二分, 百分之九十) — and each must equal, as a value, a number found
anywhere in the tool results (a field, or inside a returned text). Formatting
may differ (1,425.66 = 1425.66, 99.2 = 99.20, 98.98% = 98.98); rounding may not
(99.66 is not 99.659…): a rounded figure is a new number.

Signs are ignored (an LLM writes "扣 2 分" for a loss the tool returns as
−2.00 or 2.00), and so are list markers at the start of a line ("1. …"), which
number lines rather than state figures.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

from assistant.numbers_zh import zh_to_int

_PRECISION = Decimal("0.000001")
_ARABIC = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_LIST_MARKER = re.compile(r"^\s*\d+[.、)）](?!\d)", re.MULTILINE)
_CN_DIGITS: dict[str, int] = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUMBER = "[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?"
_CN_FIGURE = re.compile(rf"百分之({_CN_NUMBER})|({_CN_NUMBER})(?=个百分点|万元|亿元|元|分(?![之钟]))")
"""A Chinese numeral counts as a figure only before a unit: 三个项目 is a count, 三分 is a score.

Needs at least one digit character (checked in ``_chinese_values``) so that
十分 ("very") and 万分 are words, not figures.
"""


def canonical(value: float | int | str | Decimal) -> Decimal:
    """``value`` as a comparable number: absolute, to six decimals, trailing zeros dropped (99.20 → 99.2)."""
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))
    return abs(number).quantize(_PRECISION).normalize()


def numbers_in_text(text: str) -> list[tuple[str, Decimal]]:
    """Every number written in ``text``, as (the text as written, its canonical value): digits first, then Chinese numerals."""
    text = _LIST_MARKER.sub("", unicodedata.normalize("NFKC", text))
    found = [(m.group(), canonical(m.group().replace(",", ""))) for m in _ARABIC.finditer(text)]
    return found + _chinese_values(text)


def numbers_in_results(results: Iterable[object]) -> set[Decimal]:
    """Every number in JSON-ready tool results: numeric fields and the numbers written inside their texts."""
    found: set[Decimal] = set()
    stack = list(results)
    while stack:
        item = stack.pop()
        if isinstance(item, bool) or item is None:
            continue
        if isinstance(item, (int, float)):
            found.add(canonical(item))
        elif isinstance(item, str):
            found.update(value for _, value in numbers_in_text(item))
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return found


def unsupported_numbers(text: str, results: Iterable[object]) -> list[str]:
    """The numbers of ``text`` (as written) that no tool result holds; empty when the text may be shown."""
    returned = numbers_in_results(results)
    return [written for written, value in numbers_in_text(text) if value not in returned]


def _chinese_values(text: str) -> list[tuple[str, Decimal]]:
    """The Chinese-numeral figures of ``text`` (see ``_CN_FIGURE``) with their values."""
    found = []
    for match in _CN_FIGURE.finditer(text):
        written = match.group(1) or match.group(2)
        if any(ch in _CN_DIGITS for ch in written):
            found.append((written, canonical(_chinese_number(written))))
    return found


def _chinese_number(written: str) -> Decimal:
    """The value of a Chinese numeral such as 九十九点九二, 一百零五, 两万三千 (the integer part as questions read it)."""
    whole, _, fraction = written.partition("点")
    digits = "".join(str(_CN_DIGITS[ch]) for ch in fraction)
    return Decimal(zh_to_int(whole) or 0) + (Decimal(f"0.{digits}") if digits else 0)
