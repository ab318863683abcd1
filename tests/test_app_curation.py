"""The 文档 tab's report list and delete, and the 校对 tab, as their handlers run in the app: real store, real roles.

Deleting and correcting change the store, so with accounts on only an operator may do either — checked in the
handlers themselves (what a direct HTTP call reaches), not only by hiding the controls.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.engine import Assistant
from ingest.store import Store
from webapp.accounts import Access, new_account
from webapp.correcting import correction_table, item_choices, save_correction, shown
from webapp.report_list import delete_reports, report_rows
from webapp.service import QAService

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "000_714f557b0e494d5f.txt"
WATER = ROOT / "evals" / "documents" / "water_bureau_2023.txt"
ACCESS = Access({a.name: a for a in (new_account("管理员", "operator", "一"), new_account("访客", "viewer", "二"))})
NAME_ITEM = "4||project_name"
"""The 校对 tab's value for the sample's 4th project name (海洋生上态环境保护 as printed)."""


@pytest.fixture
def service(tmp_path: Path) -> QAService:
    store = Store(tmp_path / "store")
    store.ingest(SAMPLE)
    store.ingest(WATER)
    return QAService(store, Assistant(store))


def test_the_report_list_shows_department_year_projects_and_import_time(service: QAService) -> None:
    rows = report_rows(service.reports(), service.documents())
    assert [row[:3] for row in rows] == [["上海市生态环境局", 2024, 18], ["某市水务局", 2023, 4]]
    assert all(row[3][:2] == "20" and len(row[3]) == 16 for row in rows)  # 2026-11-30 15:31, local time
    assert [row[4] for row in rows] == [SAMPLE.name, WATER.name]


def test_only_an_operator_deletes_and_the_answer_follows(service: QAService) -> None:
    refused = delete_reports(service, ACCESS, [WATER.name], "访客")
    assert "只有“管理”角色" in refused and len(service.documents()) == 2
    done = delete_reports(service, ACCESS, [WATER.name], "管理员")
    assert "已删除：某市水务局 2023年度，4 个项目" in done and "共删除 1 份报告" in done
    assert [d.file_name for d in service.documents()] == [SAMPLE.name]
    assert "合计为 12,216.04 万元" in service.ask_by_id("全局预算总额")["answer"]
    assert "库中没有这些文件" in delete_reports(service, ACCESS, [WATER.name], "管理员")


def test_only_an_operator_corrects_and_the_correction_is_listed_and_answered(service: QAService) -> None:
    [label] = [label for label, value in item_choices(service.stored(SAMPLE.name)) if value == NAME_ITEM]
    assert label == "第4个项目 项目名称：海洋生上态环境保护"
    refused = save_correction(service, ACCESS, SAMPLE.name, NAME_ITEM, "海洋生态环境保护", "访客")
    assert "只有“管理”角色" in refused and correction_table(service).empty
    saved = save_correction(service, ACCESS, SAMPLE.name, NAME_ITEM, "海洋生态环境保护", "管理员")
    assert saved == "已保存更正：第4个项目 项目名称 → 海洋生态环境保护"
    printed, editing = shown(service.stored(SAMPLE.name), NAME_ITEM)
    assert "**表上原文**（第4个项目 项目名称）：海洋生上态环境保护" in printed and "管理员" in printed
    assert editing == "海洋生态环境保护"
    [row] = correction_table(service).values.tolist()
    assert row[2:6] == ["第4个项目 项目名称", "海洋生上态环境保护", "海洋生态环境保护", "管理员"] and row[7] == "已生效"
    answer = service.ask_by_id("海洋项目执行率")
    assert answer["projects"][0]["name"] == "海洋生态环境保护"
    assert all(c["project"] == "海洋生态环境保护" and "海洋生态环境保护" not in c["printed"] for c in answer["citations"])
    assert service.documents()[0].projects[3].name == "海洋生态环境保护"  # every table shows the corrected name
    withdrawn = save_correction(service, ACCESS, SAMPLE.name, NAME_ITEM, "", "管理员")
    assert withdrawn == "已撤销更正：第4个项目 项目名称 恢复为表上原文。" and correction_table(service).empty


def test_open_app_corrections_are_signed_as_not_logged_in(service: QAService) -> None:
    save_correction(service, Access({}), SAMPLE.name, NAME_ITEM, "海洋生态环境保护", None)
    assert correction_table(service).values.tolist()[0][5] == "未登录用户"
    assert save_correction(service, Access({}), SAMPLE.name, None, "x", None) == "请先选择报告和要更正的内容。"
