"""The 文档 tab's report list and its delete control: which reports are stored, and taking one out for good.

Deleting asks twice (choose, then 确认删除) because it cannot be undone short
of importing the report again. Only an operator may delete when accounts are
on: the controls are hidden from others, and the handler checks the role
itself, so a direct HTTP call obeys it too (as the upload handler does).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import gradio as gr

from ingest.manage import import_time
from ingest.records import Document
from ingest.sql_store import StoredReport
from webapp.accounts import Access
from webapp.service import QAService

HEADERS = ["部门", "年度", "项目数", "导入时间", "文件", "核对发现数"]


def report_rows(reports: Iterable[StoredReport], documents: Iterable[Document]) -> list[list]:
    """The report list: 部门, 年度, 项目数, 导入时间, 文件, 核对发现数 — one row per stored report."""
    findings = {d.file_name: sum(len(p.findings) for p in d.projects) for d in documents}
    return [
        [r.department or "未知", r.year or "未知", r.projects, import_time(r.ingested_at), r.file_name,
         findings.get(r.file_name, 0)]
        for r in reports
    ]


def report_choices(service: QAService) -> list[tuple[str, str]]:
    """Each stored report as (部门 年度 · 文件, file name), for choosing one by what it is."""
    return [(f"{r.department or '部门未知'} {r.year or ''}年度 · {r.file_name}", r.file_name) for r in service.reports()]


@dataclass(frozen=True)
class DeleteControls:
    """The delete controls: the reports chosen, the button, the confirmation row and what was done."""

    panel: gr.Column
    chosen: gr.Dropdown
    delete: gr.Button
    confirm_row: gr.Row
    question: gr.Markdown
    confirm: gr.Button
    cancel: gr.Button
    summary: gr.Markdown


def delete_controls() -> DeleteControls:
    """Lay out the delete controls (inside the 文档 tab)."""
    with gr.Column() as panel:
        gr.Markdown("**删除报告**：删除后，其数字、文字段落和校对一并从库中移除；需要时可重新导入。")
        with gr.Row():
            chosen = gr.Dropdown([], multiselect=True, label="选择要删除的报告", scale=4, elem_id="delete-choice")
            delete = gr.Button("删除所选报告", variant="stop", scale=1, elem_id="delete")
        with gr.Row(visible=False) as confirm_row:
            question = gr.Markdown(elem_id="delete-question")
            confirm = gr.Button("确认删除", variant="stop", elem_id="delete-confirm")
            cancel = gr.Button("取消", elem_id="delete-cancel")
        summary = gr.Markdown(elem_id="delete-summary")
    return DeleteControls(panel, chosen, delete, confirm_row, question, confirm, cancel, summary)


def wire_delete(app: gr.Blocks, controls: DeleteControls, service: QAService, access: Access,
                refreshed: Callable[[], tuple], refresh_outputs: list) -> None:
    """Connect the controls: fresh choices on opening, ask to confirm, delete, then refresh ``refresh_outputs``
    (the tables and the scope selector) with ``refreshed()``."""
    c = controls

    def shown_to(request: gr.Request) -> gr.Column:
        """Only a visitor who may change the store sees the controls (Gradio passes the request by annotation)."""
        return gr.Column(visible=access.may_upload(_visitor(request)))

    app.load(shown_to, outputs=c.panel, api_visibility="private")
    c.chosen.focus(lambda: gr.Dropdown(choices=report_choices(service)), outputs=c.chosen, api_visibility="private")
    c.delete.click(_ask_to_confirm, inputs=c.chosen, outputs=[c.confirm_row, c.question, c.summary],
                   api_visibility="private")
    c.cancel.click(lambda: (gr.Row(visible=False), ""), outputs=[c.confirm_row, c.summary], api_visibility="private")

    def confirmed(chosen: list[str] | None, request: gr.Request) -> tuple:
        """Gradio hands a handler the visitor's request by its annotation."""
        summary = delete_reports(service, access, chosen or [], _visitor(request))
        return (gr.Row(visible=False), summary, gr.Dropdown(value=[], choices=report_choices(service)),
                *refreshed())

    c.confirm.click(confirmed, inputs=c.chosen, outputs=[c.confirm_row, c.summary, c.chosen, *refresh_outputs],
                    api_visibility="private")


def _visitor(request: gr.Request | None) -> str | None:
    """The logged-in visitor's name (None on an app without accounts)."""
    return request.username if request else None


def _ask_to_confirm(chosen: list[str] | None) -> tuple:
    """Show what would be deleted and the 确认删除 button; nothing chosen: say so."""
    if not chosen:
        return gr.Row(visible=False), "", "请先选择要删除的报告。"
    return gr.Row(visible=True), f"确定删除 {len(chosen)} 份报告：{'、'.join(chosen)}？", ""


def delete_reports(service: QAService, access: Access, file_names: list[str], visitor: str | None) -> str:
    """Delete the reports if ``visitor`` may change the store; what was done, in Chinese Markdown."""
    if not access.may_upload(visitor):
        return "删除未执行：只有“管理”角色的账号可以删除报告（库未改动）。"
    if not file_names:
        return "请先选择要删除的报告。"
    try:
        deleted = service.delete_reports(file_names)
    except LookupError as err:
        return f"删除未执行：{err}（库未改动）"
    lines = [f"- 已删除：{d.department or '部门未知'} {d.year or '年度未知'}年度，{len(d.projects)} 个项目（{d.file_name}）"
             for d in deleted]
    return "\n".join([*lines, f"\n共删除 {len(deleted)} 份报告。"])
