"""Background said around a question: 我们下午要开会，处长让我摸个底，……全年预算到底是多少.

Staff often give the reason for a question before (or after) asking it. Those clauses are no part of the query,
and the accounting rightly reports them as not understood. ``asked_part`` finds the clauses that hold the question
— a contiguous run of them holding a question word — when every clause left out is background: it asks nothing
(no question word) and narrows nothing (no department, year, project, exclusion, comparison or number with a unit).
A clause that does narrow (执行率低于九成的不算，…; 水务局的，…) is never left out, so the question is then not
understood as a whole rather than answered without its condition.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_CLAUSE_END_RE = re.compile(r"[，,。；;：:！!？?\n]+")
_ASKS_RE = re.compile(r"多少|几|哪|什么|啥|是否|吗|有没有|是不是|怎么样|如何|谁|列出|列一下|排一下")
_NARROWS_RE = re.compile(
    r"不算|除了|除去|去掉|不含|不包括|只看|仅|以上|以下|低于|高于|超过|不到|不足|之间|最(高|低|多|少|大|小)|"
    r"\d+(\.\d+)?\s*(%|万|亿|元|分|个|项)|其中|这些|它"
)


def clauses_of(text: str) -> list[str]:
    """The clauses of ``text``, split at punctuation (the same split for a question as typed and as normalized)."""
    return [c for c in _CLAUSE_END_RE.split(text) if c.strip()]


def asked_part(text: str, names_scope: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The shorter questions ``text`` may be, longest first, as (first, end) clause indexes: each contiguous run of
    its clauses that holds a question word, when every clause left out is background (asks nothing, and
    ``names_scope`` finds no department, year or project in it)."""
    clauses = clauses_of(text)
    background = [not _ASKS_RE.search(c) and not _NARROWS_RE.search(c) and not names_scope(c) for c in clauses]
    spans = sorted(((i, j) for i in range(len(clauses)) for j in range(i + 1, len(clauses) + 1)
                    if (i, j) != (0, len(clauses))), key=lambda span: span[0] - span[1])
    for i, j in spans:
        if all(background[:i]) and all(background[j:]) and _ASKS_RE.search("".join(clauses[i:j])):
            yield i, j
