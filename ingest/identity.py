"""Which stored report a newly read document is: identity by what a report is, not by its file name.

Two files named 自评表.pdf from two departments are two reports; the same
report arriving again as text after its PDF, or re-exported under another name,
is a new version of one report and replaces it (totals must never double). A
report is its department, its year and its projects; where the template prints
实施单位, two reports of one department and year whose units are disjoint stay
two (a department may file one per unit).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePath

from ingest.records import Document, Project, SourceRef
from ingest.values import normalize_text

SAME_PROJECTS = 0.5
"""The share of project names two versions of one report have in common, at least (a corrected version may rename
or add a few)."""


def same_report(stored: Document, new: Document) -> bool:
    """Whether ``new`` is a version of ``stored``: the same department and year (each when both were read), most
    project names shared (compared half-width: a text extraction may print ``()`` where the PDF prints ``（）``), and
    实施单位 not disjoint where both print them."""
    for mine, theirs in ((stored.department, new.department), (stored.year, new.year)):
        if mine is not None and theirs is not None and mine != theirs:
            return False
    names, other = ({normalize_text(p.name) for p in doc.projects} for doc in (stored, new))
    if not names or not other or len(names & other) / max(len(names), len(other)) < SAME_PROJECTS:
        return False
    units, other_units = _units(stored), _units(new)
    return not (units and other_units and not units & other_units)


def _units(doc: Document) -> set[str]:
    """The 实施单位 a report's projects print (none when the template leaves them out)."""
    return {p.implementer for p in doc.projects if p.implementer}


def distinct_name(doc: Document, taken: set[str]) -> str:
    """A file name for ``doc`` that no stored report has: 自评表（上海市水务局2023）.pdf, then with a number."""
    path = PurePath(doc.file_name)
    who = f"{doc.department or '部门未知'}{doc.year or ''}"
    for number in range(1, 1000):
        suffix = f"（{who}）" if number == 1 else f"（{who}-{number}）"
        name = f"{path.stem}{suffix}{path.suffix}"
        if name not in taken:
            return name
    raise ValueError("no free file name")  # a thousand reports of one department and year under one name


def renamed(doc: Document, file_name: str) -> Document:
    """``doc`` stored under ``file_name``: its name and every source row's document rewritten."""
    def moved(source: SourceRef | None) -> SourceRef | None:
        return replace(source, document=file_name) if source is not None else None

    def project(p: Project) -> Project:
        return replace(
            p, source=moved(p.source), total_source=moved(p.total_source), grade_source=moved(p.grade_source),
            funds=[replace(line, source=moved(line.source)) for line in p.funds],
            indicators=[replace(ind, source=moved(ind.source)) for ind in p.indicators],
            findings=[replace(f, source=moved(f.source)) for f in p.findings],
        )

    return replace(doc, file_name=file_name, projects=[project(p) for p in doc.projects])
