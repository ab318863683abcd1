"""Grade one answer (the contract dict of DESIGN.md) against one question's expectation.

The checks follow what a user relies on: ``found`` says whether the data holds
the answer; the projects are the right ones (in order when order is the
question); every expected number is there, and every expected word (a grade, a
reason); every project the answer is about is cited. A question passes only
when every check passes.

Figures get two counts, because they fail in two ways that matter differently:
- a *missing figure* is any expected figure the answer does not contain (the
  strict count: "not answered" included);
- a *wrong number* is a missing figure while the answer states another value
  for the same thing — the worst failure in DESIGN.md, and one that fails the
  run on its own. An answer none of whose figures is an expected one (while
  figures were expected) answered another question: also wrong. "The same thing" is judged from what the expectation gives
  (see ``_is_rival``): the project, and the label when one is named.

Each graded question also gets one outcome (``Grade.outcome``), because the
design ranks failures: a *wrong* answer (found=true where the data holds no
answer, or with another project set, or with a wrong number) is the worst; a
*missed* one (found=false where the data holds the answer) is an honest "not
found"; any other failure (a figure, word or citation missing, the order off,
a crash) is *failed*.

Projects are compared as (document, seq), so a question may reach several
documents (``"FILE#SEQ"`` references, ``document`` "*"); see evals/questions.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from evals.questions import ExpectedFigure, ProjectKey, Question, ref_text

_CONTRACT_LISTS = ("projects", "figures", "citations")

PASSED, WRONG, MISSED, FAILED = "passed", "wrong", "missed", "failed"
OUTCOMES = (PASSED, WRONG, MISSED, FAILED)
"""A graded question's outcome, worst failure first after a pass."""
OUTCOME_WORDS = {PASSED: "通过", WRONG: "错答", MISSED: "漏答", FAILED: "未通过"}


@dataclass
class Grade:
    """The verdict on one question: the problems found (none means passed) and the figure counts."""

    question: Question
    answer: dict[str, Any] | None
    problems: list[str] = field(default_factory=list)
    missing_figures: list[ExpectedFigure] = field(default_factory=list)
    wrong_figures: list[ExpectedFigure] = field(default_factory=list)
    seconds: float | None = None
    wrong_projects: bool = False
    """The answer's project set differs from the expected one (a project missing, an extra one, or another document's)."""
    answered_other: bool = False
    """Figures were expected, the answer gives figures, and not one of them is expected: it answered another question
    (the count of projects for their budget total, a sum of indicator counts for an overall rate)."""

    @property
    def passed(self) -> bool:
        """Whether every check passed."""
        return not self.problems

    @property
    def outcome(self) -> str:
        """``passed``, ``wrong`` (found=true with no answer in the data, another project set or a wrong number),
        ``missed`` (found=false where the data holds the answer) or ``failed`` (any other failure)."""
        if self.passed:
            return PASSED
        answer_found = self.answer is not None and self.answer.get("found") is True
        if answer_found and (not self.question.expect.found or self.wrong_projects or self.wrong_figures
                             or self.answered_other):
            return WRONG
        if self.question.expect.found and self.answer is not None and self.answer.get("found") is False:
            return MISSED
        return FAILED

    @property
    def wrong(self) -> bool:
        """Whether this is a wrong answer, the worst failure."""
        return self.outcome == WRONG


def grade_answer(answer: Mapping[str, Any], question: Question, seconds: float | None = None) -> Grade:
    """Check ``answer`` (the last turn's contract dict) against ``question.expect``."""
    grade = Grade(question=question, answer=dict(answer) if isinstance(answer, Mapping) else None, seconds=seconds)
    shape_problem = contract_problem(answer)
    if shape_problem:
        grade.problems.append(shape_problem)
        return grade
    grade.problems.extend(outcome_problems(answer, question.expect.found))
    if question.expect.found:
        _grade_content(grade, answer, question)
    return grade


def outcome_problems(answer: Mapping[str, Any], expect_found: bool) -> list[str]:
    """Whether the answer said something, answered when it should and declined when it should (an internal error never counts)."""
    problems = [] if str(answer.get("answer") or "").strip() else ["答案文字为空"]
    if answer.get("intent") == "error":
        problems.append("助手回答时内部出错（intent=error），即使 found 与期望一致也不算答对")
    if answer["found"] != expect_found:
        problems.append(f"found 应为 {_bool(expect_found)}，实际为 {_bool(answer['found'])}")
    if not expect_found and answer["figures"]:
        problems.append(f"found 为 false 时 figures 应为空，实际有 {len(answer['figures'])} 个数字")
    return problems


def _grade_content(grade: Grade, answer: Mapping[str, Any], question: Question) -> None:
    """The checks of an answer that should hold the data: projects, figures, words, citations."""
    expect = question.expect
    if expect.projects is not None:
        problems = project_problems(answer["projects"], question)
        grade.problems.extend(problems)
        grade.wrong_projects = any(not p.startswith("项目顺序") for p in problems)
    _grade_figures(grade, answer["figures"], question)
    text = str(answer.get("answer", ""))
    grade.problems.extend(f"答案文字中没有「{word}」" for word in expect.contains if word not in text)
    grade.problems.extend(citation_problems(answer["citations"], question))


def grade_error(question: Question, error: BaseException, seconds: float | None = None) -> Grade:
    """The grade of a question whose asking raised: a failure that names the exception."""
    problem = f"提问时出错：{type(error).__name__}: {error}"
    return Grade(question=question, answer=None, problems=[problem], seconds=seconds)


def contract_problem(answer: Any) -> str | None:
    """What makes ``answer`` unusable as a contract object, or None; checked first so later checks can index it."""
    if not isinstance(answer, Mapping):
        return f"答案不是契约对象（得到 {type(answer).__name__}）"
    if not isinstance(answer.get("found"), bool):
        return "答案缺少布尔字段 found"
    bad = [key for key in _CONTRACT_LISTS if not isinstance(answer.get(key), list)]
    if bad:
        return f"答案字段不是列表：{', '.join(bad)}"
    if any(not isinstance(fig, Mapping) or not _is_number(fig.get("value")) for fig in answer["figures"]):
        return "答案的 figures 中有缺少数值 value 的条目"
    return None


def project_problems(projects: list[Mapping[str, Any]], question: Question) -> list[str]:
    """Whether the answer names exactly the expected projects (in order if ``ordered``).

    Projects are compared as (document, seq). A project of a document the
    question does not reach (not its document, nor an expected project's; any
    document is reachable when ``document`` is "*") is named as such, and
    counts as an extra project.
    """
    expected = question.expected_keys
    got = _dedupe([(ref.get("document"), ref.get("seq")) for ref in projects])
    reachable = question.answer_documents
    others = [f"{document}#{seq}" for document, seq in got if not question.whole_store and document not in reachable]
    problems = [f"答案含有其他文档的项目：{', '.join(others)}"] if others else []
    if set(got) != set(expected):
        missing = set(expected) - set(got)
        extra = set(got) - set(expected)
        problems.append(
            f"项目应为 {_keys_text(expected, question)}，实际为 {_keys_text(got, question)}"
            f"（缺 {_keys_text(missing, question)}，多 {_keys_text(extra, question)}）"
        )
    elif question.expect.ordered and got != expected:
        problems.append(f"项目顺序应为 {_keys_text(expected, question, keep_order=True)}，实际为 {_keys_text(got, question, keep_order=True)}")
    return problems


def _keys_text(keys: Any, question: Question, keep_order: bool = False) -> str:
    """Projects as ``[7, 10, gh_2023.pdf#3]``: a seq alone in the question's document, ``FILE#SEQ`` elsewhere."""
    keys = list(keys) if keep_order else sorted(keys, key=lambda k: (k[0] != question.document, str(k[0]), _sort_seq(k[1])))
    return "[" + ", ".join(ref_text(key, question.document) for key in keys) + "]"


def _sort_seq(seq: Any) -> tuple[int, Any]:
    """A sort key for a seq that may be malformed in an answer (None, text)."""
    return (0, seq) if isinstance(seq, int) else (1, str(seq))


def match_figures(expected: tuple[ExpectedFigure, ...], values: list[float]) -> tuple[list[ExpectedFigure], list[int]]:
    """Given expected figures and answer values, return (expected figures left unmatched, indices of unused values).

    Each answer value satisfies at most one expected figure, so two expected
    1.0s need two 1.0s in the answer. Taking expectations by the upper end of
    their tolerance window and giving each the smallest free value inside it is
    an optimal interval-to-point matching, so a figure is reported missing only
    if no assignment could have found it. Signs are ignored: "调减 22 万元" and
    "调整额 −22.00" state the same change, and sets write magnitudes.
    """
    free = sorted(range(len(values)), key=lambda i: values[i])
    missing: list[ExpectedFigure] = []
    for figure in sorted(expected, key=lambda f: f.value + f.tol):
        chosen = next((i for i in free if abs(values[i] - figure.value) <= figure.tol), None)
        if chosen is None:
            missing.append(figure)
        else:
            free.remove(chosen)
    return missing, free


def citation_problems(citations: list[Mapping[str, Any]], question: Question) -> list[str]:
    """A found answer cites its source: at least one citation, each in a document the question reaches, one per expected project.

    The documents a question reaches are its ``document`` and those of its
    expected projects; with ``document`` "*" every stored document.
    """
    if not citations:
        return ["答案没有引用（citations 为空）"]
    problems = []
    reachable = question.answer_documents
    if not question.whole_store:
        foreign = sorted({str(c.get("document")) for c in citations if c.get("document") not in reachable})
        if foreign:
            problems.append(f"引用指向了其他文档：{', '.join(foreign)}")
    cited = {(c.get("document"), c.get("project_seq")) for c in citations}
    uncited = [key for key in question.expected_keys if key not in cited]
    if uncited:
        problems.append(f"以下项目没有引用：{_keys_text(uncited, question, keep_order=True)}")
    return problems


def _grade_figures(grade: Grade, figures: list[Mapping[str, Any]], question: Question) -> None:
    """Record missing and wrong figures on ``grade``, with one problem line per missing figure."""
    missing, unused = match_figures(question.expect.figures, [abs(float(f["value"])) for f in figures])
    leftovers = [figures[i] for i in unused]
    if question.expect.figures and len(missing) == len(question.expect.figures) and leftovers:
        grade.answered_other = True
        shown = "、".join(f"{f.get('label', '')}={f['value']}" for f in leftovers[:3])
        grade.problems.append(f"答非所问：期望的数字一个都没有，答案给出的是 {shown}")
    matched_labels = {_label(f) for i, f in enumerate(figures) if i not in unused}
    answer_projects = grade.answer.get("projects") if grade.answer else []
    for figure in missing:
        rivals = [f for f in leftovers if _is_rival(f, figure, question, matched_labels, answer_projects)]
        grade.missing_figures.append(figure)
        if rivals:
            grade.wrong_figures.append(figure)
            shown = "、".join(f"{f.get('label', '')}={f['value']}" for f in rivals)
            grade.problems.append(f"数字错误：应有 {figure.value:.10g}（±{figure.tol:g}），同一对象给出的是 {shown}")
        else:
            grade.problems.append(f"缺少数字：{figure.value:.10g}（±{figure.tol:g}）")


def _is_rival(figure: Mapping[str, Any], expected: ExpectedFigure, question: Question, matched_labels: set[str],
              answer_projects: list[Mapping[str, Any]] | None = None) -> bool:
    """Whether an unmatched answer figure states ``expected``'s quantity with another value (a wrong number).

    It must be about the same subject: the expected figure's project, else the
    question's only expected project, else nothing (a whole-document figure).
    Then its label decides: it must contain the expectation's ``label`` when one
    is given; otherwise, if the answer got other expected figures right, it must
    measure what one of them measures (``_same_metric``: 培训次数扣分 and
    预算执行扣分 do, a 总分 shown beside correct 扣分 figures is context); if it
    got none right, any figure on the subject is the answer's claim and so a
    wrong one.
    """
    projects = question.expect.projects or ()
    subject_ref = expected.project_seq or (projects[0] if len(projects) == 1 else None)
    if subject_ref is None:
        if figure.get("project_seq") is not None:
            return False
    elif not _same_project(figure, question.key(subject_ref), question, answer_projects or []):
        return False
    label = _label(figure)
    if expected.label is not None:
        return expected.label in label
    return not matched_labels or any(_same_metric(label, other) for other in matched_labels)


def _same_project(figure: Mapping[str, Any], subject: ProjectKey, question: Question,
                  answer_projects: list[Mapping[str, Any]]) -> bool:
    """Whether an answer figure is about ``subject`` (document, seq).

    Figures carry ``project_seq`` and, optionally, ``document``. Without a
    document, a figure of a one-document question is in that document; in a
    question over several documents it is in the one document among the
    answer's projects that has that seq, and when that is ambiguous only the
    seq is compared.
    """
    document, seq = subject
    if figure.get("project_seq") != seq:
        return False
    stated = figure.get("document")
    if stated is None and not question.multi_document:
        stated = question.document
    if stated is None:
        candidates = {p.get("document") for p in answer_projects if isinstance(p, Mapping) and p.get("seq") == seq}
        stated = candidates.pop() if len(candidates) == 1 else None
    return stated is None or stated == document


def _same_metric(label: str, other: str) -> bool:
    """Whether two figure labels end in the same metric word (扣分, 执行率, 预算数 …: their last two characters).

    Labels name the row first and the quantity last (上海市排污权…评估扣分,
    其他资金全年预算数), so the ending is what says which quantity it is.
    """
    return len(label) >= 2 and label[-2:] == other[-2:]


def _label(figure: Mapping[str, Any]) -> str:
    """An answer figure's label as text ("" when absent)."""
    return str(figure.get("label") or "")


def _dedupe(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """``items`` without repeats, first occurrence kept (an answer may list a project twice)."""
    return list(dict.fromkeys(items))


def _is_number(value: Any) -> bool:
    """A JSON number (bool excluded)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _bool(value: Any) -> str:
    """JSON spelling of a truth value, as the question sets write it."""
    return "true" if value is True else "false" if value is False else repr(value)
