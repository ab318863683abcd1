"""The money unit a report prints, and its amounts in 万元: a table in 元 must not be read as 万元.

The national template prints 项目资金（万元）, but an office's Excel sheet may say
项目资金（元）, 年初预算数（元）, or 单位：元 under the title. Each project's own
table says it when it can (its 项目资金 label or fund column heads); otherwise
the document says it once (单位：元), or every table that prints one agrees. The
amounts (年初预算数, 全年预算数, 全年执行数) are then stored in 万元 and the
printed unit kept on the project, so the printed figure can always be shown.
A report that prints no unit anywhere is read in 万元 with a warning — never
silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ingest.records import FundLine, Project

CANONICAL = "万元"
FACTORS: dict[str, float] = {"万元": 1.0, "元": 1e-4, "千元": 0.1, "亿元": 1e4}
"""How many 万元 one printed unit is."""
AMOUNT_FIELDS = ("initial", "full_year", "executed")
"""The fund-line fields that are money (分值, 执行率 and 得分 are not)."""

_STATED_RE = re.compile(r"(?:金额|资金)?单位\s*[:：]\s*(?P<unit>亿元|万元|千元|元)")
"""单位：元 printed on its own, under a title or above a table."""
_BRACKETED_RE = re.compile(r"[（(]\s*(?P<unit>亿元|万元|千元|元)\s*[）)]")
"""项目资金（元）, 年初预算数（元）: the unit in a money label or column head."""


def stated_unit(text: str) -> str | None:
    """The unit a text states on its own (单位：元), or None."""
    match = _STATED_RE.search(text)
    return match.group("unit") if match else None


def table_unit(cells: Iterable[str]) -> str | None:
    """The unit a project's money labels or heads print (项目资金（元）, 单位：万元), or None; ``cells`` are the texts of
    its rows up to the end of the 项目资金 block, so a target's (元/个) or (万元) further down is never taken."""
    for text in cells:
        compact = re.sub(r"\s+", "", text)
        match = _STATED_RE.search(compact) or _BRACKETED_RE.search(compact)
        if match:
            return match.group("unit")
    return None


def _document_unit(printed: Iterable[str | None], document_text: str) -> str | None:
    """The unit a whole report is in: the one it states (单位：元), else the one every table that prints a unit
    agrees on, else None."""
    units = {unit for unit in printed if unit}
    return stated_unit(document_text) or (next(iter(units)) if len(units) == 1 else None)


def _apply_unit(project: Project, unit: str | None) -> bool:
    """Record ``unit`` (万元 when None) as the project's printed money unit and put its amounts in 万元; return
    whether the unit was assumed rather than read. Called before values are restored from the table's rules."""
    project.money_unit = unit or CANONICAL
    if project.money_unit != CANONICAL:
        project.funds = [in_wanyuan(line, project.money_unit) for line in project.funds]
    return unit is None


def settle_money_units(projects: Sequence[Project], document_text: str) -> list[str]:
    """Give every project (each holding the unit its own table printed, if any) its money unit and its amounts in
    万元: its own unit, else the document's (``_document_unit``), else 万元 with a warning; return the warnings."""
    document = _document_unit((p.money_unit for p in projects), document_text)
    assumed = [p.seq for p in projects if _apply_unit(p, p.money_unit or document)]
    return _assumed_warning(assumed)


def _assumed_warning(seqs: Sequence[int]) -> list[str]:
    """The warning naming the projects whose money unit was not printed anywhere (none when there are none)."""
    if not seqs:
        return []
    which = "、".join(f"第{seq}个" for seq in seqs[:10]) + ("等" if len(seqs) > 10 else "")
    return [f"{which}项目的资金表没有写明金额单位（元或万元），已按国家模板的“万元”读取，请核对"]


def in_wanyuan(line: FundLine, unit: str) -> FundLine:
    """A fund line printed in ``unit`` with its amounts in 万元 (分值, 执行率, 得分 unchanged)."""
    factor = FACTORS[unit]
    for name in AMOUNT_FIELDS:
        value = getattr(line, name)
        if value is not None:
            setattr(line, name, round(value * factor, 8))
    return line


def as_printed(value: float | None, unit: str | None) -> float | None:
    """An amount stored in 万元 as the table printed it in ``unit`` (12,345.00 元 for 1.2345 万元)."""
    if value is None or not unit:
        return value
    return round(value / FACTORS[unit], 2)
