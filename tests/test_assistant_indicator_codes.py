"""An indicator named by the code its name starts with (PM2.5年均浓度): over the sample read by the real ingest, the
code said alone, in lower case or beside the project names that row and no other; a code no row has names none."""

from __future__ import annotations

import pytest

from assistant.engine import Assistant
from tests.fixtures.conversations import SAMPLE, assistant_over, last


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return assistant_over(tmp_path_factory.mktemp("codes"), (SAMPLE,))


def _coded_row(assistant: Assistant) -> tuple[str, str]:
    """(project name, indicator name) of the one row whose name holds PM2.5."""
    rows = [(e.name, ind.name) for e in assistant._current_planner().catalog.entries for ind in e.project.indicators
            if "PM2.5" in ind.name]
    assert len(rows) == 1
    return rows[0]


@pytest.mark.parametrize("question", ["PM2.5那个指标分值几分", "pm2.5的指标完成了没", "大气那个项目PM2.5指标分值"])
def test_the_code_names_its_row(assistant: Assistant, question: str) -> None:
    project, indicator = _coded_row(assistant)
    answer = last(assistant, question)
    assert answer.found and [p.name for p in answer.projects] == [project], answer.answer
    assert indicator in answer.answer
    assert answer.answer.split("来源")[0].count("年度指标值") == 1  # that row only, not every indicator of the project


def test_a_code_no_row_has_names_nothing(assistant: Assistant) -> None:
    answer = last(assistant, "PM10的指标分值")
    assert not answer.found and not answer.figures
