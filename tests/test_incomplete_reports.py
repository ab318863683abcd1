"""A report with a page missing is not accepted silently: the cut table is a reading warning, its total is not
rebuilt from the rows that are left (that would invent lost points), and ingest refuses it unless told to take it.

The cut is made on the real sample: lines 40–48 (the end of project 2's indicator rows and its 总分 / 评分等级
footer) are dropped, as a missing page would drop them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.__main__ import main
from ingest.errors import IngestError
from ingest.reading import read_report
from ingest.store import Store

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "000_714f557b0e494d5f.txt"


@pytest.fixture
def cut(tmp_path: Path) -> Path:
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    path = tmp_path / "缺页的报告.txt"
    path.write_text("\n".join(lines[:39] + lines[48:]), encoding="utf-8")
    return path


def test_the_cut_project_is_a_warning_and_is_not_restored(cut: Path) -> None:
    document = read_report(cut)
    assert document.incomplete == [2]
    assert any(w.startswith("第2个项目的表格不完整") for w in document.warnings)
    cut_project = document.projects[1]
    assert cut_project.total_score is None and cut_project.grade is None  # never rebuilt from half the rows
    assert "total_score" not in cut_project.derived and "grade" not in cut_project.derived
    assert not any(f.kind == "total_mismatch" for f in cut_project.findings)
    whole = read_report(SAMPLE)
    assert whole.incomplete == [] and not any("不完整" in w for w in whole.warnings)


def test_ingest_refuses_a_cut_report_unless_told(cut: Path, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    with pytest.raises(IngestError, match="第2个项目的表格没有“总分”“评分等级”行"):
        store.ingest(cut)
    assert store.documents() == []
    outcome = store.ingest(cut, allow_incomplete=True)
    assert outcome.status == "added" and any("不完整" in w for w in outcome.warnings)


def test_the_cli_exits_non_zero_on_a_cut_report(cut: Path, tmp_path: Path) -> None:
    assert main([str(cut), "--store", str(tmp_path / "cli")]) == 1
    assert main([str(cut), "--store", str(tmp_path / "cli"), "--allow-incomplete"]) == 0
