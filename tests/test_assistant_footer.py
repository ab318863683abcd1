"""Answers about 总分 and 评分等级 cite the footer row that prints them, not the 项目名称 line.

The sample goes through the real path (text reader → SQLite store → assistant),
so the footer locations must survive the side table too. Line numbers were read
off the file by eye: 海洋生态环境保护 (seq 4) starts on line 82, its 总分 row is
line 97; 应对气候变化管理工作 (seq 2) starts on line 29, its 评分等级 row is line 48.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.contract import Answer
from assistant.engine import Assistant
from assistant.metrics import metric, read_metric
from ingest.store import Store
from tests.factories import indicator, project

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "000_714f557b0e494d5f.txt"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    store = Store(tmp_path_factory.mktemp("footer_store"))
    store.ingest(SAMPLE)
    return Assistant(store)


def ask(assistant: Assistant, question: str) -> Answer:
    """The answer to ``question`` asked as a conversation of its own."""
    return assistant.ask(question, assistant.new_conversation())


def cited(answer: Answer) -> list[tuple[int | None, int | None, str]]:
    """(project seq, line, field) of each citation."""
    return [(c.project_seq, c.line, c.field) for c in answer.citations]


def test_a_score_cites_the_total_row(assistant: Assistant) -> None:
    answer = ask(assistant, "海洋生态环境保护项目的自评得分是多少？")
    assert [(f.label, f.value) for f in answer.figures] == [("总分", 99.92)]
    assert cited(answer) == [(4, 97, "total")]


def test_a_grade_cites_the_grade_row(assistant: Assistant) -> None:
    answer = ask(assistant, "应对气候变化管理工作的评分等级")
    assert answer.found and "优" in answer.answer
    assert cited(answer) == [(2, 48, "grade")]


def test_without_footer_rows_the_table_start_is_cited() -> None:
    """Records from before the footer rows were kept (or a table whose footer was not found)."""
    hand_made = project([indicator("培训次数", "=4.00(次)", "4.00(次)", 90.0, 90.0)], total=99.9)
    assert read_metric(hand_made, metric("total_score")).source == hand_made.source
    assert read_metric(hand_made, metric("grade")).source == hand_made.source
