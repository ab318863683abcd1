"""The row as printed: every row a text report's values were read on keeps its line as the file prints it, the store
keeps it beside the records, and a citation shows that line — a store written before lines were kept still shows
the row rebuilt from the cells as read (issue 9; issue 11's "the row as printed").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete

from assistant.engine import Assistant
from ingest.reading import read_report
from ingest.records import Document, SourceRef
from ingest.sql_store import FORMAT_VERSION, printed_rows, stored_version
from ingest.store import Store
from ingest.text.lines import printed_line

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "000_714f557b0e494d5f.txt"
TOTAL_LINE = 4
"""Project 1's 年度资金总额 line, read off the sample by eye: ``⇥⇥年度资金总额:⇥779.05⇥779.05⇥771.12⇥<u>)</u>⇥10.00…``."""


@pytest.fixture(scope="module")
def sample() -> Document:
    return read_report(SAMPLE)


def _sources(document: Document) -> list[SourceRef]:
    """Every row reference a document's records hold."""
    return [source for p in document.projects
            for source in (p.source, p.total_source, p.grade_source, *(f.source for f in p.funds),
                           *(i.source for i in p.indicators))
            if source is not None]


def test_every_row_keeps_its_line_as_the_file_prints_it(sample: Document) -> None:
    raw = SAMPLE.read_text(encoding="utf-8").split("\n")
    sources = _sources(sample)
    assert sources and all(source.text == printed_line(raw[source.line - 1]) for source in sources)
    total = sample.projects[0].funds[0].source
    assert total.line == TOTAL_LINE
    assert total.text == "\t\t年度资金总额:\t779.05\t779.05\t771.12\t)\t10.00\t98.98\t9.90"  # the extractor's tags gone


def test_a_line_is_printed_without_page_marks_and_tags_with_look_alike_glyphs_read() -> None:
    assert printed_line("\f主管\t部⻔\t<u>)</u>上海\r") == "主管\t部门\t)上海"


def test_the_store_keeps_each_row_as_printed_and_citations_show_it(sample: Document, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    store.ingest(SAMPLE)
    stored = store.documents()[0]
    assert [s.text for s in _sources(stored)] == [s.text for s in _sources(sample)]
    assert stored_version(store.engine, SAMPLE.name).format_version == FORMAT_VERSION
    question = "生态环境监测项目的预算"
    assert Assistant(store).ask(question).citations[0].printed == (
        "年度资金总额: | 779.05 | 779.05 | 771.12 | ) | 10.00 | 98.98 | 9.90")
    with store.engine.begin() as conn:  # as a store written before rows were kept
        conn.execute(delete(printed_rows))
    older = Store(tmp_path / "store")
    assert all(s.text is None for s in _sources(older.documents()[0]))
    assert Assistant(older).ask(question).citations[0].printed == (
        "年度资金总额 | 779.05 | 779.05 | 771.12 | 10.00 | 98.98 | 9.90")  # rebuilt from the cells as read
