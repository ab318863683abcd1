"""Reading a scanned page — an image with no text layer — by OCR, into the same rows the text layer gives.

Optional: the ``ocr`` extra installs RapidOCR (``rapidocr-onnxruntime``), whose
Chinese detection and recognition models ship inside its wheel, so nothing is
downloaded when it runs. Without it a scan is refused with a clear message
(``checks.check_text_layer``).

A scan has neither characters nor vector rules. So the page is drawn to an
image (pdfplumber's ``page.to_image``); the table's rules are found in the image
(long horizontal and vertical runs of dark pixels, OpenCV's morphology) and
handed to pdfplumber's table finder as explicit lines; each recognised text box
becomes characters spread evenly over the box. From there the table logic is
the same as for a text PDF: cells, rows, labels. Each text keeps the
recogniser's confidence: the page's lowest and mean are reported with the page,
and each number read below the threshold in a warning of its own
(``reader.ocr_warnings``).
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from pdfplumber.page import Page

from ingest.pdf.grid import GridRow, PageChars, cells_to_rows, table_cells
from ingest.pdf.settings import PdfSettings

OCR_MODULE = "rapidocr_onnxruntime"
POINTS_PER_INCH = 72


def ocr_available() -> bool:
    """True when the ``ocr`` extra is installed (RapidOCR with its bundled models)."""
    return importlib.util.find_spec(OCR_MODULE) is not None


@cache
def _engine() -> Any:
    """One RapidOCR engine per process (loading its three models takes a moment); pages are upright, so the
    text-direction classifier is not run."""
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR(use_cls=False)


@dataclass(frozen=True)
class OcrText:
    """One recognised text box: its text, its box on the page in points (x0, top, x1, bottom), its confidence."""

    text: str
    box: tuple[float, float, float, float]
    confidence: float


@dataclass(frozen=True)
class OcrPage:
    """What OCR read on one page: its table rows, its text boxes (with their confidence), its text in lines."""

    rows: list[GridRow]
    texts: list[OcrText]

    @property
    def text(self) -> str:
        """The page's text, one box a line, top to bottom (for the year and a stated unit)."""
        return "\n".join(t.text for t in sorted(self.texts, key=lambda t: (t.box[1], t.box[0])))


def recognise(image: np.ndarray, scale: float) -> list[OcrText]:
    """Given a page image and points per pixel, return its recognised text boxes in page points."""
    found, _ = _engine()(image)
    texts = []
    for corners, text, confidence in found or []:
        xs, ys = [p[0] * scale for p in corners], [p[1] * scale for p in corners]
        texts.append(OcrText(text.strip(), (min(xs), min(ys), max(xs), max(ys)), float(confidence)))
    return [t for t in texts if t.text]


def _runs(mask: np.ndarray, horizontal: bool, scale: float, min_points: float) -> list[dict[str, Any]]:
    """The long straight runs of a binary image as pdfplumber edges in page points (a rule at least
    ``min_points`` long), found by opening the image with a one-pixel-thin kernel of that length."""
    import cv2

    length = max(3, int(min_points / scale))
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1) if horizontal else (1, length))
    lines = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)
    count, _, stats, _ = cv2.connectedComponentsWithStats(lines)
    edges = []
    for left, top, width, height, _ in stats[1:count]:
        x0, x1, y0, y1 = left * scale, (left + width) * scale, top * scale, (top + height) * scale
        if horizontal:
            y = (y0 + y1) / 2
            edges.append({"object_type": "ocr_edge", "orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y,
                          "width": x1 - x0, "height": 0.0})
        else:
            x = (x0 + x1) / 2
            edges.append({"object_type": "ocr_edge", "orientation": "v", "x0": x, "x1": x, "top": y0, "bottom": y1,
                          "width": 0.0, "height": y1 - y0})
    return edges


def ruled_lines(image: np.ndarray, scale: float, settings: PdfSettings) -> tuple[list[dict], list[dict]]:
    """Given a page image and points per pixel, return the table rules drawn in it: (horizontal, vertical) edges."""
    gray = image.mean(axis=2) if image.ndim == 3 else image
    mask = (gray < settings.ocr_dark_level).astype(np.uint8) * 255
    return (_runs(mask, True, scale, settings.ocr_rule_min_points),
            _runs(mask, False, scale, settings.ocr_rule_min_points))


def ocr_chars(texts: list[OcrText]) -> list[dict[str, Any]]:
    """Each text box as characters spread evenly over its width, in the form pdfplumber gives a text layer's."""
    chars = []
    for text in texts:
        x0, top, x1, bottom = text.box
        step = (x1 - x0) / len(text.text)
        for index, char in enumerate(text.text):
            chars.append({"text": char, "x0": x0 + index * step, "x1": x0 + (index + 1) * step, "top": top,
                          "bottom": bottom, "doctop": top, "upright": True, "fontname": "OCR",
                          "size": bottom - top})
    return chars


def ocr_page(page: Page, number: int, settings: PdfSettings) -> OcrPage:
    """Given a page with no text layer and its 1-based number, return its table rows and text as OCR reads them."""
    image = np.array(page.to_image(resolution=settings.ocr_resolution).original.convert("RGB"))
    scale = POINTS_PER_INCH / settings.ocr_resolution
    texts = recognise(image, scale)
    horizontal, vertical = ruled_lines(image, scale, settings)
    ruled = len(horizontal) >= 2 and len(vertical) >= 2  # fewer rules draw no cell (and pdfplumber refuses them)
    tables = sorted(page.find_tables(table_settings={
        "vertical_strategy": "explicit", "horizontal_strategy": "explicit",
        "explicit_vertical_lines": vertical, "explicit_horizontal_lines": horizontal,
    }), key=lambda t: t.bbox[1]) if ruled else []
    chars = PageChars.from_chars(ocr_chars(texts))
    rows = [row for table in tables for row in cells_to_rows(table_cells(table, chars, settings), number)]
    return OcrPage(rows, texts)
