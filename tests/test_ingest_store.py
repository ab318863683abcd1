"""The store and the ingest CLI end to end: real files, real SQLite and Chroma on disk.

Covers the promises of the ingest issue that no single reader can keep alone:
idempotent re-ingest, replacement of a changed file, all-or-nothing writes,
department/year overrides, several documents side by side, and bad input refused
with a Chinese message and an unchanged store.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.__main__ import main as ingest_main
from ingest.errors import IngestError
from ingest.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "000_714f557b0e494d5f.txt"
SECOND = ROOT / "tests" / "fixtures" / "second_report.txt"
TABLES = ("documents", "document_formats", "projects", "fund_lines", "indicators", "findings", "footer_sources")


def snapshot(store_dir: Path) -> dict[str, list]:
    """Every row of every side-table table plus the passage count: what 'unchanged' means."""
    with sqlite3.connect(store_dir / "side_table.sqlite") as conn:
        rows = {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES}
    rows["passages"] = [Store(store_dir).passages.count()]
    return rows


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the sample, ingested once for the module's read-only checks."""
    store_dir = tmp_path_factory.mktemp("store")
    assert ingest_main([str(SAMPLE), "--store", str(store_dir)]) == 0
    return store_dir


def test_sample_is_stored_with_its_department_and_year(sample_store: Path) -> None:
    [doc] = Store(sample_store).documents()
    assert (doc.file_name, doc.department, doc.year, doc.kind) == (SAMPLE.name, "上海市生态环境局", 2024, "text")
    assert doc.sha256 == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    assert len(doc.projects) == 18
    assert Store(sample_store).passages.count(SAMPLE.name) > 18


def test_indicator_rows_carry_points_lost(sample_store: Path) -> None:
    with sqlite3.connect(sample_store / "side_table.sqlite") as conn:
        bad = conn.execute("SELECT COUNT(*) FROM indicators WHERE ABS(lost - (weight - score)) > 0.001").fetchone()[0]
        lost = conn.execute("SELECT ROUND(SUM(lost), 2) FROM indicators").fetchone()[0]
    assert bad == 0
    assert lost > 0


def test_every_project_reconciles_or_says_why(sample_store: Path) -> None:
    for project in Store(sample_store).documents()[0].projects:
        funds = project.fund("年度资金总额")
        lost = (funds.weight - funds.score) + sum(i.lost for i in project.indicators if i.lost is not None)
        reconciles = abs(100 - lost - project.total_score) < 0.011
        explained = any(f.kind in {"total_mismatch", "total_unverifiable", "indicator_missing"} for f in project.findings)
        assert reconciles or explained, project.name


def test_reingesting_the_same_file_changes_nothing(tmp_path: Path) -> None:
    assert ingest_main([str(SAMPLE), "--store", str(tmp_path)]) == 0
    before = snapshot(tmp_path)
    outcome = Store(tmp_path).ingest(SAMPLE)
    assert outcome.status == "unchanged"
    assert snapshot(tmp_path) == before


def test_a_file_stored_by_older_code_is_read_again_once(tmp_path: Path) -> None:
    """An upgrade reaches stored documents: unchanged bytes without the current format version are re-read."""
    store = Store(tmp_path)
    store.ingest(SECOND)
    with sqlite3.connect(tmp_path / "side_table.sqlite") as conn:
        conn.execute("DELETE FROM document_formats")  # as a store written before format versions
    assert store.ingest(SECOND).status == "replaced"
    assert store.ingest(SECOND).status == "unchanged"


def test_a_changed_file_replaces_its_old_version(tmp_path: Path) -> None:
    copy = tmp_path / "report.txt"
    shutil.copy(SAMPLE, copy)
    store = Store(tmp_path / "store")
    store.ingest(copy)
    copy.write_text(SAMPLE.read_text(encoding="utf-8").replace("779.05", "779.06", 1), encoding="utf-8")
    assert store.ingest(copy).status == "replaced"
    [doc] = store.documents()
    assert doc.projects[0].funds[0].initial == 779.06
    assert len(doc.projects) == 18
    assert store.passages.count("report.txt") == Store(tmp_path / "store").passages.count()


def test_flags_override_department_and_year(tmp_path: Path) -> None:
    assert ingest_main([str(SAMPLE), "--store", str(tmp_path), "--department", "某某局", "--year", "2023"]) == 0
    [doc] = Store(tmp_path).documents()
    assert (doc.department, doc.year) == ("某某局", 2023)


def test_documents_of_other_departments_live_side_by_side(tmp_path: Path) -> None:
    assert ingest_main([str(SAMPLE), str(SECOND), "--store", str(tmp_path)]) == 0
    docs = {d.file_name: d for d in Store(tmp_path).documents()}
    assert set(docs) == {SAMPLE.name, SECOND.name}
    assert docs[SAMPLE.name].department != docs[SECOND.name].department


def test_a_failure_while_writing_passages_leaves_the_store_as_it_was(tmp_path: Path, monkeypatch) -> None:
    store = Store(tmp_path)
    store.ingest(SECOND)
    before = snapshot(tmp_path)

    def crash(_doc) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.passages, "replace_document", crash)
    with pytest.raises(RuntimeError):
        store.ingest(SAMPLE)
    assert snapshot(tmp_path) == before


BAD_FILES = {
    "empty.txt": (b"", "文件为空"),
    "blank.txt": (b"   \n\n", "文件为空"),
    "image.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "既不是 PDF、Excel、Word、网页也不是文本文件"),
    "notes.txt": ("会议纪要\n今天讨论了明年的工作安排。\n".encode(), "不是项目支出绩效自评表"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_are_refused_in_chinese_and_change_nothing(tmp_path: Path, name: str, capsys) -> None:
    content, message = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_bytes(content)
    store_dir = tmp_path / "store"
    assert ingest_main([str(SECOND), "--store", str(store_dir)]) == 0
    before = snapshot(store_dir)
    assert ingest_main([str(bad), "--store", str(store_dir)]) == 1
    err = capsys.readouterr().err
    assert name in err and message in err and "库未改动" in err
    assert snapshot(store_dir) == before


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="文件不存在"):
        Store(tmp_path).ingest(tmp_path / "nope.pdf")


def test_cli_runs_as_a_module_with_progress_and_summary(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ingest", str(SAMPLE.parent), "--store", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "[1/1]" in result.stdout and "18 个项目" in result.stdout and "成功 1 个文件，失败 0 个" in result.stdout


def test_a_document_list_loaded_during_an_ingest_is_not_cached_stale(tmp_path: Path, monkeypatch) -> None:
    """A question loading documents while an upload commits must not hide the upload afterwards."""
    import threading

    import ingest.store as store_module

    store = Store(tmp_path)
    store.ingest(SECOND)
    store.passages.count()  # open Chroma before the race, as a running app has
    store._documents = None
    ingest_done = threading.Event()
    real_load = store_module.load_documents

    def load_while_another_thread_ingests(engine):  # noqa: ANN001, ANN202
        stale = real_load(engine)
        writer = threading.Thread(target=lambda: (store.ingest(SAMPLE), ingest_done.set()))
        writer.start()
        ingest_done.wait(timeout=1.0)  # without the lock the ingest commits here, between load and cache
        load_while_another_thread_ingests.writer = writer
        return stale

    monkeypatch.setattr(store_module, "load_documents", load_while_another_thread_ingests)
    store.documents()
    monkeypatch.setattr(store_module, "load_documents", real_load)
    load_while_another_thread_ingests.writer.join(timeout=60)
    assert {d.file_name for d in store.documents()} == {SAMPLE.name, SECOND.name}


def changed_copy(tmp_path: Path, name: str) -> Path:
    """The sample under another name with one more line: new bytes of the same report (it replaces the sample)."""
    copy = tmp_path / name
    copy.write_text(SAMPLE.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    return copy


def test_writes_keep_the_document_list_without_reloading_every_report(tmp_path: Path, monkeypatch) -> None:
    """Each write adds the report it wrote to the list it holds; the list is the one a full reload gives."""
    import ingest.store as store_module
    from ingest.sql_store import load_documents

    full_loads = []
    monkeypatch.setattr(store_module, "load_documents", lambda engine: full_loads.append(1) or load_documents(engine))
    store = Store(tmp_path / "store")
    for path in (SAMPLE, SECOND, changed_copy(tmp_path, "更正版.txt")):
        store.ingest(path)
    assert len(full_loads) == 1  # the first write's list; before, every write reloaded all reports
    assert [d.file_name for d in store.documents()] == sorted([SECOND.name, "更正版.txt"])
    assert store.documents() == load_documents(store.engine)


def test_a_write_by_another_process_in_between_is_not_lost(tmp_path: Path, monkeypatch) -> None:
    """Another process commits after this one read its list and before it writes: the list is reloaded whole."""
    import ingest.store as store_module
    from ingest.sql_store import open_engine, replace_document, store_url

    store = Store(tmp_path / "store")
    store.ingest(SAMPLE)
    real_keep = store_module.keep_original

    def another_process_writes_first(*args) -> None:  # noqa: ANN002 - keep_original's arguments
        with open_engine(store_url(tmp_path / "store")).begin() as conn:
            replace_document(conn, store_module.read_checked(SECOND))
        monkeypatch.setattr(store_module, "keep_original", real_keep)
        real_keep(*args)

    monkeypatch.setattr(store_module, "keep_original", another_process_writes_first)
    store.ingest(changed_copy(tmp_path, "更正版.txt"))
    assert [d.file_name for d in store.documents()] == sorted([SECOND.name, "更正版.txt"])
