"""Which projects a question is about, before anything is measured: left out (除去X, 去掉最大的) and grouped (每个局).

These parts compose with every kind of plan: a ranking, a sum, a count, a
filter or a list runs on ``selected(plan)`` — the projects named, or all in
scope, less those excluded and those dropped by a ranking — and ``groups``
splits a plan's scope into one plan per department or year. So 除去X的预算合计,
去掉得分最低的那个后的平均分 and 每个局得分最低的项目 need no rule of their own.

``read_selection`` finds these words in a question and returns the spans it
used, so the rest of the planner never sees them (剩下 there is no 未执行数).
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from assistant import cues
from assistant import operations as ops
from assistant.catalog import Catalog, ProjectEntry
from assistant.metrics import metric
from assistant.plan import Drop, MetricRef, Plan, ProjectKey, Scope
from assistant.understand.aliases import match_departments
from assistant.understand.times import find_times
from assistant.understand.vocabulary import (
    DROP_RE, EXCLUDE_RE, EXCLUDED_LAST_RE, GROUP_PATTERNS, REMAINDER_RE, ROLE_PATTERNS, TOGETHER_RE,
)

_APART_RE = re.compile(r"分开|分别|各自")
"""每个局一共多少 分开说: per group after all, whatever 一共 says."""
Resolve = Callable[[str], tuple[ProjectKey, ...]]
"""Projects a phrase names unambiguously (none when it names none, or several different ones)."""

_POSTFIX_EXCLUDE_RE = re.compile(r"(?:^|(?<=[，,。；;\s]))\s*(?:把|将)?(?P<phrase>[^，,。；;？?\s]{2,30}?)(?:那个|这个|那俩|这俩|那两个|这两个|那几个|这几个)?(?:的话)?"
                                 r"(?:(?:太|很|挺|比较|是)(?:大|多|高|特殊|大头|例外)了?[\s，,]*)?先?(?:不算|除外|不计|不要|排除在外|剔掉|剔除|去掉|"
                                 r"拿掉|不看|排除掉?|刨掉|扣掉)(?:它)?")
"""党建跟节水宣传不算，剩下的…; 规资局24年 国土空间规划编制先不算…; 科技国际合作那个太大了 不算它: projects named at a
clause's start, then left out."""
_JOINER_RE = re.compile(r"[跟和与及、]|以及")
_PHRASE_RE = re.compile(r"[^，,。；;？?！!\s]{1,24}")
_PHRASE_END_RE = re.compile(r"以外|之外|的?其他|的?其它|的?其余|剩下|剩余|余下|以后|之后|的?项目|的|后|外")
_AMONG_ADJECTIVE = {"高": True, "大": True, "多": True, "低": False, "小": False, "少": False}


@dataclass(frozen=True)
class Selection:
    """What a question leaves out and how it groups, with the spans of the question those words took."""

    excluded: tuple[ProjectKey, ...] = ()
    excluded_departments: tuple[str, ...] = ()
    drop: Drop | None = None
    group_by: str | None = None
    spans: tuple[tuple[int, int], ...] = ()
    follows: bool = False  # 去掉这个 / 把它去掉: it leaves out the last answer's projects, so it asks within its scope

    @property
    def leaves_out(self) -> bool:
        """Whether anything is left out."""
        return bool(self.excluded or self.excluded_departments or self.drop)

    def applied(self, plan: Plan) -> Plan:
        """``plan`` with these parts added (its own exclusions kept) and their spans as mentions."""
        return replace(
            plan,
            excluded=tuple(dict.fromkeys(plan.excluded + self.excluded)),
            drop=self.drop or plan.drop,
            group_by=self.group_by or plan.group_by,
            mentions=plan.mentions + self.spans,
        )


def read_selection(
    text: str, departments: Sequence[str], resolve: Resolve, listed: tuple[ProjectKey, ...] = ()
) -> Selection:
    """The exclusions and grouping ``text`` asks for; ``listed`` are the last answer's projects, which 去掉这个 leaves
    out. An exclusion whose object cannot be read is left in the text, so the accounting reports it as not
    understood rather than the answer including what was to be left out."""
    spans: list[tuple[int, int]] = []
    excluded: list[ProjectKey] = []
    follow = EXCLUDED_LAST_RE.match(text)
    if follow and listed:
        # 去掉这些 / 这两个 / 把它们去掉: all of them; 去掉这个 / 把它去掉: the first
        plural = follow.group("count") not in (None, "个") or "它们" in (follow.group("it"), follow.group("which")) \
            or follow.group("which") in ("这些", "这几个")
        excluded.extend(listed if plural else listed[:1])
        spans.append(follow.span())
    group_by = None
    for kind, pattern in GROUP_PATTERNS.items():
        for match in pattern.finditer(text):
            if not TOGETHER_RE.match(text, match.end()) or _APART_RE.search(text):  # 各局加起来: one answer
                group_by = group_by or kind
            spans.append(match.span())
    drop = None
    for match in DROP_RE.finditer(text):
        if _names_before_ranking(match.group("body"), resolve) or any(
                begin == 0 for _, begin, _ in match_departments(match.group("body"), departments)):
            continue  # 去掉泵站那个得分最低的, 不算水务局的执行率最低的两个: 泵站 / 水务局 left out, then the lowest asked
        drop = drop or _drop(match)
        spans.append(match.span())
    excluded_departments: list[str] = []
    for match in EXCLUDE_RE.finditer(text):
        if any(start <= match.start() < end for start, end in spans):
            continue
        phrase_match = _PHRASE_RE.match(text, match.end())
        if phrase_match is None:
            continue
        phrase = _PHRASE_END_RE.split(phrase_match.group(0), maxsplit=1)[0]
        if not phrase:
            continue
        said = match_departments(phrase, departments)
        named_departments = [name for name, begin, _ in said if begin == 0]  # 不算水务局的: a department left out
        if said and not named_departments:
            phrase = phrase[:said[0][1]]  # 不算农村饮水水务局另外几个: the project; the department is the scope
        keys = () if named_departments or not phrase else _each_named(phrase, resolve)
        if not named_departments and not keys:
            continue
        phrase = phrase if named_departments else _name_part(phrase, keys, resolve)
        excluded_departments.extend(named_departments)
        excluded.extend(keys)
        spans.append((match.start(), match.end() + len(phrase)))
    postfix = _POSTFIX_EXCLUDE_RE.search(text)
    if postfix and not any(start < postfix.end() and postfix.start() < end for start, end in spans):
        start = _after_scope(text, postfix.start("phrase"), departments)  # 交通委23年|公路养护先不看: the scope stays
        pieces = [piece for piece in _JOINER_RE.split(text[start:postfix.end("phrase")]) if piece]
        keys = [resolve(piece) for piece in pieces]
        if pieces and all(keys):
            excluded.extend(key for found in keys for key in found)
            start = _name_start(text, start, postfix.end("phrase"), tuple(k for found in keys for k in found), resolve)
            start -= start > 0 and text[start - 1] in "把将"  # 把重点工作保障那个去掉: 把 goes with it
            spans.append((start, postfix.end()))
    if excluded or excluded_departments or drop:
        spans.extend(m.span() for m in REMAINDER_RE.finditer(text) if m.group(0) and not _inside(m.span(), spans))
    return Selection(tuple(excluded), tuple(excluded_departments), drop, group_by, tuple(spans), bool(follow and listed))


def _after_scope(text: str, start: int, departments: Sequence[str]) -> int:
    """Where a phrase starting at ``start`` names what it leaves out, past the departments and years said first
    (交通委23年公路养护先不看): those scope the question, they are not left out."""
    while True:
        said = [end for _, begin, end in match_departments(text[start:], departments) if begin == 0]
        said += [time.end for time in find_times(text[start:]) if time.start == 0]
        if not said:
            return start
        start += said[0]


def _each_named(phrase: str, resolve: Resolve) -> tuple[ProjectKey, ...]:
    """The projects a phrase names: each of 河道整治和口袋公园 when every part names one, else the phrase whole
    (环境影响评价和排污许可证管理 is one name)."""
    pieces = [piece for piece in _JOINER_RE.split(phrase) if piece]
    if len(pieces) > 1:
        keys = [resolve(piece) for piece in pieces]
        if all(keys):
            return tuple(dict.fromkeys(key for found in keys for key in found))
    return resolve(phrase)


_POINTED_RE = re.compile(r"(?P<name>[^，,。；;\s]{2,})(?:那个|这个)")


def _names_before_ranking(body: str, resolve: Resolve) -> bool:
    """Whether a ranking's words left out (去掉…最低的) start with a project — pointed at (泵站那个) or named right
    before the figure ranked (去掉公路养护执行率最低的): that project is left out, and the ranking is what is asked."""
    pointed = _POINTED_RE.match(body)
    if pointed is not None:
        return bool(resolve(pointed.group("name")))
    figures = [start for start, _, _ in cues.metric_spans(body)]  # 去掉公路养护执行率最低的: typed run on
    return bool(figures) and figures[0] >= 2 and bool(resolve(body[:figures[0]]))


_ASK_WORD_RE = re.compile(r"多少|(?<![那这])几[个项条家]?|哪些|哪个|是什么|是啥")


def _name_start(text: str, start: int, end: int, keys: tuple[ProjectKey, ...], resolve: Resolve) -> int:
    """Where the name left out begins in ``text[start:end]`` (…平均每个项目预算多少国土空间规划那个不算, typed run on):
    right after the last word that asks (a figure, 多少, 几), when the same projects are still named from there, so
    what is asked before it stays in the question."""
    phrase = text[start:end]
    asked = [stop for _, stop, _ in cues.metric_spans(phrase)] + [m.end() for m in _ASK_WORD_RE.finditer(phrase)]
    begin = max(asked, default=0)
    if 0 < begin < len(phrase) and set(_each_named(phrase[begin:], resolve)) == set(keys):
        return start + begin
    return start


_ASKED_ROLES = ("rank", "aggregate", "count", "operator")
"""Roles whose words start what is asked after a name left out (除了全市生态环境保障执行率最低的 …)."""


def _name_part(phrase: str, keys: tuple[ProjectKey, ...], resolve: Resolve) -> str:
    """The part of ``phrase`` that names ``keys``: typed without a space, 除了全市生态环境保障执行率最低的是哪个 runs on
    into what is asked, which must stay in the question. The phrase is cut before its first figure or ranking word
    when what is left before it still names the same projects (督察工作经费 keeps its 经费: 督察工作 alone names
    no one project)."""
    starts = [start for start, _, _ in cues.metric_spans(phrase)]
    starts += [m.start() for role in _ASKED_ROLES for pattern in ROLE_PATTERNS[role] for m in pattern.finditer(phrase)]
    for start in sorted(set(s for s in starts if s >= 2)):
        head = phrase[:start]
        if _each_named(head, resolve) == keys:
            return head
    return phrase


def _inside(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``span`` lies within one of ``spans``."""
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _drop(match: re.Match[str]) -> Drop:
    """The ranking a 去掉…最X的 phrase leaves out: the figure it names, else the score for 高/低 and the budget for
    大/小/多/少 (a 最大的项目 is the biggest budget)."""
    numeric = [ref for ref in cues.detect_metrics(match.group("body")) if ref.metric.numeric]
    way = match.group("way")
    default = "total_score" if way in "高低" else "full_year"
    ref = numeric[0] if numeric else MetricRef(metric(default))
    count = int(match.group("count")) if match.group("count") else 1
    return Drop(ref, _AMONG_ADJECTIVE[way], count)


def selected(plan: Plan, catalog: Catalog) -> list[ProjectEntry]:
    """The projects a plan is about: those named, else every one in scope; less the excluded and the dropped."""
    return kept(plan, _named_or_in_scope(plan, catalog))


def left_out(plan: Plan, catalog: Catalog) -> list[ProjectEntry]:
    """The projects ``selected`` leaves out by the plan's exclusions and drop, for the answer to name them."""
    return _split(plan, _named_or_in_scope(plan, catalog))[1]


def kept(plan: Plan, entries: Sequence[ProjectEntry]) -> list[ProjectEntry]:
    """``entries`` within the plan's ``within`` (an 实施单位's projects), less its excluded projects and those its drop
    leaves out."""
    return _split(plan, entries)[0]


def _named_or_in_scope(plan: Plan, catalog: Catalog) -> list[ProjectEntry]:
    """The projects named, else every project of the plan's scope."""
    return catalog.entries_of(plan.projects) if plan.projects else catalog.in_documents(plan.scope.documents)


def _split(plan: Plan, entries: Sequence[ProjectEntry]) -> tuple[list[ProjectEntry], list[ProjectEntry]]:
    """``entries`` within ``within``, as (kept, left out): left out are the excluded and those the drop ranks out
    of the rest (去掉最大的 after 除去X is the biggest of what remains)."""
    inside = [entry for entry in entries if plan.within is None or entry.key in set(plan.within)]
    excluded = set(plan.excluded)
    remaining = [entry for entry in inside if entry.key not in excluded]
    gone = excluded | set(_dropped(plan, remaining))
    return [e for e in inside if e.key not in gone], [e for e in inside if e.key in gone]


def _dropped(plan: Plan, entries: Sequence[ProjectEntry]) -> tuple[ProjectKey, ...]:
    """The projects of ``entries`` the plan's drop leaves out (ties at the cut too)."""
    if plan.drop is None:
        return ()
    rows = ops.rank(entries, plan.drop.metric, plan.drop.descending, plan.drop.count)
    return tuple(row.entry.key for row in rows)


def implementer_mentions(text: str, catalog: Catalog) -> tuple[tuple[ProjectKey, ...], str | None, list[tuple[int, int]]]:
    """The projects whose 实施单位 the text names (上海市测绘院, 水文总站, 各个信息中心), the unit as named, and the spans
    naming it with the words around it (实施单位是…, …负责的那个项目). A unit that is a department itself names a scope,
    not an 实施单位."""
    best: tuple[int, str] | None = None
    departments = tuple(catalog.departments)
    for form in _forms_longest_first(catalog.implementers, departments):
        at = text.find(form)
        if at >= 0:
            best = (at, form)
            break
    if best is None:
        return (), None, []
    at, form = best
    keys = tuple(e.key for e in catalog.entries if form in _unit_forms(e.project.implementer, departments))
    start, end = at, at + len(form)
    before = _UNIT_BEFORE_RE.search(text[:start])
    after = _UNIT_AFTER_RE.match(text, end)
    return keys, form, [(before.start() if before else start, after.end() if after else end)]


@lru_cache(maxsize=64)
def _forms_longest_first(units: frozenset[str | None], departments: tuple[str, ...]) -> tuple[str, ...]:
    """Every form of the units, longest first: one list per set of stored units, not one per question (a bureau's
    2,300 projects took 3 ms of every question to gather it)."""
    return tuple(sorted({form for unit in units for form in _unit_forms(unit, departments)}, key=len, reverse=True))


@lru_cache(maxsize=8192)
def _unit_forms(unit: str | None, departments: tuple[str, ...]) -> frozenset[str]:
    """How a question may name an 实施单位: in full, without its city (测绘院), without its department's name too
    (上海市水务局信息中心 → 信息中心); none for a unit that is a department, or too short to tell apart.

    Remembered: every question asks it of every stored project (2,300 at a bureau's hundred reports, where it
    took 80 ms of each question)."""
    if not unit or any(unit == d or unit in d for d in departments):
        return frozenset()
    forms = {unit, _CITY_RE.sub("", unit)}
    for department in departments:
        core = _CITY_RE.sub("", department)
        forms |= {form[len(core):] for form in list(forms) if form.startswith(core)}
    forms |= {_MANAGING_RE.sub("", form) for form in forms}  # 排水管理处 said 排水处, 节约用水管理办公室 节约用水办公室
    forms |= {_AFFAIRS_RE.sub("", form) for form in forms}  # 港航事业发展中心 said 港航中心, 供水管理事务中心 供水中心
    return frozenset(form for form in forms if len(form) >= 3)


_CITY_RE = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}[省市]|某[省市])")
_MANAGING_RE = re.compile(r"管理(?=处|所|站|办公室|中心)")
"""管理 before a unit's kind, which staff drop (排水管理处 → 排水处)."""
_AFFAIRS_RE = re.compile(r"(?:事业发展|管理事务|事务|建设运行|管理指导)(?=中心|站|所)")
"""What a unit does, said before its kind and dropped in speech (港航事业发展中心 → 港航中心)."""
_UNIT_BEFORE_RE = re.compile(r"(?:实施单位|执行单位|承担单位|实施部门)(?:是|为)?$|各个?$")
_UNIT_AFTER_RE = re.compile(r"(?:负责|牵头)?(?:实施|负责|承担|承办|执行)?的?(?:那个|这个|那些|这些)?")
"""排水管理处负责实施的那个项目: the words after a unit that say it carries the project out."""


def without_departments(scope: Scope, departments: Sequence[str], catalog: Catalog) -> Scope:
    """``scope`` less the documents of ``departments`` (除去生态环境局 剩下的整体执行率)."""
    if not departments:
        return scope
    kept_documents = tuple(
        d.file_name for d in catalog.documents_of(scope.documents) if d.department not in set(departments)
    )
    return Scope(kept_documents, None if scope.department in departments else scope.department, scope.year)


def groups(plan: Plan, catalog: Catalog) -> list[tuple[str, Scope]]:
    """The plan's scope split by its ``group_by``: (heading, scope) per department or per year, in stored order."""
    documents = catalog.documents_of(plan.scope.documents)
    by_key: dict[str | int, list[str]] = {}
    for document in documents:
        key = document.department if plan.group_by == "department" else document.year
        by_key.setdefault(key or "", []).append(document.file_name)
    ordered = sorted(by_key.items(), key=lambda item: str(item[0]))
    if plan.group_by == "department":
        return [(str(key), Scope(tuple(files), str(key) or None, plan.scope.year)) for key, files in ordered]
    return [(f"{key}年度", Scope(tuple(files), plan.scope.department, int(key) if key else None))
            for key, files in ordered]
