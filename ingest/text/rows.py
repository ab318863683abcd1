"""Step 4 of the text reader: indicator lines → the figures each line carries, if any, and row drafts.

A line carries a row's figures when it holds the 分值 (a number with two decimals,
at most 100) after some text: that is the anchor. Around it, read from the right
to the left, sit 实际完成值, then 年度指标值, then the name; after it 得分 and the
偏差原因 cells. Lines without figures are continuations: wrapped names, targets
and reasons, and pieces of the merged 一级/二级 label cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import zip_longest

from ingest.text.lines import (
    LEVEL_LABEL_CHARS,
    SCORE_RE,
    Line,
    has_cjk,
    is_label_fragment,
    is_label_ink,
    is_meaningful,
)
from ingest.values import normalize_text

_UNIT_ONLY_RE = re.compile(r"^[(（][^()（）]*[)）]$")
_NUMBER_LIKE_RE = re.compile(r"^-?\d")
_OPERATOR_RE = re.compile(r"^(?:>=|<=|[=≥≤<>])\s*\d")
MAX_WEIGHT = 100.0


@dataclass
class RowFigures:
    """What one figures line says: the row's cells split into name, 年度指标值, 实际完成值, 分值, 得分, 偏差原因.

    ``name_tokens``/``reason_tokens`` are (cell index, token) as read; ``target_cell``,
    ``actual_cell`` and ``reason_cell`` record where the columns sit on this line,
    which is what continuation lines on the same page are matched against.
    """

    line: Line
    name_tokens: list[tuple[int, str]]
    target: str
    actual: str
    weight: float
    score: float | None
    reason_tokens: list[tuple[int, str]]
    target_cell: int
    actual_cell: int
    reason_cell: int

    @property
    def units_only(self) -> bool:
        """Whether 年度指标值 and 实际完成值 are bare units: the wrapped ``(页)`` tail of the row above."""
        return is_unit(self.target) and is_unit(self.actual)


def is_unit(text: str) -> bool:
    """Whether ``text`` is a bare unit in brackets (``(页)``, ``(%)``), wrapped away from its number."""
    return bool(_UNIT_ONLY_RE.match(text))


@dataclass(eq=False)
class RowDraft:
    """One indicator row being assembled: its figures line and the pieces gathered for it.

    Pieces are (line number, cell index, text) so that they join in reading order.
    Drafts compare by identity: two rows may print the very same figures.
    """

    figures: RowFigures
    name: list[tuple[int, int, str]] = field(default_factory=list)
    target: list[tuple[int, int, str]] = field(default_factory=list)
    actual: list[tuple[int, int, str]] = field(default_factory=list)
    reason: list[tuple[int, int, str]] = field(default_factory=list)
    level1: str | None = None
    level2: str | None = None
    legible_name: tuple[int, str] | None = None
    """(line, text) of a dropped duplicate's copy of this row's name cell that reads better than the row's own."""

    @property
    def number(self) -> int:
        """The line number of the row's figures."""
        return self.figures.line.number


_VALUE_WITH_UNIT_RE = re.compile(r"^\d[\d,]*(?:\.\d+)?[(（][^()（）]+[)）]$")
_ACTUAL_WORDS = ("达成指标",)


def looks_like_row(line: Line) -> bool:
    """Whether a line without a readable 分值 still prints a row's values — a target with its operator
    (``=100.00(%)``), a number with its unit (``100.00(%)``) or ``达成指标``: a row whose figures the extraction
    garbled (``5 00``), which must be reported rather than read as a neighbour's wrapped text."""
    return any(
        _OPERATOR_RE.match(token) or _VALUE_WITH_UNIT_RE.match(token) or token in _ACTUAL_WORDS
        for token in (normalize_text(token) for _, token in line.tokens())
    )


def line_to_figures(line: Line) -> RowFigures | None:
    """Given an indicator-table line, return the row figures it carries, or None for a continuation line.

    A row whose 年度指标值 cell is empty while its only words sit among the 二级 label's
    pieces (``效益 平提高 指标 升 ⇥ ⇥ ⇥ 达成指标``) had its target text slide into that
    column: the words are its target, and its name was not printed on the line.
    """
    tokens = line.tokens()
    anchor = next((k for k, (cell, token) in enumerate(tokens) if k and cell and _is_weight(token)), None)
    if anchor is None:
        return None
    if _is_operator_value(tokens[anchor - 1][1]) and anchor + 1 < len(tokens) and _is_weight(tokens[anchor + 1][1]):
        anchor += 1  # right after a target comes the actual: a bare ``98.00`` whose unit wrapped below
    weight = float(normalize_text(tokens[anchor][1]))
    has_score = anchor + 1 < len(tokens) and SCORE_RE.match(normalize_text(tokens[anchor + 1][1]))
    score = float(normalize_text(tokens[anchor + 1][1])) if has_score else None
    last_figure = anchor + 1 if has_score else anchor
    actual_start, actual = _actual_before(tokens, anchor)
    target_start, target = _target_before(tokens, actual_start, line)
    reason_tokens = _interleave_split_column(
        [(cell, token) for cell, token in tokens[last_figure + 1 :] if has_cjk(line.cells[cell])]
    )
    name_tokens = _name_tokens(tokens[:target_start])
    if not target and name_tokens and all(cell == 1 for cell, _ in name_tokens):
        target, name_tokens = " ".join(token for _, token in name_tokens if not _is_garbled_label(token)), []
    return RowFigures(
        line=line,
        name_tokens=name_tokens,
        target=target,
        actual=actual,
        weight=weight,
        score=score,
        reason_tokens=reason_tokens,
        target_cell=tokens[target_start][0] if target_start < len(tokens) and target else tokens[actual_start][0],
        actual_cell=tokens[actual_start][0],
        reason_cell=tokens[last_figure][0] + 1,
    )


def _interleave_split_column(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Given a row's 偏差原因 tokens, return them in reading order when the extraction cut the reason column into two
    cells, each wrapped over several lines (``根据…部署,是 ⇥ 重点工作的 … ⇥ 本市相关 ⇥ 村间节点 …``): each printed line
    is the left cell's piece, then the right cell's. A left piece printed twice in a row is read once, stray glyphs
    (``]``) are no line.

    Tokens in one cell, or in cells that do not both wrap, are returned as they came.
    """
    cells = sorted({cell for cell, _ in tokens})
    if len(cells) != 2 or cells[1] != cells[0] + 1:
        return tokens
    left = [token for cell, token in tokens if cell == cells[0] and is_meaningful(token)]
    right = [token for cell, token in tokens if cell == cells[1] and is_meaningful(token)]
    left = [token for k, token in enumerate(left) if k == 0 or token != left[k - 1]]
    if len(right) < 2 or len(left) < len(right):
        return tokens
    lines = [[piece for piece in pair if piece] for pair in zip_longest(left, right)]
    return [(cells[0], piece) for pair in lines for piece in pair]


def _is_garbled_label(token: str) -> bool:
    """Whether a token in the 二级 column is a label piece with a garbled glyph (``读影`` for 续影), not text."""
    return is_label_ink(token) and any(char in LEVEL_LABEL_CHARS for char in token)


def _is_weight(token: str) -> bool:
    """Whether a token can be a 分值: two decimals, at most 100 (an ``77.74`` in the 一级 column is skipped by position)."""
    figure = normalize_text(token)
    return bool(SCORE_RE.match(figure)) and float(figure) <= MAX_WEIGHT


def _is_operator_value(token: str) -> bool:
    """Whether a token is a target with its operator, however wide it is printed (``≥90.00(%)``, ``＝2.00（个）``)."""
    return bool(_OPERATOR_RE.match(normalize_text(token)))


def _is_noise(token: str) -> bool:
    """Whether a token is a stray glyph or a merged-label piece that sits between real values."""
    return not is_meaningful(token) or is_label_fragment(token)


def _actual_before(tokens: list[tuple[int, str]], anchor: int) -> tuple[int, str]:
    """The 实际完成值 right before the 分值: its first token index and text (``43941.00 (家)`` keeps its unit)."""
    index = anchor - 1
    while index > 0 and _is_noise(tokens[index][1]):
        index -= 1
    text = tokens[index][1]
    same_cell = index > 0 and tokens[index - 1][0] == tokens[index][0]
    if is_unit(text) and same_cell and _NUMBER_LIKE_RE.match(tokens[index - 1][1]):
        return index - 1, f"{tokens[index - 1][1]} {text}"
    return index, text


def _target_before(tokens: list[tuple[int, str]], actual_start: int, line: Line) -> tuple[int, str]:
    """The 年度指标值 before the actual: its first token index and text.

    An operator value (``≥90.00(%)``) within two tokens wins, skipping a duplicated
    fragment (``≥100.00(%) ⇥ 00(%) 100.00(%)``); a bare value comes next; a target
    in words is the whole cell before the actual's, from the third column on.
    """
    for index in (actual_start - 1, actual_start - 2):
        if index >= 0 and _is_operator_value(tokens[index][1]):
            return index, tokens[index][1]
    previous = actual_start - 1
    if previous >= 0 and _NUMBER_LIKE_RE.match(tokens[previous][1]):
        return previous, tokens[previous][1]
    actual_cell = tokens[actual_start][0]
    cell = next((c for c in range(actual_cell - 1, 1, -1) if line.cells[c].strip()), None)
    if cell is None:
        return actual_start, ""
    start = next(i for i, (c, _) in enumerate(tokens) if c == cell)
    return start, line.cells[cell]


def _name_tokens(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The name's tokens among those before the target: not the 一级 column, not label pieces.

    In the 二级 column, words after a label piece start the name (``时效 指标 项目``);
    other words there count only when no later column holds a name (the row was
    printed into that column: ``度指 满意 活动参与者满意度 ≥90.00(%)``).
    """
    later = [(cell, token) for cell, token in tokens if cell >= 2]
    label_column = [(cell, token, is_label_fragment(token, forgive_one=True)) for cell, token in tokens if cell == 1]
    if not any(has_cjk(token) for _, token in later):
        return [(cell, token) for cell, token, is_label in label_column if not is_label]
    first_label = next((i for i, (_, _, is_label) in enumerate(label_column) if is_label), len(label_column))
    return [(cell, token) for cell, token, is_label in label_column[first_label:] if not is_label] + later
