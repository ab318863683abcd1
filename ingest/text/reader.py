"""The text reader: a 项目支出绩效自评表 report as text extracted from its PDF → a Document of records.

The work is a pipeline of small steps, each in its own module and testable on a
few lines of a report, as in pdfplumber's table finder:

    bytes ─text_lines─▶ lines of cells ─text_blocks─▶ one block per project table
          ─text_funds / text_header─▶ funds, footer, name, units, goal and result texts
          ─text_rows─▶ figures of each indicator line ─text_table─▶ rows with their wrapped pieces
            (text_duplicates: rows printed twice; text_levels: merged 一级/二级 labels)
          ─here─▶ records, then restore.finish_projects (money units, restored values)

This module only assembles records from what those steps read, and says in the
document's warnings what it could not read or had to undo.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from ingest.errors import NOT_A_REPORT, IngestError
from ingest.records import (
    FUND_KINDS,
    Document,
    FundLine,
    Indicator,
    Project,
    SourceRef,
    missing_name_placeholder,
)
from ingest.report_meta import detect_department, detect_year
from ingest.restore import finish_projects
from ingest.units import table_unit
from ingest.text.blocks import TableBlock, block_to_sections, header_leftovers, lines_to_blocks
from ingest.text.funds import (
    fund_cells_to_values,
    grade_line_to_grade,
    total_line_to_scores,
    values_to_fund_line,
)
from ingest.text.header import (
    goal_lines_to_texts,
    is_full_unit,
    name_lines_to_name,
    name_lines_to_units,
    same_unit,
    unit_line_to_units,
)
from ingest.text.lines import Line, decode_report, is_wordless, join_text, line_text, printed_line, text_to_lines
from ingest.text.levels import better_reading
from ingest.text.table import RowDraft, TableRows, lines_to_table
from ingest.values import parse_actual, parse_target

_UNIT_LABELS = {"department": "主管部门", "implementer": "实施单位"}


def read_text_report(path: Path) -> Document:
    """Read one text-extraction report into a Document (kind "text"), every project restored and checked.

    Raises IngestError with a Chinese message when the file is empty, is not text,
    or is not a 项目支出绩效自评表.
    """
    file_name = path.name
    try:
        data = path.read_bytes()
    except OSError as err:
        raise IngestError(file_name, f"无法读取文件（{err.strerror or err}）") from err
    text = decode_report(data, file_name)
    blocks = [block_to_sections(lines) for lines in lines_to_blocks(text_to_lines(text))]
    tables = [block for block in blocks if block.is_complete]
    if not tables:
        raise IngestError(file_name, NOT_A_REPORT)
    warnings = [
        f"第{block.lines[0].number}行起的表格缺少项目资金或绩效指标，未读取" for block in blocks if not block.is_complete
    ]
    read_units = [_block_units(block) for block in tables]
    known_units = {unit for pair, _ in read_units for unit in pair if unit}
    projects: list[Project] = []
    table_rows: list[TableRows] = []
    for seq, (block, (units, fragments)) in enumerate(zip(tables, read_units, strict=True), start=1):
        project, notes, rows = _block_to_project(block, seq, file_name, units, known_units)
        notes.extend(f"第{seq}个项目：{label}只读出残字“{text}”，无法确定名称，未采用" for label, text in fragments)
        projects.append(project)
        table_rows.append(rows)
        warnings.extend(notes)
    _settle_levels(projects, table_rows)
    _keep_printed_lines(projects, text.split("\n"))
    finished, incomplete = finish_projects(projects, text)
    department = detect_department(projects)
    for project in projects:
        warnings.extend(_correct_units(project, department))
    return Document(
        file_name=file_name,
        sha256=hashlib.sha256(data).hexdigest(),
        department=department,
        year=detect_year(text),
        kind="text",
        pages=None,
        projects=projects,
        warnings=warnings + finished,
        incomplete=incomplete,
    )


def _keep_printed_lines(projects: list[Project], raw_lines: list[str]) -> None:
    """Give every row a project's values were read on its line as printed (``SourceRef.text``), so a citation
    shows the line itself, not a row rebuilt from the values read off it."""
    def printed(source: SourceRef | None) -> SourceRef | None:
        return source and replace(source, text=printed_line(raw_lines[source.line - 1]))

    for project in projects:
        project.source = printed(project.source)
        project.total_source, project.grade_source = printed(project.total_source), printed(project.grade_source)
        for row in [*project.funds, *project.indicators]:
            row.source = printed(row.source)


def _block_units(block: TableBlock) -> tuple[tuple[str | None, str | None], list[tuple[str, str]]]:
    """The table's (主管部门, 实施单位): as its 主管部门 line prints them, else as the header row that spilled into the
    name line prints them in full; a glyph or two left of a name is no name (returned apart, with its label)."""
    read = unit_line_to_units(block.unit_line) if block.unit_line else (None, None)
    spilled = name_lines_to_units(block.name_lines)
    units: list[str | None] = []
    fragments: list[tuple[str, str]] = []
    for label, as_read, in_name_line in zip(_UNIT_LABELS.values(), read, spilled, strict=True):
        full = next((name for name in (as_read, in_name_line) if is_full_unit(name)), None)
        units.append(full)
        if full is None and as_read:
            fragments.append((label, as_read))
    return (units[0], units[1]), fragments


def _settle_levels(projects: list[Project], tables: list[TableRows]) -> None:
    """Read every table's 一级/二级 the one way the document prints its merged labels (top or middle of their
    cells): the way its tables fit better together, as one renderer drew them all."""
    readings = [table.levels for table in tables if table.levels is not None]
    way = better_reading(readings)
    for project, table in zip(projects, tables, strict=True):
        if table.levels is not None:
            for indicator, (level1, level2) in zip(project.indicators, getattr(table.levels, way).levels, strict=True):
                indicator.level1, indicator.level2 = level1, level2


def _money_lines(block: TableBlock) -> list[Line]:
    """The block's lines up to its last 项目资金 row: where its money unit is printed, if anywhere."""
    last = max((line.number for line in block.fund_lines.values()), default=block.lines[0].number)
    return [line for line in block.lines if line.number <= last]


def _block_to_project(
    block: TableBlock, seq: int, file_name: str, units: tuple[str | None, str | None], known_units: set[str]
) -> tuple[Project, list[str], TableRows]:
    """Given one table block and its (主管部门, 实施单位), return its Project as printed (with the money unit its
    lines print, if any) and what had to be noted; ``finish_projects`` then settles units and restores."""
    name_tokens = name_lines_to_name(block.name_lines, known_units)
    name = join_text(name_tokens)
    funds = _block_funds(block, file_name)
    funds_total = next((line for line in funds if line.kind == FUND_KINDS[0]), None)
    total_weight, total_score = total_line_to_scores(block.total_line) if block.total_line else (None, None)
    table = lines_to_table(block.indicator_lines, funds_total.weight if funds_total else None, total_weight)
    goal_text, result_text = goal_lines_to_texts(block.goal_lines)
    project = Project(
        seq=seq,
        name=name or missing_name_placeholder(seq),
        raw_name=" ".join(name_tokens),
        name_missing=not name,
        department=units[0],
        implementer=units[1],
        goal_text=goal_text,
        result_text=result_text,
        funds=funds,
        indicators=[_draft_to_indicator(row, index, file_name) for index, row in enumerate(table.rows)],
        total_weight=total_weight,
        total_score=total_score,
        grade=grade_line_to_grade(block.grade_line) if block.grade_line else None,
        source=SourceRef(file_name, line=block.lines[0].number),
        total_source=_footer_source(block, block.total_line, file_name),
        grade_source=_footer_source(block, block.grade_line, file_name),
        money_unit=table_unit(line.compact for line in _money_lines(block)),
    )
    return project, _project_warnings(project, block, table, funds_total), table


def _block_funds(block: TableBlock, file_name: str) -> list[FundLine]:
    """The block's 项目资金 rows in template order, each with the line it was read on."""
    return [
        values_to_fund_line(
            fund_cells_to_values(line, kind), kind, SourceRef(file_name, line=line.number, row=FUND_KINDS.index(kind))
        )
        for kind, line in sorted(block.fund_lines.items(), key=lambda item: FUND_KINDS.index(item[0]))
    ]


def _footer_source(block: TableBlock, line: Line | None, file_name: str) -> SourceRef | None:
    """Where a footer row (总分, 评分等级) was read: its line, and its row among the table's lines; None if not found.

    Citations of 总分 and 评分等级 point here rather than at the 项目名称 line.
    """
    if line is None:
        return None
    return SourceRef(file_name, line=line.number, row=block.lines.index(line))


def _draft_to_indicator(row: RowDraft, index: int, file_name: str) -> Indicator:
    """Turn an assembled row into an Indicator, its values parsed by ingest.values like the PDF reader's."""
    fig = row.figures
    name_pieces = [text for _, _, text in sorted(row.name, key=_reading_order)]
    target_text = join_text([text for _, _, text in sorted(row.target, key=_reading_order)], clean_edges=False)
    actual_text = join_text([text for _, _, text in sorted(row.actual, key=_reading_order)], clean_edges=False)
    target = parse_target(target_text)
    actual = parse_actual(actual_text)
    return Indicator(
        level1=row.level1,
        level2=row.level2,
        name=row.legible_name[1] if row.legible_name else join_text(name_pieces),
        raw_name=" ".join(name_pieces),
        target_text=target_text,
        target_op=target.op,
        target_value=target.value,
        target_unit=target.unit,
        actual_text=actual_text,
        actual_value=actual.value,
        actual_unit=actual.unit,
        weight=fig.weight,
        score=fig.score,
        reason=_reason_text(row),
        source=SourceRef(file_name, line=fig.line.number, row=index),
    )


def _printed_reason(row: RowDraft) -> str:
    """The 偏差原因 pieces gathered for a row, joined in reading order, as printed."""
    return join_text([text for _, _, text in sorted(row.reason, key=_reading_order)])


def _reason_text(row: RowDraft) -> str | None:
    """The row's 偏差原因, or None when nothing or only a wordless fragment (``人以近1日川也``) was printed there."""
    printed = _printed_reason(row)
    return None if not printed or is_wordless(printed) else printed


def _reading_order(piece: tuple[int, int, str]) -> tuple[int, int]:
    """Sort key of a (line, cell, text) piece: by line, then cell; tokens of one cell keep their order."""
    return piece[0], piece[1]


def _project_warnings(project: Project, block: TableBlock, table: TableRows, funds_total: FundLine | None) -> list[str]:
    """What could not be read or was undone in one project, in Chinese, for the document's warnings."""
    where = f"第{project.seq}个项目（第{block.lines[0].number}行起）"
    notes = [f"{where}：第{line}行是第{twin}行指标的重复提取，已按分值合计去掉" for line, twin in table.dropped]
    notes.extend(
        f"{where}：第{row.number}行偏差原因栏只有“{text}”，读不出词语（多为表头残字），未作为偏差原因保存"
        for row in table.rows
        if (text := _printed_reason(row)) and is_wordless(text)
    )
    notes.extend(
        f"{where}：第{line.number}行“{line_text(line)}”印有指标的数值，但分值、得分读不出，可能未读出；未读入记录"
        for line in table.unread
    )
    notes.extend(f"{where}：第{ind.source.line}行指标的名称没有读到" for ind in project.indicators if not ind.name)
    notes.extend(
        f"{where}：第{line.number}行（指标表头）还印有“{'、'.join(words)}”，不是表头文字，未读入记录"
        for line in block.header_lines
        if (words := header_leftovers(line))
    )
    notes.extend(
        f"{where}：第{row.number}行指标名称印作“{join_text([t for n, _, t in row.name if n == row.number])}”，"
        f"按第{row.legible_name[0]}行重复印出的同一单元格读作“{row.legible_name[1]}”"
        for row in table.rows
        if row.legible_name
    )
    if project.name_missing:
        notes.append(f"{where}：项目名称缺失")
    if not project.indicators:
        notes.append(f"{where}：未读到任何绩效指标行")
    if funds_total is None:
        notes.append(f"{where}：未读到年度资金总额")
    if block.total_line is None:
        notes.append(f"{where}：未读到总分行")
    return notes


def _correct_units(project: Project, department: str | None) -> list[str]:
    """Replace a 主管部门/实施单位 read with a few garbled glyphs by the report's department; return the notes saying so.

    The note goes to the document's warnings, not to ``derived``: the value was
    read, garbled, rather than lost and computed.
    """
    notes = []
    for field_name, label in _UNIT_LABELS.items():
        read = getattr(project, field_name)
        if same_unit(read, department):
            setattr(project, field_name, department)
            notes.append(f"第{project.seq}个项目：{label}读作“{read}”，按全文最常见的主管部门校正为“{department}”")
    return notes
