"""The passages' word index in SQL (``sql_words.SqlWordIndex``, for a store shared by machines) against the FTS5 one.

Both hold the sample report's real passages; the SQL index runs on SQLite and on
a real PostgreSQL (tests/servers.py). Each query must rank exactly as FTS5's
BM25 ranks it, and writes, deletes and reads must agree, so topic answers do not
depend on where the words are kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine

from ingest.passages.build import document_passages
from ingest.passages.sql_words import SqlWordIndex
from ingest.passages.words import WordIndex
from ingest.reading import read_report
from ingest.records import Document
from tests import servers
from tests.fixtures.second_report_records import second_document

postgresql_server, pg_url = servers.postgresql_server, servers.pg_url  # the fixtures of the PostgreSQL runs

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "000_714f557b0e494d5f.txt"
QUERIES = ("长三角区域协作", "碳市场", "清洁生产审核", "海洋监测船", "满意度", "生态环境保护宣传", "的", "鲸鱼咖啡")


@pytest.fixture(scope="module")
def sample() -> Document:
    return read_report(SAMPLE)


@pytest.fixture(params=["sqlite", "postgresql"])
def sql_index(request: pytest.FixtureRequest, tmp_path: Path) -> SqlWordIndex:
    """An empty SQL word index on SQLite, or on a fresh PostgreSQL database."""
    url = f"sqlite:///{tmp_path / 'words.sqlite'}" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    return SqlWordIndex(create_engine(url))


def both(tmp_path: Path, sql_index: SqlWordIndex, *documents: Document) -> tuple[WordIndex, SqlWordIndex]:
    """The FTS5 index and the SQL one, each holding the passages of ``documents``."""
    fts = WordIndex(tmp_path)
    for document in documents:
        fts.replace(document.file_name, document_passages(document))
        sql_index.replace(document.file_name, document_passages(document))
    return fts, sql_index


def test_a_new_index_says_it_was_created_and_a_reopened_one_not(sql_index: SqlWordIndex) -> None:
    assert sql_index.created
    assert not SqlWordIndex(sql_index.engine).created


def test_every_query_ranks_as_fts5_ranks_it(tmp_path: Path, sql_index: SqlWordIndex, sample: Document) -> None:
    fts, sql = both(tmp_path, sql_index, sample, second_document())
    for query in QUERIES:
        assert sql.ranked(query) == fts.ranked(query), query
        assert sql.ranked(query, [sample.file_name]) == fts.ranked(query, [sample.file_name]), query
    assert all(fts.ranked(query) for query in QUERIES[:-1])  # equal lists, not two empty ones
    top = sql.ranked("长三角区域协作")[0]
    assert "长三角" in sql.passages([top])[top][0]
    assert sql.ranked("鲸鱼咖啡") == [] and sql.ranked("，。") == [] and sql.ranked("长三角", []) == []


def test_writes_and_reads_agree_with_fts5(tmp_path: Path, sql_index: SqlWordIndex, sample: Document) -> None:
    second = second_document()
    fts, sql = both(tmp_path, sql_index, sample, second)
    assert sql.count() == fts.count() and sql.count(second.file_name) == fts.count(second.file_name) > 0
    assert sql.versions() == fts.versions() == {(sample.file_name, sample.sha256), (second.file_name, second.sha256)}
    ids = set(fts.ranked("满意度")[:5])
    assert sql.passages(ids) == fts.passages(ids) and len(ids) == 5
    sql.replace(sample.file_name, document_passages(sample))  # the same report again: replaced, never doubled
    assert sql.count() == fts.count()
    sql.delete(second.file_name, "another version")
    assert sql.count(second.file_name) == fts.count(second.file_name)
    sql.delete(second.file_name)
    assert sql.count(second.file_name) == 0 and sql.versions() == {(sample.file_name, sample.sha256)}
    fts.delete(second.file_name)
    assert sql.ranked("满意度") == fts.ranked("满意度")  # BM25's totals followed every replace and delete
    assert not set(sql.ranked("满意度")) & {p.id for p in document_passages(second)}
