"""Scanned reports: read by OCR with the optional ``ocr`` extra, refused with a clear Chinese message without it.

The scan is made the way an office makes one: a sample project's PDF page drawn to a 300-dpi image (pdfplumber's
``page.to_image``) and saved as a PDF holding only that image, with no text layer. Every number the text reader
read for that project must come back from the image.
"""

from __future__ import annotations

import dataclasses
import re
import socket
from pathlib import Path

import pdfplumber
import pytest

from ingest.errors import IngestError
from ingest.pdf import ocr
from ingest.pdf.ocr import OcrText, ocr_available
from ingest.pdf.reader import ocr_warnings, read_pdf_report
from ingest.pdf.render import render_report
from ingest.pdf.settings import PdfSettings
from ingest.records import Project

read_text_report = pytest.importorskip("ingest.text.reader").read_text_report

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "000_714f557b0e494d5f.txt"
SCAN_DPI = 300


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, Path]:
    """(the sample's first project as the text reader read it, a scan of its page with no text layer)."""
    sample = read_text_report(SAMPLE)
    folder = tmp_path_factory.mktemp("scan")
    render_report(dataclasses.replace(sample, projects=sample.projects[:1]), folder / "drawn.pdf")
    with pdfplumber.open(folder / "drawn.pdf") as pdf:
        assert len(pdf.pages) == 1
        image = pdf.pages[0].to_image(resolution=SCAN_DPI).original.convert("RGB")
    image.save(folder / "scan.pdf", resolution=SCAN_DPI)
    return sample.projects[0], folder / "scan.pdf"


def test_without_the_extra_a_scan_is_refused_with_a_clear_chinese_message(scanned: tuple[Project, Path]) -> None:
    """OCR turned off stands for the extra not installed: the same refusal, saying how to read the scan."""
    _, scan = scanned
    with pdfplumber.open(scan) as pdf:
        assert not pdf.pages[0].chars
    with pytest.raises(IngestError) as refused:
        read_pdf_report(scan, PdfSettings(ocr=False))
    assert "没有文字层" in refused.value.problem and "jixiao-wenda[ocr]" in refused.value.problem


def _numbers(project: Project) -> dict[str, object]:
    """Every number of a project's table (and the texts that carry a number's meaning: operator, unit, grade)."""
    return {
        "funds": [(f.kind, f.initial, f.full_year, f.executed, f.weight, f.rate, f.score) for f in project.funds],
        "indicators": [(i.target_op, i.target_value, i.target_unit, i.actual_value, i.actual_unit, i.weight, i.score)
                       for i in project.indicators],
        "footer": (project.total_weight, project.total_score, project.grade),
    }


DOUBTED = 0.5
"""The confidence the test gives the box that prints the 总分's 得分, as a blurred scan would."""


@pytest.mark.skipif(not ocr_available(), reason="ocr 扩展未安装（pip install -e \".[ocr]\"）：扫描件的 OCR 读取不测")
def test_ocr_reads_every_number_of_a_scanned_project(scanned: tuple[Project, Path], monkeypatch) -> None:  # noqa: ANN001
    """Read with no network at all (a connection attempt fails the test): the models come with the wheel. Every
    number as the text reader read it, department and year from the page, a note that OCR read the page, with its
    confidence, and each number read with low confidence named by itself: the 总分's 得分 made doubtful here, and
    any the recogniser doubted on its own."""
    made, scan = scanned
    total = f"{made.total_score:.2f}"
    recognise = ocr.recognise

    def no_network(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("OCR tried to reach the network")

    def blurred(image, scale):  # noqa: ANN001, ANN202
        return [dataclasses.replace(t, confidence=DOUBTED) if t.text == total else t
                for t in recognise(image, scale)]

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(ocr, "recognise", blurred)
    document = read_pdf_report(scan)
    read = document.projects[0]
    assert len(document.projects) == 1 and (document.department, document.year) == ("上海市生态环境局", 2024)
    assert _numbers(read) == _numbers(made)
    assert [i.level1 for i in read.indicators] == [i.level1 for i in made.indicators]
    note, *figures = document.warnings
    assert note.startswith("第1页是扫描页，文字和数值由 OCR 识别（") and "置信度最低 0.50" in note
    assert f"第1页 OCR 读出的数值“{total}”置信度低（0.50，低于 0.90），可能读错，请对照原件核对" in figures
    assert all(re.fullmatch(r"第1页 OCR 读出的数值“[^”]+”置信度低（0\.[0-8]\d，低于 0\.90），可能读错，请对照原件核对", w)
               for w in figures)


def test_each_doubtful_number_is_a_warning_of_its_own_and_doubtful_words_are_listed_in_the_note() -> None:
    """A figure OCR doubts is one misread digit from a wrong amount: it is named with its page and text; a word
    it doubts is listed in the page's note; what it is sure of is not named at all."""
    texts = [OcrText("98.98", (0, 0, 1, 1), 0.62), OcrText("≥90.00(%)", (0, 1, 1, 2), 0.8),
             OcrText("满意度", (0, 2, 1, 3), 0.55), OcrText("12.00", (0, 3, 1, 4), 0.97)]
    note, *figures = ocr_warnings(3, texts, PdfSettings())
    assert note == ("第3页是扫描页，文字和数值由 OCR 识别（4 处，置信度最低 0.55、平均 0.73；置信度低于 0.90 的文字有："
                    "“满意度”（0.55）），请对照原件核对")
    assert figures == ["第3页 OCR 读出的数值“98.98”置信度低（0.62，低于 0.90），可能读错，请对照原件核对",
                       "第3页 OCR 读出的数值“≥90.00(%)”置信度低（0.80，低于 0.90），可能读错，请对照原件核对"]
