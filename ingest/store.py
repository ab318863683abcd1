"""The store folder: the SQL side table and the Chroma passages, written together, one document at a time.

A document goes in whole or not at all. The file is read and validated before
anything is written; then the side table is written in one transaction that
commits only after the passages were written. If the passages fail, the SQL
transaction rolls back; if the process dies between the two, the next ingest of
the same file sees an unchanged sha256 in SQL only when SQL committed, so it
rewrites both (passages are replaced by file name, never appended).

By default everything is in the store folder. ``JIXIAO_DB_URL`` (PostgreSQL)
and ``JIXIAO_CHROMA_URL`` (``chroma run``) move the side table with the
passages' words, and the vectors, to servers, so app processes on several
machines serve one store (docs/deploy.md); the folder then keeps only the
ingested files (``originals``).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine

from ingest.errors import IngestError
from ingest.reading import read_report
from ingest.resources import CHECKOUT, default_data_dir, in_checkout
from ingest.corrections import FIELDS, CorrectionError, printed_at
from ingest.identity import distinct_name, renamed, same_report
from ingest.originals import keep_original
from ingest.passages.server import CHROMA_URL_ENV, check_chroma_server
from ingest.records import Correction, Document
from ingest.sql_store import (
    StoredReport,
    claim_write,
    delete_document,
    delete_report,
    forget_correction,
    generation_in,
    load_document,
    load_documents,
    move_corrections,
    now_utc,
    open_engine,
    read_generation,
    replace_document,
    save_correction,
    store_url,
    stored_reports,
    stored_version,
    writer_lock,
)

DEFAULT_STORE = CHECKOUT / "store" if in_checkout() else default_data_dir() / "store"
"""``store/`` in a checkout (git-ignored); a user data folder for an installed app, never site-packages."""
STORE_ENV = "JIXIAO_STORE"
DB_URL_ENV = "JIXIAO_DB_URL"


def default_store_dir() -> Path:
    """The store folder: ``$JIXIAO_STORE`` if set, else the git-ignored ``store/`` in the project."""
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE)


STATUS_WORDS = {"added": "已导入", "replaced": "已更新（替换旧版本）", "unchanged": "未变化（已导入过）"}
"""How the CLI and the app say what an ingest did, in one place."""


@dataclass(frozen=True)
class IngestOutcome:
    """What ingesting one file did: ``status`` is "added", "replaced" or "unchanged"."""

    file_name: str
    status: str
    department: str | None
    year: int | None
    projects: int
    indicators: int
    findings: int
    warnings: tuple[str, ...]
    passages: int
    replaced: str | None = None  # the stored file this one replaced as a new version of the same report
    stored_as: str | None = None  # the name it was stored under when another report already had its file name

    def summary(self) -> str:
        """One Chinese line for progress output: what happened and what went in."""
        line = (
            f"{STATUS_WORDS[self.status]}：{self.department or '部门未知'} {self.year or '年度未知'}年度，"
            f"{self.projects} 个项目，{self.indicators} 个指标，{self.findings} 条核对发现"
        )
        if self.replaced and self.replaced != (self.stored_as or self.file_name):
            line += f"（替换了同一份报告的旧版本 {self.replaced}）"
        if self.stored_as:
            line += f"（库中已有另一份同名报告，本文件存为 {self.stored_as}）"
        return line


class Store:
    """One store folder, opened once per process and shared across threads.

    One re-entrant lock orders writes and the loading of the document cache, so
    a question that loads documents while an ingest commits can never cache the
    list from before that ingest after the ingest has cleared it. Writes also
    hold the database's writer lock (``sql_store.writer_lock``), which orders
    the writing processes of a store shared by several machines.

    ``db_url`` and ``chroma_url`` default to ``$JIXIAO_DB_URL`` and
    ``$JIXIAO_CHROMA_URL``; either one that cannot be reached ends the program
    here with a Chinese message (``StoreUnavailable``).
    """

    def __init__(self, store_dir: Path | None = None, db_url: str | None = None,
                 chroma_url: str | None = None) -> None:
        self.dir = Path(store_dir) if store_dir else default_store_dir()
        self.dir.mkdir(parents=True, exist_ok=True)
        db_url = db_url or os.environ.get(DB_URL_ENV)
        self.engine: Engine = open_engine(db_url or store_url(self.dir))
        self._words_engine = self.engine if db_url else None  # the words live with a side table the folder lacks
        self.chroma_url = chroma_url or os.environ.get(CHROMA_URL_ENV) or None
        if self.chroma_url:
            check_chroma_server(self.chroma_url)
        self._passages = None
        self._lock = threading.RLock()
        self._writing = 0  # how deep this process is in writes holding the writer lock (they nest)
        self._documents: list[Document] | None = None
        self._generation = -1  # the write counter the cached documents were loaded at
        self._swept = False  # orphans of crashed ingests are swept before this process's first ingest

    @property
    def passages(self):  # noqa: ANN201 - PassageIndex, imported lazily (Chroma is slow to import)
        """The Chroma passage index of this store, opened on first use — once: the app's warm-up and its first
        topic question may ask at the same moment, and two Chroma clients created at once on one path break
        Chroma's shared client registry for the whole process."""
        if self._passages is None:
            with self._lock:
                if self._passages is None:
                    from ingest.passages.store import PassageIndex

                    self._passages = PassageIndex(self.dir, self._words_engine, self.chroma_url)
        return self._passages

    def documents(self) -> list[Document]:
        """Every stored document with its projects: cached, and reloaded when the store's write counter moved —
        after this process's ingest, or another's (the CLI adding a report while the app runs)."""
        generation = read_generation(self.engine)
        documents = self._documents
        if documents is None or generation != self._generation:
            with self._lock:
                generation = read_generation(self.engine)
                if self._documents is None or generation != self._generation:
                    self._documents = load_documents(self.engine)
                    self._generation = generation
                documents = self._documents
        return documents

    def ingest(
        self, path: Path, department: str | None = None, year: int | None = None, allow_incomplete: bool = False
    ) -> IngestOutcome:
        """Read, validate and store ``path``; the same bytes twice change nothing. Raises IngestError on bad input,
        and on a report whose tables look cut (a page missing) unless ``allow_incomplete``.

        ``unchanged`` answers before the file is parsed; ``read_checked`` and
        ``write`` are the two other steps, apart so that ``python -m ingest
        --jobs`` can read in other processes and write here, in order.
        """
        path = Path(path)
        return self.unchanged(path, department, year) or self.write(
            read_checked(path, department, year, allow_incomplete), path)

    def unchanged(self, path: Path, department: str | None = None, year: int | None = None) -> IngestOutcome | None:
        """The outcome of ingesting ``path`` when its bytes are stored already, found without parsing it; else None.

        Stored means: the same sha256, stored by the readers running now (another
        FORMAT_VERSION is read again, so an upgrade reaches documents already in
        the store), and the department and year given, if any, are the stored
        ones (an override not given keeps what is stored). A copy that lost its
        passages gets them back.
        """
        digest = file_digest(path)
        with self._lock:
            copy = next((d for d in self.documents() if d.sha256 == digest and self._current(d)
                         and department in (None, d.department) and year in (None, d.year)), None)
            if copy is None:
                return None
            keep_original(self.dir, path, digest)  # stored before files were kept: keep it now
            return self._kept(copy)

    def write(self, doc: Document, path: Path) -> IngestOutcome:
        """Store a document ``read_checked`` returned for ``path``: added, replacing an older version of the same
        report, or kept as it is when these bytes were stored in the meantime (the same file twice in one folder)."""
        with self._writer():
            self.ready_to_write()
            stored = self.documents()
            copy = next((d for d in stored if d.sha256 == doc.sha256 and self._current(d) and not self._overrides_differ(
                d, doc)), None)
            if copy is not None:  # these bytes are stored already, under this name or another
                keep_original(self.dir, path, doc.sha256)
                return self._kept(copy)
            stored_as = None
            namesake = next((d for d in stored if d.file_name == doc.file_name), None)
            if namesake is not None and not same_report(namesake, doc):  # 自评表.pdf of another department
                stored_as = distinct_name(doc, {d.file_name for d in stored})
                doc = renamed(doc, stored_as)
                namesake = None
            older = namesake or next((d for d in stored if d.file_name != doc.file_name and same_report(d, doc)), None)
            keep_original(self.dir, path, doc.sha256)  # first: a failed copy leaves the store as it was
            with self.engine.begin() as conn:
                alone = claim_write(conn) == self._generation  # no other process wrote since ``stored`` was read
                if older is not None and older.file_name != doc.file_name:
                    delete_document(conn, older.file_name)
                    move_corrections(conn, older.file_name, doc.file_name)  # staff's 校对 go with the report
                replace_document(conn, doc)
                fault_point("sql_written")
                passages = self.passages.replace_document(doc)
                fault_point("passages_written")
                generation = generation_in(conn)
            self._remember_written(stored if alone else None, generation, doc.file_name, older)
            fault_point("committed")
            if older is not None and older.file_name != doc.file_name:
                self.passages.delete_document(older.file_name)  # after the commit: a crash leaves orphans, swept
        replaced = older.file_name if older is not None else None
        return _outcome(doc, "replaced" if older else "added", passages=passages, replaced=replaced,
                        stored_as=stored_as)

    def _remember_written(self, stored: list[Document] | None, generation: int, written: str,
                          replaced: Document | None) -> None:
        """Keep the document list as this process's write left it: ``stored`` (the list the write started from)
        less the report it replaced, plus the one it wrote, read alone — reloading every report after every write
        made a folder's ingest quadratic. When another process wrote meanwhile (``stored`` None), or the written
        report is gone already, the list is reloaded whole at its next use instead."""
        new = load_document(self.engine, written) if stored is not None else None
        if new is None:
            self._documents = None
            return
        gone = {written, replaced.file_name if replaced is not None else written}
        self._documents = sorted([*(d for d in stored if d.file_name not in gone), new], key=lambda d: d.file_name)
        self._generation = generation

    def reports(self) -> list[StoredReport]:
        """Every stored report with its project count and import time (the report list of the CLI and the app)."""
        return stored_reports(self.engine)

    def find_reports(self, file_names: Sequence[str] = (), department: str | None = None,
                     year: int | None = None) -> list[Document]:
        """The stored reports named by file name, or else of ``department`` (its full name or a part of it: 生态环境局)
        and ``year``; LookupError with a Chinese message naming what matched nothing."""
        stored = self.documents()
        if file_names:
            unknown = [name for name in file_names if name not in {d.file_name for d in stored}]
            if unknown:
                raise LookupError(f"库中没有这些文件：{'、'.join(unknown)}（可用 python -m ingest list 查看已导入的报告）")
            return [d for d in stored if d.file_name in file_names]
        if not department and year is None:
            raise LookupError("请给出要删除的文件名，或部门和年度")
        found = [d for d in stored if (not department or department in (d.department or ""))
                 and (year is None or d.year == year)]
        if not found:
            raise LookupError(f"库中没有{department or ''}{f' {year}年度' if year else ''}的报告")
        return found

    def delete(self, reports: Sequence[Document]) -> list[Document]:
        """Remove ``reports`` for good (their rows, passages and corrections); return those removed.

        SQL commits first; the passages go after it, so a crash in between leaves
        only passages no committed report owns, which the next write sweeps — the
        same order, and the same sweep, as an ingest replacing a report.
        """
        with self._writer():
            self.ready_to_write()
            with self.engine.begin() as conn:
                for report in reports:
                    delete_report(conn, report.file_name)
            self._documents = None
            fault_point("report_deleted")
            for report in reports:
                self.passages.delete_document(report.file_name)
        return list(reports)

    def correct(self, changes: Sequence[Correction], author: str) -> tuple[int, int]:
        """Store staff's corrections in one transaction; return (saved, withdrawn).

        A change whose corrected text is empty or the printed one withdraws the
        correction of its place. Every change is checked first — its report
        stored, its place there, the text printed there the one it was made on —
        and CorrectionError lists every change that fails, with nothing written.
        """
        with self._writer():
            stored = {d.file_name: d for d in self.documents()}
            problems = [problem for change in changes if (problem := _misfit(stored, change))]
            if problems:
                raise CorrectionError("；".join(problems))
            return self._write_corrections(changes, author)

    def _write_corrections(self, changes: Sequence[Correction], author: str) -> tuple[int, int]:
        """Write checked changes in one transaction: save each correction, withdraw each emptied one."""
        saved = withdrawn = 0
        with self.engine.begin() as conn:
            for change in changes:
                text = change.corrected.strip()
                if text and text != change.printed:
                    save_correction(conn, replace(change, corrected=text, author=author, corrected_at=now_utc()))
                    saved += 1
                else:
                    withdrawn += forget_correction(conn, change.document, change.place)
        self._documents = None
        return saved, withdrawn

    def ready_to_write(self) -> None:
        """Sweep the orphans of crashed ingests, once per process (only a process that died leaves them, and it is
        gone); this opens the passage index. ``write`` calls it; ``python -m ingest --jobs`` calls it while the
        first files are still being read, so its seconds overlap theirs."""
        with self._writer():
            if not self._swept:
                self.sweep_orphans()
                self._swept = True

    @contextmanager
    def _writer(self) -> Iterator[None]:
        """Hold this process's lock and, in the outermost of nested writes (``write`` sweeps first), the database's
        writer lock: another machine's process writing the same store waits, and its sweep never meets a write
        of ours half done."""
        with self._lock, (nullcontext() if self._writing else writer_lock(self.engine)):
            self._writing += 1
            try:
                yield
            finally:
                self._writing -= 1

    def _kept(self, copy: Document) -> IngestOutcome:
        """The "unchanged" outcome for a stored copy, its passages written again if they were lost."""
        passages = self.passages.count(copy.file_name) or self.passages.replace_document(copy)
        return _outcome(copy, "unchanged", passages=passages)

    def sweep_orphans(self) -> int:
        """Remove passages no committed document owns (an ingest killed between its Chroma and SQL writes, or a
        replaced report's, left them), and give back its passages to a committed document that lost them (killed
        after replacing them, before the SQL commit); return how many orphan versions were removed. Done before
        a process's first ingest."""
        with self._lock:
            documents = self.documents()
            versions = self.passages.stored_versions()
            orphans = versions - {(d.file_name, d.sha256) for d in documents}
            for file_name, sha256 in orphans:
                self.passages.delete_version(file_name, sha256)
            for document in documents:
                if (document.file_name, document.sha256) not in versions:
                    self.passages.replace_document(document)
            return len(orphans)

    def _current(self, doc: Document) -> bool:
        """Whether ``doc`` was stored by the readers running now (else its bytes are read again on ingest)."""
        version = stored_version(self.engine, doc.file_name)
        return version is not None and version.is_current(doc.sha256)

    @staticmethod
    def _overrides_differ(stored: Document, doc: Document) -> bool:
        """Whether a re-ingest of unchanged bytes asks for another department or year than stored."""
        return (stored.department, stored.year) != (doc.department, doc.year)


def _misfit(stored: dict[str, Document], change: Correction) -> str | None:
    """Why ``change`` does not fit the stored reports (in Chinese), or None when it does."""
    doc = stored.get(change.document)
    if doc is None:
        return f"库中没有报告 {change.document}"
    try:
        printed = printed_at(doc, *change.place)
    except CorrectionError as err:
        return str(err)
    if printed != change.printed:
        where = f"{change.document} 第{change.project_seq}个项目 {FIELDS[change.field]}"
        return f"{where}：表上印的是“{printed}”，不是“{change.printed}”（报告可能已更新，请重新导出后再校对）"
    return None


def file_digest(path: Path) -> str:
    """The sha256 of a file's bytes, read in blocks; "" when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with Path(path).open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except OSError:  # missing, a folder, unreadable: the reader names the problem in Chinese
        return ""
    return digest.hexdigest()


def read_checked(path: Path, department: str | None = None, year: int | None = None,
                 allow_incomplete: bool = False) -> Document:
    """Read and validate ``path`` without touching any store (so it can run in another process); raise IngestError
    on bad input, and on a report whose tables look cut (a page missing) unless ``allow_incomplete``."""
    doc = read_report(Path(path), department=department, year=year)
    if doc.incomplete and not allow_incomplete:
        which = "、".join(f"第{seq}个" for seq in doc.incomplete[:10])
        raise IngestError(doc.file_name, f"报告不完整：{which}项目的表格没有“总分”“评分等级”行，可能缺页。"
                          "请补齐后再导入；确需先导入已有部分，命令行加 --allow-incomplete")
    return doc


FAULT_ENV = "JIXIAO_FAULT_AT"
"""Test-only: the name of a write boundary (sql_written, passages_written, committed; report_deleted) where the process dies, as a
kill -9 would there, so tests can check the store after a crash at each step."""


def fault_point(name: str) -> None:
    """Die here, at once and without cleanup, when the environment names this write boundary (tests only)."""
    if os.environ.get(FAULT_ENV) == name:
        os._exit(9)


def _outcome(doc: Document, status: str, passages: int, replaced: str | None = None,
             stored_as: str | None = None) -> IngestOutcome:
    """Summarise one ingested document for progress output."""
    return IngestOutcome(
        replaced=replaced,
        stored_as=stored_as,
        file_name=doc.file_name,
        status=status,
        department=doc.department,
        year=doc.year,
        projects=len(doc.projects),
        indicators=sum(len(p.indicators) for p in doc.projects),
        findings=sum(len(p.findings) for p in doc.projects),
        warnings=tuple(doc.warnings),
        passages=passages,
    )
