"""The sources panel: rows numbered as the answer's markers, in words a person can check, and each row opened in
place — a PDF page crop with the row highlighted (real pdfplumber on a real PDF), or a text report's lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.originals import keep_original
from ingest.pdf.render import render_report
from ingest.reading import read_report
from ingest.records import Document
from ingest.store import Store
from tests.fixtures.web_answers import DOC, lost_points_answer, ranking_answer
from webapp.chinese_ui import ChineseLocale, pin_locale
from webapp.source_view import best_row, preview_html, preview_source, row_crop, table_bands, text_context
from webapp.sources import SOURCE_HEADERS, StoreNames, source_rows, sources_html

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "samples" / DOC


def stored_names() -> StoreNames:
    document = Document(DOC, "0" * 64, "上海市生态环境局", 2024, "text", None, [])
    return StoreNames.of([document])


def test_rows_are_numbered_as_the_markers_and_say_report_place_project_row_and_text():
    rows = source_rows(ranking_answer(), stored_names())
    assert SOURCE_HEADERS == ["#", "报告", "位置", "项目", "行", "原文"]
    assert rows[0].cells() == ["1", "上海市生态环境局 2024年度 自评表", "第157行", "7. 全市生态环境保护重点工作保障",
                               "项目资金", "年度资金总额 63.23"]
    assert [row.number for row in rows] == [1, 2, 3] and rows[0].file_name == DOC


def test_the_answers_own_citation_fields_come_first():
    answer = ranking_answer()
    answer["citations"][0] |= {"report": "水务局 2023年度自评表", "location": "第3页", "project": "7. 供水",
                               "label": "项目资金·年度资金总额", "printed": "年度资金总额 499.96 499.96 316.13 10.00 63.23 6.32"}
    assert source_rows(answer, stored_names())[0].cells()[1:] == [
        "水务局 2023年度自评表", "第3页", "7. 供水", "项目资金·年度资金总额", "年度资金总额 499.96 499.96 316.13 10.00 63.23 6.32"]
    answer["citations"][1] |= {"department": "水务局", "year": 2023}
    assert source_rows(answer, stored_names())[1].report == "水务局 2023年度 自评表"


def test_a_project_not_listed_by_the_answer_is_named_from_the_store_and_an_unknown_report_by_its_file():
    answer = lost_points_answer() | {"projects": []}
    names = StoreNames({}, {(DOC, 1): "生态环境监测"})
    assert source_rows(answer, names)[0].project == "1. 生态环境监测"
    assert source_rows(answer)[0].project == "1. 第1个项目" and source_rows(answer)[0].report == DOC


def test_the_panel_is_escaped_names_each_field_for_the_phone_cards_and_shows_the_file_on_hover():
    answer = ranking_answer()
    answer["citations"][0]["text"] = '<img src="x">据实调整'
    panel = sources_html(source_rows(answer, stored_names()))
    assert "<img" not in panel and "&lt;img" in panel
    assert panel.count('data-label="原文"') == 3 and panel.count('<tr data-source=') == 3
    assert f'title="文件：{DOC}"' in panel
    assert "点击一行查看原文" in sources_html([]) and "<table" not in sources_html([])
    assert "没有引用原表行" in sources_html([], answered=True)


def test_sources_of_one_report_name_it_once_above_the_table_and_hide_its_column():
    rows = source_rows(ranking_answer(), stored_names())
    panel = sources_html(rows)
    assert "共 3 处来源，均出自上海市生态环境局 2024年度 自评表；" in panel and 'class="sources one-report"' in panel
    answer = ranking_answer()
    answer["citations"][1] |= {"report": "某市水务局 2023年度 自评表"}
    mixed = sources_html(source_rows(answer, stored_names()))
    assert "均出自" not in mixed and 'class="sources"' in mixed  # two reports: each row says its own


def test_the_row_is_found_by_its_numbers_before_its_words():
    rows = ["项目名称 全市生态环境保障", "年初预算数 全年预算数 全年执行数 分值 执行率(%) 得分",
            "年度资金总额 499.96 499.96 316.13 10.00 63.23 6.32"]
    assert best_row(rows, ["全市生态环境保障 执行率 63.23%"]) == 2
    assert best_row(rows, ["1,425.66 万元"]) is None
    assert best_row(["其他 1425.66"], ["全年预算数 1,425.66 万元"]) == 0


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample report drawn as a PDF in the national template: one project a page."""
    pdf = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    render_report(read_report(SAMPLE), pdf)
    return pdf


def test_a_pdf_row_is_cropped_from_its_page_with_the_row_highlighted(sample_pdf: Path, tmp_path: Path):
    import pdfplumber
    from PIL import Image

    needles = ["培训次数：年度指标值 >4.00(次)，实际完成值 4.00(次)，分值 5.00，得分 4.00；偏差原因：据实调整培训次数"]
    crop = row_crop(sample_pdf, 1, needles, tmp_path)
    assert crop is not None and crop.suffix == ".png"
    with pdfplumber.open(sample_pdf) as pdf:
        bands = table_bands(pdf.pages[0])
    row_text = bands[best_row([text for _, text in bands], needles)][1]
    assert "培训次数" in row_text and "据实调整培训次数" in row_text
    with Image.open(crop) as image:
        width, height = image.size
        pixels = image.convert("RGB").tobytes()
    yellow = sum(1 for i in range(0, len(pixels), 3) if pixels[i] > 230 and pixels[i] - pixels[i + 2] > 60)
    assert width > height and yellow > width * 10  # a band of highlight across the row
    assert row_crop(sample_pdf, 1, needles, tmp_path) == crop  # the second time from the cache
    assert row_crop(sample_pdf, 99, needles, tmp_path) is None


def test_the_crop_cache_keeps_the_newest(sample_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import webapp.source_view as source_view

    monkeypatch.setattr(source_view, "PREVIEW_CACHE_FILES", 2)
    crops = [row_crop(sample_pdf, page, ["年度资金总额"], tmp_path) for page in (1, 2, 3)]
    assert sorted(tmp_path.iterdir()) == sorted(crops[1:])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, sample_pdf: Path) -> Store:
    """A real store holding the sample as text and as PDF (each a report of its own name)."""
    folder = tmp_path_factory.mktemp("store")
    store = Store(folder / "store")
    store.ingest(SAMPLE)
    store.ingest(sample_pdf, department="PDF 版", year=2024)
    return store


def test_a_source_opens_the_kept_report_in_place(store: Store, tmp_path: Path):
    pdf_citation = {"document": "sample.pdf", "page": 7, "line": None, "field": "funds",
                    "text": "全市生态环境保障 执行率 63.23%"}
    shown = preview_source(pdf_citation, store.documents(), store.dir, tmp_path)
    assert shown.image is not None and shown.caption.startswith("第7页")
    assert 'src="data:image/png;base64,' in preview_html(shown)
    text_citation = {"document": DOC, "page": None, "line": 148, "field": "funds", "text": "全市生态环境保障"}
    shown = preview_source(text_citation, store.documents(), store.dir, tmp_path)
    cited = [line for line in shown.lines if line.cited]
    assert [line.number for line in cited] == [148] and "63.23" in cited[0].text
    assert len(shown.lines) == 9 and "第148行" in shown.caption
    assert '<span class="cited">  148' in preview_html(shown)


def test_a_report_stored_before_files_were_kept_says_how_to_see_it(store: Store, tmp_path: Path):
    document = store.documents()[0]
    gone = Document("旧报告.txt", "f" * 64, document.department, 2020, "text", None, [])
    shown = preview_source({"document": "旧报告.txt", "line": 3}, [gone], store.dir, tmp_path)
    assert shown.image is None and not shown.lines and "重新导入" in shown.caption


def test_a_page_that_cannot_be_drawn_is_said_in_chinese(tmp_path: Path):
    garbage = tmp_path / "坏.pdf"
    garbage.write_bytes(b"%PDF-1.4 this is no PDF at all")
    keep_original(tmp_path / "store", garbage, "a" * 64)
    document = Document("坏.pdf", "a" * 64, "某局", 2024, "pdf", 1, [])
    shown = preview_source({"document": "坏.pdf", "page": 1, "text": "x"}, [document], tmp_path / "store",
                           tmp_path / "cache")
    assert shown.image is None and "未能生成" in shown.caption and "坏.pdf" in shown.caption


def test_text_context_stops_at_the_files_ends(tmp_path: Path):
    report = tmp_path / "r.txt"
    report.write_text("甲\t1\n乙\n丙\n", encoding="utf-8")
    assert [(line.number, line.cited) for line in text_context(report, 1, around=1)] == [(1, True), (2, False)]
    assert text_context(report, 1)[0].text == "甲   1"


def test_the_page_tells_gradio_its_language_is_chinese():
    page = b"<!doctype html><html><head><meta charset='utf-8'></head><body></body></html>"
    pinned = pin_locale(page)
    assert pinned.index(b"Navigator.prototype, 'language'") < pinned.index(b"<meta")
    assert re.search(rb"langs = \['zh-CN'", pinned)


@pytest.mark.parametrize(("path", "content_type", "pinned"), [
    ("/", b"text/html; charset=utf-8", True), ("/config", b"application/json", False),
    ("/gradio_api/info", b"text/html", False)])
def test_the_middleware_pins_only_the_page(path: str, content_type: bytes, pinned: bool):
    import asyncio

    body = b"<html><head></head></html>"

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body[:10], "more_body": True})
        await send({"type": "http.response.body", "body": body[10:]})

    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    asyncio.run(ChineseLocale(app)({"type": "http", "method": "GET", "path": path}, None, send))
    received = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    assert (b"zh-CN" in received) is pinned
    length = dict(sent[0]["headers"])[b"content-length"]
    assert int(length) == len(received)
