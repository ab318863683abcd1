"""Question sets: JSONL files of questions with the answer they must get, loaded and checked before any run.

One line is one graded conversation (the grader's format, see
``evals/dev_questions.jsonl``)::

    {"id": "dev-009", "family": "ranking", "question": "执行率最低的三个项目是哪些？",
     "document": "000_714f557b0e494d5f.txt",
     "expect": {"found": true, "projects": [7, 12, 10], "ordered": true,
                "figures": [{"value": 63.23, "tol": 0.011}]}}

``question`` holds the turns of one conversation separated by ``|``; the last
turn is graded. A set is checked whole before the assistant sees it, because a
typo in an expectation would otherwise surface as an assistant failure: every
problem is an error naming the file, the line and the field, and unknown keys
are errors too (a misspelt ``"orderd"`` must not silently drop a check).

Several documents: ``document`` may be ``"*"`` (the whole store, no single
document); a project in ``expect.projects`` or a figure's ``project_seq`` is an
int (a ``seq`` in ``document``) or ``"FILE#SEQ"`` (a project of another stored
document); ``store`` lists more files the store must hold for the question.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TURN_SEPARATOR = "|"
DEFAULT_TOLERANCE = 0.011
"""Enough for a figure printed with two decimals; expectations may set their own ``tol``."""

ANY_DOCUMENT = "*"
"""``document`` value meaning the whole store: the question is about no single document."""
REF_SEPARATOR = "#"
"""Between file name and seq in a project reference to another document: ``"gh_2023.pdf#3"``."""

_QUESTION_KEYS = frozenset({"id", "family", "question", "document", "expect", "note", "store"})
_EXPECT_KEYS = frozenset({"found", "projects", "ordered", "figures", "contains"})
_FIGURE_KEYS = frozenset({"value", "tol", "project_seq", "label"})


ProjectRef = int | str
"""A project as a question set names it: ``seq`` in the question's document, or ``"FILE#SEQ"``."""
ProjectKey = tuple[str, int]
"""A project as the grader compares it: (document file name, seq)."""


class QuestionSetError(ValueError):
    """A question set cannot be used; the message names the file, the line and what is wrong."""


@dataclass(frozen=True)
class ExpectedFigure:
    """A number the answer must contain, within ``tol``.

    ``project_seq`` and ``label`` are optional hints used only to tell a wrong
    number from a missing one: a figure of that project (and whose label
    contains ``label``) with another value is a wrong number.
    """

    value: float
    tol: float = DEFAULT_TOLERANCE
    project_seq: ProjectRef | None = None
    label: str | None = None


@dataclass(frozen=True)
class Expectation:
    """What the graded answer must show. ``projects`` None means the project list is not checked.

    ``contains`` lists words the answer text must include, for what is not a
    number: a grade (优, 良), a quoted reason, a topic.
    """

    found: bool
    projects: tuple[ProjectRef, ...] | None = None
    ordered: bool = False
    figures: tuple[ExpectedFigure, ...] = ()
    contains: tuple[str, ...] = ()


@dataclass(frozen=True)
class Question:
    """One graded conversation about one document, or about the whole store (``document`` "*")."""

    id: str
    family: str
    question: str
    document: str
    expect: Expectation
    note: str | None = None
    store: tuple[str, ...] = ()

    @property
    def turns(self) -> list[str]:
        """The conversation's turns in order; the last one is graded."""
        return [turn.strip() for turn in self.question.split(TURN_SEPARATOR)]

    @property
    def whole_store(self) -> bool:
        """Whether the question is about the whole store rather than one document."""
        return self.document == ANY_DOCUMENT

    def key(self, ref: ProjectRef) -> ProjectKey:
        """(document, seq) of a project reference: an int is a seq in this question's document."""
        return project_key(ref, self.document)

    @property
    def expected_keys(self) -> list[ProjectKey]:
        """The expected projects as (document, seq), in the set's order (empty when not checked)."""
        return [self.key(ref) for ref in self.expect.projects or ()]

    @property
    def answer_documents(self) -> set[str]:
        """The documents an answer may draw on: the question's own, and those of its expected projects."""
        documents = {document for document, _ in self.expected_keys}
        if not self.whole_store:
            documents.add(self.document)
        return documents

    @property
    def multi_document(self) -> bool:
        """Whether the question reaches beyond one document (``"*"`` or a project of another document)."""
        return self.whole_store or any(isinstance(ref, str) for ref in self.project_refs())

    @property
    def needed_documents(self) -> list[str]:
        """Every file the store must hold for this question: its document, referenced projects' files, ``store``."""
        names = [] if self.whole_store else [self.document]
        names += [project_key(ref, self.document)[0] for ref in self.project_refs() if isinstance(ref, str)]
        names += list(self.store)
        return list(dict.fromkeys(names))

    def project_refs(self) -> list[ProjectRef]:
        """Project references in ``projects`` and in figures' ``project_seq``."""
        refs = list(self.expect.projects or ())
        return refs + [f.project_seq for f in self.expect.figures if f.project_seq is not None]


def project_key(ref: ProjectRef, document: str) -> ProjectKey:
    """(document, seq) for an int seq in ``document`` or a ``"FILE#SEQ"`` string (already checked by the loader)."""
    if isinstance(ref, str):
        name, _, seq = ref.rpartition(REF_SEPARATOR)
        return name, int(seq)
    return document, ref


def ref_text(key: ProjectKey, document: str | None) -> str:
    """A project as failure messages show it: its seq when in ``document``, else ``FILE#SEQ``."""
    name, seq = key
    return str(seq) if name == document else f"{name}{REF_SEPARATOR}{seq}"


def load_questions(path: Path) -> list[Question]:
    """Read and check every line of ``path``; raise QuestionSetError on the first problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise QuestionSetError(f"{path}: 无法读取问题集（{err}）") from err
    questions = [
        parse_question(line, f"{path}:{number}") for number, line in enumerate(text.splitlines(), 1) if line.strip()
    ]
    if not questions:
        raise QuestionSetError(f"{path}: 问题集为空")
    _check_unique_ids(questions, path)
    return questions


def parse_question(line: str, where: str) -> Question:
    """Parse one JSONL line; ``where`` ("file:line") prefixes every error message."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as err:
        raise QuestionSetError(f"{where}: 不是合法的 JSON（{err.msg}，第 {err.colno} 列）") from err
    _require_object(raw, _QUESTION_KEYS, where)
    store = _optional(raw, "store", list, where) or []
    if not all(isinstance(name, str) and name.strip() and name != ANY_DOCUMENT for name in store):
        raise QuestionSetError(f"{where}: store 必须是文件名（非空字符串，不能是 \"*\"）列表，得到 {store!r}")
    question = Question(
        id=_required(raw, "id", str, where),
        family=_required(raw, "family", str, where),
        question=_required(raw, "question", str, where),
        document=_required(raw, "document", str, where),
        expect=_parse_expectation(_required(raw, "expect", dict, where), f"{where} expect"),
        note=_optional(raw, "note", str, where),
        store=tuple(store),
    )
    if any(not turn for turn in question.turns):
        raise QuestionSetError(f"{where}: question 含有空的对话轮（多余的 '{TURN_SEPARATOR}'？）")
    if question.whole_store and any(isinstance(ref, int) for ref in question.project_refs()):
        raise QuestionSetError(
            f"{where}: document 为 \"*\"（整个库）时，projects 和 project_seq 必须写成 \"文件名#序号\"，不能只写序号"
        )
    return question


def _parse_expectation(raw: Any, where: str) -> Expectation:
    """The ``expect`` object: ``found`` is required; figures only make sense when found."""
    _require_object(raw, _EXPECT_KEYS, where)
    projects = _optional(raw, "projects", list, where)
    if projects is not None and not all(_is_ref(ref) for ref in projects):
        raise QuestionSetError(
            f"{where}: projects 必须是正整数（项目序号 seq）或 \"文件名#序号\" 的列表，得到 {projects!r}"
        )
    contains = _optional(raw, "contains", list, where) or []
    if not all(isinstance(word, str) and word.strip() for word in contains):
        raise QuestionSetError(f"{where}: contains 必须是非空字符串列表，得到 {contains!r}")
    expectation = Expectation(
        found=_required(raw, "found", bool, where),
        projects=tuple(projects) if projects is not None else None,
        ordered=_optional(raw, "ordered", bool, where) or False,
        figures=tuple(
            _parse_figure(item, f"{where} figures[{i}]") for i, item in enumerate(_optional(raw, "figures", list, where) or [])
        ),
        contains=tuple(contains),
    )
    if not expectation.found and (expectation.figures or expectation.projects or expectation.contains):
        raise QuestionSetError(f"{where}: found 为 false 时不能要求 projects、figures 或 contains")
    return expectation


def _parse_figure(raw: Any, where: str) -> ExpectedFigure:
    """One expected figure; a negative tolerance is an error, not a never-matching check."""
    _require_object(raw, _FIGURE_KEYS, where)
    value = _required(raw, "value", (int, float), where)
    tol = _optional(raw, "tol", (int, float), where)
    if tol is not None and tol < 0:
        raise QuestionSetError(f"{where}: tol 不能为负数（{tol}）")
    seq = _optional(raw, "project_seq", (int, str), where)
    if seq is not None and not _is_ref(seq):
        raise QuestionSetError(f"{where}: project_seq 必须是正整数或 \"文件名#序号\"（{seq!r}）")
    return ExpectedFigure(
        value=float(value),
        tol=DEFAULT_TOLERANCE if tol is None else float(tol),
        project_seq=seq,
        label=_optional(raw, "label", str, where),
    )


def _require_object(raw: Any, allowed: frozenset[str], where: str) -> None:
    """``raw`` must be a JSON object using only ``allowed`` keys."""
    if not isinstance(raw, dict):
        raise QuestionSetError(f"{where}: 应为 JSON 对象，得到 {type(raw).__name__}")
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise QuestionSetError(f"{where}: 未知字段 {', '.join(unknown)}（允许：{', '.join(sorted(allowed))}）")


def _required(raw: dict, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    """``raw[key]``, which must be present (not null) and of ``kind`` (and, for text, not blank)."""
    if raw.get(key) is None:
        raise QuestionSetError(f"{where}: 缺少必填字段 {key}")
    return _optional(raw, key, kind, where)


def _optional(raw: dict, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    """``raw[key]`` or None; a present value of the wrong type is an error (bool is not a number here)."""
    value = raw.get(key)
    if value is None:
        return None
    wrong_bool = isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,))
    if wrong_bool or not isinstance(value, kind):
        raise QuestionSetError(f"{where}: 字段 {key} 类型错误，得到 {value!r}")
    if isinstance(value, str) and not value.strip():
        raise QuestionSetError(f"{where}: 字段 {key} 不能为空")
    return value


def _is_seq(value: Any) -> bool:
    """Whether ``value`` is a usable project sequence number (1-based int, not a bool)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _is_ref(value: Any) -> bool:
    """Whether ``value`` names a project: a seq, or ``"FILE#SEQ"`` with a file name and a seq (``"*"`` is no file)."""
    if not isinstance(value, str):
        return _is_seq(value)
    name, separator, seq = value.rpartition(REF_SEPARATOR)
    return bool(separator and name.strip() and name != ANY_DOCUMENT and seq.isascii() and seq.isdigit() and int(seq) >= 1)


def _check_unique_ids(questions: list[Question], path: Path) -> None:
    """Two questions with one id would make failure reports ambiguous."""
    seen: set[str] = set()
    for question in questions:
        if question.id in seen:
            raise QuestionSetError(f"{path}: 问题 id 重复：{question.id}")
        seen.add(question.id)
