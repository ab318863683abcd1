"""Scanned reports: read by OCR with the optional ``ocr`` extra, refused with a clear Chinese message without it.

The scan is made the way an office makes one: a sample project's PDF page drawn to a 300-dpi image (pdfplumber's
``page.to_image``) and saved as a PDF holding only that image, with no text layer. Every number the text reader
read for that project must come back from the image.
"""

from __future__ import annotations

import dataclasses
import socket
from pathlib import Path

import pdfplumber
import pytest

from ingest.errors import IngestError
from ingest.pdf.ocr import ocr_available
from ingest.pdf.reader import read_pdf_report
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


@pytest.mark.skipif(not ocr_available(), reason="ocr 扩展未安装（pip install -e \".[ocr]\"）：扫描件的 OCR 读取不测")
def test_ocr_reads_every_number_of_a_scanned_project(scanned: tuple[Project, Path], monkeypatch) -> None:  # noqa: ANN001
    """Read with no network at all (a connection attempt fails the test): the models come with the wheel. Every
    number as the text reader read it, department and year from the page, and a warning that OCR read it, with
    its confidence."""
    made, scan = scanned

    def no_network(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("OCR tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    document = read_pdf_report(scan)
    read = document.projects[0]
    assert len(document.projects) == 1 and (document.department, document.year) == ("上海市生态环境局", 2024)
    assert _numbers(read) == _numbers(made)
    assert [i.level1 for i in read.indicators] == [i.level1 for i in made.indicators]
    assert len(document.warnings) == 1 and document.warnings[0].startswith("第1页是扫描页，文字和数值由 OCR 识别（")
    assert "置信度最低" in document.warnings[0]
