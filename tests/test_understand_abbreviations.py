"""Names said short by the heads of their words (地灾 for 地质灾害, 轨交 for 轨道交通), written out only when one phrase
of the known names fits."""

from __future__ import annotations

import pytest

from assistant.understand.abbreviations import AbbreviationIndex

NAMES = ["地质灾害防治与地面沉降监测", "轨道交通运营安全监管", "列车正点率", "规划资源信息化系统运维", "地质勘查灾害评估"]


@pytest.fixture(scope="module")
def index() -> AbbreviationIndex:
    return AbbreviationIndex(NAMES)


@pytest.mark.parametrize(("typed", "read", "spans"), [
    ("地灾防治项目执行了多少", "地质灾害防治项目执行了多少", [(0, 4)]),  # 防治 typed in full stays
    ("轨交24年列车正点率", "轨道交通24年列车正点率", [(0, 4)]),
    ("列车正点率目标", "列车正点率目标", []),  # written in a name as it stands: no abbreviation
])
def test_an_abbreviation_of_one_phrase_is_written_out(index: AbbreviationIndex, typed, read, spans) -> None:
    assert index.expand(typed) == (read, spans)


def test_skipped_positions_are_left_as_typed(index: AbbreviationIndex) -> None:
    assert index.expand("规资局的项目", skip=range(0, 3)) == ("规资局的项目", [])  # a department word, never a phrase


def test_an_abbreviation_of_two_phrases_is_left(index: AbbreviationIndex) -> None:
    assert AbbreviationIndex(["地质灾害", "地面灾情"]).expand("地灾") == ("地灾", [])  # 地质灾害 or 地面灾情?
