"""Tables to take away (.xlsx and .csv): the 项目总表 and the 核对发现, written the same way.

Excel keeps numbers as numbers (two decimals shown in the columns that hold amounts or points) with the header row
frozen; CSV is UTF-8 with a BOM, so Excel opens the Chinese right.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path


def write_xlsx(headers: Sequence[str], rows: list[list], path: Path, title: str,
               number_columns: str = "", widths: Sequence[int] = ()) -> Path:
    """``rows`` under ``headers`` as a workbook whose one sheet is ``title``; ``number_columns`` (letters) shown as
    #,##0.00; ``widths`` the columns' widths in order."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(list(headers))
    for row in rows:
        sheet.append(row)
    for column in number_columns:
        for cell in sheet[column][1:]:
            cell.number_format = "#,##0.00"
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    book.save(path)
    return path


def write_csv(headers: Sequence[str], rows: list[list], path: Path) -> Path:
    """``rows`` under ``headers`` as CSV (UTF-8 with a BOM); an empty value for None."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(list(headers))
        writer.writerows(["" if value is None else value for value in row] for row in rows)
    return path
