"""A store served from servers (issue 12, item 5): the side table and the passages' words on a real PostgreSQL, the
vectors in a real ``chroma run`` server (tests/servers.py), and each ``Store`` in a folder of its own, as the app
processes of two machines would be.

What must hold: the sample ingests and answers as it does in a store folder
(same records, same word ranking, same answers), nothing of it lands in the folder; one
process sees another's ingest, deletion and correction at its next question;
an unchanged file is skipped before it is read; a write waits for another
process's write; a wrong or unreachable server is said in Chinese, with no
traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

import ingest.store
from assistant.engine import Assistant
from ingest.records import Correction
from ingest.sql_store import StoreUnavailable, writer_lock
from ingest.store import Store
from tests import servers, test_store_crashes

postgresql_server, pg_url = servers.postgresql_server, servers.pg_url  # the fixtures this module uses
chroma_server_url, chroma_url = servers.chroma_server_url, servers.chroma_url

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "000_714f557b0e494d5f.txt"
SECOND = ROOT / "tests" / "fixtures" / "second_report.txt"
TOPICS = ("哪些项目提到了碳市场", "哪些项目涉及长三角区域协作？", "清洁生产审核是哪个项目在做")
FOLDER_FILES = ("side_table.sqlite", "passage_words.sqlite", "chroma")
"""What a store folder holds when it keeps everything itself; a server store's folder holds none of it."""


@pytest.fixture
def machine(pg_url: str, chroma_url: str, tmp_path: Path):  # noqa: ANN201 - a Store factory
    """Open the shared store as one more app process would on a machine of its own: its own folder, the same URLs
    (with ``plain``, the database's as users write it, without a driver: postgresql://…)."""
    def open_store(name: str, plain: bool = False) -> Store:
        url = pg_url.replace("postgresql+psycopg://", "postgresql://") if plain else pg_url
        return Store(tmp_path / name, db_url=url, chroma_url=chroma_url)

    return open_store


def seqs(answer) -> list[int]:  # noqa: ANN001 - an Answer
    """The project seqs an answer names, in its order."""
    return [p.seq for p in answer.projects]


def test_the_sample_answers_over_servers_as_it_does_in_a_folder(machine, tmp_path: Path) -> None:  # noqa: ANN001
    served = machine("a")
    assert served.ingest(SAMPLE).status == "added"
    assert not [name for name in FOLDER_FILES if (served.dir / name).exists()]
    folder = Store(tmp_path / "folder")
    folder.ingest(SAMPLE)
    assert served.documents() == folder.documents()
    served_answers, folder_answers = Assistant(served), Assistant(folder)
    for question in TOPICS:  # the words rank alike; the vectors' approximate search may order its tail otherwise
        assert served.passages.words.ranked(question) == folder.passages.words.ranked(question), question
        best = [[hit.text for hit in store.passages.search(question)[:2]] for store in (served, folder)]
        assert best[0] == best[1], question
        answer = served_answers.ask(question)
        assert answer.found and seqs(answer) == seqs(folder_answers.ask(question)), question
    assert seqs(served_answers.ask("哪些项目提到了碳市场")) == [9]
    for question in ("哪些项目扣分了", "海洋项目的执行率"):
        answer = served_answers.ask(question)
        assert answer.found and answer == folder_answers.ask(question), question


def test_two_app_processes_see_each_others_ingest_correction_and_delete(machine) -> None:  # noqa: ANN001
    first, second = machine("a"), machine("b", plain=True)
    asks_first, asks_second = Assistant(first), Assistant(second)
    assert not asks_second.ask("哪些项目提到了碳市场").found  # loaded empty: must not stay cached
    first.ingest(SAMPLE)
    assert seqs(asks_second.ask("哪些项目提到了碳市场")) == [9]
    assert second.ingest(SECOND).status == "added"
    assert [d.file_name for d in first.documents()] == sorted([SAMPLE.name, SECOND.name])
    assert first.passages.count(SECOND.name) == second.passages.count(SECOND.name) > 0
    garbled, right = "海洋生上态环境保护", "海洋生态环境保护"
    change = Correction(SAMPLE.name, 4, None, "project_name", garbled, right)
    assert first.correct([change], author="张三") == (1, 0)
    assert right in asks_second.ask("海洋项目的执行率").answer
    second.delete(second.find_reports([SAMPLE.name]))
    assert [d.file_name for d in first.documents()] == [SECOND.name]
    assert first.passages.count(SAMPLE.name) == 0
    assert first.passages.search("碳市场", documents=[SAMPLE.name]) == []
    assert not asks_first.ask("哪些项目提到了碳市场").found


def test_an_unchanged_file_is_skipped_before_it_is_read_by_any_process(machine, monkeypatch) -> None:  # noqa: ANN001
    machine("a").ingest(SAMPLE)
    other = machine("b")

    def must_not_read(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("an unchanged file was parsed")

    monkeypatch.setattr(ingest.store, "read_report", must_not_read)
    outcome = other.ingest(SAMPLE)
    assert (outcome.status, outcome.projects) == ("unchanged", 18)
    assert outcome.passages == other.passages.count(SAMPLE.name) > 18


def test_a_write_waits_while_another_process_writes(machine, pg_url: str) -> None:  # noqa: ANN001
    store = machine("a")
    held, release = threading.Event(), threading.Event()

    def another_process_writing() -> None:
        with writer_lock(create_engine(pg_url)):
            held.set()
            release.wait()

    holder = threading.Thread(target=another_process_writing)
    holder.start()
    try:
        held.wait()
        writer = threading.Thread(target=store.ingest, args=(SECOND,))
        writer.start()
        with create_engine(pg_url).connect() as conn:  # the condition: our writer waits on the advisory lock
            while not conn.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
                                   ).scalar():
                assert writer.is_alive(), "the write did not wait for the other process's"
                conn.commit()
                time.sleep(servers.POLL_SECONDS)
        assert not store.documents()
    finally:
        release.set()
        holder.join()
    writer.join()
    assert [d.file_name for d in store.documents()] == [SECOND.name]


@pytest.fixture
def servers_in_env(pg_url: str, chroma_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The URLs in the environment, where ``Store()`` and a ``python -m ingest`` child process read them."""
    monkeypatch.setenv(ingest.store.DB_URL_ENV, pg_url)
    monkeypatch.setenv(ingest.store.CHROMA_URL_ENV, chroma_url)


@pytest.mark.parametrize("point", ["sql_written", "passages_written", "committed"])
def test_an_ingest_killed_at_each_write_boundary_leaves_the_servers_whole(servers_in_env, point: str,  # noqa: ANN001
                                                                          tmp_path: Path) -> None:
    """tests/test_store_crashes.py's own test, run on the servers: PostgreSQL rolls back a killed process's
    transaction, and the next process's sweep clears what it left in the word index and the Chroma server."""
    test_store_crashes.test_a_new_report_killed_at_each_boundary(point, tmp_path)


def test_a_replacing_version_killed_after_its_passages_leaves_one_whole(servers_in_env, tmp_path: Path) -> None:  # noqa: ANN001
    test_store_crashes.test_a_replacing_version_killed_at_each_boundary("passages_written", tmp_path)


def test_app_processes_starting_together_create_the_tables_once(pg_url: str, tmp_path: Path) -> None:
    start = threading.Barrier(4)
    failures: list[BaseException] = []

    def open_at_once(name: str) -> None:
        start.wait()
        try:
            Store(tmp_path / name, db_url=pg_url).passages.words.count()
        except BaseException as err:  # noqa: BLE001 - collected, then shown by the assertion
            failures.append(err)

    openers = [threading.Thread(target=open_at_once, args=(f"m{n}",)) for n in range(4)]
    for opener in openers:
        opener.start()
    for opener in openers:
        opener.join()
    assert failures == []


CLOSED = f"127.0.0.1:{servers.free_port()}"
"""A port nobody listens on."""


@pytest.mark.parametrize(("arguments", "words"), [
    ({"db_url": f"postgresql+psycopg://jixiao:secret@{CLOSED}/store"}, ("无法打开数据库", "连接不上数据库")),
    ({"db_url": "这不是地址"}, ("无法打开数据库", "地址格式不对")),
    ({"chroma_url": f"http://{CLOSED}"}, ("连接不上 Chroma 服务", "chroma run")),
    ({"chroma_url": "localhost"}, ("格式不对", "http://主机:端口")),
])
def test_a_wrong_or_unreachable_server_is_said_in_chinese(tmp_path: Path, arguments: dict, words: tuple) -> None:
    with pytest.raises(StoreUnavailable) as refused:
        Store(tmp_path, **arguments)
    message = str(refused.value)
    assert all(word in message for word in words), message
    assert "secret" not in message


def test_a_command_on_an_unreachable_database_ends_with_the_message_and_no_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "JIXIAO_DB_URL": f"postgresql+psycopg://jixiao@{CLOSED}/store",
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "ingest", "list", "--store", str(tmp_path)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "无法打开数据库" in done.stderr and "JIXIAO_DB_URL" in done.stderr
    assert "Traceback" not in done.stderr
