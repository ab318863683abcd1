"""The 项目总表 and its exports, from the real sample report: every project once, numbers as stored, restored values
said, and an .xlsx that openpyxl opens with the same values (Σ全年预算数 12216.04 over 18 projects)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ingest.store import Store
from webapp.project_table import HEADERS, project_rows, write_csv, write_xlsx

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "000_714f557b0e494d5f.txt"


@pytest.fixture(scope="module")
def rows(tmp_path_factory) -> list[list]:
    store = Store(tmp_path_factory.mktemp("table_store"))
    store.ingest(SAMPLE)
    return project_rows(store.documents())


def test_every_project_once_with_its_figures(rows: list[list]) -> None:
    assert [row[2] for row in rows] == list(range(1, 19))
    budget, executed = HEADERS.index("全年预算数（万元）"), HEADERS.index("全年执行数（万元）")
    assert round(sum(row[budget] for row in rows), 2) == 12216.04
    assert round(sum(row[executed] for row in rows), 2) == 11846.60
    lowest = min(rows, key=lambda row: row[HEADERS.index("执行率（%）")])
    assert (lowest[3], lowest[HEADERS.index("执行率（%）")]) == ("全市生态环境保障", 63.23)
    assert any("按规则补全" in row[-1] for row in rows)  # the sample has values the table left blank


def test_the_xlsx_opens_with_the_same_values(rows: list[list], tmp_path: Path) -> None:
    sheet = load_workbook(write_xlsx(rows, tmp_path / "项目总表.xlsx")).active
    assert [cell.value for cell in sheet[1]] == HEADERS
    assert sheet.max_row == 19
    budget = HEADERS.index("全年预算数（万元）") + 1
    assert round(sum(sheet.cell(r, budget).value for r in range(2, 20)), 2) == 12216.04


def test_the_csv_has_a_bom_for_excel(rows: list[list], tmp_path: Path) -> None:
    path = write_csv(rows, tmp_path / "项目总表.csv")
    assert path.read_bytes().startswith("\ufeff".encode())
    read = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert read[0] == HEADERS and len(read) == 19
