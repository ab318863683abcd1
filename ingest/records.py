"""The record model: what a 项目支出绩效自评表 says, typed, with where each value came from.

Both readers (text extraction and PDF) produce these records, validation adds
findings to them, and the side table stores them. Nothing downstream reads a
file again: every figure in an answer goes back to one of these records and its
``SourceRef``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FUND_LABELS: dict[str, tuple[str, ...]] = {
    "年度资金总额": ("年度资金总额", "资金总额"),
    "当年财政拨款": ("当年财政拨款", "财政拨款", "本年财政拨款", "财政资金"),
    "上年结转资金": ("上年结转资金", "上年结转"),
    "其他资金": ("其他资金", "其它资金"),
    "财政专户管理资金": ("财政专户管理资金", "财政专户资金"),
    "单位资金": ("单位资金",),
}
"""Each 项目资金 row (its kind) with the labels templates print for it (``其中：`` and colons aside): the national
template's four rows under the names older or local tables give them, and the rows some local templates split the
money into by source (财政资金 / 财政专户管理资金 / 单位资金). One table for every reader."""

FUND_KINDS: tuple[str, ...] = tuple(FUND_LABELS)
"""The 项目资金 rows in template order: the national template's four, then the local templates' own sources."""

NATIONAL_FUND_KINDS: tuple[str, ...] = FUND_KINDS[:4]
"""The national template's 项目资金 rows: every table of it prints them, so one a table lacks was not read; the
other kinds are rows only a local template prints, no unread row of a table without them."""

LEVEL1_NAMES: tuple[str, ...] = ("产出指标", "效益指标", "满意度指标")


@dataclass(frozen=True)
class SourceRef:
    """Where a value was read: the document, its page (PDF) or line (text), and table row.

    ``line`` is 1-based in the text file; ``page`` is 1-based in the PDF; ``row``
    is the 0-based row index within the project's table as the reader saw it.
    ``text`` is that row as printed — a text report's line, a table row's cell texts — its cells separated by
    tabs, so a citation can show the reader what the paper says there; it is no part of where the row is
    (two references to one row are equal whether or not they carry it).
    """

    document: str
    page: int | None = None
    line: int | None = None
    row: int | None = None
    text: str | None = field(default=None, compare=False)


@dataclass
class FundLine:
    """One 项目资金 row (万元): 年初预算数, 全年预算数, 全年执行数, 分值, 执行率(%), 得分.

    ``weight`` and ``score`` are only printed on the 年度资金总额 row; the other rows show "-".
    ``derived`` maps a field name to the rule used when that value was restored
    rather than read (see DESIGN.md: nothing is guessed silently).
    """

    kind: str
    initial: float | None
    full_year: float | None
    executed: float | None
    weight: float | None
    rate: float | None
    score: float | None
    source: SourceRef
    derived: dict[str, str] = field(default_factory=dict)


@dataclass
class Indicator:
    """One 绩效指标 row.

    ``target_op`` is one of ``= ≥ ≤ > <`` or None when the target is words
    (``提升``); ``actual_value`` is None for ``达成指标`` or other words.
    """

    level1: str | None
    level2: str | None
    name: str
    raw_name: str
    target_text: str
    target_op: str | None
    target_value: float | None
    target_unit: str | None
    actual_text: str
    actual_value: float | None
    actual_unit: str | None
    weight: float | None
    score: float | None
    reason: str | None
    source: SourceRef
    derived: dict[str, str] = field(default_factory=dict)

    @property
    def lost(self) -> float | None:
        """Points lost on this row: 分值 − 得分 (None if either is unknown)."""
        if self.weight is None or self.score is None:
            return None
        return round(self.weight - self.score, 2)


@dataclass
class Finding:
    """A reconciliation result worth reporting (not an exception): data that does not add up."""

    kind: str
    message: str
    source: SourceRef | None = None


@dataclass
class Project:
    """One project's table. ``seq`` is its 1-based order in the document.

    ``name`` is what answers show: the name as read, reconstructed from the
    document's own evidence, or a placeholder naming its position when the
    document has none (``name_missing``). ``raw_name`` keeps the text as read.

    ``source`` is the table's first row (项目名称). 总分 and 评分等级 are printed in
    the footer, often pages later, so ``total_source`` and ``grade_source`` say
    where those rows were read: a citation of 总分 must send the reader to the
    row that prints it, not to the project's name. None when the reader found no
    such row (or the record predates them); ``source_for`` then falls back to ``source``.
    """

    seq: int
    name: str
    raw_name: str
    name_missing: bool
    department: str | None
    implementer: str | None
    goal_text: str
    result_text: str
    funds: list[FundLine]
    indicators: list[Indicator]
    total_weight: float | None
    total_score: float | None
    grade: str | None
    source: SourceRef
    total_source: SourceRef | None = None
    grade_source: SourceRef | None = None
    money_unit: str | None = None  # the unit its 项目资金 table printed (万元, 元 …); amounts are stored in 万元
    derived: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def source_for(self, field_name: str) -> SourceRef:
        """The row a project-level value was read on: the 总分 row for ``total_score``/``total_weight``,
        the 评分等级 row for ``grade``, else (or when that row was not found) the table's first row.

        One place for the fallback, so validation and answers cite the same row.
        """
        footer = {"total_score": self.total_source, "total_weight": self.total_source, "grade": self.grade_source}
        return footer.get(field_name) or self.source

    def fund(self, kind: str) -> FundLine | None:
        """The fund line of ``kind`` (one of FUND_KINDS), or None if the table lacks it."""
        return next((f for f in self.funds if f.kind == kind), None)

    def has_fund_row(self, kind: str) -> bool:
        """Whether the table has the 项目资金 row ``kind``: one read, or a row of the national template in a table
        of that template (no local template's row read), printed there though not read."""
        kinds = {line.kind for line in self.funds}
        return kind in kinds or (kind in NATIONAL_FUND_KINDS and kinds <= set(NATIONAL_FUND_KINDS))


@dataclass
class Document:
    """One ingested file and the projects read from it."""

    file_name: str
    sha256: str
    department: str | None
    year: int | None
    kind: str  # "pdf" or "text"
    pages: int | None
    projects: list[Project]
    warnings: list[str] = field(default_factory=list)
    incomplete: list[int] = field(default_factory=list)  # seqs of projects read without their footer (pages missing)
    corrections: list[Correction] = field(default_factory=list)  # staff's 校对 of this report (stored, never read)


@dataclass(frozen=True)
class Correction:
    """A staff member's correction of one value the extraction garbled (校对), stored beside the value as read.

    It is placed by the report and the value's position in it — project ``seq``, indicator ``position`` (0-based,
    None for a project's own fields) and ``field`` — never by the garbled text, and keeps the value as ``printed``
    when it was made: a later reading of the same report applies it only where the same text is printed there.
    """

    document: str  # the report's file name (a new version of the report takes its corrections over)
    project_seq: int
    position: int | None
    field: str  # a key of ingest.corrections.FIELDS
    printed: str
    corrected: str
    author: str = ""
    corrected_at: str = ""  # ISO 8601, UTC

    @property
    def place(self) -> tuple[int, int | None, str]:
        """Where in its report the value is: (project seq, indicator position or None, field)."""
        return self.project_seq, self.position, self.field


def missing_name_placeholder(seq: int) -> str:
    """The display name of a project whose table has no readable name, e.g. 第11个项目（名称缺失）."""
    return f"第{seq}个项目（名称缺失）"
