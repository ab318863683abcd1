"""Step 5b of the text reader: merged 一级/二级 label pieces → each row's 一级指标 and 二级指标.

A merged cell's label lands in the text wherever the extractor put it: split over
lines (``满意 / 度指 / 标``), garbled (``服对满度标``, ``社会対益``, ``- 1 3/``), on a row's
line or on a line of its own. Each piece names its label by a character only that
label has. Which rows a label covers follows from where it is printed: a renderer
prints every merged label of a document the same way, at the top of its cell or in
its vertical middle (``时效`` beside the second of three rows covers the row above it
too). The rows between two labels are shared out so that each label sits where that
way puts it, as nearly as the lines' heights tell; a cell cut by a page break prints
its label at the top of its first part. 二级 cells lie inside 一级 cells: the 一级
cells are found first, then the 二级 cells inside each.

This is a pipeline of small steps, like the reader's: lines → their heights and rows
(``_line_positions``, ``_row_of_lines``, ``_row_extents``) → label cells
(``_label_cells``) → the split of the rows among them (``_best_split``) → a reading
per way of printing (``read_levels``), of which the document's tables choose one.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from ingest.text.lines import LEVEL_LABEL_CHARS, Line, compact, has_cjk, is_label_fragment, is_label_ink
from ingest.text.rows import RowDraft

LEVEL2_PARENT: dict[str, str] = {
    "数量指标": "产出指标",
    "质量指标": "产出指标",
    "时效指标": "产出指标",
    "成本指标": "产出指标",
    "经济效益指标": "效益指标",
    "社会效益指标": "效益指标",
    "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标",
    "服务对象满意度指标": "满意度指标",
}
_LEVEL2_KEYS: tuple[tuple[str, str], ...] = (
    ("数", "数量指标"),
    ("质", "质量指标"),
    ("时", "时效指标"),
    ("本", "成本指标"),
    ("经济", "经济效益指标"),
    ("社会", "社会效益指标"),
    ("生态", "生态效益指标"),
    ("可持续影响", "可持续影响指标"),
    ("服务对象满意度", "服务对象满意度指标"),
)
_LEVEL1_KEYS: tuple[tuple[str, str], ...] = (("产出", "产出指标"), ("效益", "效益指标"), ("满意度", "满意度指标"))
COST_DIGITS = 6
"""Costs are compared rounded, so that float noise does not break a tie."""


@dataclass
class LabelCell:
    """One merged label cell as the text shows it: its label, the first and last row it must cover (the rows of
    the lines naming it), where its printed lines sit (top and bottom, in line heights from the table's top) and
    how many lines the label itself takes. ``printed`` is False for a 一级 cell known only from its 二级 labels."""

    label: str
    first_row: int
    last_row: int
    top: float
    bottom: float
    label_lines: int
    printed: bool = True


@dataclass(frozen=True)
class RowExtent:
    """Where one row sits: its top and bottom in line heights from the table's top, and its first and last page."""

    top: float
    bottom: float
    first_page: int
    last_page: int


@dataclass(frozen=True)
class LevelReading:
    """Each row's (一级, 二级) when labels are printed one way, and how far the printed labels then sit from where
    that way puts them (in line heights, summed over the cells)."""

    cost: float
    levels: list[tuple[str | None, str | None]]


@dataclass(frozen=True)
class LevelReadings:
    """One table's levels read both ways a renderer prints merged labels: at the top, and in the middle."""

    top: LevelReading
    middle: LevelReading


def read_levels(lines: list[Line], rows: list[RowDraft], twin_of: dict[int, RowDraft]) -> LevelReadings:
    """Given a table's lines, its rows and the rows its dropped duplicates copy, return the rows' levels read with
    labels at their cells' top and in their middle (see the module's docstring)."""
    if not rows:
        empty = LevelReading(0.0, [])
        return LevelReadings(empty, empty)
    positions = _line_positions(lines)
    row_of = _row_of_lines(lines, rows, twin_of)
    extents = _row_extents(lines, rows, row_of, *positions)
    cells2 = _label_cells(lines, positions, row_of, extents, level=1)
    cells1 = _with_missing_parents(_label_cells(lines, positions, row_of, extents, level=0), cells2)
    return LevelReadings(*(_read_both_levels(cells1, cells2, extents, middle) for middle in (False, True)))


def better_reading(readings: list[LevelReadings]) -> str:
    """Which way (``"top"`` or ``"middle"``) the labels of a document's tables are printed: the one they fit
    better overall; the top on a tie, as a label at the top of its cell is the plain reading."""
    top = round(sum(r.top.cost for r in readings), COST_DIGITS)
    middle = round(sum(r.middle.cost for r in readings), COST_DIGITS)
    return "middle" if middle < top else "top"


def apply_levels(rows: list[RowDraft], reading: LevelReading) -> None:
    """Set each row's 一级/二级 from a reading."""
    for row, (level1, level2) in zip(rows, reading.levels, strict=True):
        row.level1, row.level2 = level1, level2


def _read_both_levels(
    cells1: list[LabelCell], cells2: list[LabelCell], extents: list[RowExtent], middle: bool
) -> LevelReading:
    """The rows' 一级, then the 二级 inside each 一级 cell (only 二级 labels of that 一级 count there)."""
    cost, level1s = _labels_by_row(cells1, extents, 0, len(extents), middle)
    level2s: list[str | None] = [None] * len(extents)
    for start, end in _runs(level1s):
        inside = [
            c for c in cells2 if start <= c.first_row and c.last_row < end and LEVEL2_PARENT[c.label] == level1s[start]
        ]
        inner_cost, level2s[start:end] = _labels_by_row(inside, extents, start, end, middle)
        cost += inner_cost
    return LevelReading(cost, list(zip(level1s, level2s, strict=True)))


def _line_positions(lines: list[Line]) -> tuple[list[float], list[int]]:
    """Each line's top (in line heights from the table's top) and height: the most wrapped pieces of Chinese text
    one of its cells holds (a reason wrapped over six lines makes its row six tall)."""
    heights = [max([1] + [sum(1 for token in cell.split() if has_cjk(token)) for cell in line.cells]) for line in lines]
    tops = [float(sum(heights[:index])) for index in range(len(lines))]
    return tops, heights


def _row_of_lines(lines: list[Line], rows: list[RowDraft], twin_of: dict[int, RowDraft]) -> list[int]:
    """The index of the row each line belongs to: its own row, or the row a dropped duplicate copies; a line above
    the first row of its page finishes the row the page break cut; any other line belongs to the nearest row (the
    lower one on a tie, as a wrapped label continues downwards)."""
    index_of = {row.number: index for index, row in enumerate(rows)}
    index_of.update({number: index_of[twin.number] for number, twin in twin_of.items() if twin.number in index_of})
    first_on_page: dict[int, int] = {}
    for row in rows:
        first_on_page.setdefault(row.figures.line.page, row.number)

    def owner(line: Line) -> int:
        if line.number in index_of:
            return index_of[line.number]
        above = [index for index, row in enumerate(rows) if row.number < line.number]
        cut = above and rows[above[-1]].figures.line.page < line.page
        if cut and line.number < first_on_page.get(line.page, line.number + 1):
            return above[-1]
        return min(range(len(rows)), key=lambda i: (abs(rows[i].number - line.number), rows[i].number < line.number))

    return [owner(line) for line in lines]


def _row_extents(
    lines: list[Line], rows: list[RowDraft], row_of: list[int], tops: list[float], heights: list[int]
) -> list[RowExtent]:
    """Each row's extent: from the top of its first line to the bottom of its last one, with their pages."""
    extents = []
    for index in range(len(rows)):
        own = [k for k, owner in enumerate(row_of) if owner == index]
        first, last = own[0], own[-1]
        extents.append(RowExtent(tops[first], tops[last] + heights[last], lines[first].page, lines[last].page))
    return extents


def _label_cells(
    lines: list[Line],
    positions: tuple[list[float], list[int]],
    row_of: list[int],
    extents: list[RowExtent],
    level: int,
) -> list[LabelCell]:
    """The merged cells of one label column (0: 一级, 1: 二级), in table order.

    Consecutive lines naming one label are one cell; the unnamed label pieces next to
    them (``指标``, garbled ``1111/1``) are its printed lines too. The rows of the lines
    naming it must be among its rows — except a line that only finishes a row a page
    break cut, whose label may begin the next row's cell; a cell named on such lines
    alone must cover the row beside its printed middle. ``positions`` are the lines' tops and heights.
    """
    tops, heights = positions
    named = [_label_hint(line, level) for line in lines]
    ink = [_label_ink(line, level) for line in lines]
    spans: list[tuple[int, int]] = []
    for k, label in enumerate(named):
        if label is None:
            continue
        if spans and named[spans[-1][0]] == label and not any(named[spans[-1][1] + 1 : k]):
            spans[-1] = (spans[-1][0], k)
        else:
            spans.append((k, k))
    labels = [named[first] or "" for first, _ in spans]
    owner_of_ink = _ink_owners(named, ink, labels, spans)
    cells = []
    for index, (label, (first, last)) in enumerate(zip(labels, spans, strict=True)):
        printed = [k for k, owner in owner_of_ink.items() if owner == index] + [first, last]
        top, bottom = tops[min(printed)], tops[max(printed)] + heights[max(printed)]
        naming = [k for k in range(first, last + 1) if named[k] == label]
        binding = [row_of[k] for k in naming if _binds(lines[k], extents[row_of[k]])]
        if not binding:
            binding = [_row_beside((top + bottom) / 2, extents)]
        label_lines = sum(_label_line_count(lines[k], level) for k in range(min(printed), max(printed) + 1))
        cells.append(LabelCell(label, min(binding), max(binding), top, bottom, max(label_lines, 1)))
    return cells


def _binds(line: Line, extent: RowExtent) -> bool:
    """Whether a label on ``line`` must be in its row's cell: not when the line only finishes a row a page break cut
    (it is on a later page than the one the row began on)."""
    return line.page == extent.first_page


def _row_beside(position: float, extents: list[RowExtent]) -> int:
    """The index of the row whose extent holds ``position`` (the nearest one, the upper on a tie)."""
    return min(range(len(extents)), key=lambda i: (_distance(position, extents[i].top, extents[i].bottom), i))


def _ink_owners(
    named: list[str | None], ink: list[str | None], labels: list[str], spans: list[tuple[int, int]]
) -> dict[int, int]:
    """For each line holding unnamed label ink, the cell it prints a line of: the nearest cell reached through
    ink alone (the upper one on a tie) whose label has the ink's characters; garbled glyphs fit any label."""
    owners: dict[int, int] = {}
    for k, text in enumerate(ink):
        if text is None or named[k] is not None:
            continue
        candidates = []
        for index, (first, last) in enumerate(spans):
            gap = range(last + 1, k) if last < k else range(k + 1, first)
            if all(ink[g] is not None for g in gap) and set(text) <= set(labels[index]):
                candidates.append((len(gap), last >= k, index))
        if candidates:
            owners[k] = min(candidates)[2]
    return owners


def _with_missing_parents(cells1: list[LabelCell], cells2: list[LabelCell]) -> list[LabelCell]:
    """The 一级 cells, plus one where a 二级 cell's parent is printed nowhere in the table (its label was lost)."""
    printed = {cell.label for cell in cells1}
    added = [
        LabelCell(LEVEL2_PARENT[cell.label], cell.first_row, cell.last_row, cell.top, cell.bottom, 0, printed=False)
        for cell in cells2
        if LEVEL2_PARENT[cell.label] not in printed
    ]
    merged: list[LabelCell] = []
    for cell in sorted(cells1 + added, key=lambda c: (c.first_row, c.top)):
        if merged and merged[-1].label == cell.label:
            merged[-1].last_row = max(merged[-1].last_row, cell.last_row)
        elif not merged or cell.first_row > merged[-1].last_row:
            merged.append(cell)
    return merged


def _labels_by_row(
    cells: list[LabelCell], extents: list[RowExtent], start: int, end: int, middle: bool
) -> tuple[float, list[str | None]]:
    """The label of each row in ``start:end`` — the rows shared out among ``cells`` in order — and the split's cost.

    Cells whose rows overlap an earlier cell's are dropped (a garbled piece naming a label out of place).
    """
    ordered: list[LabelCell] = []
    for cell in cells:
        if not ordered or cell.first_row > ordered[-1].last_row:
            ordered.append(cell)
    if not ordered:
        return 0.0, [None] * (end - start)
    cost, ends = _best_split(ordered, extents, start, end, middle)
    labels: list[str | None] = []
    for cell, (first, stop) in zip(ordered, pairwise([start, *ends]), strict=True):
        labels.extend([cell.label] * (stop - first))
    return cost, labels


def _best_split(
    cells: list[LabelCell], extents: list[RowExtent], start: int, end: int, middle: bool
) -> tuple[float, list[int]]:
    """Given cells in order, return the split of rows ``start:end`` among them with the least cost (``_cell_cost``)
    and the (exclusive) end of each cell's rows; every cell covers its own rows.

    Dynamic programming over the cells in order; on equal cost the earlier cells keep more rows (a label carries
    down until the next one, the plain reading).
    """
    best: dict[int, tuple[float, list[int]]] = {start: (0.0, [])}
    for index, cell in enumerate(cells):
        last_cell = index == len(cells) - 1
        next_first = end if last_cell else cells[index + 1].first_row
        options: dict[int, tuple[float, list[int]]] = {}
        for begin, (cost, path) in best.items():
            if begin > cell.first_row:
                continue
            for stop in ([end] if last_cell else range(cell.last_row + 1, next_first + 1)):
                option = (cost + _cell_cost(cell, extents[begin], extents[stop - 1], middle), [*path, stop])
                if stop not in options or _preferred(option) < _preferred(options[stop]):
                    options[stop] = option
        best = options
    return min(best.values(), key=_preferred)


def _preferred(option: tuple[float, list[int]]) -> tuple[float, list[int]]:
    """Sort key of a split: the least cost, then the earliest cells keeping the most rows."""
    cost, stops = option
    return round(cost, COST_DIGITS), [-stop for stop in stops]


def _cell_cost(cell: LabelCell, first: RowExtent, last: RowExtent, middle: bool) -> float:
    """How far a cell's printed label sits from where the rows ``first``..``last`` would print it, in line heights.

    At the top: the label's first line within the first row. In the middle: the label's
    middle at the rows' middle, give or take the room its lines leave in the lines it is
    printed beside (``质量指标`` printed beside a row four lines tall may sit anywhere in
    it). A cell cut by a page break prints its label at the top of its first part; a cell
    whose label is not printed costs nothing.
    """
    if not cell.printed:
        return 0.0
    if first.first_page != last.last_page or not middle:
        return _distance(cell.top, first.top, first.bottom)
    room = max(0.0, (cell.bottom - cell.top - cell.label_lines) / 2)
    return max(0.0, abs((first.top + last.bottom) / 2 - (cell.top + cell.bottom) / 2) - room)


def _distance(point: float, low: float, high: float) -> float:
    """How far ``point`` lies outside the band from ``low`` to ``high`` (0 inside it)."""
    return max(low - point, point - high, 0.0)


def _runs(labels: list[str | None]) -> list[tuple[int, int]]:
    """The (start, end) of each run of one 一级 label, leaving out rows without one."""
    runs: list[tuple[int, int]] = []
    for index, label in enumerate(labels):
        if runs and labels[runs[-1][0]] == label:
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    return [(start, stop) for start, stop in runs if labels[start] is not None]


def _label_hint(line: Line, level: int) -> str | None:
    """The label a line's 一级 (``level`` 0) or 二级 (1) column names, if its label pieces say which."""
    if len(line.cells) <= level:
        return None
    if level == 0:
        cell = line.cells[0]
        return _label_from(cell, _LEVEL1_KEYS) if is_label_fragment(cell, forgive_one=True) else None
    pieces = "".join(token for token in line.cells[1].split() if is_label_fragment(token, forgive_one=True))
    return _label_from(pieces, _LEVEL2_KEYS)


def _label_ink(line: Line, level: int) -> str | None:
    """The label characters a line's label column prints when it holds only label pieces or garbled glyphs: a
    printed line of a merged label. None when it holds anything else (or nothing)."""
    tokens = line.cells[level].split() if len(line.cells) > level else []
    if not tokens or not all(is_label_ink(token) for token in tokens):
        return None
    return "".join(char for char in "".join(tokens) if char in LEVEL_LABEL_CHARS)


def _label_line_count(line: Line, level: int) -> int:
    """How many lines of label a line's label column prints: its Chinese pieces (one for garbled glyphs alone)."""
    tokens = line.cells[level].split() if len(line.cells) > level else []
    return max(1, sum(1 for token in tokens if has_cjk(token))) if tokens else 0


def _label_from(text: str, keys: tuple[tuple[str, str], ...]) -> str | None:
    """The label whose distinctive characters ``text`` holds (any one of them identifies it)."""
    text = compact(text)
    return next((label for chars, label in keys if any(char in text for char in chars)), None)
