"""The tables to take away: the 核对发现 and the 项目总表 written as .xlsx (opened again with openpyxl) and .csv, from
a real store holding the sample report (its findings are the validation's own)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from assistant.engine import Assistant
from ingest.store import Store
from webapp.project_table import HEADERS as PROJECT_HEADERS
from webapp.project_table import project_rows
from webapp.render import FINDING_HEADERS, finding_rows
from webapp.service import QAService
from webapp.ui import _export_findings, _export_projects

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "000_714f557b0e494d5f.txt"


@pytest.fixture(scope="module")
def service(tmp_path_factory) -> QAService:
    store = Store(tmp_path_factory.mktemp("exports"))
    store.ingest(SAMPLE)
    return QAService(store, Assistant(store))


def _sheet(path: str) -> list[list]:
    return [list(row) for row in load_workbook(path).active.iter_rows(values_only=True)]


def _csv(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_the_findings_go_out_as_excel_and_csv_with_where_they_were_read(service: QAService) -> None:
    rows = finding_rows(service.documents())
    assert rows  # the sample has findings (restored values, mismatches)
    sheet = _sheet(_export_findings(service, ".xlsx"))
    assert sheet[0] == FINDING_HEADERS and sheet[1:] == rows
    assert _csv(_export_findings(service, ".csv")) == [FINDING_HEADERS, *rows]


def test_the_project_table_goes_out_with_numbers_as_numbers(service: QAService) -> None:
    sheet = _sheet(_export_projects(service, ".xlsx"))
    assert sheet[0] == PROJECT_HEADERS and len(sheet) == 1 + 18
    assert sheet[1:] == [[None if v in (None, "") else v for v in row] for row in project_rows(service.documents())]


def test_a_list_answer_goes_out_with_its_projects_in_its_order(service: QAService) -> None:
    from webapp.ui import _export_answer

    answer = service.ask_by_id("执行率最低的三个项目")  # #7 63.23, #12 66.88, #10 81.48
    sheet = _sheet(_export_answer(service, answer))
    assert sheet[0] == PROJECT_HEADERS and [row[2] for row in sheet[1:]] == [7, 12, 10]
    assert _export_answer(service, {"projects": []}) is None
