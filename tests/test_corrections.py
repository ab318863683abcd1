"""校对: staff correct a garbled name or text; answers, name resolution and citations use it, and it survives
re-ingesting the report. Real SQLite and Chroma on disk, the real CLI."""

from __future__ import annotations

import csv
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.engine import Assistant
from ingest.__main__ import main as ingest_main
from ingest.corrections import CorrectionError, stale
from ingest.records import Correction
from ingest.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "000_714f557b0e494d5f.txt"
GARBLED, RIGHT = "海洋生上态环境保护", "海洋生态环境保护"  # the sample's 4th project, as the extraction printed it


def name_fix(document: str = SAMPLE.name, printed: str = GARBLED, corrected_text: str = RIGHT) -> Correction:
    """The correction of the sample's 4th project name."""
    return Correction(document=document, project_seq=4, position=None, field="project_name", printed=printed,
                      corrected=corrected_text)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A fresh store holding the sample."""
    store = Store(tmp_path / "store")
    store.ingest(SAMPLE)
    return store


def project_four(store: Store):
    """The sample's 4th project, as stored (printed values, corrections beside them)."""
    [doc] = store.documents()
    return doc, doc.projects[3]


def test_a_correction_changes_the_name_in_a_later_answer_and_keeps_the_printed_one(store: Store) -> None:
    assistant = Assistant(store)
    before = assistant.ask("海洋项目的执行率")
    assert GARBLED in before.answer
    assert store.correct([name_fix()], author="张三") == (1, 0)
    after = assistant.ask("海洋项目的执行率")
    assert RIGHT in after.answer and GARBLED not in after.answer and "99.24" in after.answer
    assert after.projects[0].name == RIGHT
    assert after.citations and all(c.project == RIGHT and RIGHT not in c.printed for c in after.citations)
    by_printed = assistant.ask(f"{GARBLED}的总分")  # the name in the PDF still finds the project
    assert by_printed.found and "99.92" in by_printed.answer and by_printed.projects[0].seq == 4
    [doc] = store.documents()
    [kept] = doc.corrections
    assert (kept.printed, kept.corrected, kept.author) == (GARBLED, RIGHT, "张三") and kept.corrected_at


def test_a_correction_survives_reingesting_the_report_and_a_new_version_of_it(store: Store, tmp_path: Path) -> None:
    store.correct([name_fix()], author="张三")
    changed = tmp_path / SAMPLE.name  # the same file name, new bytes: stored again
    changed.write_bytes(SAMPLE.read_bytes() + b"\n")
    assert store.ingest(changed).status == "replaced"
    assert project_four(store)[0].corrections[0].corrected == RIGHT
    renamed = tmp_path / "生态环境局2024_更正版.txt"  # a new version under another name replaces the report
    renamed.write_bytes(SAMPLE.read_bytes() + b"\n\n")
    outcome = store.ingest(renamed)
    assert outcome.replaced == SAMPLE.name
    [doc] = store.documents()
    assert [c.document for c in doc.corrections] == [renamed.name]
    answer = Assistant(store).ask("海洋项目的总分")
    assert RIGHT in answer.answer and answer.citations[0].document == renamed.name


def test_a_correction_is_applied_only_where_the_same_text_is_still_printed(store: Store) -> None:
    doc, _ = project_four(store)
    moved = name_fix(printed="另一个名称")
    assert stale(replace(doc, corrections=[moved])) == [moved]
    with pytest.raises(CorrectionError, match="表上印的是“海洋生上态环境保护”"):
        store.correct([name_fix(), moved], author="张三")
    assert project_four(store)[0].corrections == []  # all or nothing: the good change was not written either


def test_indicator_names_and_reasons_are_corrected_by_position_and_answered(store: Store) -> None:
    [doc] = store.documents()
    garbled = doc.projects[0].indicators[3]  # 上海市排污权有6术评估, its reason cut and jumbled by the extraction
    name, reason = "上海市排污权有偿使用技术评估", "排污权有偿使用工作按生态环境部部署调整，相关节点同步顺延。"
    changes = [Correction(SAMPLE.name, 1, 3, "indicator_name", garbled.name, name),
               Correction(SAMPLE.name, 1, 3, "reason", garbled.reason or "", reason)]
    assert store.correct(changes, author="李四") == (2, 0)
    answer = Assistant(store).ask("排污权项目为什么扣分")
    assert f"{name}：分值 4.00 分，得分 2.00 分，扣 2.00 分" in answer.answer and f"原因：{reason}" in answer.answer
    [row] = [c for c in answer.citations if c.line == garbled.source.line]
    assert name in row.text and reason in row.text
    assert row.printed.startswith(f"{garbled.raw_name} | =1.00(个)") and "根据生态环境工作部署,是 重点工作的" in row.printed
    assert name not in row.printed and reason not in row.printed  # the line as printed, not as corrected
    assert store.documents()[0].projects[0].indicators[3].name == garbled.name  # the stored reading is untouched
    withdraw = Correction(SAMPLE.name, 1, 3, "reason", garbled.reason or "", "")
    assert store.correct([withdraw], author="李四") == (0, 1)


def test_corrections_round_trip_through_a_csv_excel_saved_as_gbk(store: Store, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture) -> None:
    exported = tmp_path / "校对.csv"
    assert ingest_main(["corrections", "export", str(exported), "--store", str(store.dir)]) == 0
    rows = list(csv.reader(exported.open(encoding="utf-8-sig")))
    header, body = rows[0], rows[1:]
    assert header[:8] == ["文件", "部门", "年度", "项目序号", "指标序号", "字段", "表上原文", "校对后"]
    assert [GARBLED, ""] in [row[6:8] for row in body]
    for row in body:
        if row[6] == GARBLED:
            row[7] = RIGHT
    edited = tmp_path / "校对_已填.csv"
    with edited.open("w", encoding="gb18030", newline="") as handle:
        csv.writer(handle).writerows([header, *body])
    assert ingest_main(["corrections", "import", str(edited), "--by", "王五", "--store", str(store.dir)]) == 0
    assert "保存 1 条" in capsys.readouterr().out
    assert RIGHT in Assistant(store).ask("海洋项目的执行率").answer
    assert ingest_main(["corrections", "import", str(edited), "--by", "王五", "--store", str(store.dir)]) == 0
    assert "保存 0 条，撤销 0 条" in capsys.readouterr().out  # the same file again changes nothing
    again = tmp_path / "再导出.csv"
    ingest_main(["corrections", "export", str(again), "--store", str(store.dir)])
    [row] = [r for r in csv.reader(again.open(encoding="utf-8-sig")) if r[6] == GARBLED]
    assert row[7:9] == [RIGHT, "王五"] and row[10] == "已校对"


def test_a_bad_csv_is_refused_in_chinese_and_changes_nothing(store: Store, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "坏.csv"
    shutil.copyfile(SAMPLE, bad)
    assert ingest_main(["corrections", "import", str(bad), "--store", str(store.dir)]) == 1
    assert "缺少列" in capsys.readouterr().err
    wrong_field = tmp_path / "字段.csv"
    wrong_field.write_text("文件,项目序号,指标序号,字段,表上原文,校对后\n"
                           f"{SAMPLE.name},4,,项目金额,{GARBLED},{RIGHT}\n", encoding="utf-8")
    assert ingest_main(["corrections", "import", str(wrong_field), "--store", str(store.dir)]) == 1
    assert "第2行：字段“项目金额”无法校对" in capsys.readouterr().err
    missing = tmp_path / "没有.csv"
    assert ingest_main(["corrections", "import", str(missing), "--store", str(store.dir)]) == 1
    assert f"未执行：无法读写文件 {missing}（库未改动）" in capsys.readouterr().err
    assert project_four(store)[0].corrections == []
