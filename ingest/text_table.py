"""Step 5 of the text reader: figures lines and continuation lines → the rows of one indicator table.

Three things the extraction does to a table are undone here, each from the
document's own evidence:
- a cell that wrapped over several lines: its pieces are given back to the row
  they belong to, by column (as laid out on that page) and by position;
- a row printed twice (once garbled): dropped when, and only when, the table's
  分值 then add up to the 总分's 分值 — the extra lines' words go to the row kept;
- merged 一级/二级 cells: their label pieces are read wherever they landed and
  carried down the rows below them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from ingest.text_lines import Line, compact, has_cjk, is_label_fragment
from ingest.text_rows import RowFigures, is_unit, line_to_figures
from ingest.values import parse_actual, parse_target

TEMPLATE_TOTAL_WEIGHT = 100.0
"""The 分值 of 总分 in the national template, used when the footer lost it."""
WEIGHT_TOLERANCE = 0.005

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

    @property
    def number(self) -> int:
        """The line number of the row's figures."""
        return self.figures.line.number


@dataclass
class TableRows:
    """The rows read from one indicator table, and the duplicated lines dropped from it (line, kept twin's line)."""

    rows: list[RowDraft]
    dropped: list[tuple[int, int]]


def lines_to_table(lines: list[Line], funds_weight: float | None, total_weight: float | None) -> TableRows:
    """Given the lines of one indicator table and the funds/总分 分值, return its rows with every piece in place."""
    figures = {line.number: fig for line in lines if (fig := line_to_figures(line))}
    drafts = _merge_unit_tails([RowDraft(fig) for fig in figures.values()])
    kept, twins = _drop_duplicates(drafts, funds_weight, total_weight or TEMPLATE_TOTAL_WEIGHT)
    if not kept:
        return TableRows([], [])
    for draft in kept:
        _add_own_pieces(draft)
    for draft, twin in twins.items():
        _add_twin_pieces(draft, twin)
    continuations = [line for line in lines if line.number not in figures]
    _attach_continuations(continuations, kept)
    _assign_levels(lines, kept, {draft.number: twin for draft, twin in twins.items()})
    return TableRows(kept, [(draft.number, twin.number) for draft, twin in twins.items()])


def _merge_unit_tails(drafts: list[RowDraft]) -> list[RowDraft]:
    """Fold a ``(页) ⇥ (页) ⇥ 2.10 ⇥ 2.10`` line (units wrapped below a long number) into the row above."""
    merged: list[RowDraft] = []
    for draft in drafts:
        fig = draft.figures
        if merged and fig.units_only:
            above = merged[-1]
            above.target.append((fig.line.number, fig.target_cell, fig.target))
            above.actual.append((fig.line.number, fig.actual_cell, fig.actual))
            above.name.extend((fig.line.number, cell, token) for cell, token in fig.name_tokens)
            continue
        merged.append(draft)
    return merged


def _add_own_pieces(draft: RowDraft) -> None:
    """Put the row's own line's name, target and reason into its piece lists."""
    fig = draft.figures
    number = fig.line.number
    draft.name.extend((number, cell, token) for cell, token in fig.name_tokens)
    if fig.target:
        draft.target.append((number, fig.target_cell, fig.target))
    draft.actual.append((number, fig.actual_cell, fig.actual))
    draft.reason.extend((number, cell, token) for cell, token in fig.reason_tokens)


def _add_twin_pieces(duplicate: RowDraft, twin: RowDraft) -> None:
    """Give a dropped duplicate's words to the row it duplicates, unless the row already shows them.

    The copy's line may carry the middle of a name wrapped over several lines
    (``生态环境保护协作 ⇥ 乍小组会议和办``); words the kept row has already are not repeated.
    """
    fig = duplicate.figures
    number = fig.line.number
    for pieces, tokens in ((twin.name, fig.name_tokens), (twin.reason, fig.reason_tokens)):
        shown = "".join(text for _, _, text in pieces)
        pieces.extend((number, cell, token) for cell, token in tokens if has_cjk(token) and token not in shown)


def _is_garbled(draft: RowDraft) -> bool:
    """Whether a row's figures cannot be right as printed: 得分 lost or above 分值, or a target without its operator."""
    fig = draft.figures
    if fig.score is None or fig.score > fig.weight:
        return True
    target = parse_target(fig.target)
    return target.value is not None and target.op is None or not fig.actual or _unreadable_actual(fig.actual)


def _unreadable_actual(actual: str) -> bool:
    """Whether an actual starts like a number but does not read as one (``00()/5)``)."""
    return actual[:1].isdigit() and not has_cjk(actual) and parse_actual(actual).value is None


def _same_figures(a: RowDraft, b: RowDraft) -> bool:
    """Whether two rows print the same 年度指标值, 实际完成值, 分值 and 得分."""
    fa, fb = a.figures, b.figures
    return (fa.target, fa.actual, fa.weight, fa.score) == (fb.target, fb.actual, fb.weight, fb.score)


def _drop_duplicates(
    drafts: list[RowDraft], funds_weight: float | None, total_weight: float
) -> tuple[list[RowDraft], dict[RowDraft, RowDraft]]:
    """Drop rows the extraction printed twice, when the 分值 prove it: return (rows kept, {dropped: its twin}).

    When funds 分值 + Σ row 分值 exceeds 总分 分值, rows next to their twin are
    candidates — garbled ones first, then the less legible of two identical rows —
    and are dropped while their 分值 fit the excess. Unless the excess is then
    exactly used up nothing is dropped, and the mismatch is left for validation.
    """
    if funds_weight is None:
        return drafts, {}
    excess = funds_weight + sum(d.figures.weight for d in drafts) - total_weight
    if excess < WEIGHT_TOLERANCE:
        return drafts, {}
    twins: dict[RowDraft, RowDraft] = {}
    for candidate, twin in _duplicate_candidates(drafts):
        if candidate in twins or twin in twins or candidate.figures.weight > excess + WEIGHT_TOLERANCE:
            continue
        twins[candidate] = twin
        excess -= candidate.figures.weight
        if abs(excess) < WEIGHT_TOLERANCE:
            return [d for d in drafts if d not in twins], twins
    return drafts, {}


def _duplicate_candidates(drafts: list[RowDraft]) -> list[tuple[RowDraft, RowDraft]]:
    """Rows that may be a printed-twice copy of a neighbour, most likely first, each with that neighbour."""
    garbled: list[tuple[RowDraft, RowDraft]] = []
    identical: list[tuple[RowDraft, RowDraft]] = []
    for index, draft in enumerate(drafts):
        neighbours = drafts[max(index - 1, 0) : index] + drafts[index + 1 : index + 2]
        if _is_garbled(draft) and neighbours:
            same_weight = [n for n in neighbours if n.figures.weight == draft.figures.weight]
            garbled.append((draft, (same_weight or neighbours)[0]))
        for other in drafts[index + 1 : index + 2]:
            if _same_figures(draft, other):
                worse, better = sorted((draft, other), key=_legibility)
                identical.append((worse, better))
    return garbled + identical


def _legibility(draft: RowDraft) -> int:
    """How many Chinese characters the row's own name shows: the better-printed twin is kept."""
    return sum(1 for _, token in draft.figures.name_tokens for char in token if has_cjk(char))


def _attach_continuations(lines: list[Line], rows: list[RowDraft]) -> None:
    """Give each continuation line's name, target and reason pieces to the row they belong to."""
    layouts = _page_layouts(rows)
    pieces = {line.number: _line_pieces(line, _layout_for(line.page, layouts)) for line in lines}
    unit_tails = {line.number for line in lines if _is_unit_tail(pieces[line.number])}
    text_lines = [
        line
        for line in lines
        if line.number not in unit_tails and any(pieces[line.number][role] for role in ("name", "target", "actual"))
    ]
    owners = _text_owners(text_lines, rows)
    owners.update({number: _row_above(number, rows) for number in unit_tails})
    for line in lines:
        line_pieces = pieces[line.number]
        owner = owners.get(line.number)
        if owner is not None:
            owner.name.extend(line_pieces["name"])
            owner.target.extend(line_pieces["target"])
            owner.actual.extend(line_pieces["actual"])
        if line_pieces["reason"]:
            _reason_owner(line, rows, owner).reason.extend(line_pieces["reason"])


Layout = tuple[int, int, int]
"""Where a page's columns sit: (target cell, actual cell, first reason cell)."""


def _is_unit_tail(pieces: dict[str, list[tuple[int, int, str]]]) -> bool:
    """Whether a continuation line holds only bare units under the target and actual: they finish the row above."""
    values = pieces["target"] + pieces["actual"]
    return bool(values) and not pieces["name"] and all(is_unit(text) for _, _, text in values)


def _row_above(number: int, rows: list[RowDraft]) -> RowDraft:
    """The last row whose figures line is above line ``number`` (the first row when none is)."""
    return next((row for row in reversed(rows) if row.number < number), rows[0])


def _page_layouts(rows: list[RowDraft]) -> dict[int, Layout]:
    """For each page with rows: its Layout, the most common cell of each column among the page's rows.

    Column indexes shift from page to page (a page break restarts the layout), so
    continuation lines are read against their own page's rows.
    """
    by_page: dict[int, list[RowFigures]] = {}
    for row in rows:
        by_page.setdefault(row.figures.line.page, []).append(row.figures)
    return {
        page: (
            Counter(f.target_cell for f in figs).most_common(1)[0][0],
            Counter(f.actual_cell for f in figs).most_common(1)[0][0],
            Counter(f.reason_cell for f in figs).most_common(1)[0][0],
        )
        for page, figs in by_page.items()
    }


def _layout_for(page: int, layouts: dict[int, Layout]) -> Layout:
    """The layout of ``page``, else of the nearest page before it that has rows, else the nearest after."""
    before = [p for p in layouts if p <= page]
    return layouts[max(before)] if before else layouts[min(layouts)]


def _line_pieces(line: Line, layout: Layout) -> dict[str, list[tuple[int, int, str]]]:
    """Sort a continuation line's cells by column: name (二级 column words and before the target), target,
    actual (a wrapped unit), reason (text right of the actual, where the 偏差原因 wraps).
    """
    target_cell, actual_cell, _ = layout
    pieces: dict[str, list[tuple[int, int, str]]] = {"name": [], "target": [], "actual": [], "reason": []}
    for cell, token in line.tokens():
        if cell == 0 or (cell == 1 and is_label_fragment(token, forgive_one=True)):
            continue
        role = "name" if cell < target_cell else "target" if cell < actual_cell else "actual" if cell == actual_cell else "reason"
        pieces[role].append((line.number, cell, token))
    return pieces


def _text_owners(lines: list[Line], rows: list[RowDraft]) -> dict[int, RowDraft]:
    """Given continuation lines of name or target text and the rows in order, return each line's row.

    A row's figures print level with the middle of its wrapped cells, so of the
    lines between two rows the upper one takes as many as it took above itself,
    and the lower one the rest. Across a page break, the first line on the new
    page still finishes the row the break cut.
    """
    owners: dict[int, RowDraft] = {}
    above_count = dict.fromkeys(rows, 0)
    leading = [line for line in lines if line.number < rows[0].number]
    owners.update({line.number: rows[0] for line in leading})
    above_count[rows[0]] = len(leading)
    for upper, lower in pairwise(rows):
        gap = [line for line in lines if upper.number < line.number < lower.number]
        to_upper = _upper_share(gap, upper, above_count[upper])
        owners.update({line.number: upper for line in gap[:to_upper]})
        owners.update({line.number: lower for line in gap[to_upper:]})
        above_count[lower] = len(gap) - to_upper
    owners.update({line.number: rows[-1] for line in lines if line.number > rows[-1].number})
    return owners


def _upper_share(gap: list[Line], upper: RowDraft, upper_above: int) -> int:
    """How many of the lines between two rows belong to the upper row (see _text_owners)."""
    page = upper.figures.line.page
    same_page = sum(1 for line in gap if line.page == page)
    if same_page < len(gap):
        return min(len(gap), same_page + 1)
    return min(len(gap), upper_above)


def _reason_owner(line: Line, rows: list[RowDraft], text_owner: RowDraft | None) -> RowDraft:
    """The row a continuation line's 偏差原因 piece belongs to: the nearest row around it that has a reason."""
    above = [row for row in rows if row.number < line.number]
    below = [row for row in rows if row.number > line.number]
    around = ([above[-1]] if above else []) + ([below[0]] if below else [])
    with_reason = [row for row in around if row.figures.reason_tokens]
    return (with_reason or [text_owner or around[0]])[0]


def _assign_levels(lines: list[Line], rows: list[RowDraft], twin_of: dict[int, RowDraft]) -> None:
    """Set each row's 一级/二级 from the merged label pieces read around it; 一级 follows from a known 二级.

    A 二级 carried down past the start of another 一级 (the row's 一级 is 效益指标
    but the 二级 above is 质量指标) is wrong: the row takes the next 二级 below
    that belongs to its 一级, the label printed lower in its merged cell.
    """
    hints = _level_hints(lines, rows, twin_of)
    level1s = _carry_down([hints[row][0] for row in rows])
    level2_hints = [hints[row][1] for row in rows]
    level2s = _carry_down(level2_hints)
    for index, row in enumerate(rows):
        level1, level2 = level1s[index], level2s[index]
        if level2_hints[index] is None and level1 and LEVEL2_PARENT.get(level2 or "") != level1:
            below = (hint for hint in level2_hints[index + 1 :] if hint and LEVEL2_PARENT[hint] == level1)
            level2 = next(below, None)
        row.level2 = level2
        row.level1 = LEVEL2_PARENT.get(level2 or "") or level1


def _level_hints(
    lines: list[Line], rows: list[RowDraft], twin_of: dict[int, RowDraft]
) -> dict[RowDraft, tuple[str | None, str | None]]:
    """Given the table's lines and rows, return the (一级, 二级) label pieces say for each row, None where silent.

    A label on a row's own line wins over one on a nearby line: a continuation
    line's label goes to the nearest row (the lower one on a tie, as a label
    continues downwards), a duplicated line's to its twin.
    """
    by_number = {row.number: row for row in rows}
    own: dict[RowDraft, list[str | None]] = {row: [None, None] for row in rows}
    near: dict[RowDraft, list[str | None]] = {row: [None, None] for row in rows}
    for line in lines:
        found = (_level1_hint(line), _level2_hint(line))
        if line.number in by_number:
            slots = own[by_number[line.number]]
        else:
            slots = near[twin_of.get(line.number) or _nearest_row(line, rows)]
        for level, label in enumerate(found):
            slots[level] = slots[level] or label
    return {row: (own[row][0] or near[row][0], own[row][1] or near[row][1]) for row in rows}


def _carry_down(labels: list[str | None]) -> list[str | None]:
    """Given each row's label hint in table order, return each row's label: the nearest hint at or above it.

    A merged cell's label is printed once, at or near its top; rows above the
    first label belong to it too.
    """
    current = next((label for label in labels if label), None)
    carried: list[str | None] = []
    for label in labels:
        current = label or current
        carried.append(current)
    return carried


def _nearest_row(line: Line, rows: list[RowDraft]) -> RowDraft:
    """The row whose figures line is nearest to ``line``; on a tie the lower one, where a label continues."""
    return min(rows, key=lambda row: (abs(row.number - line.number), row.number < line.number))


def _level1_hint(line: Line) -> str | None:
    """The 一级 label a line's first column names, if its text is a label piece that says which."""
    cell = line.cells[0] if line.cells else ""
    return _label_from(cell, _LEVEL1_KEYS) if is_label_fragment(cell, forgive_one=True) else None


def _level2_hint(line: Line) -> str | None:
    """The 二级 label the label pieces in a line's second column name, if they say which."""
    if len(line.cells) < 2:
        return None
    pieces = "".join(token for token in line.cells[1].split() if is_label_fragment(token, forgive_one=True))
    return _label_from(pieces, _LEVEL2_KEYS)


def _label_from(text: str, keys: tuple[tuple[str, str], ...]) -> str | None:
    """The label whose distinctive characters ``text`` holds (any one of them identifies it)."""
    text = compact(text)
    return next((label for chars, label in keys if any(char in text for char in chars)), None)
