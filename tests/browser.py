"""Driving the real app in Debian's headless chromium: shared by the browser test modules.

Chromium is Debian's (``apt-get install chromium``), found at ``$JIXIAO_CHROMIUM``
or /usr/bin/chromium; Playwright cannot download its own browser on this
network. Every wait here is on a condition the page shows, never a fixed sleep:
the tests run on a loaded two-core machine.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from webapp.process import PROJECT_DIR

CHROMIUM = Path(os.environ.get("JIXIAO_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ANSWER_TIMEOUT = 30_000
"""Milliseconds an answer may take on a loaded machine (about 1 s when idle)."""
SCREENSHOTS = PROJECT_DIR / "artifacts" / "screenshots"
"""Where the tests leave their pictures (git-ignored)."""
DOCS_SCREENS = PROJECT_DIR / "docs" / "screens"
"""Where the main pictures are kept for docs/screens.md (tracked: refreshed only with JIXIAO_UPDATE_SCREENSHOT=1)."""
DOCS_COLORS = 128
"""The main pictures are kept with a 128-colour palette: a third of the size, the text as sharp."""
SIZES = {"1440x900": (1440, 900), "1280x720": (1280, 720), "390x844": (390, 844)}
"""A desktop, a projector and a phone: every check of issue 11 is made at each."""

browser_marks = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"no chromium at {CHROMIUM} (apt-get install chromium, or set JIXIAO_CHROMIUM)"
    ),
]
"""The marks of every browser test module: marked, and skipped saying why when chromium is missing."""


@contextmanager
def chromium() -> Iterator:
    """A headless Debian chromium driven by Playwright, closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def open_page(browser, url: str, width: int = 1400, height: int = 1100, locale: str = "zh-CN"):
    """A fresh session (its own context and conversation) on the app, once the question box is there."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale=locale)
    page = context.new_page()
    page.goto(url, wait_until="load")  # "networkidle" never settles on Gradio
    page.locator("#question textarea").wait_for()
    return page


def ask(page, question: str) -> str:
    """Type ``question``, press 提问, and return the new answer's text once it is shown."""
    before = page.locator("#chat .bot-row").count()
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()
    return wait_for_answer(page, before)


def wait_for_answer(page, before: int) -> str:
    """The text of the first bot message after the ``before`` already shown, once its event has finished (the
    question box is emptied last): clicking on while the event still runs is what made tests flaky under load."""
    from playwright.sync_api import expect

    answer = page.locator("#chat .bot-row").nth(before)
    answer.wait_for(timeout=ANSWER_TIMEOUT)
    expect(page.locator("#question textarea")).to_have_value("", timeout=ANSWER_TIMEOUT)
    return answer.inner_text()


def screenshot(page, name: str) -> Path:
    """Save what the window shows now as ``artifacts/screenshots/<name>.png``."""
    path = SCREENSHOTS / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path))
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator:
    """One chromium for a module's tests (each test opens its own context, i.e. its own session)."""
    with chromium() as launched:
        yield launched


@pytest.fixture(params=list(SIZES), ids=list(SIZES), name="page")
def page_at_each_size(request: pytest.FixtureRequest, browser, app) -> Iterator:
    """A fresh session on the module's ``app`` at each of the three window sizes in turn (``page.size_name``)."""
    opened = sized_page(browser, app.url, request.param)
    yield opened
    opened.context.close()


def sized_page(browser, url: str, size: str):
    """A fresh session at one of the SIZES, the size's name kept as ``page.size_name`` for its screenshots."""
    opened = open_page(browser, url, *SIZES[size])
    opened.size_name = size
    return opened


def keep(page, name: str, main: bool = False) -> Path:
    """Save the window as ``artifacts/screenshots/<name>_<size>.png``; a ``main`` picture is also copied to
    docs/screens/ (with a palette, to keep the repository small) when JIXIAO_UPDATE_SCREENSHOT=1 or it is missing."""
    shot = screenshot(page, f"{name}_{page.size_name}")
    if main:
        keep_for_docs(shot, DOCS_SCREENS / shot.name)
    return shot


def keep_for_docs(shot: Path, target: Path) -> None:
    """Copy a test's picture into docs/ with a palette, when JIXIAO_UPDATE_SCREENSHOT=1 or it is missing there: the
    tracked pictures change only when asked, so test runs keep the tree clean."""
    if os.environ.get("JIXIAO_UPDATE_SCREENSHOT") or not target.exists():
        from PIL import Image

        target.parent.mkdir(parents=True, exist_ok=True)
        with Image.open(shot) as picture:
            picture.convert("RGB").quantize(colors=DOCS_COLORS).save(target, optimize=True)


def open_tab(page, name: str) -> None:
    """Click the tab named ``name``; at every size each tab is in view (none is folded into a “更多页” menu)."""
    from playwright.sync_api import expect

    tab = page.get_by_role("tab", name=name)
    expect(tab).to_be_visible()
    tab.click()
    expect(tab).to_have_attribute("aria-selected", "true")


def upload(page, *paths: Path) -> str:
    """Upload ``paths`` in the 文档 tab and return the ingest summary once it is complete."""
    open_tab(page, "文档")
    page.locator("#upload input[type=file]").set_input_files([str(p) for p in paths])
    summary = page.locator("#ingest-summary")
    summary.get_by_text("完成：").wait_for(timeout=60_000)
    return summary.inner_text()


def choose(page, dropdown: str, option: str, typed: str = "") -> None:
    """Open a dropdown and click the option named ``option``; with ``typed``, first type it as a person does, to
    filter the options (a dropdown lists only its first 100), once they are there (校对's items come after its report
    is chosen). Gradio filters on key presses: text set at once (``fill``) filters nothing."""
    field = page.locator(f"{dropdown} input")
    field.click()
    if typed:
        page.locator(f"{dropdown} [role=option]").first.wait_for(timeout=ANSWER_TIMEOUT)
        field.press_sequentially(typed)
    choice = page.locator(f"{dropdown} [role=option]").filter(has_text=option).first
    choice.wait_for(timeout=ANSWER_TIMEOUT)
    choice.click()


HEADLINE_IN_VIEW = """() => {
    const chat = document.querySelector('#chat');
    const question = chat && [...chat.querySelectorAll('.user-row')].pop();
    if (!question) return false;
    const answer = [...chat.querySelectorAll('.bot-row')]
        .find(row => question.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (!answer) return false;
    let box = answer.parentElement;
    while (box && box !== document.body && box.scrollHeight <= box.clientHeight + 1) box = box.parentElement;
    const frame = box && box !== document.body ? box.getBoundingClientRect() : {top: 0, bottom: innerHeight};
    const top = answer.getBoundingClientRect().top;
    return top >= Math.max(frame.top, 0) && top + 24 <= Math.min(frame.bottom, innerHeight);
}"""
"""True once the first line of the newest answer (its headline) is on screen, inside the chat's scrolling box."""


def wait_for_headline(page) -> None:
    """Wait until the newest answer's headline is in view (the page scrolls there after each answer)."""
    page.wait_for_function(HEADLINE_IN_VIEW, timeout=ANSWER_TIMEOUT)
