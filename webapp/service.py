"""What the web app does, without the web: ask, keep conversations, ingest uploads, seed the sample.

One ``QAService`` per process holds the one Store and the one Assistant and is
shared by every browser session and HTTP caller. Conversations are never
shared: a browser session keeps its own in ``gr.State``; an HTTP caller names
its own by ``conversation_id`` and the ``ConversationBook`` keeps it here.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.conversation import Conversation
from assistant.engine import Assistant
from assistant.llm import open_assistant
from assistant.llm.config import LlmConfig
from assistant.understand.aliases import match_departments
from ingest.corrections import corrected
from ingest.errors import IngestError
from ingest.reading import SUPPORTED_SUFFIXES
from ingest.records import Correction, Document
from ingest.sql_store import StoredReport
from ingest.resources import bundled
from ingest.store import IngestOutcome, Store

log = logging.getLogger(__name__)

SAMPLES_DIR = bundled("data/samples", "webapp.samples")
"""The bundled sample report(s), ingested on first start so the app answers out of the box."""

WARM_UP_QUESTION = "哪些项目涉及长三角区域协作？"
"""A topic question: answering it opens the passage index and loads the word list and the planner."""

DEFAULT_CONVERSATIONS = 1000
"""How many HTTP conversations are kept; the least recently used is forgotten beyond this."""
IDLE_SECONDS = 2 * 3600
"""How long a conversation (an HTTP caller's, or a browser session's with its Gradio state) is kept unused: a meeting's
follow-ups come within minutes, and a caller who never returns must not hold memory until the capacity pushes it out."""


@dataclass(frozen=True)
class FileResult:
    """One file's ingest: the outcome, or the Chinese IngestError message when it was refused."""

    file_name: str
    outcome: IngestOutcome | None = None
    error: str | None = None


ProgressCallback = Callable[[int, int, str], None]
"""Called before each file with (files done, files in all, file name)."""


class ConversationBook:
    """HTTP callers' conversations by id: bounded in number (LRU) and in time (idle ones expire), each used by one
    request at a time.

    The per-conversation lock keeps two requests with the same id from
    interleaving their turns; different ids never wait for each other.
    """

    def __init__(self, new_conversation: Callable[[], Conversation], capacity: int = DEFAULT_CONVERSATIONS,
                 idle_seconds: float = IDLE_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        self._new = new_conversation
        self._capacity = capacity
        self._idle_seconds = idle_seconds
        self._clock = clock
        self._entries: OrderedDict[str, tuple[threading.Lock, Conversation]] = OrderedDict()
        self._last_used: dict[str, float] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    @contextmanager
    def use(self, conversation_id: str) -> Iterator[Conversation]:
        """The conversation named ``conversation_id`` (created on first use), held exclusively while in use."""
        entry_lock, conversation = self._entry(conversation_id)
        with entry_lock:
            yield conversation

    def _entry(self, conversation_id: str) -> tuple[threading.Lock, Conversation]:
        """Find or create the entry and mark it most recently used, dropping idle entries and the oldest beyond
        capacity. An entry that expired is started afresh: its caller waited longer than a conversation lasts."""
        with self._lock:
            now = self._clock()
            while self._entries and now - self._last_used[next(iter(self._entries))] > self._idle_seconds:
                self._forget_oldest()  # least recently used first: the first entry still in use ends the sweep
            entry = self._entries.get(conversation_id)
            if entry is None:
                entry = (threading.Lock(), self._new())
                self._entries[conversation_id] = entry
            self._entries.move_to_end(conversation_id)
            self._last_used[conversation_id] = now
            while len(self._entries) > self._capacity:
                self._forget_oldest()
            return entry

    def _forget_oldest(self) -> None:
        """Drop the least recently used conversation."""
        conversation_id, _ = self._entries.popitem(last=False)
        del self._last_used[conversation_id]


class QAService:
    """The Store and the Assistant of this process, and the HTTP conversations."""

    def __init__(self, store: Store, assistant: Assistant, capacity: int = DEFAULT_CONVERSATIONS) -> None:
        self.store = store
        self.assistant = assistant
        self.conversations = ConversationBook(assistant.new_conversation, capacity)

    def new_conversation(self) -> Conversation:
        """A fresh conversation for one browser session."""
        return self.assistant.new_conversation()

    def ask(self, question: str, conversation: Conversation) -> dict:
        """One turn of ``conversation`` as the contract dict."""
        return self.assistant.ask(question, conversation).to_dict()

    def ask_by_id(self, question: str, conversation_id: str = "", department: str = "", year: str = "") -> dict:
        """One turn of the HTTP conversation ``conversation_id`` (an empty id asks one-shot), about the reports of
        ``department`` and ``year`` when given (a question naming others overrides them)."""
        conversation_id = conversation_id.strip()
        chosen = self.chosen_documents(department, year)
        if not conversation_id:
            return self.ask(question, _choosing(self.new_conversation(), chosen))
        with self.conversations.use(conversation_id) as conversation:
            return self.ask(question, _choosing(conversation, chosen))

    def chosen_documents(self, department: str = "", year: str | int = "") -> tuple[str, ...] | None:
        """The stored reports of a department (full name or as staff shorten it) and/or a year; None for all."""
        department, year = (department or "").strip(), str(year or "").strip()
        if not department and not year:
            return None
        names = [d.department for d in self.documents() if d.department]
        matched = {name for name, _, _ in match_departments(department, names)} if department else set()
        return tuple(d.file_name for d in self.documents()
                     if (not department or d.department in matched or d.department == department)
                     and (not year or str(d.year) == year.removesuffix("年").removesuffix("年度")))

    def warm_up(self) -> None:
        """Pay the one-off costs of a first question (about 2 s) before a user does; asked one-shot, so no trace."""
        self.assistant.ask(WARM_UP_QUESTION)
        print("已就绪：首个问题的准备工作（检索库、分词词典）已完成。", flush=True)

    def documents(self) -> list[Document]:
        """Every stored document with its projects, staff's corrections (校对) applied, as every table shows them."""
        return [corrected(doc) for doc in self.store.documents()]

    def stored(self, file_name: str) -> Document | None:
        """The stored report of ``file_name`` as read (printed values; its corrections beside them), if any."""
        return next((d for d in self.store.documents() if d.file_name == file_name), None)

    def reports(self) -> list[StoredReport]:
        """Every stored report with its project count and import time (the 文档 tab's list)."""
        return self.store.reports()

    def delete_reports(self, file_names: Iterable[str]) -> list[Document]:
        """Delete the named reports for good (rows, passages, corrections); those deleted. LookupError (Chinese)
        naming any that is not stored, with nothing deleted."""
        return self.store.delete(self.store.find_reports(list(file_names)))

    def correct(self, change: Correction, author: str) -> tuple[int, int]:
        """Save (or, emptied, withdraw) one correction by ``author``: (saved, withdrawn). CorrectionError (Chinese)
        when it no longer fits the stored report."""
        return self.store.correct([change], author)

    def ingest_files(self, paths: Iterable[Path], on_file: ProgressCallback | None = None) -> list[FileResult]:
        """Ingest uploaded files into the shared store (see ``ingest_files``)."""
        return ingest_files(self.store, paths, on_file)


def _choosing(conversation: Conversation, chosen: tuple[str, ...] | None) -> Conversation:
    """``conversation`` asking about the ``chosen`` reports from now on (all when None)."""
    if hasattr(conversation, "chosen_documents"):  # an assistant's own conversation; test doubles may lack it
        conversation.chosen_documents = chosen
    return conversation


def ingest_files(store: Store, paths: Iterable[Path], on_file: ProgressCallback | None = None) -> list[FileResult]:
    """Ingest each file; a refused file is reported (store untouched) and the others still go in."""
    paths = [Path(p) for p in paths]
    results = []
    for done, path in enumerate(paths):
        if on_file:
            on_file(done, len(paths), path.name)
        results.append(_ingest_one(store, path))
    return results


def _ingest_one(store: Store, path: Path) -> FileResult:
    """One file's result: the outcome, the IngestError's Chinese message, or a plain word about a reader bug.

    A bug in a reader must not cost the other files of an upload nor the page;
    the store's all-or-nothing write keeps the store as it was either way.
    """
    try:
        return FileResult(path.name, outcome=store.ingest(path))
    except IngestError as err:
        return FileResult(path.name, error=str(err))
    except Exception as err:  # a reader bug, not bad input: reported, logged with its traceback
        log.exception("ingest of %s failed", path)
        return FileResult(path.name, error=f"{path.name}：读取时程序出错（{type(err).__name__}），请把文件交给维护人员")


def sample_files(samples_dir: Path = SAMPLES_DIR) -> list[Path]:
    """The bundled reports, sorted."""
    return sorted(p for p in samples_dir.glob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)


def open_service(store_dir: Path | None = None, llm_config: LlmConfig | None = None) -> QAService:
    """Open the store, ingest the bundled sample if the store is empty, and start the Assistant.

    With ``llm_config`` the assistant routes what the rules do not understand to
    the LLM (assistant.llm); without it, the rules answer everything.

    The sample goes in before anyone can ask, so the first question is
    answered from it; a store that has documents is left as it is.
    """
    store = Store(store_dir)
    samples = sample_files()
    if samples and not store.documents():
        _report_seed(ingest_files(store, samples, _print_seed_progress))
    return QAService(store, open_assistant(store, llm_config))


def _print_seed_progress(done: int, total: int, name: str) -> None:
    """Say on the console why the first start takes a moment longer."""
    print(f"首次启动，库为空：正在导入示例报告 [{done + 1}/{total}] {name} …", flush=True)


def _report_seed(results: list[FileResult]) -> None:
    """Print the seed's summary, in the words of the documents panel."""
    from webapp.render import ingest_summary_lines

    for line in ingest_summary_lines(results):
        print(line, flush=True)
