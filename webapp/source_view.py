"""A cited row shown where it stands in the report: a PDF page region with the row highlighted, or a text file's lines.

A person checking a figure wants to see the row as printed, in place, not the
reader's reading of it. The report is the file the store kept when it was
ingested (``ingest.originals``); the row is found on its page by the words and
numbers the citation quotes, because the side table keeps the page of a row,
not its position on the page.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import os
import re
import tempfile
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber

from ingest.errors import IngestError
from ingest.originals import find_original
from ingest.pdf.chars import without_doubled_chars
from ingest.pdf.settings import DEFAULT_SETTINGS
from ingest.records import Document
from ingest.text.lines import decode_report

log = logging.getLogger(__name__)

PREVIEW_DIR = Path(tempfile.gettempdir()) / "jixiao-previews"
"""Where rendered page crops are cached: one PNG per (file, page, row sought)."""
PREVIEW_CACHE_FILES = 2000
"""Crops kept at most (about 100 MB); the least recently rendered go first, so a server running for months stays
bounded."""
CONTEXT_POINTS = 80.0
"""How much of the table above and below the row the crop shows, in PDF points (about three rows of the template)."""
RESOLUTION = 120
"""Dots per inch of the crop: the template's 9-point text stays readable on a projector and a phone."""
CONTEXT_LINES = 4
"""Lines shown above and below a cited line of a text report."""
HIGHLIGHT_FILL = (255, 210, 0, 90)
HIGHLIGHT_STROKE = (230, 110, 0)

_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?|[\u4e00-\u9fff]{2,}")
"""What a citation and a row can share: numbers (thousands separators removed first) and runs of Chinese."""
_NUMBER_WEIGHT = 3
"""A number shared with a row says more than a word: labels repeat from row to row, figures rarely do."""


@dataclass(frozen=True)
class TextLine:
    """One line of a text report, numbered as an editor numbers it; ``cited`` marks the source row."""

    number: int
    text: str
    cited: bool


@dataclass(frozen=True)
class SourcePreview:
    """What the page shows for a source: a page crop (``image``), text lines, and a caption or a reason why not."""

    caption: str
    image: Path | None = None
    lines: list[TextLine] = field(default_factory=list)


def preview_source(citation: Mapping, documents: Sequence[Document], store_dir: Path,
                   cache_dir: Path = PREVIEW_DIR) -> SourcePreview:
    """The preview of one cited row: the kept report found by its document name, then shown by what was read from
    it (a PDF's page, a text extraction's lines); other kinds (Excel, Word, web pages) are named, not shown."""
    document = next((d for d in documents if d.file_name == citation.get("document")), None)
    original = find_original(store_dir, document) if document else None
    if original is None:
        return SourcePreview("库中没有保存这份报告的原文件（它在保存原文件之前导入），重新导入后即可查看原文。")
    page, line = citation.get("page"), citation.get("line")
    if document.kind == "pdf" and page:
        try:
            image = row_crop(original, page, _needles(citation), cache_dir)
        except Exception:  # a rendering bug must not cost the page: said in Chinese, logged with its traceback
            log.exception("page crop of %s page %s failed", original, page)
            return SourcePreview(f"第{page}页的图像未能生成，请打开原文件 {document.file_name} 核对。")
        if image is None:
            return SourcePreview(f"第{page}页上没有找到这一行的表格，请打开原文件核对。")
        return SourcePreview(f"第{page}页（标黄的是引用的行；点击图片放大或缩小）", image=image)
    if document.kind == "text" and line:
        return SourcePreview(f"第{line}行及上下文（标黄的是引用的行）", lines=text_context(original, line))
    if not page and not line:
        return SourcePreview("这一来源没有页码或行号，无法定位到原文。")
    return SourcePreview(f"这类报告（{original.suffix}）暂不能在这里显示原文，请打开原文件 {document.file_name} 核对。")


def _needles(citation: Mapping) -> list[str]:
    """The texts that identify the row on its page: the row as printed, when the answer gives it, else what it
    quotes; and the row's label."""
    return [text for text in (citation.get("printed") or citation.get("text"), citation.get("label")) if text]


def text_context(path: Path, line: int, around: int = CONTEXT_LINES) -> list[TextLine]:
    """Lines ``line - around`` to ``line + around`` of a text report (tabs shown as wide gaps), the cited one marked.
    Decoded as the reader decodes it, so the numbers match the citation's."""
    try:
        text = decode_report(path.read_bytes(), path.name)
    except (OSError, IngestError):
        return []
    lines = text.split("\n")
    first, last = max(1, line - around), min(len(lines), line + around)
    return [TextLine(n, lines[n - 1].rstrip("\r").replace("\t", "   "), n == line) for n in range(first, last + 1)]


def row_crop(pdf: Path, page: int, needles: Sequence[str], cache_dir: Path = PREVIEW_DIR) -> Path | None:
    """A PNG of the region of page ``page`` around the table row that best matches ``needles``, that row
    highlighted; None when the page has no table row sharing anything with them. Rendered once per file, page and
    needles, then served from ``cache_dir``."""
    key = hashlib.sha256("\n".join([pdf.name, str(page), *needles]).encode()).hexdigest()[:24]
    cached = cache_dir / f"{key}.png"
    if cached.is_file():
        return cached
    with pdfplumber.open(pdf) as document:
        if not 1 <= page <= len(document.pages):
            return None
        sheet = without_doubled_chars(document.pages[page - 1], DEFAULT_SETTINGS.dedupe_tolerance)
        bands = table_bands(sheet)
        best = best_row([text for _, text in bands], needles)
        if best is None:
            return None
        row_box = bands[best][0]
        region = _around(row_box, sheet.bbox)
        image = sheet.crop(region).to_image(resolution=RESOLUTION)
        image.draw_rect(row_box, fill=HIGHLIGHT_FILL, stroke=HIGHLIGHT_STROKE, stroke_width=2)
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.{threading.get_ident()}.part")
        image.save(partial, format="PNG")
        partial.replace(cached)  # whole or not at all, and each writer its own partial: two sessions may render
        # the same row at once
    _prune(cache_dir, PREVIEW_CACHE_FILES)
    return cached


def _prune(cache_dir: Path, keep: int) -> None:
    """Remove the oldest crops beyond ``keep`` (another session may be removing them too)."""
    crops = sorted(cache_dir.glob("*.png"), key=_mtime)
    for old in crops[: max(0, len(crops) - keep)]:
        old.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    """When ``path`` was written; 0 when it is gone already."""
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return 0.0


Box = tuple[float, float, float, float]


def table_bands(page: pdfplumber.page.Page) -> list[tuple[Box, str]]:
    """Every table row of the page as (box, text): the band between one row's top rule and the next, across the
    table. Bands, not pdfplumber's rows: its row of a merged cell reaches down to that cell's bottom."""
    bands = []
    for table in page.find_tables(table_settings=DEFAULT_SETTINGS.table_settings):
        x0, top, x1, bottom = table.bbox
        tops = sorted({round(cell[1], 1) for cell in table.cells})
        for upper, lower in zip(tops, [*tops[1:], bottom], strict=True):
            box = (x0, upper, x1, lower)
            bands.append((box, page.crop(box).extract_text() or ""))
    return bands


def best_row(row_texts: Sequence[str], needles: Sequence[str]) -> int | None:
    """The index of the row sharing the most with ``needles`` (numbers weigh more than words), or None when no row
    shares anything; the first such row on a tie."""
    tokens = {token for needle in needles for token in _tokens(needle)}
    scores = [sum(_weight(t) for t in tokens if t in _compact(text)) for text in row_texts]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i), default=None)
    return best if best is not None and scores[best] > 0 else None


def _tokens(text: str) -> list[str]:
    """The numbers and Chinese words of ``text``, thousands separators dropped (1,425.66 is printed 1425.66)."""
    return _TOKEN_RE.findall(re.sub(r"(?<=\d),(?=\d{3})", "", text))


def _weight(token: str) -> int:
    """How much sharing ``token`` says: its length, times ``_NUMBER_WEIGHT`` for a number."""
    return len(token) * (_NUMBER_WEIGHT if token[0].isdigit() else 1)


def _compact(text: str) -> str:
    """``text`` without whitespace: the PDF breaks a cell's words over lines and letter-spaces some labels."""
    return re.sub(r"\s+", "", text)


def _around(row: Box, page: Box) -> Box:
    """The crop: the row's width, ``CONTEXT_POINTS`` above and below it, within the page."""
    x0, top, x1, bottom = row
    return (max(page[0], x0 - 4), max(page[1], top - CONTEXT_POINTS), min(page[2], x1 + 4),
            min(page[3], bottom + CONTEXT_POINTS))


def preview_html(preview: SourcePreview) -> str:
    """The preview panel: the caption, then the page crop (inlined, so no file needs serving) or the lines, the cited
    one marked; text from the report escaped."""
    parts = [f'<p class="preview-caption">{html.escape(preview.caption)}</p>']
    if preview.image is not None:
        data = base64.b64encode(preview.image.read_bytes()).decode()
        parts.append(f'<div class="preview-crop"><img alt="{html.escape(preview.caption, quote=True)}" '
                     f'src="data:image/png;base64,{data}"></div>')
    if preview.lines:
        lines = "".join(
            f'<span class="{"cited" if line.cited else "line"}">{line.number:>5}  {html.escape(line.text)}\n</span>'
            for line in preview.lines
        )
        parts.append(f'<pre class="preview-lines">{lines}</pre>')
    return "".join(parts)
