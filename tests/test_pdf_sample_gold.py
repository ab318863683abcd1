"""The sample's 18 projects, read by the text reader, drawn as a PDF and read back by the PDF reader.

Every figure of tests/gold/projects_core.json must survive the trip: 年度资金总额
and the other fund lines the gold lists, 总分, 评分等级, and the 分值/得分 of
every row that lost points. Texts (project and indicator names, reasons) are
checked against the text reader's records, since the PDF can only carry what
that reader made of the garbled extraction; the gold checks the text reader.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ingest.pdf.reader import read_pdf_report
from ingest.pdf.render import render_report
from ingest.records import Document, Indicator, Project

read_text_report = pytest.importorskip("ingest.text.reader").read_text_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "000_714f557b0e494d5f.txt"
GOLD: list[dict[str, Any]] = json.loads((ROOT / "tests" / "gold" / "projects_core.json").read_text(encoding="utf-8"))
FUND_KEYS = {"funds_total": "年度资金总额", "funds_fiscal": "当年财政拨款", "funds_other": "其他资金"}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Document]:
    """(the text reader's records of the sample, the PDF reader's records of the PDF drawn from them)."""
    text_doc = read_text_report(SAMPLE)
    path = tmp_path_factory.mktemp("sample") / "000_714f557b0e494d5f.pdf"
    render_report(text_doc, path)
    return text_doc, read_pdf_report(path)


def test_eighteen_projects_with_their_names(docs: tuple[Document, Document]) -> None:
    text_doc, pdf_doc = docs
    assert len(pdf_doc.projects) == len(GOLD) == 18
    for gold, text_project, project in zip(GOLD, text_doc.projects, pdf_doc.projects):
        assert (project.seq, project.name_missing) == (gold["seq"], gold["name"] is None)
        assert project.name == text_project.name


def test_document_facts(docs: tuple[Document, Document]) -> None:
    _, pdf_doc = docs
    assert (pdf_doc.department, pdf_doc.year, pdf_doc.kind) == ("上海市生态环境局", 2024, "pdf")
    assert pdf_doc.pages and pdf_doc.pages >= 9


@pytest.mark.parametrize("gold", GOLD, ids=[f"seq{g['seq']}" for g in GOLD])
def test_funds_total_score_and_grade(docs: tuple[Document, Document], gold: dict[str, Any]) -> None:
    project = docs[1].projects[gold["seq"] - 1]
    for key, kind in FUND_KEYS.items():
        if key not in gold:
            continue
        line = project.fund(kind)
        assert line is not None, kind
        for field, value in gold[key].items():
            assert getattr(line, field) == pytest.approx(value, abs=0.005), (kind, field)
    assert project.total_score == pytest.approx(gold["total_score"], abs=0.005)
    assert project.grade == gold["grade"]


def _lost_rows(project: Project) -> list[Indicator]:
    return [row for row in project.indicators if row.lost]


@pytest.mark.parametrize("gold", GOLD, ids=[f"seq{g['seq']}" for g in GOLD])
def test_rows_that_lost_points(docs: tuple[Document, Document], gold: dict[str, Any]) -> None:
    text_doc, pdf_doc = docs
    lost = _lost_rows(pdf_doc.projects[gold["seq"] - 1])
    expected = gold["indicator_points_lost"]
    assert [(row.weight, row.score, row.reason is None) for row in lost] == [
        (g["weight"], g["score"], g["reason"] is None) for g in expected]
    text_lost = _lost_rows(text_doc.projects[gold["seq"] - 1])
    assert [(row.name, row.reason) for row in lost] == [(row.name, row.reason) for row in text_lost]


def test_every_indicator_row_matches_the_text_reader(docs: tuple[Document, Document]) -> None:
    """Beyond the gold: name, target, actual, 分值, 得分 and reason of every row, as the text reader read them."""
    text_doc, pdf_doc = docs
    for text_project, pdf_project in zip(text_doc.projects, pdf_doc.projects):
        fields = ("name", "target_text", "actual_text", "weight", "score", "reason")
        assert [tuple(getattr(row, f) for f in fields) for row in pdf_project.indicators] == [
            tuple(getattr(row, f) for f in fields) for row in text_project.indicators], text_project.seq
