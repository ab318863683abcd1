"""Passages in Chroma with offline hybrid retrieval: hashed-n-gram vectors fused with BM25.

The store is an embedded ``PersistentClient`` under ``store_dir/chroma`` with
one collection, ``passages``. Embeddings come from ``ingest.embedding`` (never a
model download). Lexical BM25 scores are computed in memory over the same
passages; that index is built lazily and rebuilt whenever the collection's
``generation`` (a token every write changes, kept in the collection metadata)
differs from the one it was built at, so a writer in this or another process
never leaves a reader searching stale words.

Chroma's ``PersistentClient`` is thread-safe but not process-safe: only one
process may write a store path at a time (STACK.md).
"""

from __future__ import annotations

import pathlib
import uuid
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection as ChromaCollection
from chromadb.config import Settings

from ingest.embedding import embedding_function
from ingest.passages.build import Passage, document_passages
from ingest.passages.rank import LexicalIndex, fuse_rankings, mentions_any, query_terms
from ingest.records import Document
from ingest.tokenize_zh import has_word, load_jieba_in_background

COLLECTION_NAME = "passages"
VECTOR_CANDIDATES = 50
"""How many nearest vectors take part in fusion; more than any ``k`` we are asked for."""
_GENERATION_KEY = "generation"
PAGE = 5000
"""Passages read per call when reading them all (SQLite refuses one query over more than 32,766)."""


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


@dataclass(frozen=True)
class _Snapshot:
    """Every passage as read at one generation, with the BM25 index over them."""

    generation: str | None
    texts: dict[str, str]
    metadatas: dict[str, dict[str, Any]]
    lexical: LexicalIndex


class PassageIndex:
    """The passages of every ingested document, searchable by a Chinese question."""

    def __init__(self, store_dir: pathlib.Path) -> None:
        self.client: ClientAPI = chromadb.PersistentClient(
            path=pathlib.Path(store_dir) / "chroma", settings=chroma_settings()
        )
        self._embedding = embedding_function()
        self._collection: ChromaCollection = self.client.get_or_create_collection(
            COLLECTION_NAME, embedding_function=self._embedding
        )
        self._snapshot: _Snapshot | None = None
        load_jieba_in_background()

    def close(self) -> None:
        """Release the Chroma client (its SQLite files) so the store can be reopened or removed."""
        self.client.close()

    def replace_document(self, doc: Document) -> int:
        """Replace every passage of ``doc.file_name`` with this document's passages; return how many.

        Old passages are deleted by file name first, so a changed document never
        leaves stale passages (another sha256) behind. The two steps are not
        atomic: if the process dies between them, the document has fewer
        passages or none (never stale or duplicate ones) until it is ingested
        again; ``count(file_name)`` shows it. If it dies after the passages are
        written but before the generation changes, readers in other processes
        keep their word index until the next write.
        """
        passages = document_passages(doc)
        self._collection.delete(where={"document": doc.file_name})
        self._add(passages)
        self._changed()
        return len(passages)

    def delete_document(self, file_name: str) -> None:
        """Remove every passage of ``file_name`` (nothing happens if there is none)."""
        self._collection.delete(where={"document": file_name})
        self._changed()

    def stored_versions(self) -> set[tuple[str, str]]:
        """Every (file name, sha256) the passages belong to."""
        return {(m.get("document", ""), m.get("sha256", "")) for _, _, m in self._everything(["metadatas"])}

    def _everything(self, include: list[str], page: int | None = None) -> Iterator[tuple[str, str | None, dict[str, Any]]]:
        """Every passage as (id, text or None, metadata), read ``page`` at a time: one call for the whole collection
        fails above SQLite's variable limit (32,766 passages — a bureau's hundred reports hold more)."""
        page = page or PAGE
        offset = 0
        while True:
            batch = self._collection.get(include=include, limit=page, offset=offset)
            texts = batch.get("documents") or [None] * len(batch["ids"])
            metadatas = batch.get("metadatas") or [{}] * len(batch["ids"])
            yield from zip(batch["ids"], texts, metadatas)
            if len(batch["ids"]) < page:
                return
            offset += page

    def delete_version(self, file_name: str, sha256: str) -> None:
        """Remove the passages of one version of a file (those a crashed ingest left behind)."""
        self._collection.delete(where={"$and": [{"document": file_name}, {"sha256": sha256}]})
        self._changed()

    def count(self, file_name: str | None = None) -> int:
        """How many passages the store holds, in all or of one file."""
        if file_name is None:
            return self._collection.count()
        return len(self._collection.get(where={"document": file_name}, include=[])["ids"])

    def search(self, query: str, k: int = 8, documents: Collection[str] | None = None) -> list[PassageHit]:
        """Return the ``k`` passages that best match ``query``, best first.

        ``documents``, when given, keeps only passages of those file names.

        Vector similarity (Chroma) and BM25 (jieba words) each rank candidates;
        reciprocal-rank fusion combines them, so a passage both agree on wins.
        Only passages sharing a character pair with the query count
        (``query_terms``): a query about something never mentioned, with no
        word characters, or with an empty ``documents``, finds nothing.
        """
        if not has_word(query) or (documents is not None and not documents) or k <= 0:
            return []
        snapshot = self._current_snapshot()
        if not snapshot.texts:
            return []
        terms = query_terms(query)
        rankings = [self._vector_ranked(query, documents), snapshot.lexical.ranked(query, documents)]
        fused = fuse_rankings([_mentioning(ranking, snapshot.texts, terms) for ranking in rankings])
        return [_hit(snapshot, pid, score) for pid, score in fused[:k]]

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

    def _changed(self) -> None:
        """Record a new generation so every reader (this process or another) rebuilds its BM25 index."""
        self._collection.modify(metadata={_GENERATION_KEY: uuid.uuid4().hex})

    def _generation(self) -> str | None:
        """The collection's current generation, read fresh from the store (about 0.3 ms)."""
        metadata = self.client.get_collection(COLLECTION_NAME, embedding_function=self._embedding).metadata
        return (metadata or {}).get(_GENERATION_KEY)

    def _current_snapshot(self) -> _Snapshot:
        """The passage snapshot, rebuilt only if the collection changed since it was built."""
        generation = self._generation()
        if self._snapshot is None or self._snapshot.generation != generation:
            self._snapshot = self._read_snapshot(generation)
        return self._snapshot

    def _read_snapshot(self, generation: str | None) -> _Snapshot:
        """Read every passage and build the BM25 index over them."""
        stored = list(self._everything(["documents", "metadatas"]))
        ids: list[str] = [pid for pid, _, _ in stored]
        texts = {pid: text or "" for pid, text, _ in stored}
        metadatas = {pid: metadata for pid, _, metadata in stored}
        lexical = LexicalIndex(ids, [texts[i] for i in ids], [metadatas[i]["document"] for i in ids])
        return _Snapshot(generation, texts, metadatas, lexical)

    def _vector_ranked(self, query: str, documents: Collection[str] | None) -> list[str]:
        """Ids of the nearest passages by embedding, best first."""
        where = None if documents is None else {"document": {"$in": list(documents)}}
        result = self._collection.query(
            query_texts=[query], n_results=VECTOR_CANDIDATES, where=where, include=[]
        )
        return result["ids"][0]


def _mentioning(ranking: list[str], texts: dict[str, str], terms: set[str]) -> list[str]:
    """The ids of a ranking whose passage contains a query term, in rank order.

    An id the snapshot lacks (written by another process after it was read) is dropped.
    """
    return [pid for pid in ranking if pid in texts and mentions_any(texts[pid], terms)]


def _hit(snapshot: _Snapshot, passage_id: str, score: float) -> PassageHit:
    """Build a PassageHit from a stored passage; missing page/line metadata means unknown."""
    metadata = snapshot.metadatas[passage_id]
    return PassageHit(
        text=snapshot.texts[passage_id],
        document=metadata["document"],
        sha256=metadata["sha256"],
        project_seq=int(metadata["project_seq"]),
        project_name=metadata["project_name"],
        field=metadata["field"],
        page=metadata.get("page"),
        line=metadata.get("line"),
        score=score,
    )
