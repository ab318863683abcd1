"""What the page runs in the browser: its CSS (projector and phone layouts) and the small scripts Gradio cannot do.

Kept apart from the layout code in ``webapp.ui`` so each script can be read
whole. The layout targets: at 1280×720 the answer's first line, its chart and its
first sources are on screen without scrolling; at 390 px wide the sources are
cards, one per row, each field named, and a page crop is shown twice as wide as the screen, to pan.
"""

from __future__ import annotations

from webapp.chinese_ui import TRANSLATE_LABELS

CSS = """
.gradio-container { max-width: 1480px !important; }
#header { gap: 12px; align-items: center; }
#title h1 { font-size: 1.35rem; margin: 0; }
#status { font-size: 13px; }
#status p { margin: 0; }
#examples { gap: 6px; }
#examples button { white-space: normal; }
#chat-side { gap: 8px; }
#chart svg text { fill: var(--body-text-color); font-family: inherit; }
#chart svg .bar-value { fill: var(--body-text-color-subdued); }
#chart svg .bar:hover rect { fill: #2f5fb3; }
.sources-hint, .sources-empty { color: var(--body-text-color-subdued); font-size: 12px; margin: 0 0 4px; }
table.sources { width: 100%; border-collapse: collapse; font-size: 13px; line-height: 1.35; }
table.sources th { text-align: left; font-weight: 600; border-bottom: 2px solid var(--border-color-primary);
                   padding: 4px 6px; white-space: nowrap; }
table.sources td { vertical-align: top; border-bottom: 1px solid var(--border-color-primary); padding: 4px 6px; }
table.sources td:first-child { color: var(--body-text-color-subdued); width: 1.6em; }
table.sources td:nth-child(2) { width: 7em; }
table.sources td:nth-child(3) { width: 4.4em; white-space: nowrap; }
table.sources td:nth-child(4) { width: 7.5em; }
table.sources td:nth-child(5) { width: 6.5em; }
table.sources.one-report th:nth-child(2), table.sources.one-report td:nth-child(2) { display: none; }
table.sources .clamp { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
table.sources td:last-child .clamp { -webkit-line-clamp: 4; }
table.sources tbody tr { cursor: pointer; }
table.sources tbody tr:hover, table.sources tbody tr:focus, table.sources tbody tr.selected {
    background: var(--color-accent-soft); outline: none; }
.source-marker { color: var(--color-accent); cursor: pointer; font-size: 0.8em; vertical-align: super;
                 margin: 0 1px; }
.source-marker:hover, .source-marker:focus { text-decoration: underline; outline: none; }
#preview .preview-caption { font-size: 13px; margin: 0 0 4px; }
#preview img { max-width: 100%; border: 1px solid var(--border-color-primary); cursor: zoom-in; }
#preview .preview-crop.zoomed { overflow-x: auto; }
#preview .preview-crop.zoomed img { max-width: none; width: auto; cursor: zoom-out; }
#preview .preview-lines { font-family: var(--font-mono); font-size: 12px; white-space: pre-wrap; margin: 0;
                          border: 1px solid var(--border-color-primary); padding: 6px; }
#preview .preview-lines .cited { background: #ffe27a; color: #000; display: block; }
@media (max-width: 640px) {
    #header h1 { font-size: 1.15rem; }
    #tabs .tab-container button { padding-left: 7px; padding-right: 7px; }
    #preview .preview-crop { overflow-x: auto; }
    #preview .preview-crop img { max-width: none; width: 200%; }
    #preview .preview-crop.zoomed img { width: auto; }
    table.sources { border: none; }
    table.sources thead { display: none; }
    table.sources, table.sources tbody, table.sources tr, table.sources td { display: block; width: 100% !important; }
    table.sources tr { border: 1px solid var(--border-color-primary); border-radius: 8px; margin: 0 0 8px;
                       padding: 6px 10px; }
    table.sources td { border: none; padding: 2px 0; }
    table.sources .clamp { display: inline; }
    table.sources td::before { content: attr(data-label) "："; color: var(--body-text-color-subdued);
                               font-size: 12px; }
    table.sources td:first-child::before { content: "来源 "; }
}
"""
"""The page's style, passed to ``launch(css=...)``."""

SCROLL_TO_NEW_ANSWER = """
async () => {
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
    const chat = document.querySelector('#chat');
    const question = chat ? [...chat.querySelectorAll('.user-row')].pop() : null;
    if (!question) return;
    let box = question.parentElement;
    while (box && box !== document.body && box.scrollHeight <= box.clientHeight + 1) box = box.parentElement;
    if (box && box !== document.body) {
        box.scrollTop += question.getBoundingClientRect().top - box.getBoundingClientRect().top - 40;  // clear of the chat's toolbar
    }
    const top = question.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight * 0.5) window.scrollBy({top: top - 8});
}
"""
"""After an answer: the chat's own scrolling box (and, on a phone, the page) brought to the question just asked, so
the answer's first line, its headline, is in view, not the end of a long answer."""

OPEN_SOURCE_ON_CLICK = """
const open = row => {
    element.querySelectorAll('tr.selected').forEach(other => other.classList.remove('selected'));
    row.classList.add('selected');
    trigger('click', {source: Number(row.dataset.source)});
};
element.addEventListener('click', event => {
    const row = event.target.closest('tr[data-source]');
    if (row) open(row);
});
element.addEventListener('keydown', event => {
    const row = event.target.closest('tr[data-source]');
    if (row && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); open(row); }
});
"""
"""The sources panel's ``js_on_load``: a click (or Enter) on a row asks the server for that source's preview."""

ZOOM_CROP_ON_CLICK = """
element.addEventListener('click', event => {
    const crop = event.target.closest('.preview-crop');
    if (crop) crop.classList.toggle('zoomed');
});
"""
"""The preview's ``js_on_load``: a click on a page crop shows it at its own size, to pan sideways (fitted to the
column, the template's 9-point text is too small to read on a projector); a second click fits it again."""

SHOW_PREVIEW = """
async () => {
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
    const preview = document.querySelector('#preview');
    if (!preview) return;
    const box = preview.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight - 80) preview.scrollIntoView({block: 'start'});
}
"""
"""After a source is opened: its preview scrolled into view when it is off screen (a row far down the list)."""

LINK_MARKERS = """
() => {
    const MARKER = /\\[(\\d+)\\]/;
    const newest = () => {
        const chat = document.querySelector('#chat');
        const question = chat && [...chat.querySelectorAll('.user-row')].pop();
        return {chat, question};
    };
    const current = (node, question) =>
        !question || Boolean(question.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
    const wrap = () => {
        const {chat, question} = newest();
        if (!chat) return;
        for (const row of chat.querySelectorAll('.bot-row')) {
            if (!current(row, question)) continue;
            const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
            const found = [];
            while (walker.nextNode()) {
                const node = walker.currentNode;
                if (MARKER.test(node.data) && !node.parentElement.closest('.source-marker, button')) found.push(node);
            }
            for (const node of found) {
                const fragment = document.createDocumentFragment();
                for (const part of node.data.split(/(\\[\\d+\\])/)) {
                    const number = part.match(/^\\[(\\d+)\\]$/);
                    if (!number) { if (part) fragment.append(document.createTextNode(part)); continue; }
                    const marker = document.createElement('span');
                    marker.className = 'source-marker';
                    marker.dataset.source = String(Number(number[1]) - 1);
                    marker.title = `查看来源 ${number[1]}`;
                    marker.setAttribute('role', 'button');
                    marker.tabIndex = 0;
                    marker.textContent = part;
                    fragment.append(marker);
                }
                node.replaceWith(fragment);
            }
        }
    };
    const open = marker => {
        if (!current(marker, newest().question)) return;  // an older answer's marker: its sources are gone
        const row = document.querySelector(`#sources tr[data-source="${marker.dataset.source}"]`);
        if (row) { row.scrollIntoView({block: 'nearest'}); row.click(); }
    };
    document.addEventListener('click', event => {
        const marker = event.target.closest && event.target.closest('.source-marker');
        if (marker) open(marker);
    });
    document.addEventListener('keydown', event => {
        const marker = event.target.closest && event.target.closest('.source-marker');
        if (marker && event.key === 'Enter') open(marker);
    });
    let pending = false;
    new MutationObserver(() => {
        if (pending) return;
        pending = true;
        requestAnimationFrame(() => { pending = false; wrap(); });
    }).observe(document.body, {childList: true, subtree: true});
}
"""
"""Run once when the page loads: each [n] in the newest answer becomes a link to source row n (a click or Enter
opens it, as a click on the row does). The chat's text stays inert; the links are made in the browser, from text."""

ON_LOAD = f"() => {{ ({LINK_MARKERS})(); ({TRANSLATE_LABELS})(); }}"
"""Everything the page sets up once it has loaded, passed to ``launch(js=...)``."""
