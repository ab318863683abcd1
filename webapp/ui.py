"""The Gradio page (问答 · 文档 · 核对发现 · 项目总表 · 校对) and the ``/ask`` HTTP endpoint, over one shared QAService.

Each browser session keeps its own Conversation in ``gr.State``; HTTP callers
name theirs by id. Every handler here is a thin shell: the service asks or
ingests, ``webapp.render`` lays the result out.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import gradio as gr
import pandas as pd
from starlette.middleware import Middleware
from starlette.routing import BaseRoute
from anyio import to_thread

from assistant.conversation import Conversation
from webapp import exports
from webapp.accounts import OPEN, Access
from webapp.chart import answer_chart, chart_svg
from webapp.chinese_ui import ChineseLocale
from webapp.page_assets import (
    CSS,
    ON_LOAD,
    OPEN_SOURCE_ON_CLICK,
    SCROLL_TO_NEW_ANSWER,
    SHOW_PREVIEW,
    ZOOM_CROP_ON_CLICK,
)
from webapp.render import (
    FINDING_HEADERS,
    answer_messages,
    finding_rows,
    inert,
    ingest_summary_markdown,
    store_summary,
)
from webapp.project_table import HEADERS as PROJECT_HEADERS
from webapp.project_table import on_screen as projects_on_screen
from webapp.project_table import project_rows
from webapp.project_table import write_csv as write_project_csv
from webapp.project_table import write_xlsx as write_project_xlsx
from webapp.api_sessions import ApiSessions
from webapp.correcting import CorrectionControls, corrections_tab, wire_corrections
from webapp.report_list import HEADERS as REPORT_HEADERS
from webapp.report_list import DeleteControls, delete_controls, report_rows, wire_delete
from webapp.service import IDLE_SECONDS, FileResult, QAService
from webapp.source_view import preview_html, preview_source
from webapp.sources import StoreNames, source_rows, sources_html

EXAMPLES = (
    "哪些项目扣分了，为什么？",
    "执行率最低的三个项目",
    "海洋项目的预算执行情况",
    "全局预算总额和整体执行率是多少",
    "培训次数指标完成了吗",
    "哪些项目的数据对不上",
)
"""One clickable question per main family, so a first-time user sees what can be asked."""

ASK_CONCURRENCY = 8
"""Questions answered at once (browser and HTTP together); the rest wait in Gradio's queue."""

FINDING_WIDTHS = ["16%", "24%", "10%", "42%", "8%"]
"""The findings table's columns: the message gets the most room."""

INTRO = "# 绩效问答"
HINT = ("用中文询问项目支出绩效自评表：得分与扣分原因、执行率、指标完成情况、数据核对。在下方输入问题，或点击示例问题。\n\n"
        "数字都由程序从原表计算；回答中的 [n] 对应出处第 n 行，点击出处可查看原表。")
SCOPE_LABEL = "范围（不选即全部报告；问题里写明的部门、年度优先）"

CHAT_HEIGHT = "calc(100vh - 330px)"
"""The chat fills the window's height above the question box, so at 1280×720 the answer's start is on screen."""

SESSION_TTL_SECONDS = IDLE_SECONDS
"""How long an idle browser session keeps its conversation (and Gradio its state) before both are dropped: as long
as an HTTP caller's."""
SESSION_CAPACITY = 500
"""How many browser sessions Gradio keeps at most. Each holds a copy of the page's configuration, about 110 KB
(tracemalloc, 71 blocks), so 500 bound them to about 55 MB; its default, 10,000, let memory grow past 900 MB. API
calls no longer fill it (``ApiSessions``), so 500 is 500 open tabs: far more than a bureau's staff at once, and a tab
pushed out only loses its conversation's context."""


def build_app(service: QAService, access: Access = OPEN) -> gr.Blocks:
    """The whole page, wired to ``service``; the ``/ask`` endpoint is registered on it too. ``access``: who may
    upload (checked in the upload handler itself, so a direct HTTP call obeys it too) and how large a file may be."""
    with gr.Blocks(title="绩效问答", delete_cache=(3600, SESSION_TTL_SECONDS)) as app:
        with gr.Row(elem_id="header", equal_height=True):
            with gr.Column(scale=2, min_width=280):
                gr.Markdown(INTRO, elem_id="title")
                status = gr.Markdown(store_summary(service.documents()), elem_id="status")
            scope = gr.Dropdown(_scope_choices(service), multiselect=True, label=SCOPE_LABEL, scale=3, min_width=280,
                                elem_id="scope")
        with gr.Tabs(elem_id="tabs"):
            with gr.Tab("问答", id="chat"):
                _chat_tab(service, scope)
            with gr.Tab("文档", id="documents"):
                documents, summary, upload = _documents_tab()
                removal = delete_controls()
            with gr.Tab("核对发现", id="findings"):
                findings = _findings_tab(service)
            with gr.Tab("项目总表", id="projects"):
                projects = _projects_tab(service)
            with gr.Tab("校对", id="corrections"):
                correcting = corrections_tab()
        tables = [status, documents, findings, projects]
        _wire_store_changes(app, service, access, removal, correcting, [*tables, scope])
        app.load(lambda: _tables(service), outputs=tables, api_visibility="private")
        app.load(lambda: gr.update(choices=_scope_choices(service)), outputs=scope, api_visibility="private")

        def uploaded(files: list[str] | None, request: gr.Request, progress=gr.Progress()) -> tuple:  # noqa: B008
            """Gradio hands a handler the visitor's request by its annotation, its progress bar by this default. The
            scope selector lists the new reports at once (it kept the old list until the page was reloaded)."""
            return (*_ingest(service, files, progress, access, request), gr.update(choices=_scope_choices(service)))

        upload.upload(
            uploaded,
            inputs=upload,
            outputs=[summary, upload, *tables, scope],
            show_progress_on=upload,
            api_visibility="private",
        )
        _register_api(service, ApiSessions(app))
    return app


def _wire_store_changes(app: gr.Blocks, service: QAService, access: Access, removal: DeleteControls,
                        correcting: CorrectionControls, outputs: list) -> None:
    """Deleting a report and correcting a value change what every tab shows: both refresh the tables and the
    scope selector (``outputs``) afterwards."""
    def refreshed() -> tuple:
        return (*_tables(service), gr.update(choices=_scope_choices(service)))

    wire_delete(app, removal, service, access, refreshed, outputs)
    wire_corrections(app, correcting, service, access, refreshed, outputs)


def _chat_tab(service: QAService, scope: gr.Dropdown) -> None:
    """The chat on the left, asking about the reports chosen in ``scope``; on the right the chart of the last
    answer (when it has one), the preview of a source, and the numbered sources."""
    conversation = gr.State(None, time_to_live=SESSION_TTL_SECONDS)  # an idle tab's conversation is let go
    shown = gr.State(None, time_to_live=SESSION_TTL_SECONDS)  # the answer on screen, whose sources can be opened
    with gr.Row(equal_height=False):
        with gr.Column(scale=5, min_width=320):
            chatbot = gr.Chatbot(
                label="对话",
                show_label=False,
                height=CHAT_HEIGHT,
                min_height=300,
                autoscroll=False,  # a long answer is shown from its start (SCROLL_TO_NEW_ANSWER), not its end
                placeholder=HINT,
                buttons=["copy", "copy_all"],  # no "share": it posts to Hugging Face, which this app never reaches
                elem_id="chat",
            )
            with gr.Row():
                question = gr.Textbox(
                    label="问题", show_label=False, placeholder="输入问题，例如：执行率最低的三个项目", scale=5,
                    autofocus=True, elem_id="question", container=False,
                )
                ask = gr.Button("提问", variant="primary", scale=1, min_width=80, elem_id="ask")
            with gr.Row(elem_id="examples"):
                examples = [gr.Button(text, size="sm") for text in EXAMPLES]
            clear = gr.Button("清空对话", variant="secondary", size="sm", elem_id="clear")
        with gr.Column(scale=4, min_width=320, elem_id="chat-side"):
            chart = gr.HTML(visible=False, elem_id="chart", js_on_load=None)
            preview = gr.HTML(visible=False, elem_id="preview", js_on_load=ZOOM_CROP_ON_CLICK)
            sources = gr.HTML(sources_html([]), elem_id="sources", js_on_load=OPEN_SOURCE_ON_CLICK)
            with gr.Row():
                answer_xlsx = gr.Button("导出回答中的项目（Excel）", size="sm", elem_id="answer-xlsx")
                answer_file = gr.File(label="下载", interactive=False, visible=False, elem_id="answer-file")
    answer_xlsx.click(lambda answer: _answer_download(service, answer), inputs=[shown], outputs=answer_file,
                      api_visibility="private")
    outputs = [chatbot, conversation, question, sources, chart, preview, shown]
    for trigger, asked in [(ask.click, question), (question.submit, question)] + [(b.click, b) for b in examples]:
        trigger(
            lambda text, history, conv, chosen: _respond(service, text, history, conv, chosen),
            inputs=[asked, chatbot, conversation, scope],
            outputs=outputs,
            concurrency_limit=ASK_CONCURRENCY,
            concurrency_id="ask",
            api_visibility="private",
        ).then(None, js=SCROLL_TO_NEW_ANSWER)
    for trigger in (clear.click, chatbot.clear):  # the chat's own bin icon forgets the conversation too
        trigger(_cleared, outputs=outputs, api_visibility="private")

    def opened(answer: dict | None, event: gr.EventData) -> gr.HTML:
        """Gradio hands a handler the event (which row was clicked) by this annotation."""
        return _open_source(service, answer, event)

    sources.click(opened, inputs=[shown], outputs=preview, api_visibility="private").then(None, js=SHOW_PREVIEW)


def _scope_choices(service: QAService) -> list[tuple[str, str]]:
    """Each stored report as (部门 年度, file name), for the scope selector; two reports of one department and year
    (a unit's and its bureau's, or another copy) add their file names, so the choice is never a guess."""
    labels = [(f"{d.department or '部门未知'} {d.year or ''}年度".strip(), d.file_name) for d in service.documents()]
    counts = Counter(label for label, _ in labels)
    return [(f"{label} · {file_name}" if counts[label] > 1 else label, file_name) for label, file_name in labels]


def _respond(
    service: QAService, text: str, history: list, conversation: Conversation | None, chosen: list[str] | None = None
) -> tuple:
    """Ask ``text`` in this session's conversation, about the ``chosen`` reports when the question names none; show
    the answer, its numbered sources and, when one figure runs over its projects, a chart."""
    text = (text or "").strip()
    if not text:
        return (gr.skip(),) * 7
    conversation = conversation or service.new_conversation()
    conversation.chosen_documents = tuple(chosen) if chosen else None
    answer = service.ask(text, conversation)  # never raises: a failure comes back as a found=False answer
    rows = source_rows(answer, StoreNames.of(service.documents()))
    messages = [*history, _user(text), *answer_messages(answer)]
    return messages, conversation, "", sources_html(rows, answered=True), _chart(answer), gr.HTML(visible=False), answer


def _user(text: str) -> dict:
    """The user's turn as a chat message."""
    return {"role": "user", "content": inert(text)}


def _chart(answer: dict | None) -> gr.HTML:
    """The answer's chart, drawn whole from it, or hidden when it has none."""
    chart = answer_chart(answer) if answer else None
    return gr.HTML(chart_svg(chart), visible=True) if chart else gr.HTML("", visible=False)


def _open_source(service: QAService, answer: dict | None, event: gr.EventData) -> gr.HTML:
    """The preview of the source row clicked in the panel: ``event.source`` is its index in the shown answer's
    citations (its marker minus one)."""
    citations = (answer or {}).get("citations", [])
    index = (getattr(event, "_data", None) or {}).get("source")
    if not isinstance(index, int) or not 0 <= index < len(citations):
        return gr.HTML(visible=False)
    shown = preview_source(citations[index], service.documents(), service.store.dir)
    return gr.HTML(f'<p class="preview-caption"><b>来源 {index + 1}</b></p>' + preview_html(shown), visible=True)


def _cleared() -> tuple:
    """A fresh conversation: the next question starts without context."""
    return [], None, "", sources_html([]), _chart(None), gr.HTML(visible=False), None


def _documents_tab() -> tuple[gr.Dataframe, gr.Markdown, gr.File]:
    """The ingested documents and the upload box (uploading ingests at once)."""
    documents = gr.Dataframe(
        pd.DataFrame(columns=REPORT_HEADERS), label="已导入的报告", interactive=False, elem_id="documents"
    )
    upload = gr.File(
        label="上传自评表（PDF、Excel、Word 或文本提取的 .txt，可一次选多个）：上传后自动导入",
        file_count="multiple",  # no file_types: Gradio would refuse other files in English; ingest says why in Chinese
        elem_id="upload",
    )
    summary = gr.Markdown(elem_id="ingest-summary")
    return documents, summary, upload


def _findings_tab(service: QAService) -> gr.Dataframe:
    """Reconciliation findings, project by project, and the same table as a file to take away."""
    gr.Markdown(
        "程序按模板规则复核每张表（执行率 = 全年执行数 ÷ 全年预算数 × 100，资金得分 = 执行率 × 分值，"
        "总分 = 资金得分 + 各指标得分，评分等级按总分），以下是对不上或原文缺失的地方。"
    )
    table = gr.Dataframe(
        pd.DataFrame(columns=FINDING_HEADERS),
        label="核对发现",
        interactive=False,
        wrap=True,
        column_widths=FINDING_WIDTHS,
        elem_id="findings",
    )
    _export_buttons("findings", lambda suffix: _export_findings(service, suffix))
    return table


def _projects_tab(service: QAService) -> gr.Dataframe:
    """Every project with its key figures, sortable, and the same table as an .xlsx or .csv file to take away."""
    gr.Markdown("库中全部项目的主要数字（可点列名排序）。导出的表格带文件名和补全说明，便于会后核对。")
    table = gr.Dataframe(pd.DataFrame(columns=PROJECT_HEADERS), interactive=False, wrap=True, elem_id="projects")
    _export_buttons("export", lambda suffix: _export_projects(service, suffix))
    return table


def _export_buttons(prefix: str, export: Callable[[str], str]) -> None:
    """导出 Excel / 导出 CSV buttons and the file they give (element ids ``{prefix}-xlsx``, ``-csv``, ``-file``)."""
    with gr.Row():
        as_xlsx = gr.Button("导出 Excel（.xlsx）", size="sm", elem_id=f"{prefix}-xlsx")
        as_csv = gr.Button("导出 CSV", size="sm", elem_id=f"{prefix}-csv")
    download = gr.File(label="下载", interactive=False, elem_id=f"{prefix}-file")
    as_xlsx.click(lambda: export(".xlsx"), outputs=download, api_visibility="private")
    as_csv.click(lambda: export(".csv"), outputs=download, api_visibility="private")


def _export_projects(service: QAService, suffix: str) -> str:
    """The 项目总表 written to a fresh temporary file for download (Gradio serves and later cleans it)."""
    write = write_project_xlsx if suffix == ".xlsx" else write_project_csv
    return str(write(project_rows(service.documents()), _export_folder() / f"项目总表{suffix}"))


def _export_findings(service: QAService, suffix: str) -> str:
    """The 核对发现 table written to a fresh temporary file for download, its 文档 and 页/行 columns kept."""
    rows = finding_rows(service.documents())
    path = _export_folder() / f"核对发现{suffix}"
    if suffix == ".xlsx":
        return str(exports.write_xlsx(FINDING_HEADERS, rows, path, "核对发现", widths=(28, 36, 12, 60, 10)))
    return str(exports.write_csv(FINDING_HEADERS, rows, path))


def _answer_download(service: QAService, answer: dict | None) -> gr.File:
    """The projects the shown answer lists, as the 项目总表 gives them, in a file to take away; nothing (and the
    file box hidden) when the answer lists none."""
    path = _export_answer(service, answer)
    return gr.File(value=path, visible=path is not None)


def _export_answer(service: QAService, answer: dict | None) -> str | None:
    """The 项目总表 rows of the projects ``answer`` lists, in its order, as an .xlsx file; None when it lists none."""
    listed = [(p["document"], p["seq"]) for p in (answer or {}).get("projects", [])]
    by_key = {(row[-2], row[2]): row for row in project_rows(service.documents())}
    rows = [by_key[key] for key in listed if key in by_key]
    if not rows:
        return None
    return str(write_project_xlsx(rows, _export_folder() / "回答中的项目.xlsx"))


def _export_folder() -> Path:
    """A fresh temporary folder for one download."""
    return Path(tempfile.mkdtemp(prefix="jixiao-export-"))


def _tables(service: QAService) -> tuple:
    """The store summary, documents, findings and project tables, as the store is now."""
    docs = service.documents()
    return (
        store_summary(docs),
        pd.DataFrame(report_rows(service.reports(), docs), columns=REPORT_HEADERS),
        pd.DataFrame(finding_rows(docs), columns=FINDING_HEADERS),
        projects_on_screen(project_rows(docs)),
    )


def _ingest(
    service: QAService, files: list[str] | None, progress: gr.Progress, access: Access = OPEN,
    request: gr.Request | None = None,
) -> tuple:
    """Ingest the uploaded files with a progress bar; report each file, then refresh the tables. Only a visitor
    ``access`` lets upload changes the store; files over the size limit are refused unread; the uploaded copies
    are removed afterwards either way."""
    if not files:
        return gr.skip(), gr.skip(), *_tables(service)
    paths = [Path(f) for f in files]
    try:
        if not access.may_upload(request.username if request else None):
            return "上传未执行：只有“管理”角色的账号可以上传报告（库未改动）。", None, *_tables(service)
        limit = access.max_upload_mb * 1024 * 1024
        too_big = [p for p in paths if p.stat().st_size > limit]

        def on_file(done: int, total: int, name: str) -> None:
            progress((done, total), desc=f"正在导入 {name}（第 {done + 1}/{total} 个）…", unit="个文件")

        results = [FileResult(p.name, error=f"{p.name}：文件超过 {access.max_upload_mb} MB 上限，未读取")
                   for p in too_big]
        results += service.ingest_files([p for p in paths if p not in too_big], on_file)
        return ingest_summary_markdown(results), None, *_tables(service)
    finally:
        for path in paths:  # Gradio's temporary copies: what was ingested is in the store now
            path.unlink(missing_ok=True)


def _register_api(service: QAService, sessions: ApiSessions) -> None:
    """``/ask``: the HTTP endpoint for scripts (docs/http_api.md). Gradio hands each handler the caller's request
    (by its annotation; it is no API parameter), so the session Gradio made for the call is released after it —
    on Gradio's event loop, where the handlers run (coroutines), while the answer is computed in a worker thread."""

    async def ask(question: str, conversation_id: str = "", request: gr.Request | None = None) -> dict:
        """提问并返回回答契约对象（question, answer, intent, found, projects, figures, citations, mode）。

        conversation_id 相同的多次调用是同一段对话的多轮（可追问）；留空则单轮问答。
        """
        try:
            return await to_thread.run_sync(service.ask_by_id, question, conversation_id)
        finally:
            sessions.answered(request)

    async def ask_scoped(question: str, conversation_id: str = "", department: str = "", year: str = "",
                         request: gr.Request | None = None) -> dict:
        """同 /ask，另可限定范围：department / year 为空表示全部；问题里写了部门或年度的，以问题为准。

        单独一个接口：/ask 的位置参数调用方式（data 为两项的列表）保持不变。
        """
        try:
            return await to_thread.run_sync(service.ask_by_id, question, conversation_id, department, year)
        finally:
            sessions.answered(request)

    gr.api(ask, api_name="ask", concurrency_limit=ASK_CONCURRENCY, concurrency_id="ask")
    gr.api(ask_scoped, api_name="ask_scoped", concurrency_limit=ASK_CONCURRENCY, concurrency_id="ask")


def launch(
    app: gr.Blocks, host: str, port: int, once_serving: Callable[[], None] | None = None, access: Access = OPEN,
    routes: Sequence[BaseRoute] = (),
) -> None:
    """Serve the page and the API, run ``once_serving`` as soon as it serves, then block until the server stops.
    With accounts, every visitor logs in first; uploads over the limit are refused before they are read;
    Gradio's /monitoring page stays off. ``routes`` (``webapp.plain_api``) go into Gradio's FastAPI app when it is
    made, ahead of Gradio's own, so they serve from the first request on."""
    app.queue(default_concurrency_limit=ASK_CONCURRENCY)
    app.launch(
        server_name=host,
        server_port=port,
        auth=access.check if access.login_required else None,
        auth_message="请用绩效问答的账号登录。" if access.login_required else None,
        max_file_size=f"{access.max_upload_mb}mb",
        enable_monitoring=False,
        state_session_capacity=SESSION_CAPACITY,
        theme=gr.themes.Soft(),
        css=CSS,
        js=ON_LOAD,
        footer_links=["api"],
        app_kwargs={"middleware": [Middleware(ChineseLocale)],  # Gradio's own labels in Chinese (chinese_ui.py)
                    "routes": list(routes)},
        show_error=True,
        prevent_thread_lock=True,
    )
    if once_serving:
        once_serving()
    app.block_thread()
