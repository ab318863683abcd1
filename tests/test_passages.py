"""PassageIndex against a real Chroma PersistentClient in a temp dir: offline, no mocks."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace

import pytest

from ingest.embedding import CharNgramHashEmbedding, embedding_function
from ingest.passages.build import document_passages, split_sentences
from ingest.passages.store import PassageIndex
from ingest.records import Document, Indicator, Project, SourceRef
from tests import factories

DOC_A = "000_shengtai.txt"
DOC_B = "001_jiaotong.txt"
REPO = pathlib.Path(__file__).resolve().parents[1]


def row(line: int, name: str, target: str, actual: str, reason: str | None = None) -> Indicator:
    """An indicator row at ``line``; it loses a point when it has a deviation reason."""
    return factories.indicator(name, target, actual, 5.0, 4.0 if reason else 5.0, reason, line=line)


def project(seq: int, name: str, line: int, goal: str, result: str, indicators: list[Indicator]) -> Project:
    """A project whose table starts at ``line``, with these texts and rows, and no department of its own."""
    base = factories.project(indicators, seq=seq, name=name)
    return replace(base, goal_text=goal, result_text=result, department=None,
                   source=SourceRef(factories.DOC, line=line))


def ecology_doc(sha: str = "a" * 64) -> Document:
    """Three ecology projects; only the second mentions 长三角, only the third 法规 and 标准."""
    projects = [
        project(1, "生态环境监测和排污权交易管理", 1,
                "保障重大项目建设排污总量控制情况的技术核查和评估。完成年度主要污染物减排工作。",
                "完成排污单位自行监测评估，保障14个重大项目建设。",
                [row(14, "上海市排污权有偿使用和交易技术评估", "=1.00(个)", "1.00(个)",
                     "根据生态环境工作部署，时间节点调整，相关工作内容同步调整延后。"),
                 row(18, "培训次数", ">4.00(次)", "4.00(次)", "据实调整培训次数")]),
        project(2, "应对气候变化管理工作", 29,
                "推进碳达峰碳中和工作，开展温室气体排放清单编制。",
                "深化长三角区域协作，推进长三角生态绿色一体化发展示范区建设；完成碳排放核查。",
                [row(40, "温室气体清单编制", "=1.00(个)", "1.00(个)")]),
        project(3, "生态环境政策法规研究", 50,
                "开展生态环境地方性法规和地方标准的制修订研究。",
                "完成两项地方标准的立项，法规草案提交审议。",
                [row(60, "研究报告数量", "=2.00(个)", "2.00(个)")]),
    ]
    return Document(file_name=DOC_A, sha256=sha, department="上海市生态环境局", year=2024,
                    kind="text", pages=None, projects=projects)


def transport_doc() -> Document:
    """A second department's document, also mentioning 长三角, to test the documents filter."""
    projects = [
        project(1, "长三角交通一体化规划", 3,
                "编制长三角区域交通协作规划。", "完成长三角区域协作交通规划编制。",
                [row(12, "规划编制数量", "=1.00(个)", "1.00(个)")]),
    ]
    return Document(file_name=DOC_B, sha256="b" * 64, department="上海市交通委员会", year=2024,
                    kind="text", pages=None, projects=projects)


@pytest.fixture
def index(tmp_path: pathlib.Path) -> Iterator[PassageIndex]:
    idx = PassageIndex(tmp_path)
    idx.replace_document(ecology_doc())
    yield idx
    idx.close()


def test_long_text_is_cut_into_sentence_chunks() -> None:
    text = "完成年度主要污染物减排工作。" * 20 + "甲" * 400
    chunks = split_sentences(text)
    assert all(len(c) <= 150 for c in chunks)
    assert "".join(chunks) == text
    assert chunks[0].endswith("。")


def test_long_comma_only_text_is_cut_after_a_clause() -> None:
    clause = "完成排污单位自行监测质量评估,"
    chunks = split_sentences(clause * 20)
    assert len(chunks) > 1 and all(len(c) <= 150 and c.endswith(",") for c in chunks)


def test_a_long_deviation_reason_is_cut_into_short_quotes() -> None:
    doc = ecology_doc()
    doc.projects[2].indicators[0] = row(60, "研究报告数量", "=2.00(个)", "1.00(个)", "因立法计划调整，课题延期。" * 30)
    reasons = [p for p in document_passages(doc) if p.metadata["field"] == "reason" and p.metadata["project_seq"] == 3]
    assert len(reasons) > 1 and all(len(p.text) <= 150 and p.metadata["line"] == 60 for p in reasons)


def test_a_repeated_paragraph_is_one_passage() -> None:
    doc = ecology_doc()
    paragraph = "完成排污单位自行监测质量评估," * 6 + "保障重大项目建设。"  # 99 characters
    doc.projects[0].result_text = paragraph * 3
    passages = document_passages(doc)
    results = [p.text for p in passages if (p.metadata["project_seq"], p.metadata["field"]) == (1, "result")]
    assert results == [paragraph]


def test_passages_cover_goal_result_indicator_and_reason() -> None:
    passages = document_passages(ecology_doc())
    fields = {(p.metadata["project_seq"], p.metadata["field"]) for p in passages}
    assert {(1, "goal"), (1, "result"), (1, "indicator"), (1, "reason"), (2, "indicator")} <= fields
    training = next(p for p in passages if p.id == f"{DOC_A}#1:indicator:1")
    assert training.text == "培训次数：年度指标值 >4.00(次)，实际完成值 4.00(次)"
    assert training.metadata["line"] == 18 and "page" not in training.metadata
    assert training.metadata["department"] == "上海市生态环境局" and training.metadata["year"] == 2024


def test_a_project_department_overrides_the_document_department() -> None:
    doc = ecology_doc()
    doc.projects[0] = replace(doc.projects[0], department="上海市环境监测中心")
    departments = {p.metadata["project_seq"]: p.metadata["department"] for p in document_passages(doc)}
    assert departments == {1: "上海市环境监测中心", 2: "上海市生态环境局", 3: "上海市生态环境局"}


def test_region_query_finds_the_passage_that_mentions_it_first(index: PassageIndex) -> None:
    hits = index.search("长三角区域协作")
    top = hits[0]
    assert "长三角" in top.text
    assert (top.document, top.project_seq, top.field, top.line) == (DOC_A, 2, "result", 29)
    assert top.project_name == "应对气候变化管理工作" and top.sha256 == "a" * 64 and top.page is None


def test_keywords_find_the_project_that_mentions_them(index: PassageIndex) -> None:
    hits = index.search("法规 标准", k=3)
    assert hits and all(h.project_seq == 3 for h in hits[:2])
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_reindexing_the_same_document_does_not_duplicate(index: PassageIndex) -> None:
    before = index.count()
    assert index.replace_document(ecology_doc()) == before
    assert index.count() == before == index.count(DOC_A)


def test_replacing_with_a_changed_document_removes_old_passages(index: PassageIndex) -> None:
    changed = ecology_doc(sha="c" * 64)
    changed.projects = [replace(changed.projects[0], result_text="完成排污单位自行监测评估。")]
    count = index.replace_document(changed)
    assert index.count(DOC_A) == count
    assert not any("长三角" in h.text for h in index.search("长三角区域协作", k=50))
    assert {h.sha256 for h in index.search("监测评估", k=50)} == {"c" * 64}


def test_documents_filter_and_coexistence(index: PassageIndex) -> None:
    index.replace_document(transport_doc())
    assert index.count() == index.count(DOC_A) + index.count(DOC_B)
    assert {h.document for h in index.search("长三角区域协作", k=20)} == {DOC_A, DOC_B}
    only_b = index.search("长三角区域协作", documents=[DOC_B])
    assert only_b and {h.document for h in only_b} == {DOC_B}
    assert index.search("长三角区域协作", documents=[]) == []
    index.delete_document(DOC_B)
    assert index.count(DOC_B) == 0 and index.search("交通", documents=[DOC_B]) == []


def test_punctuation_only_query_finds_nothing(index: PassageIndex) -> None:
    assert index.search("？！。 ") == []


def test_a_second_index_on_the_same_path_sees_writes(index: PassageIndex, tmp_path: pathlib.Path) -> None:
    reader = PassageIndex(tmp_path)
    assert reader.search("长三角")[0].project_seq == 2
    index.replace_document(transport_doc())
    assert {h.document for h in reader.search("交通规划")} >= {DOC_B}
    reader.close()


def test_reopened_after_close_in_the_same_process(tmp_path: pathlib.Path) -> None:
    first = PassageIndex(tmp_path)
    count = first.replace_document(ecology_doc())
    first.close()
    second = PassageIndex(tmp_path)
    assert second.count() == count and second.search("长三角")[0].project_seq == 2
    second.close()


def test_a_new_process_reopens_the_collection_offline(index: PassageIndex, tmp_path: pathlib.Path) -> None:
    script = (
        "import pathlib, sys\n"
        "from ingest.passages.store import PassageIndex\n"
        "idx = PassageIndex(pathlib.Path(sys.argv[1]))\n"
        "print(idx.count(), idx.search('长三角区域协作')[0].project_seq)\n"
        "raw = idx.client.get_collection('passages')  # embedding function rebuilt from the stored config\n"
        "hits = raw.query(query_texts=['长三角'], n_results=1)['ids'][0]\n"
        "print(type(raw.configuration['embedding_function']).__name__, len(hits))\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "NO_PROXY": "", "HTTPS_PROXY": "http://127.0.0.1:9",
           "HTTP_PROXY": "http://127.0.0.1:9"}
    env.pop("JIXIAO_EMBEDDING_MODEL", None)
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == [str(index.count()), "2", "CharNgramHashEmbedding", "1"]


def test_no_network_is_attempted(monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    idx = PassageIndex(tmp_path)
    assert idx.replace_document(ecology_doc()) > 0
    assert idx.search("碳排放")
    idx.close()


def test_embedding_is_local_hashing_unless_a_model_is_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JIXIAO_EMBEDDING_MODEL", raising=False)
    ef = embedding_function()
    assert isinstance(ef, CharNgramHashEmbedding)
    rebuilt = CharNgramHashEmbedding.build_from_config(ef.get_config())
    a, b = ef(["长三角区域协作"])[0], rebuilt(["长三角区域协作"])[0]
    assert list(a) == list(b) and abs(float((a * a).sum()) - 1.0) < 1e-5


def test_a_topic_no_passage_mentions_finds_nothing(index: PassageIndex) -> None:
    assert index.search("党建") == []
    assert index.search("乡村振兴的成效") == []  # shares only single characters (的, 成) with the passages


def test_a_store_written_before_the_word_index_is_copied_page_by_page(tmp_path) -> None:
    """A store whose passages are only in Chroma gets its word index once, read in pages (one call over more than
    32,766 passages fails in SQLite): with pages of 7, every passage of the sample is copied and found again."""
    from pathlib import Path

    import ingest.passages.store as passages_module
    from ingest.passages.words import FILE_NAME
    from ingest.store import Store

    store = Store(tmp_path / "store")
    store.ingest(Path(__file__).resolve().parent.parent / "data" / "samples" / "000_714f557b0e494d5f.txt")
    count, versions = store.passages.count(), store.passages.stored_versions()
    ranked = store.passages.words.ranked("长三角区域协作")
    store.passages.close()
    (tmp_path / "store" / FILE_NAME).unlink()
    original = passages_module.PAGE
    try:
        passages_module.PAGE = 7
        reopened = PassageIndex(tmp_path / "store")
    finally:
        passages_module.PAGE = original
    assert count > 7 and reopened.count() == count and reopened.stored_versions() == versions
    assert reopened.words.ranked("长三角区域协作") == ranked and len(ranked) > 7  # Chroma's own order may vary
    assert "长三角" in reopened.search("长三角区域协作")[0].text
    reopened.close()


def test_search_reads_only_the_passages_it_ranks(index: PassageIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    """No whole-collection fetch: a search asks Chroma for its nearest vectors (filtered by document inside Chroma)
    and nothing else, and the word index for matching words only."""
    calls: list[str] = []
    collection = type(index._collection)
    for name in ("get", "peek"):
        monkeypatch.setattr(collection, name, lambda self, *a, _name=name, **k: calls.append(_name))
    assert index.search("长三角区域协作", documents=[DOC_A])[0].project_seq == 2
    assert calls == []
