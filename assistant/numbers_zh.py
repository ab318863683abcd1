"""Amounts and percentages in a question whose numbers are already digits (assistant.understand.numbers
writes them so), read in the template's units; and ``zh_to_int`` for the LLM mode's number check."""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
_NUMERAL = "零〇一二两三四五六七八九十百千万亿"

_MONEY_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(亿元|亿|万元|万|元)")
_PERCENT_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|％)")


def zh_to_int(text: str) -> int | None:
    """A Chinese numeral as an integer (十八 → 18, 两千五百 → 2500, 一千万 → 10000000); None if it is not one."""
    if not text or any(ch not in _NUMERAL for ch in text) or text[0] in "百千万亿":
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        else:
            section += digit or 0
            total = (total + section) * _BIG_UNITS[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def amount_in_wanyuan(number: float, unit: str) -> float:
    """An amount as 万元, the unit of the template's money columns (1亿 → 10000, 5000元 → 0.5)."""
    return {"亿元": 10_000.0, "亿": 10_000.0, "万元": 1.0, "万": 1.0, "元": 0.0001}[unit] * number


def money_mentions(text: str) -> list[tuple[float, tuple[int, int]]]:
    """Every amount with a money unit in ``text`` as (万元, span)."""
    return [(amount_in_wanyuan(float(m.group(1)), m.group(2)), m.span()) for m in _MONEY_RE.finditer(text)]


def percent_mentions(text: str) -> list[tuple[float, tuple[int, int]]]:
    """Every percentage in ``text`` as (value, span)."""
    return [(float(m.group(1)), m.span()) for m in _PERCENT_RE.finditer(text)]
