"""Turning a Document's records into passages: short quotable texts with metadata pointing back.

A passage is what a citation quotes, so it stays sentence-sized: goal and
result texts (and the rare long deviation reason) are cut into chunks of at
most ``CHUNK_CHARS`` characters at sentence ends, else after a clause; each
indicator row becomes one sentence.
Figures are not read from passages (the side table is the only source of
numbers); passages are for finding and quoting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ingest.records import Document, Indicator, Project, SourceRef
from ingest.tokenize_zh import has_word

CHUNK_CHARS = 150
FIELDS: tuple[str, ...] = ("goal", "result", "indicator", "reason")

_BREAKS = (re.compile(r"(?<=[。；;！？!?])"), re.compile(r"(?<=[，,、：:])"))
"""Where a long text may be cut, best first: after a sentence, then after a clause."""
_SPACES = re.compile(r"\s+")

Metadata = dict[str, str | int]


@dataclass(frozen=True)
class Passage:
    """One passage as stored in Chroma: a deterministic id, the quoted text, and its metadata.

    Metadata holds no None (Chroma rejects it): ``page``, ``line``,
    ``department`` and ``year`` are left out when unknown.
    """

    id: str
    text: str
    metadata: Metadata


def passage_id(file_name: str, project_seq: int, field: str, index: int) -> str:
    """The id of a passage; the same record always gets the same id, so re-ingest overwrites, never duplicates."""
    return f"{file_name}#{project_seq}:{field}:{index}"


def split_sentences(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Given a long text, return chunks of at most ``limit`` characters, cut where a reader would pause.

    Whole sentences (ending 。；;！？) are packed together while they fit; a
    longer sentence is cut after a clause (，,、：), and only a clause longer
    than ``limit`` is cut mid-phrase, so a quote is never a page long. The
    extracted texts often use ASCII commas and no full stop at all.
    """
    pieces = _pieces(_SPACES.sub(" ", text).strip(), limit, level=0)
    return [chunk.strip() for chunk in pieces if chunk.strip()]


def _pieces(text: str, limit: int, level: int) -> list[str]:
    """Given text, return pieces of at most ``limit`` characters cut at ``_BREAKS[level]`` or finer."""
    if len(text) <= limit:
        return [text]
    if level == len(_BREAKS):
        return [text[i : i + limit] for i in range(0, len(text), limit)]
    parts = _BREAKS[level].split(text)
    return _pack([piece for part in parts for piece in _pieces(part, limit, level + 1)], limit)


def _pack(pieces: list[str], limit: int) -> list[str]:
    """Given pieces in text order, join neighbours while the joined piece fits in ``limit``."""
    chunks: list[str] = []
    for piece in pieces:
        if chunks and len(chunks[-1]) + len(piece) <= limit:
            chunks[-1] += piece
        else:
            chunks.append(piece)
    return chunks


def indicator_sentence(indicator: Indicator) -> str:
    """An indicator row as one sentence: ``三级指标名：年度指标值 …，实际完成值 …``."""
    return f"{indicator.name}：年度指标值 {indicator.target_text}，实际完成值 {indicator.actual_text}"


def project_texts(project: Project) -> Iterator[tuple[str, str, SourceRef]]:
    """Given a project, yield (field, text, source) for every passage it has, in table order."""
    for field, text in (("goal", project.goal_text), ("result", project.result_text)):
        for chunk in split_sentences(text):
            yield field, chunk, project.source
    for indicator in project.indicators:
        yield "indicator", indicator_sentence(indicator), indicator.source
    for indicator in project.indicators:
        for chunk in split_sentences(indicator.reason or ""):
            yield "reason", chunk, indicator.source


def passage_metadata(doc: Document, project: Project, field: str, source: SourceRef) -> Metadata:
    """The metadata of one passage, without None values."""
    optional = {
        "page": source.page,
        "line": source.line,
        "department": project.department or doc.department,
        "year": doc.year,
    }
    metadata: Metadata = {
        "document": doc.file_name,
        "sha256": doc.sha256,
        "project_seq": project.seq,
        "project_name": project.name,
        "field": field,
    }
    metadata.update({key: value for key, value in optional.items() if value is not None})
    return metadata


def document_passages(doc: Document) -> list[Passage]:
    """Given a Document, return all its passages.

    Texts without a word character are skipped, and so is a repeat of a text
    already in the same project and field (extraction sometimes doubles a
    paragraph): the same quote twice would only crowd out other hits.
    """
    passages: list[Passage] = []
    for project in doc.projects:
        counters = dict.fromkeys(FIELDS, 0)
        seen: set[tuple[str, str]] = set()
        for field, text, source in project_texts(project):
            if not has_word(text) or (field, text) in seen:
                continue
            seen.add((field, text))
            index = counters[field]
            counters[field] += 1
            passages.append(
                Passage(
                    id=passage_id(doc.file_name, project.seq, field, index),
                    text=text,
                    metadata=passage_metadata(doc, project, field, source),
                )
            )
    return passages
