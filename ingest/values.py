"""Parsing the cell values of the template: amounts, targets with operators, actuals with units.

Both readers call these, so a cell reads the same from a PDF and from text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_OPERATORS = {"=": "=", "≥": "≥", ">=": "≥", "≤": "≤", "<=": "≤", ">": ">", "<": "<", "＝": "=", "＞": ">", "＜": "<",
              "不低于": "≥", "不少于": "≥", "大于等于": "≥", "至少": "≥", "达到": "≥", "不高于": "≤", "不超过": "≤",
              "不多于": "≤", "小于等于": "≤", "至多": "≤", "大于": ">", "高于": ">", "超过": ">", "小于": "<", "低于": "<",
              "等于": "="}
"""Operators as printed before a number, in symbols or in words (不低于90%)."""
_SUFFIXES = {"及以上": "≥", "以上": "≥", "及以下": "≤", "以下": "≤", "以内": "≤"}
"""Operators printed after a number (60个以上)."""
_NUMBER = r"-?\d[\d,]*(?:\.\d+)?"
_OPERATOR = "|".join(sorted(map(re.escape, _OPERATORS), key=len, reverse=True))
_TARGET_RE = re.compile(
    rf"^(?P<op>{_OPERATOR})?\s*(?P<num>{_NUMBER})\s*"
    r"(?:[（(]\s*(?P<unit>[^()（）]*?)\s*[)）]|(?P<glued>%|‰|[^\d\s()（）<>=≥≤.,%]{1,6}?))?\s*"
    rf"(?P<suffix>{'|'.join(_SUFFIXES)})?\s*$"
)
"""A target or actual as printed: ``≥90.00(%)``, ``=2.00(个)``, glued ``≥60个`` / ``93.5%`` / ``≤45,000元/个``, in words
``不低于95%``, or with the operator after it ``60个以上``."""


@dataclass(frozen=True)
class ParsedValue:
    """A cell split into operator (targets only), number and unit; all None when the cell is words."""

    op: str | None
    value: float | None
    unit: str | None


RADICAL_FORMS = str.maketrans(dict(zip(
    "⺁⺅⺆⺊⺌⺎⺐⺒⺓⺔⺖⺘⺙⺛⺝⺞⺟⺠⺡⺢⺣⺤⺦⺨⺩⺪⺫⺬⺭⺯⺰⺲⺶⺷⺹⺺⺻⺼⺽⺾⺿⻀⻁⻂⻃⻄⻅⻆⻈⻉⻋⻌⻍⻎⻏⻐⻑⻓⻔⻖⻗⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳⼾",
    "厂亻冂卜小兀尢巳幺彑忄扌攵旡月歺母民氵氺灬爫丬犭王疋罒示礻糹纟罒羊羊耂肀聿月臼艹艹艹虎衤覀西见角讠贝车辶辶辶阝钅長长门阝雨青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾齐齿龙龟户",
    strict=True,
)))
"""CJK radicals that some PDF producers (Chromium printing a web page) emit for the ideograph of the same shape
(主管部⻔ for 主管部门), found by the glyphs they share in Noto Sans CJK SC; NFKC folds the Kangxi radicals but not
these, and folds ⼾ (which Chromium prints for 户) to the traditional 戶."""
_LOOK_ALIKES = str.maketrans({
    chr(code): unicodedata.normalize("NFKC", chr(code))
    for low, high in ((0x2F00, 0x2FDF), (0xF900, 0xFAFF))  # Kangxi radicals, CJK compatibility ideographs
    for code in range(low, high + 1) if unicodedata.normalize("NFKC", chr(code)) != chr(code)
})
_LOOK_ALIKES[0x2015] = "—"
"""Kangxi radicals (⾦) and compatibility ideographs to the ideograph they look like: what NFKC folds among CJK;
and ― (U+2015) to the dash — (U+2014): GB2312's one dash is mapped to either, and Chromium prints a Chinese text's —
as ―."""


def printed_text(text: str) -> str:
    """A text as printed, stripped, with only glyph look-alikes (radicals, compatibility ideographs) turned into
    the ideographs they stand for: full-width punctuation and digits stay as the document prints them (，（）“”).

    Texts are stored so; labels are compared and numbers parsed after ``normalize_text``.
    """
    return text.translate(RADICAL_FORMS).translate(_LOOK_ALIKES).strip()


def normalize_text(text: str) -> str:
    """Full-width to half-width (NFKC) for digits, letters and punctuation, radical look-alikes to their
    ideographs, and strip; keeps CJK as is: the form labels are compared and numbers parsed in.

    ≥ and ≤ survive NFKC; full-width ＝＞＜，（） become ASCII, so ``１，４２５.６６`` reads as 1,425.66.
    """
    return unicodedata.normalize("NFKC", text.translate(RADICAL_FORMS)).strip()


def parse_amount(cell: str | None) -> float | None:
    """A money or score cell (``1,425.66``, ``９８.９８``) as float; None for ``-``, blank or words."""
    if cell is None:
        return None
    text = normalize_text(cell).replace(" ", "")
    if not re.fullmatch(_NUMBER, text):
        return None
    return float(text.replace(",", ""))


def parse_target(cell: str) -> ParsedValue:
    """A 年度指标值 like ``=2.00(个)``, ``≥90.00(%)``, ``>4.00(次)``, ``≥60个``, ``不低于95%``, ``60个以上``; words
    (``提升``) give all None."""
    text = normalize_text(cell).replace(" ", "").replace("\n", "")
    match = _TARGET_RE.match(text)
    if not match:
        return ParsedValue(None, None, None)
    op = _OPERATORS.get(match.group("op") or "") or _SUFFIXES.get(match.group("suffix") or "")
    unit = match.group("unit") or match.group("glued") or None
    return ParsedValue(op, float(match.group("num").replace(",", "")), unit)


def parse_actual(cell: str) -> ParsedValue:
    """A 实际完成值 like ``4.00(次)`` or ``98.00(%)``; ``达成指标`` and other words give all None."""
    parsed = parse_target(cell)
    return ParsedValue(None, parsed.value, parsed.unit) if parsed.op is None else ParsedValue(None, None, None)
