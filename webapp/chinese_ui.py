"""Gradio's own labels in Chinese, whatever the browser's language: an ASGI middleware that pins the page's locale,
and a page script for the few labels Gradio writes in English only.

Gradio ships Chinese for its built-in labels (上传, 清除, 复制, the table's sort
menu …) but picks the language from ``navigator.language`` when the page loads,
with no setting to choose it (gradio 6: ``setupi18n`` reads only the browser's
language; custom ``gr.I18n`` translations cannot replace the built-in English
ones). A projector laptop or a phone set to English then shows English buttons
in a Chinese app. The app's page is Chinese, so the page says so before Gradio's
scripts run: a script at the top of ``<head>`` reports zh-CN as the browser's
language to this page only. Some tooltips and screen-reader labels are English
in every language (复制, 全屏, the table's menus); ``TRANSLATE_LABELS`` rewrites
them in the page as Gradio draws them.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Message, Receive, Send], Awaitable[None]]

PIN_LOCALE_SCRIPT = (
    "<script>(() => { const langs = ['zh-CN', 'zh'];"
    " Object.defineProperty(Navigator.prototype, 'language', {get: () => langs[0], configurable: true});"
    " Object.defineProperty(Navigator.prototype, 'languages', {get: () => langs, configurable: true}); })();</script>"
).encode()
"""Runs before Gradio's module scripts (those are deferred), so its i18n set-up reads zh-CN."""


class ChineseLocale:
    """ASGI middleware: put PIN_LOCALE_SCRIPT first in the ``<head>`` of the page Gradio serves at ``/``; every
    other response passes untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "GET" or scope.get("path") != "/":
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, _PinningSend(send))


class _PinningSend:
    """Holds back the page's response until its body is complete, then sends it with the script inserted (and the
    length corrected). A compressed or non-HTML body is sent as it came."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self._start: Message | None = None
        self._body: list[bytes] = []

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self._start = message
            return
        if message["type"] != "http.response.body" or self._start is None:
            await self._send(message)
            return
        self._body.append(message.get("body", b""))
        if message.get("more_body"):
            return
        body = b"".join(self._body)
        headers = [(k, v) for k, v in self._start.get("headers", []) if k.lower() != b"content-length"]
        if _is_plain_html(headers):
            body = pin_locale(body)
        await self._send({**self._start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
        await self._send({"type": "http.response.body", "body": body})


def _is_plain_html(headers: list[tuple[bytes, bytes]]) -> bool:
    """An uncompressed HTML response."""
    values = {k.lower(): v.lower() for k, v in headers}
    return values.get(b"content-type", b"").startswith(b"text/html") and b"content-encoding" not in values


def pin_locale(page: bytes) -> bytes:
    """``page`` with PIN_LOCALE_SCRIPT right after its ``<head>`` tag (unchanged when it has none)."""
    return page.replace(b"<head>", b"<head>" + PIN_LOCALE_SCRIPT, 1)


ENGLISH_LABELS = {
    "Copy message": "复制这条消息",
    "Copied message": "已复制",
    "Copy conversation": "复制整段对话",
    "Copied conversation": "已复制",
    "Copy table data": "复制表格",
    "Fullscreen": "全屏",
    "Exit fullscreen": "退出全屏",
    "Table actions": "表格操作",
    "Open cell menu": "单元格菜单",
    "Empty value": "空",
    "Dataframe": "表格",
    "Click to upload or drop files": "点击上传或拖入文件",
    "File upload": "上传文件",
    "Remove this file": "移除这个文件",
    "More tabs": "更多页",
    "chatbot conversation": "对话",
    "Gradio footer navigation": "页脚",
    "Scroll down": "滚动到底部",
    "Loading response": "正在回答",
    "Sort column": "排序",
    "Filtered": "已筛选",
    "Static column": "固定列",
}
"""Labels (tooltips, screen-reader names) Gradio 6.31 writes in English whatever the locale, as found in the page."""
MESSAGE_PREFIXES = {"user's message: ": "提问：", "bot's message: ": "回答："}
"""Screen-reader names of chat messages: an English prefix before the message."""

TRANSLATE_LABELS = """
() => {
    const WORDS = %s;
    const PREFIXES = Object.entries(%s);
    const ATTRIBUTES = ['aria-label', 'title', 'placeholder'];
    const chinese = value => WORDS[value] ??
        PREFIXES.filter(([english]) => value.startsWith(english)).map(([english, zh]) => zh + value.slice(english.length))[0];
    const translate = () => {
        for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
            for (const attribute of ATTRIBUTES) {
                const value = element.getAttribute(attribute);
                const replaced = value && chinese(value);
                if (replaced && replaced !== value) element.setAttribute(attribute, replaced);
            }
        }
    };
    translate();
    let pending = false;
    new MutationObserver(() => {
        if (pending) return;
        pending = true;
        requestAnimationFrame(() => { pending = false; translate(); });
    }).observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES});
}
""" % (json.dumps(ENGLISH_LABELS, ensure_ascii=False), json.dumps(MESSAGE_PREFIXES, ensure_ascii=False))
"""Run when the page loads: Gradio's English-only labels rewritten in Chinese, now and whenever Gradio redraws."""
