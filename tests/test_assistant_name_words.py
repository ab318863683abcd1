"""A word of the question names a second project only when it is not the first project's own content: over the
sample (上海市生态环境局 2024, whose first project is …总量控制…) and the 规资局 2024 corpus PDF (地质灾害防治与地面沉降监测,
goal text 运行全市地面沉降监测网络,控制年均地面沉降量在6毫米以内…), read by the real ingest.
"""

from __future__ import annotations

import pytest

from assistant.contract import Answer
from assistant.engine import Assistant
from tests.fixtures.conversations import CORPUS, SAMPLE, assistant_over
from tests.fixtures.conversations import last as ask


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return assistant_over(tmp_path_factory.mktemp("name_words"), (SAMPLE, CORPUS / "guizi_2024.pdf"))


def named(answer: Answer) -> set[str]:
    return {p.document for p in answer.projects}


def test_a_word_of_the_first_projects_own_goal_names_no_second_project(assistant: Assistant) -> None:
    answer = ask(assistant, "地质灾害那个 24年目标 沉降控制在多少以内")
    assert named(answer) <= {"guizi_2024.pdf"}, answer.answer  # 控制 is in its goal, not 总量控制's name
    assert "总量控制" not in answer.answer
    assert answer.found and "控制年均地面沉降量在6毫米以内" in answer.answer  # the goal it asks, quoted


def test_two_names_said_in_full_are_still_two_projects(assistant: Assistant) -> None:
    answer = ask(assistant, "地质灾害和总量控制两个项目24年得分")
    assert named(answer) == {"guizi_2024.pdf", "000_714f557b0e494d5f.txt"}, answer.answer


def test_a_goal_asked_with_a_bare_trailing_word_is_quoted(assistant: Assistant) -> None:
    answer = ask(assistant, "地质灾害那个 24年目标")
    assert answer.found and "控制年均地面沉降量在6毫米以内" in answer.answer
    assert not answer.figures  # the goal text, not the project's figures


def test_a_target_met_is_not_the_goal_text(assistant: Assistant) -> None:
    answer = ask(assistant, "地质灾害24年完成目标")  # whether it met its targets: not answered by quoting the goal
    assert answer.intent != "text" and "控制年均地面沉降量在6毫米以内" not in answer.answer
