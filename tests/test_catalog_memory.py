"""The catalog's objects and the garbage collector: a catalog in use is kept out of the collector's full passes
(they walked a bureau's 250,000 objects every few questions), and a replaced catalog is still freed."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from assistant.catalog import COLLECTOR_THRESHOLDS
from assistant.engine import Assistant
from benchmarks.corpus import build_corpus, year_range
from tests.fixtures.assistant_records import fill_store


def test_a_catalog_in_use_is_frozen_and_a_replaced_one_is_freed(tmp_path: Path) -> None:
    first, second = build_corpus(departments=1, years=year_range("2023-2024"), projects=3, seed=5)
    store = fill_store(tmp_path, [first])
    assistant = Assistant(store)
    answer = assistant.ask("所有项目全年预算合计多少")  # builds the catalog; its figures and citations are kept
    assert answer.found and gc.get_freeze_count() > 0 and gc.get_threshold() == COLLECTOR_THRESHOLDS
    old = weakref.ref(assistant.planner().catalog.entries[0])
    fill_store(tmp_path, [second])  # another report: the next question builds a new catalog
    assert len(assistant.ask("所有项目全年预算合计多少").scope["years"]) == 2
    assert old() is None  # the old catalog's entries (cycles through what they keep) were collected, not frozen
