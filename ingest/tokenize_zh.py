"""Chinese word tokens for lexical (BM25) matching, with jieba loaded once per process.

jieba builds its prefix dictionary on first use (about 0.8 s, cached or not),
so the load happens lazily, once, behind a lock: importing this module is free
(jieba itself is imported on first use too: its import alone costs most of a second),
and Gradio's worker threads never load it twice. Its cache file goes to a temp
dir we choose, because jieba's default may not be writable in a locked-down
deployment.
"""

from __future__ import annotations

import logging
import re
import tempfile
import threading

_WORD_CHAR = re.compile(r"\w", re.UNICODE)
_load_lock = threading.Lock()
_loaded = False


def ensure_jieba_loaded() -> None:
    """Load jieba's dictionary once in this process; later calls return at once."""
    global _loaded
    if _loaded:
        return
    with _load_lock:
        if not _loaded:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            jieba.dt.tmp_dir = tempfile.gettempdir()
            jieba.initialize()
            _loaded = True


def load_jieba_in_background() -> None:
    """Start loading jieba's dictionary on a daemon thread, so the first question does not wait for it.

    Opening the passage index calls this: by the time a question arrives the
    load is usually done, and if not, the question waits on the same lock.
    """
    if not _loaded:
        threading.Thread(target=ensure_jieba_loaded, name="jieba-load", daemon=True).start()


def has_word(text: str) -> bool:
    """Whether text holds a letter, digit or Chinese character (not only punctuation and spaces)."""
    return _WORD_CHAR.search(text) is not None


def word_tokens(text: str) -> list[str]:
    """Given Chinese text, return jieba search-mode words, lower-cased, without punctuation or spaces.

    Search mode also yields the short words inside long ones (长三角一体化 →
    长三角, 一体化, …), so a query word matches a passage that used a compound.
    """
    ensure_jieba_loaded()
    import jieba

    return [w.lower() for w in jieba.lcut_for_search(text) if has_word(w)]
