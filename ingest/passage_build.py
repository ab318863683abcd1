"""Turning a Document's records into passages: short quotable texts with metadata pointing back.

A passage is what a citation quotes, so it stays sentence-sized: goal and
result texts are cut at 。；; into chunks of about ``CHUNK_CHARS`` characters,
each indicator row becomes one sentence, each deviation reason one passage.
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

_SENTENCE_END = re.compile(r"(?<=[。；;])")
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
    """Given a long text, return chunks of whole sentences of at most ``limit`` characters.

    Sentences end at 。；; and are packed together while they fit; a single
    sentence longer than ``limit`` is cut every ``limit`` characters, so a
    quote is never a page long.
    """
    chunks: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(_SPACES.sub(" ", text).strip()):
        sentence = sentence.strip()
        if current and len(current) + len(sentence) > limit:
            chunks.append(current)
            current = ""
        current += sentence
        while len(current) > limit:
            chunks.append(current[:limit])
            current = current[limit:]
    if current:
        chunks.append(current)
    return chunks


def indicator_sentence(indicator: Indicator) -> str:
    """An indicator row as one sentence: ``三级指标名：年度指标值 …，实际完成值 …``."""
    return f"{indicator.name}：年度指标值 {indicator.target_text}，实际完成值 {indicator.actual_text}"


def project_texts(project: Project) -> Iterator[tuple[str, str, SourceRef]]:
    """Given a project, yield (field, text, source) for every passage it has, in table order."""
    for chunk in split_sentences(project.goal_text):
        yield "goal", chunk, project.source
    for chunk in split_sentences(project.result_text):
        yield "result", chunk, project.source
    for indicator in project.indicators:
        yield "indicator", indicator_sentence(indicator), indicator.source
    for indicator in project.indicators:
        if indicator.reason and indicator.reason.strip():
            yield "reason", indicator.reason.strip(), indicator.source


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
    """Given a Document, return all its passages; texts without a single word character are skipped."""
    passages: list[Passage] = []
    for project in doc.projects:
        counters = dict.fromkeys(FIELDS, 0)
        for field, text, source in project_texts(project):
            if not has_word(text):
                continue
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
