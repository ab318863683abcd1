"""The side table: every figure of every ingested document, typed, in SQL (SQLAlchemy Core).

SQLite in the store folder is the default; a PostgreSQL URL (``JIXIAO_DB_URL``)
runs the same code (``tests/test_server_store.py``), so app processes on several
machines share one side table. Writes go through ``replace_document`` in one
transaction, so a document is stored whole or not at all, and re-storing it
replaces the old rows. Reads rebuild the record model (``load_documents``), so
the assistant works on the same types the readers produce.

What SQLite never checked, PostgreSQL would: so strings have no length limit
(a garbled name stored on SQLite must store on PostgreSQL too), and every order
a reader sees is made in Python (code-point order, SQLite's), not by the
database's collation.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    exc,
    func,
    make_url,
    select,
    update,
)

from ingest.records import Correction, Document, Finding, FundLine, Indicator, Project, SourceRef

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("file_name", String, nullable=False, unique=True),
    Column("sha256", String, nullable=False),
    Column("department", String),
    Column("year", Integer),
    Column("kind", String, nullable=False),
    Column("pages", Integer),
    Column("warnings", Text, nullable=False, default="[]"),
)


def _source_columns() -> list[Column]:
    """The columns every row carries to say where it was read (page for PDF, line for text)."""
    return [Column("page", Integer), Column("line", Integer), Column("row", Integer)]


def _owner_columns() -> list[Column]:
    """Columns tying a child row to its project; cascades keep deletes whole."""
    return [
        Column("id", Integer, primary_key=True),
        Column("project_id", Integer, ForeignKey("projects.id", ondelete="CASCADE"), nullable=False),
    ]


projects = Table(
    "projects",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("name", String, nullable=False),
    Column("raw_name", String, nullable=False),
    Column("name_missing", Boolean, nullable=False),
    Column("department", String),
    Column("implementer", String),
    Column("goal_text", Text, nullable=False),
    Column("result_text", Text, nullable=False),
    Column("total_weight", Float),
    Column("total_score", Float),
    Column("grade", String),
    Column("derived", Text, nullable=False, default="{}"),
    *_source_columns(),
)

fund_lines = Table(
    "fund_lines",
    metadata,
    *_owner_columns(),
    Column("kind", String, nullable=False),
    Column("initial", Float),
    Column("full_year", Float),
    Column("executed", Float),
    Column("weight", Float),
    Column("rate", Float),
    Column("score", Float),
    Column("derived", Text, nullable=False, default="{}"),
    *_source_columns(),
)

indicators = Table(
    "indicators",
    metadata,
    *_owner_columns(),
    Column("position", Integer, nullable=False),
    Column("level1", String),
    Column("level2", String),
    Column("name", String, nullable=False),
    Column("raw_name", String, nullable=False),
    Column("target_text", Text, nullable=False),
    Column("target_op", String),
    Column("target_value", Float),
    Column("target_unit", String),
    Column("actual_text", Text, nullable=False),
    Column("actual_value", Float),
    Column("actual_unit", String),
    Column("weight", Float),
    Column("score", Float),
    Column("lost", Float),
    Column("reason", Text),
    Column("derived", Text, nullable=False, default="{}"),
    *_source_columns(),
)

findings = Table(
    "findings",
    metadata,
    *_owner_columns(),
    Column("kind", String, nullable=False),
    Column("message", Text, nullable=False),
    *_source_columns(),
)

FOOTER_SOURCES: dict[str, str] = {"total": "total_source", "grade": "grade_source"}
"""Each footer row's kind in ``footer_sources`` and the Project attribute holding where it was read."""

footer_sources = Table(
    "footer_sources",
    metadata,
    *_owner_columns(),
    Column("kind", String, nullable=False),
    *_source_columns(),
    UniqueConstraint("project_id", "kind"),
)
"""Where a project's 总分 and 评分等级 rows were read (the projects row's page/line/row is its 项目名称 row).

A table of its own rather than six columns on ``projects``: a store written
before it existed gains it from ``create_all`` with no ALTER TABLE, and its
projects simply have no footer rows (citations then fall back to the table start).
"""

money_units = Table(
    "money_units",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("project_id", Integer, ForeignKey("projects.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("unit", String, nullable=False),
)
"""The money unit each project's table printed (万元, 元 …); its amounts are stored in 万元 whatever it printed. A table
of its own, like ``footer_sources``, so older stores gain it from ``create_all``; a project without a row is in 万元."""

printed_rows = Table(
    "printed_rows",
    metadata,
    *_owner_columns(),
    *_source_columns(),
    Column("text", Text, nullable=False),
)
"""Each row a project's values were read on, as printed (``SourceRef.text``: a text report's line, a table row's
cell texts, tab-separated), keyed by the project and the row's page/line/row: every value read on the row shares it.
A table of its own, like ``footer_sources``, so older stores gain it from ``create_all``; their rows have none."""

FORMAT_VERSION = 4
"""What the readers and this schema store for a document. Bump it when either changes what a stored
document holds (version 2: footer source rows; 3: amounts in 万元 whatever the printed unit, which is kept;
4: each read row as printed, fund lines split by source, a text report's texts with their full-width
punctuation),
so the next ingest of an unchanged file reads it again instead of keeping records made by older code."""

document_formats = Table(
    "document_formats",
    metadata,
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("version", Integer, nullable=False),
)
"""The FORMAT_VERSION each document was stored with; documents stored before it existed have no row."""

store_state = Table(
    "store_state",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("generation", Integer, nullable=False),
)
"""One row counting the writes to the store, so a long-lived reader in another process (the app) sees a report the
CLI added or replaced before its next answer: one cheap query instead of reloading every document."""

document_times = Table(
    "document_times",
    metadata,
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("ingested_at", String, nullable=False),
)
"""When each document was stored (ISO 8601, UTC), for the report list; documents stored before it have no row."""

corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document", String, nullable=False),
    Column("project_seq", Integer, nullable=False),
    Column("position", Integer, nullable=False),  # the indicator's 0-based position; -1 for a project's own field
    Column("field", String, nullable=False),
    Column("printed", Text, nullable=False),
    Column("corrected", Text, nullable=False),
    Column("author", String, nullable=False),
    Column("corrected_at", String, nullable=False),
    UniqueConstraint("document", "project_seq", "position", "field"),
)
"""Staff's corrections (校对), one per place. Tied to the report by file name rather than a foreign key, so that
re-storing a report (its rows deleted and written again) keeps them; a new version under another name takes them over
(``move_corrections``), and only deleting the report removes them. -1, not NULL, marks a project-level field so the
unique constraint holds."""

SQLITE_FILE = "side_table.sqlite"


def store_url(store_dir: Path) -> str:
    """The default SQLite URL for a store folder."""
    return f"sqlite:///{(store_dir / SQLITE_FILE).resolve()}"


class StoreUnavailable(SystemExit):
    """The store's database or Chroma server cannot be reached, or its URL is wrong; the message says which, in
    Chinese. A SystemExit: opening the store is the first thing every command and the app do, and a store that
    cannot be opened ends them with this message and no traceback, as argparse ends them on bad usage."""


def open_engine(url: str) -> Engine:
    """Open (and create if needed) the side table at ``url``; SQLite gets foreign keys switched on. StoreUnavailable
    when the URL is malformed, its driver is not installed, or the server does not answer."""
    try:
        engine = create_engine(_with_driver(url), pool_pre_ping=not url.startswith("sqlite"))  # a restarted server
    except (exc.ArgumentError, ImportError) as err:  # a malformed URL; a driver not installed (the server extra)
        raise StoreUnavailable(_unreachable(url, err)) from err
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    create_tables(engine, metadata)
    return engine


def _with_driver(url: str) -> str:
    """``url`` with psycopg (3, the ``server`` extra) named as the driver of a PostgreSQL URL that names none:
    SQLAlchemy would otherwise look for psycopg2, which nothing installs."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def create_tables(engine: Engine, tables: MetaData) -> None:
    """Create the tables of ``tables`` that do not exist yet. On PostgreSQL under a lock held for the transaction:
    app processes started together would otherwise race to create the same table, and one of them fail."""
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(select(func.pg_advisory_xact_lock(SCHEMA_LOCK)))
            tables.create_all(conn)
    except exc.OperationalError as err:
        raise StoreUnavailable(_unreachable(str(engine.url), err)) from err


def _unreachable(url: str, err: Exception) -> str:
    """The Chinese message for a side table that cannot be opened: the URL (password hidden), and what to check."""
    try:
        shown = make_url(url).render_as_string(hide_password=True)
    except exc.ArgumentError:
        shown = url
    if isinstance(err, ImportError):
        why = "缺少数据库驱动（PostgreSQL 请安装：pip install \"jixiao-wenda[server]\"）"
    elif isinstance(err, exc.ArgumentError):
        why = "地址格式不对（应形如 postgresql://用户:口令@主机:端口/库名）"
    else:
        why = "连接不上数据库（请确认服务已启动、主机端口和库名正确、该用户可以登录）"
    return f"无法打开数据库 {shown}（JIXIAO_DB_URL）：{why}。"


SCHEMA_LOCK = 7_411_001
WRITE_LOCK = 7_411_002
"""PostgreSQL advisory lock keys: one for creating the tables, one held by the process writing the store."""


def writer_lock(engine: Engine):  # noqa: ANN201 - a context manager
    """Held while one process writes the store (ingest, delete, correct, sweep). On PostgreSQL, app processes on
    several machines write one store, and a process sweeping orphan passages must not see another's ingest half
    done, so the lock is the database's (a session advisory lock on a connection of its own). SQLite's store is one
    machine's, where one ingesting process at a time is the rule (docs/deploy.md): no lock."""
    return _advisory_lock(engine) if engine.dialect.name == "postgresql" else nullcontext()


@contextmanager
def _advisory_lock(engine: Engine) -> Iterator[None]:
    """Hold PostgreSQL's session advisory lock WRITE_LOCK for the block (waiting for another holder to let go)."""
    with engine.connect() as conn:
        conn.execute(select(func.pg_advisory_lock(WRITE_LOCK)))
        conn.commit()
        try:
            yield
        finally:
            conn.execute(select(func.pg_advisory_unlock(WRITE_LOCK)))
            conn.commit()


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API objects
    """SQLite ignores ON DELETE CASCADE unless told; WAL lets readers work while one writer writes."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


@dataclass(frozen=True)
class StoredVersion:
    """What is stored for a file name: the sha256 of its bytes and the FORMAT_VERSION (None: before versions)."""

    sha256: str
    format_version: int | None

    def is_current(self, sha256: str) -> bool:
        """Whether these bytes are stored already, by the code running now."""
        return self.sha256 == sha256 and self.format_version == FORMAT_VERSION


def stored_version(engine: Engine, file_name: str) -> StoredVersion | None:
    """The stored version of ``file_name``, or None if it is not stored."""
    query = (
        select(documents.c.sha256, document_formats.c.version)
        .outerjoin(document_formats, document_formats.c.document_id == documents.c.id)
        .where(documents.c.file_name == file_name)
    )
    with engine.connect() as conn:
        row = conn.execute(query).first()
    return StoredVersion(row.sha256, row.version) if row else None


def delete_document(conn: Connection, file_name: str) -> None:
    """Remove a stored document and everything read from it (its children go by ON DELETE CASCADE); count the write.
    Its corrections stay: a re-store of the same report keeps them (``delete_report`` removes a report for good)."""
    conn.execute(delete(documents).where(documents.c.file_name == file_name))
    _bump_generation(conn)


def delete_report(conn: Connection, file_name: str) -> None:
    """Remove a report for good: the document, everything read from it, and staff's corrections of it."""
    delete_document(conn, file_name)
    conn.execute(delete(corrections).where(corrections.c.document == file_name))


def move_corrections(conn: Connection, old_name: str, new_name: str) -> None:
    """Give a stored report's corrections to its new version, stored under another file name."""
    conn.execute(delete(corrections).where(corrections.c.document == new_name))
    conn.execute(update(corrections).where(corrections.c.document == old_name).values(document=new_name))


def save_correction(conn: Connection, correction: Correction) -> None:
    """Store ``correction``, replacing any earlier one of the same place; count the write."""
    forget_correction(conn, correction.document, correction.place)
    conn.execute(corrections.insert().values(
        document=correction.document, project_seq=correction.project_seq, position=_position(correction.position),
        field=correction.field, printed=correction.printed, corrected=correction.corrected,
        author=correction.author, corrected_at=correction.corrected_at,
    ))


def forget_correction(conn: Connection, document: str, place: tuple[int, int | None, str]) -> int:
    """Remove the correction of one place (the printed value holds again); how many were removed (0 or 1)."""
    seq, position, field = place
    removed = conn.execute(delete(corrections).where(
        corrections.c.document == document, corrections.c.project_seq == seq,
        corrections.c.position == _position(position), corrections.c.field == field,
    )).rowcount
    _bump_generation(conn)
    return removed


def _position(position: int | None) -> int:
    """The stored form of an indicator position (-1 for a project's own field)."""
    return -1 if position is None else position


def _corrections_by_document(conn: Connection) -> dict[str, list[Correction]]:
    """Every stored correction, grouped by its report's file name, in place order."""
    grouped: dict[str, list[Correction]] = {}
    rows = conn.execute(select(corrections)).mappings()
    for row in sorted(rows, key=lambda r: (r["document"], r["project_seq"], r["position"], r["field"])):
        grouped.setdefault(row["document"], []).append(Correction(
            document=row["document"], project_seq=row["project_seq"],
            position=None if row["position"] < 0 else row["position"], field=row["field"], printed=row["printed"],
            corrected=row["corrected"], author=row["author"], corrected_at=row["corrected_at"],
        ))
    return grouped


@dataclass(frozen=True)
class StoredReport:
    """One line of the report list: a stored report, how many projects it holds, and when it was stored."""

    file_name: str
    department: str | None
    year: int | None
    projects: int
    ingested_at: str | None  # None: stored before import times were kept


def stored_reports(engine: Engine) -> list[StoredReport]:
    """Every stored report with its project count and import time, in file-name order (one query, no records)."""
    query = (
        select(documents.c.file_name, documents.c.department, documents.c.year, document_times.c.ingested_at,
               func.count(projects.c.id).label("projects"))
        .outerjoin(document_times, document_times.c.document_id == documents.c.id)
        .outerjoin(projects, projects.c.document_id == documents.c.id)
        .group_by(documents.c.id, document_times.c.ingested_at)
    )
    with engine.connect() as conn:
        rows = sorted(conn.execute(query), key=lambda r: r.file_name)
    return [StoredReport(r.file_name, r.department, r.year, r.projects, r.ingested_at) for r in rows]


def _bump_generation(conn: Connection) -> None:
    """Count one more write to the store (in the writer's transaction, so readers see it with the data)."""
    add_to_counters(conn, store_state, generation=1)


def add_to_counters(conn: Connection, table: Table, **amounts: int) -> None:
    """Add ``amounts`` to the counters of ``table``'s one row (id 1), made at the first count, in the caller's
    transaction; the row's lock orders two writers."""
    counters = {name: table.c[name] + amount for name, amount in amounts.items()}
    if conn.execute(update(table).where(table.c.id == 1).values(counters)).rowcount == 0:
        conn.execute(table.insert().values(id=1, **amounts))


def read_generation(engine: Engine) -> int:
    """How many writes the store has had (0 before the first): compare it to know whether to reload."""
    with engine.connect() as conn:
        return generation_in(conn)


def generation_in(conn: Connection) -> int:
    """The write counter as ``conn`` sees it (in a writer's transaction: with its own writes counted)."""
    return conn.execute(select(store_state.c.generation).where(store_state.c.id == 1)).scalar() or 0


def claim_write(conn: Connection) -> int:
    """Count a write as the first statement of the caller's transaction and return the counter as it was before:
    from here the transaction holds the counter row's lock (SQLite's write lock), so no other write commits until
    this one has, and the caller learns whether any committed since it last read the counter."""
    _bump_generation(conn)
    return generation_in(conn) - 1


def replace_document(conn: Connection, doc: Document) -> None:
    """Write ``doc`` in the caller's transaction, replacing any stored document of the same file name."""
    delete_document(conn, doc.file_name)
    doc_id = conn.execute(
        documents.insert().values(
            file_name=doc.file_name,
            sha256=doc.sha256,
            department=doc.department,
            year=doc.year,
            kind=doc.kind,
            pages=doc.pages,
            warnings=json.dumps(doc.warnings, ensure_ascii=False),
        )
    ).inserted_primary_key[0]
    conn.execute(document_formats.insert().values(document_id=doc_id, version=FORMAT_VERSION))
    conn.execute(document_times.insert().values(document_id=doc_id, ingested_at=now_utc()))
    for project in doc.projects:
        _insert_project(conn, doc_id, project)


def now_utc() -> str:
    """The time now, as stored (ISO 8601, UTC, to the second)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _source_values(source: SourceRef | None) -> dict:
    """The page/line/row columns of ``source``."""
    if source is None:
        return {"page": None, "line": None, "row": None}
    return {"page": source.page, "line": source.line, "row": source.row}


def _insert_project(conn: Connection, doc_id: int, p: Project) -> None:
    """Insert one project with its fund lines, indicators and findings."""
    project_id = conn.execute(
        projects.insert().values(
            document_id=doc_id,
            seq=p.seq,
            name=p.name,
            raw_name=p.raw_name,
            name_missing=p.name_missing,
            department=p.department,
            implementer=p.implementer,
            goal_text=p.goal_text,
            result_text=p.result_text,
            total_weight=p.total_weight,
            total_score=p.total_score,
            grade=p.grade,
            derived=json.dumps(p.derived, ensure_ascii=False),
            **_source_values(p.source),
        )
    ).inserted_primary_key[0]
    if p.funds:
        conn.execute(
            fund_lines.insert(),
            [
                {
                    "project_id": project_id,
                    "kind": f.kind,
                    "initial": f.initial,
                    "full_year": f.full_year,
                    "executed": f.executed,
                    "weight": f.weight,
                    "rate": f.rate,
                    "score": f.score,
                    "derived": json.dumps(f.derived, ensure_ascii=False),
                    **_source_values(f.source),
                }
                for f in p.funds
            ],
        )
    if p.indicators:
        conn.execute(
            indicators.insert(),
            [
                {
                    "project_id": project_id,
                    "position": i,
                    "level1": ind.level1,
                    "level2": ind.level2,
                    "name": ind.name,
                    "raw_name": ind.raw_name,
                    "target_text": ind.target_text,
                    "target_op": ind.target_op,
                    "target_value": ind.target_value,
                    "target_unit": ind.target_unit,
                    "actual_text": ind.actual_text,
                    "actual_value": ind.actual_value,
                    "actual_unit": ind.actual_unit,
                    "weight": ind.weight,
                    "score": ind.score,
                    "lost": ind.lost,
                    "reason": ind.reason,
                    "derived": json.dumps(ind.derived, ensure_ascii=False),
                    **_source_values(ind.source),
                }
                for i, ind in enumerate(p.indicators)
            ],
        )
    footers = _footer_rows(project_id, p)
    if footers:
        conn.execute(footer_sources.insert(), footers)
    if p.money_unit:
        conn.execute(money_units.insert(), [{"project_id": project_id, "unit": p.money_unit}])
    printed = _printed_rows(project_id, p)
    if printed:
        conn.execute(printed_rows.insert(), printed)
    if p.findings:
        conn.execute(
            findings.insert(),
            [
                {"project_id": project_id, "kind": fd.kind, "message": fd.message, **_source_values(fd.source)}
                for fd in p.findings
            ],
        )


def _footer_rows(project_id: int, p: Project) -> list[dict]:
    """The ``footer_sources`` rows of a project: one per footer row the reader found."""
    return [
        {"project_id": project_id, "kind": kind, **_source_values(getattr(p, attribute))}
        for kind, attribute in FOOTER_SOURCES.items()
        if getattr(p, attribute) is not None
    ]


def _printed_rows(project_id: int, p: Project) -> list[dict]:
    """The ``printed_rows`` rows of a project: one per row its values were read on that carries its printed text."""
    sources = [p.source, p.total_source, p.grade_source, *(f.source for f in p.funds),
               *(ind.source for ind in p.indicators)]
    places = {_place(source): source.text for source in sources if source is not None and source.text is not None}
    return [{"project_id": project_id, "page": page, "line": line, "row": row, "text": text}
            for (page, line, row), text in places.items()]


def _place(source: SourceRef | Mapping) -> tuple[int | None, int | None, int | None]:
    """Where a row is in its project's table: (page, line, row), of a SourceRef or a stored row's columns."""
    if isinstance(source, SourceRef):
        return source.page, source.line, source.row
    return source["page"], source["line"], source["row"]


def load_documents(engine: Engine) -> list[Document]:
    """Every stored document with its projects (and staff's corrections, not applied), rebuilt as records, in
    file-name and seq order."""
    return _load(engine, None)


def load_document(engine: Engine, file_name: str) -> Document | None:
    """The stored document ``file_name`` as ``load_documents`` rebuilds it, without reading the others: a writer
    adds the one report it wrote to the list it holds (reloading every report after every write made a folder's
    ingest quadratic: 0.46 s a write at 100 reports)."""
    return next(iter(_load(engine, file_name)), None)


def _load(engine: Engine, file_name: str | None) -> list[Document]:
    """The stored documents (only ``file_name``'s when given), rebuilt as records, in file-name and seq order."""
    one = None if file_name is None else select(documents.c.id).where(documents.c.file_name == file_name)
    project_ids = None if one is None else select(projects.c.id).where(projects.c.document_id.in_(one))
    with _one_snapshot(engine) as conn:
        doc_rows = sorted(conn.execute(_where_in(select(documents), documents.c.id, one)).mappings(),
                          key=lambda r: r["file_name"])
        project_query = _where_in(select(projects), projects.c.document_id, one)
        project_rows = conn.execute(project_query.order_by(projects.c.document_id, projects.c.seq)).mappings().all()
        children = {
            "funds": _rows_by_project(conn, fund_lines, fund_lines.c.id, project_ids),
            "indicators": _rows_by_project(conn, indicators, indicators.c.position, project_ids),
            "findings": _rows_by_project(conn, findings, findings.c.id, project_ids),
            "footers": _rows_by_project(conn, footer_sources, footer_sources.c.id, project_ids),
            "units": _rows_by_project(conn, money_units, money_units.c.id, project_ids),
            "printed": _rows_by_project(conn, printed_rows, printed_rows.c.id, project_ids),
        }
        corrected = _corrections_by_document(conn)
    names = {row["id"]: row["file_name"] for row in doc_rows}
    by_doc: dict[int, list[Project]] = {row["id"]: [] for row in doc_rows}
    for row in project_rows:
        by_doc[row["document_id"]].append(_project_from_row(row, names[row["document_id"]], children))
    return [
        Document(
            file_name=row["file_name"],
            sha256=row["sha256"],
            department=row["department"],
            year=row["year"],
            kind=row["kind"],
            pages=row["pages"],
            projects=by_doc[row["id"]],
            warnings=json.loads(row["warnings"]),
            corrections=corrected.get(row["file_name"], []),
        )
        for row in doc_rows
    ]


def _one_snapshot(engine: Engine) -> Connection:
    """A connection whose reads all see one moment of the store, on PostgreSQL: its default isolation gives each
    statement its own, so a report another app process replaced between two reads would come back half old, half
    new (a project whose document is gone). SQLite is left as it was."""
    conn = engine.connect()
    return conn.execution_options(isolation_level="REPEATABLE READ") if engine.dialect.name == "postgresql" else conn


def _where_in(query: Select, column: Column, chosen: Select | None) -> Select:
    """``query`` narrowed to the rows whose ``column`` is one that ``chosen`` selects; unchanged when None."""
    return query if chosen is None else query.where(column.in_(chosen))


def _rows_by_project(conn: Connection, table: Table, order: Column, project_ids: Select | None) -> dict[int, list]:
    """The rows of a child table (of the projects ``project_ids`` selects, or all), grouped by project id, in
    ``order``."""
    grouped: dict[int, list] = {}
    query = _where_in(select(table), table.c.project_id, project_ids).order_by(table.c.project_id, order)
    for row in conn.execute(query).mappings():
        grouped.setdefault(row["project_id"], []).append(row)
    return grouped


def _source_of(row: Mapping, document: str, printed: dict[tuple, str]) -> SourceRef:
    """The SourceRef stored in a row's page/line/row columns, with the row as printed when ``printed`` (the
    project's printed rows by place) holds it."""
    return SourceRef(document=document, page=row["page"], line=row["line"], row=row["row"],
                     text=printed.get(_place(row)))


def _project_from_row(row, document: str, children: dict[str, dict[int, list]]) -> Project:  # noqa: ANN001
    """Rebuild one Project (with its children) from its stored rows."""
    pid = row["id"]
    printed = {_place(r): r["text"] for r in children["printed"].get(pid, [])}
    footers = {f["kind"]: _source_of(f, document, printed) for f in children["footers"].get(pid, [])}
    return Project(
        seq=row["seq"],
        name=row["name"],
        raw_name=row["raw_name"],
        name_missing=row["name_missing"],
        department=row["department"],
        implementer=row["implementer"],
        goal_text=row["goal_text"],
        result_text=row["result_text"],
        funds=[
            FundLine(
                kind=f["kind"],
                initial=f["initial"],
                full_year=f["full_year"],
                executed=f["executed"],
                weight=f["weight"],
                rate=f["rate"],
                score=f["score"],
                source=_source_of(f, document, printed),
                derived=json.loads(f["derived"]),
            )
            for f in children["funds"].get(pid, [])
        ],
        indicators=[
            Indicator(
                level1=i["level1"],
                level2=i["level2"],
                name=i["name"],
                raw_name=i["raw_name"],
                target_text=i["target_text"],
                target_op=i["target_op"],
                target_value=i["target_value"],
                target_unit=i["target_unit"],
                actual_text=i["actual_text"],
                actual_value=i["actual_value"],
                actual_unit=i["actual_unit"],
                weight=i["weight"],
                score=i["score"],
                reason=i["reason"],
                source=_source_of(i, document, printed),
                derived=json.loads(i["derived"]),
            )
            for i in children["indicators"].get(pid, [])
        ],
        total_weight=row["total_weight"],
        total_score=row["total_score"],
        grade=row["grade"],
        source=_source_of(row, document, printed),
        total_source=footers.get("total"),
        grade_source=footers.get("grade"),
        money_unit=next((u["unit"] for u in children["units"].get(pid, [])), None),
        derived=json.loads(row["derived"]),
        findings=[
            Finding(kind=fd["kind"], message=fd["message"], source=_source_of(fd, document, printed))
            for fd in children["findings"].get(pid, [])
        ],
    )
