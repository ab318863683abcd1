"""Typo and homophone tolerance through toneless pinyin.

Users type project names with a pinyin input method, so a wrong character is most
often a homophone (海羊 for 海洋, 党件 for 党建, 和与辐射 for 核与辐射). ``SoundIndex``
holds every 2–4 character stretch of the known words (project-name words,
indicator words, metric words) keyed by its toneless pinyin; ``find`` reports the
spans of a question that sound like such a stretch without being one, and
``correct`` rewrites the spans that only one stretch fits.

How a question is read:

- Stretches of the question that already are known (a stretch of a known word,
  two characters or more, maximal) are *covered*: a character of a correctly typed
  name is never changed. Stop words (common question words) and the caller's
  ``skip`` positions are *blocked*: no span may touch them.
- A span (2–4 Chinese characters) matches a stretch when one of its readings (every
  reading of a polyphone, ``heteronym=True``) equals the stretch's pinyin, it is
  not itself a known stretch, and every character where it differs from the
  stretch is uncovered (``exact_sound=True``).
- With no homophone, a span of 3–4 characters may match a stretch that differs in
  exactly one character, not the first or last of the span (a stretch followed by
  another word would otherwise look like a typo), when that stretch is the only one
  that fits (``exact_sound=False``).
- Overlapping matches: homophones before one-character-off matches, then longer
  spans, then leftmost. All stretches that fit the chosen span are reported;
  ``correct`` leaves a span with more than one unchanged, for the caller to ask back.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["DEFAULT_STOPWORDS", "SoundIndex", "SoundMatch", "latin_spelled", "sounds_within"]

MIN_LEN = 2
MAX_LEN = 4

DEFAULT_STOPWORDS: tuple[str, ...] = (
    # what is asked
    "执行", "执行率", "执行数", "预算", "预算数", "得分", "分数", "分值", "总分", "评分", "等级",
    "扣分", "项目", "资金", "金额", "支出", "进度", "指标", "目标", "完成", "情况", "原因",
    "偏差", "实际", "年度", "全年", "年初", "万元", "满意度", "部门", "单位",
    # how it is asked
    "多少", "哪些", "哪个", "几个", "几分", "几条", "几项", "多少分", "得了", "什么", "是什么", "为什么", "怎么", "怎样", "如何", "是否",
    "有没有", "没有", "还有", "其中", "一共", "总共", "所有", "每个", "各个", "这个", "那个",
    "它的", "他们", "它们", "列出", "显示", "告诉", "请问", "一下",
    # comparisons and sums
    "最高", "最低", "最多", "最少", "最好", "最差", "最大", "最小", "平均", "合计", "总计",
    "超过", "低于", "高于", "以上", "以下", "不到", "排名", "前三", "前五", "相差", "差距",
    "比较", "对比", "之间", "大于", "小于", "等于",
    # time
    "时间", "时候", "今年", "去年", "明年", "上年", "当年", "年份",
)


@dataclass(frozen=True)
class SoundMatch:
    start: int  # span in the question
    end: int
    typed: str  # what was typed (海羊)
    word: str  # the known stretch it stands for (海洋)
    exact_sound: bool  # same toneless pinyin (True) or one character off (False)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@lru_cache(maxsize=2000)
def _toneless(syllable: str) -> str:
    from pypinyin.contrib.tone_convert import to_normal  # pypinyin's dictionaries take most of a second to import:
    # loaded with the first question that needs a reading, not when the assistant opens

    return to_normal(syllable)


@lru_cache(maxsize=20000)
def _readings(ch: str) -> tuple[str, ...]:
    """Every toneless reading of one character (all of a polyphone's), default first."""
    from pypinyin.constants import PINYIN_DICT

    raw = PINYIN_DICT.get(ord(ch))
    if not raw:
        return (ch,)
    return tuple(dict.fromkeys(_toneless(s) for s in raw.split(",")))


@lru_cache(maxsize=50000)
def _word_syllables(word: str) -> tuple[str, ...]:
    """One toneless syllable per character, a polyphone read in context (银行 → yin hang).

    The context is pypinyin's phrase dictionary: the longest phrase of 2–4 characters
    inside the word that holds the polyphone gives its reading, else its default
    reading. Calling ``lazy_pinyin`` per word (phrase segmentation) would be about
    three times slower and gives the same reading for the words seen here.
    """
    from pypinyin.constants import PHRASES_DICT

    readings = [_readings(ch) for ch in word]
    out = [r[0] for r in readings]
    n = len(word)
    for p, r in enumerate(readings):
        if len(r) == 1:
            continue
        done = False
        for length in (4, 3, 2):
            # the phrase that starts at the polyphone first (步调整: 调整, not 步调)
            for a in range(min(p, n - length), max(0, p - length + 1) - 1, -1):
                phrase = PHRASES_DICT.get(word[a : a + length])
                if phrase and len(phrase) == length and phrase[p - a]:
                    out[p] = _toneless(phrase[p - a][0])
                    done = True
                    break
            if done:
                break
    return tuple(out)


def _text_syllables(text: str) -> list[str]:
    """The reading in context of each character of a question ("" where not Chinese)."""
    out = [""] * len(text)
    for m in _HAN_RUN.finditer(text):
        out[m.start() : m.end()] = _word_syllables(m.group())
    return out


_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


_LATIN_RUN = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,12}(?![A-Za-z])")


def latin_spelled(text: str, words: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """Runs of Latin letters that spell, in pinyin, words of one meaning only, in full (yusuan → 预算) or by
    initials (zxl → 执行率): staff type a figure's pinyin when the input method is not switched. ``words`` maps
    each word to its meaning (a metric key); a run spelling words of two meanings, or none, is left as typed for
    the accounting to report. Returns (start, end, the first word of that meaning)."""
    spelled: dict[str, dict[str, str]] = {}
    for word, meaning in words.items():
        syllables = _word_syllables(word)
        if len(syllables) >= 2 and all(syllables):
            for key in ("".join(syllables), "".join(s[0] for s in syllables)):
                spelled.setdefault(key, {}).setdefault(meaning, word)
    found = []
    for match in _LATIN_RUN.finditer(text):
        fits = spelled.get(match.group().lower(), {})
        if len(fits) == 1:
            found.append((match.start(), match.end(), next(iter(fits.values()))))
    return found


def letters_of(word: str) -> str:
    """``word`` in toneless pinyin letters run together (资局 → ziju): how it is typed with the input method off."""
    return "".join(_word_syllables(word))


def written_over(text: str, found: Sequence[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each (start, end, word) of ``found`` (not overlapping) written over its span, and the spans of
    the words written, in the new text."""
    written: list[tuple[int, int]] = []
    for start, end, word in sorted(found, reverse=True):
        shift = len(word) - (end - start)
        written = [(s + shift, e + shift) for s, e in written]
        text = text[:start] + word + text[end:]
        written.append((start, start + len(word)))
    return text, sorted(written)


def sounds_within(piece: str, word: str) -> bool:
    """Whether ``piece`` (two characters or more) reads, toneless, as some stretch of ``word``: 海阳 within 海洋生态环境保护."""
    typed = "".join(_word_syllables(piece))
    syllables = _word_syllables(word)
    n = len(piece)
    return n >= 2 and any("".join(syllables[i : i + n]) == typed for i in range(len(word) - n + 1))


class SoundIndex:
    """Known words' 2–4 character stretches by toneless pinyin, for typo tolerance."""

    def __init__(self, words: Iterable[str], stopwords: Collection[str] = DEFAULT_STOPWORDS) -> None:
        self.words: tuple[str, ...] = tuple(
            dict.fromkeys(w for w in words if len(w) >= MIN_LEN and all(_is_han(c) for c in w))
        )
        self.stopwords: frozenset[str] = frozenset(s for s in stopwords if s)
        self._stop_lengths = sorted({len(s) for s in self.stopwords}, reverse=True)
        # pinyin key ("hai yang") -> stretches with that sound
        self._by_sound: dict[str, set[str]] = {}
        # (position of the wildcard, stretch with that character blanked) -> stretches
        self._by_mask: dict[tuple[int, str], set[str]] = {}
        # every stretch of 2–4 characters of a known word
        self._stretches: set[str] = set()
        # the stretches by their pinyin letters run together ("haiyang"), made when first asked
        self._by_letters: dict[str, set[str]] | None = None
        for word in self.words:
            syllables = _word_syllables(word)
            n = len(word)
            for i in range(n - 1):
                for j in range(i + MIN_LEN, min(n, i + MAX_LEN) + 1):
                    stretch = word[i:j]
                    if stretch in self._stretches:
                        continue
                    self._stretches.add(stretch)
                    self._by_sound.setdefault(" ".join(syllables[i:j]), set()).add(stretch)
                    for k in range(1, j - i - 1):
                        key = (k, stretch[:k] + "\0" + stretch[k + 1 :])
                        self._by_mask.setdefault(key, set()).add(stretch)

    def spelled(self, text: str) -> list[tuple[int, int, str]]:
        """Runs of Latin letters that spell, toneless, exactly one known stretch (haiyang → 海洋): a name typed in
        pinyin when the input method was not switched. Returns (start, end, stretch)."""
        if self._by_letters is None:
            self._by_letters = {}
            for sound, stretches in self._by_sound.items():
                self._by_letters.setdefault(sound.replace(" ", ""), set()).update(stretches)
        found = []
        for match in _LATIN_RUN.finditer(text):
            fits = self._by_letters.get(match.group().lower(), set())
            if len(fits) == 1:
                found.append((match.start(), match.end(), next(iter(fits))))
        return found

    # -- reading the question -------------------------------------------------

    def _blocked(self, text: str, skip: Collection[int]) -> list[bool]:
        blocked = [not _is_han(ch) for ch in text]
        for i in skip:
            if 0 <= i < len(text):
                blocked[i] = True
        n = len(text)
        for length in self._stop_lengths:
            for i in range(n - length + 1):
                if text[i : i + length] in self.stopwords:
                    for k in range(i, i + length):
                        blocked[k] = True
        return blocked

    def _covered(self, text: str) -> list[bool]:
        """Positions inside a stretch of the text that is a stretch of a known word (any
        such stretch is a union of known two-character stretches, so pairs suffice)."""
        n = len(text)
        covered = [False] * n
        for i in range(n - 1):
            if text[i : i + 2] in self._stretches:
                covered[i] = covered[i + 1] = True
        return covered

    def find(self, text: str, skip: Collection[int] = (), longest_first: bool = False) -> list[SoundMatch]:
        """Spans of ``text`` (outside ``skip`` and stop words, not already a known
        stretch) that sound like a known stretch, or are one character off it.
        Spans do not overlap; a span several stretches fit gives one match each. Where spans overlap, one that
        sounds alike wins over one a character off (执发 → 执法), or, ``longest_first``, the longer one does
        (执发率 → 执行率): the second reading of a question the first did not make understood."""
        if not self.words or len(text) < MIN_LEN:
            return []
        blocked = self._blocked(text, skip)
        covered = self._covered(text)
        # every reading of a polyphone for spans of 3–4 characters; for 2 characters only
        # its reading in context and its default one (市 has a rare reading fu: 海市 is
        # not 海辐)
        context = _text_syllables(text)
        reads_all: list[tuple[str, ...]] = []
        reads_two: list[tuple[str, ...]] = []
        for ch, b, ctx in zip(text, blocked, context):
            r = () if b else _readings(ch)
            reads_all.append(tuple(dict.fromkeys((ctx, *r))) if r else ())
            reads_two.append(tuple(dict.fromkeys((ctx, r[0]))) if r else ())
        n = len(text)
        candidates: list[tuple[int, int, bool, tuple[str, ...]]] = []
        for i in range(n):
            for length in range(MIN_LEN, MAX_LEN + 1):
                j = i + length
                if j > n or blocked[j - 1]:
                    break
                if blocked[i]:
                    break
                typed = text[i:j]
                if typed in self._stretches or all(covered[i:j]):
                    continue
                reads = reads_two if length == 2 else reads_all
                fits = self._homophones(typed, reads[i:j], covered[i:j])
                exact = True
                if not fits and length >= 3:
                    fits = self._one_off(typed, covered[i:j])
                    exact = False
                if fits:
                    candidates.append((i, j, exact, fits))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), not c[2], c[0]) if longest_first else
                        (not c[2], -(c[1] - c[0]), c[0]))
        taken: list[tuple[int, int, bool, tuple[str, ...]]] = []
        for cand in candidates:
            if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
                taken.append(cand)
        taken.sort(key=lambda c: c[0])
        return [
            SoundMatch(start=i, end=j, typed=text[i:j], word=word, exact_sound=exact)
            for i, j, exact, fits in taken
            for word in fits
        ]

    def _homophones(self, typed: str, reads: list[tuple[str, ...]], covered: list[bool]) -> tuple[str, ...]:
        found: set[str] = set()
        for combo in itertools.product(*reads):
            hit = self._by_sound.get(" ".join(combo))
            if hit:
                found.update(hit)
        return tuple(sorted(w for w in found if _changes_uncovered(typed, w, covered)))

    def _one_off(self, typed: str, covered: list[bool]) -> tuple[str, ...]:
        found: set[str] = set()
        for k in range(1, len(typed) - 1):
            if covered[k]:
                continue
            hit = self._by_mask.get((k, typed[:k] + "\0" + typed[k + 1 :]))
            if hit:
                found.update(hit)
        found.discard(typed)
        return tuple(found) if len(found) == 1 else ()

    def correct(self, text: str, skip: Collection[int] = (), longest_first: bool = False) -> tuple[str, list[SoundMatch]]:
        """``text`` with every span that exactly one known stretch fits replaced by it
        (same length, so positions are kept), and all matches found (corrected or not); ``longest_first`` as
        ``find``."""
        matches = self.find(text, skip, longest_first)
        by_span: dict[tuple[int, int], list[SoundMatch]] = {}
        for m in matches:
            by_span.setdefault((m.start, m.end), []).append(m)
        chars = list(text)
        for (start, end), group in by_span.items():
            if len(group) == 1:
                chars[start:end] = list(group[0].word)
        return "".join(chars), matches


def _changes_uncovered(typed: str, word: str, covered: list[bool]) -> bool:
    """True when the stretch differs from what was typed only at uncovered positions."""
    return typed != word and all(a == b or not c for a, b, c in zip(typed, word, covered))
