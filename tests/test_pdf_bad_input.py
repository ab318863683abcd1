"""Bad PDFs are refused with an IngestError whose Chinese message names the file and the problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.errors import IngestError
from ingest.pdf.checks import check_text_layer
from ingest.pdf.reader import read_pdf_report
from ingest.pdf.settings import DEFAULT_SETTINGS
from tests.fixtures import pdf_bad_inputs as bad


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _truncated(path: Path) -> Path:
    return bad.write_truncated(path, bad.write_report(path.with_name("whole.pdf")))


def _corrupt(path: Path) -> Path:
    return bad.write_corrupt(path, bad.write_report(path.with_name("whole.pdf")))


CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("scanned.pdf", bad.write_scanned, "没有文字层"),
    ("garbled.pdf", bad.write_cid_garbage, "(cid:N)"),
    ("locked.pdf", bad.write_encrypted, "已加密"),
    ("cut.pdf", _truncated, "不完整"),
    ("zeroed.pdf", _corrupt, "已损坏"),
    ("notice.pdf", bad.write_other_chinese, "不是项目支出绩效自评表"),
    ("empty.pdf", _empty, "文件为空"),
]


@pytest.mark.parametrize(("file_name", "write", "problem"), CASES, ids=[case[0] for case in CASES])
def test_bad_pdf_is_refused_with_a_chinese_message(
    tmp_path: Path, file_name: str, write: Callable[[Path], Path], problem: str
) -> None:
    path = write(tmp_path / file_name)
    with pytest.raises(IngestError) as refused:
        read_pdf_report(path)
    assert refused.value.file_name == file_name
    assert str(refused.value).startswith(f"{file_name}：")
    assert problem in refused.value.problem


def test_ocr_is_suggested_for_scans_and_garbled_fonts(tmp_path: Path) -> None:
    for write in (bad.write_scanned, bad.write_cid_garbage):
        with pytest.raises(IngestError, match="OCR"):
            read_pdf_report(write(tmp_path / "x.pdf"))


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="无法读取文件"):
        read_pdf_report(tmp_path / "nowhere.pdf")


def test_the_good_base_file_is_accepted(tmp_path: Path) -> None:
    """The damaged files are cut from this one: it is the damage, not the base, that is refused."""
    assert len(read_pdf_report(bad.write_report(tmp_path / "whole.pdf")).projects) == 4


def test_one_garbled_page_is_enough_to_refuse() -> None:
    good, garbled = list("项目名称年初预算数三级指标"), [f"(cid:{n})" for n in range(40)]
    check_text_layer("mixed.pdf", [good, [], good], DEFAULT_SETTINGS)
    with pytest.raises(IngestError, match="第 2 页"):
        check_text_layer("mixed.pdf", [good, garbled, good], DEFAULT_SETTINGS)
