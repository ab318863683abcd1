"""A store survives an ingest killed at each write boundary (as kill -9 would kill it: os._exit, no cleanup).

For each boundary — SQL written but not committed, passages written but SQL not committed, SQL committed but the
replaced report's passages not yet removed — a real ``python -m ingest`` is killed there; the store is then opened
again and must hold either the old or the new version whole, never a mix: every committed report has its passages
and no passage belongs to a report SQL does not hold. A second ingest then completes as if nothing had happened.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.store import FAULT_ENV, Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "000_714f557b0e494d5f.txt"
WATER = ROOT / "evals" / "documents" / "water_bureau_2023.txt"


def ingest_killed_at(point: str, path: Path, store: Path) -> int:
    """Run ``python -m ingest`` on ``path``, dying at ``point``; its exit code."""
    env = {**os.environ, FAULT_ENV: point, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-m", "ingest", str(path), "--store", str(store)], env=env, cwd=ROOT,
                         capture_output=True, timeout=300)
    return run.returncode


def consistent(store_dir: Path) -> Store:
    """The store reopened and swept: every committed report with its passages, no passage of any other."""
    store = Store(store_dir)
    store.sweep_orphans()
    committed = {(d.file_name, d.sha256) for d in store.documents()}
    assert store.passages.stored_versions() == committed
    return store


@pytest.mark.parametrize("point", ["sql_written", "passages_written", "committed"])
def test_a_new_report_killed_at_each_boundary(point: str, tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    Store(store_dir).ingest(SAMPLE)
    assert ingest_killed_at(point, WATER, store_dir) == 9
    store = consistent(store_dir)
    names = [d.file_name for d in store.documents()]
    assert names in (["000_714f557b0e494d5f.txt"], ["000_714f557b0e494d5f.txt", "water_bureau_2023.txt"])
    assert (point == "committed") == ("water_bureau_2023.txt" in names)  # committed means stored, else not at all
    store.ingest(WATER)
    assert sum(len(d.projects) for d in consistent(store_dir).documents()) == 22


@pytest.mark.parametrize("point", ["passages_written", "committed"])
def test_a_replacing_version_killed_at_each_boundary(point: str, tmp_path: Path) -> None:
    """The same report under another name replaces the old one: a crash leaves one of the two, whole."""
    store_dir = tmp_path / "store"
    Store(store_dir).ingest(SAMPLE)
    renamed = tmp_path / "生态环境局2024_更正版.txt"
    shutil.copyfile(SAMPLE, renamed)
    with renamed.open("ab") as handle:
        handle.write(b"\n")
    assert ingest_killed_at(point, renamed, store_dir) == 9
    store = consistent(store_dir)
    assert len(store.documents()) == 1 and sum(len(d.projects) for d in store.documents()) == 18  # never doubled
    store.ingest(renamed)
    assert [d.file_name for d in consistent(store_dir).documents()] == [renamed.name]


def test_a_deletion_killed_after_its_commit_leaves_no_orphan(tmp_path: Path) -> None:
    """``python -m ingest delete`` killed after the SQL commit, before the passages went: the report is gone and
    its passages, orphans now, are swept before the next write."""
    store_dir = tmp_path / "store"
    store = Store(store_dir)
    store.ingest(SAMPLE)
    store.ingest(WATER)
    store.passages.close()
    env = {**os.environ, FAULT_ENV: "report_deleted", "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-m", "ingest", "delete", WATER.name, "--store", str(store_dir)], env=env,
                         cwd=ROOT, capture_output=True, timeout=300)
    assert run.returncode == 9
    reopened = Store(store_dir)
    assert [d.file_name for d in reopened.documents()] == [SAMPLE.name]
    assert reopened.passages.count(WATER.name) > 0  # left behind by the crash
    assert [d.file_name for d in consistent(store_dir).documents()] == [SAMPLE.name]
    assert Store(store_dir).passages.count(WATER.name) == 0
