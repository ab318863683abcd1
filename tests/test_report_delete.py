"""Deleting a report: by file name or by department and year, from the CLI, with its rows, passages and corrections;
a running assistant in another process sees it at its next question. Real SQLite and Chroma on disk."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.engine import Assistant
from ingest.__main__ import main as ingest_main
from ingest.records import Correction
from ingest.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "000_714f557b0e494d5f.txt"
WATER = ROOT / "evals" / "documents" / "water_bureau_2023.txt"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A store holding the sample (上海市生态环境局 2024) and the water bureau's 2023 report."""
    store = Store(tmp_path / "store")
    store.ingest(SAMPLE)
    store.ingest(WATER)
    return store


def delete_in_another_process(store: Store, *args: str) -> subprocess.CompletedProcess:
    """``python -m ingest delete ARGS`` as a separate process (as an operator would run it beside the app)."""
    return subprocess.run([sys.executable, "-m", "ingest", "delete", *args, "--store", str(store.dir)], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=300)


def test_list_names_each_report_with_its_projects_and_import_time(store: Store, capsys) -> None:
    assert ingest_main(["list", "--store", str(store.dir)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"上海市生态环境局  2024年度  18 个项目  导入于 20\d\d-\d\d-\d\d \d\d:\d\d  000_714f557b0e494d5f.txt", out)
    assert "某市水务局  2023年度" in out and "共 2 份报告" in out


def test_delete_by_department_and_year_while_an_assistant_runs(store: Store) -> None:
    assistant = Assistant(store)
    assert assistant.ask("水务局2023年预算合计").found
    store.correct([Correction(WATER.name, 1, None, "project_name", store.documents()[1].projects[0].name,
                              "城区排涝泵站维修改造工程")], author="张三")
    run = delete_in_another_process(store, "--department", "水务局", "--year", "2023")
    assert run.returncode == 0, run.stderr
    assert "已删除：某市水务局  2023年度" in run.stdout and WATER.name in run.stdout and "共删除 1 份报告" in run.stdout
    assert [d.file_name for d in store.documents()] == [SAMPLE.name]
    assert store.passages.count(WATER.name) == 0
    gone = assistant.ask("水务局2023年预算合计")  # the running assistant sees the deletion at once
    assert not gone.found and "库中没有 2023 年度" in gone.answer
    assert "合计为 12,216.04 万元" in assistant.ask("全局预算总额").answer  # no longer 16,391.00 with the water bureau
    assert assistant.ask("哪些项目涉及长三角区域协作？").found  # passage search never trips on the removed report
    store.ingest(WATER)  # ingested again, it comes back without the old report's corrections
    assert [d.corrections for d in store.documents()] == [[], []]


def test_delete_by_file_name_and_unknown_names_change_nothing(store: Store, capsys) -> None:
    assert ingest_main(["delete", "没有这个.pdf", SAMPLE.name, "--store", str(store.dir)]) == 1
    err = capsys.readouterr().err
    assert "未执行：库中没有这些文件：没有这个.pdf" in err and "（库未改动）" in err
    assert ingest_main(["delete", "--store", str(store.dir)]) == 1
    assert "请给出要删除的文件名，或部门和年度" in capsys.readouterr().err
    assert len(store.documents()) == 2
    assert ingest_main(["delete", SAMPLE.name, "--store", str(store.dir)]) == 0
    assert [d.file_name for d in Store(store.dir).documents()] == [WATER.name]
