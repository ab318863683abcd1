"""The lexical side of passage search in the side table's own database (PostgreSQL), for a store shared by machines.

``words.WordIndex`` keeps the words in an SQLite FTS5 file in the store folder:
one machine's. When the side table is a server (``JIXIAO_DB_URL``), the app
processes of every machine must search the same words, so this index keeps them
in that database, behind the same methods: each passage's text and metadata
(``passage_texts``), a posting per word it contains (``passage_words``: the
word, the passage with its document and length, how often; keyed by word and
document), and the index's totals (``passage_totals``: passages and words,
kept in step by every write). SQLAlchemy Core, so the same code runs on SQLite
too (tests compare its ranking with FTS5's there).

A search ranks by BM25 as FTS5 computes it (k1 1.2, b 0.75, idf floored at
1e-6, counts over the whole index even when filtered by document), reading only
the postings of the query's words, and of the documents asked for: its cost
follows the matching passages, not the collection. The numbers BM25 needs of
the whole index (the totals, each query word's passage count) are read first,
so the ranking query is plain arithmetic over one table. The words are jieba's cut
again as FTS5's ``unicode61`` cuts them (90.00 → 90, 00), so lengths and counts
are FTS5's too; only a query word of several such pieces differs: it matches
each piece, where FTS5 matches them as a phrase.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    case,
    delete,
    func,
    inspect,
    select,
)

from ingest.passages.build import Passage
from ingest.passages.words import LEXICAL_CANDIDATES
from ingest.sql_store import add_to_counters, create_tables
from ingest.tokenize_zh import word_tokens

K1 = 1.2
B = 0.75
MIN_IDF = 1e-6
"""FTS5's BM25 constants: a word in more than half the passages counts for almost nothing, never against."""
SCORE_DIGITS = 9
"""Scores are compared to this many decimals, so a sum added up in another order still ties."""
_TOKEN = re.compile(r"[^\W_]+")
"""What FTS5's unicode61 tokenizer keeps of a word: runs of letters and digits (``_``, ``.``, ``%`` separate)."""

metadata = MetaData()

passage_texts = Table(
    "passage_texts",
    metadata,
    Column("id", String, primary_key=True),
    Column("document", String, nullable=False, index=True),
    Column("sha256", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("metadata", Text, nullable=False),
    Column("length", Integer, nullable=False),  # how many words: BM25's document length
)

passage_words = Table(
    "passage_words",
    metadata,
    Column("word", String, primary_key=True),
    Column("document", String, primary_key=True),  # the passage's, so a search within reports reads only theirs
    Column("passage_id", String, ForeignKey("passage_texts.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("length", Integer, nullable=False),  # the passage's, so ranking needs no join
    Column("count", Integer, nullable=False),
)

passage_totals = Table(
    "passage_totals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("passages", Integer, nullable=False),
    Column("words", Integer, nullable=False),
)
"""One row: how many passages, and words in them, the index holds (BM25's N and, divided, its mean length)."""


class SqlWordIndex:
    """The passages' texts, metadata and words in the side table's database; ``words.WordIndex``'s methods."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.created = not inspect(engine).has_table(passage_texts.name)
        create_tables(engine, metadata)

    def replace(self, file_name: str, passages: Sequence[Passage]) -> None:
        """Make ``passages`` the only ones of ``file_name``, in one transaction."""
        with self.engine.begin() as conn:
            _delete(conn, passage_texts.c.document == file_name)
            _insert(conn, passages)

    def add(self, passages: Iterable[Passage]) -> None:
        """Add passages (copied from a Chroma collection written before this index existed)."""
        with self.engine.begin() as conn:
            _insert(conn, list(passages))

    def delete(self, file_name: str, sha256: str | None = None) -> None:
        """Remove the passages of ``file_name`` (of one version of it, when ``sha256`` is given)."""
        condition = passage_texts.c.document == file_name
        if sha256 is not None:
            condition &= passage_texts.c.sha256 == sha256
        with self.engine.begin() as conn:
            _delete(conn, condition)

    def versions(self) -> set[tuple[str, str]]:
        """Every (file name, sha256) the passages belong to."""
        with self.engine.connect() as conn:
            return {(row.document, row.sha256) for row in
                    conn.execute(select(passage_texts.c.document, passage_texts.c.sha256).distinct())}

    def count(self, file_name: str | None = None) -> int:
        """How many passages there are, in all or of one file."""
        query = select(func.count()).select_from(passage_texts)
        if file_name is not None:
            query = query.where(passage_texts.c.document == file_name)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()

    def ranked(self, query: str, documents: Collection[str] | None = None) -> list[str]:
        """Given a query, return the ids of the passages sharing a word with it, best BM25 first (at most
        ``LEXICAL_CANDIDATES``, ties by id); ``documents``, when given, keeps only passages of those file names."""
        words = list(dict.fromkeys(tokens(query)))
        if not words:
            return []
        with self.engine.connect() as conn:
            passages, mean_length = _totals(conn)
            weights = _idf(conn, words, passages)
            if not weights:
                return []
            rows = conn.execute(_ranking(weights, mean_length, documents)).all()
        return [row.id for row in sorted(rows, key=lambda row: (-round(row.score, SCORE_DIGITS), row.id))]

    def passages(self, ids: Collection[str]) -> dict[str, tuple[str, dict[str, Any]]]:
        """The text and metadata of each of ``ids`` that is stored (an id written since by no one is left out)."""
        if not ids:
            return {}
        query = select(passage_texts.c.id, passage_texts.c.text, passage_texts.c.metadata).where(
            passage_texts.c.id.in_(list(ids)))
        with self.engine.connect() as conn:
            return {row.id: (row.text, json.loads(row.metadata)) for row in conn.execute(query)}


def tokens(text: str) -> list[str]:
    """The words of ``text`` as the FTS5 index holds them: jieba's words (``word_tokens``) cut by unicode61."""
    return [token for word in word_tokens(text) for token in _TOKEN.findall(word)]


def _insert(conn: Connection, passages: Sequence[Passage]) -> None:
    """Insert each passage's row and a posting per distinct word, two batched statements."""
    if not passages:
        return
    texts, postings = [], []
    for passage in passages:
        words, document = tokens(passage.text), passage.metadata["document"]
        texts.append({"id": passage.id, "document": document, "sha256": passage.metadata["sha256"],
                      "text": passage.text, "metadata": json.dumps(passage.metadata, ensure_ascii=False),
                      "length": len(words)})
        postings += [{"word": word, "document": document, "passage_id": passage.id, "length": len(words),
                      "count": count} for word, count in Counter(words).items()]
    conn.execute(passage_texts.insert(), texts)
    if postings:
        conn.execute(passage_words.insert(), postings)
    _add_to_totals(conn, len(texts), sum(row["length"] for row in texts))


def _delete(conn: Connection, condition) -> None:  # noqa: ANN001 - a SQLAlchemy condition
    """Delete the passages matching ``condition`` and their postings (explicitly: SQLite cascades only when told)."""
    removed = conn.execute(select(func.count(), func.sum(passage_texts.c.length)).where(condition)).one()
    chosen = select(passage_texts.c.id).where(condition)
    conn.execute(delete(passage_words).where(passage_words.c.passage_id.in_(chosen)))
    conn.execute(delete(passage_texts).where(condition))
    _add_to_totals(conn, -removed[0], -(removed[1] or 0))


def _add_to_totals(conn: Connection, passages: int, words: int) -> None:
    """Count passages and words in (or, negative, out of) the totals row, in the writer's transaction."""
    if passages:
        add_to_counters(conn, passage_totals, passages=passages, words=words)


def _totals(conn: Connection) -> tuple[int, float]:
    """How many passages the index holds, and their mean word count (BM25's avgdl; 1 for an empty index or one of
    empty passages, never a division by 0)."""
    row = conn.execute(select(passage_totals.c.passages, passage_totals.c.words)).first()
    passages, words = (row.passages, row.words) if row else (0, 0)
    return passages, (words / passages if passages and words else 1.0)


def _idf(conn: Connection, words: list[str], passages: int) -> dict[str, float]:
    """Each query word some passage contains, with its BM25 inverse document frequency as FTS5 computes it."""
    counts = conn.execute(select(passage_words.c.word, func.count())
                          .where(passage_words.c.word.in_(words)).group_by(passage_words.c.word))
    return {word: max(math.log((passages - n + 0.5) / (n + 0.5)), MIN_IDF) for word, n in counts}


def _ranking(weights: dict[str, float], mean_length: float, documents: Collection[str] | None):  # noqa: ANN202
    """The query of the best passages by the BM25 sum over the query's ``weights`` (word → idf), with their scores.
    ``ranked`` orders them again in Python: ties by id in code-point order, as SQLite orders, whatever PostgreSQL's
    collation, and scores that differ only by the databases' rounding as ties."""
    posting = passage_words.c
    saturation = posting.count * (K1 + 1) / (posting.count + K1 * (1 - B + B * posting.length / mean_length))
    score = func.sum(case(weights, value=posting.word) * saturation)
    query = select(posting.passage_id.label("id"), score.label("score")).where(posting.word.in_(list(weights)))
    if documents is not None:
        query = query.where(posting.document.in_(list(documents)))
    return query.group_by(posting.passage_id).order_by(score.desc(), posting.passage_id).limit(LEXICAL_CANDIDATES)
