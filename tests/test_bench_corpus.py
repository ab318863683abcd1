"""The scale benchmark's generated corpus is self-consistent and reads back as written: its PDF and its text
rendering give the records (and so the ground truth) they were drawn from, with no findings."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.corpus import build_corpus, truth_of, write_corpus, year_range
from benchmarks.scale import questions
from ingest.store import Store


def test_generated_reports_read_back_as_their_truth(tmp_path: Path) -> None:
    [doc] = build_corpus(departments=1, years=year_range("2024"), projects=4, seed=3)
    write_corpus(tmp_path, [doc], text=True)
    truth = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    assert truth["documents"] == [truth_of(doc)]
    for path in (tmp_path / "pdf" / "d00_2024.pdf", tmp_path / "text" / "d00_2024.txt"):
        store = Store(tmp_path / path.suffix)
        outcome = store.ingest(path)
        assert (outcome.department, outcome.year, outcome.projects, outcome.findings) == ("上海市教育委员会", 2024, 4, 0)
        assert truth_of(store.documents()[0]) == {**truth_of(doc), "file": path.name}


def test_a_department_keeps_its_projects_over_the_years_with_other_figures() -> None:
    documents = build_corpus(departments=2, years=year_range("2023-2024"), projects=5, seed=3)
    assert [(d.department, d.year) for d in documents] == [
        ("上海市教育委员会", 2023), ("上海市教育委员会", 2024), ("上海市科学技术委员会", 2023), ("上海市科学技术委员会", 2024)]
    first, second = documents[0].projects, documents[1].projects
    assert [p.name for p in first] == [p.name for p in second]
    assert [p.funds[0].full_year for p in first] != [p.funds[0].full_year for p in second]
    for project in (p for d in documents for p in d.projects):
        assert sum(i.weight for i in project.indicators) == 90
        assert all(i.reason for i in project.indicators if i.score < i.weight)


def test_the_question_list_covers_scoped_unscoped_topic_and_follow_up() -> None:
    truth = {"documents": [truth_of(d) for d in build_corpus(1, year_range("2024"), projects=5, seed=3)]}
    checks = questions(truth)
    assert {c.kind for c in checks} == {"scoped", "unscoped"}
    assert any(len(c.turns) == 2 for c in checks) and any("长三角区域协作" in c.turns[0] for c in checks)
