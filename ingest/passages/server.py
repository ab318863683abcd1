"""A Chroma server named by URL (``JIXIAO_CHROMA_URL``, e.g. ``http://10.0.0.5:8000``): read and checked without
importing chromadb, so a wrong URL is said in Chinese when the store opens, not at the first topic question."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from ingest.sql_store import StoreUnavailable

CHROMA_URL_ENV = "JIXIAO_CHROMA_URL"
HEARTBEAT = "/api/v2/heartbeat"
"""The Chroma 1.x server's liveness route (what ``chromadb.HttpClient.heartbeat`` calls)."""
CHECK_SECONDS = 5.0
DEFAULT_PORT = 8000
"""``chroma run``'s port when none is given."""


@dataclass(frozen=True)
class ChromaServer:
    """Where a Chroma server listens: what ``chromadb.HttpClient`` takes."""

    host: str
    port: int
    ssl: bool

    @property
    def url(self) -> str:
        """The server's base URL."""
        return f"{'https' if self.ssl else 'http'}://{self.host}:{self.port}"


def chroma_server(url: str) -> ChromaServer:
    """Given ``http(s)://host[:port]``, return the server; StoreUnavailable in Chinese for anything else."""
    parts = urlsplit(url.strip())
    try:
        port = parts.port
    except ValueError:  # a port that is not a number
        port = -1
    if parts.scheme not in ("http", "https") or not parts.hostname or port == -1 or parts.path.strip("/"):
        raise StoreUnavailable(f"Chroma 服务地址 {url}（JIXIAO_CHROMA_URL）格式不对：应形如 http://主机:端口，"
                               "例如 http://127.0.0.1:8000")
    return ChromaServer(parts.hostname, port or DEFAULT_PORT, parts.scheme == "https")


def check_chroma_server(url: str) -> ChromaServer:
    """The server at ``url`` once it answered its heartbeat; StoreUnavailable in Chinese when it does not."""
    server = chroma_server(url)
    try:
        with urllib.request.urlopen(server.url + HEARTBEAT, timeout=CHECK_SECONDS) as response:
            response.read()
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise StoreUnavailable(
            f"连接不上 Chroma 服务 {server.url}（JIXIAO_CHROMA_URL）：{reason}。请确认已用 chroma run --path 目录 "
            f"--host 0.0.0.0 --port {server.port} 启动，且本机能访问该主机和端口。") from err
    return server
