"""What counts as a hit, and rank fusion of the lexical (BM25 over jieba words, ``words.py``) and vector rankings.

Hashed character n-grams find passages that share characters with a question;
BM25 rewards the rare words they share (长三角 counts for more than 工作).
Their scores live on different scales, so the two rankings are fused by rank
(reciprocal-rank fusion), which needs no calibration.

Neither score says "nothing matches": hashed vectors of unrelated texts have
small non-zero similarity, and BM25 rewards a shared 的. So a passage counts
as a hit only if it contains one of the query's character pairs; a question
about something no passage mentions finds nothing, which the assistant can say.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ingest.embedding import char_ngrams

RRF_K = 60
"""The usual reciprocal-rank-fusion constant: ranks 1 and 2 differ little, a top rank beats a missing one."""


def query_terms(query: str) -> set[str]:
    """Given a query, return the strings a passage must contain one of to match: its character pairs.

    A shared single character is no evidence (工, 的), a shared pair is; a
    one-character query falls back to that character.
    """
    grams = {gram for gram, _ in char_ngrams(query)}
    return {gram for gram in grams if len(gram) == 2} or grams


def mentions_any(text: str, terms: Collection[str]) -> bool:
    """Whether text (case-folded) contains at least one of the terms."""
    folded = text.lower()
    return any(term in folded for term in terms)


def fuse_rankings(rankings: Sequence[Sequence[str]], k: int = RRF_K) -> list[tuple[str, float]]:
    """Given several rankings of ids (best first), return (id, fused score) best first.

    Each ranking adds 1 / (k + rank) to an id's score; ties keep the order in
    which ids were first seen, so results are deterministic.
    """
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, passage_id in enumerate(ranking, start=1):
            scores[passage_id] = scores.get(passage_id, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda item: item[1], reverse=True)
