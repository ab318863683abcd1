"""Step 5a of the text reader: rows the extraction printed twice → dropped, when the 分值 prove it.

A garbled second copy of a row (``-100.00(70)`` for ``=100.00(%)``, a 得分 above
its 分值) or a plain repeat sits next to the row it copies. Nothing is dropped on
looks alone: only when funds 分值 + Σ row 分值 exceeds the 总分's 分值, and
dropping copies uses the excess up exactly.
"""

from __future__ import annotations

from ingest.text.lines import has_cjk
from ingest.text.rows import RowDraft
from ingest.values import parse_actual, parse_target

TEMPLATE_TOTAL_WEIGHT = 100.0
"""The 分值 of 总分 in the national template, used when the footer lost it."""
WEIGHT_TOLERANCE = 0.005


def drop_duplicates(
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
