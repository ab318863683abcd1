"""Years and periods in a Chinese question, Duckling-style: every mention with the span it consumed.

A 绩效自评表 is annual: one table per project per year. So a question's time words
matter in two ways. A year (2024年, 23年, 去年) picks which reports answer it; a
period the table does not have (上半年, 第一季度, 6月) or a future year (明年)
means the data cannot answer it, which the caller must say rather than answer the
whole year. The table's own field words that merely contain 年 (上年结转资金,
年初预算, 全年执行数, 当年财政拨款, 年度指标值) are not times and are left for the
field parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TimeMention:
    """One time expression: where it is, what it says, and (for years) which year."""

    start: int
    end: int
    text: str
    kind: str  # "year" | "relative_year" | "period" | "future"
    year: int | None  # absolute year when said (2023 for 23年 / 二三年 / 2023年度)
    offset: int | None  # relative years: 今年 0, 去年 −1, 前年 −2, 明年 +1
    period: str | None  # for kind "period": "上半年", "第一季度", "一月", "月度" … normalized


_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_MONTH_NAMES = ("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月")
_QUARTER_NAMES = ("第一季度", "第二季度", "第三季度", "第四季度")

_RELATIVE_OFFSETS = {
    "大前年": -3, "前年": -2, "去年": -1, "上一年度": -1, "上一年": -1, "上年度": -1, "上年": -1,
    "今年": 0, "那一年度": 0, "那一年": 0, "那年度": 0, "那年": 0, "同一年度": 0, "同一年": 0, "同年度": 0, "同年": 0, "本年度": 0, "本年": 0, "当年度": 0, "当年": 0,
    "明年": 1, "下一年度": 1, "下一年": 1, "下年度": 1, "下年": 1, "次年": 1, "来年": 1, "后年": 2,
    "上个年度": -1, "上个年": -1, "下个年度": 1, "下个年": 1,
    "前一年度": -1, "前一年": -1, "前1年度": -1, "前1年": -1, "前个年度": -1, "前个年": -1,
}
"""Relative year words and their offset from the report year being asked about."""

_FIELD_AFTER_NIANDU = r"资金总额|指标值|总体目标"
"""年度 here starts a field name (年度资金总额, 年度指标值, 年度总体目标): a year stops before it."""

_COMPARISON_BEFORE = ("超过", "高于", "低于", "大于", "小于", "不足", "不到", "少于", "多于", "达到", "等于", "至少",
                      "最多", "为", "是", ">", "<", "≥", "≤", "=", "＞", "＜")
"""Words after which a bare 2024 is an amount being compared, not a year."""

_DURATION_BEFORE = ("近", "过去", "最近", "连续", "满", "超过", "长达", "未来", "这")
_DURATION_AFTER = ("以上", "以内", "以来", "内", "间", "多", "左右", "来")
"""Around a two-digit 年, words that make it a span of years (近10年, 10年以上), not 20xx."""
_NOUN_AFTER_RE = re.compile(r"内[河部容控审设涵陆环]|间[隔距]|多[个项少多了出花用支执拿得扣投]")
"""Words starting like a duration's tail that are names (24年内河航道, 23年多少个项目): the number is a year."""

_NIAN_PART = r"(?:初|中(?!央|国|心|华)|底|末)"
"""年初/年中/年底 after a year: the year stops before 年 so 年初(预算) stays whole for the field parser."""
_YEAR_AR = (
    r"(?<![\d.])(?P<ar>\d{4}|\d{2})"
    rf"(?:\s?年(?!{_NIAN_PART})(?P<ar_du>度(?!{_FIELD_AFTER_NIANDU}))?|(?=年{_NIAN_PART}))"
)
_YEAR_CN = (
    r"(?<![〇零一二三四五六七八九十百千两])(?P<cn>[〇零一二三四五六七八九]{4}|[〇零一二三四五六七八九]{2})"
    rf"(?:年(?!{_NIAN_PART})(?P<cn_du>度(?!{_FIELD_AFTER_NIANDU}))?|(?=年{_NIAN_PART}))"
)
_BARE_YEAR = r"(?<![\d.,，])(?P<bare>20\d{2})(?![\d.,%％万亿元分个项次名年月季])"
_DU = rf"(?:度(?!{_FIELD_AFTER_NIANDU}))?"
"""本年度 but 本年|度指标值 → the 年度 of a field name stays with the field."""
_RELATIVE = (
    r"(?P<rel>"
    rf"上[一个]?年(?!度?结转){_DU}|下[一个]?年{_DU}|前[一1个]年(?![初底末中]){_DU}"
    rf"|当年(?!度?(?:财政|拨款)){_DU}"
    r"|(?<![目之以提此从整])大?前年"
    r"|(?<![之以此然最前])后年"
    rf"|去年|今年|那一?年(?!度?(?:财政|拨款)|{_NIAN_PART}){_DU}|同一?年{_DU}|本年{_DU}|明年|次年|来年"
    r")"
)
_HALF = r"(?P<half>[上下]?半年)(?:度)?"
_QUARTER = (
    r"(?<![\d〇零一二三四五六七八九十])第?(?P<q>[一二三四1-4])季度"
    r"|(?<![A-Za-z])[Qq](?P<qq>[1-4])(?!\d)"
    r"|(?P<qword>每季度|季度)"
)
_MONTH = (
    r"(?P<upto>截至|截止到|截止至|截止)?"
    r"(?:(?<![\d.])(?P<m>1[0-2]|0?[1-9])|(?<![〇零一二三四五六七八九十])(?P<cm>十[一二]|[一二三四五六七八九十]))月份?"
    r"(?:(?P<d>3[01]|[12]\d|0?[1-9])[日号])?"
    r"(?P<msuffix>底|末|初|中旬|上旬|下旬)?"
)
_MONTHLY = r"(?P<monthly>月度|每月|按月|逐月)"
_MIDYEAR = r"(?P<mid>年中)(?!央|国|心|华)"
_XUN = r"(?P<xun>[上中下]旬)"

TIME_RE = re.compile("|".join((_YEAR_AR, _YEAR_CN, _BARE_YEAR, _RELATIVE, _HALF, _QUARTER, _MONTH, _MONTHLY,
                               _MIDYEAR, _XUN)))
"""One pass over the question; alternatives are ordered so the longer reading wins at a position."""

_BARE_YEAR_RE = re.compile(_BARE_YEAR)


_YEARS_SAID_RE = re.compile(
    r"(?<![\d.])(?P<a>(?:20)?\d{2})年?(?:度)?\s*(?P<how>到|至|-|~|～|—|、|和|及|与)\s*(?P<b>(?:20)?\d{2})"
    r"(?:(?P<count>[两三四五六七八九]|\d)个?)?年(?!初|底|末|中)"
)
"""Several years said at once: a range (22到24年, 2022-2024年) or a list (23、24两年, 23和24年)."""


def find_times(text: str) -> list[TimeMention]:
    """Given a question, return every year and period mention in it, left to right, with its span; years said
    at once (22到24年) give one mention per year, all on the words that said them."""
    mentions = _years_said(text)
    taken = [(m.start, m.end) for m in mentions]
    for match in TIME_RE.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        mention = _mention_of(text, match)
        if mention is not None:
            mentions.append(mention)
    return sorted(mentions, key=lambda m: (m.start, m.year or 0))


def _years_said(text: str) -> list[TimeMention]:
    """One mention per year of each range or list of years in ``text`` (a range runs from its first to its last)."""
    mentions = []
    for match in _YEARS_SAID_RE.finditer(text):
        first, last = (2000 + int(y) % 100 for y in (match.group("a"), match.group("b")))
        ranged = match.group("how") in ("到", "至", "-", "~", "～", "—")
        if not ranged and "年" in text[match.start("a"):match.start("how")]:
            continue  # 2023年和2024年: two years said each in full, read one by one
        years = list(range(first, last + 1)) if ranged and first < last <= first + 20 else [first, last]
        mentions += [TimeMention(match.start(), match.end(), match.group(), "year", year, None, None)
                     for year in dict.fromkeys(years)]
    return mentions


def is_bare_year(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a bare four-digit year (2024) rather than an amount? Shared with the number parser
    so one stretch is never both."""
    match = _BARE_YEAR_RE.match(text, start)
    return bool(match) and match.end() == end and not _after_comparison(text, start)


def _mention_of(text: str, match: re.Match[str]) -> TimeMention | None:
    """Turn one regex match into a mention, or None when its context says it is not a time."""
    groups = match.groupdict()
    start, end = match.span()
    if groups["ar"] is not None or groups["cn"] is not None:
        return _year_mention(text, match)
    if groups["bare"] is not None:
        if _after_comparison(text, start):
            return None
        return TimeMention(start, end, match.group(), "year", int(groups["bare"]), None, None)
    if groups["rel"] is not None:
        offset = _RELATIVE_OFFSETS[groups["rel"]]
        kind = "future" if offset > 0 else "relative_year"
        return TimeMention(start, end, match.group(), kind, None, offset, None)
    return TimeMention(start, end, match.group(), "period", None, None, _period_name(groups))


def _year_mention(text: str, match: re.Match[str]) -> TimeMention | None:
    """23年 / 2023年度 / 二三年 → the year; a two-digit one inside a duration (近10年, 10年以上) is not."""
    digits = match.group("ar") or match.group("cn")
    year = int("".join(str(_CN_DIGIT.get(ch, ch)) for ch in digits))
    start, end = match.span()
    if len(digits) == 2:
        before = text[:start].rstrip()
        after = text[end:]
        if before.endswith(_DURATION_BEFORE) or (after.startswith(_DURATION_AFTER) and not _NOUN_AFTER_RE.match(after)):
            return None
        year += 2000
    return TimeMention(start, end, match.group(), "year", year, None, None)


def _after_comparison(text: str, start: int) -> bool:
    """Is the stretch at ``start`` compared against (超过2000, >2024)? Then it is an amount."""
    return text[:start].rstrip().endswith(_COMPARISON_BEFORE)


def _period_name(groups: dict[str, str | None]) -> str:
    """The normalized name of a period match: 一季度/Q1 → 第一季度, 12月份 → 十二月, 截至6月底 → 截至六月底."""
    if groups["half"]:
        return groups["half"]
    if groups["q"] or groups["qq"]:
        digit = groups["q"] or groups["qq"]
        return _QUARTER_NAMES[int(_CN_DIGIT.get(digit, digit)) - 1]
    if groups["qword"]:
        return groups["qword"]
    if groups["m"] or groups["cm"]:
        return _month_name(groups)
    if groups["monthly"]:
        return "月度" if groups["monthly"] == "月度" else "每月"
    return groups["mid"] or groups["xun"] or ""


def _month_name(groups: dict[str, str | None]) -> str:
    """A month mention as 一月 … 十二月, keeping its day, 截至 and 底/旬 so the caller can quote it."""
    if groups["m"]:
        month = int(groups["m"])
    else:
        word = groups["cm"] or ""
        month = 10 + _CN_DIGIT.get(word[1:], 0) if word.startswith("十") else _CN_DIGIT[word]
    name = _MONTH_NAMES[month - 1]
    if groups["d"]:
        name += f"{int(groups['d'])}日"
    prefix = "截至" if groups["upto"] else ""
    return prefix + name + (groups["msuffix"] or "")
