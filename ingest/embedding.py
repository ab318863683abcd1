"""Offline embeddings for Chinese passages: hashed character uni- and bi-grams.

Chroma's default embedding downloads an ONNX model and fails on a closed
network, so the passage collection always names its embedding function. Chinese
has no spaces and our texts are layout-garbled, so characters and character
pairs are sturdier features than words; hashing them into a fixed number of
dimensions needs no vocabulary, no model file and no training, and gives the
same vector for the same text in every process.

The class is registered with Chroma (``register_embedding_function``) because a
collection records its embedding function by name: a later process reopens the
collection only after importing this module.
"""

from __future__ import annotations

import os
import re
import zlib
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

DIMENSIONS = 512
MODEL_ENV = "JIXIAO_EMBEDDING_MODEL"
"""Names a locally installed sentence-transformers model to use instead of hashing (never downloaded)."""

_WORD_RUN = re.compile(r"\w+", re.UNICODE)
_UNIGRAM_WEIGHT = 0.5
"""Single characters are shared by many unrelated passages; pairs carry most of the meaning."""


def char_ngrams(text: str) -> list[tuple[str, float]]:
    """Given text, return its character unigrams and bigrams with their weights.

    N-grams never cross punctuation or spaces: a pair spanning ``，`` or a
    layout break is noise, not a word.
    """
    grams: list[tuple[str, float]] = []
    for run in _WORD_RUN.findall(text.lower()):
        grams.extend((ch, _UNIGRAM_WEIGHT) for ch in run)
        grams.extend((run[i : i + 2], 1.0) for i in range(len(run) - 1))
    return grams


def hash_embed(text: str, dimensions: int) -> np.ndarray:
    """Given text, return its L2-normalised hashed n-gram vector (all zeros for text without words).

    Each n-gram adds ±weight at a CRC32-chosen slot; the sign bit halves the
    bias that hash collisions would add to every dot product. Term counts are
    damped with log1p so one repeated word does not dominate a passage.
    """
    vector = np.zeros(dimensions, dtype=np.float64)
    for gram, weight in char_ngrams(text):
        code = zlib.crc32(gram.encode("utf-8"))
        sign = 1.0 if code & 0x80000000 else -1.0
        vector[code % dimensions] += sign * weight
    vector = np.sign(vector) * np.log1p(np.abs(vector))
    norm = np.linalg.norm(vector)
    return vector / norm if norm else vector


@register_embedding_function
class CharNgramHashEmbedding(EmbeddingFunction[Documents]):
    """Chroma embedding function over hashed character n-grams: offline, deterministic, numpy only."""

    def __init__(self, dimensions: int = DIMENSIONS) -> None:
        self.dimensions = dimensions

    def __call__(self, input: Documents) -> Embeddings:
        return [hash_embed(text, self.dimensions).astype(np.float32) for text in input]

    @staticmethod
    def name() -> str:
        return "jixiao-char-ngram-hash"

    def get_config(self) -> dict[str, Any]:
        return {"dimensions": self.dimensions}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> CharNgramHashEmbedding:
        return CharNgramHashEmbedding(int(config["dimensions"]))

    def default_space(self) -> Space:
        """Vectors are unit length, so cosine distance is the natural (and readable) one."""
        return "cosine"


def embedding_function() -> EmbeddingFunction[Documents]:
    """The embedding function for passages: hashing, unless ``JIXIAO_EMBEDDING_MODEL`` names a local model.

    The model branch never downloads (``local_files_only``): a model that is not
    installed is an error naming it, not a silent fallback, because a collection
    built with one embedding cannot be searched with another.
    """
    model = os.environ.get(MODEL_ENV, "").strip()
    if not model:
        return CharNgramHashEmbedding()
    from chromadb.utils.embedding_functions import SentenceTransformerEmbeddingFunction

    return SentenceTransformerEmbeddingFunction(
        model_name=model, normalize_embeddings=True, local_files_only=True
    )
