"""Passages in Chroma and in an SQLite word index, with offline hybrid retrieval: hashed-n-gram vectors fused
with BM25.

The vectors live in an embedded ``PersistentClient`` under ``store_dir/chroma``
(one collection, ``passages``; embeddings from ``ingest.embedding``, never a
model download). Texts, metadata and their words live in
``store_dir/passage_words.sqlite`` (``words.WordIndex``, FTS5). Both are
written when a report is ingested and searched in place, filtered by document
inside each index (Chroma's ``where``, SQL's ``IN``): nothing reads the whole
collection, and opening a store builds nothing.

A report's passages are written to the word index first, then to Chroma, and
removed from both; ``stored_versions`` reads the word index. So a process
killed between the two writes leaves a version there that the store's sweep
(``Store.sweep_orphans``) removes from both, or a committed report it writes
again in both.

Chroma's ``PersistentClient`` is thread-safe but not process-safe: only one
process may write a store path at a time (STACK.md).

A store served by several machines (docs/deploy.md) keeps both elsewhere: the
vectors in a Chroma server (``chroma_url``, ``chroma run``; the embedding is
computed here, on the client, so it stays the same offline one), the texts and
words in the side table's database (``engine``, ``sql_words.SqlWordIndex``).
"""

from __future__ import annotations

import pathlib
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection as ChromaCollection
from chromadb.config import Settings
from sqlalchemy import Engine

from ingest.embedding import embedding_function
from ingest.passages.build import Passage, document_passages
from ingest.passages.rank import fuse_rankings, mentions_any, query_terms
from ingest.passages.server import chroma_server
from ingest.passages.sql_words import SqlWordIndex
from ingest.passages.words import WordIndex
from ingest.records import Document
from ingest.tokenize_zh import has_word, load_jieba_in_background

COLLECTION_NAME = "passages"
VECTOR_CANDIDATES = 50
"""How many nearest vectors take part in fusion; more than any ``k`` we are asked for."""
PAGE = 5000
"""Passages read per call when copying a store written before the word index (SQLite refuses one query over more
than 32,766)."""


def chroma_settings() -> Settings:
    """The settings every client of a store uses; Chroma refuses a second client on a path with other settings."""
    return Settings(anonymized_telemetry=False)


@dataclass(frozen=True)
class PassageHit:
    """One search result: the quoted text and where it comes from.

    ``score`` is the fused rank score: higher is better, comparable only within one search.
    """

    text: str
    document: str
    sha256: str
    project_seq: int
    project_name: str
    field: str  # "goal" | "result" | "indicator" | "reason"
    page: int | None
    line: int | None
    score: float


class PassageIndex:
    """The passages of every ingested document, searchable by a Chinese question."""

    def __init__(self, store_dir: pathlib.Path, engine: Engine | None = None, chroma_url: str | None = None) -> None:
        """Open the passages of ``store_dir``: the words in its FTS5 file, or in ``engine``'s database when given;
        the vectors in its embedded Chroma, or in the Chroma server at ``chroma_url`` when given."""
        self.client: ClientAPI = chroma_client(pathlib.Path(store_dir), chroma_url)
        self._embedding = embedding_function()
        self._collection: ChromaCollection = self.client.get_or_create_collection(
            COLLECTION_NAME, embedding_function=self._embedding
        )
        self.words: WordIndex | SqlWordIndex = WordIndex(store_dir) if engine is None else SqlWordIndex(engine)
        if self.words.created and self._collection.count():  # a store written before the word index: copy once
            self.words.add(self._everything())
        load_jieba_in_background()

    def close(self) -> None:
        """Release the Chroma client (its SQLite files) so the store can be reopened or removed."""
        self.client.close()

    def replace_document(self, doc: Document) -> int:
        """Replace every passage of ``doc.file_name`` with this document's passages; return how many.

        Old passages are deleted by file name first, so a changed document never
        leaves stale passages (another sha256) behind. The word index changes in
        one transaction; if the process dies before Chroma follows, the sweep
        repairs it (module docstring).
        """
        passages = document_passages(doc)
        self.words.replace(doc.file_name, passages)
        self._collection.delete(where={"document": doc.file_name})
        self._add(passages)
        return len(passages)

    def delete_document(self, file_name: str) -> None:
        """Remove every passage of ``file_name`` (nothing happens if there is none)."""
        self.words.delete(file_name)
        self._collection.delete(where={"document": file_name})

    def stored_versions(self) -> set[tuple[str, str]]:
        """Every (file name, sha256) the passages belong to."""
        return self.words.versions()

    def delete_version(self, file_name: str, sha256: str) -> None:
        """Remove the passages of one version of a file (those a crashed ingest left behind)."""
        self.words.delete(file_name, sha256)
        self._collection.delete(where={"$and": [{"document": file_name}, {"sha256": sha256}]})

    def count(self, file_name: str | None = None) -> int:
        """How many passages the store holds, in all or of one file."""
        return self.words.count(file_name)

    def search(self, query: str, k: int = 8, documents: Collection[str] | None = None) -> list[PassageHit]:
        """Return the ``k`` passages that best match ``query``, best first.

        ``documents``, when given, keeps only passages of those file names.

        Vector similarity (Chroma) and BM25 (FTS5 over jieba words) each rank
        candidates; reciprocal-rank fusion combines them, so a passage both
        agree on wins. Only passages sharing a character pair with the query
        count (``query_terms``): a query about something never mentioned, with
        no word characters, or with an empty ``documents``, finds nothing.
        """
        if not has_word(query) or (documents is not None and not documents) or k <= 0:
            return []
        rankings = [self._vector_ranked(query, documents), self.words.ranked(query, documents)]
        stored = self.words.passages({pid for ranking in rankings for pid in ranking})
        terms = query_terms(query)
        fused = fuse_rankings([_mentioning(ranking, stored, terms) for ranking in rankings])
        return [_hit(stored[pid], score) for pid, score in fused[:k]]

    def _add(self, passages: Sequence[Passage]) -> None:
        """Add passages in batches no larger than Chroma accepts at once."""
        batch = self.client.get_max_batch_size()
        for start in range(0, len(passages), batch):
            part = passages[start : start + batch]
            self._collection.add(
                ids=[p.id for p in part],
                documents=[p.text for p in part],
                metadatas=[p.metadata for p in part],
            )

    def _everything(self, page: int | None = None) -> Iterator[Passage]:
        """Every passage in Chroma, read ``page`` at a time: one call for the whole collection fails above SQLite's
        variable limit (32,766 passages — a bureau's hundred reports hold more). Only for copying a store written
        before the word index."""
        page = page or PAGE
        offset = 0
        while True:
            batch = self._collection.get(include=["documents", "metadatas"], limit=page, offset=offset)
            for pid, text, metadata in zip(batch["ids"], batch["documents"], batch["metadatas"]):
                yield Passage(pid, text or "", dict(metadata))
            if len(batch["ids"]) < page:
                return
            offset += page

    def _vector_ranked(self, query: str, documents: Collection[str] | None) -> list[str]:
        """Ids of the nearest passages by embedding, best first."""
        where = None if documents is None else {"document": {"$in": list(documents)}}
        result = self._collection.query(
            query_texts=[query], n_results=VECTOR_CANDIDATES, where=where, include=[]
        )
        return result["ids"][0]


def chroma_client(store_dir: pathlib.Path, url: str | None) -> ClientAPI:
    """The Chroma client of a store: the server at ``url`` (``chroma run``), else the embedded one in the folder."""
    if not url:
        return chromadb.PersistentClient(path=store_dir / "chroma", settings=chroma_settings())
    server = chroma_server(url)
    return chromadb.HttpClient(host=server.host, port=server.port, ssl=server.ssl, settings=chroma_settings())


def _mentioning(ranking: list[str], stored: dict[str, tuple[str, dict[str, Any]]], terms: set[str]) -> list[str]:
    """The ids of a ranking whose passage contains a query term, in rank order.

    An id the word index lacks (Chroma written by a process that died before it, swept later) is dropped.
    """
    return [pid for pid in ranking if pid in stored and mentions_any(stored[pid][0], terms)]


def _hit(stored: tuple[str, dict[str, Any]], score: float) -> PassageHit:
    """Build a PassageHit from a stored passage; missing page/line metadata means unknown."""
    text, metadata = stored
    return PassageHit(
        text=text,
        document=metadata["document"],
        sha256=metadata["sha256"],
        project_seq=int(metadata["project_seq"]),
        project_name=metadata["project_name"],
        field=metadata["field"],
        page=metadata.get("page"),
        line=metadata.get("line"),
        score=score,
    )
