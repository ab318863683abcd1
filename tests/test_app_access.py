"""Who may use the app and change its store: accounts with hashed passwords, roles, upload limits, temp files.

The upload handler is called as Gradio calls it (with the visitor's request), so the rule holds for a direct HTTP
call as for the page; a real app started with an accounts file refuses its API (Gradio's and ``/api/ask``) to a
visitor who has not logged in, and answers ``/api/ask`` once they have.
"""

from __future__ import annotations

import io
import json
import shutil
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import gradio as gr
import pytest

from assistant.engine import Assistant
from ingest.store import Store
from webapp.accounts import Access, load_accounts, main, new_account
from webapp.process import serving
from webapp.service import QAService
from webapp.ui import _ingest

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "000_714f557b0e494d5f.txt"


@pytest.fixture
def accounts_file(tmp_path: Path) -> Path:
    path = tmp_path / "accounts.txt"
    lines = [new_account("管理员", "operator", "口令一").line(), new_account("访客", "viewer", "口令二").line()]
    path.write_text("# 账号\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_passwords_are_checked_against_salted_hashes(accounts_file: Path) -> None:
    access = Access(load_accounts(accounts_file))
    assert access.check("管理员", "口令一") and not access.check("管理员", "口令二") and not access.check("无名", "x")
    assert "口令一" not in accounts_file.read_text(encoding="utf-8")
    assert access.may_upload("管理员") and not access.may_upload("访客") and not access.may_upload(None)
    assert Access({}).may_upload(None)  # no accounts file: an open app, as on one's own machine


def test_a_bad_accounts_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("张三:admin:00:00\n", encoding="utf-8")
    with pytest.raises(ValueError, match="第 1 行"):
        load_accounts(path)


def test_the_accounts_command_adds_an_account(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "accounts.txt"
    monkeypatch.setattr("sys.stdin", io.StringIO("新口令\n"))
    assert main(["add", "李四", "--role", "operator", "--file", str(path), "--password-stdin"]) == 0
    assert Access(load_accounts(path)).check("李四", "新口令")


def upload_copy(tmp_path: Path) -> str:
    """A copy of the sample where Gradio would put an upload."""
    target = tmp_path / "upload" / "报告.txt"
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(SAMPLE, target)
    return str(target)


@pytest.fixture
def service(tmp_path: Path) -> QAService:
    store = Store(tmp_path / "store")
    return QAService(store, Assistant(store))


def no_progress(*_args, **_kwargs) -> None:
    return None


def test_a_viewer_cannot_upload_and_the_upload_is_removed(service: QAService, accounts_file: Path,
                                                          tmp_path: Path) -> None:
    access = Access(load_accounts(accounts_file))
    upload = upload_copy(tmp_path)
    summary, *_ = _ingest(service, [upload], no_progress, access, gr.Request(username="访客"))
    assert "只有“管理”角色" in summary and service.documents() == []
    assert not Path(upload).exists()
    upload = upload_copy(tmp_path)
    summary, *_ = _ingest(service, [upload], no_progress, access, gr.Request(username="管理员"))
    assert "✓ 报告.txt" in summary and len(service.documents()) == 1 and not Path(upload).exists()


def test_a_file_over_the_limit_is_refused_unread(service: QAService, tmp_path: Path) -> None:
    summary, *_ = _ingest(service, [upload_copy(tmp_path)], no_progress, Access({}, max_upload_mb=0))
    assert "超过 0 MB 上限" in summary and service.documents() == []


def test_a_real_app_with_accounts_asks_for_a_login(accounts_file: Path, tmp_path: Path) -> None:
    (tmp_path / "app").mkdir()
    with serving(tmp_path / "app", ["--accounts", str(accounts_file)]) as app:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(app.url + "gradio_api/info", timeout=10)
        assert refused.value.code == 401
        question = urllib.request.Request(app.url + "api/ask", json.dumps({"question": "一共有多少个项目？"}).encode(),
                                          {"Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as anonymous:
            urllib.request.urlopen(question, timeout=30)
        assert anonymous.value.code == 401 and "请先登录" in json.loads(anonymous.value.read())["error"]
        visitor = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())  # keeps the login's cookie
        form = urllib.parse.urlencode({"username": "访客", "password": "口令二"}).encode()
        with visitor.open(urllib.request.Request(app.url + "login", data=form), timeout=10) as login:
            assert login.status == 200
        with visitor.open(question, timeout=30) as answered:
            assert 18 in [f["value"] for f in json.load(answered)["figures"]]
        with pytest.raises(urllib.error.HTTPError) as hidden:
            urllib.request.urlopen(app.url + "monitoring", timeout=10)
        assert hidden.value.code in (401, 404)
