"""Department and year of a report, read from the document where it states them."""

from __future__ import annotations

import re
from collections import Counter

from ingest.records import Project

_YEAR_PATTERNS = (
    re.compile(r"[（(]\s*((?:19|20)\d{2})\s*年度\s*[)）]"),
    re.compile(r"((?:19|20)\d{2})\s*年度"),
)


def detect_year(text: str) -> int | None:
    """The report year from ``(2024年度)`` or ``2024年度``; the most frequent one wins, None if absent.

    Dates inside goal texts (``2023-2025 年``) are not ``年度`` and so do not count.
    """
    for pattern in _YEAR_PATTERNS:
        years = Counter(int(y) for y in pattern.findall(text))
        if years:
            return years.most_common(1)[0][0]
    return None


def detect_department(projects: list[Project]) -> str | None:
    """The report's department: the most frequent 主管部门 among its projects, None if none was read."""
    names = Counter(p.department for p in projects if p.department)
    return names.most_common(1)[0][0] if names else None
