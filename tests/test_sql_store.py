"""The side table round trip: records → SQLite on disk → the same records, source locations included.

Both readers' records go through: the text reader's (lines) and the PDF reader's
(pages). The footer rows' locations (总分, 评分等级) are checked by name, since
an equality that held only because both sides were None would prove nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text

from ingest.pdf.render import render_report
from ingest.reading import read_report
from ingest.records import Document
from ingest.sql_store import footer_sources, load_documents, open_engine, replace_document, store_url
from tests.fixtures.second_report_records import second_document

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "000_714f557b0e494d5f.txt"


def store_and_load(doc: Document, folder: Path) -> Document:
    """Write ``doc`` to a fresh SQLite file in ``folder``, then read every document back through a new engine."""
    with open_engine(store_url(folder)).begin() as conn:
        replace_document(conn, doc)
    (loaded,) = load_documents(open_engine(store_url(folder)))
    return loaded


def _footer_row_count(engine: Engine) -> int:
    """How many footer_sources rows the store holds."""
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(footer_sources)).scalar_one()


@pytest.fixture(scope="module")
def text_doc() -> Document:
    return read_report(SAMPLE)


def test_text_records_come_back_equal(text_doc: Document, tmp_path: Path) -> None:
    loaded = store_and_load(text_doc, tmp_path)
    assert loaded == text_doc
    ocean = loaded.projects[3]
    assert (ocean.source.line, ocean.total_source.line, ocean.grade_source.line) == (82, 97, 98)


def test_pdf_records_come_back_equal(tmp_path: Path) -> None:
    path = tmp_path / "second_report.pdf"
    render_report(second_document(), path)
    doc = read_report(path)
    loaded = store_and_load(doc, tmp_path)
    assert loaded == doc
    assert [(p.source.page, p.total_source.page, p.grade_source.page) for p in loaded.projects] == [
        (p.source.page, p.total_source.page, p.grade_source.page) for p in doc.projects]
    assert all(p.total_source.row is not None and p.total_source.line is None for p in loaded.projects)


def test_storing_again_replaces_the_footer_rows(text_doc: Document, tmp_path: Path) -> None:
    engine = open_engine(store_url(tmp_path))
    for _ in range(2):
        with engine.begin() as conn:
            replace_document(conn, text_doc)
    assert _footer_row_count(engine) == 2 * len(text_doc.projects)


def test_a_store_written_before_footer_sources_opens_and_falls_back(text_doc: Document, tmp_path: Path) -> None:
    """An older store has no footer_sources table: opening it adds one, and its projects cite the table start."""
    engine = open_engine(store_url(tmp_path))
    with engine.begin() as conn:
        replace_document(conn, text_doc)
        conn.execute(text("DROP TABLE footer_sources"))
    engine.dispose()
    (loaded,) = load_documents(open_engine(store_url(tmp_path)))
    project = loaded.projects[0]
    assert (project.total_source, project.grade_source) == (None, None)
    assert project.source_for("total_score") == project.source_for("grade") == project.source
