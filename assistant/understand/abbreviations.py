"""Names said short the way staff abbreviate them: the first character of each word (地质灾害 → 地灾, 轨道交通 → 轨交).

A Chinese abbreviation keeps the head of each word of a phrase: 地质|灾害 gives 地灾, 轨道|交通 gives 轨交.
``AbbreviationIndex`` holds, for every two consecutive words of the known names (project and indicator names, split
by jieba, a four-character word as its two halves), the heads of those words (longer abbreviations are rare, and
taking one would swallow a word typed in full after it: 地灾防治 is 地灾 + 防治); ``expand`` rewrites a stretch of a question that is such
heads, is not itself part of a known name, and stands for one phrase only, back into that phrase. Like the typo
correction it is tried only when the question as typed was not understood, and the reading is said with the answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.tokenize_zh import ensure_jieba_loaded

_HAN_RE = re.compile(r"^[\u4e00-\u9fff]+$")


def _halves(word: str) -> list[str]:
    """A four-character word as the two words it is made of (地质灾害 → 地质, 灾害; 轨道交通 → 轨道, 交通), whose heads
    an abbreviation keeps; other words whole."""
    return [word[:2], word[2:]] if len(word) == 4 else [word]


class AbbreviationIndex:
    """The abbreviations of a set of names, each with the one phrase it stands for (or several: then ambiguous)."""

    def __init__(self, names: Iterable[str]) -> None:
        import jieba

        ensure_jieba_loaded()
        self._phrases: dict[str, set[str]] = {}
        self._known: set[str] = set()
        for name in names:
            self._known.add(name)
            words = [half for word in jieba.lcut(name) if _HAN_RE.match(word) for half in _halves(word)]
            for first, second in zip(words, words[1:]):
                if len(first) >= 2 and len(second) >= 2:  # 地质|灾害: words of their own, not single characters
                    self._phrases.setdefault(first[0] + second[0], set()).add(first + second)

    def expand(self, text: str, skip: Iterable[int] = ()) -> tuple[str, list[tuple[int, int]]]:
        """``text`` with each two-character abbreviation of exactly one phrase written out, and the spans (of the new
        text) of the phrases written; a stretch written in a known name, or touching ``skip`` positions (department
        words: 规资局 stays), is left as typed."""
        blocked = set(skip)
        out, spans, start = text, [], 0
        while start < len(out) - 1:
            piece = out[start:start + 2]
            phrases = self._phrases.get(piece, set())
            if len(phrases) != 1 or self._in_a_name(piece) or blocked & {start, start + 1}:
                start += 1
                continue
            phrase = next(iter(phrases))
            out = out[:start] + phrase + out[start + 2:]
            shift = len(phrase) - 2
            blocked = {i if i < start else i + shift for i in blocked}
            spans.append((start, start + len(phrase)))
            start += len(phrase)
        return out, spans

    def _in_a_name(self, piece: str) -> bool:
        """Whether ``piece`` is written in some known name as it stands (交通 in 轨道交通运营 is a word there, not
        the heads of two words)."""
        return any(piece in name for name in self._known)
