"""校对 as a spreadsheet: every correctable value of the stored reports out to CSV, staff's edits back in.

``python -m ingest corrections export 校对.csv`` writes one row per value (file,
department, year, project, indicator, field, the text as printed, the
correction if any); staff fill 校对后 in Excel or WPS and ``import`` it. A row
whose 校对后 is emptied withdraws its correction; a row left as exported changes
nothing. The file is UTF-8 with a BOM so Excel opens it in Chinese, and a file
Excel saved back as GBK reads too.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from ingest.corrections import FIELDS, CorrectionError, Place, places, stale
from ingest.records import Correction, Document

HEADERS = ["文件", "部门", "年度", "项目序号", "指标序号", "字段", "表上原文", "校对后", "校对人", "校对时间", "状态"]
STALE = "原文已变，未套用"
"""The 状态 of a correction whose place prints another text now (a new version of the report)."""
ENCODINGS = ("utf-8-sig", "gb18030")
"""How a CSV may come back: as exported, or saved by Excel on a Chinese Windows."""
_FIELD_OF_WORD = {word: key for key, word in FIELDS.items()}


def export_rows(documents: Iterable[Document]) -> Iterator[list]:
    """One row per correctable value of each report, then each stale correction, in HEADERS order."""
    for doc in documents:
        made = {c.place: c for c in doc.corrections}
        for place in places(doc):
            correction = made.get((place.project_seq, place.position, place.field))
            holds = correction is not None and correction.printed == place.printed
            yield _row(doc, place, correction if holds else None, "已校对" if holds else "")
        for correction in stale(doc):
            place = Place(doc.file_name, correction.project_seq, correction.position, correction.field,
                          correction.printed)
            yield _row(doc, place, correction, STALE)


def _row(doc: Document, place: Place, correction: Correction | None, status: str) -> list:
    """One CSV row of a place and its correction (None: not corrected)."""
    return [
        doc.file_name, doc.department or "", doc.year or "", place.project_seq,
        "" if place.position is None else place.position + 1, FIELDS[place.field], place.printed,
        correction.corrected if correction else "", correction.author if correction else "",
        correction.corrected_at if correction else "", status,
    ]


def write_csv(documents: Iterable[Document], path: Path) -> int:
    """Write the export to ``path``; return how many rows it holds."""
    rows = list(export_rows(documents))
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return len(rows)


def read_changes(path: Path, documents: Iterable[Document]) -> list[Correction]:
    """The changes a returned CSV asks for: rows whose 校对后 differs from what is stored (a new or changed
    correction, or an emptied one to withdraw). CorrectionError naming the file and line for a row it cannot read."""
    made = {(c.document, *c.place): c for doc in documents for c in doc.corrections}
    changes = []
    for number, row in _rows(Path(path)):
        change = _change(row, number, path)
        earlier = made.get((change.document, *change.place))
        if (earlier.corrected if earlier else "") != change.corrected.strip():
            changes.append(change)
    return changes


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """The data rows of a CSV as (line number, row by header), read in the first encoding that fits."""
    raw = path.read_bytes()
    for encoding in ENCODINGS:
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise CorrectionError(f"{path.name}：不是 UTF-8 或 GBK 编码的 CSV 文件")
    reader = csv.DictReader(io.StringIO(text, newline=""))  # a quoted cell may hold line breaks
    missing = [h for h in ("文件", "项目序号", "指标序号", "字段", "表上原文", "校对后") if h not in (reader.fieldnames or [])]
    if missing:
        raise CorrectionError(f"{path.name}：缺少列 {'、'.join(missing)}（请用 corrections export 导出的表格填写）")
    for number, row in enumerate(reader, start=2):
        yield number, {key: (value or "") for key, value in row.items() if key}


def _change(row: dict[str, str], number: int, path: Path) -> Correction:
    """The correction one CSV row states; CorrectionError naming its line when a cell cannot be read."""
    where = f"{path.name} 第{number}行"
    field = _FIELD_OF_WORD.get(row["字段"].strip())
    if field is None:
        raise CorrectionError(f"{where}：字段“{row['字段']}”无法校对（可校对：{'、'.join(FIELDS.values())}）")
    try:
        seq = int(row["项目序号"])
        position = int(row["指标序号"]) - 1 if row["指标序号"].strip() else None
    except ValueError:
        raise CorrectionError(f"{where}：项目序号、指标序号须为数字") from None
    return Correction(document=row["文件"].strip(), project_seq=seq, position=position, field=field,
                      printed=row["表上原文"], corrected=row["校对后"])
