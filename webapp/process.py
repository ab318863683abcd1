"""Run ``python app.py`` in a child process on a free port and wait until it serves: for tests and benchmarks.

Tests and the latency benchmark must exercise the real start-up (flags,
first-start sample ingest, Gradio's server), not an in-process shortcut, and
they must all start and stop it the same way.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
READY_TIMEOUT = 90.0
"""Seconds to wait for the first page; far above the 10 s target, so a slow CI machine fails on numbers, not here."""


def free_port() -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class AppProcess:
    """A running app: its URL, the process, how long it took to serve, and its console output file."""

    url: str
    process: subprocess.Popen
    ready_seconds: float
    log_path: Path

    def log(self) -> str:
        """Everything the app printed so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """Stop the app (SIGTERM, then SIGKILL after 10 s)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def start_app(store_dir: Path, log_path: Path, port: int | None = None, extra_args: Sequence[str] = ()) -> AppProcess:
    """Start ``app.py`` on ``store_dir`` (with ``extra_args``: --accounts …) and return once its page answers; raise
    with its output if it dies or hangs."""
    port = port or free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    started = time.perf_counter()
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, str(PROJECT_DIR / "app.py"), "--host", "127.0.0.1", "--port", str(port)]
            + ["--store", str(store_dir), *extra_args],
            cwd=PROJECT_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    app = AppProcess(url, process, 0.0, log_path)
    try:
        _wait_until_serving(app, started)
    except RuntimeError:
        app.stop()
        raise
    app.ready_seconds = time.perf_counter() - started
    return app


def _wait_until_serving(app: AppProcess, started: float) -> None:
    """Poll the page every 50 ms until it answers 200."""
    while time.perf_counter() - started < READY_TIMEOUT:
        if app.process.poll() is not None:
            raise RuntimeError(f"app.py exited with {app.process.returncode}:\n{app.log()}")
        try:
            with urllib.request.urlopen(app.url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.05)
    raise RuntimeError(f"app.py did not serve {app.url} within {READY_TIMEOUT:.0f} s:\n{app.log()}")


@contextmanager
def serving(folder: Path, extra_args: Sequence[str] = ()) -> Iterator[AppProcess]:
    """The app on the store ``folder/store`` (empty at first: the sample goes in), logging to ``folder/app.log``."""
    app = start_app(folder / "store", folder / "app.log", extra_args=extra_args)
    try:
        yield app
    finally:
        app.stop()
