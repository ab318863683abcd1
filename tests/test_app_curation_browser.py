"""The checks of issue 11 that change the store, in the real app and real headless Chromium at a desktop, a projector
and a phone size: the scope selector changing an answer's scope, and a correction made in the 校对 tab changing the
name a later answer shows and surviving a new version of the report; also the 文档 tab's delete.

An app of its own on two reports of two departments (the sample and the water bureau's, ingested by the CLI before
the app starts), so selecting, deleting and correcting never disturb the other browser tests. Each size corrects a
different garbled name and imports its own new version of the sample, so the three sizes each show the whole check.
Screenshots go to artifacts/screenshots/; the main ones to docs/screens/ (tests/browser.py ``keep``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import (
    ANSWER_TIMEOUT,
    SIZES,
    ask,
    browser,
    browser_marks,
    choose,
    keep,
    open_tab,
    page_at_each_size,
    sized_page,
    upload,
)
from tests.test_app_browser import SAMPLE, second_report
from webapp.process import PROJECT_DIR, AppProcess, serving

WATER = PROJECT_DIR / "evals" / "documents" / "water_bureau_2023.txt"
SAMPLE_REPORT, WATER_REPORT = "上海市生态环境局 2024年度", "某市水务局 2023年度"
SAMPLE_BUDGET, WATER_BUDGET, BOTH_BUDGETS = "12,216.04", "4,174.96", "16,391.00"
"""The 全年预算数 totals of the sample (18 projects), the water bureau's report (4) and both."""

CORRECTIONS = {  # per size: the project's place, its name as printed, the name staff type, a question and its figure
    "1440x900": (4, "海洋生上态环境保护", "海洋生态环境保护", "海洋项目的执行率", "99.24"),
    "1280x720": (18, "环育、管理及后勤保障工作", "环境宣传教育、管理及后勤保障工作", "后勤保障项目的执行率", "94.34"),
    "390x844": (1, "生态环境监测、总量控制、环境统计(污夠杂源动态更新)、绿色发支展评价和口排污权交易管理",
                "生态环境监测、总量控制、环境统计(污染源动态更新)、绿色发展评价和排污权交易管理",
                "生态环境监测项目的执行率", "98.98"),
}
"""Three garbled names of the sample, one per window size."""

pytestmark = browser_marks
__all__ = ["browser", "page_at_each_size"]  # fixtures (tests/browser.py): a chromium, a page at each size


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppProcess]:
    """The app on a store holding the sample and the water bureau's report: ingested by ``python -m ingest`` first,
    so the app, finding the store not empty, adds nothing."""
    folder = tmp_path_factory.mktemp("curation-app")
    env = {**os.environ, "PYTHONPATH": str(PROJECT_DIR)}
    subprocess.run([sys.executable, "-m", "ingest", str(SAMPLE), str(WATER), "--store", str(folder / "store")],
                   cwd=PROJECT_DIR, env=env, check=True, capture_output=True, timeout=300)
    with serving(folder) as running:
        yield running


def test_the_scope_selector_changes_an_answers_scope(page):
    both = ask(page, "预算合计")
    assert BOTH_BUDGETS in both and "跨 2 份报告" in both.splitlines()[0]  # the sum across reports says so first
    choose(page, "#scope", WATER_REPORT)
    page.locator("#question textarea").click()  # the dropdown closed, as a person leaves it
    scoped = ask(page, "预算合计")
    first = scoped.splitlines()[0]
    assert WATER_BUDGET in first and WATER_REPORT in first and SAMPLE_REPORT not in scoped
    keep(page, "scope_selected", main=True)
    named = ask(page, "生态环境局的预算合计")  # a department the question names wins over the selector
    assert SAMPLE_BUDGET in named and WATER_BUDGET not in named


def test_a_correction_changes_the_name_in_a_later_answer_and_survives_a_new_version(page, tmp_path: Path):
    from playwright.sync_api import expect

    seq, garbled, right, question, figure = CORRECTIONS[page.size_name]
    place = f"第{seq}个项目 项目名称"
    open_tab(page, "校对")
    choose(page, "#correct-report", f"{SAMPLE_REPORT} · ")
    choose(page, "#correct-item", f"{place}：{garbled[:8]}", typed=place)
    expect(page.locator("#correct-printed")).to_contain_text(f"表上原文（{place}）：{garbled}")
    expect(page.locator("#correct-text textarea")).to_have_value(garbled)
    page.locator("#correct-text textarea").fill(right)
    page.locator("#correct-save").click()
    expect(page.locator("#correct-summary")).to_contain_text(f"已保存更正：{place} → {right}", timeout=ANSWER_TIMEOUT)
    expect(page.locator("#corrections")).to_contain_text(right)
    keep(page, "correction_saved")
    open_tab(page, "问答")
    answer = ask(page, question)
    assert right in answer and garbled not in answer and figure in answer
    sizes = list(SIZES)
    new_version = tmp_path / f"生态环境局2024_更正版_{page.size_name}.txt"  # each size its own new version
    new_version.write_bytes(SAMPLE.read_bytes() + b"\n" * (1 + sizes.index(page.size_name)))
    assert "替换了同一份报告的旧版本" in upload(page, new_version)
    open_tab(page, "问答")
    again = ask(page, f"{garbled}的执行率")  # the printed name still finds it; the answer says the right one
    assert right in again and garbled not in again and figure in again
    keep(page, "correction_kept", main=True)


def test_delete_a_report_in_the_documents_tab(browser, app: AppProcess, tmp_path: Path):
    from playwright.sync_api import expect

    page = sized_page(browser, app.url, "1440x900")
    report = second_report(tmp_path)
    assert f"✓ {report.name}" in upload(page, report)
    expect(page.locator("#documents")).to_contain_text(report.name, timeout=ANSWER_TIMEOUT)
    page.locator("#scope input").click()  # the selector lists it at once, told apart from the sample by its file
    expect(page.locator("#scope [role=option]").filter(has_text=f"{SAMPLE_REPORT} · {report.name}")).to_have_count(1)
    page.keyboard.press("Escape")
    for header in ("部门", "年度", "项目数", "导入时间"):
        assert header in page.locator("#documents").inner_text()
    choose(page, "#delete-choice", f"{SAMPLE_REPORT} · {report.name}")
    page.locator("#delete").click()
    expect(page.locator("#delete-question")).to_contain_text(f"确定删除 1 份报告：{report.name}")
    keep(page, "delete_report")
    page.locator("#delete-confirm").click()
    expect(page.locator("#delete-summary")).to_contain_text("共删除 1 份报告", timeout=ANSWER_TIMEOUT)
    expect(page.locator("#documents")).not_to_contain_text(report.name, timeout=ANSWER_TIMEOUT)
    assert WATER.name in page.locator("#documents").inner_text()
    open_tab(page, "问答")
    assert BOTH_BUDGETS in ask(page, "全局预算总额")  # the deleted report's two projects no longer counted
    page.context.close()
