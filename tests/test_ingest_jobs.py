"""``python -m ingest --jobs N``: files read in parallel processes and written in order, the store the same as with
one job; an unchanged file is skipped before it is parsed. Real files, real reading processes, SQLite and Chroma."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

import ingest.store
from ingest.__main__ import main as ingest_main
from ingest.errors import IngestError
from ingest.store import Store
from tests.test_ingest_store import SAMPLE, SECOND, snapshot

ROOT = Path(__file__).resolve().parent.parent
CORPUS_PDF = ROOT / "evals" / "documents" / "corpus" / "guizi_2022.pdf"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """Three reports of three formats' worth of work and one file that is no report, in the order listed."""
    reports = tmp_path / "reports"
    reports.mkdir()
    for number, source in enumerate((SAMPLE, CORPUS_PDF, SECOND), 1):
        shutil.copy(source, reports / f"{number}_{source.name}")
    (reports / "2b_not_a_report.txt").write_text("会议纪要：本周工作安排。\n", encoding="utf-8")
    return reports


def test_two_jobs_store_what_one_job_stores_in_the_same_order(folder: Path, tmp_path: Path, capsys) -> None:
    assert ingest_main([str(folder), "--store", str(tmp_path / "one"), "--jobs", "1"]) == 1
    one_job = capsys.readouterr()
    assert ingest_main([str(folder), "--store", str(tmp_path / "two"), "--jobs", "2"]) == 1
    two_jobs = capsys.readouterr()
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")
    assert [d.file_name for d in Store(tmp_path / "two").documents()] == ["1_" + SAMPLE.name, "2_guizi_2022.pdf",
                                                                          "3_second_report.txt"]
    for output in (one_job, two_jobs):
        assert "成功 3 个文件，失败 1 个" in output.out and "2b_not_a_report.txt" in output.err
        assert [line.split("]")[0] for line in output.out.splitlines() if line.startswith("[")] == [
            "[1/4", "[2/4", "[3/4", "[4/4"]


def test_an_unchanged_file_is_skipped_before_parsing(tmp_path: Path, monkeypatch, capsys) -> None:
    store_dir = tmp_path / "store"
    assert ingest_main([str(SAMPLE), "--store", str(store_dir)]) == 0
    before = snapshot(store_dir)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("an unchanged file was parsed")

    monkeypatch.setattr(ingest.store, "read_report", no_reading)
    capsys.readouterr()
    assert ingest_main([str(SAMPLE), "--store", str(store_dir), "--jobs", "1"]) == 0
    assert "跳过读取" in capsys.readouterr().out
    assert snapshot(store_dir) == before


def test_the_skip_is_said_and_another_year_is_read_again(tmp_path: Path, capsys) -> None:
    store_dir = tmp_path / "store"
    assert ingest_main([str(SAMPLE), "--store", str(store_dir)]) == 0
    assert ingest_main([str(SAMPLE), "--store", str(store_dir)]) == 0
    assert "未变化（已导入过）" in (out := capsys.readouterr().out) and "跳过读取" in out
    assert ingest_main([str(SAMPLE), "--store", str(store_dir), "--year", "2023"]) == 0
    out = capsys.readouterr().out
    assert "跳过读取" not in out and "2023年度" in out  # another year is another report (ingest/identity.py)
    assert sorted(d.year for d in Store(store_dir).documents()) == [2023, 2024]


def test_the_same_bytes_twice_in_one_folder_are_stored_once(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(SAMPLE if name != "c.txt" else SECOND, folder / name)
    assert ingest_main([str(folder), "--store", str(tmp_path / "store"), "--jobs", "2"]) == 0
    assert "未变化（已导入过）" in capsys.readouterr().out
    assert [d.file_name for d in Store(tmp_path / "store").documents()] == ["a.txt", "c.txt"]


def test_a_reading_error_survives_the_trip_between_processes() -> None:
    error = pickle.loads(pickle.dumps(IngestError("a.pdf", "不是项目支出绩效自评表")))
    assert (error.file_name, error.problem, str(error)) == ("a.pdf", "不是项目支出绩效自评表", "a.pdf：不是项目支出绩效自评表")


@pytest.mark.parametrize("jobs", ["0", "two"])
def test_jobs_must_be_a_positive_whole_number(jobs: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        ingest_main([str(SAMPLE), "--jobs", jobs])
    assert exit_.value.code == 2 and "应为不小于 1 的整数" in capsys.readouterr().err


def test_the_passage_index_opens_once_when_threads_ask_at_the_same_moment(tmp_path: Path) -> None:
    """The app's warm-up and its first topic question both open the index lazily: they must share one Chroma client
    (two made at once broke every topic question of the process)."""
    import threading

    Store(tmp_path / "store").ingest(SAMPLE)
    store = Store(tmp_path / "store")
    start = threading.Barrier(4)
    opened: list[object] = []

    def open_index() -> None:
        start.wait()
        opened.append(store.passages)

    threads = [threading.Thread(target=open_index) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(opened) == 4 and all(index is opened[0] for index in opened)
    assert store.passages.search("长三角区域协作")
