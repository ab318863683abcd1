"""The real app in a real headless chromium: ask, read the answer and its sources, click an example, upload.

Each test opens its own page, i.e. its own Gradio session and conversation
(helpers: tests/browser.py). The picture of the app answering
"哪些项目扣分了，为什么？" goes to artifacts/screenshots/lost_points.png;
``JIXIAO_UPDATE_SCREENSHOT=1`` also copies it to docs/screenshot.png for the README.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.pdf.render import render_report
from ingest.reading import read_report
from tests.browser import (
    ANSWER_TIMEOUT,
    ask,
    browser_marks,
    chromium,
    keep_for_docs,
    open_page,
    upload,
    wait_for_answer,
    wait_for_headline,
)
from webapp.process import PROJECT_DIR, AppProcess, serving

SAMPLE = PROJECT_DIR / "data" / "samples" / "000_714f557b0e494d5f.txt"
SCREENSHOT = PROJECT_DIR / "artifacts" / "screenshots" / "lost_points.png"
README_SCREENSHOT = PROJECT_DIR / "docs" / "screenshot.png"
"""Tracked: refreshed from the test's picture only with JIXIAO_UPDATE_SCREENSHOT=1, so test runs keep the tree clean."""
SAMPLE_REPORT = "上海市生态环境局 2024年度 自评表"
"""How the sources panel names the sample report (its file name is the tooltip)."""

pytestmark = browser_marks


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppProcess]:
    with serving(tmp_path_factory.mktemp("browser-app")) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser, app: AppProcess) -> Iterator:
    """A fresh session on the app, in a Chinese-locale window wide enough for the side-by-side layout."""
    opened = open_page(browser, app.url)
    yield opened
    opened.context.close()


def sources_text(page) -> str:
    return page.locator("#sources").inner_text()


def test_type_a_question_and_read_the_answer_its_sources_and_chart(page):
    answer = ask(page, "执行率最低的三个项目")
    assert "63.23" in answer and "66.88" in answer and "党建、群建工作" in answer
    table = sources_text(page)
    for header in ("#", "位置", "项目", "行", "原文"):  # 报告: one report, named once above the table
        assert header in table
    assert f"均出自{SAMPLE_REPORT}" in table and "党建、群建工作" in table and "000_714f557b0e494d5f.txt" not in table
    assert page.locator("#sources th", has_text="报告").is_hidden()
    assert page.locator("#chart svg").is_visible()


def test_click_an_example_and_save_the_screenshot(page):
    before = page.locator("#chat .bot-row").count()
    page.get_by_role("button", name="哪些项目扣分了，为什么？").click()
    answer = wait_for_answer(page, before)
    assert "生态环境监测" in answer and "第11个项目（名称缺失）" in answer
    assert "**" not in answer  # every bold name rendered, the nameless one's （名称缺失） before 共扣 too
    assert SAMPLE_REPORT in sources_text(page)
    wait_for_headline(page)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    keep_for_docs(SCREENSHOT, README_SCREENSHOT)


def test_follow_ups_stay_in_their_own_session(browser, app: AppProcess, page):
    other = open_page(browser, app.url)
    ask(page, "大气生态环境保护项目的执行率是多少？")
    ask(other, "海洋生态环境保护项目的执行率是多少？")
    assert "99.98" in ask(page, "那它的总分呢？")
    assert "99.92" in ask(other, "那它的总分呢？")
    other.context.close()


@pytest.mark.parametrize("clear", ["#clear", "#chat button[aria-label='清空对话']"], ids=["button", "chat-bin-icon"])
def test_clear_starts_a_new_conversation(page, clear: str):
    ask(page, "大气生态环境保护项目的执行率是多少？")
    page.locator(clear).click()
    page.locator("#chat .bot-row").first.wait_for(state="detached")
    # the server has forgotten the conversation once the clearing event's outputs are shown (the chat itself
    # empties at once in the browser): asking before that raced the old conversation under load
    page.locator("#sources .sources-empty").wait_for(timeout=ANSWER_TIMEOUT)
    assert "99.98" not in ask(page, "那它的总分呢？")


def second_report(folder: Path) -> Path:
    """A second report to upload: the sample's first two projects drawn as a PDF in the national template.

    Two projects with high 执行率 keep the other tests' rankings unchanged.
    """
    doc = read_report(SAMPLE)
    doc.projects = doc.projects[:2]
    pdf = folder / "第二份报告.pdf"
    render_report(doc, pdf)
    return pdf


def test_upload_a_report_and_see_it_listed(page, tmp_path: Path):
    report = second_report(tmp_path)
    summary = upload(page, report)
    assert f"✓ {report.name}" in summary
    assert report.name in page.locator("#documents").inner_text()


def test_broken_files_show_the_ingest_errors_and_the_app_keeps_working(page, tmp_path: Path):
    broken = tmp_path / "损坏的报告.pdf"
    broken.write_bytes(b"%PDF-1.7\n this is not really a PDF \x00\x01")
    word = tmp_path / "报告.docx"
    word.write_bytes(b"PK\x03\x04\x00\x00 a zip archive")
    summary = upload(page, broken, word)
    assert f"✗ 导入失败：{broken.name}：" in summary
    assert f"✗ 导入失败：{word.name}：既不是 PDF、Excel、Word、网页也不是文本文件" in summary
    assert summary.count("（库未改动）") == 2
    listed = page.locator("#documents").inner_text()
    assert broken.name not in listed and word.name not in listed
    page.get_by_role("tab", name="问答").click()
    assert "63.23" in ask(page, "执行率最低的三个项目")


def test_findings_are_listed_per_project(page):
    page.get_by_role("tab", name="核对发现").click()
    table = page.locator("#findings").inner_text()
    for header in ("文档", "项目", "类型", "说明", "页/行"):
        assert header in table


HOSTILE = ('<img src="http://127.0.0.1:9/q.png"><a href="https://evil.example/">点我</a><form><input name="q"></form>'
           '[链接](javascript:alert(1))')


def live_elements(page) -> int:
    """Elements anywhere on the page a report or a question could have planted (images, links, frames), and forms
    or inputs in the chat or the sources table (the table's own hidden CSV upload aside)."""
    return page.locator("img[src*='127.0.0.1:9'], a[href*='evil'], a[href^='javascript'], iframe, "
                        "#chat form, #chat input, #sources form, #sources input:not([data-testid='file-upload'])").count()


def test_html_in_a_question_or_a_report_stays_text(page, tmp_path: Path):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    shown = ask(page, f"海洋项目的得分{HOSTILE}")
    assert live_elements(page) == 0 and "<img" in page.locator("#chat").inner_text()
    report = tmp_path / "带标签的报告.txt"
    report.write_text(SAMPLE.read_text(encoding="utf-8").replace("据实调整培训次数", f"据实调整{HOSTILE}培训次数"),
                      encoding="utf-8")
    summary = upload(page, report)
    assert f"✓ {report.name}" in summary
    page.get_by_role("tab", name="问答").click()
    shown = ask(page, "哪些指标扣分了")
    assert "培训次数" in shown and live_elements(page) == 0
    assert not [url for url in requested if "127.0.0.1:9" in url or "evil.example" in url]
