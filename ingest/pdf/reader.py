"""Reading a 项目支出绩效自评表 PDF into records: bytes → checked PDF → page rows → project blocks → Projects.

Each step is a function of its own module: pdf_checks (bad input), pdf_chars
(fake bold), pdf_grid (tables and merged cells), pdf_stitch (tables continued
across pages), pdf_row_kinds and pdf_labels (rows told by their labels),
pdf_project and pdf_indicators (labels to fields); pdf_settings holds the
tunable numbers. Every check runs before anything is returned, so a bad file
yields an IngestError and no records at all.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber

from ingest.errors import IngestError
from ingest.grid_report import finish_document, rows_to_projects, shortened
from ingest.pdf.chars import without_doubled_chars
from ingest.pdf.checks import check_file_bytes, check_text_layer, corrupt_error, open_pdf
from ingest.pdf.grid import GridRow, page_tables, stray_lines, tables_to_rows
from ingest.pdf.labels import label_key
from ingest.pdf.ocr import OcrText, ocr_available, ocr_page
from ingest.pdf.settings import DEFAULT_SETTINGS, PdfSettings
from ingest.pdf.stitch import NAME_LABEL, is_name_row
from ingest.records import Document, Project
from ingest.values import parse_amount, parse_target, printed_text

logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its per-glyph font warnings (Chromium's PDFs) are no news



@dataclass(frozen=True)
class PageContent:
    """What the reader keeps of one page: its text (for the year), its characters (for the checks), its table rows."""

    number: int
    text: str
    chars: list[str]
    rows: list[GridRow]
    stray: list[tuple[str, str]] = field(default_factory=list)
    """Lines printed inside a ruled table but in no cell (``grid.stray_lines``): where, and the text."""
    ocr: list[OcrText] | None = None
    """The text boxes OCR read with their confidence, when the page is a scan read by the ``ocr`` extra."""


def is_scan(page: pdfplumber.page.Page) -> bool:
    """True for a page that holds an image and no text: a scan (a page with neither is blank, nothing to OCR)."""
    return bool(page.images) and not any(char["text"].strip() for char in page.chars)


def read_page(page: pdfplumber.page.Page, number: int, settings: PdfSettings) -> PageContent:
    """Given a page and its 1-based number, return its text, characters and table rows.

    Doubled characters go first: fake-bold text draws each character twice (STACK.md). A scan (``is_scan``) is read
    by OCR when the ``ocr`` extra is installed; else it stays textless, to be refused or reported.
    """
    if is_scan(page) and settings.ocr and ocr_available():
        scanned = ocr_page(page, number, settings)
        return PageContent(number=number, text=scanned.text, chars=[c for t in scanned.texts for c in t.text],
                           rows=scanned.rows, ocr=scanned.texts)
    clean = without_doubled_chars(page, settings.dedupe_tolerance)
    tables = page_tables(clean, settings)
    return PageContent(
        number=number,
        text=printed_text(clean.extract_text() or ""),  # Chromium's radicals (项⽬) read as the title's words
        chars=[char["text"] for char in clean.chars],
        rows=tables_to_rows(clean, tables, number, settings),
        stray=stray_lines(clean, tables, settings),
    )


def read_pages(name: str, data: bytes, settings: PdfSettings) -> list[PageContent]:
    """Given a PDF's bytes, return every page's content, or raise IngestError when the PDF cannot be read."""
    with open_pdf(name, data) as pdf:
        try:
            pages = [read_page(page, number, settings) for number, page in enumerate(pdf.pages, start=1)]
        except Exception as err:  # pdfminer raises many kinds of error on a damaged page
            raise corrupt_error(name, err) from err
    if not pages:
        raise IngestError(name, "PDF 中没有任何页面，文件可能已损坏")
    return pages


def unruled_pages(pages: list[PageContent]) -> list[int]:
    """Given the pages, return those whose text says 项目名称 but whose ruled tables gave no 项目名称 row.

    Such a page holds a table drawn without rules, which the lines strategy
    cannot see: it is reported rather than silently skipped.
    """
    return [page.number for page in pages
            if NAME_LABEL in label_key(page.text) and not any(is_name_row(row) for row in page.rows)]


def textless_pages(pages: list[PageContent]) -> list[int]:
    """Given the pages, return those with no characters at all: scanned pages inside a text PDF, or blank ones."""
    return [page.number for page in pages if not any(char.strip() for char in page.chars)]


def pages_to_projects(name: str, pages: list[PageContent], settings: PdfSettings) -> tuple[list[Project], list[str]]:
    """Given the pages, return each project of the report and any warnings; IngestError if it is not a 自评表."""
    projects, warnings = rows_to_projects(name, [row for page in pages for row in page.rows], settings)
    warnings += [f"第 {number} 页有“项目名称”字样但没有找到带表格线的项目表，该页未读取" for number in unruled_pages(pages)]
    warnings += [f"第 {number} 页没有文字层（可能是扫描页或空白页），该页未读取" for number in textless_pages(pages)]
    warnings += [f"第{page.number}页{where}可能未读出：“{shortened(text)}”（印在表格线内，但不在任何单元格中），请对照原文核对"
                 for page in pages for where, text in page.stray]
    warnings += [note for page in pages if page.ocr is not None
                 for note in ocr_warnings(page.number, page.ocr, settings)]
    return projects, warnings


def ocr_warnings(number: int, texts: list[OcrText], settings: PdfSettings) -> list[str]:
    """The note that a page's values were read by OCR, with the recogniser's confidence (lowest and mean), then one
    warning for each number it read below ``settings.ocr_confidence_min``: a doubtful figure is named by itself, page
    and text, since one misread digit is a wrong amount or score, while doubtful words are listed in the note."""
    doubtful = [t for t in texts if t.confidence < settings.ocr_confidence_min]
    figures = [t for t in doubtful if holds_number(t.text)]
    return [_ocr_page_note(number, texts, [t for t in doubtful if t not in figures], settings)] + [
        f"第{number}页 OCR 读出的数值“{shortened(t.text, 20)}”置信度低（{t.confidence:.2f}，低于 "
        f"{settings.ocr_confidence_min:.2f}），可能读错，请对照原件核对" for t in figures]


def _ocr_page_note(number: int, texts: list[OcrText], doubtful: list[OcrText], settings: PdfSettings) -> str:
    """The page's OCR note: how many texts, the lowest and mean confidence, the doubtful words by name."""
    confidences = [t.confidence for t in texts] or [0.0]
    named = [f"“{shortened(t.text, 20)}”（{t.confidence:.2f}）" for t in doubtful]
    listed = f"；置信度低于 {settings.ocr_confidence_min:.2f} 的文字有：{'、'.join(named[:10])}" if named else ""
    return (f"第{number}页是扫描页，文字和数值由 OCR 识别（{len(texts)} 处，置信度最低 {min(confidences):.2f}、"
            f"平均 {sum(confidences) / len(confidences):.2f}{listed}），请对照原件核对")


def holds_number(text: str) -> bool:
    """True for an OCR text that reads as a figure (an amount, a score, a target or actual with its unit)."""
    return parse_amount(text) is not None or parse_target(text).value is not None


def read_pdf_report(path: Path, settings: PdfSettings = DEFAULT_SETTINGS) -> Document:
    """Read one 项目支出绩效自评表 PDF into a Document, or raise IngestError (Chinese, naming the file)."""
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as err:
        raise IngestError(name, f"无法读取文件（{err.strerror}）") from err
    check_file_bytes(name, data, settings)
    pages = read_pages(name, data, settings)
    if any(page.ocr is not None for page in pages) and not any(page.chars for page in pages):
        raise IngestError(name, "PDF 没有文字层（扫描件或图片），OCR 也没有识别出任何文字；请检查扫描是否清晰、页面是否空白")
    check_text_layer(name, [page.chars for page in pages], settings)
    projects, warnings = pages_to_projects(name, pages, settings)
    text = "\n".join(page.text for page in pages)
    return finish_document(name, hashlib.sha256(data).hexdigest(), "pdf", len(pages), projects, warnings, text)
