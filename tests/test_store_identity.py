"""A report is identified by what it is, not by its file name; passages no committed report owns are swept.

Two reports sharing a file name are both kept; the same report under another name (a re-export, its corrected
version) replaces the old one, so totals never double; the same bytes twice change nothing. Real files: the sample
report and the water bureau's, copied under chosen names.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.records import Document
from ingest.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "000_714f557b0e494d5f.txt"
WATER = ROOT / "evals" / "documents" / "water_bureau_2023.txt"


def copy(source: Path, folder: Path, name: str, extra: bytes = b"") -> Path:
    """``source`` copied to ``folder/name`` (with ``extra`` bytes appended: another version of the same report)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(source, target)
    if extra:
        with target.open("ab") as handle:
            handle.write(extra)
    return target


def projects(store: Store) -> int:
    return sum(len(d.projects) for d in store.documents())


def test_two_reports_with_one_file_name_are_both_kept(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    first = store.ingest(copy(SAMPLE, tmp_path / "a", "自评表.txt"))
    second = store.ingest(copy(WATER, tmp_path / "b", "自评表.txt"))
    assert (first.status, second.status) == ("added", "added")
    assert second.stored_as == "自评表（某市水务局2023）.txt" and "另一份同名报告" in second.summary()
    assert sorted(d.file_name for d in store.documents()) == ["自评表.txt", "自评表（某市水务局2023）.txt"]
    assert projects(store) == 18 + 4
    renamed = next(d for d in store.documents() if d.department == "某市水务局")
    assert {p.source.document for p in renamed.projects} == {"自评表（某市水务局2023）.txt"}
    assert store.passages.count("自评表（某市水务局2023）.txt") > 0


def test_the_same_report_under_another_name_replaces_it(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    store.ingest(copy(SAMPLE, tmp_path, "生态环境局2024.txt"))
    outcome = store.ingest(copy(SAMPLE, tmp_path, "生态环境局2024_更正版.txt", extra=b"\n"))
    assert outcome.status == "replaced" and outcome.replaced == "生态环境局2024.txt"
    assert "替换了同一份报告的旧版本 生态环境局2024.txt" in outcome.summary()
    assert [d.file_name for d in store.documents()] == ["生态环境局2024_更正版.txt"]
    assert projects(store) == 18  # never 36: totals must not double
    assert store.passages.count("生态环境局2024.txt") == 0


def test_the_same_bytes_under_another_name_change_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    store.ingest(copy(SAMPLE, tmp_path, "one.txt"))
    outcome = store.ingest(copy(SAMPLE, tmp_path, "two.txt"))
    assert outcome.status == "unchanged" and outcome.file_name == "one.txt"
    assert [d.file_name for d in store.documents()] == ["one.txt"]


def test_passages_of_no_committed_report_are_swept(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    store.ingest(copy(SAMPLE, tmp_path, "sample.txt"))
    stored = store.documents()[0]
    ghost = Document("ghost.txt", "f" * 64, stored.department, stored.year, "text", None, stored.projects)
    store.passages.replace_document(ghost)  # as an ingest killed after its Chroma write, before its SQL commit
    assert store.passages.count("ghost.txt") > 0
    assert store.sweep_orphans() == 1
    assert store.passages.count("ghost.txt") == 0 and store.passages.count("sample.txt") > 0


def test_a_report_whose_passages_were_lost_gets_them_back(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    path = copy(SAMPLE, tmp_path, "sample.txt")
    store.ingest(path)
    store.passages.delete_document("sample.txt")
    outcome = store.ingest(path)
    assert outcome.status == "unchanged" and outcome.passages == store.passages.count("sample.txt") > 0


@pytest.mark.parametrize("department", ["上海市生态环境局", None])
def test_two_units_of_one_department_stay_two_reports(department: str | None) -> None:
    from dataclasses import replace

    from ingest.identity import same_report
    from tests.factories import project

    def report(name: str, unit: str) -> Document:
        made = [replace(project([], seq=seq, name=title), department=department, implementer=unit)
                for seq, title in ((1, "甲项目"), (2, "乙项目"))]
        return Document(name, name, department, 2024, "pdf", 1, made)

    one, two = report("a.pdf", "第一单位"), report("b.pdf", "第二单位")
    assert not same_report(one, two)
    assert same_report(one, report("c.pdf", "第一单位"))


def test_a_long_lived_reader_sees_what_another_writer_stored(tmp_path: Path) -> None:
    """The app's store and the CLI's are two Store objects on one folder: the app sees the CLI's ingest at once."""
    from assistant.engine import Assistant

    app_side = Store(tmp_path / "store")
    app_side.ingest(copy(SAMPLE, tmp_path, "sample.txt"))
    assistant = Assistant(app_side)
    assert not assistant.ask("水务局有几个项目").found
    Store(tmp_path / "store").ingest(copy(WATER, tmp_path, "water.txt"))  # as `python -m ingest` would
    answer = assistant.ask("水务局有几个项目")
    assert answer.found and [f.value for f in answer.figures] == [4.0]
