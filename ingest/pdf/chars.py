"""De-duplicating doubled characters (fake bold) only on the pages that have them.

Fake-bold text draws each character twice, a fraction of a point apart, and
pdfplumber then reads "How How" (STACK.md): ``page.dedupe_chars()`` removes the
copies. It also costs about 45 ms on a clean page of this template (its last
step restores reading order with ``list.index``, quadratic in the characters),
more than finding the tables. So a linear look for any doubled character comes
first, and only a page that has one pays for ``dedupe_chars``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from pdfplumber.page import Page

Char = dict[str, Any]


def has_doubled_chars(chars: list[Char], tolerance: float) -> bool:
    """Given a page's characters, return True if two of them are the same glyph within ``tolerance`` in x and y.

    "Same glyph" is pdfplumber's own test: same text, orientation, font and size.
    """
    groups: defaultdict[tuple, list[Char]] = defaultdict(list)
    for char in chars:
        groups[(char["upright"], char["text"], char["fontname"], char["size"])].append(char)
    for group in groups.values():
        group.sort(key=lambda c: c["doctop"])
        for index, char in enumerate(group):
            for other in group[index + 1:]:
                if other["doctop"] - char["doctop"] > tolerance:
                    break
                if abs(other["x0"] - char["x0"]) <= tolerance:
                    return True
    return False


def without_doubled_chars(page: Page, tolerance: float) -> Page:
    """Given a page, return it with doubled characters removed (the page itself when it has none)."""
    return page.dedupe_chars(tolerance=tolerance) if has_doubled_chars(page.chars, tolerance) else page
