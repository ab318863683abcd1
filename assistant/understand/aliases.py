"""Short forms of a department's name, derived by rule from the stored name.

Staff rarely write 上海市规划和自然资源局 in full; they write 规划资源局, 规资局 or
市规划资源局. ``department_aliases`` derives such forms from the stored name alone,
by rules that hold for the national naming pattern (place prefix + body + suffix),
never from a hand-written table per department:

1. the place prefix is dropped level by level (北京市朝阳区财政局 → 朝阳区财政局 →
   财政局); the level just above the department gives the spoken prefix
   (市规划资源局, 区财政局);
2. the suffix is one of a known family (局, 委员会 → 委, 办公室 → 办, 厅, 中心 …);
   管理 before 局/委员会 may be dropped (绿化和市容管理局 → 绿化市容局);
3. the body is split on 和/与/及/、 into parts and each part into two-character
   words; the forms are the body without the conjunction (绿化市容), the head word
   of each part (规划 + 自然资源 → 规划资源) and their first characters (规资, 绿容);
   a one-part body of two words also gives each word alone (生态环境 → 环境局,
   生态局).

Every alias keeps a suffix and at least two characters before it, so no alias is
a bare common word (局, 委, 中心 never come out) — save a committee with a two-character
body, said by its head character (交通委员会 → 交委, 教育委员会 → 教委). ``match_departments`` finds the
stored names (full or by alias) in a question: longest span wins, spans never
overlap, and a short form shared by several departments names them all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from assistant.understand.sounds import latin_spelled, letters_of, written_over

__all__ = ["department_aliases", "departments_sounded", "departments_spelled", "match_departments"]

# Suffix → its short spoken form ("" when none is used). Longest first.
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("委员会办公室", "委办"),
    ("办公室", "办"),
    ("办公厅", ""),
    ("委员会", "委"),
    ("管委会", ""),
    ("中心", ""),
    ("局", ""),
    ("厅", ""),
    ("委", ""),
    ("署", ""),
    ("办", ""),
)

# One administrative level of a place prefix: a name of 1–7 characters and its level word.
_PLACE = re.compile(r"^([^和与及、]{1,7}?)(特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|区|县|旗)")
# Which level words may follow which: 省 → 市 → 区/县, 直辖市 → 区/县.
_TOP_LEVELS = frozenset({"特别行政区", "自治区", "省", "市"})
_BELOW = {
    "特别行政区": frozenset({"区"}),
    "自治区": frozenset({"市", "州", "自治州", "地区", "盟"}),
    "省": frozenset({"市", "州", "自治州", "地区", "县"}),
    "市": frozenset({"区", "县", "自治县", "市"}),
    "州": frozenset({"县", "自治县", "市"}),
    "自治州": frozenset({"县", "自治县", "市"}),
    "地区": frozenset({"县", "自治县", "市"}),
    "盟": frozenset({"旗"}),
}
# Level words that, with the characters before them, are ordinary words rather than places.
_NOT_PLACES = frozenset(
    {"城市", "都市", "城区", "市区", "社区", "园区", "景区", "街区", "郊区", "山区", "辖区", "城县", "门市", "地区", "超市", "夜市", "股市", "楼市", "车市"}
)
_CONJUNCTIONS = re.compile(r"[和与及、]")


def _strip_places(name: str) -> list[tuple[str, str]]:
    """[(remaining name, level word of the prefix just dropped)], outermost first."""
    out: list[tuple[str, str]] = []
    rest = name
    allowed = _TOP_LEVELS
    while allowed:
        m = _PLACE.match(rest)
        if not m or m.group(2) not in allowed:
            break
        place, level = m.group(0), m.group(2)
        if level == "州" and rest[len(place) : len(place) + 1] == "市" and "市" in allowed:
            place, level = place + "市", "市"  # 苏州市, 广州市: the 州 is part of the name
        if level == "市" and allowed is not _TOP_LEVELS and len(place) < 3:
            break  # a county-level city below a city needs a name of two characters or more
        tail = rest[len(place):]
        if place in _NOT_PLACES or len(tail) < 3 or _split_suffix(tail) is None:
            break
        rest = tail
        out.append((rest, level))
        allowed = _BELOW.get(level, frozenset())
    return out


def _split_suffix(core: str) -> tuple[str, str, str] | None:
    """(body, suffix, short suffix) with 管理 before the suffix kept in the body."""
    for suffix, short in _SUFFIXES:
        if core.endswith(suffix) and (len(core) - len(suffix) >= 2 or (suffix == "委" and len(core) == 2)):
            return core[: -len(suffix)], suffix, short
    return None


def _words(part: str) -> list[str]:
    """A part split into two-character words; an odd-length part stays one word."""
    if len(part) >= 4 and len(part) % 2 == 0:
        return [part[i : i + 2] for i in range(0, len(part), 2)]
    return [part]


def _initials(words: list[str]) -> str:
    """The abbreviation of a run of words: the first character of each, except that a
    word after the first starting with a level word gives its second (绿化+市容 → 绿容,
    since 绿市 would read as a city; 市场+监督 → 市监 keeps the lead)."""
    out = [words[0][0]]
    for word in words[1:]:
        out.append(word[1] if len(word) >= 2 and word[0] in "市区县省州" else word[0])
    return "".join(out)


def _bodies(body: str, short: bool = True) -> list[tuple[str, bool]]:
    """Forms of one body as (form, is_initials); ``short=False`` gives only the
    full body and the body without its conjunctions."""
    parts = [p for p in _CONJUNCTIONS.split(body) if p]
    out = [(body, False), ("".join(parts), False)]
    if not short:
        return out
    if len(parts) == 2:
        out.append((parts[1] + parts[0], False))  # 绿化和市容 said the other way round: 市容绿化局
    if len(parts) >= 2:
        heads = [_words(p)[-1] for p in parts]
        out.append(("".join(heads), False))
        if len(heads) <= 3:
            out.append((_initials(heads), True))
            firsts = [_words(p)[0] for p in parts]  # 规划和自然资源 → 规自 as well as 规资
            out.append((_initials(firsts), True))
    elif parts:
        words = _words(parts[0])
        if 2 <= len(words) <= 3:
            out.append((_initials(words), True))
        if len(words) == 2:
            out.extend([(words[1], False), (words[0], False)])
    return out


def _core_aliases(core: str) -> list[str]:
    split = _split_suffix(core)
    if split is None:
        return [core]
    body, suffix, short = split
    if body.endswith("管理") and suffix in ("局", "委员会") and len(body) >= 4:
        # 管理 before 局/委员会 may be dropped; the short forms come from the body without it
        bodies = _bodies(body, short=False) + _bodies(body[:-2])
    else:
        bodies = _bodies(body)
    if "监督管理" in body:
        bodies.append((body.replace("监督管理", "监管"), False))  # 市场监督管理局 → 市场监管局
    if body == "生态环境" and suffix == "局":
        bodies += [("环保", False), ("环境保护", False)]  # its name before 2018, still said: 环保局
    if body.endswith("自然资源") and suffix == "局":  # 规划和国土资源管理局 before 2018, still said: 规土局, 国土局
        old = body.replace("和", "").replace("自然资源", "国土")
        bodies += [(old, False), (body.replace("自然资源", "国土资源"), False)]
        if old == "规划国土":
            bodies.append(("规土", False))
    out = [core]
    if short == "委" and len(body) == 2:
        out.append(body[0] + short)  # 交通委员会 → 交委, 教育委员会 → 教委: a committee's one-character head
    for b, initials in bodies:
        if len(b) < 2:
            continue
        if initials and short:
            out.append(b + short)
            continue
        out.append(b + suffix)
        if short:
            out.append(b + short)
    return out


@lru_cache(maxsize=4096)
def department_aliases(name: str) -> tuple[str, ...]:
    """The short forms of a stored department name, the name itself excluded.

    Ordered longest first (then by the order the rules produce them); every
    form has a suffix (局/委/委员会/厅/办/中心 …) and at least two characters before it.
    """
    name = name.strip()
    found: list[str] = []
    levels = _strip_places(name)
    if not levels:
        found.extend(_core_aliases(name))
    for i, (rest, level) in enumerate(levels):
        found.append(rest)
        if i == len(levels) - 1:
            spoken = level if level in ("市", "区", "县", "省", "州") else ""
            for alias in _core_aliases(rest):
                found.append(alias)
                if spoken:
                    found.append(spoken + alias)
    seen: set[str] = {name}
    out: list[str] = []
    for alias in found:
        if alias not in seen and _acceptable(alias):
            seen.add(alias)
            out.append(alias)
    order = {a: i for i, a in enumerate(out)}
    return tuple(sorted(out, key=lambda a: (-len(a), order[a])))


def _acceptable(alias: str) -> bool:
    """Every alias keeps its suffix and two characters before it — but 交委, 教委: a committee said by the head
    character of its two-character body, as staff say it."""
    split = _split_suffix(alias)
    return split is not None and (len(split[0]) >= 2 or (len(alias) == 2 and alias.endswith("委")))


_SIDES = ("那边", "这边", "那块", "这块", "口", "系统", "条线", "的项目")
"""Words after a department's body naming the department as a side (水务那边, 水务口, 水务的项目): without its
suffix the body alone would be a project word."""


def _side_forms(name: str) -> list[str]:
    """水务那边, 规划资源口: the bodies of a department's short forms, each with a side word."""
    bodies = {split[0] for alias in (name, *department_aliases(name)) if (split := _split_suffix(alias))}
    return [body + side for body in bodies if len(body) >= 2 and not _PLACE.match(body) for side in _SIDES]


@lru_cache(maxsize=64)
def _forms(names: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    forms: dict[str, list[str]] = {}
    for name in dict.fromkeys(names):
        for form in (name, *department_aliases(name), *_side_forms(name)):
            holders = forms.setdefault(form, [])
            if name not in holders:
                holders.append(name)
    return {form: tuple(holders) for form, holders in forms.items()}


def match_departments(text: str, names: Sequence[str]) -> list[tuple[str, int, int]]:
    """Every (stored name, start, end) whose full name or an alias occurs in ``text``.

    The longest form wins where forms overlap, spans never overlap, and a form that
    fits several stored departments equally gives one entry per department for the
    same span (the caller asks back). Entries are in text order, then name order
    as given.
    """
    forms = _forms(tuple(names))
    if not forms or not text:
        return []
    lengths = sorted({len(f) for f in forms}, reverse=True)
    hits: list[tuple[int, int, tuple[str, ...]]] = []
    for length in lengths:
        for start in range(0, len(text) - length + 1):
            holders = forms.get(text[start : start + length])
            if holders:
                hits.append((start, start + length, holders))
    # longest first, then leftmost; keep spans that overlap nothing already taken
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: list[tuple[int, int, tuple[str, ...]]] = []
    for start, end, holders in hits:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, holders))
    taken.sort(key=lambda h: h[0])
    return [(name, start, end) for start, end, holders in taken for name in holders]


_LATIN_WITH_SUFFIX_RE = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,12})([\u4e00-\u9fff]{0,2}?[局委厅办])")


def departments_spelled(text: str, names: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each department typed in pinyin letters (jiaotongwei, shuiwu局, gui资局, gzj) written as the stored
    form it spells — when it spells the forms of one department only — and the spans written (in the new text).
    Staff type a department's pinyin when the input method is not switched, as they do figure words."""
    forms = {form: "|".join(holders) for form, holders in _forms(tuple(names)).items() if _split_suffix(form)}
    found = []
    for match in _LATIN_WITH_SUFFIX_RE.finditer(text):  # gui资局: spelled as guiziju
        letters = match.group(1) + letters_of(match.group(2))
        found += [(match.start(), match.end(), form) for start, end, form in latin_spelled(letters, forms)
                  if (start, end) == (0, len(letters))]
    found += [(start, end, form) for start, end, form in latin_spelled(text, forms)
              if not any(s < end and start < e for s, e, _ in found)]
    return written_over(text, found)


def departments_sounded(text: str, names: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each run of Chinese characters that reads, toneless, as one department's form of three
    characters or more but is none (交通未, 交通为 → 交通委; 鬼资局 → 规资局) written as that form, and the spans
    written. The input method's homophones fall anywhere in a name, the suffix too."""
    by_sound: dict[tuple[int, str], str] = {}
    for form, holders in _forms(tuple(names)).items():
        if len(form) >= 3 and len(holders) == 1:
            by_sound.setdefault((len(form), letters_of(form)), form)
    found: list[tuple[int, int, str]] = []
    for start in range(len(text)):
        for length in sorted({length for length, _ in by_sound}, reverse=True):
            typed = text[start:start + length]
            if len(typed) < length or not _all_han(typed) or any(s < start + length and start < e for s, e, _ in found):
                continue
            form = by_sound.get((length, letters_of(typed)))
            if form is not None and form != typed and not match_departments(typed, names):
                found.append((start, start + length, form))
    return written_over(text, found)


def _all_han(text: str) -> bool:
    """Whether every character of ``text`` is a Chinese character (a run a homophone may stand in)."""
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)
