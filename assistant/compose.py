"""Rows from the operations → the answer contract: Chinese text with units, figures with formulas, citations.

Wording lives here and only here. Every figure an answer states is added
through ``AnswerBuilder.figure`` or ``.derived``, which also records the
contract's ``Figure`` and the row's citation, so text, figures and sources can
never disagree. The text ends with its sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TypeVar

from assistant.catalog import Catalog, ProjectEntry, origin
from assistant.contract import SOURCES_HEADING, Answer, Citation, Figure, ProjectRef
from assistant.metrics import TOTAL_FUND, format_value, metric
from assistant.operations import (
    FigureRow,
    FindingRow,
    IndicatorRow,
    LostRow,
    PassageRow,
    figure,
    groups_count,
    holds,
    mis_entry_evidence,
    numeric_value,
    years_reported,
)
from assistant.plan import Condition, MetricRef, Plan
from assistant.understand.accounting import Accounting
from ingest.records import Document

RowT = TypeVar("RowT", FigureRow, LostRow)
NO_REASON = "表中未说明原因"
FIELD_LABELS = {
    "funds": "项目资金",
    "total": "总分",
    "grade": "评分等级",
    "indicator": "绩效指标",
    "goal": "预期目标",
    "result": "实际完成情况",
    "reason": "偏差原因",
    "finding": "核对发现",
    "name": "项目名称",
    "header": "表头",
}
_QUOTE_CHARS = 80
MAX_ITEMS = 10
"""A list answer shows this many items (projects) and says how many more there are (the rest are in the contract
for the table view): a list read out in a meeting stays short."""
_MAX_SOURCES = 30
"""The text lists this many sources (every one is in the contract, and in an interface's sources table)."""
_MAX_SOURCES_GROUPED = 5
"""An answer over more reports than a list shows items lists fewer: its sums' operands run to thousands."""
_STATUS_WORDS = {
    "exceeded": "超额完成的指标",
    "not_met": "未达到目标的指标",
    "satisfaction": "满意度指标",
    "mis_entered": "目标值误录的指标",
    "mis_entered_possible": "目标值可能误录的指标",
    "lost": "扣分的指标",
}
OPERATOR_WORDS = {"<": "低于", "<=": "不高于", ">": "高于", ">=": "不低于", "=": "为", "!=": "不等于"}
_NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "!=", "!=": "="}
"""The comparison that holds when one does not: how a total that misses a threshold is told (不高于1.5亿)."""


class AnswerBuilder:
    """Collects an answer's lines, projects, figures and citations, in the order they are stated.

    Every figure said is followed by its source marker ``[n]`` (contract.py): ``cite`` numbers a row once, in
    the order rows are first cited, so a marker stays valid however many figures come after it.
    """

    def __init__(self, question: str, plan: Plan, catalog: Catalog) -> None:
        self.question = question
        self.plan = plan
        self.catalog = catalog
        self.show_origin = len(catalog.documents) > 1
        self.lines: list[str] = []
        self.projects: list[ProjectRef] = []
        self.figures: list[Figure] = []
        self.citations: list[Citation] = []
        self._listed: set[ProjectRef] = set()  # membership in O(1): answers over many reports list thousands
        self._numbers: dict[Citation, int] = {}  # each citation's marker number
        self._numbers_by_id: dict[int, tuple[Citation, int]] = {}  # the same, by object: a row cited again is found
        # without hashing its citation (a sum's operands are cited by its total and again by its groups)
        self._recorded: set[Figure] = set()  # the figures tied to rows, each recorded once
        self._items = 0  # items of the current list, begun with ``item``
        self._hidden = 0  # items not shown, over every list of the answer
        self._hiding = False  # the current item is past MAX_ITEMS: its lines are counted, not shown

    def say(self, line: str) -> None:
        """Add one line (markdown) to the answer text (not while an item past MAX_ITEMS is being listed); figures
        of one row said in one clause keep one marker, after the last of them (see ``shared_markers``)."""
        if not self._hiding:
            self.lines.append(shared_markers(line))

    def headline(self, line: str) -> None:
        """Put the one sentence that answers the question before everything said so far (notes such as
        （按“…”理解。） stay above it only when they change what was asked)."""
        self.lines.insert(self._headline_at(), line)

    def _headline_at(self) -> int:
        """Where a headline goes: after the notes that say how the question was read (they start with （)."""
        at = 0
        while at < len(self.lines) and self.lines[at].startswith("（"):
            at += 1
        return at

    def item(self) -> None:
        """Begin the next item of a list (one project and its lines). Past MAX_ITEMS its lines are not shown —
        its projects, figures and sources still are in the contract — and the answer says how many more there are,
        so a list over a hundred reports stays readable."""
        self._items += 1
        self._hiding = self._items > MAX_ITEMS

    def end_items(self, unit: str = "") -> None:
        """The list is over: lines are shown again, and the next list (another group's) starts its own count.
        With ``unit`` (个部门), how many were not shown is said here, in that unit, rather than at the end with the
        projects (the last line counts items of one kind)."""
        hidden = max(0, self._items - MAX_ITEMS)
        self._items = 0
        self._hiding = False
        if unit and hidden:
            self.say(f"……另有 {hidden} {unit}未在此列出。")
        else:
            self._hidden += hidden

    def name(self, entry: ProjectEntry) -> str:
        """The project's display name (with department and year when several reports are stored); lists it."""
        ref = entry.ref()
        if ref not in self._listed:
            self._listed.add(ref)
            self.projects.append(ref)
        return self.mention(entry)

    def mention(self, entry: ProjectEntry) -> str:
        """A project named in passing (one the answer is not about, such as the one that lost the most on the funds
        line when the question asked about indicators): shown like ``name`` but not listed in ``projects``."""
        return f"**{entry.name}**（{origin(entry.document)}）" if self.show_origin else f"**{entry.name}**"

    def scope_words(self) -> str:
        """The department and year a question named (示例市水务局 2023年度), or empty when it named none."""
        scope = self.plan.scope
        year = f"{scope.year}年度" if scope.year else ""
        return f"{scope.department or ''}{' ' if scope.department and year else ''}{year}"

    def _answered_documents(self) -> list[Document]:
        """The reports the answer is about: those of the projects the question named, else every report in scope
        (a ranking, sum or list ran over all of them, whichever its projects come from)."""
        named = {key.document for key in self.plan.projects}
        return self.catalog.documents_of(named or self.plan.scope.documents)

    def say_first(self, line: str, at: int) -> None:
        """Put ``line`` at position ``at`` of the text: a conclusion known only once the parts after it are written
        (the group that is highest) still opens the answer."""
        self.lines.insert(at, line)

    def cite(self, citation: Citation | None) -> int | None:
        """Add a source once; its number, the ``n`` of its marker ``[n]`` (None for no source)."""
        if citation is None:
            return None
        known = self._numbers_by_id.get(id(citation))
        if known is not None:
            return known[1]
        number = self._numbers.get(citation)
        if number is None:
            self.citations.append(citation)
            number = self._numbers[citation] = len(self.citations)
        self._numbers_by_id[id(citation)] = (citation, number)  # the object kept, so its id is not reused
        return number

    def cite_all(self, citations: Iterable[Citation | None]) -> tuple[int, ...]:
        """Add several sources; their numbers, each once, in order."""
        return tuple(dict.fromkeys(n for n in map(self.cite, citations) if n is not None))

    def figure(self, row: FigureRow, terms: Sequence[FigureRow] = ()) -> str:
        """Record a figure (numbers only go to ``figures``) and return it as text with its source marker: a value
        read from the table as ``779.05 万元[3]``, a derived one with its formula and its operands' markers
        (``96.98%（…）[1]–[36]``; ``terms``: the rows an aggregate was computed from). Money in 元 when the
        question asked 元 (stored and computed in 万元, told × 10000)."""
        value = numeric_value(row)
        unit = row.ref.metric.unit
        in_yuan = value is not None and unit == "万元" and self.plan.money_unit == "元"
        sources = self.cite_all([row.citation] if row.citation is not None else [t.citation for t in terms or row.terms])
        if value is not None:
            seq = row.entry.project.seq if row.entry else None
            document = row.entry.document.file_name if row.entry else None
            label = row.label or row.ref.label
            shown, shown_unit = (round(value * 10_000, 2), "元") if in_yuan else (float(value), unit)
            formula = f"{value:.2f} 万元 × 10000" if in_yuan and not row.formula else row.formula
            self._record(Figure(label, shown, shown_unit, seq, formula, document, sources))
        text = format_value(value * 10_000, "元") + f"（{row.text}）" if in_yuan else row.text
        return text + (f"（{_short_formula(row.formula)}）" if row.formula else "") + markers(sources)

    def stated(self, row: FigureRow) -> bool:
        """Whether an aggregate row's figure (same label and value) is already in the answer."""
        label = row.label or row.ref.label
        return any(f.label == label and f.value == row.value and f.project_seq is None for f in self.figures)

    def derived(self, label: str, value: float, unit: str, formula: str, entry: ProjectEntry | None = None,
                sources: Sequence[int] = ()) -> str:
        """Record a figure computed here (a difference, lost points) and return it as text with its formula and
        its operands' markers: ``2.00 分（4.00 − 2.00）[5]``."""
        seq = entry.project.seq if entry else None
        document = entry.document.file_name if entry else None
        numbers = tuple(dict.fromkeys(sources))
        self._record(Figure(label, round(value, 2), unit, seq, formula, document, numbers))
        return f"{format_value(round(value, 2), unit)}（{formula}）{markers(numbers)}"

    def _record(self, figure: Figure) -> None:
        """Add a figure to the contract; one tied to rows and said twice (a headline's, then the list's) once, so
        the figures are the answer's figures, not its sentences."""
        if figure.sources and figure in self._recorded:
            return
        self._recorded.add(figure)
        self.figures.append(figure)

    def count(self, label: str, count: int, entry: ProjectEntry | None = None) -> str:
        """Record a count (of projects, of indicator rows) as a figure and return it as a whole number: ``4``."""
        seq, document = (entry.project.seq, entry.document.file_name) if entry else (None, None)
        self.figures.append(Figure(label, float(count), "个", seq, None, document))
        return str(count)

    def finish(self, found: bool = True, intent: str | None = None) -> Answer:
        """The contract object; the text ends with its sources, numbered as the markers number them. A not-found
        answer carries no figures."""
        lines = list(self.lines)
        if found and self.show_origin and lines and not self.plan.group_by:  # groups are named by their headings
            at = self._headline_at()
            lead = scope_lead(self._answered_documents(), lines[at], self.catalog.documents)
            if lead and lines[at].startswith("**"):  # a group's or project's heading: the scope goes above it
                lines.insert(at, lead)
            else:
                lines[at] = lead + lines[at]
        hidden = self._hidden + max(0, self._items - MAX_ITEMS)
        if hidden:
            lines.append(f"……另有 {hidden} 项未在此列出（完整列表见“项目总表”页，可导出 Excel）。")
        text = "\n".join(lines)
        if self.citations:
            many = len(self.plan.scope.documents) > MAX_ITEMS  # over a bureau's reports: sources run to thousands
            shown = self.citations[:_MAX_SOURCES_GROUPED if many else _MAX_SOURCES]
            text += SOURCES_HEADING + "\n" + "\n".join(source_line(n, c) for n, c in enumerate(shown, 1))
            if len(self.citations) > len(shown):
                text += f"\n……另有 {len(self.citations) - len(shown)} 处来源"
        return Answer(
            question=self.question,
            answer=text,
            intent=intent or self.plan.intent,
            found=found,
            projects=list(self.projects),
            figures=list(self.figures) if found else [],
            citations=list(self.citations),
        )


_LISTED_REPORTS = 3
"""A headline names up to this many reports one by one; more are said by their departments and years."""


def scope_lead(documents: Sequence[Document], headline: str, stored: Sequence[Document]) -> str:
    """What a headline is to open with so that the scope is said first, when several reports are ``stored``:
    nothing when it names each report it answers over already, or says how many it spans; else the report (某市水务局 2023年度：), or that
    it runs across several (跨 2 份报告（…）：), which a sum or count over departments or years must say first."""
    names = [origin(document) for document in documents]
    if not names or all(_names_report(headline, document, stored) for document in documents):
        return ""
    if f"{len(names)} 份报告" in headline or headline.startswith("跨 "):
        return ""  # a headline over many reports says how many (117 个项目有扣分（20 份报告，…）), or which it spans
    if len(names) == 1:
        return f"{names[0]}："
    if len(names) <= _LISTED_REPORTS:
        return f"跨 {len(names)} 份报告（{'、'.join(names)}）："
    departments = {document.department for document in documents}
    years = sorted({document.year for document in documents if document.year})
    span = f"{years[0]}–{years[-1]}年度" if len(years) > 1 else f"{years[0]}年度" if years else "年度未知"
    return f"跨 {len(names)} 份报告（{len(departments)} 个部门，{span}）："


def _names_report(headline: str, document: Document, stored: Sequence[Document]) -> bool:
    """Whether ``headline`` names ``document``: its department and year, or its department alone when no other
    stored report is that department's (某市水务局项目的…合计)."""
    if origin(document) in headline:
        return True
    alone = sum(other.department == document.department for other in stored) == 1
    return bool(document.department) and alone and document.department in headline


_MARKERS_RE = re.compile(r"(?:\[\d+\](?:–\[\d+\])?)+")
"""A group of source markers: [3], [1][4], [2]–[19]."""
_CLAUSE_END = frozenset("。；;\n")


def shared_markers(line: str) -> str:
    """``line`` with a marker group left out where the next group in the same clause is the same one: figures read
    from one row and said together cite it once (分值 5.00 分，得分 4.00 分，扣 1.00 分[1], not [1] after each)."""
    groups = list(_MARKERS_RE.finditer(line))
    dropped = [
        group for group, following in zip(groups, groups[1:])
        if group.group() == following.group() and not _CLAUSE_END & set(line[group.end():following.start()])
    ]
    for group in reversed(dropped):
        line = line[:group.start()] + line[group.end():]
    return line


def markers(numbers: Sequence[int]) -> str:
    """Source markers for the given citation numbers: ``[3]``, ``[1][4]``, a run of three or more as ``[2]–[19]``."""
    ordered = sorted(set(numbers))
    runs: list[list[int]] = []
    for number in ordered:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return "".join(f"[{run[0]}]–[{run[-1]}]" if len(run) >= 3 else "".join(f"[{n}]" for n in run) for run in runs)


_FORMULA_CHARS = 80
"""A formula longer than this (a sum of many terms) is said by its left side in the text; the figure keeps it whole."""


def _short_formula(formula: str) -> str:
    """A derived figure's formula as the text says it: whole, or for a long sum its left side
    (Σ全年预算数（18 个项目）), the operands then being its markers and the full formula in the figure."""
    if len(formula) <= _FORMULA_CHARS or "=" not in formula:
        return formula
    return formula.split("=", 1)[0].strip()


def source_line(number: int, c: Citation) -> str:
    """One numbered source: the report and where in it, the project and the row's label, and the quoted text
    (shortened): ``[3] 上海市生态环境局 2024年度 自评表 第14行（生态环境监测…，绩效指标“培训次数”）：…``."""
    where = c.location or "位置未知"
    about = "，".join(part for part in (c.project, c.label or FIELD_LABELS.get(c.field, c.field)) if part)
    quote = c.text if len(c.text) <= _QUOTE_CHARS else c.text[:_QUOTE_CHARS] + "…"
    return f"[{number}] {c.report or c.document} {where}（{about}）：{quote}"


def report_groups(entries: Iterable[ProjectEntry]) -> tuple[str, dict[str, list[ProjectEntry]]]:
    """The kind of group (报告, 部门, 年度) an answer over several reports tells its projects by, and the groups, in the
    order the projects come: each report (部门 年度) when there are at most MAX_ITEMS, else each department, or each
    year when all are one department's — so an answer over a bureau's hundred reports says twenty lines, not a
    hundred. No groups for one report."""
    entries = list(entries)
    documents = {entry.document.file_name for entry in entries}
    if len(documents) < 2:
        return "报告", {}
    if len(documents) <= MAX_ITEMS:
        kind, key = "报告", _origin_of
    elif len({entry.document.department for entry in entries}) > 1:
        kind, key = "部门", _department_of
    else:
        kind, key = "年度", _year_of
    groups: dict[str, list[ProjectEntry]] = {}
    for entry in entries:
        groups.setdefault(key(entry), []).append(entry)
    return kind, groups


def many_reports(entries: Iterable[ProjectEntry]) -> bool:
    """Whether an answer about ``entries`` is told by group (department or year) rather than project by project:
    they come from more reports than a list shows items."""
    return len({entry.document.file_name for entry in entries}) > MAX_ITEMS


def _origin_of(entry: ProjectEntry) -> str:
    """A project's report as answers name it: 上海市生态环境局 2024年度."""
    return origin(entry.document)


def _department_of(entry: ProjectEntry) -> str:
    """A project's department (部门未知 when the report does not say)."""
    return entry.document.department or "部门未知"


def _year_of(entry: ProjectEntry) -> str:
    """A project's year as answers say it: 2024年度."""
    return f"{entry.document.year or '年度未知'}年度"


def _within(entry: ProjectEntry, kind: str) -> str:
    """A project named inside its group's line: the group already says its department (or year), so only the
    other half of its report is added — **档案数字化保障**（2023年度）."""
    other = _year_of(entry) if kind == "部门" else _department_of(entry) if kind == "年度" else ""
    return f"**{entry.name}**（{other}）" if other else f"**{entry.name}**"


def figures_answer(b: AnswerBuilder, rows: Sequence[FigureRow]) -> Answer:
    """Named figures of named projects (project_figure, overview): one line per project."""
    found = False
    for entry, group in _by_project(rows).items():
        said = {row.ref for row in group}
        parts = [f"{part.ref.label} {b.figure(part)}" for row in group for part in _operands(entry, row)
                 if part.ref not in said and numeric_value(part) is not None]
        parts += [f"{row.ref.label} {b.figure(row)}{_derived_note(entry, row)}" for row in group]
        found = found or any(row.value is not None for row in group)
        b.say(f"{b.name(entry)}：" + "，".join(parts) + "。" + _tested(b.plan.total_test, group))
    if not found:
        b.say("表中没有读出这些数值。")
    return b.finish(found)


def _tested(test: Condition | None, rows: Sequence[FigureRow]) -> str:
    """大气执行率过没过95: whether the project's figure meets the number asked, in words ("" when none is asked)."""
    row = next((r for r in rows if test is not None and r.ref == test.metric and numeric_value(r) is not None), None)
    if row is None:
        return ""
    return _test_words(test, numeric_value(row), row.ref.label)


def _test_words(test: Condition, value: float, label: str) -> str:
    """是，执行率高于95.00% / 否，…不高于…: a figure against the number a question tested it with."""
    met = holds(value, test.op, test.value)
    said = OPERATOR_WORDS[test.op if met else _NEGATED[test.op]]
    return f"{'是' if met else '否'}，{label}{said}{format_value(test.value, test.metric.metric.unit)}。"


_FIELD_METRICS = {"initial": "initial", "full_year": "full_year", "executed": "executed"}
"""The figure each FundLine attribute a difference subtracts is asked as, in the order a table prints them."""


def _operands(entry: ProjectEntry, row: FigureRow) -> list[FigureRow]:
    """The figures a computed one is made of, each read from its row (预算调整额: 年初预算数 and 全年预算数; a ratio:
    its numerator and denominator), so the answer states them before the result it computes from them."""
    return [figure(entry, ref) for ref in dict.fromkeys(_read_operands(row.ref))]


def _read_operands(ref: MetricRef) -> list[MetricRef]:
    """The figures read from the table that ``ref`` is computed from, a difference inside a ratio opened up
    (预算调减额占年初预算数的比例: 年初预算数, 全年预算数); none when ``ref`` is read as it is."""
    if ref.of:
        return [part for side in ref.of for part in (_read_operands(side) or [side])]
    difference = ref.metric.difference
    if difference and all(field in _FIELD_METRICS for field in difference):
        return [MetricRef(metric(_FIELD_METRICS[field]), ref.fund_kind) for field in _FIELD_METRICS if field in difference]
    return []


def _derived_note(entry: ProjectEntry, row: FigureRow) -> str:
    """A note when the value was restored by rule (the grade left blank in the table)."""
    if row.ref.metric.key == "grade" and "grade" in entry.project.derived:
        return "（表中未填写，按总分推定）"
    return ""


def compare_answer(b: AnswerBuilder, rows: Sequence[FigureRow]) -> Answer:
    """Figures of two or more projects, each figure on one line that opens with its conclusion (which is higher,
    by how much: max − min), then every project's value; more projects than a list shows (那它们的总分呢 after a
    bureau's list) are listed one a line after the conclusion, the first MAX_ITEMS shown."""
    for ref in dict.fromkeys(row.ref for row in rows):
        same = [row for row in rows if row.ref == ref]
        b.cite_all(row.citation for row in same)  # numbered in the projects' order, before the conclusion names two
        numbers = [row for row in same if numeric_value(row) is not None]
        conclusion = f"{ref.label}："
        if len(numbers) >= 2:
            high = max(numbers, key=lambda r: r.value)
            low = min(numbers, key=lambda r: r.value)
            formula = f"{high.value:.2f} − {low.value:.2f}"
            sources = b.cite_all([high.citation, low.citation])
            diff = b.derived(f"{ref.label}差值", high.value - low.value, _difference_unit(ref), formula, None, sources)
            most, least = ("", "") if len(numbers) == 2 else ("最高的", "最低的")
            conclusion += f"{most}{b.mention(high.entry)} 比 {least}{b.mention(low.entry)} 高 {diff}；"
            if b.plan.times and len(numbers) == 2 and numbers[1].value:  # 是…的几倍: the first named over the second
                first, second = numbers
                times = b.derived(f"{ref.label}倍数", first.value / second.value, "倍",
                                  f"{first.value:.2f} / {second.value:.2f}", None, sources)
                conclusion += f"{b.mention(first.entry)} 是 {b.mention(second.entry)} 的 {times}；"
            if b.plan.growth and len(numbers) == 2:  # 涨了百分之几: the change over the earlier figure
                earlier, later = sorted(numbers, key=lambda row: (row.entry.document.year or 0, -numbers.index(row)))
                conclusion += _growth(b, ref.label, earlier.value, later.value, sources) + "；"
        if len(same) <= MAX_ITEMS:
            b.say(conclusion + "，".join(f"{b.name(row.entry)} {b.figure(row)}" for row in same) + "。")
            continue
        b.say(f"{conclusion}{len(same)} 个项目逐个如下：")
        for row in same:
            b.item()
            b.say(f"- {b.name(row.entry)} {b.figure(row)}")
        b.end_items()
    return b.finish(any(row.value is not None for row in rows))


def group_difference(b: AnswerBuilder, groups: Sequence[tuple[str, Figure]], at: int) -> None:
    """The difference of two groups' figures (交通委 − 水务局 整体执行率), recorded with its formula and said as the
    headline of the groups' answers, which begin at line ``at``: it is what the question asked."""
    label = _one_figure(groups)
    if label is None:
        return
    (high_name, high), (low_name, low) = sorted(groups, key=lambda group: -group[1].value)
    formula = f"{high.value:.2f} − {low.value:.2f}"
    unit = "个百分点" if high.unit == "%" else high.unit
    diff = b.derived(f"{label}差值", high.value - low.value, unit, formula, None, high.sources + low.sources)
    said = f"{high_name} 比 {low_name} 高 {diff}"
    if b.plan.growth:  # 23年的比它增长了百分之多少: over the group asked first
        (_, earlier), (_, later) = groups[0], groups[1]
        said += "；" + _growth(b, label, earlier.value, later.value, high.sources + low.sources)
    b.lines.insert(at, shared_markers(said + "。"))


def _growth(b: AnswerBuilder, label: str, earlier: float, later: float, sources: Sequence[int]) -> str:
    """The change from ``earlier`` to ``later`` as a percentage of ``earlier``, recorded with its formula, in words
    (增长 4.69%, 下降 …); nothing to divide by when the earlier figure is nought."""
    if not earlier:
        return "上一个数为 0，无法计算增长百分比"
    rising = later >= earlier
    high, low = (later, earlier) if rising else (earlier, later)
    formula = f"({high:.2f} − {low:.2f}) / {earlier:.2f} × 100"
    figure = b.derived(f"{label}{'增长率' if rising else '下降率'}", (high - low) / earlier * 100, "%", formula, None,
                       sources)
    return f"{'增长' if rising else '下降'} {figure}"


def _one_figure(groups: Sequence[tuple[str, Figure]]) -> str | None:
    """The figure every group's first figure is (整体执行率（上海市水务局 2024年度） is 整体执行率), or None when they
    are not one figure and cannot be compared."""
    labels = {figure.label.split("（")[0] for _, figure in groups}
    return labels.pop() if len(labels) == 1 else None


def extreme_group(groups: Sequence[tuple[str, Figure]], order: str, group_by: str) -> str | None:
    """哪个局…最低: the sentence naming the group whose figure is the extreme of the groups' figures, or None when
    the groups' figures are not the same figure. A tie at the extreme names every group that shares it."""
    label = _one_figure(groups)
    if label is None:
        return None
    kind = "部门" if group_by == "department" else "年度"
    if len(groups) == 1:
        return f"所问范围内只有一个{kind}：{groups[0][0]}。"
    best = (min if order == "asc" else max)(round(figure.value, 2) for _, figure in groups)
    names = [name for name, figure in groups if round(figure.value, 2) == best]
    unit = groups[0][1].unit
    way = ("最低" if order == "asc" else "最高") if unit in ("%", "分") else ("最少" if order == "asc" else "最多")
    return f"{len(groups)} 个{kind}中，{label}{way}的是{'、'.join(names)}：{format_value(best, unit)}。"


def _difference_unit(ref: MetricRef) -> str:
    """The unit of a difference: 个百分点 between two rates (99.81% − 99.24% is 0.57 个百分点, not 0.57%)."""
    return "个百分点" if ref.metric.unit == "%" else ref.metric.unit


def lost_answer(
    b: AnswerBuilder, rows: Sequence[LostRow], entries: Sequence[ProjectEntry], part: str,
    funds: Sequence[LostRow] = (), order: str | None = None,
) -> Answer:
    """Which rows lost points, how many (分值 − 得分), and the reasons as written (or 表中未说明原因); the first
    sentence gives the points lost in all and the project (or row) that lost the most.

    ``funds``: asked across projects, the funds-line rows of every project in scope. Projects are then ranked by
    the points they lost in all (funds line and indicators together): those with indicator rows that lost points
    are listed with their rows, the others (funds line only) are said in one line, and the count of projects
    that lost points is the same from the first sentence to the last. ``order``: the rows are the ones that lost
    the most ("desc") or least ("asc") points, in that order.
    """
    if not rows and not funds:
        what = {"funds": "预算执行", "indicators": "绩效指标"}.get(part, "任何一项")
        scope = "、".join(b.name(e) for e in entries) if len(entries) <= 3 else f"这 {len(entries)} 个项目"
        b.say(f"{scope}在{what}上没有扣分。")
        return b.finish(False)  # no such row in the data: said plainly, found=false (the bank's convention)
    if b.plan.aggregate == "count":  # 几条指标扣了分: the count first
        indicator_rows = [row for row in rows if row.part == "indicator"]
        entry = indicator_rows[0].entry if len({row.entry for row in indicator_rows}) == 1 else None
        b.say(f"共有 {b.count('扣分指标数', len(indicator_rows), entry)} 条绩效指标扣分：")
    if funds:
        _lost_across(b, rows, funds)
    elif order:
        _ranked_lost_lines(b, rows, order)
    else:
        _lost_lines(b, rows)
    return b.finish(True)


def _lost_across(b: AnswerBuilder, indicator_rows: Sequence[LostRow], funds_rows: Sequence[LostRow]) -> None:
    """Every project that lost points, ranked by the points lost in all: a headline with how many and the one
    that lost the most, the projects with indicator rows that lost points with their rows, then the rest; over
    many reports, by department or year instead (``_lost_groups``)."""
    every = _by_project([*funds_rows, *indicator_rows])
    ranked = sorted(every, key=lambda entry: -_lost_sum(every[entry]))  # stable: table order among equals
    listed = [entry for entry in ranked if any(row.part == "indicator" for row in every[entry])]
    on_indicators = set(listed)
    rest = [entry for entry in ranked if entry not in on_indicators]
    top = ranked[0]
    who, label = (b.name(top), "合计扣分") if top in on_indicators else (b.mention(top), f"{every[top][0].item}扣分")
    grouped = many_reports(ranked)
    reports = f"{len({entry.document.file_name for entry in ranked})} 份报告，" if grouped else ""
    b.say(f"{len(every)} 个项目有扣分（{reports}预算执行与绩效指标合计），扣分最多的是{who}，"
          f"共扣 {_points_total(b, every[top], label, top)}。")
    if grouped:
        _lost_groups(b, every, ranked)
        for entry in listed:  # the answer's projects, as a short answer lists them: for a follow-up, the table view
            b.name(entry)
        b.say(f"其中 {len(listed)} 个项目在绩效指标上扣分，{len(rest)} 个只在预算执行上扣分（执行率未达 100%）。"
              "问某个部门某一年哪些项目扣分了，可看逐项的扣分和原因。")
        return
    b.say(f"其中 {len(listed)} 个项目在绩效指标上扣分，按扣分合计从多到少：" if listed else "没有项目在绩效指标上扣分。")
    for entry in listed:
        b.item()
        _project_lost_lines(b, every[entry], total_first=True)
    b.end_items()
    if rest:
        worst = every[rest[0]][0]
        b.say(f"其余 {len(rest)} 个项目只在预算执行上扣分（执行率未达 100%），扣分最多的是{b.mention(worst.entry)}："
              f"{_row_words(b, worst)}。")


def _lost_groups(b: AnswerBuilder, every: dict[ProjectEntry, list[LostRow]], ranked: Sequence[ProjectEntry]) -> None:
    """Lost points over many reports by department (or year), the groups with the most projects that lost points
    first: how many (and how many on indicators) and the project that lost the most, with its rows' markers.

    A group's points in all are not said: that figure's operands are a hundred rows a group, and an answer citing
    a bureau's three thousand rows is too heavy to send for a line each (ask one department for its total)."""
    kind, groups = report_groups(ranked)  # each group's projects keep the ranking's order: its first lost the most
    b.say(f"按{kind}（{len(groups)} 个），按扣分项目数从多到少：")
    for name, members in sorted(groups.items(), key=lambda group: -len(group[1])):  # stable: store order if equal
        b.item()
        on_indicators = sum(1 for entry in members if any(row.part == "indicator" for row in every[entry]))
        top = members[0]
        b.say(f"- **{name}**：{len(members)} 个项目扣分（{on_indicators} 个在绩效指标上），"
              f"最多的是{_within(top, kind)}，扣 {_points_total(b, every[top], '合计扣分', top)}")
    b.end_items(_GROUP_UNITS[kind])


def _lost_lines(b: AnswerBuilder, rows: Sequence[LostRow]) -> None:
    """Lost rows grouped by project, each project's total first; with several projects a headline first: how
    many projects, the points in all and the project that lost the most, the projects then ranked by it."""
    groups = _by_project(rows)
    if len(groups) > 1:
        top = max(groups, key=lambda entry: _lost_sum(groups[entry]))
        b.say(f"共有 {len(groups)} 个项目扣分，合计扣 {_points_total(b, rows, '扣分总计', None)}；"
              f"扣分最多的是{b.name(top)}：")
        groups = {entry: groups[entry] for entry in sorted(groups, key=lambda entry: -_lost_sum(groups[entry]))}
    for group in groups.values():
        b.item()
        _project_lost_lines(b, group)
    b.end_items()


def _ranked_lost_lines(b: AnswerBuilder, rows: Sequence[LostRow], order: str) -> None:
    """The rows that lost the most (or least) points, in that order: one row is the answer in one sentence;
    several are numbered, the first named in the headline."""
    word = "最多" if order == "desc" else "最少"
    first = rows[0]
    if len(rows) == 1:
        b.say(f"扣分{word}的一项是{b.name(first.entry)}的“{first.item}”：{_row_words(b, first)}")
        return
    mark = markers([b.cite(first.citation)])
    b.say(f"扣分{word}的 {len(rows)} 项中，{word}的是{b.name(first.entry)}的“{first.item}”"
          f"（扣 {format_value(first.lost, '分')}{mark}）：")
    for number, row in enumerate(rows, 1):
        b.item()
        b.say(f"{number}. {b.name(row.entry)}的“{row.item}”：{_row_words(b, row)}")
    b.end_items()


def _lost_sum(rows: Sequence[LostRow]) -> float:
    """Points lost over rows."""
    return round(sum(row.lost for row in rows), 2)


def _project_lost_lines(b: AnswerBuilder, rows: Sequence[LostRow], total_first: bool = False) -> None:
    """One project's lost rows, its total first when more than one row lost points (a one-row loss is one line);
    with ``total_first`` (projects ranked by their totals) the total even of one row, so each has one."""
    entry = rows[0].entry
    if len(rows) == 1 and not total_first:
        b.say(f"{b.name(entry)}在“{rows[0].item}”上扣分：{_row_words(b, rows[0])}")
        return
    b.say(f"{b.name(entry)}共扣 {_points_total(b, rows, '合计扣分', entry)}：")
    for row in rows:
        b.say(f"- {row.item}：{_row_words(b, row)}")


def _row_words(b: AnswerBuilder, row: LostRow) -> str:
    """A row that lost points in words: 分值, 得分, the points lost with their formula and the row's marker, the
    reason as written (for the funds line its 执行率, the template having no reason cell for it)."""
    source = b.cite(row.citation)
    lost = b.derived(f"{row.item}扣分", row.lost, "分", row.formula, row.entry, (source,) if source else ())
    reason = row.reason or NO_REASON
    if row.part == "funds":  # the rate is the reason, stated (and recorded) as a figure of the funds row
        reason = f"执行率 {b.figure(figure(row.entry, MetricRef(metric('rate'))))}，未全部执行（{NO_REASON}）"
    return f"分值 {format_value(row.weight, '分')}，得分 {format_value(row.score, '分')}，扣 {lost}。原因：{reason}"


def _points_total(b: AnswerBuilder, rows: Sequence[LostRow], label: str, entry: ProjectEntry | None) -> str:
    """The sum of rows' lost points as a derived figure, in words with its formula and the rows' markers:
    4.10 分（0.10 + 2.00 + …）[1]–[4]; one row's total has that row's formula (1.82 分（10.00 − 8.18）[1])."""
    if len(rows) == 1:
        row = rows[0]
        source = b.cite(row.citation)
        return b.derived(label, row.lost, "分", row.formula, entry, (source,) if source else ())
    formula = " + ".join(f"{r.lost:.2f}" for r in rows)
    return b.derived(label, _lost_sum(rows), "分", formula, entry, b.cite_all(r.citation for r in rows))


def _by_project(rows: Sequence[RowT]) -> dict[ProjectEntry, list[RowT]]:
    """Rows grouped by their project, projects in the order they first appear."""
    groups: dict[ProjectEntry, list[RowT]] = {}
    for row in rows:
        groups.setdefault(row.entry, []).append(row)
    return groups


def explain_answer(
    b: AnswerBuilder,
    lost: Sequence[LostRow],
    funds: Sequence[FigureRow],
    entries: Sequence[ProjectEntry],
    reasons: Sequence[IndicatorRow] = (),
    said: Sequence[PassageRow] = (),
) -> Answer:
    """Why a project scored or executed as it did: fund lines not fully executed, then rows that lost points.

    ``reasons``: indicator rows whose deviation reason speaks about money; ``said``: sentences of the project's
    texts about its money falling short. Both are quoted as what the table says about the unspent funds (the
    template has no reason cell for the funds line itself).
    """
    explained = bool(lost) or not funds
    for entry in entries:
        lines: dict[str, list[FigureRow]] = {}
        for row in (r for r in funds if r.entry is entry):
            lines.setdefault(row.ref.fund_kind, []).append(row)
        if lines:
            rate = next((row for row in lines.get(TOTAL_FUND, []) if row.ref.metric.key == "rate"), None)
            headline = f"的执行率为 {b.figure(rate)}，" if rate is not None and rate.value is not None else "的"
            b.say(f"{b.name(entry)}{headline}资金执行情况：")
            for kind, rows in lines.items():
                b.say(f"- {kind}：" + "，".join(f"{row.ref.metric.label} {b.figure(row)}" for row in rows))
            told = _funds_reason_lines(b, [r for r in reasons if r.entry is entry], _adjusted(rows),
                                       [s for s in said if s.entry is entry])
            explained = explained or told or any(kind != TOTAL_FUND for kind in lines)  # the short line is shown
    if lost:
        _lost_lines(b, lost)
    elif not funds:
        b.say("、".join(b.name(e) for e in entries) + "没有扣分，资金也已全部执行，表中没有需要解释的偏差。")
    return b.finish(explained)  # no reason written and no fund line to point at: the table does not hold the why


def _funds_reason_lines(
    b: AnswerBuilder, reasons: Sequence[IndicatorRow], adjusted: bool, said: Sequence[PassageRow] = ()
) -> bool:
    """What the table says about unspent funds: sentences of its texts about them, the deviation reasons that
    speak about money, or that it says nothing (then False: the why is not answered)."""
    what = f"资金未全部执行{'、预算调整' if adjusted else ''}"
    for row in said:
        b.say(f"  {FIELD_LABELS.get(row.field, row.field)}中写到：“{row.text}”{markers([b.cite(row.citation)])}")
    if not reasons and not said:
        b.say(f"  {what}的原因：{NO_REASON}。")
        return False
    if reasons:
        b.say(f"  {what}：表中没有单独说明，以下偏差原因提到资金或执行：")
    for row in reasons:
        b.say(f"  - {row.indicator.name}：“{(row.indicator.reason or '').strip()}”{markers([b.cite(row.citation)])}")
    return True


def _adjusted(rows: Sequence[FigureRow]) -> bool:
    """Whether the fund rows explained include a budget adjustment (年初预算数 ≠ 全年预算数)."""
    return any(row.ref.metric.key == "adjustment" for row in rows)


_SAME_WORDS = {"!=": "不一致", "=": "一致"}
"""Two figures of a project compared with each other (年初预算数与全年预算数一致)."""


def describe_conditions(conditions: Sequence[Condition]) -> str:
    """Conditions in Chinese: 执行率低于90.00%、年初预算数与全年预算数不一致、不是满分 (or 满分)."""
    parts = []
    for c in conditions:
        if c.metric.metric.key == "indicators_lost" and c.op == ">" and c.value == 0:
            parts.append("有绩效指标扣分")
        elif c.baseline == "mean":
            parts.append(f"{c.metric.label}{OPERATOR_WORDS[c.op]}平均值")
        elif c.baseline == "total":
            parts.append(f"{c.metric.label}占合计的比例{OPERATOR_WORDS[c.op]}{format_value(c.value, '%')}")
        elif c.against is not None and c.metric.metric.key == "total_score":
            parts.append("满分" if c.op == "=" else "不是满分")
        elif c.against is not None:
            parts.append(f"{c.metric.label}与{c.against.label}{_SAME_WORDS.get(c.op) or OPERATOR_WORDS[c.op]}")
        else:
            parts.append(f"{c.metric.label}{OPERATOR_WORDS[c.op]}{format_value(c.value, c.metric.metric.unit)}")
    return "、".join(parts)


def describe_kept(plan: Plan) -> str:
    """The projects a plan's conditions and ranking keep, in Chinese (执行率低于95.00%、全年预算数居前 3 位、总分居末
    2 位), to name what an aggregate or share is over; empty when it keeps every project in scope."""
    parts = [describe_conditions(plan.conditions)] if plan.conditions else []
    if plan.order and plan.metrics:
        end = "前" if plan.order == "desc" else "末"
        parts.append(f"{plan.metrics[0].label}居{end} {plan.limit or 1} 位")
    return "、".join(parts) or (plan.picked or "")


def set_share_answer(
    b: AnswerBuilder,
    share: FigureRow,
    part: tuple[FigureRow, Sequence[FigureRow]],
    total: tuple[FigureRow, Sequence[FigureRow]],
    kept: Sequence[ProjectEntry],
    kept_text: str,
) -> Answer:
    """The kept projects' sum as a share of the sum over every project in scope: the share first, then both sums
    with their terms, then which projects were kept, so the reader can check each step."""
    if share.value is None:
        b.say(f"没有可计算{share.label}的数值。")
        return b.finish(False)
    label = part[0].ref.label
    if part[0].ref.metric.key == "count":  # 评优的比例: how many of the projects in scope
        b.say(f"{b.scope_words()}{kept_text}的项目 {b.figure(part[0])}，占全部 {b.figure(total[0])}项目的 {b.figure(share)}。")
        for entry in kept:
            b.item()
            b.say(f"- {_named_cited(b, entry)}")
        b.end_items()
        return b.finish(True)
    operands = [*part[1], *total[1]]  # the share's markers: every amount in either sum
    b.say(f"{b.scope_words()}{kept_text}的项目（{len(part[1])} 个）{label}合计占全部项目的 {b.figure(share, operands)}。")
    b.say(f"其中，{kept_text}的项目{label}合计 {b.figure(*part)}，全部 {len(total[1])} 个项目{label}合计 "
          f"{b.figure(*total)}。")
    if kept and not many_reports(kept):
        b.say(f"{kept_text}的项目：" + "、".join(b.name(entry) for entry in kept) + "。")
    return b.finish(True)


def ranking_answer(
    b: AnswerBuilder,
    rows: Sequence[FigureRow],
    descending: bool,
    limit: int,
    only_place: bool = False,
    shown: Sequence[FigureRow] = (),
) -> Answer:
    """最高/最低 N projects by a figure, numbered; projects tied at the cut are all listed and said to tie.

    ``shown``: other figures of the ranked projects the question asked for (预算最大的项目执行率多少), each
    stated after the figure ranked by.
    """
    if not rows:
        b.say("表中没有读出可用于排序的数值。")
        return b.finish(False)
    among = f"在{describe_conditions(b.plan.conditions)}的项目中，" if b.plan.conditions else ""  # 评了优的项目里…
    label = rows[0].ref.label
    word = _extreme_word(rows[0].ref, descending)
    if only_place:
        place = f"{'从高到低' if descending else '从低到高'}排第 {limit}"
        named = "、".join(f"{b.name(row.entry)}（{b.figure(row)}{_also(b, row, shown)}）" for row in rows)
        b.say(f"{among}{label}{place} {'（并列）' if len(rows) > 1 else ''}的项目是{named}。")
        return b.finish(True)
    if len(rows) == 1:
        row = rows[0]
        b.say(f"{among}{label}{word}的项目是{b.name(row.entry)}，{label} {b.figure(row)}{_also(b, row, shown)}。")
        return b.finish(True)
    tied = f"（含并列，共 {len(rows)} 个）" if len(rows) > limit else ""
    direction = "从高到低" if descending else "从低到高"
    first = rows[0]
    b.say(f"{among}{label}{word}的是{b.name(first.entry)}（{b.figure(first)}）；{label}{word}的"
          f"{'' if limit == 1 else f' {limit} 个'}项目{tied}，按{label}{direction}：")
    for number, row in enumerate(rows, 1):
        b.item()
        b.say(f"{number}. {b.name(row.entry)}：{b.figure(row)}{_also(b, row, shown)}")
    b.end_items()
    return b.finish(True)


def versus_mean_answer(b: AnswerBuilder, rows: Sequence[FigureRow], baseline: tuple[FigureRow, Sequence[FigureRow]]) -> Answer:
    """Each named project's figure against the mean (or overall rate) over the projects in scope: both figures, then
    how far above or below, as a subtraction a reader can check."""
    mean, terms = baseline
    if mean.value is None or not rows:
        b.say("没有可比较的数值。")
        return b.finish(False)
    label = mean.label or mean.ref.label
    over = list(dict.fromkeys(term.entry for term in terms if term.entry is not None))
    reports = {entry.document.file_name for entry in over}
    where = origin(over[0].document) if len(reports) == 1 else f"跨 {_reports_words(over)}"
    baseline_text = f"{where} {len(over)} 个项目的{label}（{b.figure(mean, terms)}）"
    for row in rows:
        value = numeric_value(row)
        if value is None:
            b.say(f"{b.name(row.entry)}：表中没有{row.ref.label}。")
            continue
        gap = round(value - mean.value, 2)
        unit = "个百分点" if row.ref.metric.unit == "%" else row.ref.metric.unit
        way = "高" if gap > 0 else "低" if gap < 0 else "持平"
        stated = f"{b.name(row.entry)}：{row.ref.label} {b.figure(row)}，比{baseline_text}{way}"
        sources = b.cite_all([row.citation, *(term.citation for term in terms)])
        shown = b.derived(f"{row.ref.label}与{label}之差", abs(gap), unit, f"{value:.2f} − {mean.value:.2f}",
                          row.entry, sources) if gap else ""
        b.say(f"{stated}{(' ' + shown) if shown else ''}。")
        baseline_text = label  # said in full once
    return b.finish(True)


def group_change_answer(b: AnswerBuilder, first: Sequence[tuple], last: Sequence[tuple]) -> Answer:
    """One department's aggregate in its first and last year of the scope, the change first (so departments rank by
    it): ``变化 +23.74 个百分点（98.76 − 75.02）：2023年 75.02%（…）→ 2024年 98.76%（…）``."""
    if not first or not last:
        b.say("只有一个年度的报告，无从比较。")
        return b.finish(False)
    (year_a, a, terms_a), (year_b, z, terms_b) = first[0], last[0]
    if a.value is None or z.value is None:
        b.say("没有可比较的数值。")
        return b.finish(False)
    label = a.label or a.ref.label
    unit = "个百分点" if a.ref.metric.unit == "%" else a.ref.metric.unit
    sources = b.cite_all([t.citation for t in (*terms_a, *terms_b)])
    change = b.derived(f"{label}变化（{year_a}→{year_b}）", z.value - a.value, unit, f"{z.value:.2f} − {a.value:.2f}",
                       None, sources)
    b.say(f"{label}变化 {change}：{year_a}年 {b.figure(a, terms_a)} → {year_b}年 {b.figure(z, terms_b)}。")
    return b.finish(True)


def change_answer(b: AnswerBuilder, rows: Sequence[FigureRow], increase: bool, limit: int) -> Answer:
    """The projects whose figure grew (or fell) most between the scope's first and last year, each with the
    subtraction and both years' rows cited; said plainly when no project moved that way, or none was reported in
    both years."""
    moved = sorted((row for row in rows if (row.value > 0 if increase else row.value < 0)),
                   key=lambda row: row.value, reverse=increase)
    label = rows[0].ref.label if rows else "变化"
    way = "增加" if increase else "减少"
    if not moved:
        b.say(f"没有项目{label.replace('变化', way)}。" if rows else "所问的年度中没有同名项目可以逐年对比。")
        return b.finish(False)
    kept = moved[:limit] + [row for row in moved[limit:] if row.value == moved[limit - 1].value]

    def said(row: FigureRow) -> str:
        now, then = row.terms
        return (f"{b.name(then.entry)} {b.figure(then)} → {b.name(now.entry)} {b.figure(now)}，"
                f"{way} {b.figure(replace(row, value=abs(row.value), terms=()), row.terms)}")

    heading = f"{label.replace('变化', way)}最多的"
    if len(kept) == 1:
        b.say(f"{heading}是{said(kept[0])}。")
        return b.finish(True)
    b.say(f"{heading} {len(kept)} 个项目：")
    for number, row in enumerate(kept, 1):
        b.item()
        b.say(f"{number}. {said(row)}")
    b.end_items()
    return b.finish(True)


def _also(b: AnswerBuilder, ranked: FigureRow, shown: Sequence[FigureRow]) -> str:
    """The other figures asked of a ranked project, as "，执行率 99.57%" (nothing when none was asked)."""
    return "".join(f"，{row.ref.label} {b.figure(row)}" for row in shown if row.entry == ranked.entry)


def _extreme_word(ref: MetricRef, descending: bool) -> str:
    """最多/最少 for amounts of points lost, 最高/最低 for everything else."""
    if ref.metric.key == "lost":
        return "最多" if descending else "最少"
    return "最高" if descending else "最低"


def position_answer(
    b: AnswerBuilder, ranked: Sequence[FigureRow], named: Sequence[ProjectEntry], descending: bool
) -> Answer:
    """Where named projects stand in a ranking of every project in scope (第几名, out of how many)."""
    if not ranked:
        b.say("表中没有读出可用于排序的数值。")
        return b.finish(False)
    label = ranked[0].ref.label
    direction = "从高到低" if descending else "从低到高"
    for entry in named:
        row = next((r for r in ranked if r.entry is entry), None)
        if row is None:
            b.say(f"{b.name(entry)}的{label}表中未读出，无法排名。")
            continue
        place = 1 + sum(1 for r in ranked if (r.value > row.value if descending else r.value < row.value))
        b.figures.append(Figure(f"{label}排名", float(place), "名", entry.project.seq,
                                f"{direction}第 {place} 名，共 {len(ranked)} 个项目", entry.document.file_name))
        b.say(f"{b.name(entry)}的{label}为 {b.figure(row)}，在 {len(ranked)} 个项目中{direction}排第 {place} 名。")
    return b.finish(True)


def filter_answer(
    b: AnswerBuilder, matches: Sequence[Sequence[FigureRow]], condition_text: str, op: str | None = None
) -> Answer:
    """The projects meeting the conditions, each with the figures tested; ``op``: the first condition's operator,
    for the headline to name the project furthest past it."""
    if not matches:
        b.say(f"没有{condition_text}的项目。")
        return b.finish(False)  # no project meets it: said plainly, found=false (the bank's convention)
    b.say(f"{condition_text}的项目共 {len(matches)} 个{_most_notable(b, matches, op)}：")
    _say_group_counts(b, [rows[0].entry for rows in matches])
    for number, rows in enumerate(matches, 1):
        b.item()
        shown = list({row.ref: row for row in rows if row.ref.metric.key != "total_weight"}.values())
        parts = "，".join(f"{row.ref.label} {b.figure(row)}" for row in shown)
        b.say(f"{number}. {b.name(rows[0].entry)}：{parts}")
    b.end_items()
    return b.finish(True)


def _say_group_counts(b: AnswerBuilder, entries: Sequence[ProjectEntry]) -> None:
    """Over many reports, one line saying how many of the projects listed each department (or year) has, the most
    first — the list itself shows its first MAX_ITEMS; nothing over a few reports."""
    if not many_reports(entries):
        return
    kind, groups = report_groups(entries)
    ranked = sorted(groups.items(), key=lambda group: -len(group[1]))  # stable: store order among equals
    counts = "、".join(f"{name} {len(members)} 个" for name, members in ranked[:MAX_ITEMS])
    more = f"，另有 {len(ranked) - MAX_ITEMS} {_GROUP_UNITS[kind]}" if len(ranked) > MAX_ITEMS else ""
    b.say(f"按{kind}：{counts}{more}。")


def _most_notable(b: AnswerBuilder, matches: Sequence[Sequence[FigureRow]], op: str | None) -> str:
    """The project furthest past a condition's threshold, said in the headline of a filter answer: the lowest of
    those below it (执行率低于90%: 63.23%), the highest of those above; nothing for one project or no number."""
    tested = [rows[0] for rows in matches if numeric_value(rows[0]) is not None]
    b.cite_all(row.citation for row in tested)  # numbered in the list's order, though the headline names one first
    if len(tested) < 2 or op not in ("<", "<=", ">", ">="):
        return ""
    low = op in ("<", "<=")
    row = (min if low else max)(tested, key=lambda r: r.value)
    return f"，{'最低' if low else '最高'}的是{b.mention(row.entry)}（{row.ref.label} {b.figure(row)}）"


def aggregate_answer(
    b: AnswerBuilder,
    result: FigureRow,
    terms: Sequence[FigureRow],
    condition_text: str,
    parts: Sequence[tuple[FigureRow, Sequence[FigureRow]]] = (),
    sums: Sequence[FigureRow] = (),
    kind: str = "报告",
) -> Answer:
    """An aggregate with its formula, then the same per group (``parts``: each with its terms; ``kind``: 报告, 部门 or
    年度, see ``report_groups``) when several reports are stored; the terms are cited.

    ``sums``: the totals a rate divides (Σ全年预算数, Σ全年执行数), stated as figures of their own, since a
    reader of 整体执行率 usually wants the amounts too. Over many reports the text names neither the reports nor
    the projects a condition kept (hundreds): the groups say how the total is made, the sources list every operand.
    """
    label = result.label or result.ref.label
    if result.value is None:
        b.say(f"没有可计算{label}的数值。")
        return b.finish(False)
    scope = f"{b.scope_words()}{condition_text}的项目" if condition_text else f"{b.scope_words() or '所有'}项目"
    if b.plan.excluded or b.plan.drop:  # 除去X: the rest, said as such
        counted = len({term.entry for term in terms if term.entry is not None}) or len(terms)
        scope = f"{b.scope_words()}其余 {counted} 个项目" if not condition_text else scope
    if b.plan.projects:
        named = dict.fromkeys(term.entry for term in terms if term.entry is not None)
        scope = "、".join(b.name(entry) for entry in named) + f"这 {len(named)} 个项目"
    kept = list(dict.fromkeys(term.entry for term in terms if term.entry is not None))
    grouped = many_reports(kept)
    section = b.plan.group_by is not None and len(b.plan.scope.documents) > MAX_ITEMS  # 每个局… over a bureau
    across = f"跨 {_reports_words(kept, named=not section)}合计：" if parts else ""
    b.say(f"{across}{scope}的{label}为 {b.figure(result, terms)}。")
    test = b.plan.total_test
    if test is not None:  # 加起来过没过1.5个亿: the total against the number asked, in words
        b.say(_test_words(test, result.value, label))
    if condition_text and not b.plan.projects:  # which projects the condition kept, so the sum can be checked
        names = [b.name(entry) for entry in kept]
        b.say(f"{condition_text}的项目共 {len(kept)} 个，逐个见来源。" if grouped else
              f"{condition_text}的项目：" + "、".join(names) + "。")
    unstated = [row for row in sums if not b.stated(row)]  # 预算合计和整体执行率: the Σ was just said
    if unstated:
        b.say("其中 " + "，".join(f"{row.label} {b.figure(row, [t for t in terms if t.ref == row.ref])}"
                                  for row in unstated) + "。")
    if parts and not section:  # one group's section of twenty says its figure; ask the group for its reports
        b.say(f"{'分报告' if kind == '报告' else f'按{kind}'}看：")
        for part, part_terms in parts:
            b.item()
            b.say(f"- {part.label}：{b.figure(part, part_terms)}")
        b.end_items(_GROUP_UNITS[kind] if grouped else "")
    return b.finish(True)  # every term is cited: the headline's figure cites them as its operands


_GROUP_UNITS = {"报告": "份报告", "部门": "个部门", "年度": "个年度"}
"""How groups of each kind are counted: 另有 10 个部门."""


def _reports_words(entries: Sequence[ProjectEntry], named: bool = True) -> str:
    """The reports projects come from, in words: each named (2 份报告（示例市生态环境局 2024年度、…）), or over many
    reports (or when not ``named``) their count, departments and years (100 份报告（20 个部门，2021–2025年度）)."""
    reports = list(dict.fromkeys(origin(entry.document) for entry in entries))
    if named and not many_reports(entries):
        return f"{len(reports)} 份报告（{'、'.join(reports)}）"
    departments = {entry.document.department for entry in entries}
    years = years_reported(entries)
    span = f"{years[0]}–{years[-1]}年度" if len(years) > 1 else f"{years[0]}年度" if years else "年度未知"
    return f"{len(reports)} 份报告（{f'{len(departments)} 个部门，' if len(departments) > 1 else ''}{span}）"


def count_answer(b: AnswerBuilder, result: FigureRow, listed: Sequence[ProjectEntry], condition_text: str) -> Answer:
    """How many projects (meet the conditions), and which."""
    scope = f"{condition_text}的项目" if condition_text else "项目"
    if b.plan.among_named and b.scope_words():
        b.say(f"上一轮列出的项目中，属于{b.scope_words()}的有 {b.figure(result)}{scope}。")  # 有几个是水务局的
    else:
        b.say(f"{b.scope_words()}共有 {b.figure(result)}{scope}。")
    _say_group_counts(b, listed)
    for entry in listed:
        b.item()
        b.say(f"- {_named_cited(b, entry)}")
    b.end_items()
    return b.finish(True)


_NAMED_IN_GROUP = 3
"""When every group holds this many projects or fewer, each is named; otherwise each group's are counted and cited."""


def groups_answer(b: AnswerBuilder, kind: str, groups: dict[str, list[ProjectEntry]]) -> Answer:
    """有几年的数据, 分布在几个部门: how many departments or years the projects kept fall in, each named with its
    projects (cited by their name rows)."""
    condition_text = describe_kept(b.plan)
    named = list(dict.fromkeys(entry.name for entries in groups.values() for entry in entries)) if b.plan.projects else []
    whose = ("、".join(f"**{name}**" for name in named) if named else f"{condition_text}的项目" if condition_text
             else f"{b.scope_words()}的项目" if b.scope_words() else "库中的项目")
    said = {"departments": "分布在 {}部门", "years": "分布在 {}年度", "implementers": "由 {}实施单位实施"}[kind]
    b.say(whose + said.format(b.figure(groups_count(groups, kind))) + "：")
    each_named = all(len(entries) <= _NAMED_IN_GROUP for entries in groups.values())
    for label, entries in groups.items():
        b.item()
        if each_named:  # 耕地保护那个项目哪几年有: each year's project named
            named_here = "、".join(_named_cited(b, entry) for entry in entries)
            b.say(f"- {label}：{named_here}")
            continue
        cited = markers([b.cite(entry.cite(None, "name", entry.name)) for entry in entries])
        b.say(f"- {label}：{len(entries)} 个项目{cited}")
    b.end_items()
    return b.finish(bool(groups))


def _named_cited(b: AnswerBuilder, entry: ProjectEntry) -> str:
    """A project named in bold with the marker of its name row: what a list of projects counted cites."""
    return f"{b.name(entry)}{markers([b.cite(entry.cite(None, 'name', entry.name))])}"


def indicators_answer(
    b: AnswerBuilder, rows: Sequence[IndicatorRow], status: str | None, actual: tuple[str, float] | None = None
) -> Answer:
    """Indicator rows: target, actual, 分值/得分, lost points and reason where any."""
    what = _STATUS_WORDS.get(status or "", f"{b.plan.indicator_level}指标" if b.plan.indicator_level else "指标")
    if actual is not None:
        what = f"实际完成值{OPERATOR_WORDS[actual[0]]} {actual[1]:g} 的{what}"
    if not rows:
        b.say(f"没有找到{what}。")
        return b.finish(bool(status or actual))
    counting = b.plan.aggregate == "count"
    if (status or actual) and not (b.plan.projects and len(rows) == 1) or (counting and not b.plan.projects):
        b.say(f"{what}共 {b.count(what + '数', len(rows))} 项：")
    per_project = _by_project(rows)
    for entry, own in per_project.items():
        b.item()
        kind = f"{b.plan.indicator_level}指标" if b.plan.indicator_level else "绩效指标"
        count = f"共有 {b.count(f'{kind}数', len(own), entry)} 个{kind}" if counting else ""
        b.say(f"{b.name(entry)}{count}：")
        for row in own:
            evidence = mis_entry_evidence(row.entry, row.indicator) if b.plan.indicator_status == "mis_entered_possible" else None
            b.say("- " + _indicator_line(b, row) + (f"（{evidence}）" if evidence else ""))
    b.end_items()
    return b.finish(True)


def unmeasured_answer(b: AnswerBuilder, rows: Sequence[IndicatorRow]) -> Answer:
    """The measured value was asked (实际降到多少) but the table prints words (达成指标): say what it prints and that
    it holds no number, rather than answer with the row's score."""
    for row in rows:
        indicator = row.indicator
        b.say(f"表中{b.name(row.entry)}的“{indicator.name}”实际完成值写的是“{indicator.actual_text or '（空）'}”，"
              f"年度指标值为“{indicator.target_text or '（空）'}”，没有具体数值。{markers([b.cite(row.citation)])}")
    return b.finish(False)


def _indicator_line(b: AnswerBuilder, row: IndicatorRow) -> str:
    """One indicator row in words, recording its numbers as figures: targets and actuals as staff write them
    (>4 次, ≥90.00%), words (提升, 达成指标) as printed. The row's figures are one run from one source: its marker
    follows the last of them."""
    ind, entry = row.indicator, row.entry
    seq, doc = entry.project.seq, entry.document.file_name
    source = b.cite(row.citation)
    sources = (source,) if source else ()
    mark = markers(sources)
    if ind.target_value is not None:
        b.figures.append(Figure(f"{ind.name}目标值", ind.target_value, ind.target_unit or "", seq, None, doc, sources))
    if ind.actual_value is not None:
        b.figures.append(Figure(f"{ind.name}实际完成值", ind.actual_value, ind.actual_unit or "", seq, None, doc,
                                sources))
    target = _written(ind.target_op, ind.target_value, ind.target_unit, ind.target_text)
    actual = _written(None, ind.actual_value, ind.actual_unit, ind.actual_text)
    text = f"{ind.name}：年度指标值 {target}，实际完成值 {actual}"
    if ind.weight is None or ind.score is None:
        return text + mark
    b.figures.append(Figure(f"{ind.name}分值", ind.weight, "分", seq, None, doc, sources))
    b.figures.append(Figure(f"{ind.name}得分", ind.score, "分", seq, None, doc, sources))
    text += f"，分值 {format_value(ind.weight, '分')}，得分 {format_value(ind.score, '分')}"
    reason = ind.reason.strip() if ind.reason and ind.reason.strip() else None
    if ind.lost and ind.lost > 0:
        formula = f"{ind.weight:.2f} − {ind.score:.2f}"
        text += f"，扣 {b.derived(f'{ind.name}扣分', ind.lost, '分', formula, entry, sources)}"
        return text + f"；原因：{reason or NO_REASON}"
    return text + mark + (f"；偏差说明：{reason}" if reason else "")


def _written(op: str | None, value: float | None, unit: str | None, printed: str) -> str:
    """A target or actual as staff write it (>4 次, ≥90.00%, 81.64%); the printed text when it is words."""
    if value is None:
        return printed
    return f"{'' if op in (None, '=') else op}{format_value(value, unit or '')}"


def passages_answer(b: AnswerBuilder, rows: Sequence[PassageRow], heading: str) -> Answer:
    """Quoted passages grouped by project, each cited."""
    if not rows:
        b.say(f"没有找到{heading}。")
        return b.finish(False)
    current = None
    for row in rows:
        if row.entry is not current:
            current = row.entry
            b.say(f"{b.name(row.entry)}（{FIELD_LABELS.get(row.field, row.field)}）：")
        b.say(f"> {row.text}{markers([b.cite(row.citation)])}")
    return b.finish(True)


_ABOUT_FIELDS = frozenset({"name", "goal", "result"})
"""Where a project is about a topic; an indicator row mentioning it (区域大气和水环境质量) is only in passing."""


def topic_answer(b: AnswerBuilder, rows: Sequence[PassageRow], topic: str) -> Answer:
    """Which projects touch a topic: the list first, then each one's quoted passages."""
    if not rows:
        b.say(f"没有找到涉及“{topic}”的项目内容。可以换一个关键词，或问某个项目完成了哪些工作、有哪些指标。")
        return b.finish(False)
    entries = list(dict.fromkeys(row.entry for row in rows))
    about = [e for e in entries if any(r.entry is e and r.field in _ABOUT_FIELDS for r in rows)]
    if about:  # a project whose name or texts are about the topic; one whose indicator only mentions it is no answer
        passing = [e for e in entries if e not in about]
        entries = about
    else:
        passing = []
    if many_reports(entries):
        _topic_groups(b, entries, [row for row in rows if row.entry in set(entries)], topic)
        if passing:
            b.say(f"另有 {len(passing)} 个项目只在绩效指标中提到“{topic}”（未计入）。")
        return b.finish(True)
    b.say(f"涉及“{topic}”的项目有 {len(entries)} 个：" + "、".join(b.name(e) for e in entries) + "。")
    if passing:
        b.say(f"另有 {len(passing)} 个项目只在绩效指标中提到“{topic}”（未计入）：" + "、".join(e.name for e in passing) + "。")
    for entry in entries:
        b.item()
        b.say(f"{b.name(entry)}：")
        for row in (r for r in rows if r.entry is entry):
            b.say(f"> {row.text}（{FIELD_LABELS.get(row.field, row.field)}）{markers([b.cite(row.citation)])}")
    b.end_items()
    return b.finish(True)


def _topic_groups(b: AnswerBuilder, entries: Sequence[ProjectEntry], rows: Sequence[PassageRow], topic: str) -> None:
    """Projects about a topic over many reports, by department (or year), the groups with the most first: how many
    and the first few by name; each project's first passage is cited for the sources table, not quoted."""
    kind, groups = report_groups(entries)
    reports = len({entry.document.file_name for entry in entries})
    b.say(f"涉及“{topic}”的项目有 {len(entries)} 个，分布在 {reports} 份报告；按{kind}（{len(groups)} 个），按项目数从多到少：")
    for name, members in sorted(groups.items(), key=lambda group: -len(group[1])):
        b.item()
        first = "、".join(_within(entry, kind) for entry in members[:_NAMED_IN_GROUP])
        b.say(f"- **{name}**：{len(members)} 个，{first}{'等' if len(members) > _NAMED_IN_GROUP else ''}")
    b.end_items(_GROUP_UNITS[kind])
    for entry in entries:  # the answer's projects, for a follow-up and the table view
        b.name(entry)
    b.cite_all(row.citation for row in {row.entry: row for row in reversed(rows)}.values())  # each one's best
    b.say(f"问某个部门某一年哪些项目涉及“{topic}”，可看引用的原文。")


_NAMED_IN_GROUP = 3
"""A group's line names this many of its projects."""


def findings_answer(
    b: AnswerBuilder, rows: Sequence[FindingRow], restored_detail: bool = False, named: Sequence[ProjectEntry] = ()
) -> Answer:
    """Reconciliation findings: what does not add up, by project; none is itself an answer.

    Values the reader lost and the table's rules restored are not mismatches:
    they are counted in one line, and listed only when asked (``restored_detail``).
    ``named``: the projects the question was about, said by name when they have no finding.
    """
    who = "、".join(b.name(e) for e in named) + "：" if named else ""
    checks = [r for r in rows if r.kind != "restored"]
    restored = [r for r in rows if r.kind == "restored"]
    if b.plan.aggregate == "count":  # 有几个项目被核对出问题: the projects counted first
        counted = restored if restored_detail else checks
        projects = len({r.entry.key for r in counted})
        b.say(f"共 {b.count('项目数', projects)} 个项目{'有补全的数值' if restored_detail else '核对出问题'}。")
    if restored_detail:
        _finding_lines(b, restored, f"共有 {len(restored)} 处原文缺失、已按表内规则补全的数值：", f"{who}没有原文缺失需要补全的数值。")
        return b.finish(True)
    _finding_lines(b, checks, f"核对发现 {len(checks)} 处数据对不上：",
                   f"{who}核对结果：执行率、资金得分、指标得分与总分、评分等级都对得上，没有发现不一致。")
    if restored:
        b.say(f"另有 {len(restored)} 处原文缺失的数值已按表内规则补全（问“哪些数值是补全的”可看明细）。")
    return b.finish(True)


def _finding_lines(b: AnswerBuilder, rows: Sequence[FindingRow], heading: str, none: str) -> None:
    """Findings one per line with their project, cited; ``none`` when there are none."""
    b.say(heading if rows else none)
    for row in rows:
        b.item()
        b.say(f"- {b.name(row.entry)}：{row.message}{markers([b.cite(row.citation)])}")
    b.end_items()


def restored_answer(b: AnswerBuilder, rows: Sequence[FigureRow], label: str) -> Answer:
    """Projects whose figure the table left blank, with the value the template's rule gives it."""
    if not rows:
        b.say(f"所有项目都填写了{label}。")
        return b.finish(True)
    counted = b.count("项目数", len(rows)) if b.plan.aggregate == "count" else str(len(rows))  # 补上的有几个
    b.say(f"{counted} 个项目的{label}表中未填写，按规则补全：")
    for row in rows:
        b.item()
        b.say(f"- {b.name(row.entry)}：{label} {b.figure(row)}（{row.restored_by}）")
    b.end_items()
    return b.finish(True)


def nameless_answer(b: AnswerBuilder, entries: Sequence[ProjectEntry]) -> Answer:
    """Projects without a readable name, with the indicators they can be recognised and asked by."""
    if not entries:
        b.say("所有项目都有项目名称。")
        return b.finish(True)
    b.say(f"{len(entries)} 个项目的表中没有可读的项目名称：")
    for entry in entries:
        hints = "、".join(ind.name for ind in entry.project.indicators[:3])
        mark = markers([b.cite(entry.cite(None, "name", entry.name))])
        b.say(f"- {b.name(entry)}{mark}：可按序号或它的指标来问（如{hints}）。")
    return b.finish(True)


def list_answer(b: AnswerBuilder, rows: Sequence[FigureRow], count: int) -> Answer:
    """Every project in scope, numbered by seq, with the figures asked (预算 and 总分 by default); with projects left
    out, numbered 1… as listed, so 第二个 after it is the second shown."""
    picked = f"{b.plan.picked}的项目" if b.plan.picked else ""  # 比2023年度新增的项目共 1 个
    b.say(f"{picked}共 {count} 个{'' if picked else '项目'}：")
    renumbered = bool(b.plan.excluded or b.plan.drop or b.plan.picked)
    for number, (entry, group) in enumerate(_by_project(rows).items(), 1):
        b.item()
        parts = "，".join(f"{row.ref.label} {b.figure(row)}" for row in group)
        b.say(f"{number if renumbered else entry.project.seq}. {b.name(entry)}：{parts}")
    b.end_items()
    return b.finish(True)


def clarify_answer(b: AnswerBuilder, candidates: Sequence[ProjectEntry]) -> Answer:
    """Ask back: the question fits several projects; list them to choose from."""
    many = len(candidates) > MAX_ITEMS
    b.say(f"您指的是哪一个项目？符合的有{f' {len(candidates)} 个' if many else ''}：")
    for number, entry in enumerate(candidates, 1):
        b.item()
        b.say(f"{number}. {b.name(entry)}")
    b.end_items("个项目")
    b.say("请说出项目名称，或回复“第几个”" + (f"；要对这 {len(candidates)} 个项目一并作答，请说“它们”（如“那它们的总分呢”）。"
                                        if many else "。"))
    return b.finish(False)


def not_found_answer(b: AnswerBuilder, message: str, catalog: Catalog, suggestions: Sequence[ProjectEntry]) -> Answer:
    """The data does not hold the answer: say so, and offer what does exist."""
    b.say(message)
    if catalog.entries:
        b.say(f"库中现有：{catalog.describe_contents()}。")
        if suggestions:
            b.say("您是不是想问：" + "、".join(f"**{e.name}**" for e in suggestions) + "？")
        b.say("可以问：各项目的得分、评分等级、预算与执行率、扣分原因、绩效指标完成情况、排名和合计等。")
    return b.finish(False)


def not_understood_answer(b: AnswerBuilder, accounting: Accounting, understood: str) -> Answer:
    """Part of the question went into no part of the plan: say what was understood, what was not, and how to ask.

    Answering the rest would answer a nearby question with real-looking figures; so nothing is answered, and
    the question without the unread words is offered as one that can be.
    """
    unread = "、".join(f"“{part.text}”" for part in accounting.unread)
    reasons = list(dict.fromkeys(part.reason for part in accounting.unread if part.reason))
    b.say(f"未能理解问题中的{unread}，所以没有回答，以免答非所问。" + ("".join(f"{r}。" for r in reasons)))
    b.say(f"我理解到的部分：{understood}。")
    rest = accounting.without_unread() if all(part.reason for part in accounting.unread) else None
    if rest:
        b.say(f"可以这样问：“{rest}”；或换一种说法把{unread}说清楚。")
    else:
        b.say(f"请换一种说法把{unread}说清楚，或拆成几个简单的问题分别问。")
    return b.finish(False, "not_understood")
