"""The store keeps each ingested file, by its bytes, so a source can be shown where it was read (real store)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.errors import IngestError
from ingest.originals import ORIGINALS_DIR, find_original
from ingest.store import Store

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "000_714f557b0e494d5f.txt"


def test_the_ingested_file_is_kept_once_by_its_bytes_and_a_refused_file_not_at_all(tmp_path: Path):
    store = Store(tmp_path / "store")
    store.ingest(SAMPLE)
    document = store.documents()[0]
    kept = find_original(store.dir, document)
    assert kept is not None and kept.read_bytes() == SAMPLE.read_bytes() and kept.suffix == ".txt"
    renamed = tmp_path / "同一份报告.txt"
    shutil.copyfile(SAMPLE, renamed)
    assert store.ingest(renamed).status == "unchanged"
    broken = tmp_path / "坏文件.pdf"
    broken.write_bytes(b"%PDF-1.7 not a report")
    with pytest.raises(IngestError):
        store.ingest(broken)
    assert [p.name for p in (store.dir / ORIGINALS_DIR).iterdir()] == [kept.name]


def test_a_store_from_before_files_were_kept_gets_the_file_on_its_next_ingest(tmp_path: Path):
    store = Store(tmp_path / "store")
    store.ingest(SAMPLE)
    document = store.documents()[0]
    find_original(store.dir, document).unlink()  # as a store written by older code has it
    assert find_original(store.dir, document) is None
    assert store.ingest(SAMPLE).status == "unchanged"
    assert find_original(store.dir, document) is not None
