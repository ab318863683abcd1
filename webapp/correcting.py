"""The 校对 tab: staff who know the real names correct what the extraction garbled, one value at a time.

Choose a report, then the value (项目名称, 指标名称, 偏差原因, 目标, 完成情况 of
a project, by position), see what the table prints, type the right text and
save; emptying the box withdraws a correction. Below, every correction with who
made it and when. The same rules as the CLI (``python -m ingest corrections``):
``Store.correct`` checks the value is still printed as shown, and only an
operator may correct when accounts are on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import gradio as gr
import pandas as pd

from ingest.corrections import CorrectionError, Place, applies, places
from ingest.corrections_file import STALE
from ingest.manage import import_time
from ingest.records import Correction, Document
from webapp.accounts import Access
from webapp.render import inert
from webapp.report_list import report_choices
from webapp.service import QAService

HEADERS = ["文件", "项目", "位置", "表上原文", "校对后", "校对人", "校对时间", "状态"]
CHOICE_CHARS = 40
"""How much of a value an item's label shows (the full text is shown once it is chosen)."""
ANONYMOUS = "未登录用户"
"""Who made a correction on an app without accounts."""


@dataclass(frozen=True)
class CorrectionControls:
    """The tab's parts: the report and value chosen, the printed text, the correction box, and the list."""

    report: gr.Dropdown
    item: gr.Dropdown
    printed: gr.Markdown
    text: gr.Textbox
    save: gr.Button
    summary: gr.Markdown
    table: gr.Dataframe


def corrections_tab() -> CorrectionControls:
    """Lay out the 校对 tab."""
    gr.Markdown("提取时读错的项目名称、指标名称、偏差原因或目标文字，可在此更正。更正后，回答、项目名称的识别和出处都用更正后的"
                "文字，出处同时保留表上原文；同一份报告重新导入后更正仍然有效。")
    with gr.Row():
        # min_width: on a phone the two stack, each the screen's width, rather than cut to a few characters each
        report = gr.Dropdown([], label="报告", scale=2, min_width=300, elem_id="correct-report")
        item = gr.Dropdown([], label="要更正的内容（可输入文字筛选）", scale=3, min_width=300, elem_id="correct-item")
    printed = gr.Markdown(elem_id="correct-printed")
    text = gr.Textbox(label="更正为（留空并保存即撤销更正）", lines=2, elem_id="correct-text")
    save = gr.Button("保存更正", variant="primary", elem_id="correct-save")
    summary = gr.Markdown(elem_id="correct-summary")
    table = gr.Dataframe(pd.DataFrame(columns=HEADERS), label="已有的更正", interactive=False, wrap=True,
                         elem_id="corrections")
    return CorrectionControls(report, item, printed, text, save, summary, table)


def wire_corrections(app: gr.Blocks, controls: CorrectionControls, service: QAService, access: Access,
                     refreshed: Callable[[], tuple], refresh_outputs: list) -> None:
    """Connect the tab: choices on opening, the value's printed text on choosing, saving, then refresh
    ``refresh_outputs`` (the tables that show names) with ``refreshed()``."""
    c = controls

    def opened(request: gr.Request) -> tuple:
        """The corrections so far; saving only for a visitor who may change the store (the request by annotation)."""
        return correction_table(service), gr.Button(interactive=access.may_upload(_visitor(request)))

    app.load(opened, outputs=[c.table, c.save], api_visibility="private")
    c.report.focus(lambda: gr.Dropdown(choices=report_choices(service)), outputs=c.report, api_visibility="private")
    c.report.change(lambda file_name: (gr.Dropdown(value=None, choices=item_choices(service.stored(file_name))), "",
                                       ""), inputs=c.report, outputs=[c.item, c.printed, c.text],
                    api_visibility="private")
    c.item.change(lambda file_name, item: shown(service.stored(file_name), item), inputs=[c.report, c.item],
                  outputs=[c.printed, c.text], api_visibility="private")

    def saved(file_name: str | None, item: str | None, text: str, request: gr.Request) -> tuple:
        """Gradio hands a handler the visitor's request by its annotation."""
        summary = save_correction(service, access, file_name, item, text or "", _visitor(request))
        doc = service.stored(file_name) if file_name else None
        return (summary, gr.Dropdown(choices=item_choices(doc)), correction_table(service), *refreshed())

    c.save.click(saved, inputs=[c.report, c.item, c.text], outputs=[c.summary, c.item, c.table, *refresh_outputs],
                 api_visibility="private")


def _visitor(request: gr.Request | None) -> str | None:
    """The logged-in visitor's name (None on an app without accounts)."""
    return request.username if request else None


def _item_value(place: Place) -> str:
    """A place as the item dropdown's value: seq|position|field (position empty for a project's own field)."""
    return f"{place.project_seq}|{'' if place.position is None else place.position}|{place.field}"


def _place(doc: Document, item: str) -> Place | None:
    """The place an item value names, with what the report prints there; None when the report has no such place
    (a choice left from before the report was replaced)."""
    return next((p for p in places(doc) if _item_value(p) == item), None)


def _current(doc: Document, place: Place) -> Correction | None:
    """The correction that holds at ``place``, if any."""
    return next((c for c in doc.corrections if c.place == (place.project_seq, place.position, place.field)
                 and applies(doc, c)), None)


def item_choices(doc: Document | None) -> list[tuple[str, str]]:
    """Every correctable value of a report as (第4个项目 项目名称：海洋生上态环境保护, its value); a corrected one
    shows its correction, marked."""
    if doc is None:
        return []
    choices = []
    for place in places(doc):
        correction = _current(doc, place)
        text = correction.corrected if correction else place.printed
        mark = "（已更正）" if correction else ""
        choices.append((f"{place.describe()}{mark}：{_short(text) or '（空）'}", _item_value(place)))
    return choices


def _short(text: str) -> str:
    """The start of a value, for a dropdown label."""
    return text if len(text) <= CHOICE_CHARS else text[:CHOICE_CHARS] + "…"


def shown(doc: Document | None, item: str | None) -> tuple[str, str]:
    """What the report prints at the chosen place (inert Markdown) and the text to edit (the correction, if any)."""
    place = _place(doc, item) if doc is not None and item else None
    if place is None:
        return "", ""
    correction = _current(doc, place)
    lines = [f"**表上原文**（{place.describe()}）：{inert(place.printed) or '（空）'}"]
    if correction:
        lines.append(f"**当前更正**：{inert(correction.corrected)}（{inert(correction.author)}，"
                     f"{import_time(correction.corrected_at)}）")
    return "\n\n".join(lines), correction.corrected if correction else place.printed


def save_correction(service: QAService, access: Access, file_name: str | None, item: str | None, text: str,
                    visitor: str | None) -> str:
    """Save (or withdraw) one correction if ``visitor`` may change the store; what was done, in Chinese."""
    if not access.may_upload(visitor):
        return "更正未保存：只有“管理”角色的账号可以更正（库未改动）。"
    doc = service.stored(file_name) if file_name else None
    place = _place(doc, item) if doc is not None and item else None
    if place is None:
        return "请先选择报告和要更正的内容。"
    change = Correction(doc.file_name, place.project_seq, place.position, place.field, place.printed, text)
    try:
        saved, withdrawn = service.correct(change, visitor or ANONYMOUS)
    except CorrectionError as err:
        return f"更正未保存：{inert(str(err))}"
    if saved:
        return f"已保存更正：{place.describe()} → {inert(text.strip())}"
    return f"已撤销更正：{place.describe()} 恢复为表上原文。" if withdrawn else "没有改动：与表上原文相同。"


def correction_table(service: QAService) -> pd.DataFrame:
    """Every stored correction: where, the printed and the corrected text, who and when, and whether it holds."""
    rows = []
    for doc in service.store.documents():
        names = {p.seq: p.name for p in doc.projects}
        for c in doc.corrections:
            place = Place(doc.file_name, c.project_seq, c.position, c.field, c.printed)
            rows.append([doc.file_name, f"{c.project_seq}. {names.get(c.project_seq, '')}", place.describe(),
                         c.printed, c.corrected, c.author, import_time(c.corrected_at),
                         "已生效" if applies(doc, c) else STALE])
    return pd.DataFrame(rows, columns=HEADERS)
