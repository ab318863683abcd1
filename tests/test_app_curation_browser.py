"""The 文档 tab's delete and the 校对 tab in the real app, in real headless Chromium.

An app of its own (a fresh store), so deleting and correcting never disturb the other browser tests. The
correction test edits a garbled project name in the 校对 tab, sees the corrected name in a later answer, and
imports a new version of the report (another file name) to see the correction survive it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import ANSWER_TIMEOUT, CHROMIUM, ask
from tests.test_app_browser import SAMPLE, browser, page, second_report, upload
from webapp.process import PROJECT_DIR, AppProcess, serving

__all__ = ["browser", "page"]  # fixtures shared with test_app_browser (pytest finds them by name in this module)

GARBLED, RIGHT = "海洋生上态环境保护", "海洋生态环境保护"
SCREENSHOTS = PROJECT_DIR / "artifacts" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no chromium at {CHROMIUM} (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppProcess]:
    with serving(tmp_path_factory.mktemp("curation-app")) as running:
        yield running


def choose(page, dropdown: str, option: str, typed: str = "") -> None:
    """Open a dropdown (typing ``typed`` to filter it) and click the option named ``option``."""
    field = page.locator(f"{dropdown} input")
    field.click()
    if typed:
        field.fill(typed)
    choice = page.get_by_role("option", name=option).first
    choice.wait_for(timeout=ANSWER_TIMEOUT)
    choice.click()


def test_delete_a_report_in_the_documents_tab(page, tmp_path: Path):
    from playwright.sync_api import expect

    report = second_report(tmp_path)
    assert f"✓ {report.name}" in upload(page, report)
    expect(page.locator("#documents")).to_contain_text(report.name, timeout=ANSWER_TIMEOUT)
    for header in ("部门", "年度", "项目数", "导入时间"):
        assert header in page.locator("#documents").inner_text()
    choose(page, "#delete-choice", f"上海市生态环境局 2024年度 · {report.name}")
    page.locator("#delete").click()
    expect(page.locator("#delete-question")).to_contain_text(f"确定删除 1 份报告：{report.name}")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "delete_report.png"), full_page=True)
    page.locator("#delete-confirm").click()
    expect(page.locator("#delete-summary")).to_contain_text("共删除 1 份报告", timeout=ANSWER_TIMEOUT)
    expect(page.locator("#documents")).not_to_contain_text(report.name, timeout=ANSWER_TIMEOUT)
    assert SAMPLE.name in page.locator("#documents").inner_text()
    page.get_by_role("tab", name="问答").click()
    assert "12,216.04" in ask(page, "全局预算总额")  # the deleted report's two projects no longer counted


def test_correct_a_name_in_the_corrections_tab_and_keep_it_across_a_new_version(page, tmp_path: Path):
    from playwright.sync_api import expect

    page.get_by_role("tab", name="校对").click()
    choose(page, "#correct-report", f"上海市生态环境局 2024年度 · {SAMPLE.name}")
    choose(page, "#correct-item", f"第4个项目 项目名称：{GARBLED}", typed="第4个项目 项目名称")
    expect(page.locator("#correct-printed")).to_contain_text(f"表上原文（第4个项目 项目名称）：{GARBLED}")
    expect(page.locator("#correct-text textarea")).to_have_value(GARBLED)
    page.locator("#correct-text textarea").fill(RIGHT)
    page.locator("#correct-save").click()
    expect(page.locator("#correct-summary")).to_contain_text(f"已保存更正：第4个项目 项目名称 → {RIGHT}",
                                                             timeout=ANSWER_TIMEOUT)
    expect(page.locator("#corrections")).to_contain_text(RIGHT)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "corrections.png"), full_page=True)
    page.get_by_role("tab", name="问答").click()
    answer = ask(page, "海洋项目的执行率")
    assert RIGHT in answer and GARBLED not in answer and "99.24" in answer
    new_version = tmp_path / "生态环境局2024_更正版.txt"
    new_version.write_bytes(SAMPLE.read_bytes() + b"\n")
    assert f"替换了同一份报告的旧版本 {SAMPLE.name}" in upload(page, new_version)
    page.get_by_role("tab", name="问答").click()
    assert RIGHT in ask(page, f"{GARBLED}的总分")  # the printed name still finds it; the answer says the right one
