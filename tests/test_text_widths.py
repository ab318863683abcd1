"""Texts keep their full-width punctuation as printed; labels are compared and figures read half-width (issue 9,
item 2, text side — the PDF reader's cells already keep it).

The report is the sample printed full-width — ，（）：；％＝＞＜． and ０–９ wherever it prints , ( ) : ; % = > < . and
0–9, in texts, labels, targets, amounts and the title alike (``１，４２５．６６``, ``执行率（％）``, ``＝２．００（个）``,
``２０２４年度``): it must read exactly as the sample does, every figure the same, and its texts as printed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.engine import Assistant
from ingest.identity import same_report
from ingest.reading import read_report
from ingest.records import Document, Project
from ingest.store import Store
from ingest.text.lines import compact
from ingest.values import normalize_text

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "000_714f557b0e494d5f.txt"
WIDE = str.maketrans({",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "%": "％", "=": "＝", ">": "＞", "<": "＜",
                      ".": "．"} | {str(digit): chr(ord("０") + digit) for digit in range(10)})
_TAG_RE = re.compile(r"(</?[a-z]+>)")


@pytest.fixture(scope="module")
def wide_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample with every , ( ) : ; % = > < . and digit printed full-width (the extractor's ``<u>`` tags left
    alone)."""
    parts = _TAG_RE.split(SAMPLE.read_text(encoding="utf-8"))
    path = tmp_path_factory.mktemp("wide") / "wide.txt"
    path.write_text("".join(part if _TAG_RE.fullmatch(part) else part.translate(WIDE) for part in parts),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def both(wide_path: Path) -> tuple[Document, Document]:
    return read_report(SAMPLE), read_report(wide_path)


def _figures(project: Project) -> tuple:
    """Every figure of a project, and what a figure's meaning rests on (operator, unit, level, grade)."""
    return (
        [(f.kind, f.initial, f.full_year, f.executed, f.weight, f.rate, f.score, f.derived) for f in project.funds],
        [(i.level1, i.level2, i.target_op, i.target_value, i.target_unit, i.actual_value, i.actual_unit, i.weight,
          i.score, i.derived) for i in project.indicators],
        project.total_weight, project.total_score, project.grade, project.derived, project.money_unit,
    )


def _same_words(text: str | None) -> str:
    """A text compared half-width and without spaces (a wrap beside full-width punctuation joins without one)."""
    return compact(normalize_text(text or ""))


def test_every_figure_reads_as_in_the_sample(both: tuple[Document, Document]) -> None:
    sample, wide = both
    assert [_figures(p) for p in wide.projects] == [_figures(p) for p in sample.projects]
    assert [[f.kind for f in p.findings] for p in wide.projects] == [
        [f.kind for f in p.findings] for p in sample.projects]
    assert (wide.department, wide.year) == (sample.department, sample.year)


def test_texts_are_the_samples_words_with_their_punctuation_as_printed(both: tuple[Document, Document]) -> None:
    sample, wide = both
    for field in ("name", "raw_name", "department", "implementer", "goal_text", "result_text"):
        assert [_same_words(getattr(p, field)) for p in wide.projects] == [
            _same_words(getattr(p, field)) for p in sample.projects], field
    for field in ("name", "target_text", "actual_text", "reason"):
        assert [[_same_words(getattr(i, field)) for i in p.indicators] for p in wide.projects] == [
            [_same_words(getattr(i, field)) for i in p.indicators] for p in sample.projects], field
    first = wide.projects[0]
    assert "环境统计（污" in first.name and first.indicators[0].target_text == "＝２．００（个）"
    assert "，" in wide.projects[8].result_text and "," not in wide.projects[8].result_text
    assert not any(mark in text for p in wide.projects if not p.name_missing  # 第11个项目 is no printed name
                   for text in (p.name, p.goal_text, p.result_text) for mark in ",():;%=.0123456789")


def test_a_name_printed_full_width_is_found_by_a_question_typed_half_width(wide_path: Path, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    store.ingest(wide_path)
    answer = Assistant(store).ask("生态环境监测、总量控制、环境统计(污染源动态更新)项目的执行率")
    assert answer.found and [f.value for f in answer.figures] == [98.98], answer.answer


def test_the_full_width_printing_is_the_same_report(both: tuple[Document, Document]) -> None:
    """Identity compares names half-width, so the report printed either way is one report — even when every name
    it compares holds punctuation."""
    sample, wide = both
    bracketed = [p.seq for p in sample.projects if "(" in p.name]
    assert bracketed and same_report(sample, wide)
    assert same_report(replace(sample, projects=[p for p in sample.projects if p.seq in bracketed]),
                       replace(wide, projects=[p for p in wide.projects if p.seq in bracketed]))
