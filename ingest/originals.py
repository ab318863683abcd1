"""The reports as they were ingested, kept in the store folder by content, so a person can see a source row in place.

The side table holds what was read; a person checking an answer wants the page
or the lines it was read from. The file is kept under its sha256 (the same
bytes under another name are one file) with its suffix, which says how to show
it (a PDF page crop, or text lines).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ingest.records import Document

ORIGINALS_DIR = "originals"
"""The folder under the store folder that holds the ingested files."""


def original_path(store_dir: Path, sha256: str, suffix: str) -> Path:
    """Where the file with these bytes is kept: ``originals/<sha256><suffix>``."""
    return Path(store_dir) / ORIGINALS_DIR / f"{sha256}{suffix.lower()}"


def keep_original(store_dir: Path, source: Path, sha256: str) -> Path:
    """Copy ``source`` into the store unless its bytes are there already; written whole or not at all (copied to a
    temporary name, then renamed), so a crash never leaves half a file under the final name."""
    target = original_path(store_dir, sha256, source.suffix)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        shutil.copyfile(source, partial)
        partial.replace(target)
    return target


def find_original(store_dir: Path, document: Document) -> Path | None:
    """The kept file of ``document``, or None when it was ingested before files were kept (ingest it again)."""
    path = original_path(store_dir, document.sha256, Path(document.file_name).suffix)
    return path if path.is_file() else None
