"""Did the plan use every word of the question? The check between planning and answering.

A question planned from some of its words and answered would answer a nearby
question with real-looking figures — the worst failure there is. So before an
answer is composed, every character of the question is accounted for: it names
the scope or a project (the plan's ``mentions``), fills a role the plan's kind
uses (``vocabulary.ROLES_OF_INTENT``), is a number the plan uses, is an
indicator or topic the plan looks up, or is filler. What is left is *unread*:
the answer then says what was understood and what was not, instead of answering.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from assistant.catalog import Catalog
from assistant.metrics import Metric
from assistant.plan import GROUP_KINDS, Plan
from assistant.cues import ADJUSTED_RE, CAUSE_RE, metric_spans, names_budget_change
from assistant.resolve import common_stretches, mask_vocabulary, meaningful_length, table_words
from assistant.understand.aliases import match_departments
from assistant.understand.clauses import clause_around, only_describes
from assistant.understand.sounds import letters_of, sounds_within
from assistant.understand.times import find_times
from assistant.understand.vocabulary import (
    CRITICAL_CHARS,
    FILLER_RE,
    MISSING_FIELD_REASON,
    MISSING_FIELD_RE,
    NAME_BREAK_RE,
    NAME_JOINERS,
    NAME_STOP_ROLES,
    PERIOD_RE,
    ROLE_PATTERNS,
    TIME_GAPS,
)

_COMMON_ROLES = frozenset({"metric", "follow", "when", "whole"})
ROLES_OF_INTENT: dict[str, frozenset[str]] = {
    "project_figure": frozenset({"overview"}),
    "overview": frozenset({"overview"}),
    "compare": frozenset({"compare", "rank", "overview"}),
    "share": frozenset({"share", "aggregate"}),
    "lost_points": frozenset({"lost", "why", "indicator", "rank", "count", "aggregate", "list", "operator"}),
    "explain": frozenset({"why", "lost", "indicator", "adjusted"}),
    "ranking": frozenset({"rank", "position", "why", "lost", "list"}),
    "filter": frozenset({"operator", "grade", "adjusted", "lost", "why", "list"}),
    "aggregate": frozenset({"aggregate", "count", "operator", "grade", "adjusted", "lost", "list"}),
    "indicator": frozenset({"indicator", "operator", "why", "lost", "count", "list"}),
    "text": frozenset({"text"}),
    "topic": frozenset({"topic", "list", "text", "count"}),
    "findings": frozenset({"findings", "list", "count", "why"}),
    "list_projects": frozenset({"list", "count", "overview"}),
}
"""The roles whose words each kind of plan uses, besides the scope, the projects, figures and follow-up words."""
_STAGE_ROLES: dict[str, frozenset[str]] = {
    "order": frozenset({"rank", "position", "list"}),
    "conditions": frozenset({"operator", "grade", "adjusted", "lost", "list"}),
}
"""The roles a stage of a project plan uses whatever the plan's kind: a ranking then summed reads 最高 and 前三,
a filter then shared reads 低于 — though the answer's kind is an aggregate or a share."""
CHECKED_INTENTS = frozenset(ROLES_OF_INTENT)
"""Plans that answer with data; ask-backs, refusals and not-found replies need no accounting."""

_INDICATOR_FIGURES = frozenset({"indicator_count", "lost_indicator_count", "indicators_lost"})
"""Figures counted or summed over a project's indicator rows."""
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|万元|万|亿元|亿|元|分|个|项|名|次|家)?")
_CONTENT_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Unread:
    """A stretch of the question no part of the plan used; ``reason`` when it asks what the template lacks."""

    start: int
    end: int
    text: str
    reason: str | None = None


@dataclass(frozen=True)
class Accounting:
    """What of ``text`` the plan used, and what it did not."""

    text: str
    unread: tuple[Unread, ...]

    @property
    def complete(self) -> bool:
        """Whether every word went into the plan."""
        return not self.unread

    def without_unread(self) -> str | None:
        """The question the plan would actually answer, when dropping the unread words leaves one that reads well:
        they must form one stretch at its start or end (上半年|海洋项目的执行率), else None."""
        if len(self.unread) != 1:
            return None
        part = self.unread[0]
        if part.start != 0 and self.text[part.end :].strip("，,。？?！! 的"):
            return None
        rest = (self.text[: part.start] + self.text[part.end :]).strip("，,。？?！! 的")
        return rest or None


def account(text: str, plan: Plan, catalog: Catalog) -> Accounting:
    """Given the normalized question and its plan, return the stretches of content the plan did not use."""
    gaps = _gaps(text)
    if plan.intent == "not_found":
        return Accounting(text, tuple(gaps))  # say why the table cannot hold it, rather than only that it does not
    if plan.intent not in CHECKED_INTENTS:
        return Accounting(text, ())
    stops = _role_positions(text, NAME_STOP_ROLES) | _positions(m.span() for m in NAME_BREAK_RE.finditer(text))
    stops |= _positions((gap.start, gap.end) for gap in gaps)
    scope = _scope_positions(text, catalog)  # a year or a department is no name to grow: 河道综合整治24年|汛期
    mentioned = _positions(plan.mentions) | _said_again(text, plan.mentions)
    others = [entry.name for entry in catalog.in_documents(plan.scope.documents)]
    project_words = _project_words(plan, catalog)
    named = _as_typed(text, mentioned - scope, stops | scope, project_words, others) | (mentioned & scope)
    named |= _spelled_beside(text, named, [name for name, _ in project_words])
    for part in (plan, *plan.also):
        named |= _as_typed(text, _looked_up_positions(text, part, catalog), stops, _indicator_words(part, catalog))
    names = [name for name, _ in project_words] + [name for name, _ in _indicator_words(plan, catalog)]
    gaps = [gap for gap in gaps  # 人员培训 may be an indicator's name; 按季度 matched in a project's texts is still a period
            if not (set(range(gap.start, gap.end)) <= named and any(gap.text in name for name in names))]
    used = set(named)
    for part in (plan, *plan.also):
        used |= _role_positions(text, _COMMON_ROLES | _roles(part))
    wanted, counts = _plan_numbers(plan) | _points_lost(plan, catalog), _counts(plan, catalog)
    articles = _positions(m.span() for m in _ONE_OF_RE.finditer(text))  # 平均一个项目, 排一下: no number
    used -= _unchecked_numbers(text, named | scope | articles, wanted, counts)
    used -= _unchecked_figures(text, plan, named)
    used |= articles
    used |= _numbers_used(text, plan, used, wanted, counts)
    used |= _filler_positions(text, used)
    used -= _positions((gap.start, gap.end) for gap in gaps)
    runs = [run for run in _unread_runs(text, used) if not any(g.start < run.end and run.start < g.end for g in gaps)]
    names = [name for name, _ in project_words]
    runs = [run for run in runs if not (_describes_named(text, run, plan, catalog) or _in_quoted_text(run, plan, catalog)
                                        or _kind_asked(text, run, plan)
                                        or any(_abbreviates(run.text, name) for name in names))]
    return Accounting(text, tuple(sorted(gaps + runs, key=lambda u: u.start)))


def _in_quoted_text(run: Unread, plan: Plan, catalog: Catalog) -> bool:
    """Whether an unread run is words of the text the answer quotes: the goal or result text (督察那个项目 年度目标里是
    不是有拍警示片), or the reasons of the points lost (泵站项目扣分是不是跟汛期有关) — the quote shows them, so the
    question is answered by it."""
    said = _ASKING_EDGES_RE.sub("", run.text)  # 要新建: 新建 is the text's word, 要 how it is asked
    if plan.intent not in ("text", "lost_points") or len(_CJK_RE.findall(said)) < 2:
        return False
    return any(_covered(said, quoted) >= _QUOTED_COVERED for quoted in _quoted(plan, catalog))


_ASKING_EDGES_RE = re.compile(r"^[要说是把将去]+|[了的]+$")
"""Characters at the edges of an unread run that ask about a text rather than quote it (要新建, 说要管)."""


def _quoted(plan: Plan, catalog: Catalog) -> list[str]:
    """The texts a text or lost-points answer about the plan's projects quotes."""
    entries = catalog.entries_of(plan.projects)
    if plan.intent == "text":
        field = "goal_text" if plan.text_field == "goal" else "result_text"
        return [getattr(e.project, field) for e in entries]
    return [ind.reason for e in entries for ind in e.project.indicators if ind.reason]


_QUOTED_COVERED = 0.75
"""How much of an unread run the quoted text must hold (拍警示片 in …警示片拍摄工作: three of four characters)."""


def _covered(piece: str, words: str) -> float:
    """The share of ``piece``'s characters lying in stretches of two or more that ``words`` holds."""
    return sum(t - s for s, t in common_stretches(piece, words)) / max(1, len(piece))


_KIND_WORDS = ("什么", "啥", "哪些", "哪种", "哪类")


def _kind_asked(text: str, run: Unread, plan: Plan) -> bool:
    """Whether an unread run is the kind of thing a text question asks for (重点防的是什么虫子): the quote answers it
    with what the text names, whatever the word for its kind."""
    return plan.intent == "text" and len(run.text) <= 3 and text[: run.start].endswith(_KIND_WORDS)


def _abbreviates(typed: str, name: str) -> bool:
    """Whether ``typed`` (two to four characters) shortens a named project's name as staff do: its first character,
    then characters of it in order (环评 for 环境影响评价和排污许可证管理)."""
    if not 2 <= len(typed) <= 4 or not _CJK_RE.fullmatch(typed[0]) or not name.startswith(typed[0]):
        return False
    at = 1
    for ch in typed[1:]:
        at = name.find(ch, at) + 1
        if at == 0:
            return False
    return True


_DESCRIPTION_COVERED = 0.8
"""How much of an unread run the named project's own texts must hold for it to be a description of the project."""


def _describes_named(text: str, run: Unread, plan: Plan, catalog: Catalog) -> bool:
    """Whether an unread run is what the one named project does, in the words of its own tables, said in a clause
    that asks and narrows nothing (海洋那块我记得是做长江口近岸海域监测的; 搞生物多样性调查 生态文明创建那个项目 预算多少):
    a description confirming the project, not a part of the question left out."""
    if len(plan.projects) != 1 or len(_CJK_RE.findall(run.text)) < 4:
        return False
    words = table_words(catalog.entries_of(plan.projects)[0])
    return _covered(run.text, words) >= _DESCRIPTION_COVERED and only_describes(clause_around(text, run.start, run.end))


def _gaps(text: str) -> list[Unread]:
    """Words asking what the table does not hold: a period or a later year (times.find_times), a missing field —
    not a cause asked of the points lost (跟汛期有关), which the reasons answer."""
    changed = bool(ADJUSTED_RE.search(text) or names_budget_change(text))  # 年中调过预算, 年中砍得最多: the two
    gaps = [Unread(t.start, t.end, t.text, TIME_GAPS[t.kind]) for t in find_times(text)  # budgets tell it
            if t.kind in TIME_GAPS and not (t.text == "年中" and changed)]
    gaps += [Unread(*m.span(), m.group(0), TIME_GAPS["period"]) for m in PERIOD_RE.finditer(text)]
    causes = _positions(m.span("cause") for m in CAUSE_RE.finditer(text))
    gaps = [gap for gap in gaps if not set(range(gap.start, gap.end)) <= causes]
    gaps += [Unread(*m.span(), m.group(0), MISSING_FIELD_REASON) for m in MISSING_FIELD_RE.finditer(text)]
    return gaps


def _scope_positions(text: str, catalog: Catalog) -> set[int]:
    """Positions of the words naming a time or a department, which end a typed name."""
    spans = [(t.start, t.end) for t in find_times(text)]
    spans += [(start, end) for _, start, end in match_departments(text, catalog.departments)]
    return _positions(spans)


def _project_words(plan: Plan, catalog: Catalog) -> list[tuple[str, str]]:
    """(name, table words) of the plan's projects: what a typed name may be checked against."""
    return [(e.name, table_words(e)) for e in catalog.entries_of(plan.projects)]


def _indicator_words(plan: Plan, catalog: Catalog) -> list[tuple[str, str]]:
    """(name, "") of the indicators in the plan's reach."""
    named = catalog.entries_of(plan.projects)
    names = [ind.name for e in named for ind in e.project.indicators] if named else \
        catalog.indicator_names(plan.scope.documents)
    return [(name, "") for name in names]


def _said_again(text: str, mentions: Sequence[tuple[int, int]]) -> set[int]:
    """Positions where a mention's words are said once more (在对海洋这块的账 那个海洋的项目…: the same 海洋)."""
    again: set[int] = set()
    for start, end in mentions:
        words = text[start:end]
        if len(_CJK_RE.findall(words)) >= 2:
            again |= _positions(m.span() for m in re.finditer(re.escape(words), text))
    return again


def _positions(spans: Iterable[tuple[int, int]]) -> set[int]:
    """Every position the spans cover."""
    return {i for start, end in spans for i in range(start, end)}


def _roles(plan: Plan) -> frozenset[str]:
    """The roles a plan uses: those of its kind, comparison words only when it has conditions to compare with,
    and conjunctions (并且, 又) only when it joins two conditions or more."""
    roles = set(ROLES_OF_INTENT.get(plan.intent, frozenset()))
    if plan.rows == "projects" and plan.reply is None:  # each stage of a composed plan reads its own words
        roles |= _STAGE_ROLES["order"] if plan.order else frozenset()
        roles |= _STAGE_ROLES["conditions"] if plan.conditions else frozenset()
    if any(ref.metric.key in _INDICATOR_FIGURES for ref in plan.metrics):  # 指标最多的项目: its words are the figure's
        roles |= {"indicator", "lost", "count"}
    if any(ref.metric.key == "indicators_lost" for ref in plan.metrics):
        roles.add("aggregate")  # 指标扣分加起来最多的: the figure is itself a Σ over the project's indicators
    if not plan.conditions and plan.indicator_actual is None and plan.total_test is None:
        roles.discard("operator")
    elif plan.total_test is not None:
        roles.add("operator")  # 大气执行率过没过95: the figure asked is tested
    if not any(c.metric.metric.key == "grade" for c in plan.conditions) and not any(
            ref.metric.key == "grade" for ref in plan.metrics):
        roles.discard("grade")  # 评了优的有几个 planned as a count of every project: 优 was not read
    elif plan.intent == "project_figure" and any(ref.metric.key == "grade" for ref in plan.metrics):
        roles.add("grade")  # 是不是评了个中: the grade asked of a project, said with it
    if len(plan.conditions) >= 2:
        roles.add("conjunction")
    if plan.compare_groups:
        roles.add("compare")
    if any(c.metric.metric.unit == "万元" and c.value is not None for c in plan.conditions):
        roles.add("size")  # 预算一千万以上那几个大项目: 大 restates the condition on money
    if plan.indicator_by:
        roles |= {"rank", "indicator_rank"}  # 分值给得最高的是哪条: the rows ranked
    if any(ref.metric.key in ("adjustment", "reduction") for ref in plan.metrics):
        roles.add("adjusted")  # 预算中途调过没: the adjustment is the figure asked
    if plan.aggregate in GROUP_KINDS:
        roles.add("groups")  # 有几年的数据: the groups counted
    if plan.measure == "versus_mean":
        roles |= {"aggregate", "compare"}  # 比生态局平均一个项目少多少: the mean, and how far from it
    if plan.rank_groups or plan.measure == "change":
        roles |= {"rank", "compare"}  # 哪个局…最低 / 更高: the groups are ranked; 涨得最多 涨了多少: changes ranked
    if plan.measure == "change":
        roles.add("change")  # 涨得最多: only a plan that ranks changes reads the word of change
    if (plan.intent in ("project_figure", "overview") and plan.projects) or len(plan.projects) == 1:
        roles.add("remark")  # 党建那个执行率偏低, 后勤那个项目指标特别多: said of the project named, nothing asked
    return frozenset(roles)


def _as_typed(
    text: str, positions: set[int], stops: set[int], names: Sequence[tuple[str, str]], others: Sequence[str] = (),
    reach: int = 8,
) -> set[int]:
    """Positions matched in a stored name, grown over the rest of the name as typed.

    A garbled stored name (应对气值吴变化…) matches only part of what the user typed (应对气候变化…); the typed
    name runs on to the next function word, figure word or meaning-changing character (海洋|除去|大气), at most
    ``reach`` characters either way — but only when it still reads as that name (``_like_a_name``): 地铁建设
    is no way of typing 干部人事管理和队伍建设, whose 建设 alone matched. Past a joiner (和, 、) it runs on only
    when the words after it end as a stored name ends (综合规划、区域协作和财务审计管理 for 综合规划、管理).
    """
    grown = set(positions)
    for start, end in _runs(positions):
        left, right = start, end
        while left > 0 and start - left < reach and _name_char(text, left - 1, stops):
            left -= 1
        while right < len(text) and right - end < reach and _name_char(text, right, stops):
            right += 1
        if (left, right) != (start, end) and not _like_a_name(text[left:right], text[start:end], names, others):
            left, right = start, end
        grown |= set(range(left, right))
        if right < len(text) and text[right] in NAME_JOINERS:
            grown |= _continuation(text, right, stops, [name for name, _ in names])
    return grown


_LATIN_RE = re.compile(r"[A-Za-z]+")


def _spelled_beside(text: str, named: set[int], names: Sequence[str]) -> set[int]:
    """Positions of Latin letters typed against a name's words that spell, in pinyin, characters of that name
    (he辐射安全: he is 核 of 核与辐射安全管理) — the input method left off for a character or two."""
    spelled: set[int] = set()
    for match in _LATIN_RE.finditer(text):
        start, end = match.span()
        if end not in named and start - 1 not in named:
            continue
        typed = match.group().lower()
        if any(letters_of(name[i:j]) == typed for name in names
               for i in range(len(name)) for j in range(i + 1, min(len(name), i + 4) + 1)):
            spelled |= set(range(start, end))
    return spelled


def _runs(positions: set[int]) -> list[tuple[int, int]]:
    """Contiguous runs of positions as (start, end) spans."""
    runs: list[tuple[int, int]] = []
    for i in sorted(positions):
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _like_a_name(typed: str, matched: str, names: Sequence[tuple[str, str]], others: Sequence[str] = ()) -> bool:
    """Whether a typed run reads as one of ``names``: close to the name as a whole (garbled names), or every
    unmatched word of it found in that project's own table (重点工作 in the goal text of …保障)."""
    extra = [mask_vocabulary(piece).replace("□", "") for piece in typed.split(matched)]
    extra = [piece for piece in extra if piece]
    for name, words in names:
        similarity = fuzz.ratio(typed, name)
        if similarity >= 50 and all(_of_this_name(piece, name, words, others, similarity >= _CLOSE) for piece in extra):
            return True
        if words and all(piece in words for piece in extra):
            return True
    return False


_CLOSE = 80
"""A typed name this similar to a stored one (fuzz ratio) is that name garbled, whatever its pieces' characters."""


def _of_this_name(piece: str, name: str, words: str, others: Sequence[str], close: bool = False) -> bool:
    """Whether a piece typed beyond the matched stretch may be part of this name as typed: a word of its table
    (督察工作 of the garbled 上海市环保全费), or one reading as part of the name — not one reading as another
    project's (海阳生态环境保护 is 海洋…, not 大气生态环境保护, whose 生态环境保护 alone matched), nor one with most of
    its characters from no part of this name (长江口水环境综合治理 is no 水生态环境综合管理)."""
    if len(piece) < 2 or piece in words or sounds_within(piece, name):
        return True
    mostly_its_own = close or sum(ch in name for ch in piece) * 2 >= len(piece)
    return mostly_its_own and not any(sounds_within(piece, other) for other in others)


def _continuation(text: str, joiner: int, stops: set[int], names: Iterable[str]) -> set[int]:
    """The joiner at ``joiner`` and the name words after it, when they end as a stored name ends; else none."""
    end = joiner + 1
    while end < len(text) and _name_char(text, end, stops | {joiner}):
        end += 1
    words = text[joiner + 1 : end]
    if len(words) >= 2 and any(name.endswith(words[-2:]) for name in names):
        return set(range(joiner, end))
    return set()


def _name_char(text: str, i: int, stops: set[int]) -> bool:
    """Whether the character at ``i`` can belong to a typed name."""
    return i not in stops and bool(_CJK_RE.match(text[i])) and text[i] not in CRITICAL_CHARS


def _role_positions(text: str, roles: Iterable[str]) -> set[int]:
    """Positions of the words of ``roles`` in ``text``."""
    return _positions(m.span() for role in roles for pattern in ROLE_PATTERNS[role] for m in pattern.finditer(text))


def _looked_up_positions(text: str, plan: Plan, catalog: Catalog) -> set[int]:
    """Words the plan searches for rather than parses: an indicator's name, a topic. Rows that lost points are
    narrowed by an indicator's words only when the plan keeps them (河道整治22年哪些指标没达标 over every project
    leaves 河道整治 unread, whatever indicator its words appear in)."""
    if plan.intent == "topic" and plan.topic:
        return _positions(m.span() for word in plan.topic.split() for m in re.finditer(re.escape(word), text))
    if plan.intent == "indicator" or plan.indicator_terms or (plan.intent in ("lost_points", "explain") and plan.projects):
        entries = catalog.entries_of(plan.projects) or catalog.in_documents(plan.scope.documents)
        names = "\n".join(ind.name for e in entries for ind in e.project.indicators)
        return _positions(
            (s, t) for s, t in common_stretches(text, names) if meaningful_length(text[s:t]) >= 2 or t - s >= 3
        )
    return set()


def _numbers_used(text: str, plan: Plan, used: set[int], wanted: set[float], counts: set[float]) -> set[int]:
    """Positions of the numbers the plan uses (``wanted``: a threshold, a limit, an indicator's value; ``counts`` of
    what it is about, said as such), not yet accounted for."""
    positions: set[int] = set()
    for match in _NUMBER_RE.finditer(text):
        if set(range(*match.span())) <= used:
            continue
        number = float(re.match(r"\d+(?:\.\d+)?", match.group(0)).group(0))
        if _VAGUE_AFTER_RE.match(text, match.end()) and _bracketed(number, plan):
            positions |= set(range(match.start(), _VAGUE_AFTER_RE.match(text, match.end()).end()))
            continue  # 三百万上下，就是两百八到三百二之间: the range says what the vague number meant
        if _is_wanted(number, wanted) or _is_count(text, match, counts):
            positions |= set(range(*match.span()))
    return positions


_VAGUE_AFTER_RE = re.compile(r"\s*(上下|左右|前后|附近)")
_ONE_OF_RE = re.compile(r"(?<=[那这哪每均单来])1(?=[个项条家])|(?<!\d)1(?=[个家](就|能|要|自己)?占)|(?<!\d)1(?=条条|项项|个个|条1条|项1项)|(?<=条|项)1(?=条|项)|(?<!\d)1(?=下)|(?<!\d)1(?=分(都|也)?(没|未))|(?<!\d)2(?=[个种]口径)")
"""那一项, 平均一个项目, 排一下, 一分都没扣, 两个口径: 一 as an article or a manner of speaking, not a number the plan
should use."""
_FREE_NUMBER_ROLES = ("why", "follow")
"""Roles whose numbers are the user's words, not the plan's: 为什么只有90分, 第三个, 这仨."""


def _unchecked_numbers(text: str, kept: set[int], wanted: set[float], counts: set[float]) -> set[int]:
    """Positions of numbers a role's pattern took (最低的2个, 4个项目) that the plan does not use (``wanted``): a
    ranking planned for one project while two were asked must be reported, not answered. Numbers in ``kept`` (names,
    the scope's words, articles) and in the free roles stay as they are, and so do ``counts`` of what the plan is
    about (海洋和大气两个项目, 水务局四个项目分别…)."""
    free = kept | _role_positions(text, _FREE_NUMBER_ROLES)
    unchecked: set[int] = set()
    for match in re.finditer(r"\d+(?:\.\d+)?", text):
        span = set(range(*match.span()))
        if span & free or _is_wanted(float(match.group(0)), wanted) or _is_count(text, match, counts):
            continue
        unchecked |= span
    return unchecked


_FIGURE_CHECKED_INTENTS = frozenset({"project_figure", "compare", "ranking", "filter", "aggregate", "share"})
"""Plans whose answer is a figure: every figure word of their question must be one they compute."""
_OVERALL_FIELDS = frozenset({"rate", "full_year", "executed"})


def _unchecked_figures(text: str, plan: Plan, named: set[int]) -> set[int]:
    """Positions of figure words (执行率, 年初预算) the plan computes nothing of: 有指标扣分的项目合起来的执行率
    planned as a count of indicators must be reported, not answered with the count."""
    if plan.intent not in _FIGURE_CHECKED_INTENTS:
        return set()
    keys, fields = _plan_figures(plan)
    unchecked: set[int] = set()
    for start, end, metrics in metric_spans(text):
        span = set(range(start, end))
        if span & named or any(_computes(m, keys, fields) for m in metrics):
            continue
        unchecked |= span
    return unchecked


def _computes(figure: Metric, keys: set[str], fields: set[str]) -> bool:
    """Whether a plan computing ``keys`` and ``fields`` computes ``figure`` (扣分 is any of the lost-points figures:
    有指标扣分 is a condition on the indicators' lost points)."""
    return (figure.key in keys or (figure.fund_field is not None and figure.fund_field in fields)
            or (figure.key == "lost" and any("lost" in key for key in keys))
            or (figure.key == "lost" and "total_weight" in keys))  # 扣了分的项目: 总分 below its 分值


def _plan_figures(plan: Plan) -> tuple[set[str], set[str]]:
    """The metric keys and fund fields a plan (and the parts it also answers) computes with."""
    refs = []
    for part in (plan, *plan.also):
        refs += [] if part.aggregate == "count" else list(part.metrics)  # a count computes no figure of its own
        refs += [c.metric for c in part.conditions]
        refs += [c.against for c in part.conditions if c.against is not None]
        refs += [part.drop.metric] if part.drop else []
    refs += [operand for ref in refs if ref.of for operand in ref.of]
    keys = {ref.metric.key for ref in refs}
    if any(part.intent in ("lost_points", "explain") for part in (plan, *plan.also)):
        keys.add("lost")  # 得分最低的是哪个，为什么扣分: the part answering why uses the points lost
    fields = {ref.metric.fund_field for ref in refs if ref.metric.fund_field}
    fields |= {f for ref in refs if ref.metric.difference for f in ref.metric.difference}
    if any(part.aggregate == "overall_rate" for part in (plan, *plan.also)):
        fields |= _OVERALL_FIELDS
    return keys, fields


def _counts(plan: Plan, catalog: Catalog) -> set[float]:
    """Counts of what a plan is about, which a question may say (海洋和大气两个项目, 水务局四个项目): its projects,
    its reports, the projects in them."""
    return {float(len(plan.projects)), float(len(plan.scope.documents)),
            float(len(catalog.in_documents(plan.scope.documents)))}


_COUNTED_AFTER_RE = re.compile(r"\s*[个家份]?(项目|局|部门|单位|报告|张表)|个(?=\s|$|[，,。])")
"""What a count says it counts (两个项目, 三份报告), or 个 ending a phrase (科技与国际合作和农村饮水两个 谁…)."""


def _is_count(text: str, match: re.Match[str], counts: set[float]) -> bool:
    """Whether a number is a count of what the plan is about, said as such (四个项目, 两个局), not any number that
    happens to equal one (两个差几分 after two reports is no count of them)."""
    digits = re.match(r"\d+(?:\.\d+)?", match.group(0))
    return digits is not None and float(digits.group(0)) in counts and bool(
        _COUNTED_AFTER_RE.match(text, match.start() + digits.end()))


def _is_wanted(number: float, wanted: set[float]) -> bool:
    """Whether ``number`` is one of the plan's numbers, as typed or in 万 (20000000 → 2000 万元)."""
    return any(abs(number - value) < 1e-6 or abs(number / 10_000 - value) < 1e-9 or abs(number * 10_000 - value) < 1e-6
               for value in wanted)


def _bracketed(number: float, plan: Plan) -> bool:
    """Whether the plan's conditions hold a range (≥ low and ≤ high) around ``number`` (in 万元 or as typed)."""
    lows = [float(c.value) for c in plan.conditions if c.op == ">=" and isinstance(c.value, (int, float))]
    highs = [float(c.value) for c in plan.conditions if c.op == "<=" and isinstance(c.value, (int, float))]
    return any(low <= value <= high for low in lows for high in highs for value in (number, number / 10_000))


def _plan_numbers(plan: Plan) -> set[float]:
    """The numbers a plan (and the parts it also answers) uses."""
    numbers: set[float] = set()
    for part in (plan, *plan.also):
        tests = (*part.conditions, *([part.total_test] if part.total_test else []))
        numbers |= {float(c.value) for c in tests if isinstance(c.value, (int, float))}
        if part.limit is not None:
            numbers.add(float(part.limit))
        if part.indicator_actual is not None:
            numbers.add(float(part.indicator_actual[1]))
    return numbers


def _points_lost(plan: Plan, catalog: Catalog) -> set[float]:
    """The points the named projects lost, row by row, which a question about their reasons may quote (扣的那零点一分
    是啥原因): numbers the answer shows, not conditions."""
    if plan.rows not in ("lost", "reasons"):
        return set()
    return {round(ind.lost, 2) for e in catalog.entries_of(plan.projects) for ind in e.project.indicators if ind.lost}


def _filler_positions(text: str, used: set[int]) -> set[int]:
    """Positions of filler words lying wholly outside what the plan used, and the rest of a filler phrase of three
    characters or more that a used word overlaps."""
    positions: set[int] = set()
    for match in FILLER_RE.finditer(text):
        span = set(range(*match.span()))
        if not span & used:
            positions |= span
        elif len(span) >= 3 and len(span - used) < len(span):  # 那个啥 whose 那个 a follow-up word took
            positions |= span - used
    return positions


def _unread_runs(text: str, used: set[int]) -> list[Unread]:
    """Runs of unused content: two Chinese characters or more, a digit or Latin letter, or one meaning-changing
    character (不, 除, 前 …). A lone particle left over (个, 下) is no question of its own."""
    runs: list[Unread] = []
    start = None
    for i in range(len(text) + 1):
        free = i < len(text) and i not in used and _CONTENT_RE.match(text[i])
        if free and start is None:
            start = i
        elif not free and start is not None:
            piece = text[start:i]
            if _is_content(piece):
                runs.append(Unread(start, i, piece))
            start = None
    return runs


def _is_content(piece: str) -> bool:
    """Whether an unused run carries meaning."""
    return len(_CJK_RE.findall(piece)) >= 2 or any(ch in CRITICAL_CHARS for ch in piece) or bool(
        re.search(r"[A-Za-z0-9]", piece)
    )
