"""Step 5 of the text reader: figures lines and continuation lines → the rows of one indicator table.

Three things the extraction does to a table are undone, each from the document's
own evidence:
- a cell that wrapped over several lines: its pieces are given back to the row
  they belong to, by column (as laid out on that page) and by position (here);
- a row printed twice (once garbled): dropped when, and only when, the table's
  分值 then add up to the 总分's 分值, its words going to the row kept (text_duplicates);
- merged 一级/二级 cells: their label pieces are read wherever they landed and
  their rows follow from where the renderer prints a label in its cell (text_levels).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from ingest.text.duplicates import TEMPLATE_TOTAL_WEIGHT, drop_duplicates
from ingest.text.levels import LevelReadings, apply_levels, better_reading, read_levels
from ingest.text.lines import Line, has_cjk, is_label_fragment, join_text, word_coverage
from ingest.text.rows import RowDraft, RowFigures, is_unit, line_to_figures, looks_like_row


@dataclass
class TableRows:
    """The rows read from one indicator table, the duplicated lines dropped from it (line, kept twin's line), and
    the lines that print a row's values but whose 分值/得分 could not be read (``unread``: reported, not merged),
    and the rows' levels read both ways labels may be printed (the rows carry the way this table fits better; the
    reader settles one way for the whole document)."""

    rows: list[RowDraft]
    dropped: list[tuple[int, int]]
    unread: list[Line] = field(default_factory=list)
    levels: LevelReadings | None = None


def lines_to_table(lines: list[Line], funds_weight: float | None, total_weight: float | None) -> TableRows:
    """Given the lines of one indicator table and the funds/总分 分值, return its rows with every piece in place."""
    figures = {line.number: fig for line in lines if (fig := line_to_figures(line))}
    drafts = _merge_unit_tails([RowDraft(fig) for fig in figures.values()])
    kept, twins = drop_duplicates(drafts, funds_weight, total_weight or TEMPLATE_TOTAL_WEIGHT)
    if not kept:
        return TableRows([], [])
    for draft in kept:
        _add_own_pieces(draft)
    for draft, twin in twins.items():
        _add_twin_pieces(draft, twin)
    unread = [line for line in lines if line.number not in figures and looks_like_row(line)]
    continuations = [line for line in lines if line.number not in figures and line not in unread]
    _attach_continuations(continuations, kept)
    levels = read_levels(lines, kept, {draft.number: twin for draft, twin in twins.items()})
    apply_levels(kept, getattr(levels, better_reading([levels])))
    return TableRows(kept, [(draft.number, twin.number) for draft, twin in twins.items()], unread, levels)


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
    own_name = join_text([text for _, _, text in twin.name])
    copy_name = join_text([token for _, token in fig.name_tokens])
    for pieces, tokens in ((twin.name, fig.name_tokens), (twin.reason, fig.reason_tokens)):
        shown = "".join(text for _, _, text in pieces)
        pieces.extend((number, cell, token) for cell, token in tokens if has_cjk(token) and token not in shown)
    if _reads_better(copy_name, own_name):
        twin.legible_name = (number, copy_name)


SAME_CELL_MIN_MATCHES = 2
"""Characters a garbled name and its copy must share in the same places to be one cell printed twice."""


def _reads_better(copy: str, own: str) -> bool:
    """Whether a duplicated line's copy of a name cell is that cell better printed: as many characters as the row's
    own, some of them the same in the same places (``拉加名片人具满金亩`` / ``培训参与人员满意度`` share 人 and 满: one
    cell, garbled once — not the next line of a wrapped name), and more of them in words."""
    if not copy or len(copy) != len(own) or copy == own:
        return False
    same_places = sum(1 for a, b in zip(copy, own, strict=True) if a == b)
    return same_places >= SAME_CELL_MIN_MATCHES and word_coverage(copy) > word_coverage(own)


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


