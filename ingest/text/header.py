"""Step 3b of the text reader: the words of a table — 项目名称, 主管部门, 实施单位, 预期目标 and 实际完成情况.

The name line often carries the next header row too (``土壤… 上海市生态环境局 实施
单位 上海市生态环境局``): labels and the department's name are taken out, what is
left is the project name. The goal and result texts are two columns printed side
by side, so their lines interleave; the header row (预期目标 … 实际完成情况) tells
at which cell the right column starts.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from ingest.text.blocks import NAME_LABEL_RE
from ingest.text.lines import Line, clean_piece, compact, has_cjk, join_text
from ingest.values import normalize_text

_NAME_LABEL_MAX_TOKENS = 6
_FUNDS_HEADER_WORDS = frozenset({"年初预算数", "全年预算数", "全年执行数", "全年执行", "分数", "执行率(%)", "得分"})
_GOAL_LABEL_WORDS = frozenset({"年度", "总体", "目标", "年度总体", "总体目标", "年度总体目标"})
_RESULT_HEADER_RE = re.compile(r"^实|际完成|完成情")
_PARAGRAPH_MIN_CHARS = 20
_LABEL_CELL_MAX_CHARS = 8
INTERLEAVED_MIN_WIDTH = 12
"""The fewest characters the first line of a goal cell has when it shows the goal column's width."""
RESULT_GAP_CELLS = 2
"""Empty cells between two texts on a goal line that mean the second is the 实际完成情况 column."""
FULL_UNIT_MIN_CHARS = 3
"""The fewest characters a 主管部门/实施单位 name has (市局 would be two: none such in the template's reports)."""
SAME_UNIT_MAX_EDITS = 2
"""A 主管部门/实施单位 read within this many character edits of the report's department is that department."""


def name_lines_to_name(lines: list[Line], units: set[str]) -> list[str]:
    """Given the 项目名称 line (and any wrapped lines below it) and the report's unit names, return the name's tokens.

    Labels, the units that the next header row spills into the line and the funds headings are taken out.
    """
    tokens = _without_name_label([token for line in lines for _, token in line.tokens()])
    kept: list[str] = []
    skip_next = False
    for token in tokens:
        if skip_next:
            skip_next = False
            continue
        if token in ("主管部门", "实施单位"):
            skip_next = True
            continue
        if _is_funds_header_word(token) or token in units:
            continue
        kept.append(token)
    return kept


def _is_funds_header_word(token: str) -> bool:
    """Whether a token is a 项目资金 header word, however wide its brackets are printed (执行率（％）)."""
    return normalize_text(token) in _FUNDS_HEADER_WORDS


def _without_name_label(tokens: list[str]) -> list[str]:
    """The tokens after the 项目名称 label, however it was cut (``项目 ⇥ 名称``, ``项 目 名 称``, ``项目 ⇥ 项目名称``)."""
    label = ""
    for count, token in enumerate(tokens[:_NAME_LABEL_MAX_TOKENS], start=1):
        label += token
        if NAME_LABEL_RE.fullmatch(label):
            return tokens[count:]
    return tokens


def unit_line_to_units(line: Line) -> tuple[str | None, str | None]:
    """Given the 主管部门 line, return (主管部门, 实施单位) as read, noise glyphs and stray numbers dropped."""
    tokens = [token for _, token in line.tokens()]
    dept_start = next((i + 1 for i, token in enumerate(tokens) if "部门" in token), 0)
    unit_label = next((i for i, token in enumerate(tokens) if "实施单" in token), len(tokens))
    department = _unit_text(tokens[dept_start:unit_label])
    rest = tokens[unit_label + 1 :]
    if rest and rest[0] == "位":  # the label wrapped: ``实施单 ⇥ 位``
        rest = rest[1:]
    implementer = _unit_text(rest)
    return department, implementer


def name_lines_to_units(lines: list[Line]) -> tuple[str | None, str | None]:
    """Given the 项目名称 line(s), return the (主管部门, 实施单位) the next header row spilled into them, where it did
    (``土壤… 上海市生态环境局 实施单位 上海市生态环境局``): the words after each label, printed in full there."""
    tokens = [token for line in lines for _, token in line.tokens()]
    found: list[str | None] = []
    for label in ("主管部门", "实施单位"):
        after = next((tokens[i + 1] for i, token in enumerate(tokens[:-1]) if token.endswith(label)), None)
        found.append(clean_piece(after) if after and has_cjk(after) and not _is_funds_header_word(after) else None)
    return found[0], found[1]


def is_full_unit(name: str | None) -> bool:
    """Whether a unit name as read is a name at all, not a glyph or two left of it (``上``, ``局``)."""
    return bool(name) and len(compact(name)) >= FULL_UNIT_MIN_CHARS


def _unit_text(tokens: list[str]) -> str | None:
    """Join a unit name's Chinese tokens, dropping a glyph doubled into the next token (``上 ⇥ 上海市…``)."""
    pieces = [clean_piece(t) for t in tokens if has_cjk(t) and "实施单" not in t and not _is_funds_header_word(t)]
    pieces = [piece for i, piece in enumerate(pieces) if not (i + 1 < len(pieces) and pieces[i + 1].startswith(piece))]
    return "".join(pieces) or None


def same_unit(read: str | None, department: str | None) -> bool:
    """Whether a unit name as read is the report's department with a few glyphs garbled (``上每市生态环境局``)."""
    if not read or not department or read == department:
        return False
    return len(read) >= 4 and Levenshtein.distance(read, department) <= SAME_UNIT_MAX_EDITS


def goal_lines_to_texts(lines: list[Line]) -> tuple[str, str]:
    """Given the 年度总体目标 lines, return (预期目标, 实际完成情况) with every word kept in one or the other.

    With a header row, cells left of its 实际完成情况 cell are the goal and the rest
    the result. Without one, the texts come as whole paragraphs: the first is the
    goal, later ones and their tails the result.
    """
    split = next((_result_column(line) for line in lines if _is_goal_header(line)), None)
    body = [line for line in lines if not _is_goal_header(line)]
    if split is not None:
        goal, result = [], []
        for line in body:
            starts = _result_start(line, split)
            for cell in (cell for i, cell in enumerate(line.cells) if i < starts and not _is_label(line, i)):
                goal_part, result_part = split_interleaved_cell(cell)
                goal.append(goal_part)
                result.append(result_part)
            result.extend(line.cells[starts:])
        return _goal_text(goal), _goal_text(result)
    goal, result = [], []
    seen_paragraph = False
    for line in body:
        is_paragraph = len(line.cells) == 1 and len(compact(line.cells[0])) >= _PARAGRAPH_MIN_CHARS
        side = result if seen_paragraph and (is_paragraph or result) else goal
        side.extend(cell for i, cell in enumerate(line.cells) if not _is_label(line, i))
        seen_paragraph = seen_paragraph or is_paragraph
    return _goal_text(goal), _goal_text(result)


def split_interleaved_cell(cell: str) -> tuple[str, str]:
    """Given a 预期目标 cell, return (its goal text, result text the extraction wove into it).

    When the result column's lines were printed into the goal cell, each wrapped line
    after the first is a piece of result followed by a full goal line (``…更好地履行法规与 ⇥
    根据工作计划,认真开展|标准各项工作职责,…``): the first line shows the goal column's
    width, the longer lines after it end in a goal line of that width, and what comes
    before it is the result's. Any other cell is all goal.
    """
    lines = cell.split()
    width = len(lines[0]) if lines else 0
    middle = lines[1:-1]
    woven = width >= INTERLEAVED_MIN_WIDTH and middle and all(len(line) > width for line in middle)
    if not woven or len(lines[-1]) > width:
        return cell, ""
    goal = [lines[0], *(line[-width:] for line in middle), lines[-1]]
    return " ".join(goal), " ".join(line[:-width] for line in middle)


def _is_goal_header(line: Line) -> bool:
    """Whether ``line`` is the 预期目标 / 实际完成情况 header row."""
    text = line.compact
    return ("期目标" in text or "完成情" in text) and len(text) <= 30


def _result_column(line: Line) -> int:
    """The index of the header cell where 实际完成情况 begins."""
    return next((i for i, cell in enumerate(line.cells) if _RESULT_HEADER_RE.search(compact(cell))), len(line.cells))


def _result_start(line: Line, split: int) -> int:
    """Given a goal body line and the header's result column, return where the result starts on this line.

    Usually at the header's column; on a line whose cells shifted left, the last
    text cell, after a gap of empty cells, is the result.
    """
    filled = [i for i, cell in enumerate(line.cells) if cell.strip() and not _is_label(line, i)]
    if not filled or filled[-1] >= split or len(filled) < 2:
        return split
    last, before = filled[-1], filled[-2]
    return last if last - before > RESULT_GAP_CELLS else split


def _is_label(line: Line, index: int) -> bool:
    """Whether cell ``index`` is the 年度总体目标 label column rather than text (short, in the first column)."""
    return index == 0 and len(compact(line.cells[0])) <= _LABEL_CELL_MAX_CHARS


def _goal_text(cells: list[str]) -> str:
    """Join goal or result cells into one text, dropping the 年度/总体/目标 label words that wrap into them."""
    tokens = [token for cell in cells for token in cell.split() if token not in _GOAL_LABEL_WORDS]
    return join_text(tokens)
