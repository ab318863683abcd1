"""The assistant: question → plan → operations → composed answer, with no LLM.

``Assistant(store)`` is built once per process and shared across threads; each
user has a ``Conversation`` for follow-ups. The stored documents are read once
into a ``Catalog`` and reused until an ingest changes them, so an answer costs
a few milliseconds. ``ask`` never raises: whatever the input, it returns an
``Answer`` (found=False with a Chinese explanation when it cannot answer).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from collections.abc import Callable

from assistant import compose, selection
from assistant import operations as ops
from assistant.catalog import Catalog, ProjectEntry, settle
from assistant.compose import AnswerBuilder
from assistant.contract import Answer, Figure
from assistant.conversation import Conversation
from assistant.plan import GROUP_KINDS, Condition, Plan, ProjectKey, Scope
from assistant.planner import Planner, is_figure_word, normalized, without_steering
from assistant.understand.accounting import Accounting, account
from assistant.understand.describe import understood
from assistant.understand.aliases import match_departments
from assistant.understand.clauses import asked_part, clauses_of
from assistant.understand.negation import all_asked, condition_left_out
from assistant.understand.times import find_times
from assistant.resolve import suggest_names, table_words
from ingest.store import Store
from ingest.tokenize_zh import word_tokens

log = logging.getLogger(__name__)

STEERING_NOTE = "（问题中要求改变助手行为的指令不予执行，以下只回答其中关于自评表的问题。）"


class Assistant:
    """Answers Chinese questions about the stored 绩效自评表 reports, deterministically."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._documents: list | None = None
        self._planner: Planner | None = None
        # Nothing heavy here: the passage index (Chroma) and jieba load on the first topic question, so a CLI or app
        # that opens the store answers its other questions at once; the app warms both up once it serves.

    def new_conversation(self) -> Conversation:
        """A fresh conversation (one per user) for follow-up questions."""
        return Conversation()

    def ask(self, question: str, conversation: Conversation | None = None) -> Answer:
        """Answer one question; with a conversation, follow-ups (那它的执行率呢, 第二个呢, 为什么) lean on earlier turns."""
        question = question if isinstance(question, str) else ""
        try:
            planner = self._current_planner()
            plan, accounting, read_as = _read(planner, question, conversation)
            if accounting.complete:
                answer = self.run(plan, question, planner.catalog, read_as)
                if read_as is not None and read_as == all_asked(normalized(question)) and not answer.projects \
                        and plan.intent == "filter":  # 是不是都评的优, and none is not: yes, each one listed
                    plan = replace(plan, conditions=tuple(_negated(c) for c in plan.conditions))
                    answer = self.run(plan, question, planner.catalog)
                    answer.answer = "是的，所问的项目都符合这一条件。\n" + answer.answer
            else:
                builder = AnswerBuilder(question, plan, planner.catalog)
                answer = compose.not_understood_answer(builder, accounting, understood(plan, planner.catalog))
            answer = _with_understanding(answer, plan, planner.catalog)
        except Exception:
            log.exception("answering failed: %r", question[:200])
            return Answer(question, "抱歉，回答这个问题时出错了，请换一种问法再试。", "error", False)
        if conversation is not None and accounting.complete:
            shown = answer.found or plan.intent == "clarify"
            listed = tuple(ProjectKey(p.document, p.seq) for p in answer.projects) if shown else ()
            asked = answer.found or plan.reply is None  # none met it (没有评良的): still the question 23年呢 asks again
            conversation.remember(question, plan, listed, asked, _said_scope(plan, planner.catalog))
        elif conversation is not None:
            conversation.not_understood(_said_scope(plan, planner.catalog))
        return answer

    def understands(self, question: str, conversation: Conversation | None = None) -> tuple[Plan, bool]:
        """The plan a question gets and whether every word of it went into the plan, read exactly as ``ask`` reads
        it (typos corrected, background left out): what a router checks before consulting a model."""
        plan, accounting, _ = _read(self._current_planner(), question, conversation)
        return plan, accounting.complete

    def answer_plan(self, plan: Plan, question: str) -> Answer:
        """Run a plan made outside the rule planner (the LLM's query) exactly as a rule plan is run: the same
        execution, wording, citations and ``understood``."""
        planner = self._current_planner()
        return _with_understanding(self.run(plan, question, planner.catalog), plan, planner.catalog)

    def planner(self) -> Planner:
        """The planner over the current documents (an LLM query resolves its names with it)."""
        return self._current_planner()

    def plan(self, question: str, conversation: Conversation | None = None) -> Plan:
        """The plan a question gets (for debugging and for an LLM router to compare against)."""
        return self._current_planner().plan(question, conversation)

    def _current_planner(self) -> Planner:
        """The planner over the current documents; rebuilt only when the store's documents changed."""
        documents = self.store.documents()
        with self._lock:
            if self._planner is None or documents is not self._documents:
                self._planner = Planner(Catalog(documents))
                self._documents = documents
                settle()  # the old catalog is dropped: collect it, and keep the new one out of full collections
            return self._planner

    def run(self, plan: Plan, question: str, catalog: Catalog, read_as: str | None = None) -> Answer:
        """Execute a plan with the operations and compose its answer; the parts a question also asks are
        composed into the same answer after it, which is found when any part is. ``read_as``: the question with its
        typos corrected, said first so the reader sees what was answered."""
        builder = AnswerBuilder(question, plan, catalog)
        if plan.intent != "invalid" and without_steering(question) != question:
            builder.say(STEERING_NOTE)  # say what was not obeyed, so the answer is not taken as obeying it
        if read_as:
            builder.say(f"（按“{read_as}”理解。）")
        _say_left_out(plan, builder, catalog)
        if plan.group_by:
            return self._per_group(plan, builder, catalog)
        answer = self.execute(plan, builder, catalog)
        if not plan.also:
            return answer
        found = answer.found
        for part in plan.also:
            builder.say("")
            found = self.execute(part, builder, catalog).found or found
        return builder.finish(found, plan.intent)

    def _per_group(self, plan: Plan, builder: AnswerBuilder, catalog: Catalog) -> Answer:
        """每个局… / 各年度…: the plan run once per department or year of its scope, one section each."""
        found = False
        firsts: list[tuple[str, Figure]] = []
        start = len(builder.lines)
        for heading, scope in selection.groups(plan, catalog):
            builder.say(f"**{heading}**：")
            before = len(builder.figures)
            for part in (plan, *plan.also):
                projects = tuple(key for key in part.projects if key.document in scope.documents)
                if part.projects and not projects:
                    builder.say("（没有所问的项目）")
                    continue
                grouped = replace(part, scope=scope, group_by=None, projects=projects, compare_groups=False)
                found = self.execute(grouped, builder, catalog).found or found
            if len(builder.figures) > before:
                firsts.append((heading, builder.figures[before]))
            builder.say("")
        if plan.compare_groups and len(firsts) == 2:
            compose.group_difference(builder, firsts, start)
        extreme = compose.extreme_group(firsts, plan.rank_groups, plan.group_by or "") if plan.rank_groups and firsts \
            else None
        if extreme:
            builder.say_first(extreme, start)  # 哪个局…最低: the answer opens with the group, the groups follow
        return builder.finish(found, plan.intent)

    def execute(self, plan: Plan, b: AnswerBuilder, catalog: Catalog) -> Answer:
        """The one executor: a reply (ask back, not found, refused), or the stages of the plan's kind of rows."""
        if plan.reply is not None:
            return _REPLIES[plan.reply](self, plan, b, catalog)
        return _ROWS[plan.rows](self, plan, b, catalog)

    def _projects(self, plan: Plan, b: AnswerBuilder, catalog: Catalog) -> Answer:
        """Project rows, in stages, each present only when the plan has its part: the projects named or in scope
        less those left out; those meeting the conditions; ranked by the first figure and cut to the limit; then
        what is measured of the projects kept — a share, an aggregate, or their figures. Where named projects stand
        among all (排第几) ranks every project in scope instead of keeping the named ones."""
        if plan.order and plan.projects and not plan.among_named and not plan.aggregate \
                and plan.measure not in ("share", "change"):
            return self._position(plan, b, catalog)
        entries = _entries(plan, catalog) if plan.order or plan.conditions or plan.aggregate or plan.measure == "list" \
            else selection.kept(plan, catalog.entries_of(plan.projects))  # figures are asked of projects named
        matches = None
        if plan.conditions:
            matches = ops.filter_projects(entries, _plain(plan, entries, b))
            entries = [rows[0].entry for rows in matches]
        if plan.measure == "versus_mean":  # 党建那个预算比生态局平均一个项目少多少
            everyone = selection.kept(plan, catalog.in_documents(plan.scope.documents))
            baseline = ops.aggregate(everyone, plan.against, plan.metrics[0])
            return compose.versus_mean_answer(b, ops.project_figures(entries, plan.metrics[:1]), baseline)
        if plan.measure == "change" and plan.aggregate:  # 哪个局整体执行率提升最多: this department's, year to year
            return compose.group_change_answer(b, *_first_and_last_year(entries, plan))
        if plan.measure == "change":  # 两年都有的项目里哪个预算涨得最多
            return compose.change_answer(b, ops.changes(entries, plan.metrics[0]), plan.order != "asc", plan.limit or 1)
        ranked = None
        if plan.order:
            ranked = ops.rank(entries, plan.metrics[0], plan.order == "desc", plan.limit or 1, plan.only_place)
            entries = list(dict.fromkeys(row.entry for row in ranked))
        if plan.measure == "share":
            return self._share(plan, b, catalog, entries)
        if plan.aggregate:
            return self._aggregate(plan, b, entries)
        if ranked is not None:
            shown = ops.project_figures(entries, plan.metrics[1:])
            return compose.ranking_answer(b, ranked, plan.order == "desc", plan.limit or 1, plan.only_place, shown)
        if matches is not None:
            tested = {c.metric for c in plan.conditions}
            asked = [ref for ref in plan.metrics if ref not in tested]  # 有指标扣了分的项目 执行率多少: beside the test
            matches = [rows + ops.project_figures([rows[0].entry], asked) for rows in matches] if asked else matches
            return compose.filter_answer(b, matches, compose.describe_conditions(plan.conditions), plan.conditions[0].op)
        rows = ops.project_figures(entries, plan.metrics)
        if plan.measure == "list":
            return compose.list_answer(b, rows, len(entries))
        return compose.compare_answer(b, rows) if plan.measure == "difference" else compose.figures_answer(b, rows)

    def _position(self, plan: Plan, b: AnswerBuilder, catalog: Catalog) -> Answer:
        """Where the named projects stand in the ranking of every project in scope (排第几)."""
        everyone = selection.kept(plan, catalog.in_documents(plan.scope.documents))
        ranked = ops.ranking(everyone, plan.metrics[0], plan.order == "desc")
        return compose.position_answer(b, ranked, catalog.entries_of(plan.projects), plan.order == "desc")

    def _share(self, plan: Plan, b: AnswerBuilder, catalog: Catalog, kept: list[ProjectEntry]) -> Answer:
        """The kept projects' figure as a share of its total over every project in scope: each named project's, or,
        for the projects a condition or ranking kept, or named and summed (它们的预算占…), their sum's (扣分项目的预算
        占总预算的比例)."""
        everyone = selection.kept(plan, catalog.in_documents(plan.scope.documents))
        ref = plan.metrics[-1]
        if plan.conditions or plan.order or plan.aggregate == "sum":
            share, part, total = ops.set_share(kept, everyone, ref)
            kept_text = compose.describe_kept(plan) or "所指"  # 它们的预算占…: the projects named or just listed
            return compose.set_share_answer(b, share, part, total, kept, kept_text)
        return compose.figures_answer(b, ops.shares(kept, everyone, ref))

    def _aggregate(self, plan: Plan, b: AnswerBuilder, entries: list[ProjectEntry]) -> Answer:
        """Σ, mean, overall rate or count over the projects kept (ranked by the first figure, the aggregate is of the
        last: 得分最低的两个项目预算合计)."""
        if plan.aggregate in GROUP_KINDS:  # 有几年的数据, 分布在几个部门: the groups of the projects kept
            return compose.groups_answer(b, plan.aggregate, ops.group_projects(entries, plan.aggregate))
        ref = plan.metrics[-1] if plan.metrics else None
        result, terms = ops.aggregate(entries, plan.aggregate or "count", ref)
        kept_text = compose.describe_kept(plan)
        if plan.aggregate == "count":
            return compose.count_answer(b, result, entries, kept_text)
        kind, groups = compose.report_groups(entries)
        parts = ops.aggregate_per_group(groups, plan.aggregate, ref)
        sums = ops.rate_sums(entries, ref) if plan.aggregate == "overall_rate" else []
        return compose.aggregate_answer(b, result, terms, kept_text, parts, sums, kind)

    def _lost(self, plan: Plan, b: AnswerBuilder, catalog: Catalog) -> Answer:
        """Rows that lost points, of the named projects or of all in scope."""
        entries = _entries(plan, catalog)
        rows = ops.lost_points(entries, plan.lost_part)
        if plan.indicator_terms:
            named = {(entry.key, ind.name) for entry, ind in ops.indicators_named(entries, plan.indicator_terms)}
            rows = [row for row in rows if (row.entry.key, row.item) in named]
        if plan.indicator_level:  # 产出指标一共扣了几分: the rows of that 一级/二级 label only
            of_level = {(entry.key, ind.name) for entry, ind in ops.indicators_of_level(entries, plan.indicator_level)}
            rows = [row for row in rows if (row.entry.key, row.item) in of_level]
        if plan.order:
            rows = ops.top_lost(rows, plan.order == "desc", plan.limit or 1)
        across = not (plan.projects or plan.indicator_terms or plan.order or plan.aggregate)
        funds = ops.lost_points(entries, "funds") if across and plan.lost_part == "indicators" else []
        return compose.lost_answer(b, rows, entries, plan.lost_part, funds, plan.order)

    def _explain(self, plan: Plan, b: AnswerBuilder, catalog: Catalog) -> Answer:
        """为什么: under-executed fund lines (when the question is about money) and rows that lost points."""
        entries = catalog.entries_of(plan.projects)
        about_money = any(ref.metric.fund_field for ref in plan.metrics)
        funds = [row for e in entries for row in ops.under_executed(e)]
        lost = [] if about_money else ops.lost_points(entries, "indicators")
        reasons = ops.find_indicators(entries, status="funds_reason") if about_money else []
        said = [row for e in entries for row in ops.money_sentences(e)] if about_money else []
        return compose.explain_answer(b, lost, funds, entries, reasons, said)

    def _indicators(self, plan: Plan, b: AnswerBuilder, catalog: Catalog) -> Answer:
        """Indicator rows by name or status."""
        rows = ops.find_indicators(_entries(plan, catalog), plan.indicator_terms, plan.indicator_status,
                                   plan.indicator_actual, plan.indicator_level)
        if plan.indicator_by and plan.order:  # 分值最高的一条指标, 满意度哪个项目最低: the rows ranked, then cut
            rows = ops.rank_indicators(rows, plan.indicator_by, plan.order == "desc", plan.limit or 1)
        if plan.indicator_measure and rows and all(row.indicator.actual_value is None for row in rows):
            return compose.unmeasured_answer(b, rows)  # PM2.5 实际降到多少, printed 达成指标: no number to give
        return compose.indicators_answer(b, rows, plan.indicator_status, plan.indicator_actual)

    def _text(self, plan: Plan, b: AnswerBuilder, catalog: Catalog) -> Answer:
        """A project's goal or result text, quoted passage by passage."""
        rows = ops.project_passages(catalog.entries_of(plan.projects), [plan.text_field or "result"])
        heading = "预期目标" if plan.text_field == "goal" else "实际完成情况"
        return compose.passages_answer(b, rows, f"这个项目的{heading}文字")

    def _topic(self, plan: Plan, b: AnswerBuilder, catalog: Catalog) -> Answer:
        """Projects whose texts are about a topic, from the passage index."""
        entries = _entries(plan, catalog)
        every_document = len({entry.document.file_name for entry in entries}) == len(catalog.documents)
        rows = []
        for topic in ops.topic_alternatives(plan.topic or ""):  # 土壤或者固体废物: either one
            found = {row.entry for row in rows}
            rows += [row for row in ops.passages_about(self.store.passages, topic, entries, every_document=every_document)
                     if row.entry not in found]
        return compose.topic_answer(b, rows, plan.topic or "")

    def _findings(self, plan: Plan, b: AnswerBuilder, catalog: Catalog) -> Answer:
        """Reconciliation findings."""
        entries = _entries(plan, catalog)
        if plan.findings_kind == "nameless":
            return compose.nameless_answer(b, ops.nameless(entries))
        if plan.findings_kind == "restored" and plan.metrics:
            return compose.restored_answer(b, ops.restored_figures(entries, plan.metrics[0]), plan.metrics[0].label)
        named = catalog.entries_of(plan.projects)
        rows = ops.findings(entries)
        if plan.lost_part == "indicators":
            rows = [row for row in rows if ops.about_indicator(row)]
        return compose.findings_answer(b, rows, plan.findings_kind == "restored", named)

    def _clarify(self, plan: Plan, b: AnswerBuilder, catalog: Catalog) -> Answer:
        """Ask back with the candidates."""
        return compose.clarify_answer(b, catalog.entries_of(plan.candidates))

    def _not_found(self, plan: Plan, b: AnswerBuilder, catalog: Catalog) -> Answer:
        """Say the data does not hold it, and offer what exists."""
        named = catalog.entries_of(plan.projects)
        message = plan.message or "没有找到相关数据。"
        if named:
            names = "、".join(b.name(e) for e in named)
            message = f"{names}：{message}该项目有得分、评分等级、预算、执行数、执行率、各项绩效指标和目标/完成情况文字。"
        in_scope = catalog.in_documents(plan.scope.documents) or catalog.entries
        suggestions = [] if named else suggest_names(b.question, in_scope)
        return compose.not_found_answer(b, message, catalog, suggestions)

    def _invalid(self, plan: Plan, b: AnswerBuilder, catalog: Catalog) -> Answer:
        """Refuse politely."""
        b.say(plan.message or "请输入一个关于项目支出绩效自评表的问题。")
        return b.finish(False)


def _read(planner: Planner, question: str, conversation: Conversation | None) -> tuple[Plan, Accounting, str | None]:
    """The plan of ``question``, its accounting, and the wording answered when it is not the question as typed: as
    typed, else with its typos corrected, else without the background said around it."""
    every = all_asked(normalized(question))  # 是不是都评上优了: answered by the projects that are not
    read = _understood(planner, every, conversation) if every else None
    if read is not None:
        return *read, every
    plan = planner.plan(question, conversation)
    accounting = account(normalized(question), plan, planner.catalog)
    read_as = None
    if not accounting.complete or plan.intent in ("not_found", "clarify"):  # 交通未23年: 交通 fits several projects
        plan, accounting, read_as = _with_typos_corrected(planner, question, conversation, plan, accounting)
    if not accounting.complete:
        plan, accounting, read_as = _with_condition_negated(planner, question, conversation, plan, accounting)
    if not accounting.complete or plan.intent in ("not_found", "clarify"):  # 开会要讲问题项目 生态局…: no such name
        shorter = _without_background(planner, question, conversation, plan, accounting)
        if shorter[2] is not None:
            plan, accounting, read_as = shorter
    return plan, accounting, read_as


def _with_condition_negated(
    planner: Planner, question: str, conversation: Conversation | None, plan: Plan, accounting: Accounting
) -> tuple[Plan, Accounting, str | None]:
    """The plan of the question with a condition it leaves out read as the negated condition kept (执行率低于九成的
    不算，… → 执行率不低于九成的项目，…), when that one is understood in full; else what was given."""
    rewritten = condition_left_out(normalized(question))
    read = _understood(planner, rewritten, conversation) if rewritten else None
    if read is None or not read[0].conditions:
        return plan, accounting, None
    return *read, rewritten


def _with_typos_corrected(
    planner: Planner, question: str, conversation: Conversation | None, plan: Plan, accounting: Accounting
) -> tuple[Plan, Accounting, str | None]:
    """The plan of the question with its typos corrected (党件 → 党建), when that one is understood in full and the
    one typed was not; else what was given. Where two corrections overlap, the one that sounds alike is tried first
    (执发 → 执法), then the longer (执发率 → 执行率). The corrected question is returned to be shown with the
    answer."""
    for longest_first in (False, True):
        read = _corrected_reading(planner, question, conversation, plan, longest_first)
        if read is not None:
            return read
    return plan, accounting, None


def _corrected_reading(
    planner: Planner, question: str, conversation: Conversation | None, plan: Plan, longest_first: bool
) -> tuple[Plan, Accounting, str] | None:
    """The plan of one corrected reading of the question, when it is understood and its corrections name what the
    answer is about; an ask-back when the corrected name fits several projects (监册 → 监测: which one?)."""
    corrected, replaced = planner.typo_corrected(question, longest_first)
    if corrected == normalized(question):
        return None
    read = _understood(planner, corrected, conversation)
    if read is None:
        return None
    second, second_accounting = read
    if second.intent == "clarify":
        names = [entry.name for entry in planner.catalog.entries_of(second.candidates)]
        asked_of = not plan.projects and all(
            is_figure_word(corrected[start:end]) or all(corrected[start:end] in name for name in names)
            for start, end in replaced)  # every correction is a word of every candidate's name
        return (second, second_accounting, corrected) if asked_of else None
    named = {i for start, end in second.mentions for i in range(start, end)}
    if not all(set(range(start, end)) & named or is_figure_word(corrected[start:end]) for start, end in replaced):
        return None  # a correction must name what the answer is about or its figure (只行率)
    if not all(_names_well(corrected[start:end], second, planner.catalog) or is_figure_word(corrected[start:end])
               for start, end in replaced):
        return None  # 预计能 → 预急能 is no 应急: a stretch of an indicator's name makes no project's
    renamed = _retyped_name(replaced, plan) and len(second.projects) == len(plan.projects)
    if (plan.projects and not set(plan.projects) <= set(second.projects) and not renamed) or len(
            second.projects) > max(1, len(plan.projects)):
        return None  # nor bring in another project beside the one named (排老几 is no 排涝)
    return second, second_accounting, corrected


def _without_background(
    planner: Planner, question: str, conversation: Conversation | None, plan: Plan, accounting: Accounting
) -> tuple[Plan, Accounting, str | None]:
    """The plan of the clauses that hold the question, when the others are background said around it (我们下午要
    开会，……，全年预算到底是多少) and those clauses are understood in full; else what was given. The clauses answered
    are returned, to be said first."""
    def names_scope(clause: str) -> frozenset[str]:
        """The departments, years and projects a clause names: leaving it out must not widen the question."""
        named = planner.resolver.resolve(clause, planner.catalog.entries)
        return frozenset([name for name, _, _ in match_departments(clause, planner.catalog.departments)]
                         + [time.text for time in find_times(clause)]
                         + [f"{key.document}#{key.seq}" for key in (*named.projects, *named.candidates)])

    read = normalized(question)
    typed = clauses_of(question)
    if len(typed) != len(clauses_of(read)):  # 1,000 splits as typed but not once normalized: answer the read clauses
        typed = clauses_of(read)
    for first, end in asked_part(read, names_scope):
        part = "，".join(typed[first:end])
        read = _understood(planner, part, conversation)
        if read is not None:
            return *read, part
    return plan, accounting, None


def _understood(planner: Planner, wording: str, conversation: Conversation | None) -> tuple[Plan, Accounting] | None:
    """The plan of another wording of the question and its accounting, when that wording is understood in full and
    answers something (not a not-found or refusal); else None. Each reading the engine tries goes through here."""
    plan = planner.plan(wording, conversation)
    accounting = account(normalized(wording), plan, planner.catalog)
    if not accounting.complete or plan.intent in ("not_found", "invalid"):
        return None
    return plan, accounting


def _names_well(word: str, plan: Plan, catalog: Catalog) -> bool:
    """Whether a corrected word is part of the name of a project the plan is about, or of an indicator it looks up
    by name, or names a department (shuiwu局 → 水务局): a correction earns its place only by naming what is
    answered."""
    entries = catalog.entries_of(plan.projects + plan.candidates + (plan.within or ()))
    if any(word in entry.name for entry in entries) or any(word in term for term in plan.indicator_terms) or bool(
            match_departments(word, catalog.departments)):
        return True
    # a name garbled in extraction is recognised by its table's words (督察 in its indicators): three characters of
    # them, or a whole word — not two characters across two words (急能 of 应急能力)
    if len(word) >= 3:
        return any(word in table_words(entry) for entry in entries)
    return any(word in word_tokens(table_words(entry)) for entry in entries)


_OPPOSITE = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "!=", "!=": "="}


def _negated(condition: Condition) -> Condition:
    """The condition that holds exactly where ``condition`` does not (评分等级不等于优 → 等于优)."""
    return replace(condition, op=_OPPOSITE[condition.op])


def _retyped_name(replaced: list[tuple[int, int]], plan: Plan) -> bool:
    """Whether every correction touches a project name as typed: 海阳生态环境保护 matched 大气生态环境保护 only by
    生态环境保护, and 海洋 corrects the name itself, so the corrected project replaces the partial match."""
    return bool(plan.mentions) and all(any(start <= m_end and m_start <= end for m_start, m_end in plan.mentions)
                                       for start, end in replaced)


def _with_understanding(answer: Answer, plan: Plan, catalog: Catalog) -> Answer:
    """The answer with what was understood (范围 / 条件 / 求) and the reports it covers, as the contract says."""
    documents = catalog.documents_of(plan.scope.documents)
    answer.understood = understood(plan, catalog)
    answer.scope = {
        "departments": list(dict.fromkeys(d.department for d in documents if d.department)),
        "years": sorted({d.year for d in documents if d.year}),
    }
    return answer


def _entries(plan: Plan, catalog: Catalog) -> list[ProjectEntry]:
    """The named projects, or every project in the plan's scope; less those the question leaves out."""
    return selection.selected(plan, catalog)


def _plain(plan: Plan, entries: list[ProjectEntry], b: AnswerBuilder) -> list[Condition]:
    """The plan's conditions with their baselines (平均值, a share of the total) computed over ``entries``; each
    baseline is stated first, with its formula, so the reader sees what the projects were compared with."""
    conditions, baselines = ops.with_baselines(entries, plan.conditions)
    for row, terms in baselines:
        b.say(f"{row.label}：{b.figure(row, terms)}。")  # the figure's text carries its formula and its terms' markers
    return conditions


def _say_left_out(plan: Plan, builder: AnswerBuilder, catalog: Catalog) -> None:
    """State the projects a question left out (除去X, 去掉最大的那个) before the answer, each with its source."""
    left_out = selection.left_out(plan, catalog)
    if not left_out:
        return
    parts = []
    for entry in left_out:  # named plainly: a project left out is no project of the answer
        row = ops.figure(entry, plan.drop.metric) if plan.drop is not None else None
        number = builder.cite(row.citation if row else None)
        mark = compose.markers([number] if number else [])
        parts.append(f"{entry.name}（{row.ref.label} {row.text}{mark}）" if row else entry.name)
    builder.say("（已除去：" + "、".join(parts) + "。）")  # a note on how the question was read: the headline follows


_ROWS: dict[str, Callable[[Assistant, Plan, AnswerBuilder, Catalog], Answer]] = {
    "projects": Assistant._projects,
    "lost": Assistant._lost,
    "reasons": Assistant._explain,
    "indicators": Assistant._indicators,
    "text": Assistant._text,
    "topic": Assistant._topic,
    "findings": Assistant._findings,
}
"""The stages of each kind of rows (plan.ROWS)."""
_REPLIES: dict[str, Callable[[Assistant, Plan, AnswerBuilder, Catalog], Answer]] = {
    "clarify": Assistant._clarify,
    "not_found": Assistant._not_found,
    "invalid": Assistant._invalid,
}


def _said_scope(plan: Plan, catalog: Catalog) -> Scope | None:
    """The reports a plan is about when the question narrowed them (a department or year said), else None."""
    documents = set(plan.scope.documents)
    return plan.scope if documents and len(documents) < len(catalog.documents) else None


def _first_and_last_year(entries: list[ProjectEntry], plan: Plan) -> tuple[list, list]:
    """The plan's aggregate over the projects of the first and of the last year among ``entries``: each
    (year, figure, its terms); one when they span a single year."""
    ref = plan.metrics[-1] if plan.metrics else None
    years = ops.years_reported(entries)
    ends = [years[0], years[-1]] if len(years) > 1 else years
    figures = [(year, *ops.aggregate([e for e in entries if e.document.year == year], plan.aggregate or "sum", ref))
               for year in ends]
    return figures[:1], figures[1:]
