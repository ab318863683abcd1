"""Chinese numerals in questions: 前三, 第十八个, 百分之九十, 九成, 一千万元 → Arabic digits.

Only numerals in a counting or amount context are rewritten (after 前/倒数/第/
百分之, before 个/项/名/成/万/元/分/%), so words that merely contain a numeral
character — 长三角, 一流, 十四五 — are left alone.
"""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
_NUMERAL = "零〇一二两三四五六七八九十百千万亿"

_BEFORE = r"前|倒数第?|后|第|百分之|排名第?"
_AFTER = r"个|项|名|家|成|%|％|元|分|次|位"
_CONTEXT_RE = re.compile(rf"(?P<before>{_BEFORE})(?P<num>[{_NUMERAL}]+)|(?P<alone>[{_NUMERAL}]+)(?={_AFTER})")
_PERCENT_WORD_RE = re.compile(r"百分之(\d+(?:\.\d+)?)")
_TENTHS_RE = re.compile(r"(\d+)成")
_WAN_RE = re.compile(r"([零〇一二两三四五六七八九十百千]+)(万|亿)")
"""一千万 → 1000万: an amount keeps its 万/亿 unit, whatever follows it."""
_SCALED_WAN_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(千万|百万|十万)")
_SCALES = {"千万": 1000, "百万": 100, "十万": 10}
"""1千万 and 5百万 are written in 万 (1000万, 500万) so amounts read alike."""
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


def normalize_numbers(question: str) -> str:
    """Given a question, return it with counting and amount numerals as digits (前三 → 前3, 百分之九十 → 90%)."""

    def to_digits(match: re.Match[str]) -> str:
        """前三 → 前3, 三个 → 3个; a run that is not a numeral stays."""
        numeral = match.group("num") or match.group("alone")
        value = zh_to_int(numeral)
        return match.group(0) if value is None else (match.group("before") or "") + str(value)

    def amount(match: re.Match[str]) -> str:
        """一千万 → 1000万."""
        value = zh_to_int(match.group(1))
        return f"{value}{match.group(2)}" if value else match.group(0)

    text = _WAN_RE.sub(amount, question)
    text = _CONTEXT_RE.sub(to_digits, text)
    text = _PERCENT_WORD_RE.sub(r"\1%", text)
    text = _SCALED_WAN_RE.sub(lambda m: f"{float(m.group(1)) * _SCALES[m.group(2)]:g}万", text)
    return _TENTHS_RE.sub(lambda m: f"{int(m.group(1)) * 10}%", text)


def amount_in_wanyuan(number: float, unit: str) -> float:
    """An amount as 万元, the unit of the template's money columns (1亿 → 10000, 5000元 → 0.5)."""
    return {"亿元": 10_000.0, "亿": 10_000.0, "万元": 1.0, "万": 1.0, "元": 0.0001}[unit] * number


def money_mentions(text: str) -> list[tuple[float, tuple[int, int]]]:
    """Every amount with a money unit in ``text`` as (万元, span)."""
    return [(amount_in_wanyuan(float(m.group(1)), m.group(2)), m.span()) for m in _MONEY_RE.finditer(text)]


def percent_mentions(text: str) -> list[tuple[float, tuple[int, int]]]:
    """Every percentage in ``text`` as (value, span)."""
    return [(float(m.group(1)), m.span()) for m in _PERCENT_RE.finditer(text)]
