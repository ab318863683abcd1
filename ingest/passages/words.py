"""The lexical side of passage search: an SQLite FTS5 index of jieba words, written at ingest, queried in place.

One file, ``store_dir/passage_words.sqlite``, holds every passage's text and
metadata (``passages``) and its words (``word_index``, FTS5, the same rowid). A
report's rows are replaced in one transaction when it is ingested, so the
index grows with each report and is never rebuilt when a store is opened; a
search ranks by FTS5's BM25 and filters by document inside SQLite, so its cost
follows the matching passages, not the whole collection. SQLite lets the app
read while another process ingests.

Chinese has no spaces, so the words are cut by jieba (search mode: 长三角一体化
also yields 长三角 and 一体化) and stored space-separated; FTS5's ``unicode61``
tokenizer then reads each as one token.

A store whose side table is a server (``JIXIAO_DB_URL``) keeps its words there
instead, in ``sql_words.SqlWordIndex``, which has this class's methods.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from ingest.passages.build import Passage
from ingest.tokenize_zh import word_tokens

FILE_NAME = "passage_words.sqlite"
LEXICAL_CANDIDATES = 200
"""How many best lexical matches take part in fusion: far more than any ``k`` a question asks, so cutting there
changes no fused top-k (a passage past rank 200 adds at most 1/260 to its fused score)."""

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS passages (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, document TEXT NOT NULL,"
    " sha256 TEXT NOT NULL, text TEXT NOT NULL, metadata TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS passages_document ON passages (document, sha256)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS word_index USING fts5(words, tokenize='unicode61')",
)


class WordIndex:
    """The passages' texts, metadata and words in one SQLite file; safe to share across threads (a connection per
    call) and processes (SQLite's own locking)."""

    def __init__(self, store_dir: Path) -> None:
        self.path = Path(store_dir) / FILE_NAME
        self.created = not self.path.exists()
        with self._connection() as conn:
            conn.execute("PRAGMA journal_mode=WAL")  # readers never wait for an ingest's write
            for statement in _SCHEMA:
                conn.execute(statement)

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """A connection for one call, committed on success and rolled back on error."""
        with closing(sqlite3.connect(self.path, timeout=30)) as conn, conn:
            yield conn

    def replace(self, file_name: str, passages: Sequence[Passage]) -> None:
        """Make ``passages`` the only ones of ``file_name``, in one transaction."""
        with self._connection() as conn:
            _delete(conn, "document = ?", (file_name,))
            self._insert(conn, passages)

    def add(self, passages: Iterable[Passage]) -> None:
        """Add passages (copied from an index written before this one existed)."""
        with self._connection() as conn:
            self._insert(conn, passages)

    @staticmethod
    def _insert(conn: sqlite3.Connection, passages: Iterable[Passage]) -> None:
        """Insert each passage's row and its words under the same rowid."""
        for passage in passages:
            cursor = conn.execute(
                "INSERT INTO passages (id, document, sha256, text, metadata) VALUES (?, ?, ?, ?, ?)",
                (passage.id, passage.metadata["document"], passage.metadata["sha256"], passage.text,
                 json.dumps(passage.metadata, ensure_ascii=False)))
            conn.execute("INSERT INTO word_index (rowid, words) VALUES (?, ?)",
                         (cursor.lastrowid, " ".join(word_tokens(passage.text))))

    def delete(self, file_name: str, sha256: str | None = None) -> None:
        """Remove the passages of ``file_name`` (of one version of it, when ``sha256`` is given)."""
        with self._connection() as conn:
            if sha256 is None:
                _delete(conn, "document = ?", (file_name,))
            else:
                _delete(conn, "document = ? AND sha256 = ?", (file_name, sha256))

    def versions(self) -> set[tuple[str, str]]:
        """Every (file name, sha256) the passages belong to (read from the document index, not the rows)."""
        with self._connection() as conn:
            return set(conn.execute("SELECT DISTINCT document, sha256 FROM passages"))

    def count(self, file_name: str | None = None) -> int:
        """How many passages there are, in all or of one file."""
        with self._connection() as conn:
            if file_name is None:
                return conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
            return conn.execute("SELECT COUNT(*) FROM passages WHERE document = ?", (file_name,)).fetchone()[0]

    def ranked(self, query: str, documents: Collection[str] | None = None) -> list[str]:
        """Given a query, return the ids of the passages sharing a word with it, best BM25 first (at most
        ``LEXICAL_CANDIDATES``); ``documents``, when given, keeps only passages of those file names."""
        words = list(dict.fromkeys(word_tokens(query)))
        if not words:
            return []
        match = " OR ".join('"' + word.replace('"', '""') + '"' for word in words)
        sql = "SELECT p.id FROM word_index JOIN passages p ON p.rowid = word_index.rowid WHERE word_index MATCH ?"
        parameters: list[Any] = [match]
        if documents is not None:
            names = list(documents)
            sql += f" AND p.document IN ({', '.join('?' * len(names))})"
            parameters += names
        sql += " ORDER BY bm25(word_index), p.id LIMIT ?"  # ties by id: the same order however the rows came in
        with self._connection() as conn:
            return [pid for (pid,) in conn.execute(sql, [*parameters, LEXICAL_CANDIDATES])]

    def passages(self, ids: Collection[str]) -> dict[str, tuple[str, dict[str, Any]]]:
        """The text and metadata of each of ``ids`` that is stored (an id written since by no one is left out)."""
        wanted = list(ids)
        if not wanted:
            return {}
        with self._connection() as conn:
            rows = conn.execute(f"SELECT id, text, metadata FROM passages WHERE id IN ({', '.join('?' * len(wanted))})",
                                wanted)
            return {pid: (text, json.loads(metadata)) for pid, text, metadata in rows}


def _delete(conn: sqlite3.Connection, condition: str, parameters: tuple[str, ...]) -> None:
    """Delete the passage rows matching ``condition`` and their words."""
    conn.execute(f"DELETE FROM word_index WHERE rowid IN (SELECT rowid FROM passages WHERE {condition})", parameters)
    conn.execute(f"DELETE FROM passages WHERE {condition}", parameters)
