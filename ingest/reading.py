"""Turn one file into a checked Document: pick the reader by content, then validate.

The file's bytes decide the reader, not its extension: ``%PDF`` goes to the PDF
reader, decodable text to the text reader, anything else is refused with a
Chinese message naming the file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ingest.errors import IngestError
from ingest.office.kinds import office_kind
from ingest.records import Document
from ingest.text.lines import UTF16_BOMS
from ingest.validation import validate_document

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".pdf", ".txt", ".text", ".xlsx", ".docx", ".html", ".htm"})


def read_report(path: Path, department: str | None = None, year: int | None = None) -> Document:
    """Read ``path`` into a validated Document; ``department``/``year`` override what the document states.

    Only IngestError ever leaves: a reader failing in a way nobody foresaw (a damaged PDF pdfminer chokes on, a
    table the text reader cannot place) is told as this file's failure, in Chinese, and the next file is read.
    """
    try:
        return _read_report(path, department, year)
    except IngestError:
        raise
    except Exception as err:  # noqa: BLE001 - the point: no other exception type may leave a reader
        log.warning("reader failed on %s", path, exc_info=True)
        raise IngestError(path.name, f"读取时出错，文件可能已损坏或格式与模板不符（{type(err).__name__}）") from err


def _read_report(path: Path, department: str | None, year: int | None) -> Document:
    """``read_report`` without its guard."""
    head = _read_head(path)
    if head.startswith(b"PK\x03\x04") and office_kind(path):
        from ingest.office.reader import read_office_report  # openpyxl / python-docx only when such a file comes

        doc = read_office_report(path)
    elif _looks_like_html(head):
        from ingest.office.reader import read_office_report

        doc = read_office_report(path)
    elif head.startswith(b"%PDF"):
        from ingest.pdf.reader import read_pdf_report  # pdfplumber is only loaded when a PDF comes

        doc = read_pdf_report(path)
    elif _looks_like_text(head):
        from ingest.text.reader import read_text_report

        doc = read_text_report(path)
    else:
        raise IngestError(path.name, "既不是 PDF、Excel、Word、网页也不是文本文件，无法读取（支持 .pdf、.xlsx、.docx、.html 和文本提取的 .txt）")
    if department:
        doc.department = department
    if year:
        doc.year = year
    validate_document(doc)
    return doc


def _read_head(path: Path) -> bytes:
    """The first bytes of ``path``; missing, unreadable or empty files are refused here."""
    if not path.is_file():
        raise IngestError(path.name, "文件不存在或不是普通文件")
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as err:
        raise IngestError(path.name, f"无法读取文件（{err.strerror}）") from err
    if not head.strip():
        raise IngestError(path.name, "文件为空")
    return head


def _looks_like_html(head: bytes) -> bool:
    """Whether the file is a web page (its head holds <html or <table), as published on a government site."""
    lowered = head.lower()
    return b"<html" in lowered or b"<table" in lowered or lowered.lstrip().startswith(b"<!doctype html")


def _looks_like_text(head: bytes) -> bool:
    """Whether the file's first bytes are UTF-16 with its BOM, or decode as UTF-8 or GB18030 without control
    garbage."""
    if head.startswith(UTF16_BOMS):
        return True
    if b"\x00" in head:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            head.decode(encoding)
            return True
        except UnicodeDecodeError as err:
            if encoding == "utf-8" and err.start >= len(head) - 3:
                return True  # a multi-byte character cut by the 4096-byte read
    return False
