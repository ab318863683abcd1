"""Fund lines a local template splits the money into by source — 财政专户管理资金, 单位资金 — are read as fund lines of
their own kinds, stored, and answered by kind; never reported as unread rows (issue 9, item 3, text side).

The report is a copy of the sample whose first project prints those rows where the national template prints 上年结转资金
and 其他资金, as a local template does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.engine import Assistant
from ingest.reading import read_report
from ingest.records import Document, FundLine
from ingest.store import Store

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "000_714f557b0e494d5f.txt"
CARRIED_LINE, OTHER_LINE = 6, 7
"""Project 1's 上年结转资金 and 其他资金 rows, read off the sample by eye."""
SPECIAL = "\t\t财政专户管理资金\t12.50\t12.50\t10.00\t\t-\t80.00\t-"
UNIT = "\t\t单位资金:\t3.20\t3.20\t3.20\t\t-\t100.00\t-"


@pytest.fixture(scope="module")
def local_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the sample with project 1's last two fund rows named and filled as a local template's."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    assert lines[CARRIED_LINE - 1].lstrip().startswith("上年结转资金") and "其他资金" in lines[OTHER_LINE - 1]
    lines[CARRIED_LINE - 1], lines[OTHER_LINE - 1] = SPECIAL, UNIT
    path = tmp_path_factory.mktemp("local") / "local_template.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _funds(line: FundLine) -> tuple:
    return line.kind, line.initial, line.full_year, line.executed, line.weight, line.rate, line.score, line.source.line


def test_fund_sources_are_read_as_their_own_kinds(local_template: Path) -> None:
    document: Document = read_report(local_template)
    first = document.projects[0]
    assert [_funds(line) for line in first.funds] == [
        ("年度资金总额", 779.05, 779.05, 771.12, 10.0, 98.98, 9.9, 4),
        ("当年财政拨款", 779.05, 779.05, 771.12, None, 98.98, None, 5),
        ("财政专户管理资金", 12.5, 12.5, 10.0, None, 80.0, None, CARRIED_LINE),
        ("单位资金", 3.2, 3.2, 3.2, None, 100.0, None, OTHER_LINE),
    ]
    assert not [w for w in document.warnings if "未读出" in w]


def test_fund_sources_are_stored_and_answered_by_kind(local_template: Path, tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    store.ingest(local_template)
    stored = store.documents()[0].projects[0]
    assert [line.kind for line in stored.funds] == ["年度资金总额", "当年财政拨款", "财政专户管理资金", "单位资金"]
    assistant = Assistant(store)
    name = stored.name
    for question, value in ((f"{name}的单位资金全年执行数是多少", 3.2),
                            (f"{name}的财政专户管理资金全年预算数是多少", 12.5)):
        answer = assistant.ask(question)
        assert answer.found, answer.answer
        assert [figure.value for figure in answer.figures] == [value], answer.answer


def test_the_fund_breakdown_lists_the_rows_each_table_prints(local_template: Path, tmp_path: Path) -> None:
    """资金来源 of the project printing the local rows names them (and not the national rows it does not print); of a
    project in the national template, it names those alone — a row its table never had is no row left unread."""
    store = Store(tmp_path / "store")
    store.ingest(local_template)
    first, second = store.documents()[0].projects[:2]
    assistant = Assistant(store)
    local = assistant.ask(f"{first.name}的资金来源")
    assert [f.label for f in local.figures] == [
        "全年预算数", "全年执行数", "当年财政拨款全年预算数", "当年财政拨款全年执行数",
        "财政专户管理资金全年预算数", "财政专户管理资金全年执行数", "单位资金全年预算数", "单位资金全年执行数"]
    assert "上年结转" not in local.answer and "其他资金" not in local.answer and "未读出" not in local.answer
    national = assistant.ask(f"{second.name}的资金来源")
    assert "单位资金" not in national.answer and "财政专户" not in national.answer
    assert [f.label for f in national.figures][-2:] == ["其他资金全年预算数", "其他资金全年执行数"]
