"""``python -m assistant ask`` per DESIGN.md's command-line contract, on a real store folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.__main__ import main
from tests.fixtures.assistant_records import ENV_DOC, env_document, fill_store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli_store")
    fill_store(path, [env_document()])
    return path


def test_turns_are_one_conversation_in_json(store_dir: Path, capsys) -> None:
    assert main(["ask", "--store", str(store_dir), "--json", "大气项目的执行率是多少？", "那它的总分呢？"]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["figures"][0]["value"] == 98.98
    assert second["projects"] == [{"seq": 1, "name": "大气生态环境保护与监测", "document": ENV_DOC,
                                   "department": "示例市生态环境局", "year": 2024}]
    assert second["figures"][0]["value"] == 95.9
    assert set(first) >= {"question", "answer", "intent", "found", "projects", "figures", "citations"}


def test_text_output_ends_with_sources(store_dir: Path, capsys) -> None:
    assert main(["ask", "--store", str(store_dir), "核辐射的执行率"]) == 0
    out = capsys.readouterr().out
    assert "99.65%[1]" in out and "来源：\n[1] 示例市生态环境局 2024年度 自评表 第" in out


def test_batch_prints_the_last_turn_of_each_line(store_dir: Path, tmp_path: Path, capsys) -> None:
    batch = tmp_path / "questions.txt"
    batch.write_text("执行率最低的三个项目|第二个呢\n\n今天天气怎么样？\n", encoding="utf-8")
    assert main(["ask", "--store", str(store_dir), "--batch", str(batch)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [a["question"] for a in lines] == ["第二个呢", "今天天气怎么样？"]
    assert lines[0]["projects"][0]["seq"] == 4 and lines[1]["found"] is False


def test_missing_batch_file_is_a_usage_error(store_dir: Path, tmp_path: Path, capsys) -> None:
    assert main(["ask", "--store", str(store_dir), "--batch", str(tmp_path / "nope.txt")]) == 2
    assert "无法读取" in capsys.readouterr().err


def test_interactive_prompt_keeps_the_conversation(store_dir: Path, monkeypatch, capsys) -> None:
    replies = iter(["海洋项目的得分", "那它的执行率呢", "退出"])
    monkeypatch.setattr("builtins.input", lambda _prompt: next(replies))
    assert main(["ask", "--store", str(store_dir)]) == 0
    out = capsys.readouterr().out
    assert "99.92 分" in out and "99.24%" in out


def test_empty_store_says_how_to_ingest(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["ask", "--store", str(tmp_path / "empty"), "--json", "海洋项目的得分"]) == 0
    captured = capsys.readouterr()
    assert "python -m ingest data/samples/" in captured.err
    answer = json.loads(captured.out)
    assert answer["found"] is False and "python -m ingest" in answer["answer"]


def test_a_store_that_does_not_exist_is_named_not_created(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "typo" / "store"
    assert main(["ask", "--store", str(missing), "海洋项目的得分"]) == 2
    err = capsys.readouterr().err
    assert f"库目录 {missing} 不存在" in err and "python -m ingest" in err
    assert not (tmp_path / "typo").exists()


def test_module_runs_with_chinese_help() -> None:
    result = subprocess.run([sys.executable, "-m", "assistant", "ask", "--help"], cwd=ROOT, capture_output=True,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120, check=True)
    assert "问题" in result.stdout and "--batch" in result.stdout and "显示本帮助并退出" in result.stdout


def test_store_from_environment(store_dir: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "assistant", "ask", "--json", "党建项目的执行率"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, check=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "JIXIAO_STORE": str(store_dir)})
    assert json.loads(result.stdout)["figures"][0]["value"] == 81.48


@pytest.mark.parametrize("question", ["海洋项目的总分", "哪些项目涉及长三角", "哪些项目扣分了"])
def test_text_output_has_no_markdown_markers(store_dir: Path, capsys, question: str) -> None:
    assert main(["ask", question, "--store", str(store_dir)]) == 0
    out = capsys.readouterr().out
    assert "[1]" in out and "**" not in out and "__" not in out
    assert not any(line.lstrip().startswith(">") for line in out.splitlines())
