"""Department and year of a report, read from the document where it states them."""

from __future__ import annotations

import re
from collections import Counter

from ingest.records import Project
from ingest.values import normalize_text

_YEAR_PATTERNS = (
    re.compile(r"[（(]\s*((?:19|20)\d{2})\s*年度\s*[)）]"),
    re.compile(r"((?:19|20)\d{2})\s*年度"),
)


def detect_year(text: str) -> int | None:
    """The report year from ``(2024年度)`` or ``2024年度``; the most frequent one wins, None if absent.

    Dates inside goal texts (``2023-2025 年``) are not ``年度`` and so do not count; digits of any width count
    (``２０２４年度``).
    """
    half = normalize_text(text)
    for pattern in _YEAR_PATTERNS:
        years = Counter(int(y) for y in pattern.findall(half))
        if years:
            return years.most_common(1)[0][0]
    return None


def detect_department(projects: list[Project]) -> str | None:
    """The report's department: the most frequent 主管部门 among its projects, None if none was read."""
    names = Counter(p.department for p in projects if p.department)
    return names.most_common(1)[0][0] if names else None


_TITLE_PATTERNS = (
    re.compile(r"(?:19|20)\d{2}\s*年度?\s*项目支出绩效自评(?:表|结果|报告)\s*[（(]\s*(?P<department>[^（()）\n]+?)\s*[)）]"),
    re.compile(r"(?m)^\s*(?P<department>[^\s\d（()）:：]{2,40}?)\s*(?:19|20)\d{2}\s*年度?\s*项目支出绩效自评(?:表|结果|报告)"),
)
"""A title naming the department after it in brackets (2025年度项目支出绩效自评结果（上海市XX局）) or before the year
(XX局2023年度项目支出绩效自评表)."""


def title_department(text: str) -> str | None:
    """The department a report's title names, in either common form; None when no title names one."""
    for pattern in _TITLE_PATTERNS:
        match = pattern.search(text)
        if match:
            return match.group("department")
    return None
