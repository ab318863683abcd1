"""Which stored projects a question names: by ordinal, by (part of) the name, or by words of a nameless table.

People name projects loosely — 海洋, 核辐射, 党建, 生态环境监测那个项目, 第3个项目.
A project is mentioned where a stretch of at least two characters of the
question occurs in its name and is not just question vocabulary (执行率, 项目,
工作 …). Stretches shared by many names (生态环境) count for little: each is
weighted by length × idf over the names in scope. The best project claims its
stretches, and the next best is sought in what is left, so 海洋和大气 finds two
projects and 海洋生态环境保护 one. When the best projects tie on the same
stretches the question is ambiguous and the assistant asks back.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from assistant.catalog import ProjectEntry
from assistant.metrics import FUND_SYNONYMS, METRICS
from assistant.plan import ProjectKey

MAX_CANDIDATES = 5
"""More projects than this tied on a mention means the words are generic (生态环境), not a name."""

_QUESTION_WORDS: tuple[str, ...] = (
    "项目", "工作", "管理", "经费", "资金", "专项", "情况", "指标", "目标", "完成", "实际", "评价", "绩效", "自评",
    "满意度", "满意", "多少", "哪些", "哪个", "什么", "为什么", "那个", "这个", "一下", "对比", "比较", "合计",
    "所有", "全部", "整体", "总体", "平均", "扣分", "原因", "最高", "最低", "最大", "最小", "是否", "年度", "万元",
    "本市", "全市", "全年", "年初", "当年", "本年", "的", "自评表", "报告", "表里", "这份", "本表",
)
_ORDINAL_PROJECT_RE = re.compile(r"第\s*(\d+)\s*[个项号]?\s*项目|项目\s*(\d+)(?!\d*\s*[%万元分个家项条])|(\d+)\s*号项目")
_ORDINAL_ALONE_RE = re.compile(r"(?:第\s*(\d+)|头\s*(1))\s*[个项名]?(?!\s*项目)")
"""第二个 of a list, and 头一个 (its first: 头两个 is its first two, no ordinal)."""
MASK = "□"
_MAX_NAME_GAP = 10
_BREAK_RE = re.compile(r"[，,。？?！!；;\s]|的|项目|那个|这个")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def _vocabulary() -> tuple[str, ...]:
    """Words of questions that are never a project name on their own, longest first."""
    words = set(_QUESTION_WORDS)
    for m in METRICS:
        words.update(m.synonyms)
    for synonyms in FUND_SYNONYMS.values():
        words.update(synonyms)
    return tuple(sorted(words, key=len, reverse=True))


VOCABULARY = _vocabulary()


@dataclass(frozen=True)
class Resolution:
    """The projects a question names, in question order; ``candidates`` when the mention is ambiguous.

    ``spans`` are the question positions the mentions used (so other parsers
    can skip them); ``list_index`` is a bare ordinal (第二个) that a follow-up may
    mean as a position in the previous answer's list.
    """

    projects: tuple[ProjectKey, ...] = ()
    candidates: tuple[ProjectKey, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    list_index: int | None = None


@dataclass(frozen=True)
class _Mention:
    """One project's claim on the question: its stretches, their positions, and its weight."""

    entry: ProjectEntry
    spans: tuple[tuple[int, int], ...]
    score: float

    @property
    def positions(self) -> frozenset[int]:
        """Every question position the stretches cover."""
        return frozenset(i for start, end in self.spans for i in range(start, end))


@lru_cache(maxsize=8192)
def meaningful_length(text: str) -> int:
    """Chinese characters of ``text`` left after removing question vocabulary (项目, 执行率 …).

    Cached: the same stretches recur across names and questions, and the
    vocabulary scan is the resolver's hottest loop when many reports are stored.
    """
    for word in VOCABULARY:
        text = text.replace(word, "")
    return len(_CJK_RE.findall(text))


def mask_vocabulary(text: str) -> str:
    """``text`` with question vocabulary masked, positions kept, so no stretch can run through 项目 or 执行率."""
    spans = [m.span() for word in VOCABULARY for m in re.finditer(re.escape(word), text)]
    return mask_spans(text, spans)


def common_stretches(question: str, name: str, min_len: int = 2) -> list[tuple[int, int]]:
    """Given a question and a name, return maximal question spans of ``min_len``+ characters that occur in the name."""
    spans: list[tuple[int, int]] = []
    last_end = 0
    for start in range(len(question)):
        end = start + min_len
        if end > len(question) or question[start:end] not in name:
            continue
        while end < len(question) and question[start : end + 1] in name:
            end += 1
        if end > last_end:
            spans.append((start, end))
            last_end = end
    return spans


def mask_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each span replaced by mask characters of the same length (positions stay valid)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = MASK * (end - start)
    return "".join(chars)


class ProjectResolver:
    """Finds the projects a question names among given entries. One per catalog: it keeps nothing between
    questions but the indicator names of each scope, joined once."""

    def __init__(self, generic_words: Sequence[str] = ()) -> None:
        self._generic = tuple(sorted(set(generic_words), key=len, reverse=True))
        self._indicator_names: dict[tuple[ProjectKey, ...], str] = {}  # per scope; a resolver lives with one catalog
        self._own_names: dict[tuple[ProjectKey, ...], dict[str, str]] = {}

    def resolve(self, question: str, entries: Sequence[ProjectEntry], phrase: bool = False) -> Resolution:
        """The projects of ``entries`` that ``question`` names, by ordinal first, then by name. A ``phrase`` known to
        name projects (the object of 除了) is no indicator name: 河道整治 there is 河道综合整治, not its indicator."""
        ordinal = self._by_ordinal(question, entries)
        if ordinal.projects or ordinal.candidates:
            return ordinal
        named = self._by_name(mask_spans(question, self._generic_spans(question)), entries, phrase)
        list_match = _ORDINAL_ALONE_RE.search(question)
        list_index = int(list_match.group(1) or list_match.group(2)) if list_match else None
        return Resolution(named.projects, named.candidates, named.spans, list_index)

    def resolve_by_table_words(self, question: str, entries: Sequence[ProjectEntry]) -> Resolution:
        """Projects found by words of their tables when no name matched: a nameless project (法规、标准 → 第11个项目),
        or one whose name the extraction garbled (督察 → 上海市环保…费).

        A word counts only when it is rare across all projects' texts (in at
        most two), so everyday words of a goal text pick nothing.
        """
        texts = {e.key: table_words(e) for e in entries}
        masked = mask_vocabulary(mask_spans(question, self._generic_spans(question)))
        scored: list[tuple[float, ProjectEntry, list[tuple[int, int]]]] = []
        for entry in entries:
            spans = [
                (s, t)
                for s, t in common_stretches(masked, texts[entry.key])
                if meaningful_length(masked[s:t]) >= 2 and sum(masked[s:t] in text for text in texts.values()) <= 2
            ]
            if spans:
                scored.append((sum(t - s for s, t in spans), entry, spans))
        if not scored:
            return Resolution()
        best = max(score for score, _, _ in scored)
        winners = [(e, spans) for score, e, spans in scored if score == best]
        spans = tuple(span for _, found in winners for span in found)
        keys = tuple(e.key for e, _ in winners)
        return Resolution(projects=keys, spans=spans) if len(keys) == 1 else Resolution(candidates=keys, spans=spans)

    def _indicator_text(self, entries: Sequence[ProjectEntry]) -> str:
        """Every indicator name of ``entries``, one per line (joined once per scope)."""
        key = tuple(e.key for e in entries)
        if key not in self._indicator_names:
            self._indicator_names[key] = "\n".join(ind.name for e in entries for ind in e.project.indicators)
        return self._indicator_names[key]

    def _own_indicators(self, entries: Sequence[ProjectEntry]) -> dict[str, str]:
        """Per project name, its projects' indicator names joined (once per scope)."""
        key = tuple(e.key for e in entries)
        if key not in self._own_names:
            own: dict[str, list[str]] = {}
            for e in entries:
                own.setdefault(e.match_name, []).extend(ind.name for ind in e.project.indicators)
            self._own_names[key] = {name: "\n".join(names) for name, names in own.items()}
        return self._own_names[key]

    def _generic_spans(self, question: str) -> list[tuple[int, int]]:
        """Spans of words that name no project (the department, its city), to hide from name matching."""
        spans = []
        for word in self._generic:
            spans.extend(m.span() for m in re.finditer(re.escape(word), question))
        return spans

    def _by_ordinal(self, question: str, entries: Sequence[ProjectEntry]) -> Resolution:
        """第3个项目 / 项目3 / 3号项目: the project with that seq (in each document in scope)."""
        match = _ORDINAL_PROJECT_RE.search(question)
        if not match:
            return Resolution()
        seq = int(next(g for g in match.groups() if g))
        keys = tuple(e.key for e in entries if e.project.seq == seq)
        if len(keys) > 1:
            return Resolution(candidates=keys, spans=(match.span(),))
        return Resolution(projects=keys, spans=(match.span(),))

    def _by_name(self, question: str, entries: Sequence[ProjectEntry], phrase: bool = False) -> Resolution:
        """Greedy: the best-weighted project claims its stretches; repeat on what is left.

        A tie among different names asks back only when it is the best mention;
        once a project is found, tied leftovers (综合 in two names) are generic,
        and so are words naming one of its indicators (核与辐射…的应急演练 is no
        mention of 执法和应急).
        """
        named = [e for e in entries if not e.project.name_missing]
        rarity = _NameRarity(named)
        indicator_words = _IndicatorWords(question, "" if phrase else self._indicator_text(entries),
                                          self._own_indicators(entries))
        claimed: set[int] = set()
        found: list[_Mention] = []
        while True:
            claims: dict[str, tuple[tuple[tuple[int, int], ...], float] | None] = {}  # per name: a bureau's projects
            for entry in named:  # repeat their names year after year, and a claim depends on the name alone
                if entry.match_name not in claims:
                    claims[entry.match_name] = _claim(question, entry.match_name, rarity, claimed, indicator_words)
            mentions = [_Mention(e, *claim) for e in named if (claim := claims[e.match_name]) is not None]
            mentions = [m for m in mentions
                        if all(m.entry.key != f.entry.key for f in found) and not _echoes(question, m, found)]
            if not mentions:
                break
            best = max(m.score for m in mentions)
            tied = sorted((m for m in mentions if math.isclose(m.score, best)), key=lambda m: m.entry.key)
            group = [m for m in tied if m.positions == tied[0].positions]
            claimed |= group[0].positions
            if len({m.entry.name for m in group}) > 1 and len(group) <= MAX_CANDIDATES and not found:
                group = _break_tie(question, group)
                if len(group) > 1:
                    return Resolution(candidates=tuple(m.entry.key for m in group), spans=group[0].spans)
            if len({m.entry.name for m in group}) == 1:
                found.extend(group)
                claimed |= _indicator_positions(question, group[0].entry)
        found.sort(key=lambda m: min(m.positions))
        spans = tuple(span for m in found for span in _as_typed(question, m.spans))
        return Resolution(projects=tuple(m.entry.key for m in found), spans=spans)


class _NameRarity:
    """idf of a stretch over the names in scope: ln(1 + N / df), computed once per stretch."""

    def __init__(self, entries: Sequence[ProjectEntry]) -> None:
        self._names = [e.match_name for e in entries]
        self._cache: dict[str, float] = {}

    def __call__(self, stretch: str) -> float:
        if stretch not in self._cache:
            df = max(1, sum(stretch in name for name in self._names))
            self._cache[stretch] = math.log(1 + len(self._names) / df)
        return self._cache[stretch]


def _claim(
    question: str,
    name: str,
    rarity: _NameRarity,
    claimed: set[int],
    indicator_words: _IndicatorWords,
) -> tuple[tuple[tuple[int, int], ...], float] | None:
    """A project name's claim on the unclaimed part of ``question`` (its spans and score), or None if it has none
    worth counting.

    A short stretch inside longer words of an indicator name (保障 in 船舶保障满意度) is that indicator, not a name —
    unless the indicator is the project's own (河道整治 of 河道整治长度 still names 河道综合整治).
    """
    spans = [
        (s, t)
        for s, t in common_stretches(question, name)
        if meaningful_length(question[s:t]) >= 2
        and not claimed.intersection(range(s, t))
        and not (meaningful_length(question[s:t]) <= 3 and _inside_longer(s, t, indicator_words.others_of(name)))
    ]
    spans = _one_per_text(question, spans)
    if not spans:
        return None
    score = sum(meaningful_length(question[s:t]) * rarity(question[s:t]) for s, t in spans)
    return tuple(spans), score


class _IndicatorWords:
    """Question spans of four characters or more that occur in an indicator name, found on first use only
    (most questions name their project by a long stretch and never ask)."""

    def __init__(self, question: str, names: str, own: Mapping[str, str] | None = None) -> None:
        self._question = question
        self._names = names
        self._own = own or {}

    @cached_property
    def spans(self) -> list[tuple[int, int]]:
        """The spans, computed the first time they are needed."""
        return common_stretches(self._question, self._names, min_len=4)

    def others_of(self, name: str) -> list[tuple[int, int]]:
        """The spans, less those lying in an indicator of the projects called ``name`` themselves."""
        own = self._own.get(name, "")
        return [(s, t) for s, t in self.spans if self._question[s:t] not in own] if own else self.spans


def _inside_longer(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether [start, end) lies inside one of ``spans`` that is at least two characters longer."""
    return any(s <= start and end <= t and (t - s) >= (end - start) + 2 for s, t in spans)


def _one_per_text(question: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name is mentioned once: drop stretches repeating (or inside) another stretch of the same project, so
    海洋生态环境保护和大气生态环境保护 gives 大气's second 生态环境保护 to 大气, not to 海洋."""
    kept: list[tuple[int, int]] = []
    texts = [question[s:t] for s, t in spans]
    for (start, end), text in zip(spans, texts):
        inside_longer = any(text != other and text in other for other in texts)
        repeated = any(question[s:t] == text for s, t in kept)
        if not inside_longer and not repeated:
            kept.append((start, end))
    return kept


def _break_tie(question: str, tied: list[_Mention]) -> list[_Mention]:
    """Among projects tied on the same name words, the one whose table holds most of the question's other words
    (重点工作保障 → 全市…保障, whose indicators speak of 重点任务); all of them when that does not decide."""
    scores = [_beside_in_name(question, m) for m in tied]  # 全市保障: 全市 comes before 保障 in one name only
    if max(scores) and scores.count(max(scores)) == 1:
        return [tied[scores.index(max(scores))]]
    rest = mask_vocabulary(mask_spans(question, tied[0].spans))
    scores = [
        sum(meaningful_length(rest[s:t]) for s, t in common_stretches(rest, table_words(m.entry))) for m in tied
    ]
    best = max(scores)
    return [tied[scores.index(best)]] if best and scores.count(best) == 1 else tied


_BESIDE = 3
"""How many characters typed right before or after a mention may still be part of the name (全市 of 全市保障)."""


def _beside_in_name(question: str, mention: _Mention) -> int:
    """How many characters typed right next to a mention (up to a word break) continue it in the mention's name, in
    the name's order: 全市 before 保障 is in 全市生态环境保障 before 保障; 工作 before 保障 is not in 后勤保障工作."""
    start, end = min(s for s, _ in mention.spans), max(t for _, t in mention.spans)
    name, said = mention.entry.name, question[start:end]
    at = name.find(said[:2]) if len(said) >= 2 else -1
    if at < 0:
        return 0
    before = _BREAK_RE.split(question[max(0, start - _BESIDE):start])[-1]
    after = _BREAK_RE.split(question[end:end + _BESIDE])[0]
    lead = max((n for n in range(2, len(before) + 1) if 0 <= name.find(before[-n:]) < at), default=0)
    tail = max((n for n in range(2, len(after) + 1) if name.find(after[:n], at) > at), default=0)
    return lead + tail


def _as_typed(question: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A project's stretches joined across short gaps: a name is typed in one piece, and the words between two
    stretches of it (区域协作和财务审计 in 综合规划、…管理 when the stored name lost them) are part of the name."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        gap = question[joined[-1][1] : start] if joined else None
        if gap is not None and len(gap) <= _MAX_NAME_GAP and not _BREAK_RE.search(gap):
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def _echoes(question: str, mention: _Mention, found: Sequence[_Mention]) -> bool:
    """Whether a further mention is one two-character word that the projects already found use in their own tables
    (地质灾害那个…沉降控制在多少以内: 控制 is in its goal text, not the name 总量控制… of another project)."""
    if not found or len(mention.spans) != 1:
        return False
    start, end = mention.spans[0]
    word = question[start:end]
    return meaningful_length(word) <= 2 and any(word in table_words(f.entry) for f in found)


def _indicator_positions(question: str, entry: ProjectEntry) -> set[int]:
    """Question positions whose words name one of the project's indicators (two meaningful characters or more)."""
    return {
        i
        for ind in entry.project.indicators
        for s, t in common_stretches(question, ind.name)
        if meaningful_length(question[s:t]) >= 2
        for i in range(s, t)
    }


def table_words(entry: ProjectEntry) -> str:
    """The words a project can be recognised by besides its name: indicator names, goal and result texts."""
    project = entry.project
    return " ".join([*(ind.name for ind in project.indicators), project.goal_text, project.result_text])


def suggest_names(fragment: str, entries: Sequence[ProjectEntry], limit: int = 3) -> list[ProjectEntry]:
    """The projects whose names are closest to ``fragment`` (rapidfuzz), for a 'did you mean' offer."""
    if not fragment.strip() or not entries:
        return []
    names = [e.name for e in entries]
    matches = process.extract(fragment, names, scorer=fuzz.partial_ratio, limit=limit, score_cutoff=50)
    return [entries[index] for _, _, index in matches]
