"""The CLI and the app take an LLM from flags or JIXIAO_LLM_*: off by default, refused clearly when misconfigured.

Runs the real CLI as a subprocess on a real store; the configured endpoint is a
local port nothing listens on, so the LLM path fails and the rule answer shows.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from webapp.__main__ import build_parser as app_parser
from assistant.engine import Assistant
from assistant.llm import open_assistant
from assistant.llm.config import config_from_args
from assistant.llm.routing import RoutedAssistant
from ingest.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "000_714f557b0e494d5f.txt"
NOT_UNDERSTOOD = "哪个项目更值得表扬？"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    Store(folder).ingest(SAMPLE)
    return folder


def dead_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ask(store_dir: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """``python -m assistant ask --json`` with a clean LLM environment plus ``env``."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("JIXIAO_LLM_")}
    return subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "--store", str(store_dir), "--json", *args],
        capture_output=True, text=True, cwd=ROOT, env={**clean, **(env or {})}, timeout=120,
    )


def test_without_llm_the_cli_answers_by_rules(store_dir: Path) -> None:
    result = ask(store_dir, "海洋生态环境保护项目的自评得分是多少？")
    answer = json.loads(result.stdout)
    assert answer["mode"] == "rules" and answer["figures"][0]["value"] == 99.92


def test_a_misconfigured_llm_is_refused_in_chinese(store_dir: Path) -> None:
    result = ask(store_dir, "--llm-provider", "openai", "海洋项目的得分")
    assert result.returncode == 2
    assert "大模型配置有误" in result.stderr and "--llm-model" in result.stderr


def test_an_unreachable_llm_falls_back_to_the_rule_answer(store_dir: Path) -> None:
    env = {"JIXIAO_LLM_PROVIDER": "ollama", "JIXIAO_LLM_MODEL": "qwen2.5",
           "JIXIAO_LLM_BASE_URL": f"http://127.0.0.1:{dead_port()}", "JIXIAO_LLM_TIMEOUT": "5"}
    answer = json.loads(ask(store_dir, NOT_UNDERSTOOD, env=env).stdout)
    assert answer["mode"] == "rules_fallback" and answer["found"] is False
    assert answer["figures"] == []


def test_the_app_flags_build_the_routed_assistant(store_dir: Path) -> None:
    args = app_parser().parse_args(["--llm-provider", "ollama", "--llm-model", "qwen2.5"])
    config = config_from_args(args, environ={})
    assert (config.provider, config.model) == ("ollama", "qwen2.5")
    assert isinstance(open_assistant(Store(store_dir), config), RoutedAssistant)
    assert type(open_assistant(Store(store_dir), config_from_args(app_parser().parse_args([]), environ={}))) is Assistant
