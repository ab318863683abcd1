"""Background said around a question: 我们下午要开会，处长让我摸个底，……全年预算到底是多少.

Staff often give the reason for a question before (or after) asking it — with punctuation or, typed fast, with a
space (领导刚问到 所有报告里执行率最低的三个项目是哪些). Those clauses are no part of the query, and the accounting
rightly reports them as not understood. ``asked_part`` finds the clauses that hold the question — a contiguous run of
them holding a question word — when every clause left out is background: it says who wants the figure or what for
(a word of ``vocabulary.BACKGROUND_RE``: 领导, 开会, 写材料), asks nothing (no question word), narrows nothing (no
exclusion, comparison or number with a unit), names no period or field the table lacks (上半年, 采购方式), and names
no department, year or project the asked clauses do not name themselves (下周要跟交通委碰头 … 交通委23年…).
A clause that does narrow (执行率低于九成的不算，…; 水务局的，…) is never left out, so the question is then not
understood as a whole rather than answered without its condition.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Set

from assistant.understand.vocabulary import (
    BACKGROUND_LEAD_RE,
    BACKGROUND_RE,
    CRITICAL_CHARS,
    FILLER_RE,
    MISSING_FIELD_RE,
    PERIOD_RE,
    ROLE_PATTERNS,
)
from assistant.understand.times import find_times

_CLAUSE_END_RE = re.compile(r"[，,。；;：:！!？?\n\s]+")
_ASKS_RE = re.compile(r"多少|几|哪|什么|啥|是否|吗|有没有|是不是|了没|怎么样|如何|谁|列出|列一下|排一下")
_LEAD_IN_RE = re.compile(r"(?:^|(?<=[，,。；;：:！!？?\s]))(?:" + BACKGROUND_LEAD_RE.pattern + ")")
_GRADE_RE = re.compile(r"评级|等级|评为|评了|评的|优秀|良好|中等")
_COMING_RE = re.compile(r"(?:快|要|马上|就要|眼看)(?:就)?(?:到|来)了|来了$|到了$")
"""汛期快到了, 年底要到了: a season said as the time of asking."""
_NARROWS_RE = re.compile(
    r"不算|除了|除去|去掉|不含|不包括|只看|仅|以上|以下|低于|高于|超过|不到|不足|之间|最(高|低|多|少|大|小)|"
    r"(?<![\d.])(?!1个)\d+(\.\d+)?\s*(%|万|亿|元|分|个|项)|其中|这些|它"
)


def clauses_of(text: str) -> list[str]:
    """The clauses of ``text``, split at punctuation and spaces (the same split for a question as typed and as
    normalized)."""
    text = _LEAD_IN_RE.sub(lambda lead: lead.group(0) + "，", text)  # 领导问，24年…
    return [c for c in _CLAUSE_END_RE.split(text) if c.strip()]


def _background(clause: str) -> bool:
    """Whether ``clause`` reads as why or for whom the question is asked, with nothing that could narrow it."""
    if not FILLER_RE.sub("", clause).strip():
        return True  # 那个啥, 帮我看下: nothing but the words that frame a question
    return bool(BACKGROUND_RE.search(clause)) and not _could_narrow(clause)


def _could_narrow(clause: str) -> bool:
    """Whether ``clause`` asks, narrows, names what the table lacks, or says 不/低/大… beside a figure word
    (我们在排查钱花得慢的大项目 narrows; 我一下子数不过来 does not)."""
    said_of_now = _COMING_RE.search(clause) is not None  # 汛期快到了: when it is asked, no period asked about
    return bool(_ASKS_RE.search(clause) or _NARROWS_RE.search(clause) or _GRADE_RE.search(clause)
                or MISSING_FIELD_RE.search(clause)
                or (not said_of_now and (PERIOD_RE.search(clause)
                                         or any(t.kind in ("period", "future") for t in find_times(clause))))
                or (CRITICAL_CHARS & set(clause) and any(p.search(clause) for p in ROLE_PATTERNS["metric"])))


def clause_around(text: str, start: int, end: int) -> str:
    """The clause of ``text`` (split as ``clauses_of`` splits) holding the stretch [start, end)."""
    bounds = [0, *(m.end() for m in _CLAUSE_END_RE.finditer(text)), len(text)]
    first = max(b for b in bounds if b <= start)
    last = min((m.start() for m in _CLAUSE_END_RE.finditer(text) if m.start() >= end), default=len(text))
    return text[first:last]


def only_describes(clause: str) -> bool:
    """Whether ``clause`` says something of a project without asking, narrowing or naming a figure
    (我记得是做长江口近岸海域监测的, 搞生物多样性调查): it may describe the project the question names."""
    return not _could_narrow(clause) and not any(p.search(clause) for p in ROLE_PATTERNS["metric"])


def background_dropped(text: str) -> str:
    """``text`` without the clauses that are background (我在写个材料 跟海洋有关的项目 → 跟海洋有关的项目): for the
    words a plan searches for rather than parses (a topic), which the accounting cannot check word by word."""
    return " ".join(clause for clause in clauses_of(text) if not _background(clause))


def _asks(text: str) -> bool:
    """Whether ``text`` asks something: a question word, or a figure named (生态局全部项目合在一起的整体执行率)."""
    return bool(_ASKS_RE.search(text)) or any(p.search(text) for p in ROLE_PATTERNS["metric"])


def asked_part(text: str, names_scope: Callable[[str], Set[str]]) -> Iterator[tuple[int, int]]:
    """The shorter questions ``text`` may be, longest first, as (first, end) clause indexes: each contiguous run of
    its clauses that holds a question word, when every clause left out is background and names no department, year
    or project (``names_scope``) the run does not name too."""
    clauses = clauses_of(text)
    background = [_background(c) for c in clauses]
    spans = sorted(((i, j) for i in range(len(clauses)) for j in range(i + 1, len(clauses) + 1)
                    if (i, j) != (0, len(clauses))), key=lambda span: span[0] - span[1])
    for i, j in spans:
        left_out = [k for k in (*range(i), *range(j, len(clauses)))]
        asked = "".join(clauses[i:j])
        if not all(background[k] for k in left_out) or not _asks(asked):
            continue
        named = names_scope(asked)
        if all(names_scope(clauses[k]) <= named for k in left_out):
            yield i, j
