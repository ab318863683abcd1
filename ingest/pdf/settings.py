"""The PDF reader's tunable numbers, in one place, checked where the reader is entered.

As in pdfplumber's table finder, a setting the reader does not know is an
error rather than silently ignored: ``PdfSettings(typo=1)`` raises TypeError.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def _lines_strategy() -> dict[str, Any]:
    """The template is a ruled table: pdfplumber's "lines" strategy finds its cells from the rules."""
    return {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


@dataclass(frozen=True)
class PdfSettings:
    """Tolerances and thresholds of the PDF reader; the defaults fit published 绩效自评表 PDFs."""

    table_settings: dict[str, Any] = field(default_factory=_lines_strategy)
    """Passed to ``page.find_tables``."""
    eof_tail_bytes: int = 4096
    """A complete PDF says ``%%EOF`` this close to its end; a download cut short does not."""
    cid_share_max: float = 0.05
    """Above this share of ``(cid:N)`` characters the text layer is garbage and the PDF needs OCR."""
    dedupe_tolerance: float = 1.0
    """Points within which two copies of one glyph count as fake bold (pdfplumber's dedupe_chars default)."""
    row_tolerance: float = 1.0
    """Points by which a cell's bottom may fall short of the next row's top and still end there."""
    close_cut_tables: bool = True
    """Close a table cut open by the page's edge with a rule at its side rules' ends (grid.open_table_rules)."""
    rule_min_length: float = 5.0
    """Points a drawn line must run to count as a table rule (a border's corner stub is under one point)."""
    ocr: bool = True
    """Read a page with no text layer by OCR when the ``ocr`` extra is installed (else the scan is refused)."""
    ocr_confidence_min: float = 0.9
    """OCR confidence below which a recognised text is named in the page's warning, to be checked by hand."""
    ocr_resolution: int = 300
    """Dots per inch a scanned page is drawn at for OCR (the ``ocr`` extra): enough for 8-point table text."""
    ocr_dark_level: int = 200
    """Grey level (0–255) below which a scanned pixel counts as ink when looking for the table's rules."""
    ocr_rule_min_points: float = 12.0
    """Points a straight run of ink must span to count as a rule of the table in a scan (longer than any glyph)."""
    min_overlap: float = 0.3
    """Share of a header column's width a cell must cover to be read as that column's value."""


DEFAULT_SETTINGS = PdfSettings()
