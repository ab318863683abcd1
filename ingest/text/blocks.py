"""Step 2 of the text reader: lines → one table block per project, cut into the template's sections.

Every section is found by the template's fixed labels (项目名称, 主管部门, the four
项目资金 rows, 年度指标值, 总分, 评分等级), never by line counts, so a table that
continues after a page break stays one block and a label split over two cells
(``项目 ⇥ 名称``, ``当年财政 拨款``) is still found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.records import FUND_LABELS
from ingest.text.lines import Line, compact, word_coverage

NAME_LABEL_RE = re.compile(r"项目\d*(?:项目|目)?名称")
"""The 项目名称 label with its spaces and tabs taken out, as the extraction cuts it (``项目4 ⇥ 名称``, ``项目 ⇥ 目名称``)."""
_INDICATOR_HEADER_MARKS = ("年度指标值", "实际完成值")
_HEADER_TAIL_MARKS = ("及改进", "改进措施")
_HEADER_CHARS = frozenset("一级指标二级三年度值实际完成分得偏差原因析及改进措施")
LEFTOVER_MIN_CHARS = 3
LEFTOVER_MIN_COVERAGE = 0.5
"""A word on a header line that is no header's must be this long and this much in dictionary words to be text."""


@dataclass
class TableBlock:
    """One project's table, its lines sorted into the template's sections (None/empty where not found)."""

    lines: list[Line]
    name_lines: list[Line] = field(default_factory=list)
    unit_line: Line | None = None
    fund_lines: dict[str, Line] = field(default_factory=dict)
    goal_lines: list[Line] = field(default_factory=list)
    indicator_lines: list[Line] = field(default_factory=list)
    header_lines: list[Line] = field(default_factory=list)
    total_line: Line | None = None
    grade_line: Line | None = None

    @property
    def is_complete(self) -> bool:
        """Whether the block has the three parts that make it a 绩效自评表: a table start, funds and indicators."""
        return bool(self.lines) and bool(self.fund_lines) and bool(self.indicator_lines)


def is_name_line(line: Line) -> bool:
    """Whether ``line`` opens a project table with its 项目名称 label (``项目 ⇥ 名称``, ``项目4 ⇥ 名称`` …)."""
    return bool(NAME_LABEL_RE.match(line.compact))


def fund_kind(line: Line) -> str | None:
    """The 项目资金 row a line carries (one of FUND_KINDS), or None."""
    text = line.compact
    return next((kind for kind, labels in FUND_LABELS.items() if any(label in text for label in labels)), None)


def lines_to_blocks(lines: list[Line]) -> list[list[Line]]:
    """Given all lines, return the lines of each project table, in document order.

    A table starts at its 项目名称 line; when that line was lost, a 主管部门 line
    after the previous table's footer starts the next one. Lines before the first
    table (titles) belong to none.
    """
    blocks: list[list[Line]] = []
    for line in lines:
        if is_name_line(line) or _starts_unnamed_table(blocks, line):
            blocks.append([line])
        elif blocks:
            blocks[-1].append(line)
    return blocks


def _starts_unnamed_table(blocks: list[list[Line]], line: Line) -> bool:
    """Whether ``line`` is a 主管部门 line opening a table whose name line is missing."""
    if not blocks or not compact("".join(line.cells[:2])).startswith(("主管部门", "部门")):
        return False
    return any(is_footer_line(seen) for seen in blocks[-1])


def is_total_line(line: Line) -> bool:
    """Whether ``line`` is the table's 总分 row."""
    return "总分" in line.compact


def is_grade_line(line: Line) -> bool:
    """Whether ``line`` is the table's 评分等级 row (``评分等 ⇥ 级`` when the label wraps)."""
    return "评分等" in line.compact


def is_footer_line(line: Line) -> bool:
    """Whether ``line`` is the table's 总分 or 评分等级 row."""
    return is_total_line(line) or is_grade_line(line)


def block_to_sections(lines: list[Line]) -> TableBlock:
    """Given one table's lines, return them sorted into header, funds, goal, indicator rows and footer."""
    block = TableBlock(lines=lines, fund_lines=_fund_lines(lines))
    funds_end = max((lines.index(line) for line in block.fund_lines.values()), default=0)
    block.unit_line = _unit_line(lines, funds_end)
    if is_name_line(lines[0]):
        unit_index = lines.index(block.unit_line) if block.unit_line is not None else 1
        block.name_lines = lines[: max(unit_index, 1)]
    header_start, header_end = _indicator_header(lines, funds_end)
    if header_start is None:
        block.goal_lines = lines[funds_end + 1 :]
        return block
    block.goal_lines = lines[funds_end + 1 : header_start]
    block.header_lines = lines[header_start : header_end + 1]
    footer = lines[header_end + 1 :]
    block.total_line = next((line for line in footer if is_total_line(line)), None)
    block.grade_line = next((line for line in footer if is_grade_line(line)), None)
    stop = next((footer.index(line) for line in (block.total_line, block.grade_line) if line), len(footer))
    block.indicator_lines = footer[:stop]
    return block


def header_leftovers(line: Line) -> list[str]:
    """Given a 绩效指标 header line, return the words on it that are no part of the header: text that wrapped into
    it from the cell above (``项工作档案进`` beside 实际完成值), which no record holds.

    A word counts when most of its characters are no header's and most of it reads as words; the header's own
    garbled glyphs (``三级扫``, ``平及領外區``) do not.
    """
    return [
        token
        for _, token in line.tokens()
        if len(token) >= LEFTOVER_MIN_CHARS
        and sum(1 for char in token if char not in _HEADER_CHARS) * 2 > len(token)
        and word_coverage(token) >= LEFTOVER_MIN_COVERAGE
    ]


def _fund_lines(lines: list[Line]) -> dict[str, Line]:
    """The first line of each 项目资金 row that carries numbers, by kind."""
    found: dict[str, Line] = {}
    for line in lines:
        kind = fund_kind(line)
        if kind and kind not in found and re.search(r"\d", line.compact):
            found[kind] = line
    return found


def _unit_line(lines: list[Line], funds_end: int) -> Line | None:
    """The 主管部门/实施单位 line: the first line naming 部门 before the funds end, else the name line if it does."""
    unit_line = next((line for line in lines[1 : funds_end + 1] if "部门" in line.compact), None)
    if unit_line is None and "部门" in lines[0].compact:
        return lines[0]
    return unit_line


def _indicator_header(lines: list[Line], funds_end: int) -> tuple[int | None, int]:
    """The first and last index of the 绩效指标 header rows (一级指标 … 年度指标值 … 偏差原因), or (None, -1).

    The header may wrap over up to three lines: a line starting ``一级`` before the
    line naming 年度指标值, and a ``及改进措施`` tail after it.
    """
    marked = next(
        (i for i in range(funds_end + 1, len(lines)) if any(m in lines[i].compact for m in _INDICATOR_HEADER_MARKS)),
        None,
    )
    if marked is None:
        return None, -1
    start = marked - 1 if marked > funds_end + 1 and lines[marked - 1].compact.startswith("一级") else marked
    end = marked
    if end + 1 < len(lines) and any(m in lines[end + 1].compact for m in _HEADER_TAIL_MARKS):
        end += 1
    return start, end
