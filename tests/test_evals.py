"""The grader: grading rules on hand-made answers, question-set errors, reports, and an end-to-end run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evals.grading import grade_answer, grade_error, match_figures
from evals.questions import ExpectedFigure, QuestionSetError, load_questions, parse_question
from evals.report import ModeRun, build_report, by_family, format_failure, format_table
from evals.run import EvalSetupError, build_llm_assistant, build_parser, failed_gate, resolve_documents

ROOT = Path(__file__).resolve().parent.parent
DOC = "000_714f557b0e494d5f.txt"


def make_question(expect: dict, question: str = "执行率最低的三个项目是哪些？", family: str = "ranking"):
    """A Question parsed from the grader's own line format, so the tests exercise the loader too."""
    line = {"id": "t-1", "family": family, "question": question, "document": DOC, "expect": expect}
    return parse_question(json.dumps(line, ensure_ascii=False), "test:1")


def make_answer(found: bool = True, seqs: tuple[int, ...] = (), figures: tuple = (), cited: tuple[int, ...] | None = None) -> dict:
    """A contract dict: ``figures`` as (value, project_seq) pairs; every listed project cited unless ``cited`` says otherwise."""
    cited = seqs if cited is None else cited
    return {
        "question": "q",
        "answer": "答案",
        "intent": "ranking",
        "found": found,
        "projects": [{"seq": s, "name": f"项目{s}", "document": DOC} for s in seqs],
        "figures": [{"label": "执行率", "value": v, "unit": "%", "project_seq": p, "formula": None} for v, p in figures],
        "citations": [{"document": DOC, "page": None, "line": 10 * s, "project_seq": s, "field": "funds", "text": "…"} for s in cited],
    }


RANKING = {
    "found": True,
    "projects": [7, 12, 10],
    "ordered": True,
    "figures": [{"value": 63.23, "tol": 0.011}, {"value": 66.88, "tol": 0.011, "project_seq": 12}, {"value": 81.48}],
}
RIGHT_FIGURES = ((63.23, 7), (66.88, 12), (81.48, 10))


def test_right_answer_passes() -> None:
    grade = grade_answer(make_answer(seqs=(7, 12, 10), figures=RIGHT_FIGURES), make_question(RANKING))
    assert grade.passed, grade.problems
    assert not grade.missing_figures and not grade.wrong_figures


def test_figure_within_tolerance_passes_and_outside_is_missing() -> None:
    near = grade_answer(make_answer(seqs=(7, 12, 10), figures=((63.24, 7), (66.88, 12), (81.48, 10))), make_question(RANKING))
    assert near.passed
    far = grade_answer(make_answer(seqs=(7, 12, 10), figures=((63.25, 7), (66.88, 12), (81.48, 10))), make_question(RANKING))
    assert [f.value for f in far.missing_figures] == [63.23]


def test_wrong_value_for_the_same_project_is_a_wrong_number() -> None:
    grade = grade_answer(make_answer(seqs=(7, 12, 10), figures=((63.23, 7), (66.85, 12), (81.48, 10))), make_question(RANKING))
    assert not grade.passed
    assert [f.value for f in grade.wrong_figures] == [66.88]
    assert any("数字错误" in p for p in grade.problems)


def test_a_change_matches_whatever_its_sign() -> None:
    expect = {"found": True, "projects": [12], "figures": [{"value": 22.0}]}
    answer = make_answer(seqs=(12,), figures=((-22.0, 12),))
    assert grade_answer(answer, make_question(expect, "干部人事项目的预算调减了多少？", "funds")).passed


def test_absent_figure_without_a_rival_is_missing_not_wrong() -> None:
    grade = grade_answer(make_answer(seqs=(7, 12, 10), figures=((63.23, 7), (81.48, 10))), make_question(RANKING))
    assert [f.value for f in grade.missing_figures] == [66.88]
    assert grade.wrong_figures == []


def test_single_project_question_treats_other_values_of_that_project_as_wrong() -> None:
    expect = {"found": True, "projects": [4], "figures": [{"value": 99.92}]}
    grade = grade_answer(make_answer(seqs=(4,), figures=((99.9, 4),)), make_question(expect, "海洋项目的得分？", "project_figure"))
    assert len(grade.wrong_figures) == 1


def test_label_hint_limits_what_counts_as_a_rival() -> None:
    expect = {"found": True, "projects": [4], "figures": [{"value": 99.92, "label": "总分"}]}
    answer = make_answer(seqs=(4,), figures=((99.24, 4),))  # labelled 执行率: another quantity, so missing only
    grade = grade_answer(answer, make_question(expect, "海洋项目的得分？", "project_figure"))
    assert len(grade.missing_figures) == 1 and grade.wrong_figures == []


def test_context_figure_beside_right_ones_is_not_a_wrong_number() -> None:
    expect = {"found": True, "projects": [1], "figures": [{"value": 2.0}, {"value": 0.1}]}
    answer = make_answer(seqs=(1,), figures=((2.0, 1), (95.9, 1)))
    answer["figures"][0]["label"], answer["figures"][1]["label"] = "培训次数扣分", "总分"
    grade = grade_answer(answer, make_question(expect, "监测项目为什么没拿满分？", "lost_points"))
    assert [f.value for f in grade.missing_figures] == [0.1] and grade.wrong_figures == []
    answer["figures"].append({"label": "预算执行（年度资金总额）扣分", "value": 0.2, "unit": "分", "project_seq": 1})
    assert len(grade_answer(answer, grade.question).wrong_figures) == 1


def test_repeated_expected_values_need_as_many_answer_figures() -> None:
    twice = (ExpectedFigure(1.0), ExpectedFigure(1.0))
    assert match_figures(twice, [1.0])[0] == [ExpectedFigure(1.0)]
    assert match_figures(twice, [1.0, 1.0, 2.0]) == ([], [2])


def test_matching_does_not_waste_a_value_on_the_wrong_expectation() -> None:
    wide, narrow = ExpectedFigure(1.0, tol=0.5), ExpectedFigure(1.4, tol=0.05)
    assert match_figures((wide, narrow), [1.4, 0.9])[0] == []


def test_wrong_projects_fail_with_missing_and_extra_named() -> None:
    expect = {"found": True, "projects": [7, 10, 12, 13]}
    grade = grade_answer(make_answer(seqs=(7, 10, 12, 14)), make_question(expect, "执行率低于90%的项目", "filter"))
    assert grade.problems[0] == "项目应为 [7, 10, 12, 13]，实际为 [7, 10, 12, 14]（缺 [13]，多 [14]）"


def test_unordered_projects_ignore_order_and_ordered_ones_do_not() -> None:
    unordered = {**RANKING, "ordered": False}
    shuffled = make_answer(seqs=(10, 7, 12), figures=RIGHT_FIGURES)
    assert grade_answer(shuffled, make_question(unordered)).passed
    grade = grade_answer(shuffled, make_question(RANKING))
    assert grade.problems == ["项目顺序应为 [7, 12, 10]，实际为 [10, 7, 12]"]


def test_projects_of_another_document_do_not_count() -> None:
    answer = make_answer(seqs=(7, 12, 10), figures=RIGHT_FIGURES)
    answer["projects"][1]["document"] = "other.txt"
    problems = grade_answer(answer, make_question(RANKING)).problems
    assert "答案含有其他文档的项目：other.txt#12" in problems


def test_found_mismatch_fails_both_ways() -> None:
    not_found = make_question({"found": False}, "今天天气怎么样？", "not_found")
    assert grade_answer(make_answer(found=False), not_found).passed
    assert grade_answer(make_answer(found=True, seqs=(1,)), not_found).problems == ["found 应为 false，实际为 true"]
    refused = grade_answer(make_answer(found=False), make_question(RANKING))
    assert "found 应为 true，实际为 false" in refused.problems
    assert len(refused.missing_figures) == 3 and refused.wrong_figures == []


def test_silent_answer_fails() -> None:
    answer = {**make_answer(found=False), "answer": "  "}
    assert grade_answer(answer, make_question({"found": False}, "今天天气怎么样？", "not_found")).problems == ["答案文字为空"]


def test_not_found_answer_must_not_carry_figures() -> None:
    answer = make_answer(found=False, figures=((1.0, None),))
    problems = grade_answer(answer, make_question({"found": False}, "2023年的得分", "not_found")).problems
    assert problems == ["found 为 false 时 figures 应为空，实际有 1 个数字"]


def test_missing_citations_fail() -> None:
    grade = grade_answer(make_answer(seqs=(7, 12, 10), figures=RIGHT_FIGURES, cited=()), make_question(RANKING))
    assert grade.problems == ["答案没有引用（citations 为空）"]


def test_citations_must_cover_every_expected_project_in_the_right_document() -> None:
    answer = make_answer(seqs=(7, 12, 10), figures=RIGHT_FIGURES, cited=(7, 10))
    answer["citations"][0]["document"] = "other.txt"
    problems = grade_answer(answer, make_question(RANKING)).problems
    assert problems == ["引用指向了其他文档：other.txt", "以下项目没有引用：[7, 12]"]


def test_expected_words_must_appear_in_the_answer_text() -> None:
    question = make_question({"found": True, "projects": [2], "contains": ["优"]}, "应对气候变化的评分等级？", "project_figure")
    answer = make_answer(seqs=(2,))
    answer["answer"] = "**应对气候变化管理工作**：评分等级 优"
    assert grade_answer(answer, question).passed
    answer["answer"] = "**应对气候变化管理工作**：评分等级 良"
    assert grade_answer(answer, question).problems == ["答案文字中没有「优」"]


def test_internal_error_is_never_a_right_not_found() -> None:
    answer = {**make_answer(found=False), "intent": "error"}
    problems = grade_answer(answer, make_question({"found": False}, "'; DROP TABLE projects; --", "absurd")).problems
    assert problems == ["助手回答时内部出错（intent=error），即使 found 与期望一致也不算答对"]


def test_min_score_is_a_share() -> None:
    assert build_parser().parse_args(["set.jsonl", "--min-score", "0.9"]).min_score == 0.9
    with pytest.raises(SystemExit):
        build_parser().parse_args(["set.jsonl", "--min-score", "95"])


def test_malformed_answer_is_one_clear_problem() -> None:
    grade = grade_answer({"found": True, "projects": [], "figures": None, "citations": []}, make_question(RANKING))
    assert grade.problems == ["答案字段不是列表：figures"]


def test_crash_is_a_failure_naming_the_exception() -> None:
    grade = grade_error(make_question(RANKING), KeyError("seq"))
    assert not grade.passed and grade.problems == ["提问时出错：KeyError: 'seq'"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "test:1: 不是合法的 JSON"),
        ('{"id": "x", "family": "f", "question": "q", "document": "d"}', "缺少必填字段 expect"),
        ('{"id": "x", "family": "f", "question": "q", "document": "d", "expect": {"found": "yes"}}', "字段 found 类型错误"),
        ('{"id": "x", "family": "f", "question": "q", "document": "d", "expect": {"found": true, "orderd": true}}', "未知字段 orderd"),
        ('{"id": "x", "family": "f", "question": "q", "document": "d", "expect": {"found": true, "projects": [0]}}', "projects 必须是正整数"),
        ('{"id": "x", "family": "f", "question": "q", "document": "d", "expect": {"found": true, "figures": [{"tol": 1}]}}', "figures[0]: 缺少必填字段 value"),
        ('{"id": "x", "family": "f", "question": "q", "document": "d", "expect": {"found": true, "figures": [{"value": 1, "tol": -1}]}}', "tol 不能为负数"),
        ('{"id": "x", "family": "f", "question": "q", "document": "d", "expect": {"found": false, "projects": [1]}}', "found 为 false 时不能要求"),
        ('{"id": "x", "family": "f", "question": "q", "document": "d", "expect": {"found": true, "contains": [""]}}', "contains 必须是非空字符串列表"),
        ('{"id": "x", "family": "f", "question": "a||b", "document": "d", "expect": {"found": true}}', "空的对话轮"),
        ('{"id": "", "family": "f", "question": "q", "document": "d", "expect": {"found": true}}', "字段 id 不能为空"),
    ],
)
def test_bad_question_lines_are_named(line: str, message: str) -> None:
    with pytest.raises(QuestionSetError, match="^test:1") as err:
        parse_question(line, "test:1")
    assert message in str(err.value)


def test_set_level_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(QuestionSetError, match="问题集为空"):
        load_questions(empty)
    line = json.dumps({"id": "a", "family": "f", "question": "q", "document": DOC, "expect": {"found": True}})
    twice = tmp_path / "twice.jsonl"
    twice.write_text(f"{line}\n{line}\n", encoding="utf-8")
    with pytest.raises(QuestionSetError, match="问题 id 重复：a"):
        load_questions(twice)
    with pytest.raises(QuestionSetError, match="无法读取问题集"):
        load_questions(tmp_path / "absent.jsonl")


SHIPPED_SETS = ["evals/dev_questions.jsonl", *sorted(f"evals/sets/{p.name}" for p in (ROOT / "evals" / "sets").glob("*.jsonl"))]


@pytest.mark.parametrize("name", SHIPPED_SETS)
def test_shipped_sets_load_and_their_documents_exist(name: str) -> None:
    questions = load_questions(ROOT / name)
    assert resolve_documents(questions)


def test_missing_document_is_named(tmp_path: Path) -> None:
    line = json.dumps({"id": "a", "family": "f", "question": "q", "document": "absent.txt", "expect": {"found": True}})
    with pytest.raises(EvalSetupError, match="找不到问题集引用的文档 absent.txt"):
        resolve_documents([parse_question(line, "test:1")], search_dirs=[tmp_path])


def test_turns_split_on_the_separator() -> None:
    question = make_question({"found": True}, "大气项目的执行率？| 那它的总分呢？", "followup")
    assert question.turns == ["大气项目的执行率？", "那它的总分呢？"]


def test_table_report_and_gate_agree() -> None:
    good = grade_answer(make_answer(seqs=(7, 12, 10), figures=RIGHT_FIGURES), make_question(RANKING))
    wrong = grade_answer(make_answer(seqs=(7, 12, 10), figures=((63.23, 7), (66.0, 12), (81.48, 10))), make_question(RANKING))
    run = ModeRun(mode="rules", grades=[good, wrong], seconds=0.5)
    assert by_family(run.grades)["ranking"].passed == 1
    assert "1/2" in format_table([run])
    assert "期望：found=true，projects=[7, 12, 10]（有序）" in format_failure(wrong)
    report = build_report("set.jsonl", [run], notes=[])
    assert report["modes"]["rules"]["wrong_numbers"] == 1
    assert report["modes"]["rules"]["results"][1]["passed"] is False
    assert failed_gate([run], min_score=0.5) == ["rules 模式有 1 个数字错误"]


def run_evals(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """``python -m evals.run ARGS`` from the project root, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "evals.run", *args], cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)


def test_dev_set_end_to_end(tmp_path: Path) -> None:
    """The grader's own set at the default bar: this is the regression gate for the assistant."""
    report = tmp_path / "dev.json"
    result = run_evals("evals/dev_questions.jsonl", "--report", str(report))
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["questions"] == 29 and len(data["modes"]["rules"]["results"]) == 29
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", SHIPPED_SETS[1:])
def test_every_other_shipped_set_passes_the_bar(name: str, tmp_path: Path) -> None:
    """The sets grown beyond the dev set gate too: at least 95% and no wrong number, as for the dev set."""
    result = run_evals(name, "--report", str(tmp_path / "report.json"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_llm_mode_runs_side_by_side_and_falls_back_offline(tmp_path: Path) -> None:
    """An unreachable model: every question the rules hand over falls back, and the table still has both columns."""
    report = tmp_path / "llm.json"
    env = {**os.environ, "JIXIAO_LLM_PROVIDER": "ollama", "JIXIAO_LLM_MODEL": "none",
           "JIXIAO_LLM_BASE_URL": "http://127.0.0.1:9", "JIXIAO_LLM_TIMEOUT": "2"}
    result = run_evals("evals/dev_questions.jsonl", "--llm", "--report", str(report), "--min-score", "0", env=env)
    assert "llm 通过/总数" in result.stdout, result.stderr
    modes = json.loads(report.read_text(encoding="utf-8"))["modes"]
    assert set(modes) == {"rules", "llm"} and modes["llm"]["total"] == 29


def test_llm_mode_unavailable_is_said_in_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("JIXIAO_LLM_PROVIDER", "JIXIAO_LLM_MODEL", "JIXIAO_LLM_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    args = build_parser().parse_args(["set.jsonl", "--llm"])
    assistant, reason = build_llm_assistant(None, args)
    assert assistant is None and reason.startswith("LLM 模式不可用：未配置大模型")
    monkeypatch.setenv("JIXIAO_LLM_PROVIDER", "openai")
    assistant, reason = build_llm_assistant(None, args)
    assert assistant is None and "未指定模型名" in reason


def test_latency_percentile_is_a_measured_value_and_targets_gate() -> None:
    from benchmarks.answer_latency import missed_targets, percentile

    samples = [0.005, 0.001, 0.003, 0.002, 0.004]
    assert percentile(samples, 0.5) == 0.003 and percentile(samples, 0.95) == 0.005
    assert missed_targets({"open_seconds": 1.2, "p95_ms": 12.0}) == []
    assert len(missed_targets({"open_seconds": 2.4, "p95_ms": 60.0})) == 2


# --- several documents and wrong answers -------------------------------------------------------------

OTHER = "gh_2023.pdf"


def make_multi_question(expect: dict, document: str = DOC, store: list[str] | None = None, question: str = "两个部门的信息化项目"):
    """A Question over several documents, parsed from the line format like ``make_question``."""
    line = {"id": "m-1", "family": "multi", "question": question, "document": document, "expect": expect}
    if store is not None:
        line["store"] = store
    return parse_question(json.dumps(line, ensure_ascii=False), "test:1")


def make_multi_answer(projects: list[tuple[str, int]], figures: tuple = (), cited: list[tuple[str, int]] | None = None,
                      found: bool = True) -> dict:
    """A contract dict whose projects, figures ((value, document, seq) triples) and citations name their documents."""
    cited = projects if cited is None else cited
    return {
        "question": "q", "answer": "答案", "intent": "compare", "found": found,
        "projects": [{"seq": s, "name": f"项目{s}", "document": d} for d, s in projects],
        "figures": [{"label": "执行率", "value": v, "unit": "%", "project_seq": s, "document": d, "formula": None}
                    for v, d, s in figures],
        "citations": [{"document": d, "page": 1, "line": None, "project_seq": s, "field": "funds", "text": "…"} for d, s in cited],
    }


def test_found_true_where_the_data_holds_nothing_is_wrong() -> None:
    grade = grade_answer(make_answer(found=True, seqs=(1,)), make_question({"found": False}, "2019年的得分", "not_found"))
    assert grade.outcome == "wrong" and grade.wrong


def test_an_extra_or_missing_project_is_wrong() -> None:
    expect = {"found": True, "projects": [7, 10, 12, 13]}
    extra = grade_answer(make_answer(seqs=(7, 10, 12, 13, 14)), make_question(expect, "执行率低于90%的项目", "filter"))
    missing = grade_answer(make_answer(seqs=(7, 10, 12)), make_question(expect, "执行率低于90%的项目", "filter"))
    assert extra.outcome == "wrong" and missing.outcome == "wrong"


def test_a_project_of_another_document_is_an_extra_project() -> None:
    answer = make_answer(seqs=(7, 12, 10), figures=RIGHT_FIGURES)
    answer["projects"].append({"seq": 3, "name": "x", "document": OTHER})
    grade = grade_answer(answer, make_question(RANKING))
    assert grade.outcome == "wrong"
    assert f"项目应为 [7, 10, 12]，实际为 [7, 10, 12, {OTHER}#3]（缺 []，多 [{OTHER}#3]）" in grade.problems


def test_a_wrong_number_is_a_wrong_answer() -> None:
    grade = grade_answer(make_answer(seqs=(7, 12, 10), figures=((63.23, 7), (66.85, 12), (81.48, 10))), make_question(RANKING))
    assert grade.outcome == "wrong"


def test_not_found_where_the_data_holds_the_answer_is_missed_not_wrong() -> None:
    grade = grade_answer(make_answer(found=False), make_question(RANKING))
    assert grade.outcome == "missed" and not grade.wrong


def test_other_failures_are_failed_not_wrong() -> None:
    order = grade_answer(make_answer(seqs=(10, 7, 12), figures=RIGHT_FIGURES), make_question(RANKING))
    absent = grade_answer(make_answer(seqs=(7, 12, 10), figures=((63.23, 7), (81.48, 10))), make_question(RANKING))
    uncited = grade_answer(make_answer(seqs=(7, 12, 10), figures=RIGHT_FIGURES, cited=()), make_question(RANKING))
    crash = grade_error(make_question(RANKING), KeyError("seq"))
    assert [g.outcome for g in (order, absent, uncited, crash)] == ["failed"] * 4
    assert grade_answer(make_answer(seqs=(7, 12, 10), figures=RIGHT_FIGURES), make_question(RANKING)).outcome == "passed"


def test_a_file_seq_project_is_matched_and_its_citation_accepted() -> None:
    question = make_multi_question({"found": True, "projects": [2, f"{OTHER}#3"],
                                    "figures": [{"value": 98.5, "project_seq": f"{OTHER}#3"}]})
    assert question.needed_documents == [DOC, OTHER]
    answer = make_multi_answer([(DOC, 2), (OTHER, 3)], figures=((98.5, OTHER, 3),))
    assert grade_answer(answer, question).passed
    same_seq_here = make_multi_answer([(DOC, 2), (DOC, 3)], figures=((98.5, DOC, 3),))
    grade = grade_answer(same_seq_here, question)
    assert grade.outcome == "wrong"
    assert f"项目应为 [2, {OTHER}#3]，实际为 [2, 3]（缺 [{OTHER}#3]，多 [3]）" in grade.problems


def test_a_file_seq_figure_of_another_value_is_a_wrong_number() -> None:
    question = make_multi_question({"found": True, "projects": [f"{OTHER}#3"],
                                    "figures": [{"value": 98.5, "project_seq": f"{OTHER}#3"}]})
    wrong = grade_answer(make_multi_answer([(OTHER, 3)], figures=((97.0, OTHER, 3),)), question)
    assert len(wrong.wrong_figures) == 1 and wrong.outcome == "wrong"
    # the figure of seq 3 in the question's own document is another project: missing, not wrong
    elsewhere = make_multi_answer([(OTHER, 3)], figures=((97.0, DOC, 3),))
    assert grade_answer(elsewhere, question).wrong_figures == []


def test_whole_store_question_with_citations_in_two_documents_passes() -> None:
    question = make_multi_question({"found": True, "projects": [f"{DOC}#5", f"{OTHER}#2"]}, document="*", store=["third.pdf"])
    assert question.needed_documents == [DOC, OTHER, "third.pdf"]
    answer = make_multi_answer([(DOC, 5), (OTHER, 2)])
    answer["citations"].append({"document": "third.pdf", "page": 1, "line": None, "project_seq": 1, "field": "goal", "text": "…"})
    assert grade_answer(answer, question).passed
    half = make_multi_answer([(DOC, 5), (OTHER, 2)], cited=[(DOC, 5)])
    assert grade_answer(half, question).problems == [f"以下项目没有引用：[{OTHER}#2]"]


def test_citations_of_an_unrelated_document_still_fail_a_one_document_question() -> None:
    question = make_multi_question({"found": True, "projects": [2, f"{OTHER}#3"]})
    answer = make_multi_answer([(DOC, 2), (OTHER, 3)], cited=[(DOC, 2), (OTHER, 3), ("third.pdf", 1)])
    assert grade_answer(answer, question).problems == ["引用指向了其他文档：third.pdf"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "family": "f", "question": "q", "document": "*", "expect": {"found": true, "projects": [1]}}', "不能只写序号"),
        ('{"id": "x", "family": "f", "question": "q", "document": "*", "expect": {"found": true, "figures": [{"value": 1, "project_seq": 2}]}}', "不能只写序号"),
        ('{"id": "x", "family": "f", "question": "q", "document": "d", "expect": {"found": true, "projects": ["a.pdf#0"]}}', "文件名#序号"),
        ('{"id": "x", "family": "f", "question": "q", "document": "d", "expect": {"found": true, "projects": ["#3"]}}', "文件名#序号"),
        ('{"id": "x", "family": "f", "question": "q", "document": "d", "expect": {"found": true, "projects": ["a.pdf"]}}', "文件名#序号"),
        ('{"id": "x", "family": "f", "question": "q", "document": "d", "expect": {"found": true, "figures": [{"value": 1, "project_seq": "a.pdf#x"}]}}', "project_seq 必须是"),
        ('{"id": "x", "family": "f", "question": "q", "document": "d", "store": "a.pdf", "expect": {"found": true}}', "字段 store 类型错误"),
        ('{"id": "x", "family": "f", "question": "q", "document": "d", "store": ["*"], "expect": {"found": true}}', "store 必须是文件名"),
    ],
)
def test_bad_multi_document_lines_are_named(line: str, message: str) -> None:
    with pytest.raises(QuestionSetError, match="^test:1") as err:
        parse_question(line, "test:1")
    assert message in str(err.value)


def test_the_store_holds_every_document_the_set_names(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    for folder, name in ((first, DOC), (second, OTHER), (second, "third.pdf"), (first, "fourth.pdf")):
        (folder / name).write_text("x", encoding="utf-8")
    questions = [
        make_multi_question({"found": True, "projects": [1, f"{OTHER}#2"]}),
        make_multi_question({"found": False}, document="*", store=["third.pdf"]),
        make_multi_question({"found": True, "figures": [{"value": 1.0, "project_seq": "fourth.pdf#1"}]}, document="*"),
    ]
    paths = resolve_documents(questions, search_dirs=[first, second])
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == [
        f"first/{DOC}", f"second/{OTHER}", "second/third.pdf", "first/fourth.pdf"]
    with pytest.raises(EvalSetupError, match="没有指明任何文档"):
        resolve_documents([make_multi_question({"found": False}, document="*")], search_dirs=[first])


def test_corpus_folder_is_a_document_dir() -> None:
    from evals.run import DOCUMENT_DIRS

    assert ROOT / "evals" / "documents" / "corpus" in DOCUMENT_DIRS


def test_wrong_and_missed_counts_in_table_report_and_gate() -> None:
    overreach = grade_answer(make_answer(found=True, seqs=(1,)), make_question({"found": False}, "2019年的得分", "not_found"))
    refused = grade_answer(make_answer(found=False), make_question(RANKING))
    good = grade_answer(make_answer(seqs=(7, 12, 10), figures=RIGHT_FIGURES), make_question(RANKING))
    run = ModeRun(mode="rules", grades=[overreach, refused, good], seconds=0.1)
    counts = run.tally
    assert (counts.wrong_answers, counts.missed, counts.wrong_numbers) == (1, 1, 0)
    table = format_table([run])
    assert "错答|漏答" not in table and "错答" in table and "漏答" in table
    assert table.splitlines()[-1].split()[-2:] == ["1", "1"]
    report = build_report("set.jsonl", [run], notes=[])["modes"]["rules"]
    assert (report["wrong_answers"], report["missed"]) == (1, 1)
    assert report["families"]["not_found"]["wrong_answers"] == 1 and report["families"]["ranking"]["missed"] == 1
    assert [r["outcome"] for r in report["results"]] == ["wrong", "missed", "passed"]
    assert "【错答】" in format_failure(overreach) and "【漏答】" in format_failure(refused)
    assert failed_gate([run], min_score=0.0) == ["rules 模式有 1 个错误回答（其中 1 个是不该回答却回答了或项目不对）"]
    assert failed_gate([ModeRun(mode="rules", grades=[refused, good], seconds=0.1)], min_score=0.0) == []


def test_committed_corpus_pdfs_are_what_make_corpus_draws(tmp_path: Path) -> None:
    """The corpus PDFs are committed, not regenerated in CI: they must match the script's records byte for byte."""
    sys.path.insert(0, str(ROOT / "evals" / "documents" / "corpus"))
    try:
        import make_corpus
    finally:
        sys.path.pop(0)
    drawn = make_corpus.write_pdfs(tmp_path)
    assert len(drawn) == len(make_corpus.CORPUS) >= 8
    for path in drawn:
        committed = ROOT / "evals" / "documents" / "corpus" / path.name
        assert committed.read_bytes() == path.read_bytes(), f"{path.name}: re-run make_corpus.py and commit the PDFs"
