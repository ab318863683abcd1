"""Which office package a file is (.xlsx or .docx), told by its contents like every format here, not its name."""

from __future__ import annotations

import zipfile
from pathlib import Path

XLSX_PART = "xl/workbook.xml"
DOCX_PART = "word/document.xml"


def office_kind(path: Path) -> str | None:
    """"xlsx" or "docx" when the file is such a package (a ZIP holding its main part), else None."""
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
    except (zipfile.BadZipFile, OSError):
        return None
    return "xlsx" if XLSX_PART in names else "docx" if DOCX_PART in names else None
