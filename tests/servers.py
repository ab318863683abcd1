"""A real PostgreSQL cluster and a real Chroma server for the server-deployment tests, each a throwaway process.

PostgreSQL: Debian's ``postgresql`` package (``.ci/run`` installs it). ``initdb``
makes a cluster in a temp folder, ``pg_ctl -w`` starts it on a free port and
returns once it accepts connections; the tests get a fresh database each. The
server refuses to run as root (CI is root), so there it runs as the ``postgres``
user the package creates. Chroma: ``chroma run --path <tmp> --port <free>`` from
the venv, ready when its heartbeat answers. Each fixture skips its tests, with
the reason, only when its server cannot start; it stops its server afterwards.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

STARTUP_SECONDS = 30.0
POLL_SECONDS = 0.05
"""How often a starting server is asked whether it is ready (each ask is the condition, not a guess of time)."""
SERVER_USER = "postgres"
_DATABASES = itertools.count(1)


def free_port() -> int:
    """A TCP port nobody listens on now (the OS picks it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def postgres_bin() -> Path | None:
    """The folder of Debian's PostgreSQL server programs (the newest installed), or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else None


def _as_server_user(command: list[str]) -> list[str]:
    """``command`` run as the postgres user when we are root (PostgreSQL refuses root), else as we are."""
    return ["runuser", "-u", SERVER_USER, "--", *command] if os.geteuid() == 0 else command


def _start_postgresql(folder: Path, port: int) -> None:
    """initdb a cluster in ``folder`` and start it on ``port``; CalledProcessError (with its output) if it fails."""
    bindir = postgres_bin()
    data = folder / "data"
    subprocess.run(_as_server_user([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "jixiao",
                                    "-E", "UTF8", "--no-instructions"]),
                   check=True, capture_output=True, text=True)
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off")
    subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                                    str(folder / "server.log"), "-w", "-t", str(int(STARTUP_SECONDS)), "start"]),
                   check=True, capture_output=True, text=True)


def _stop_postgresql(folder: Path) -> None:
    """Stop the cluster in ``folder`` at once (its data is thrown away)."""
    subprocess.run(_as_server_user([str(postgres_bin() / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate",
                                    "stop"]), capture_output=True)


@pytest.fixture(scope="session")
def postgresql_server() -> Iterator[str]:
    """A running throwaway PostgreSQL cluster; yields its base URL (``postgresql+psycopg://jixiao@127.0.0.1:PORT``)."""
    if postgres_bin() is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[server]')")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            pytest.skip("running as root and there is no postgres user to run PostgreSQL as")
    folder = Path(tempfile.mkdtemp(prefix="jixiao-pg-"))  # under /tmp, not pytest's root-only folder
    if os.geteuid() == 0:
        shutil.chown(folder, SERVER_USER)
    port = free_port()
    try:
        _start_postgresql(folder, port)
    except (subprocess.CalledProcessError, OSError) as err:  # OSError: runuser missing
        with contextlib.suppress(OSError):
            _stop_postgresql(folder)  # pg_ctl -w may give up on a server still starting
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"PostgreSQL did not start: {getattr(err, 'stderr', None) or err}")
    try:
        yield f"postgresql+psycopg://jixiao@127.0.0.1:{port}"
    finally:
        _stop_postgresql(folder)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(postgresql_server: str) -> str:
    """A fresh, empty database on the throwaway cluster, for one test."""
    name = f"test_{next(_DATABASES)}"
    admin = create_engine(f"{postgresql_server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return f"{postgresql_server}/{name}"


def _heartbeat(url: str) -> bool:
    """Whether a Chroma server answers at ``url``."""
    try:
        with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def chroma_server_url() -> Iterator[str]:
    """A running throwaway ``chroma run`` server; yields its URL (``http://127.0.0.1:PORT``)."""
    program = Path(sys.executable).with_name("chroma")
    if not program.exists():
        pytest.skip(f"the chroma command is not installed beside {sys.executable}")
    folder = Path(tempfile.mkdtemp(prefix="jixiao-chroma-"))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with (folder / "server.log").open("wb") as log:
        server = subprocess.Popen([str(program), "run", "--path", str(folder / "data"), "--host", "127.0.0.1",
                                   "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not _heartbeat(url):
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.skip(f"chroma run did not start: {(folder / 'server.log').read_text(errors='replace')[-500:]}")
            time.sleep(POLL_SECONDS)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def chroma_url(chroma_server_url: str) -> str:
    """The Chroma server, emptied of the store's collection for one test."""
    from ingest.passages.store import COLLECTION_NAME, chroma_client

    client = chroma_client(Path(tempfile.gettempdir()), chroma_server_url)
    if COLLECTION_NAME in {c.name for c in client.list_collections()}:
        client.delete_collection(COLLECTION_NAME)
    return chroma_server_url
