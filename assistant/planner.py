"""Question → Plan, by rules: scope, projects, figures, then the intent the question's wording signals.

The order of the steps matters and is the point of this module: department and
year first (a report we do not hold is "not found", whatever else is asked),
then the projects named (their words must not be read as figures: 督察工作经费
is a name, not 经费), then figures, comparisons and intent cues in what is left.
A question that names nothing leans on the conversation's last turn.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from assistant.catalog import Catalog, ProjectEntry
from assistant.conversation import Conversation
from assistant.metrics import (
    FUND_SYNONYMS,
    METRIC_BUNDLES,
    METRICS,
    TOTAL_FUND,
    Metric,
    metric,
)
from assistant.numbers_zh import (
    amount_in_wanyuan,
    money_mentions,
    normalize_numbers,
    percent_mentions,
)
from assistant.operations import indicator_match_score
from assistant.plan import Condition, MetricRef, Plan, ProjectKey, Scope
from assistant.resolve import ProjectResolver, Resolution, mask_spans, meaningful_length

MAX_QUESTION_CHARS = 500

_INJECTION_RE = re.compile(
    r"忽略(之前|以上|前面|上述|所有)|无视(之前|以上)|(系统|system)\s*(提示|prompt)|prompt|ignore\s+(all|previous|the)|"
    r"你现在是|扮演|越狱|jailbreak|\b(select|insert|update|delete|drop|union|alter|create)\b.+\b(from|into|table|set|select)\b|"
    r";\s*--|\bor\s+1\s*=\s*1\b|<script|rm\s+-rf",
    re.IGNORECASE,
)
_DOMAIN_RE = re.compile(
    r"项目|指标|预算|执行|得分|分数|总分|扣分|满分|评分|等级|资金|经费|绩效|自评|目标|完成|满意|支出|拨款|结转|偏差|原因|"
    r"部门|年度|合计|平均|排名|数据|核对|多少钱|万元|监测|工作"
)
_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年")
_DEPARTMENT_RE = re.compile(r"[\u4e00-\u9fa5]{1,6}[省市区县][\u4e00-\u9fa5]{1,10}?(?:局|委员会|委|厅|办公室|办|中心|院)")
_PRONOUN_RE = re.compile(r"它们|它|该项目|这个项目|那个项目|此项目|这些项目|这几个|上述|这两个|他们")
_FOLLOW_UP_RE = re.compile(r"^(那么?|还有|另外|再|那它)|呢[?？]?$")

_FINDINGS_RE = re.compile(r"对不上|数据质量|核对|勾稽|校验|算错|不平|数据.{0,4}(问题|错误|异常|有误)|不匹配|矛盾|不符|对得上")
_ADJUSTED_RE = re.compile(r"年初.{0,8}全年.{0,6}(不一致|不同|不一样|有差异|差异|变化|变动)|预算(调整|调减|调增|变动)|调整(了)?预算")
_TOPIC_RE = re.compile(r"涉及|有关|相关|关于|提到|提及|包含|包括|围绕|关联")
_MIS_ENTRY_RE = re.compile(r"误录|填错|录错|写错|误填|录入错误|填报错误|目标值.{0,4}(错|有误)")
_NOT_FULL_RE = re.compile(r"不是满分|没有满分|没拿满分|没拿到满分|未得满分|没满分|未拿满分|不满分|没有拿满分|没有得满分")
_LOST_RE = re.compile(r"扣分|扣了|丢分|失分|丢了|被扣|减分|扣除")
_WHY_RE = re.compile(r"为什么|为何|原因|偏差|怎么回事|咋回事|理由|怎么会")
_EXCEEDED_RE = re.compile(r"超额|超过目标|超出目标|高于目标|超过指标|超标完成")
_NOT_MET_RE = re.compile(r"未达标|没达标|没有达标|未达到|没达到|没有达到|未完成|没完成|没有完成|不达标")
_SATISFACTION_RE = re.compile(r"满意")
_INDICATOR_RE = re.compile(r"指标|目标值|指标值|完成值|实际完成|完成了多少|完成多少|完成情况如何|达到多少|目标是多少")
_RESULT_TEXT_RE = re.compile(r"完成了(哪些|什么)|做了(哪些|什么)|干了什么|实际完成(了)?(哪些|什么)|主要工作|工作内容|成效|成果|取得|实际完成情况|开展了")
_GOAL_TEXT_RE = re.compile(r"(总体|预期|年度)?目标是什么|预期目标|总体目标|计划(做|干)|要做什么|目的是|旨在|打算")
_COMPARE_RE = re.compile(r"对比|比较|相比|比一比|差多少|差距|差了|哪个(更)?(高|低|大|小|多|少)|谁(更)?(高|低|大|多)|和.+比")
_RANK_RE = re.compile(r"最(高|低|大|小|多|少|好|差)|前\s*\d+|倒数|排名|排序|排行|第一名|垫底|名列")
_SHARE_RE = re.compile(r"占比|比例|比重|份额|占.{0,10}(百分之|多少|几成|%)|占(全部|所有|总)")
_POSITION_RE = re.compile(r"排(名|第|在)|第几|名次|位列|排多少")
_ASC_RE = re.compile(r"最(低|小|少|差)|倒数|垫底|低到高|小到大|末位|后\s*\d+")
_LIMIT_RE = re.compile(r"(?:前|倒数第?|后)\s*(\d+)|(\d+)\s*(?:个|项|名|家)")
_COUNT_RE = re.compile(r"几个|多少个|项目数|总数|数量|几项|多少项|个数|有多少项目|多少家")
_SUM_RE = re.compile(r"合计|总计|总共|一共|共计|总额|总和|加起来|汇总|累计|总(预算|执行|支出|金额)")
_OVERALL_RE = re.compile(r"整体|总体|全部项目|所有项目|平均执行率|全局")
_MEAN_RE = re.compile(r"平均|均值")
_ASKS_PROJECTS_RE = re.compile(r"(哪些|哪个|什么|几个|多少个?)项目|项目有哪些")
_LIST_RE = re.compile(r"(有|包括|包含)(哪些|什么)项目|项目有哪些|项目(清单|列表|名单)|列出|所有(的)?项目|全部(的)?项目|哪些项目")
_OVERVIEW_RE = re.compile(r"介绍|情况|怎么样|如何|概况|概要|总体|详情|详细|基本信息|表现")
_ASKS_VALUE_RE = re.compile(r"多少|几|是什么|是啥|哪个|哪些|怎样|如何")
_FILLER_RE = re.compile(r"[□\s?？。，,！!、:：]|的|是|了|吗|呢|请问|告诉我|一下|帮我|查询|查一下|看看|各个|各|每个|分别")
_BARE_WORDS_RE = re.compile(r"那么|那|还有|另外|再|它们|它|这个|那个|项目|第\d+个?|呢|怎么样|如何|情况")
_PROJECT_INTENTS = ("project_figure", "overview", "lost_points", "explain", "indicator", "text", "compare")
_NOT_GRADE_RE = re.compile(r"(?:不是|并非|非|未评为|没评为|没有评为|没被评为|达不到)\s*[“\"'「]?(优|良|中|差)")
_FUND_USED_RE = re.compile(
    r"(?:有|用了|使用了?|含有?|包含|涉及|安排了?)\s*(?:" + "|".join(w for ws in FUND_SYNONYMS.values() for w in ws) + ")"
)
_GRADE_RE = re.compile(r"(?:评为|等级为|等级是|评级为|评级是|等级|评定为|被评为|为)\s*[“\"'「]?(优|良|中|差)(?:秀|等)?")

_BETWEEN_RE = re.compile(
    r"(?P<low>\d+(?:\.\d+)?)\s*(?:%|％|万元|万|亿元|亿|分)?\s*(?:到|至|~|～|-|—)\s*(?P<high>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>%|％|万元|万|亿元|亿|元|分)\s*(?:之间|以内|范围内)?"
)
_OPERATORS: tuple[tuple[str, str], ...] = (
    ("不低于", ">="), ("不少于", ">="), ("至少", ">="), ("以上", ">="), ("及以上", ">="), ("≥", ">="), (">=", ">="),
    ("不高于", "<="), ("不超过", "<="), ("至多", "<="), ("以下", "<="), ("及以下", "<="), ("≤", "<="), ("<=", "<="),
    ("低于", "<"), ("小于", "<"), ("少于", "<"), ("不足", "<"), ("不到", "<"), ("未达到", "<"), ("<", "<"),
    ("高于", ">"), ("大于", ">"), ("超过", ">"), ("多于", ">"), ("超出", ">"), (">", ">"),
    ("等于", "="), ("达到", ">="), ("为", "="), ("是", "="),
)


def normalize_question(question: str) -> str:
    """Full-width to half-width, spaces collapsed, Chinese counting numerals as digits."""
    text = unicodedata.normalize("NFKC", question)
    text = re.sub(r"\s+", " ", text).strip()
    return normalize_numbers(text)


class Planner:
    """Builds a Plan from a question, against one catalog snapshot."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.resolver = ProjectResolver(generic_words=_generic_words(catalog))

    def plan(self, question: str, conversation: Conversation | None = None) -> Plan:
        """The plan for ``question``; ``conversation`` supplies the projects a follow-up leans on."""
        everything = Scope(tuple(d.file_name for d in self.catalog.documents))
        refusal = _refusal(question)
        if refusal:
            return Plan("invalid", everything, message=refusal)
        if not self.catalog.entries:
            return Plan("not_found", everything, message="库中还没有任何绩效自评表。请先导入：python -m ingest data/samples/")
        text = normalize_question(question)
        scope, scope_spans, missing = self._scope(text)
        if missing:
            return Plan("not_found", scope, message=missing)
        text = mask_spans(text, scope_spans)
        entries = self.catalog.in_documents(scope.documents)
        last = conversation.last if conversation else None
        if last is not None and last.plan.intent == "clarify" and last.plan.pending is not None:
            picked = self._pick_candidate(text, last.plan)
            if picked is not None:
                return picked
        if _TOPIC_RE.search(text) and _ASKS_PROJECTS_RE.search(text) and _topic_words(text):
            return Plan("topic", scope, topic=_topic_words(text))
        resolution = self.resolver.resolve(text, entries)
        if resolution.candidates:
            base = self._intent_plan(text, scope, (), Resolution(), entries, None)
            return Plan("clarify", scope, candidates=resolution.candidates, pending=base)
        return self._intent_plan(text, scope, resolution.projects, resolution, entries, conversation)

    def _pick_candidate(self, text: str, clarify: Plan) -> Plan | None:
        """After an ask-back: the candidate the reply names (by name or 第N个), run with the pending question."""
        entries = self.catalog.entries_of(clarify.candidates)
        resolution = self.resolver.resolve(text, entries)
        keys = resolution.projects
        if not keys and resolution.list_index and 0 < resolution.list_index <= len(entries):
            keys = (entries[resolution.list_index - 1].key,)
        if len(keys) != 1:
            return None
        return replace(clarify.pending, projects=keys)

    def _scope(self, text: str) -> tuple[Scope, list[tuple[int, int]], str | None]:
        """The documents a question is about, the spans naming them, and a message if it names what is not stored."""
        docs = self.catalog.documents
        spans: list[tuple[int, int]] = []
        years = [int(m.group(1)) for m in _YEAR_RE.finditer(text)]
        spans.extend(m.span() for m in _YEAR_RE.finditer(text))
        stored_years = self.catalog.years
        for year in years:
            if year not in stored_years:
                have = "、".join(f"{y}年度" for y in stored_years) or "未标明年度的报告"
                return Scope(()), spans, f"库中没有 {year} 年度的绩效自评表；现有：{self.catalog.describe_contents()}（{have}）。"
        department, dept_spans = self._department(text)
        spans.extend(dept_spans)
        if department is None:
            for m in _DEPARTMENT_RE.finditer(text):
                if not any(s <= m.start() < e for s, e in dept_spans):
                    return Scope(()), spans, (
                        f"库中没有“{m.group(0)}”的绩效自评表；现有：{self.catalog.describe_contents()}。"
                    )
        year = years[0] if years else None
        chosen = tuple(
            d.file_name for d in docs if (year is None or d.year == year) and (department is None or d.department == department)
        )
        if not chosen:
            return Scope(()), spans, f"库中没有{department or ''}{year or ''}年度的绩效自评表；现有：{self.catalog.describe_contents()}。"
        return Scope(chosen, department, year), spans, None

    def _department(self, text: str) -> tuple[str | None, list[tuple[int, int]]]:
        """A stored department the question names (in full or without its city), with the spans naming it."""
        for name in self.catalog.departments:
            for form in _department_forms(name):
                spans = [m.span() for m in re.finditer(re.escape(form), text)]
                if spans:
                    return name, spans
        return None, []

    def _intent_plan(
        self,
        text: str,
        scope: Scope,
        projects: tuple[ProjectKey, ...],
        resolution: Resolution,
        entries: list[ProjectEntry],
        conversation: Conversation | None,
    ) -> Plan:
        """The plan the wording of ``text`` (outside project mentions) signals."""
        rest = mask_spans(text, resolution.spans)
        refs = detect_metrics(rest)
        if not projects:
            projects = self._follow_up_projects(rest, resolution, refs, conversation)
        last = conversation.last if conversation else None
        if projects and last is not None and _is_bare(rest):
            return _repeat_for(last.plan, projects, scope)
        base = Plan("project_figure", scope, projects=projects, metrics=tuple(refs))
        for rule in _RULES:
            plan = rule(self, rest, base)
            if plan is not None:
                return plan
        return self._fallback(rest, base, entries)

    def _follow_up_projects(
        self, rest: str, resolution: Resolution, refs: list[MetricRef], conversation: Conversation | None
    ) -> tuple[ProjectKey, ...]:
        """Projects a follow-up means: 第二个 of the last list, or the last answer's projects for 它 / 那…呢 / 为什么."""
        last = conversation.last if conversation else None
        if last is None or not last.listed:
            return ()
        index = resolution.list_index
        if index is not None and 0 < index <= len(last.listed) and not _RANK_RE.search(rest):
            return (last.listed[index - 1],)
        leaning = _PRONOUN_RE.search(rest) or _FOLLOW_UP_RE.search(rest) or _WHY_RE.search(rest)
        if leaning or (refs and len(rest) <= 12 and not _RANK_RE.search(rest)):
            singular = "它们" not in rest and "这些" not in rest and len(last.listed) > 1 and "它" in rest
            return last.listed[:1] if singular else last.listed
        return ()

    def _fallback(self, rest: str, base: Plan, entries: list[ProjectEntry]) -> Plan:
        """Nothing matched a rule: a project by the words of its table, or not found with what exists."""
        if not base.projects and ("项目" in rest or base.metrics):
            nameless = self.resolver.resolve_by_table_words(rest, entries)
            if nameless.projects:
                return self._intent_plan(rest, base.scope, nameless.projects, nameless, entries, None)
            if nameless.candidates:
                return Plan("clarify", base.scope, candidates=nameless.candidates, pending=base)
        if base.projects:
            return Plan("not_found", base.scope, projects=base.projects, message="表中没有这项数据。")
        if _DOMAIN_RE.search(rest):
            return Plan("not_found", base.scope, message="没有找到问题所指的项目或数据。")
        return Plan("not_found", base.scope, message="这个问题不在绩效自评表的范围内。")


def _is_bare(rest: str) -> bool:
    """Whether a follow-up says nothing but which project (那海洋呢, 第二个呢, 它呢): it repeats the last question."""
    leftover = _BARE_WORDS_RE.sub("", _FILLER_RE.sub("", rest))
    return not leftover


def _repeat_for(last: Plan, projects: tuple[ProjectKey, ...], scope: Scope) -> Plan:
    """The last question asked again about other projects; a list question becomes its figure for them."""
    if last.intent in _PROJECT_INTENTS:
        intent = "project_figure" if last.intent == "compare" and len(projects) == 1 else last.intent
        return replace(last, intent=intent, projects=projects, scope=scope)
    metrics = tuple(c.metric for c in last.conditions) or last.metrics or _default_metrics()
    return Plan("project_figure", scope, projects=projects, metrics=tuple(dict.fromkeys(metrics)))


def _refusal(question: str) -> str | None:
    """A polite Chinese reason not to answer: empty, too long, or injection-like input; None if the question is fine."""
    text = (question or "").strip()
    if not text or not re.search(r"\w", text):
        return "请输入一个关于项目支出绩效自评表的问题，例如：“执行率最低的三个项目是哪些？”"
    if len(text) > MAX_QUESTION_CHARS:
        return f"问题太长（{len(text)} 字），请精简到 {MAX_QUESTION_CHARS} 字以内，一次问一件事。"
    if _INJECTION_RE.search(text):
        return "抱歉，我只回答关于已导入的项目支出绩效自评表的问题，不执行指令或查询语句。"
    return None


def _generic_words(catalog: Catalog) -> list[str]:
    """Words naming a department or its city, which are never a project mention (上海市 is in 上海市环保督察…)."""
    words: list[str] = []
    for name in catalog.departments:
        words.extend(_department_forms(name))
        city = re.match(r"^[\u4e00-\u9fa5]{1,6}?[省市]", name)
        if city:
            words.append(city.group(0))
    return words


def _department_forms(name: str) -> list[str]:
    """How a question may name a department: in full, or without its province/city prefix (生态环境局)."""
    forms = [name]
    short = re.sub(r"^[\u4e00-\u9fa5]{1,6}?[省市区县]", "", name)
    if short != name and len(short) >= 3:
        forms.append(short)
    return forms


def detect_metrics(text: str) -> list[MetricRef]:
    """The figures a text names, in the order it names them, with the fund line it names (年度资金总额 if none)."""
    fund_kind = _fund_kind(text)
    found: list[tuple[int, int, MetricRef]] = []
    taken: set[int] = set()
    for word, metrics in _PHRASES:
        for match in re.finditer(re.escape(word), text):
            positions = set(range(*match.span()))
            if positions & taken:
                continue
            taken |= positions
            found.extend(
                (match.start(), order, MetricRef(m, fund_kind if m.fund_field else TOTAL_FUND))
                for order, m in enumerate(metrics)
            )
    ordered = [ref for _, _, ref in sorted(found, key=lambda item: item[:2])]
    unique = list(dict.fromkeys(ordered))
    if not unique and fund_kind != TOTAL_FUND:
        unique = [MetricRef(metric("full_year"), fund_kind), MetricRef(metric("executed"), fund_kind)]
    return unique


def _metric_phrases() -> tuple[tuple[str, tuple[Metric, ...]], ...]:
    """Every phrase naming figures — bundles (执行情况) and synonyms — longest first, so 执行率 beats 执行."""
    phrases = [(word, tuple(metric(k) for k in keys)) for word, keys in METRIC_BUNDLES.items()]
    phrases += [(word, (m,)) for m in METRICS for word in m.synonyms]
    return tuple(sorted(phrases, key=lambda pair: len(pair[0]), reverse=True))


_PHRASES = _metric_phrases()


def _fund_kind(text: str) -> str:
    """The fund line a text names (当年财政拨款, 上年结转资金, 其他资金), else 年度资金总额."""
    for kind, synonyms in FUND_SYNONYMS.items():
        if any(s in text for s in synonyms):
            return kind
    return TOTAL_FUND


def _limit(text: str, default: int = 1) -> int:
    """N of 前N / 倒数N / N个, else ``default``."""
    match = _LIMIT_RE.search(text)
    return int(next(g for g in match.groups() if g)) if match else default


def detect_conditions(text: str, refs: list[MetricRef]) -> list[Condition]:
    """Threshold conditions (执行率低于90%, 预算超过1000万元, 得分不是满分, 评为优, 年初≠全年) in ``text``."""
    conditions: list[Condition] = []
    if _ADJUSTED_RE.search(text):
        conditions.append(Condition(MetricRef(metric("initial")), "!=", against=MetricRef(metric("full_year"))))
    if _NOT_FULL_RE.search(text):
        conditions.append(Condition(MetricRef(metric("total_score")), "<", against=MetricRef(metric("total_weight"))))
    not_grade = _NOT_GRADE_RE.search(text)
    grade = _GRADE_RE.search(text)
    if not_grade:
        conditions.append(Condition(MetricRef(metric("grade")), "!=", not_grade.group(1)))
    elif grade and ("等级" in text or "评" in text):
        conditions.append(Condition(MetricRef(metric("grade")), "=", grade.group(1)))
    fund = _FUND_USED_RE.search(text)
    if fund:
        kind = _fund_kind(fund.group(0))
        conditions.append(Condition(MetricRef(metric("full_year"), kind), ">", 0.0))
    conditions.extend(_threshold_conditions(text, refs))
    return conditions


def _threshold_conditions(text: str, refs: list[MetricRef]) -> list[Condition]:
    """``metric op number`` for each number with an operator word next to it."""
    conditions: list[Condition] = []
    for match in _BETWEEN_RE.finditer(text):
        low, high, unit = float(match.group("low")), float(match.group("high")), match.group("unit")
        if unit in ("万元", "万", "亿元", "亿", "元"):
            low, high, unit = amount_in_wanyuan(low, unit), amount_in_wanyuan(high, unit), "万元"
        ref = _metric_for_unit(unit.replace("％", "%"), refs)
        conditions += [Condition(ref, ">=", low), Condition(ref, "<=", high)]
        text = mask_spans(text, [match.span()])
    numbers = [(v, span, "万元") for v, span in money_mentions(text)]
    numbers += [(v, span, "%") for v, span in percent_mentions(text)]
    numbers += [(float(m.group(1)), m.span(), "分") for m in re.finditer(r"(\d+(?:\.\d+)?)\s*分", text)]
    for value, (start, end), unit in numbers:
        ref = _metric_for_unit(unit, refs)
        op = _operator_near(text, start, end) or _right_after_metric(text[:start], ref)
        if op is None:
            continue
        conditions.append(Condition(ref, op, value))
    return conditions


def _operator_near(text: str, start: int, end: int) -> str | None:
    """The comparison word right before a number (低于90%) or right after it (90%以下)."""
    before, after = text[max(0, start - 4) : start], text[end : end + 3]
    for word, op in _OPERATORS:
        if after.startswith(word) and word in ("以上", "以下", "及以上", "及以下"):
            return op
    for word, op in _OPERATORS:
        if before.endswith(word) or before.rstrip("了的 ").endswith(word):
            return op
    return None


def _right_after_metric(before: str, ref: MetricRef) -> str | None:
    """"=" when a number follows its metric directly (执行率100%的项目), else None."""
    return "=" if any(before.rstrip().endswith(word) for word in ref.metric.synonyms) else None


def _metric_for_unit(unit: str, refs: list[MetricRef]) -> MetricRef:
    """The metric a threshold is about: the named one with that unit, else the usual one (%, 万元 → 预算, 分 → 总分)."""
    for ref in refs:
        if ref.metric.unit == unit:
            return ref
    return MetricRef(metric({"%": "rate", "万元": "full_year", "分": "total_score"}[unit]))


# --- intent rules, tried in order; each returns a Plan or None -------------------------------------------


def _rule_findings(planner: Planner, rest: str, base: Plan) -> Plan | None:
    """数据对不上 / 核对: the reconciliation findings (of the named projects, or all)."""
    if _FINDINGS_RE.search(rest) and not _ADJUSTED_RE.search(rest):
        return replace(base, intent="findings", metrics=())
    return None


def _rule_mis_entry(planner: Planner, rest: str, base: Plan) -> Plan | None:
    """目标值填错 / 误录: indicator rows whose reason admits a mis-entry or whose scoring contradicts the operator."""
    if _MIS_ENTRY_RE.search(rest):
        return replace(base, intent="indicator", indicator_status="mis_entered", metrics=())
    return None


def _rule_topic(planner: Planner, rest: str, base: Plan) -> Plan | None:
    """哪些项目涉及长三角: projects whose texts touch a topic, from the passage index."""
    if base.projects or not _TOPIC_RE.search(rest) or _ADJUSTED_RE.search(rest):
        return None
    topic = _topic_words(rest)
    return replace(base, intent="topic", topic=topic, metrics=()) if topic else None


def _topic_words(rest: str) -> str:
    """The topic of 哪些项目涉及X / 与X有关的项目: the question minus its question words."""
    topic = re.sub(r"[□?？。，,！!、]|哪些|哪个|什么|项目|涉及|有关|相关|关于|提到|提及|包含|包括|围绕|关联|内容|的|了|有|与|和|工作|是", " ", rest)
    return " ".join(topic.split())


def _rule_text(planner: Planner, rest: str, base: Plan) -> Plan | None:
    """X项目完成了哪些工作 / 目标是什么: the project's result or goal text, quoted."""
    if not base.projects:
        return None
    if _GOAL_TEXT_RE.search(rest):
        return replace(base, intent="text", text_field="goal", metrics=())
    if _RESULT_TEXT_RE.search(rest) and not base.metrics:
        return replace(base, intent="text", text_field="result", metrics=())
    return None


def _rule_lost(planner: Planner, rest: str, base: Plan) -> Plan | None:
    """扣分 / 没拿满分: points lost per row with reasons; 哪些项目不是满分 is a filter, 几个 a count."""
    not_full = _NOT_FULL_RE.search(rest)
    if not (_LOST_RE.search(rest) or not_full):
        return None
    if not base.projects and _RANK_RE.search(rest):
        return replace(base, intent="ranking", metrics=(MetricRef(metric("lost")),), order=_order(rest),
                       limit=_limit(rest))
    if not base.projects and not_full and not _LOST_RE.search(rest):
        conditions = tuple(detect_conditions(rest, list(base.metrics)))
        intent = "aggregate" if _COUNT_RE.search(rest) else "filter"
        return replace(base, intent=intent, conditions=conditions, aggregate="count" if intent == "aggregate" else None)
    part = "all"
    if re.search(r"预算执行|资金|执行率|执行数", rest):
        part = "funds"
    elif "指标" in rest or not base.projects:
        part = "indicators"
    return replace(base, intent="lost_points", lost_part=part, metrics=())


def _rule_indicator(planner: Planner, rest: str, base: Plan) -> Plan | None:
    """Indicator rows: by status (超额, 未达标, 满意度) or by name (培训次数完成了多少)."""
    status = None
    if _EXCEEDED_RE.search(rest):
        status = "exceeded"
    elif _NOT_MET_RE.search(rest):
        status = "not_met"
    elif _SATISFACTION_RE.search(rest):
        status = "satisfaction"
    terms = (_indicator_terms(rest),)
    if status or _INDICATOR_RE.search(rest) or _names_indicator(terms, base, planner):
        thresholds = _threshold_conditions(rest, [])
        actual = (thresholds[0].op, thresholds[0].value) if thresholds else None
        return replace(base, intent="indicator", indicator_status=status, indicator_terms=terms,
                       indicator_actual=actual, metrics=())
    return None


def _indicator_terms(rest: str) -> str:
    """The part of a question that may name an indicator (question words stripped)."""
    return re.sub(r"[□?？。，,]|指标|目标值|目标|实际完成|完成值|完成了|完成|多少|是|的|了|吗|呢", " ", rest).strip()


def _names_indicator(terms: tuple[str, ...], base: Plan, planner: Planner) -> bool:
    """Whether, with projects named and no figure asked, the words left name one of their indicators well."""
    if not base.projects or base.metrics:
        return False
    scoped = planner.catalog.entries_of(base.projects)
    return any(indicator_match_score(ind.name, terms) >= 3 for e in scoped for ind in e.project.indicators)


def _rule_explain(planner: Planner, rest: str, base: Plan) -> Plan | None:
    """为什么 about projects: their lost points with reasons and their under-executed fund lines."""
    if not _WHY_RE.search(rest):
        return None
    if base.projects:
        return replace(base, intent="explain")
    return replace(base, intent="lost_points", lost_part="indicators", metrics=())


def _rule_compare(planner: Planner, rest: str, base: Plan) -> Plan | None:
    """Two or more projects, or 对比/比较 with them: their figures side by side, with the difference."""
    if len(base.projects) >= 2:
        metrics = base.metrics or _default_metrics()
        return replace(base, intent="compare", metrics=metrics)
    return None


def _default_metrics() -> tuple[MetricRef, ...]:
    """What a project's figures are when no figure is named: 总分, 评分等级, the budget, execution and rate."""
    return tuple(MetricRef(metric(k)) for k in ("total_score", "grade", "initial", "full_year", "executed", "rate"))


def _rule_ranking(planner: Planner, rest: str, base: Plan) -> Plan | None:
    """最高/最低/前N/倒数N by a figure (总分 when none is named); with projects named, where they stand (排第几)."""
    if base.projects and not _POSITION_RE.search(rest):
        return None
    if not base.projects and not _RANK_RE.search(rest):
        return None
    numeric = [ref for ref in base.metrics if ref.metric.numeric]
    ref = numeric[0] if numeric else MetricRef(metric("total_score"))
    return replace(base, intent="ranking", metrics=(ref,), order=_order(rest), limit=_limit(rest))


def _order(rest: str) -> str:
    """"asc" when the question asks for the lowest (最低, 倒数), else "desc"."""
    return "asc" if _ASC_RE.search(rest) else "desc"


def _rule_share(planner: Planner, rest: str, base: Plan) -> Plan | None:
    """X项目的预算占全部的比例: the named projects' figure as a share of the total in scope."""
    if not base.projects or not _SHARE_RE.search(rest):
        return None
    numeric = [ref for ref in base.metrics if ref.metric.numeric and ref.metric.unit == "万元"]
    return replace(base, intent="share", metrics=(numeric[0] if numeric else MetricRef(metric("full_year")),))


def _rule_filter_or_aggregate(planner: Planner, rest: str, base: Plan) -> Plan | None:
    """Conditions (低于/超过/评为优/不一致) → filter, or a count of them; Σ / mean / overall rate / count → aggregate.

    Over every project in scope, or over two or more named ones (它们的预算合计, 海洋和大气哪个超过400万元).
    """
    if len(base.projects) == 1:
        return None
    conditions = tuple(detect_conditions(rest, list(base.metrics)))
    how = _aggregate_kind(rest, base.metrics)
    if how is not None:
        ref = next((r for r in base.metrics if r.metric.numeric), None)
        if how in ("sum", "mean") and ref is None:
            ref = MetricRef(metric("full_year" if how == "sum" else "total_score"))
        return replace(base, intent="aggregate", aggregate=how, conditions=conditions, metrics=(ref,) if ref else ())
    if conditions:
        return replace(base, intent="filter", conditions=conditions)
    return None


def _aggregate_kind(rest: str, refs: tuple[MetricRef, ...]) -> str | None:
    """count, overall_rate, mean or sum, as the wording asks; None when it asks none."""
    if _COUNT_RE.search(rest):
        return "count"
    rate_named = any(r.metric.key == "rate" for r in refs)
    if rate_named and (_OVERALL_RE.search(rest) or _MEAN_RE.search(rest) or _SUM_RE.search(rest)):
        return "overall_rate"
    if _MEAN_RE.search(rest):
        return "mean"
    if _SUM_RE.search(rest) or (_OVERALL_RE.search(rest) and refs):
        return "sum"
    return None


def _rule_list(planner: Planner, rest: str, base: Plan) -> Plan | None:
    """有哪些项目 / 列出所有项目: every project in scope with its key figures."""
    if base.projects or not _LIST_RE.search(rest):
        return None
    return replace(base, intent="list_projects", metrics=base.metrics or (MetricRef(metric("full_year")), MetricRef(metric("total_score"))))


def _rule_figure(planner: Planner, rest: str, base: Plan) -> Plan | None:
    """Named figures of named projects; a bare project name (or 介绍/情况) gives its overview."""
    if not base.projects:
        if base.metrics and meaningful_length(_FILLER_RE.sub("", rest)) < 2:
            return replace(base, intent="list_projects")
        return None
    if base.metrics:
        return base
    if _OVERVIEW_RE.search(rest) or not _ASKS_VALUE_RE.search(rest):
        return replace(base, intent="overview", metrics=_default_metrics())
    return None


_RULES = (
    _rule_findings,
    _rule_mis_entry,
    _rule_topic,
    _rule_text,
    _rule_lost,
    _rule_explain,
    _rule_indicator,
    _rule_share,
    _rule_filter_or_aggregate,
    _rule_compare,
    _rule_ranking,
    _rule_list,
    _rule_figure,
)
