"""Numbers in a Chinese question, Duckling-style: every amount, rate, score, count and place with its span.

A question compares against numbers (执行率低于95%, 预算超过两百万, 得分九十分以上,
前三个, 倒数第二), and a wrong number is the worst failure. So each mention says
exactly which characters it consumed, what it is worth in the template's own units
(money in 万元, rates in percent), and whether it is vague (几十万, 十几个) — a
number nobody can compare against. Words that only contain numeral characters
(一级指标, 十四五, 长三角, 统一, 万一, 百姓) are not numbers, and years (2024年) are
left to :mod:`assistant.understand.times`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.understand.times import is_bare_year


@dataclass(frozen=True)
class NumberMention:
    """One number: where it is, its value in the template's units, and how it was said."""

    start: int
    end: int
    text: str
    value: float  # money always in 万元; percentages in percent (97 for 97%); counts as said
    unit: str | None  # "万元" | "%" | "分" | "个" | "次" | "项" | "名" | None (bare number)
    said_unit: str | None  # the unit as typed: "元", "万", "亿元", "成", "%", "％", "个" ... (None if none)
    ordinal: bool = False  # 第三, 倒数第二 (then value is the position)
    from_end: bool = False  # 倒数第二 → ordinal, from_end, value 2
    vague: bool = False  # 零点几, 几十万, 十几个, 上百万: a number nobody can compare against


_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
"""Full-width digits become ASCII one for one, so spans in the translated text are spans in the original."""

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}
_COLLOQUIAL = {"仨": 3, "俩": 2}

_UNIT_OF = {
    "%": "%", "％": "%", "个百分点": "%",
    "元": "万元", "万": "万元", "万元": "万元", "亿": "万元", "亿元": "万元", "个亿": "万元",
    "分": "分", "个": "个", "次": "次", "项": "项", "名": "名",
    "家": "个", "位": "个", "条": "个", "处": "个", "人": "个", "批": "个",
}
"""A typed unit → the unit of the value: money in 万元, rates in %, other measure words counted as 个."""
_YUAN_PER = {"元": 1, "万": 10_000, "万元": 10_000, "亿": 100_000_000, "亿元": 100_000_000, "个亿": 100_000_000}

_AR = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_DIGIT_CHARS = "零〇一二两三四五六七八九"
_CN = rf"[{_CN_DIGIT_CHARS}十百千万亿]+(?:点[{_CN_DIGIT_CHARS}]+)?"
_UNIT = (
    r"个百分点|[%％]|亿元|个亿|亿|万元|万|元"
    r"|分(?!钟|之|别|析|配|类|管|布|摊|解|担|批|期|局|行|级|组|项|成|享|工|散|开|为|阶|段)"
    r"|个(?!月)|次(?!性)|项(?!目)|名(?!称|单)|家|位(?!于|置)|条(?!件|例)|处(?!理|置|于|罚)|人|批(?!复|准|次)"
)

_RULES: dict[str, str] = {
    "percent_word": rf"百分之?百(?![分十千万亿])|百分之(?:(?P<pw_ar>{_AR})|(?P<pw_cn>{_CN}))",
    "fraction": rf"(?P<den>{_AR}|{_CN})分之(?P<num>{_AR}|{_CN})",
    "last": (r"最后一[个名位项家]|(?:最后(?=的|[？?，。,！!]|$)|末尾|末位)"
             r"(?!的?(?:\d+|[一二两三四五六七八九十仨俩]+)[个名位项家])"),  # 垫底的四个: a count from the end, no place
    "ordinal": rf"(?P<rev>倒数)?第(?P<ord>{_AR}|{_CN})(?P<ord_unit>个|名|位|项(?!目)|次|家)?",
    "zero_point": r"零点几",
    "vague_lead": (
        rf"(?P<lead>好几|几|(?<![倒指个人次分总目户件项])数|上(?=[百千万亿])(?!百分))(?P<mag>[十百千万亿]+)(?!分之)"
        rf"(?:\s?(?P<lead_unit>{_UNIT}))?"
    ),
    "tenths": (
        r"(?P<whole>\d+|[一二两三四五六七八九十])成"
        r"(?:(?P<part>[一二三四五六七八九])|(?!本|效|果|立|为|绩|熟|功|员|交|都|长|就|型))"
    ),
    "half": r"一半|半数",
    "rate_digits": r"(?<=率)(?P<tens>[一二三四五六七八九])(?P<ones>[〇零一二三四五六七八九])(?=及?以上|及?以下|往上|往下|左右|上下)",
    "number": (
        rf"(?P<mixed>(?:{_AR})[十百千万亿]+)|(?P<ar>{_AR})|(?P<cn>{_CN})|(?P<colloq>[仨俩])"
    ),
}
"""Each rule alone; tried in this order at each position, so 百分之九十 beats 九十 and 三分之一 beats 三."""

_RULE_RES = {name: re.compile(pattern) for name, pattern in _RULES.items()}
_NUMBER_TAIL_RE = re.compile(rf"(?:\s?(?P<approx>多|余|几))?(?:\s?(?P<unit>{_UNIT}))?")
"""After a number: 多/余/几 (vague) and a unit, both optional."""


def _unnamed(pattern: str) -> str:
    """A rule's pattern without group names, so all rules fit in one alternation."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


NUMBER_RE = re.compile("|".join(f"(?P<{name}>{_unnamed(pattern)})" for name, pattern in _RULES.items()))
"""One pass over the question finds where a rule applies; the rule's own regex then reads the parts."""

_CONTEXT_BEFORE = ("前", "后", "倒数", "排名", "排", "top", "TOP", "Top")
"""After these a lone numeral is a count (前三, 倒数三): 长三角 and 一流 have none of them."""
_NOT_ONE_AFTER = "哪每某另同任唯统逐之万千百其上下"
"""Before 一 these make a word (哪一个, 唯一, 统一, 之一, 上一个), not the number one."""
_TIME_AFTER = ("年", "月", "季", "日", "号", "旬", "周", "天", "岁", "个月", "时", "钟")
"""A number followed by these is a date or duration, left to the time parser."""
_ADVERB_AFTER_SHI_FEN = "重要满意关键必要明显突出好差低高严困有不难复简清显注充迫紧完优良合理"
"""Characters that start the adjective after the adverb 十分 (十分重要, 十分满意)."""
_NOT_AFTER_THIRD = ("方", "时间")
"""第三方, 第一时间 are words, not places."""


def find_numbers(text: str) -> list[NumberMention]:
    """Given a question, return every number mention in it, left to right, with its span and value."""
    ascii_text = text.translate(_FULL_WIDTH)
    mentions = []
    for match in NUMBER_RE.finditer(ascii_text):
        rule = next(name for name in _RULES if match.group(name) is not None)
        mention = _READERS[rule](ascii_text, _RULE_RES[rule].match(ascii_text, match.start()))
        if mention is not None:
            mentions.append(_with_original_text(mention, text))
    return mentions


def _with_original_text(mention: NumberMention, text: str) -> NumberMention:
    """The mention quoting the question as typed (full-width digits kept)."""
    return replace(mention, text=text[mention.start:mention.end])


def zh_number(numeral: str) -> float | None:
    """A Chinese numeral as a number (九十三点五 → 93.5, 一千二 → 1200, 两万五 → 25000); None if it is not one."""
    whole, _, decimals = numeral.partition("点")
    value = _zh_int(whole)
    if value is None or any(ch not in _DIGITS for ch in decimals):
        return None
    if decimals:
        return value + float("0." + "".join(str(_DIGITS[ch]) for ch in decimals))
    return float(value)


def _zh_int(numeral: str) -> int | None:
    """A Chinese integer numeral; strict, so words like 十四五 and 万一 are rejected rather than misread."""
    if numeral in ("零", "〇"):
        return 0
    if not numeral or numeral[0] in "零〇百千万亿":
        return None
    above_yi, above_wan, section, digit = 0, 0, 0, None
    last_small, last_mag, zero_seen, prev = 10_000, 1, False, ""
    for index, ch in enumerate(numeral):
        if ch in _BIG and digit is not None and numeral[index - 2:index - 1] in ("百", "千") and not zero_seen:
            digit *= last_small // 10  # 一千二万 is 1200万: the short form before 万/亿
        if ch in ("零", "〇"):
            if prev in ("digit", "zero"):
                return None
            zero_seen, prev = True, "zero"
        elif ch in _DIGITS:
            if prev == "digit":
                return None
            digit, prev = _DIGITS[ch], "digit"
        elif ch in _SMALL:
            mag = _SMALL[ch]
            if mag >= last_small or (digit is None and (mag != 10 or prev == "small")):
                return None
            section += (1 if digit is None else digit) * mag
            digit, last_small, last_mag, zero_seen, prev = None, mag, mag, False, "small"
        elif ch == "万":
            if above_wan or prev == "zero":
                return None
            above_wan = (section + (digit or 0)) * 10_000
            section, digit, last_small, last_mag, zero_seen, prev = 0, None, 10_000, 10_000, False, "big"
        else:
            if prev == "zero":
                return None
            above_yi = (above_yi + above_wan + section + (digit or 0)) * 100_000_000
            above_wan, section, digit = 0, 0, None
            last_small, last_mag, zero_seen, prev = 10_000, 100_000_000, False, "big"
    if digit is not None and numeral[-2:-1] in ("百", "千", "万", "亿") and not zero_seen:
        digit *= last_mag // 10  # 一千二 is 1200, 两万五 is 25000: the spoken short form
    return above_yi + above_wan + section + (digit or 0)


def _read_percent_word(text: str, match: re.Match[str]) -> NumberMention | None:
    """百分之九十七 / 百分之97.5 / 百分百 → percent."""
    if match.group("pw_ar"):
        value: float | None = float(match.group("pw_ar").replace(",", ""))
    elif match.group("pw_cn"):
        value = zh_number(match.group("pw_cn"))
    else:
        value = 100.0
    if value is None:
        return None
    said = "百分之" if match.group("pw_ar") or match.group("pw_cn") else "百分百"
    return _mention(match, value, "%", said)


def _read_fraction(text: str, match: re.Match[str]) -> NumberMention | None:
    """三分之一 → 33.33… percent: a share is a rate."""
    den, num = _any_number(match.group("den")), _any_number(match.group("num"))
    if not den or num is None:
        return None
    return _mention(match, num / den * 100, "%", "分之")


def _read_last(text: str, match: re.Match[str]) -> NumberMention:
    """最后一个 / 末尾 → the first place from the end of a list (垫底 is the worst by a ranking: see the planner)."""
    return _mention(match, 1.0, None, None, ordinal=True, from_end=True)


def _read_ordinal(text: str, match: re.Match[str]) -> NumberMention | None:
    """第三 / 第3个 / 倒数第二 → a place; 第一季度 and 第三方 are not places here."""
    after = text[match.end("ord"):]
    if after.startswith(_TIME_AFTER) or after.startswith(_NOT_AFTER_THIRD):
        return None
    value = _any_number(match.group("ord"))
    if value is None:
        return None
    return _mention(match, value, None, match.group("ord_unit"), ordinal=True, from_end=bool(match.group("rev")))


def _read_zero_point(text: str, match: re.Match[str]) -> NumberMention:
    """零点几 → vague, valued at its lower bound 0."""
    return _mention(match, 0.0, None, None, vague=True)


def _read_vague_lead(text: str, match: re.Match[str]) -> NumberMention | None:
    """几十万 / 上百万 / 数十个 → vague, valued at the lower bound (10万, 100万, 10个)."""
    magnitude = 1
    for ch in match.group("mag"):
        magnitude *= _SMALL.get(ch) or _BIG[ch]
    return _valued(match, float(magnitude), _big_of(match.group("mag")), match.group("lead_unit"), vague=True)


def _read_tenths(text: str, match: re.Match[str]) -> NumberMention | None:
    """九成 → 90%, 八成五 → 85%: tenths are a rate."""
    whole = _any_number(match.group("whole"))
    if whole is None or whole > 10:
        return None
    part = _DIGITS[match.group("part")] if match.group("part") else 0
    return _mention(match, whole * 10 + part, "%", "成")


def _read_rate_digits(text: str, match: re.Match[str]) -> NumberMention:
    """执行率九五以上 → 95%: two digits said one by one after a rate, before a comparison word."""
    return _mention(match, _DIGITS[match.group("tens")] * 10 + _DIGITS[match.group("ones")], "%", "%")


def _read_half(text: str, match: re.Match[str]) -> NumberMention:
    """一半 / 半数 → 50%."""
    return _mention(match, 50.0, "%", "半")


def _read_number(text: str, match: re.Match[str]) -> NumberMention | None:
    """Arabic, Chinese or mixed (3百万) numerals with an optional 多/余/几 and unit; context decides if it counts."""
    core = match.group()
    start = match.start()
    if _inside_name(text, start):
        return None
    if match.group("colloq"):
        return _mention(match, _COLLOQUIAL[core], None, None)  # 仨, 俩 hold their own measure word
    tail = _NUMBER_TAIL_RE.match(text, match.end())
    approx, unit = tail.group("approx"), tail.group("unit")
    if not unit and text.startswith(_TIME_AFTER, tail.end()):
        return None  # 2024年, 6月, 三个月: the time parser's
    if not unit and not approx and is_bare_year(text, start, match.end()):
        return None
    value, big = _core_value(match)
    vague = bool(approx)
    if value is None:
        value, vague = _pair_value(core, unit)
        if value is None:
            return None
    if match.group("cn") and not _cn_stands(text, start, core, unit or approx):
        return None
    if unit == "分" and core == "十" and _is_adverb(text[tail.end():tail.end() + 1]):
        return None
    return _valued(tail if (unit or approx) else match, value, big, unit, vague=vague, start=start)


def _is_adverb(next_char: str) -> bool:
    """十分 before 重要/满意/… is the adverb "very", not ten points."""
    return bool(next_char) and next_char in _ADVERB_AFTER_SHI_FEN


def _inside_name(text: str, start: int) -> bool:
    """Is a number at ``start`` part of a name (Q1, PM2.5)? Top3 is still a count."""
    before = text[start - 1:start]
    return (before == "." or before.isascii() and before.isalnum()) and not text[:start].lower().endswith("top")


def _core_value(match: re.Match[str]) -> tuple[float | None, str]:
    """The value of a number's core and the 万/亿 it carries (which makes it money unless counted)."""
    if match.group("ar"):
        return float(match.group("ar").replace(",", "")), ""
    if match.group("mixed"):
        digits = re.match(_AR, match.group("mixed")).group()
        magnitude = 1
        for ch in match.group("mixed")[len(digits):]:
            magnitude *= _SMALL.get(ch) or _BIG[ch]
        return float(digits.replace(",", "")) * magnitude, _big_of(match.group("mixed"))
    numeral = match.group("cn")
    return zh_number(numeral), _big_of(numeral)


def _pair_value(numeral: str, unit: str | None) -> tuple[float | None, bool]:
    """两三个 / 三五项: two neighbouring digits are a vague range, valued at the lower; only with a unit."""
    if unit and len(numeral) == 2 and all(ch in _DIGITS for ch in numeral):
        low, high = _DIGITS[numeral[0]], _DIGITS[numeral[1]]
        if low and 1 <= high - low <= 2:
            return float(low), True
    return None, False


def _cn_stands(text: str, start: int, numeral: str, unit: str | None) -> bool:
    """Is a Chinese numeral a number here? A lone digit needs a unit or a counting word before it (前三);
    一 after 哪/唯/统 is part of a word."""
    if numeral == "一" and start and text[start - 1] in _NOT_ONE_AFTER:
        return False
    if len(numeral) > 1 or unit:
        return True
    return text[:start].endswith(_CONTEXT_BEFORE)


def _big_of(numeral: str) -> str:
    """The 万 or 亿 inside a numeral (亿 first: 一亿二千万 is said in 亿), '' if none."""
    return "亿" if "亿" in numeral else "万" if "万" in numeral else ""


def _valued(match: re.Match[str], value: float, big: str, unit: str | None, vague: bool = False,
            start: int | None = None) -> NumberMention:
    """A mention from a value, the 万/亿 in the numeral and the typed unit: money becomes 万元."""
    span_start = match.start() if start is None else start
    span_end = match.end()
    said = (big + unit if unit == "元" else unit) if unit else (big or None)
    text = match.string[span_start:span_end]
    if unit is not None and _UNIT_OF[unit] != "万元":
        return NumberMention(span_start, span_end, text, value, _UNIT_OF[unit], said, vague=vague)
    if big or unit:
        yuan = value * (_YUAN_PER[unit] if unit else 1)
        return NumberMention(span_start, span_end, text, yuan / 10_000, "万元", said, vague=vague)
    return NumberMention(span_start, span_end, text, value, None, None, vague=vague)


def _any_number(numeral: str) -> float | None:
    """An Arabic or Chinese numeral's value (3, 1,234.5, 三, 十八)."""
    if numeral[0].isdigit():
        return float(numeral.replace(",", ""))
    return zh_number(numeral)


def _mention(match: re.Match[str], value: float, unit: str | None, said_unit: str | None, ordinal: bool = False,
             from_end: bool = False, vague: bool = False) -> NumberMention:
    """A mention spanning the whole match."""
    return NumberMention(match.start(), match.end(), match.group(), float(value), unit, said_unit, ordinal, from_end,
                         vague)


_READERS = {
    "percent_word": _read_percent_word,
    "fraction": _read_fraction,
    "last": _read_last,
    "ordinal": _read_ordinal,
    "zero_point": _read_zero_point,
    "vague_lead": _read_vague_lead,
    "tenths": _read_tenths,
    "half": _read_half,
    "rate_digits": _read_rate_digits,
    "number": _read_number,
}
"""Which reader turns each rule's match into a mention (or refuses it)."""


_COUNTED_THINGS = frozenset("页人次家座份件户吨张册本辆艘台套棵株盏")
"""Things counted after a number in 万 (三十五万六千页, 四万三千家): a count, not money in 万元 (个 and 项 are left
out: 两千万项目 is money before 项目)."""


def write_numbers(text: str) -> str:
    """Given a question, return it with every exact number written in digits and the template's unit
    (两百万 → 200万元, 九十九点五 → 99.5, 四分之一 → 25%, 倒数第二 → 倒数第2), so later rules read one form.

    Vague numbers (零点几, 几十万) stay as typed: nobody can compare against them, and the accounting then
    reports them as not understood rather than reading them as a threshold.
    """
    pieces: list[str] = []
    last = 0
    for mention in find_numbers(text):
        if mention.vague:
            continue
        if mention.said_unit == "万" and text[mention.end : mention.end + 1] in _COUNTED_THINGS:
            mention = replace(mention, value=mention.value * 10_000, unit=None, said_unit=None)  # 三十五万六千页
        pieces += [text[last : mention.start], _written(mention)]
        last = mention.end
    return "".join(pieces) + text[last:]


def _written(mention: NumberMention) -> str:
    """One mention in canonical form: digits, then 万元 or % or the measure word typed."""
    number = f"{mention.value:.6f}".rstrip("0").rstrip(".")
    if mention.ordinal:
        return ("倒数第" if mention.from_end else "第") + number + (mention.said_unit or "")
    if mention.unit in ("万元", "%"):
        return number + mention.unit
    if mention.text in _COLLOQUIAL:
        return number + "个"  # 仨, 俩: three of them, two of them (their measure word is in them)
    return number + (mention.said_unit or "")
