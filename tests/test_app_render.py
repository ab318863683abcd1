"""The web app without a browser or server: what the page shows for a contract object, and the service's rules.

Contract objects here are hand-made in the engine's shape, so these tests pin
the layout (chat messages, documents and findings tables) and
the conversation rules (per id, bounded, one-shot) independently of the engine.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

import webapp.__main__ as app
from assistant.contract import Answer
from ingest.records import Document, Finding, Project, SourceRef
from ingest.store import IngestOutcome, Store
from tests.fixtures.web_answers import DOC, ranking_answer
from webapp.render import (
    answer_messages,
    finding_rows,
    ingest_summary_lines,
    location_text,
    markers,
    separate_blocks,
    store_summary,
)
from webapp.service import ConversationBook, FileResult, QAService, ingest_files

def project(seq: int, name: str, findings: list[Finding] | None = None) -> Project:
    """A project with only what the documents and findings tables read."""
    return Project(
        seq=seq, name=name, raw_name=name, name_missing=False, department="上海市生态环境局", implementer=None,
        goal_text="", result_text="", funds=[], indicators=[], total_weight=100.0, total_score=99.0, grade="优",
        source=SourceRef(DOC, line=seq), findings=findings or [],
    )  # fmt: skip


def sample_documents() -> list[Document]:
    """One document of two projects, the second with a finding."""
    finding = Finding("total_mismatch", "总分填报为 99.00，按各项得分合计应为 98.00", SourceRef(DOC, line=40))
    projects = [project(1, "生态环境监测"), project(2, "应对气候变化管理工作", [finding])]
    return [Document(DOC, "0" * 64, "上海市生态环境局", 2024, "text", None, projects)]


@pytest.mark.parametrize(
    ("page", "line", "text"), [(3, None, "第3页"), (None, 14, "第14行"), (2, 5, "第2页第5行"), (None, None, "—")]
)
def test_location_is_page_for_pdf_and_line_for_text(page, line, text):
    assert location_text(page, line) == text


def test_derived_figures_show_their_formulas_in_a_folded_message():
    messages = answer_messages(ranking_answer())
    assert messages[0] == {"role": "assistant", "content": "执行率最低的三个项目：…"}
    assert messages[1]["metadata"]["title"] == "计算过程（3 项）"
    assert "- 执行率：63.23% = 全年执行数 ÷ 全年预算数 × 100" in messages[1]["content"]
    assert len(answer_messages(ranking_answer() | {"figures": []})) == 1


def test_a_formula_shows_the_markers_of_its_sources():
    answer = ranking_answer()
    answer["figures"][0]["sources"] = [3, 1, 2, 5]
    assert "= 全年执行数 ÷ 全年预算数 × 100\\[1\\]–\\[3\\]\\[5\\]" in answer_messages(answer)[1]["content"]
    assert markers([4, 5]) == "[4][5]" and markers(()) == ""


def test_an_answer_over_one_report_states_it_above_its_headline_unless_the_headline_does():
    one = ranking_answer() | {"scope": {"departments": ["上海市生态环境局"], "years": [2024]}}
    assert answer_messages(one)[0]["content"].startswith("*范围：上海市生态环境局 2024年度*\n\n执行率最低的三个项目")
    named = one | {"answer": "上海市生态环境局 2024年度：执行率最低的三个项目：…"}
    assert not answer_messages(named)[0]["content"].startswith("*范围")
    both = one | {"scope": {"departments": ["上海市生态环境局", "某市水务局"], "years": [2023, 2024]}}
    assert not answer_messages(both)[0]["content"].startswith("*范围")  # the headline says 跨 2 份报告 itself
    assert not answer_messages(one | {"found": False})[0]["content"].startswith("*范围")


def test_a_bold_name_ending_or_starting_in_punctuation_still_closes_beside_chinese_text():
    from webapp.render import bold_beside_punctuation

    assert bold_beside_punctuation("**第11个项目（名称缺失）**共扣 0.42 分") == "**第11个项目（名称缺失）**\u200a共扣 0.42 分"
    assert bold_beside_punctuation("最多的是**（甲）**。") == "最多的是\u200a**（甲）**。"
    assert bold_beside_punctuation("**全市生态环境保障**共扣") == "**全市生态环境保障**共扣"  # closes already


def test_a_heading_after_a_list_is_not_folded_into_its_last_item():
    text = "共有 2 个项目扣分：\n**甲**：\n- 培训次数：扣 1.00 分\n  合计扣 1.00 分。\n**乙**：\n1. 满意度\n\n另外，说明。"
    assert separate_blocks(text) == (
        "共有 2 个项目扣分：\n**甲**：\n- 培训次数：扣 1.00 分\n  合计扣 1.00 分。\n\n**乙**：\n1. 满意度\n\n另外，说明。"
    )
    assert separate_blocks("一行\n两行") == "一行\n两行"


def test_the_chat_leaves_the_source_list_to_the_sources_table():
    answer = ranking_answer() | {"answer": "执行率最低的三个项目：…\n\n来源：\n- 000.txt 第157行"}
    assert answer_messages(answer)[0]["content"] == "执行率最低的三个项目：…"
    uncited = answer | {"citations": []}
    assert answer_messages(uncited)[0]["content"] == uncited["answer"]


def test_findings_table_and_store_summary():
    docs = sample_documents()
    assert finding_rows(docs) == [[DOC, "2. 应对气候变化管理工作", "总分不符", "总分填报为 99.00，按各项得分合计应为 98.00", "第40行"]]
    assert store_summary(docs) == "库中共 1 份文档、2 个项目（上海市生态环境局）。"
    assert "还没有文档" in store_summary([])


def test_ingest_summary_uses_the_cli_words_and_the_ingest_error_text():
    ok = IngestOutcome(DOC, "added", "上海市生态环境局", 2024, 18, 150, 3, ("第11个项目名称缺失",), 200)
    lines = ingest_summary_lines([FileResult(DOC, outcome=ok), FileResult("bad.pdf", error="bad.pdf：文件为空")])
    assert lines[0] == f"✓ {DOC} 已导入：上海市生态环境局 2024年度，18 个项目，150 个指标，3 条核对发现"
    assert lines[1] == "警告：第11个项目名称缺失"
    assert lines[2] == "✗ 导入失败：bad.pdf：文件为空（库未改动）"
    assert lines[3] == "完成：成功 1 个文件，失败 1 个。"


def test_a_bad_file_is_reported_and_leaves_the_store_as_it_was(tmp_path: Path):
    store = Store(tmp_path / "store")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"\x00\x01\x02 not a report")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    results = ingest_files(store, [broken, empty])
    assert [r.error for r in results] == [
        "broken.pdf：既不是 PDF、Excel、Word、网页也不是文本文件，无法读取（支持 .pdf、.xlsx、.docx、.html 和文本提取的 .txt）",
        "empty.txt：文件为空",
    ]
    assert store.documents() == []


def test_a_reader_bug_is_reported_and_the_other_files_still_go_in(tmp_path: Path):
    class FailingStore:
        def ingest(self, path: Path) -> IngestOutcome:
            if path.name == "bug.pdf":
                raise ValueError("reader bug")
            return IngestOutcome(path.name, "added", None, None, 1, 1, 0, (), 1)

    results = ingest_files(FailingStore(), [tmp_path / "bug.pdf", tmp_path / "ok.txt"])
    assert results[0].error == "bug.pdf：读取时程序出错（ValueError），请把文件交给维护人员"
    assert results[1].outcome.status == "added"


class CountingAssistant:
    """Answers with the conversation's turn number, so tests see which conversation was used."""

    def new_conversation(self) -> list[str]:
        return []

    def ask(self, question: str, conversation: list[str]) -> Answer:
        conversation.append(question)
        return Answer(question, f"第{len(conversation)}轮", "test", True)


def test_http_conversations_are_kept_per_id_and_an_empty_id_is_one_shot():
    service = QAService(store=None, assistant=CountingAssistant())
    assert service.ask_by_id("甲", "a")["answer"] == "第1轮"
    assert service.ask_by_id("乙", "a")["answer"] == "第2轮"
    assert service.ask_by_id("丙", "b")["answer"] == "第1轮"
    assert service.ask_by_id("丁", "")["answer"] == "第1轮"
    assert service.ask_by_id("戊", "  ")["answer"] == "第1轮"
    assert len(service.conversations) == 2


def test_the_conversation_book_forgets_the_least_recently_used_beyond_capacity():
    book = ConversationBook(list, capacity=2)
    for cid in ("a", "b", "a", "c"):
        with book.use(cid) as conversation:
            conversation.append(cid)
    assert len(book) == 2
    with book.use("a") as conversation:
        assert conversation == ["a", "a"]
    with book.use("b") as conversation:
        assert conversation == []  # forgotten: "b" was the least recently used when "c" came


def test_the_conversation_book_forgets_conversations_left_idle():
    now = [0.0]
    book = ConversationBook(list, capacity=10, idle_seconds=60, clock=lambda: now[0])
    for cid in ("a", "b"):
        with book.use(cid) as conversation:
            conversation.append(cid)
    now[0] = 50.0
    with book.use("b") as conversation:
        conversation.append("b")
    now[0] = 100.0  # "a" idle for 100 s, "b" for 50 s
    with book.use("c"):
        pass
    assert len(book) == 2
    with book.use("b") as conversation:
        assert conversation == ["b", "b"]
    now[0] = 200.0
    with book.use("a") as conversation:
        assert conversation == []  # expired: a fresh conversation
    assert len(book) == 1  # "b" and "c" expired too


def test_one_conversation_serves_one_request_at_a_time():
    book = ConversationBook(list)
    inside = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with book.use("x"):
            inside.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    inside.wait(5)
    entered = threading.Event()

    def wait_turn() -> None:
        with book.use("x"):
            entered.set()

    waiter = threading.Thread(target=wait_turn)
    waiter.start()
    assert not entered.wait(0.2)
    with book.use("y"):
        pass  # another id does not wait
    release.set()
    holder.join(5)
    waiter.join(5)
    assert entered.is_set()


def test_flags_override_the_environment(monkeypatch):
    monkeypatch.setenv("JIXIAO_HOST", "0.0.0.0")
    monkeypatch.setenv("JIXIAO_PORT", "8123")
    args = app.build_parser().parse_args([])
    assert (args.host, args.port) == ("0.0.0.0", 8123)
    args = app.build_parser().parse_args(["--host", "127.0.0.1", "--port", "9000", "--store", "/tmp/s"])
    assert (args.host, args.port, args.store) == ("127.0.0.1", 9000, Path("/tmp/s"))


HOSTILE = '<img src="http://127.0.0.1:9/r.png"><a href="https://evil.example">点我</a><form><input name=q></form>' \
    '<iframe src="javascript:alert(1)"></iframe>[链接](javascript:alert(1))![图](http://127.0.0.1:9/i.png)'


def test_text_from_a_report_or_a_question_is_inert_in_the_chat() -> None:
    from webapp.render import inert

    answer = {"answer": f"偏差原因：{HOSTILE}", "found": True, "understood": "范围：<b>x</b>", "figures": [],
              "citations": []}
    shown = "\n".join(m["content"] for m in answer_messages(answer))
    for live in ("<img", "<a ", "<form", "<input", "<iframe", "<b>"):
        assert live not in shown, live
    assert not re.search(r"(?<!\\)\]\(", shown)  # no Markdown link or image left: every ] escaped
    assert "&lt;img" in shown and "\\[链接\\]" in shown
    assert inert("执行率<90% 且 a&b") == "执行率&lt;90% 且 a&amp;b"


def test_the_api_scopes_by_department_and_year(tmp_path: Path) -> None:
    from assistant.engine import Assistant
    from webapp.service import QAService

    store = Store(tmp_path / "store")
    root = Path(__file__).resolve().parent.parent
    store.ingest(root / "data" / "samples" / "000_714f557b0e494d5f.txt")
    store.ingest(root / "evals" / "documents" / "water_bureau_2023.txt")
    service = QAService(store, Assistant(store))
    water = service.ask_by_id("预算合计", "", department="水务局")
    assert [round(f["value"], 2) for f in water["figures"]][:1] == [4174.96]
    by_year = service.ask_by_id("预算合计", "张三-1", year="2024")
    assert [round(f["value"], 2) for f in by_year["figures"]][:1] == [12216.04]
    assert service.chosen_documents("", "") is None
