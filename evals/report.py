"""Summaries of graded runs: the per-family table, the failure listing, and the JSON report.

A run is one mode (rules, or LLM) over one question set. Everything here is a
pure function of the grades, so the printed table and the JSON report can never
disagree, and the tests can check them without an assistant.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from evals.grading import MISSED, OUTCOME_WORDS, WRONG, Grade
from evals.questions import ExpectedFigure, Question, ref_text

_ANSWER_PREVIEW = 160
"""Characters of the answer text shown with a failure: enough to see what it said."""


@dataclass(frozen=True)
class Tally:
    """Counts over some grades (one family, or a whole run)."""

    total: int
    passed: int
    missing_figures: int
    wrong_numbers: int
    wrong_answers: int = 0
    """Questions answered wrongly (found=true with no answer in the data, another project set, or a wrong number)."""
    missed: int = 0
    """Questions answered "not found" whose data holds the answer."""
    wrong_without_wrong_number: int = 0
    """Wrong answers that hold no wrong number (found or project set wrong): the gate names them on their own line."""

    @property
    def score(self) -> float:
        """Share of questions passed (0 for an empty tally)."""
        return self.passed / self.total if self.total else 0.0


@dataclass(frozen=True)
class ModeRun:
    """The grades of one mode over the set, with its wall time."""

    mode: str
    grades: list[Grade]
    seconds: float

    @property
    def tally(self) -> Tally:
        """Counts over the whole run."""
        return tally(self.grades)


def tally(grades: list[Grade]) -> Tally:
    """Count questions, passes, missing figures, wrong numbers, wrong answers and missed answers."""
    outcomes = [g.outcome for g in grades]
    return Tally(
        total=len(grades),
        passed=sum(g.passed for g in grades),
        missing_figures=sum(len(g.missing_figures) for g in grades),
        wrong_numbers=sum(len(g.wrong_figures) for g in grades),
        wrong_answers=outcomes.count(WRONG),
        missed=outcomes.count(MISSED),
        wrong_without_wrong_number=sum(o == WRONG and not g.wrong_figures for o, g in zip(outcomes, grades)),
    )


def by_family(grades: list[Grade]) -> dict[str, Tally]:
    """Tallies per question family, in the order families first appear in the set."""
    families: dict[str, list[Grade]] = {}
    for grade in grades:
        families.setdefault(grade.question.family, []).append(grade)
    return {family: tally(members) for family, members in families.items()}


def answer_modes(grades: list[Grade]) -> dict[str, int]:
    """How many answers each path gave (``Answer.mode``: rules, llm, rules_fallback): an LLM run is mostly rules."""
    return dict(Counter(str(g.answer.get("mode")) for g in grades if g.answer is not None))


def format_table(runs: list[ModeRun]) -> str:
    """The per-family accuracy table, one column group per mode (side by side when there are two).

    Columns: passed/total, share passed, missing figures (缺数), wrong numbers
    (错数), wrong answers (错答: questions answered wrongly) and missed answers
    (漏答: "not found" where the data holds the answer).
    """
    per_run = [by_family(run.grades) for run in runs]
    rows = [["题型"] + [f"{run.mode} 通过/总数|准确率|缺数|错数|错答|漏答" for run in runs]]
    rows += [[family] + [_tally_cells(tallies[family]) for tallies in per_run] for family in per_run[0]]
    rows.append(["合计"] + [_tally_cells(run.tally) for run in runs])
    return "\n".join(_table_line(row) for row in rows)


def _tally_cells(counts: Tally) -> str:
    """One mode's cells of a table row, "|"-separated like its header."""
    return (f"{counts.passed}/{counts.total}|{counts.score:.1%}|{counts.missing_figures}|{counts.wrong_numbers}"
            f"|{counts.wrong_answers}|{counts.missed}")


_COLUMN_WIDTHS = (16, 18, 8, 6, 6, 6, 6)
"""Display columns of the family name, then of each mode's six cells."""


def _table_line(row: list[str]) -> str:
    """One table line: the family left-aligned, every mode's cells right-aligned, by display width (汉字 count 2)."""
    family, *groups = row
    cells = [_pad(family, _COLUMN_WIDTHS[0], left=True)]
    for group in groups:
        cells.append("".join(_pad(cell, width) for cell, width in zip(group.split("|"), _COLUMN_WIDTHS[1:])))
    return " |".join(cells)


def _pad(text: str, width: int, left: bool = False) -> str:
    """``text`` padded with spaces to ``width`` terminal columns; wide (CJK) characters take two."""
    shown = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    space = " " * max(0, width - shown)
    return text + space if left else space + text


def format_failure(grade: Grade) -> str:
    """One failed question: what was asked, what was expected, what came back, and each problem."""
    question = grade.question
    lines = [
        f"✗ [{question.id}] ({question.family}) 【{OUTCOME_WORDS[grade.outcome]}】 {question.question}",
        f"    期望：{describe_expectation(question)}",
        f"    实际：{describe_answer(grade.answer, question.document)}",
    ]
    lines.extend(f"    - {problem}" for problem in grade.problems)
    return "\n".join(lines)


def describe_expectation(question: Question) -> str:
    """The expectation in one line of the question sets' own vocabulary."""
    expect = question.expect
    parts = [f"found={str(expect.found).lower()}"]
    if question.whole_store:
        parts.insert(0, "文档=整个库")
    if question.store:
        parts.append(f"store={list(question.store)}")
    if expect.projects is not None:
        parts.append(f"projects={list(expect.projects)}{'（有序）' if expect.ordered else ''}")
    if expect.figures:
        parts.append(f"figures={[_figure_text(f) for f in expect.figures]}")
    if expect.contains:
        parts.append(f"contains={list(expect.contains)}")
    return "，".join(parts)


def describe_answer(answer: dict[str, Any] | None, document: str | None = None) -> str:
    """The answer's found flag, project seqs, figure values and the start of its text.

    With ``document`` given, a project of another document shows as ``FILE#SEQ``.
    """
    if answer is None:
        return "（无答案）"
    seqs = [
        p.get("seq") if document is None or p.get("document") == document else ref_text((p.get("document"), p.get("seq")), document)
        for p in answer.get("projects") or [] if isinstance(p, dict)
    ]
    values = [f.get("value") for f in answer.get("figures") or [] if isinstance(f, dict)]
    text = " ".join(str(answer.get("answer", "")).split())
    preview = text if len(text) <= _ANSWER_PREVIEW else text[:_ANSWER_PREVIEW] + "…"
    return f"found={answer.get('found')}，projects={seqs}，figures={values}，answer「{preview}」"


def _figure_text(figure: ExpectedFigure) -> str:
    """An expected figure as ``value±tol`` with its hints."""
    hints = "".join(f" {name}={value}" for name, value in (("项目", figure.project_seq), ("标签", figure.label)) if value)
    return f"{figure.value:.10g}±{figure.tol:g}{hints}"


def build_report(set_path: str, runs: list[ModeRun], notes: list[str]) -> dict[str, Any]:
    """The JSON report: per mode its totals, per-family tallies and every question's verdict and answer."""
    return {
        "set": set_path,
        "questions": len(runs[0].grades) if runs else 0,
        "notes": notes,
        "modes": {run.mode: _mode_report(run) for run in runs},
    }


def _mode_report(run: ModeRun) -> dict[str, Any]:
    """One mode's part of the JSON report."""
    return {
        **_tally_dict(run.tally),
        "seconds": round(run.seconds, 3),
        "answer_modes": answer_modes(run.grades),
        "families": {family: _tally_dict(counts) for family, counts in by_family(run.grades).items()},
        "results": [_result_dict(grade) for grade in run.grades],
    }


def _tally_dict(counts: Tally) -> dict[str, Any]:
    """A tally as JSON fields."""
    return {
        "total": counts.total,
        "passed": counts.passed,
        "score": round(counts.score, 4),
        "missing_figures": counts.missing_figures,
        "wrong_numbers": counts.wrong_numbers,
        "wrong_answers": counts.wrong_answers,
        "missed": counts.missed,
    }


def _result_dict(grade: Grade) -> dict[str, Any]:
    """One question's verdict with the full answer, so a failure can be studied from the report alone."""
    return {
        "id": grade.question.id,
        "family": grade.question.family,
        "question": grade.question.question,
        "passed": grade.passed,
        "outcome": grade.outcome,
        "problems": grade.problems,
        "expected": describe_expectation(grade.question),
        "seconds": None if grade.seconds is None else round(grade.seconds, 4),
        "answer": grade.answer,
    }
