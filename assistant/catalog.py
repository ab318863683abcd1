"""A read-only snapshot of the stored documents, indexed for answering: built once, shared by every question.

``Store.documents()`` rebuilds records from SQL; doing that per question would
cost far more than the 50 ms an answer may take. The engine keeps one
``Catalog`` and builds a new one only when the store hands back a new list
(after an ingest, a deletion or a correction). The catalog reads staff's
corrections (校对) into the records it holds; the printed text stays with each
correction, for citations and for questions that still use it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from assistant.contract import Citation, ProjectRef
from assistant.plan import ProjectKey
from ingest.corrections import corrected, holding
from assistant.printed import label_and_printed
from ingest.passages.build import project_texts
from ingest.records import Correction, Document, Project, SourceRef


T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class ProjectEntry:
    """A project with the document it came from (department, year and file name for answers and citations).

    Compared and hashed by identity: a catalog holds one entry per project.
    """

    document: Document
    project: Project
    corrections: tuple[Correction, ...] = ()  # staff's 校对 applied to this project; each keeps the printed text
    _kept: dict[Hashable, Any] = field(default_factory=dict, repr=False)  # see ``kept``

    @cached_property
    def key(self) -> ProjectKey:
        """The (document, seq) identity of this project (kept: selections look it up for every project in scope)."""
        return ProjectKey(self.document.file_name, self.project.seq)

    @cached_property
    def texts(self) -> tuple[tuple[str, str, SourceRef], ...]:
        """(field, text, source) of every passage of this project, cut as the passage index cuts them; computed once."""
        return tuple(project_texts(self.project))

    @cached_property
    def all_text(self) -> str:
        """Every passage of this project in one string, one a line: a word none of them holds is not in it, so a topic
        is looked for in a bureau's 2,300 projects before their 21,000 passages."""
        return "\n".join(text for _, text, _ in self.texts)

    @property
    def name(self) -> str:
        """The display name (a placeholder naming the position when the table has none)."""
        return self.project.name

    @property
    def match_name(self) -> str:
        """The names a question may use for this project: its (corrected) name, and the name as printed when staff
        corrected it (one per line, so no stretch spans both) — people who read the PDF still type what it says."""
        printed = [c.printed for c in self.corrections if c.field == "project_name"]
        return "\n".join([self.project.name, *printed])

    def as_printed(self, text: str) -> str:
        """``text`` as the report prints it: each corrected value in it back to its printed text."""
        for correction in self.corrections:
            text = text.replace(correction.corrected, correction.printed)
        return text

    def as_corrected(self, text: str) -> str:
        """``text`` quoted from the report (a stored passage) with each printed value staff corrected replaced."""
        for correction in self.corrections:
            if correction.printed:
                text = text.replace(correction.printed, correction.corrected)
        return text

    def ref(self) -> ProjectRef:
        """The contract's reference to this project."""
        return ProjectRef(
            seq=self.project.seq,
            name=self.project.name,
            document=self.document.file_name,
            department=self.document.department,
            year=self.document.year,
        )

    def row(self, source: SourceRef | None, field_name: str, quote: str | Callable[[], str],
            what: Hashable = None) -> Cited:
        """The row ``source`` of this project as an answer may cite it, the citation built only when it is shown.
        ``quote``: the text it quotes, or what makes it; ``what``: which quote of the row it is, when the row is
        quoted more than one way by something other than a text (a figure of it: its ``MetricRef``)."""
        return Cited(self, source, field_name, quote, quote if isinstance(quote, str) else what)

    def cite(self, source: SourceRef | None, field_name: str, text: str) -> Citation:
        """A citation of ``text`` read from ``source`` (the project's table start when None) of this project."""
        return self.row(source, field_name, text).citation()

    def kept(self, key: Hashable, make: Callable[[], T]) -> T:
        """What ``make`` computes from this project, computed once under ``key`` and kept: a catalog's entries live as
        long as the store is unchanged, and an answer over a bureau's 2,300 projects reads (a figure of each) and
        cites (a row quoted and rebuilt as printed) the same rows question after question."""
        if key not in self._kept:
            self._kept[key] = make()
        return self._kept[key]

    def citation_of(self, cited: Cited) -> Citation:
        """The citation of one of this project's rows (kept, see ``kept``)."""
        def make() -> Citation:
            """Quote the row and rebuild it as printed."""
            return self._citation(cited.source, cited.field, cited.quote if isinstance(cited.quote, str) else cited.quote())
        return self.kept(cited, make)

    def _citation(self, source: SourceRef | None, field_name: str, text: str) -> Citation:
        """The citation ``citation_of`` keeps."""
        where = source or self.project.source
        label, printed = label_and_printed(self.project, where, field_name, text)
        printed = self.as_printed(printed)  # the row as the report prints it, before staff's corrections (校对)
        return Citation(
            document=self.document.file_name,
            page=where.page,
            line=where.line,
            project_seq=self.project.seq,
            field=field_name,
            text=text,
            department=self.document.department,
            year=self.document.year,
            report=report_name(self.document),
            location=location(where.page, where.line),
            project=self.project.name,
            label=label,
            printed=printed,
        )


@dataclass(frozen=True)
class Cited:
    """A row an answer may cite, before it is cited: an operation reads every row in scope (2,300 fund lines to rank
    a bureau's projects) while an answer shows a few, and a citation (its quote, the row as printed) costs far more
    than the figure, so it is built only when the answer states the row (``citation``)."""

    entry: ProjectEntry
    source: SourceRef | None
    field: str
    quote: str | Callable[[], str] = field(compare=False)  # what ``what`` says, made only when cited
    what: Hashable = None  # which quote of the row: the text itself, or what determines it
    _made: list[Citation] = field(default_factory=list, init=False, compare=False, repr=False)

    def citation(self) -> Citation:
        """The row's citation (remembered by its project, see ``ProjectEntry.citation_of``, and by this row: a
        figure's row is kept by its project, so a sum over a bureau's 2,300 projects cites the same rows question
        after question without looking each up again)."""
        if not self._made:
            self._made.append(self.entry.citation_of(self))
        return self._made[0]


@dataclass
class Catalog:
    """Every stored project in document order, with lookups by key and by document."""

    documents: list[Document]
    entries: list[ProjectEntry] = field(init=False)
    _by_key: dict[ProjectKey, ProjectEntry] = field(init=False, repr=False)
    _scopes: dict[tuple[str, ...], tuple[ProjectEntry, ...]] = field(init=False, repr=False, default_factory=dict)
    _indicator_names: dict[tuple[str, ...], tuple[str, ...]] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        """Apply staff's corrections (校对) once: every answer, resolution and citation then reads corrected."""
        read, self.documents = self.documents, [corrected(doc) for doc in self.documents]
        self.entries = [
            ProjectEntry(doc, p, tuple(c for c in holding(as_read) if c.project_seq == p.seq))
            for as_read, doc in zip(read, self.documents)
            for p in doc.projects
        ]
        self._by_key = {e.key: e for e in self.entries}

    @cached_property
    def implementers(self) -> frozenset[str | None]:
        """Every 实施单位 stored, gathered once per catalog: a question may name a project by its unit, and a bureau's
        2,300 projects took 3 ms of every question to gather them."""
        return frozenset(e.project.implementer for e in self.entries)

    @cached_property
    def one_per_name(self) -> tuple[ProjectEntry, ...]:
        """One stored project per distinct name, in store order: what a name can name, without a bureau's reports
        repeating each name every year (2,300 projects, 205 names — a question's name resolved four times faster)."""
        return tuple({entry.name: entry for entry in reversed(self.entries)}.values())[::-1]

    def entry(self, key: ProjectKey) -> ProjectEntry:
        """The project with ``key`` (a KeyError means a plan named a project not in this catalog)."""
        return self._by_key[key]

    def entries_of(self, keys: Iterable[ProjectKey]) -> list[ProjectEntry]:
        """The projects with ``keys``, in the order given, skipping keys no longer stored."""
        return [self._by_key[k] for k in keys if k in self._by_key]

    def documents_of(self, file_names: Iterable[str]) -> list[Document]:
        """The stored documents with the given file names, in store order."""
        wanted = set(file_names)
        return [d for d in self.documents if d.file_name in wanted]

    def in_documents(self, documents: Sequence[str]) -> list[ProjectEntry]:
        """The projects of the given documents (file names), in store order: kept per scope, since a question asks
        for them several times (plan, accounting, answer) and over a bureau's reports each pass reads 2,300."""
        key = tuple(documents)
        if key not in self._scopes:
            if len(self._scopes) >= _KEPT_SCOPES:
                self._scopes.clear()
            wanted = set(key)
            self._scopes[key] = tuple(e for e in self.entries if e.document.file_name in wanted)
        return list(self._scopes[key])

    def indicator_names(self, documents: Sequence[str]) -> tuple[str, ...]:
        """The distinct indicator names of the given documents' projects (what a typed indicator name may be), kept
        per scope as ``in_documents`` is."""
        key = tuple(documents)
        if key not in self._indicator_names:
            if len(self._indicator_names) >= _KEPT_SCOPES:
                self._indicator_names.clear()
            names = (ind.name for e in self.in_documents(key) for ind in e.project.indicators)
            self._indicator_names[key] = tuple(dict.fromkeys(names))
        return self._indicator_names[key]

    @property
    def departments(self) -> list[str]:
        """The distinct departments stored, in store order."""
        return list(dict.fromkeys(d.department for d in self.documents if d.department))

    @property
    def years(self) -> list[int]:
        """The distinct years stored, in store order."""
        return list(dict.fromkeys(d.year for d in self.documents if d.year))

    def describe_contents(self) -> str:
        """What the store holds, in Chinese: each department and year with its project count."""
        return "、".join(f"{origin(doc)}（{len(doc.projects)} 个项目）" for doc in self.documents)


_KEPT_SCOPES = 256
"""How many scopes' project lists a catalog keeps (a user's choices of departments and years; cleared past it)."""

COLLECTOR_THRESHOLDS = (50_000, 20, 100)
"""The cyclic garbage collector's thresholds once a catalog is in use: a young pass every 50,000 allocations instead
of 700, a full pass a hundred times rarer. An answer over a bureau's reports allocates hundreds of thousands of
short-lived objects (rows, figures, lines) and few cycles; the default thresholds ran a full pass every few
questions."""


def settle() -> None:
    """Collect what a replaced catalog left, keep every object alive now out of the collector's passes
    (``gc.freeze``) and space the passes out (``COLLECTOR_THRESHOLDS``). Call it once a new catalog is in use and
    the old one dropped.

    Why: a catalog of a bureau's hundred reports is about 250,000 objects that live until the store changes, and
    each full pass of the collector walked them all — 110–120 ms every few questions at S100, the largest part of
    an answer's p95. A replaced catalog's objects (cycles through the figures and citations its projects keep) are
    unfrozen and collected first, so replacing a catalog leaks nothing."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


def report_name(doc: Document) -> str:
    """A report as staff name it: 上海市生态环境局 2024年度 自评表 (the file name is no name a person knows)."""
    return f"{origin(doc)} 自评表"


def location(page: int | None, line: int | None) -> str:
    """Where a row is in its report: 第3页 (PDF), 第14行 (text), both when both are known, "" when neither is."""
    return "".join(part for part in (page and f"第{page}页", line and f"第{line}行") if part)


def origin(doc: Document) -> str:
    """A report's department and year as answers name them: 上海市生态环境局 2024年度."""
    return f"{doc.department or '部门未知'} {doc.year or '年度未知'}年度"
