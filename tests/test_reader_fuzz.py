"""Damaged input never crashes a reader: mutated sample lines and truncated or bit-flipped PDFs either read or
fail with IngestError (a Chinese message), never another exception. Seeded, bounded; the large run is marked slow."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from ingest.errors import IngestError
from ingest.reading import read_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "000_714f557b0e494d5f.txt"
SMALL_PDF = ROOT / "tests" / "fixtures" / "office" / "excel_yuan_stated.pdf"
JUNK = ["", "\t", "项目名称", "总分", "评分等级", "一级指标", "年度资金总额", "≥", "(%)", "-", "１２３", "\ufffd", "其中：", "绩效指标"]


def mutated_text(lines: list[str], rng: random.Random) -> str:
    """The sample with a few lines dropped, duplicated, cut, swapped or spliced with template words."""
    lines = list(lines)
    for _ in range(rng.randint(1, 6)):
        i = rng.randrange(len(lines))
        action = rng.choice(("drop", "dup", "cut", "swap", "junk", "tabs"))
        if action == "drop":
            del lines[i]
        elif action == "dup":
            lines.insert(i, lines[i])
        elif action == "cut":
            lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
        elif action == "swap":
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == "junk":
            lines[i] = "\t".join(rng.choice(JUNK) for _ in range(rng.randint(1, 8)))
        else:
            lines[i] = lines[i].replace("\t", "") if rng.random() < 0.5 else lines[i].replace(" ", "\t")
    return "\n".join(lines)


def damaged_pdf(data: bytes, rng: random.Random) -> bytes:
    """The PDF truncated, or with some bytes flipped."""
    if rng.random() < 0.4:
        return data[: rng.randrange(len(data) // 10, len(data))]
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
    return bytes(damaged)


def reads_or_refuses(path: Path) -> None:
    """Reading ``path`` gives a Document or an IngestError; anything else fails the test."""
    try:
        read_report(path)
    except IngestError as err:
        assert str(err).startswith(path.name)


def _text_cases(count: int, seed: int, tmp_path: Path) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    rng = random.Random(seed)
    for case in range(count):
        path = tmp_path / f"mutated_{case}.txt"
        path.write_text(mutated_text(lines, rng), encoding="utf-8")
        reads_or_refuses(path)


def _pdf_cases(count: int, seed: int, tmp_path: Path) -> None:
    data = SMALL_PDF.read_bytes()
    rng = random.Random(seed)
    for case in range(count):
        path = tmp_path / f"damaged_{case}.pdf"
        path.write_bytes(damaged_pdf(data, rng))
        reads_or_refuses(path)


def test_mutated_sample_texts(tmp_path: Path) -> None:
    _text_cases(150, 20261130, tmp_path)


def test_damaged_pdfs(tmp_path: Path) -> None:
    _pdf_cases(25, 20261130, tmp_path)


@pytest.mark.slow
def test_many_mutations(tmp_path: Path) -> None:
    _text_cases(1000, 7, tmp_path)
    _pdf_cases(200, 7, tmp_path)


def test_a_damaged_file_does_not_stop_the_files_after_it(tmp_path: Path) -> None:
    from ingest.__main__ import main

    bad = tmp_path / "a_bad.pdf"
    bad.write_bytes(SMALL_PDF.read_bytes()[:2000])
    good = tmp_path / "b_good.txt"
    good.write_bytes(SAMPLE.read_bytes())
    assert main([str(bad), str(good), "--store", str(tmp_path / "store")]) == 1
    from ingest.store import Store

    assert [d.file_name for d in Store(tmp_path / "store").documents()] == ["b_good.txt"]
