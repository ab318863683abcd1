"""Step 5b of the text reader: merged 一级/二级 label pieces → each row's 一级指标 and 二级指标.

A merged cell's label lands in the text wherever the extractor put it: split over
lines (``满意 / 度指 / 标``), garbled (``服对满度标``, ``社会対益``), on a row's line or
on a line of its own. Each piece names its label by a character only that label
has; the label then covers the rows below it down to the next one.
"""

from __future__ import annotations

from ingest.text.lines import Line, compact, is_label_fragment
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


def assign_levels(lines: list[Line], rows: list[RowDraft], twin_of: dict[int, RowDraft]) -> None:
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
        else:  # a twin the table dropped (a duplicated line of a row left out) is no row to label
            twin = twin_of.get(line.number)
            slots = near[twin if twin in near else _nearest_row(line, rows)]
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
